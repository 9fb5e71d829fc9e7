import type { RuleContext } from '../engine/context.ts';
import { findAll } from '../text/patterns.ts';
import { findInParagraphs } from '../text/paragraphs.ts';
import { insideAny, type Span } from '../text/spans.ts';

/** A mail-merge leftover in the body: the whole placeholder, and its field name as written. */
export interface Placeholder extends Span {
  text: string;
  field: string;
}

// Mail-merge field names, folded (lower case, no "_", "-" or spaces).
export const MERGE_FIELDS = new Set([
  'name', 'firstname', 'first', 'fname', 'lastname', 'last', 'lname', 'fullname', 'recipient', 'recipientname', 'contact',
  'contactname', 'company', 'companyname', 'organization', 'organisation', 'org', 'title', 'jobtitle', 'role', 'position',
  'city', 'location', 'school', 'university', 'industry', 'department', 'team', 'yourname', 'myname', 'sendername', 'email',
  'phone', 'link', 'date', 'product', 'salutation', 'insertname', 'prospect', 'prospectname', 'account', 'accountname',
]);

// The same fields in the languages whose merge fields people leave in ({prénom}, {nombre}, {Vorname}).
const FOREIGN_MERGE_FIELDS = new Set([
  'prenom', 'prénom', 'nom', 'entreprise', 'societe', 'société', 'nombre', 'apellido', 'empresa', 'compania', 'compañía', 'nome',
  'sobrenome', 'vorname', 'nachname', 'firma', 'unternehmen', 'anrede', 'cargo', 'poste', 'funcion', 'position', 'stelle',
]);
const MERGE_FIELD_ENDING = /(?:name|company|title|role|city|school|email)$/;

export const foldField = (field: string) => field.toLowerCase().replace(/[\s_\-.]/g, '');

/**
 * Words that make a lower-case bracket a slot to fill ("[name]", "[event or place you met]",
 * "[specific detail about their work]") rather than an editor's insertion ("we [the writers] failed").
 */
const SLOT_WORDS = new Set([
  'name', 'names', 'company', 'event', 'place', 'topic', 'title', 'role', 'position', 'date', 'time', 'day', 'link', 'url',
  'industry', 'school', 'university', 'city', 'location', 'number', 'detail', 'details', 'insert', 'here', 'something',
  'specific', 'mutual', 'connection', 'product', 'project', 'achievement', 'skill', 'skills', 'field', 'your', 'their', 'his',
  'her', 'he/she', 'person', 'job', 'goal', 'benefit', 'result', 'metric', 'reason', 'area', 'department', 'team', 'x', 'y',
  'firstname', 'lastname', 'recipient', 'prospect', 'contact', 'organization', 'organisation', 'achievement', 'accomplishment',
  'post', 'article', 'talk', 'thing', 'value', 'pain', 'point', 'service', 'services', 'feature', 'amount', 'percentage', 'hobby',
  'metrics', 'results', 'wins', 'win', 'outcome', 'outcomes', 'example', 'examples',
  // The same slots in Spanish, Portuguese, French and German ("[evento donde se conocieron]", "[nome da empresa]").
  'nombre', 'empresa', 'evento', 'lugar', 'tema', 'cargo', 'puesto', 'fecha', 'enlace', 'detalle', 'insertar', 'aquí', 'algo',
  'específico', 'proyecto', 'logro', 'sector', 'ciudad', 'nome', 'sobrenome', 'local', 'assunto', 'data', 'inserir', 'aqui',
  'projeto', 'conquista', 'cidade', 'prénom', 'prenom', 'nom', 'entreprise', 'société', 'societe', 'événement', 'evenement', 'lieu',
  'sujet', 'poste', 'insérer', 'inserer', 'ici', 'compliment', 'projet', 'ville', 'vorname', 'nachname', 'firma', 'unternehmen',
  'veranstaltung', 'ort', 'thema', 'position', 'datum', 'einfügen', 'einfuegen', 'hier', 'projekt', 'stadt', 'anrede',
]);

