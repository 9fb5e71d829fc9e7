/**
 * Whether every match of a regular expression (its source, `u` flag) holds a letter, a digit or "_". A paragraph
 * with none of them — a run of emoji, zero-width or right-to-left marks — then needs no scan at all: phrase
 * patterns try every position, and 20 000 emoji took each of them seconds. Conservative: whatever it does not
 * understand counts as "may match without one", so the answer `true` is always safe.
 */
export function needsWordCharacter(source: string): boolean {
  try {
    const reader = new Reader(source);
    const needs = reader.alternation();
    return reader.at === source.length && needs;
  } catch {
    return false;
  }
}

const WORD = /^[\p{L}\p{N}_]$/u;
// Classes and escapes made only of letters, digits or "_".
const WORD_PROPERTY = /^\\p\{(?:L|Lu|Ll|Lt|Lm|Lo|LC|N|Nd|Nl|No|Letter|Number|Alphabetic)\}$/;

class Reader {
  at = 0;
  constructor(private readonly source: string) {}

  private peek(): string | undefined {
    return this.source[this.at];
  }

  /** `a|b|c`: every alternative must need one. */
  alternation(): boolean {
    let needs = this.sequence();
    while (this.peek() === '|') {
      this.at++;
      needs = this.sequence() && needs;
    }
    return needs;
  }

  /** Items one after another: one item that must match and needs one is enough. */
  private sequence(): boolean {
    let needs = false;
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const item = this.atom();
      const optional = this.quantifier();
      needs ||= item && !optional;
    }
    return needs;
  }

  /** Reads a quantifier if there is one; true when it allows zero repetitions. */
  private quantifier(): boolean {
    const c = this.peek();
    let optional = false;
    if (c === '*' || c === '?') {
      this.at++;
      optional = true;
    } else if (c === '+') this.at++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Error('brace');
      this.at += m[0].length;
      optional = Number(m[1]) === 0;
    } else return false;
    if (this.peek() === '?') this.at++; // lazy
    return optional;
  }

  private atom(): boolean {
    const c = this.source[this.at++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    if (c === '.' || c === '^' || c === '$') return false;
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') throw new Error('syntax');
    // A surrogate pair is one character.
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff) return WORD.test(c + (this.source[this.at++] ?? ''));
    return WORD.test(c);
  }

  private group(): boolean {
    let lookaround = false;
    if (this.peek() === '?') {
      const rest = this.source.slice(this.at);
      const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(rest);
      if (!m) throw new Error('group');
      lookaround = m[0] === '?=' || m[0] === '?!' || m[0] === '?<=' || m[0] === '?<!';
      this.at += m[0].length;
    }
    const needs = this.alternation();
    if (this.source[this.at++] !== ')') throw new Error('unclosed');
    // A lookaround consumes nothing.
    return lookaround ? false : needs;
  }

  private escape(): boolean {
    const rest = this.source.slice(this.at - 1);
    const property = /^\\[pP]\{[^}]*\}/.exec(rest);
    if (property) {
      this.at += property[0].length - 1;
      return property[0][1] === 'p' && WORD_PROPERTY.test(property[0]);
    }
    const unicode = /^\\u\{([0-9a-fA-F]+)\}|^\\u([0-9a-fA-F]{4})/.exec(rest);
    if (unicode) {
      this.at += unicode[0].length - 1;
      return WORD.test(String.fromCodePoint(parseInt(unicode[1] ?? unicode[2]!, 16)));
    }
    const c = this.source[this.at++];
    if (c === undefined) throw new Error('escape');
    if (c === 'd' || c === 'w') return true;
    // \s \S \D \W \b \B, back-references, control and hex escapes, escaped punctuation: none is sure to be a word character.
    return false;
  }

  /** `[...]`: only when every member is a word character (and the class is not negated). */
  private characterClass(): boolean {
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.at++;
    }
    let allWord = true;
    let empty = true;
    while (this.peek() !== ']') {
      if (this.at >= this.source.length) throw new Error('class');
      empty = false;
      const c = this.source[this.at++]!;
      if (c === '\\') {
        const rest = this.source.slice(this.at - 1);
        const property = /^\\[pP]\{[^}]*\}/.exec(rest);
        if (property) {
          this.at += property[0].length - 1;
          allWord &&= property[0][1] === 'p' && WORD_PROPERTY.test(property[0]);
        } else {
          const e = this.source[this.at++];
          allWord &&= e === 'd' || e === 'w';
        }
      } else if (this.peek() === '-' && this.source[this.at + 1] !== ']' && this.source[this.at + 1] !== undefined) {
        // A range: a-z, A-Z, 0-9 (both ends letters or digits of the same kind).
        const end = this.source[this.at + 1]!;
        this.at += 2;
        allWord &&= /^[a-z]$/.test(c) ? /^[a-z]$/.test(end) : /^[A-Z]$/.test(c) ? /^[A-Z]$/.test(end) : /^[0-9]$/.test(c) && /^[0-9]$/.test(end);
      } else {
        const code = c.charCodeAt(0);
        const character = code >= 0xd800 && code <= 0xdbff ? c + (this.source[this.at++] ?? '') : c;
        allWord &&= WORD.test(character);
      }
    }
    this.at++;
    return !negated && !empty && allWord;
  }
}
