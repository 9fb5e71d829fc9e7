import type { Settings } from '@core/contracts/settings.ts';
import type { Rule } from '@core/engine/define-rule.ts';

// A tiny draft per coached language: warming up in the writer's language compiles that language's words.
const WARM_UP_TEXTS: Readonly<Record<string, string>> = {
  en: 'Hi Alex, thanks for the notes.',
  es: 'Hola Ana, gracias por tus notas.',
  pt: 'Olá Ana, obrigado pelas notas.',
  fr: 'Bonjour Anne, merci pour vos notes.',
  de: 'Hallo Anna, danke für die Notizen.',
};

/**
 * What the warm-up checks: a tiny draft in the language the writer last used in that composer (or the
 * one fixed in settings), coached in that language whatever the detector would say of so few words.
 */
export function warmUpDraft(language: string | undefined, settings: Settings): { text: string; settings: Settings } {
  const chosen = settings.coachingLanguage !== 'auto' ? settings.coachingLanguage : language && WARM_UP_TEXTS[language] ? language : 'en';
  return { text: WARM_UP_TEXTS[chosen]!, settings: { ...settings, coachingLanguage: chosen as Settings['coachingLanguage'] } };
}

/**
 * A worker that the browser stopped and started again must compile the rules' patterns before its
 * first check, and that is most of that check's time. The wake-up message (the first keystroke of a
 * typing burst) starts this warm-up: the rules one at a time on a tiny draft, each in its own task, so
 * that the real check, arriving at the end of the typing pause, goes next and compiles only what it
 * still needs (a reply in an established thread skips the cold-outreach rules). It ends at the first
 * real check or after the last rule: no timer outlives it.
 */
export class WarmUp {
  private state: 'idle' | 'running' | 'over' = 'idle';

  constructor(
    private readonly rules: readonly Rule[],
    private readonly runRule: (rule: Rule) => void,
    private readonly nextTask: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
  ) {}

  start(): void {
    if (this.state !== 'idle') return;
    this.state = 'running';
    void this.run();
  }

  /** A real check ran: it compiled what it needs, the rest compiles when first used. */
  stop(): void {
    this.state = 'over';
  }

  get over(): boolean {
    return this.state === 'over';
  }

  private async run(): Promise<void> {
    for (const rule of this.rules) {
      await this.nextTask();
      if (this.state === 'over') return;
      try {
        this.runRule(rule);
      } catch {
        // A warm-up only prepares: a failing rule is reported by the real check.
      }
    }
    this.state = 'over';
  }
}
