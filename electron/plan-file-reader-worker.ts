/**
 * The plan-file reader as a worker thread of the main process: parsing and checking a plan file
 * of a million rows takes about a second, and the main process is the app's browser process, whose
 * thread must stay free for the window (Electron's performance guide). Built to
 * dist/electron/plan-file-reader.js beside main.js.
 */
import { parentPort } from 'node:worker_threads';
import { serveReads } from './plan-file-reader';

if (parentPort) serveReads(parentPort);
