/*
 * The page's entry: a few hundred bytes that start the stored plans' scan in a worker (browser
 * build, see api/startup-scan.ts) and then load the app. The app's bundle (React, the screens,
 * ~1.5 MB) is fetched, compiled and evaluated after this runs, so the worker reads and checks the
 * plans on another core meanwhile instead of starting once the whole bundle has been evaluated.
 * The styles stay one file linked from the page's <head> (vite.config.ts: cssCodeSplit off).
 */
import './api/startup-scan';

void import('./main');
