import { parseArgs } from 'node:util';
import * as z from '../contracts/zod.ts';
import { isRuleId } from '../contracts/rule-id.ts';
import { CoachingLanguage } from '../contracts/settings.ts';

export class UsageError extends Error {}

const name = () => z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200)));
const CheckFlags = z.strictObject({
  kind: z.optional(z.enum(['message', 'note', 'inmail'])),
  subject: z.optional(z.string()),
  recipient: name(),
  reply: z._default(z.boolean(), false),
  sender: name(),
  account: z.optional(z.enum(['free', 'premium'])),
  disable: z._default(z.array(z.string()), []),
  config: z.optional(z.string()),
  preset: z.optional(z.enum(['gentle', 'balanced', 'strict'])),
  lang: z.optional(CoachingLanguage),
  fix: z._default(z.boolean(), false),
  format: z._default(z.enum(['stylish', 'json']), 'stylish'),
  jsonl: z.optional(z.string()),
});
export type CheckOptions = z.infer<typeof CheckFlags> & { files: string[]; disabled: string[] };

const CHECK_ARGS = {
  kind: { type: 'string' },
  subject: { type: 'string' },
  recipient: { type: 'string' },
  reply: { type: 'boolean' },
  sender: { type: 'string' },
  account: { type: 'string' },
  disable: { type: 'string', multiple: true },
  config: { type: 'string' },
  preset: { type: 'string' },
  lang: { type: 'string' },
  fix: { type: 'boolean' },
  format: { type: 'string' },
  jsonl: { type: 'string' },
} as const;

function parse<T extends Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
}

function describe(issue: z.core.$ZodIssue): string {
  const flag = `--${issue.path.join('.')}`;
  if (issue.code === 'invalid_value') return `${flag} must be one of: ${issue.values.join(', ')}`;
  return `${flag}: ${issue.message}`;
}

/** Reads `tactful check …` arguments; every mistake is a UsageError with a one-line message. */
export function parseCheckArgs(argv: string[]): CheckOptions {
  const { values, positionals } = parse(argv, CHECK_ARGS);
  const parsed = CheckFlags.safeParse(values);
  if (!parsed.success) throw new UsageError(describe(parsed.error.issues[0]!));
  const flags = parsed.data;
  if (flags.subject !== undefined && flags.kind !== undefined && flags.kind !== 'inmail') {
    throw new UsageError('--subject is only for InMails (--kind inmail)');
  }
  if (flags.subject !== undefined) flags.kind = 'inmail';
  const disabled = flags.disable.flatMap((d) => d.split(',')).map((d) => d.trim()).filter(Boolean);
  for (const id of disabled) {
    if (!isRuleId(id)) throw new UsageError(`unknown rule id "${id}" in --disable (see \`tactful rules\`)`);
  }
  if (flags.jsonl !== undefined && positionals.length > 0) throw new UsageError('--jsonl reads one batch; do not also name files');
  return { ...flags, files: positionals, disabled };
}

export function parseRulesArgs(argv: string[]): { format: 'stylish' | 'json' } {
  const { values, positionals } = parse(argv, { format: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = z._default(z.enum(['stylish', 'json']), 'stylish').safeParse(values.format);
  if (!format.success) throw new UsageError('--format must be one of: stylish, json');
  return { format: format.data };
}

