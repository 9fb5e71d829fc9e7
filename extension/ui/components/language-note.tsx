import type { Report } from '../../../src/contracts/report.ts';
import { LANGUAGE_NAMES } from '../../../src/languages/names.ts';

/**
 * Says which language a draft was coached in when it is not English ("Coached in Spanish"). A language
 * that is not coached gets the report's own notice instead (only the checks that work in any language).
 */
export function LanguageNote({ report }: { report: Report }) {
  if (report.language === 'en' || !LANGUAGE_NAMES[report.language]) return null;
  return (
    <p class="language-note" data-language={report.language}>
      Coached in {LANGUAGE_NAMES[report.language]}
    </p>
  );
}
