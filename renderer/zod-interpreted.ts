import { z } from 'zod';

/*
 * The page's Content-Security-Policy (index.html; Electron's app:// sends the same, to workers too)
 * has no 'unsafe-eval', so zod cannot build its parsers there and interprets every schema. Said
 * first (main.tsx and the workers that read plans import this before anything that builds a
 * schema): otherwise zod finds out by trying `new Function` once, which the browser reports as a
 * policy violation at every start. The start-up plan scan's worker (browser build only, no policy
 * of its own) does build them: `api/plan-scan-rules.ts`.
 */
z.config({ jitless: true });