// Slot words in capitals where a name belongs: "Hi NAME,", "Dear FIRSTNAME", "Hi YOURNAME.", "Hello CANDIDATE_NAME"
// (any qualifier before NAME; at a line's start; bounded runs keep it linear).
// Also "Hola NOMBRE,", "Olá NOME,", "Bonjour PRÉNOM,", "Hallo VORNAME,", "Sehr geehrte/r ANREDE NACHNAME".
const NAME_SLOT = /^[ \t\p{Extended_Pictographic}]{0,8}(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]reetings|HI|HELLO|HEY|DEAR|[Hh]ola|[Ee]stimad[oa]|[Oo]l[áa]|[Oo]i|[Pp]rezad[oa]|[Bb]onjour|[Cc]h[eè]re?|[Hh]allo|[Ss]ehr geehrte(?:\/?r|\(r\))?|[Ll]iebe[r]?)[ \t,]{1,4}(?:(?:ANREDE|SR\.?|SRA\.?|HERR|FRAU|M\.|MME)[ \t]{1,4})?((?:(?:YOUR|THEIR|HIS|HER|FIRST|FULL|LAST|GIVEN|CONTACT|RECIPIENT|CANDIDATE|CLIENT|CUSTOMER|PROSPECT|LEAD|PERSON)'?S?[ _]?)?NAME|FNAME|RECIPIENT|CANDIDATE|CONTACT|PROSPECT|NOMBRE|APELLIDO|NOME|SOBRENOME|PR[ÉE]NOM|NOM|VORNAME|NACHNAME|ANREDE)(?![\p{L}\p{N}])/gmu;

// Each candidate: the pattern, and what its inner field must be to count.
type Requirement = 'any' | 'merge-field' | 'slot-words' | 'choice';
const CANDIDATES: { pattern: RegExp; requires: Requirement }[] = [
  { pattern: /\{\{\s*([\p{L}\p{N}_.\- ]{1,40})\s*\}\}/gu, requires: 'any' },
  // "{first_name}" but not a code path like "/orders/{orderId}".
  { pattern: /(?<![\w/$#{])\{\s*([\p{L}_][\p{L}\p{N}_.\- ]{0,40})\s*\}(?!\})/gu, requires: 'merge-field' },
  // "[Name]", "[Company Name]", "[INSERT INSIGHTFUL THOUGHT HERE]": capitalized; not a Markdown link.
  { pattern: /\[\s*(\p{Lu}[^\]\[\n]{0,120}?)\s*\](?!\()/gu, requires: 'any' },
  // "[name]", "[event or place you met]", "[3 specific wins with metrics]": lower case or a count, when it names a slot.
  { pattern: /\[\s*([\p{Ll}\p{N}][^\]\[\n]{0,120}?)\s*\](?!\()/gu, requires: 'slot-words' },
  // "{meeting, project, or call}", "{call/meeting}": a template's choice among words, left for the writer to pick.
  { pattern: /(?<![\w/$#{])\{\s*(\p{L}[\p{L} ]{0,24}(?:\s*(?:,|\/)\s*(?:or\s+)?\p{L}[\p{L} ]{0,24}|\s+or\s+\p{L}[\p{L} ]{0,24}){1,5})\s*\}(?!\})/gu, requires: 'choice' },
  { pattern: /<\s*([A-Z][A-Z_ ]{1,30}|[a-z]+_[a-z_]+)\s*>/g, requires: 'any' },
  // Other mail-merge brackets: "<<First Name>>", "((name))", "#firstname#", "<Event>".
  { pattern: /<<\s*(\p{L}[\p{L}\p{N}_ ]{0,30}?)\s*>>/gu, requires: 'any' },
  { pattern: /\(\(\s*(\p{L}[\p{L}\p{N}_ ]{0,30}?)\s*\)\)/gu, requires: 'slot-words' },
  { pattern: /(?<![\p{L}\p{N}#&])#(\p{L}[\p{L}_]{1,30})#(?![\p{L}\p{N}#])/gu, requires: 'merge-field' },
  { pattern: /<\s*(\p{Lu}\p{Ll}+(?: \p{L}\p{Ll}+){0,3})\s*>/gu, requires: 'slot-words' },
  { pattern: /<\s*(\p{Ll}+(?: \p{Ll}+){0,3})\s*>/gu, requires: 'slot-words' },
  // Mailchimp "*|FNAME|*", Salesforce "{!Contact.FirstName}", "${firstName}", "$FIRST_NAME", "__NAME__".
  { pattern: /\*\|\s*([\p{L}_]{2,30})\s*\|\*/gu, requires: 'any' },
  { pattern: /\{!\s*([\p{L}_.]{2,40})\s*\}/gu, requires: 'any' },
  { pattern: /\$\{\s*([\p{L}_.]{2,40})\s*\}/gu, requires: 'merge-field' },
  { pattern: /(?<![\p{L}\p{N}$])\$([A-Z][A-Z_]{2,30})(?![\p{L}\p{N}])/gu, requires: 'merge-field' },
  // "$name", "$firstName", "$company_name": a lower-case variable that names a merge field.
  { pattern: /(?<![\p{L}\p{N}$\\])\$(\p{Ll}[\p{L}_]{1,30})(?![\p{L}\p{N}])/gu, requires: 'merge-field' },
  { pattern: /(?<![\p{L}\p{N}_])__([A-Za-z][A-Za-z_]{1,30}?)__(?![\p{L}\p{N}_])/gu, requires: 'merge-field' },
  // "Hi (Name),", "Dear (Company) team": a capitalized slot word in parentheses.
  { pattern: /\(\s*((?:First |Last |Full |Company |Your |Their )?(?:Name|Company|Company Name|Event|Title|Role|Position|Industry|School)|FIRST ?NAME|NAME|COMPANY)\s*\)/gu, requires: 'any' },
  // "great meeting you at (EVENT NAME)": a run of capitals in parentheses that names a slot (not "(NASA)", "(SOW)").
  { pattern: /\(\s*(\p{Lu}{2,}(?: \p{Lu}{2,}){1,5})\s*\)/gu, requires: 'slot-words' },
  // A writer's instruction left in parentheses: "(fill in the organization)", "(insert company name)", "(Enter event here)".
  { pattern: /\(\s*((?:[Ff]ill in|FILL IN|[Ii]nsert|INSERT|[Ee]nter|[Tt]ype) [^()\n]{1,60}?)\s*\)/gu, requires: 'slot-words' },
  // A blank to fill: "Hi ___," (three or more underscores).
  { pattern: /(?<![\p{L}\p{N}_])_{3,}(?![\p{L}\p{N}_])/gu, requires: 'any' },
  { pattern: /%([A-Z][A-Z_]{1,30}|[a-z]+_[a-z_]+)%/g, requires: 'any' },
  // "%name%", "%firstName%": a lower-case or camel-case field between percent signs.
  { pattern: /%(\p{Ll}\p{L}{1,30})%/gu, requires: 'merge-field' },
  { pattern: /\bINSERT(?: [A-Z]+){1,3}\b|\binsert (?:name|company|title|link|date)(?: here)?\b/g, requires: 'any' },
  // "INSERTAR NOMBRE", "INSERIR NOME", "INSÉRER NOM", "NAME EINFÜGEN".
  { pattern: /(?<![\p{L}\p{N}])(?:INSERTAR|INSERIR|INS[ÉE]RER)(?: [\p{Lu}]+){1,3}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:[\p{Lu}]+ ){1,3}EINF[ÜU]GEN(?![\p{L}\p{N}])/gu, requires: 'any' },
  { pattern: /(?<![\p{L}\p{N}])(?:XXX+|xxx+)(?![\p{L}\p{N}])/gu, requires: 'any' },
];

const TALKS_ABOUT_FIELDS = /\b(?:merge (?:fields?|tags?|variables?)|template (?:variables?|fields?|tags?)|(?:as|these|the|those) (?:placeholders|variables)|liquid tags?|handlebars)\b/i;

const EDITORIAL_BEFORE = /(?:^|[^\p{L}])(?:we|they|he|she|it|this|that|I)\s*$/iu;

// Bracketed words that are prose, not fields.
const PROSE_BRACKETS = new Set(['sic', 'sic!', 'emphasis added', 'emphasis mine', 'citation needed', 'redacted', 'laughs', 'edit', 'update', 'i']);

function meetsRequirement(field: string, requires: Requirement): boolean {
  if (PROSE_BRACKETS.has(field.toLowerCase())) return false;
  if (requires === 'merge-field') {
    const folded = foldField(field);
    // "{candidateFirstName}", "{company_name}": a camel-case or snake-case field that ends like one.
    return MERGE_FIELDS.has(folded) || FOREIGN_MERGE_FIELDS.has(folded) || field.includes('_') || (/\p{Ll}\p{Lu}/u.test(field) && MERGE_FIELD_ENDING.test(folded));
  }
  // A choice slot names its alternatives in plain words and says "or" or "/" between them (not code's "{a, b}").
  if (requires === 'choice') return /\bor\b|\//.test(field) && field.split(/\s*(?:,|\/|\bor\b)\s*/).filter(Boolean).every((w) => w.split(' ').length <= 3);
  if (requires === 'slot-words') return field.toLowerCase().split(/[^\p{L}/]+/u).some((w) => SLOT_WORDS.has(w));
  return true;
}

/** A pattern without white space or negated classes cannot match across a blank line: matched paragraph by paragraph (remembered). */
const withinParagraphs = (pattern: RegExp) => !/\\s|\[\^/.test(pattern.source);

/**
 * Every placeholder in the body, each once and whole (a long bracket is one placeholder, not its
 * words). Shared: the words inside belong to `unfilled-placeholder` only, so the engine drops other
 * rules' findings inside these spans.
 */
export function placeholders(ctx: RuleContext): readonly Placeholder[] {
  return ctx.memo('placeholders', () => {
    const out: Placeholder[] = [];
    // A message about merge fields quotes them: "Our template uses {{customer_name}} as a merge field".
    if (TALKS_ABOUT_FIELDS.test(ctx.matchText)) return Object.freeze(out);
    const skipped = ctx.nonProse();
    for (const { pattern, requires } of CANDIDATES) {
      for (const m of withinParagraphs(pattern) ? findInParagraphs(pattern, ctx.text) : findAll(pattern, ctx.text)) {
        const field = (m.groups[0] ?? m.text).trim();
        if (!meetsRequirement(field, requires) || insideAny(skipped, m) || insideAny(out, m)) continue;
        // An editor's insertion after a pronoun: "we [the team] missed the deadline".
        if (requires === 'slot-words' && EDITORIAL_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 6), m.start))) continue;
        out.push({ start: m.start, end: m.end, text: m.text, field });
      }
    }
    for (const m of findAll(NAME_SLOT, ctx.text)) {
      const slot = m.groups[0]!;
      out.push({ start: m.end - slot.length, end: m.end, text: slot, field: slot });
    }
    return Object.freeze(out.sort((a, b) => a.start - b.start));
  });
}
