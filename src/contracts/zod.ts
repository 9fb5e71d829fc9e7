import { z } from 'zod';

// zod's JIT probes with `new Function`, which extension pages' Content Security Policy refuses (and
// web-ext lint flags): every contract imports zod from here, so it is configured before any parse.
z.config({ jitless: true });

export { z };
