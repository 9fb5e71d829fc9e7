import { defineRule } from '../../engine/define-rule.ts';

export default defineRule({
  meta: {
    id: 'note-limit',
    title: 'Over the note limit',
    severity: 'error',
    category: 'brevity',
    description: 'Flags a connection note over LinkedIn’s limit (200 characters on a free account, 300 on Premium).',
    why: 'LinkedIn will not send a note over its limit: it gets cut, or the Send button stays disabled.',
    languageIndependent: true,
  },
  check(ctx) {
    if (ctx.kind !== 'note' || ctx.totalCharacters <= ctx.noteLimit) return [];
    const over = ctx.totalCharacters - ctx.noteLimit;
    return [
      {
        message: `${ctx.totalCharacters} characters: ${over} over LinkedIn’s ${ctx.noteLimit}-character limit for connection notes.`,
        suggestion: 'Cut it to one sentence on why them and one on what you would like.',
      },
    ];
  },
});
