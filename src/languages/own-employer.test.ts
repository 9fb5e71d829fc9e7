import { languageCases } from '../testing/language-cases.ts';

/**
 * `no-context`'s first backstop never counts the writer's own employer ("ich bin Senior Recruiterin bei
 * TalentBridge", each pack's `context.mention.ownEmployer`) nor an English job title used for a role on offer
 * ("como Lead Developer") as something particular of the reader's. A named thing of theirs still counts.
 */
const cases = (code: 'de' | 'pt' | 'es' | 'fr', flagged: string[], quiet: string[]) => languageCases(code).cases('no-context', flagged, quiet);

cases(
  'de',
  ['Hallo Herr Kranz, ich bin Senior Recruiterin bei TalentBridge und habe eine spannende Position für Sie als Lead Developer. Lust auf ein Gespräch?',
    'HALLO, ich arbeite seit drei Jahren für DataWerk-Consulting und habe ein Angebot für Sie!'],
  ['Hallo Herr Kranz, ich bin Recruiterin bei TalentBridge; Ihr Umbau der SolarWerk-Plattform hat mich beeindruckt. Lust auf ein Gespräch?'],
);
cases(
  'pt',
  ['Olá Sr. Dias, sou recrutadora sénior na TalentPonte e tenho uma vaga interessante para si como Lead Developer. Podemos falar?'],
  [],
);
cases(
  'es',
  ['Hola Sr. Ruiz, soy reclutadora sénior en TalentPuente y tengo una vacante interesante para usted como Lead Developer. ¿Hablamos?'],
  [],
);
cases(
  'fr',
  ["Bonjour M. Roux, je suis recruteuse senior chez TalentPont et j'ai un poste intéressant pour vous comme Lead Developer. On en parle ?"],
  // A team of theirs named in English is still theirs.
  ["Bonjour M. Roux, j'ai lu le bilan de votre équipe Data Platform sur la migration. Auriez-vous dix minutes ?"],
);
