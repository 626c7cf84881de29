/// <reference lib="webworker" />
/**
 * The start-up plan scan, off the UI thread (issue 12, target 5): the page starts this worker
 * before its own bundle has finished starting, and the reading and checking of every stored plan
 * (structured-clone decoding, zod, integrity) runs on another core meanwhile. In the browser build
 * this script carries no Content-Security-Policy of its own (the page's is a <meta> tag, which a
 * worker does not inherit), so zod may compile its parsers here; under a CSP that forbids eval
 * (Electron's app:// protocol sends one with every script) zod interprets them, with the same results.
 */
import { scanStoredPlans } from './plan-scan';
import type { PlanScanRequest } from './plan-scan-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<PlanScanRequest>) => {
  self.postMessage(await scanStoredPlans(event.data));
};
