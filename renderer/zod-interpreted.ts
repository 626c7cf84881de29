import { z } from 'zod';

/*
 * The page's Content-Security-Policy (index.html; Electron's app:// sends the same) has no
 * 'unsafe-eval', so zod cannot build its parsers here and interprets every schema. Said first
 * (main.tsx imports this before anything that builds a schema): otherwise zod finds out by trying
 * `new Function` once, which the browser reports as a policy violation at every start.
 */
z.config({ jitless: true });
