/// <reference lib="webworker" />
/**
 * The start-up plan scan, off the UI thread (issue 12, target 5): the page starts this worker
 * before its own bundle has finished starting, and the reading and checking of every stored plan
 * (structured-clone decoding, zod, integrity) runs on another core meanwhile. The browser build's
 * worker script carries no Content-Security-Policy of its own (the page's is a <meta> tag, which a
 * worker does not inherit); Electron never starts it (its service runs in the main process), and its
 * app:// protocol sends the app's CSP, without 'unsafe-eval', with every script, workers' included.
 */
import { scanStoredPlans } from './plan-scan';
import type { PlanScanRequest } from './plan-scan-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<PlanScanRequest>) => {
  self.postMessage(await scanStoredPlans(event.data));
};
