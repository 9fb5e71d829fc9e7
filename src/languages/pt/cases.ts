import { expect } from 'vitest';
import { languageCases, type DraftOptions } from '../../testing/language-cases.ts';

/** Portuguese drafts through the engine: `warm` is a thread where they wrote twice. */
type Options = { warm?: boolean; recipient?: DraftOptions['recipient'] };
const { findingsOf } = languageCases('pt');

/** The findings of one rule on a Portuguese draft (cold unless `warm`). */
export const findings = (ruleId: string, text: string, opts: Options = {}) =>
  findingsOf(ruleId, text, { fromThem: opts.warm ? 2 : 0, ...(opts.recipient ? { recipient: opts.recipient } : {}) });
export const flags = (ruleId: string, text: string, opts: Options = {}) => expect(findings(ruleId, text, opts).length, text).toBeGreaterThan(0);
export const quiet = (ruleId: string, text: string, opts: Options = {}) => expect(findings(ruleId, text, opts).map((f) => f.excerpt), text).toEqual([]);
export const fixOf = (ruleId: string, text: string) => findings(ruleId, text)[0]?.fix?.replacement;
