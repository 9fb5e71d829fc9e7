import { config } from 'zod/mini';

// zod/mini: the same validation as zod, in a fraction of the bundle (the content script ships it).
// Its JIT probes with `new Function`, which extension pages' Content Security Policy refuses (and
// web-ext lint flags): every contract imports zod from here, so it is configured before any parse.
// Import as `import * as z from './zod.ts'`: a namespace import keeps zod tree-shakable.
config({ jitless: true });

export * from 'zod/mini';
