import * as z from './zod.ts';

/**
 * Sidebar → coach (see sidebar-protocol.ts): the user's action on a finding, named by its dismissal
 * key (`apply-fix`, `dismiss`, `disable-rule`), or on the conversation (`apply-all`, `pause`). Kept
 * apart and small: the content script ships this schema.
 */
export const ToCoach = z.object({
  type: z.enum(['apply-fix', 'dismiss', 'disable-rule', 'apply-all', 'pause']),
  finding: z.optional(z.string().check(z.maxLength(2000))),
});
export type ToCoach = z.infer<typeof ToCoach>;
