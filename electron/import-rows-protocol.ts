import type { RolloutApi } from '../shared/api';
import { IMPORT_ROWS_PARAMS, IMPORT_ROWS_PATH, storedRowsAnswer } from '../shared/service/stored-rows-http';
import { fail } from '../shared/result';
import { APP_HOST, APP_SCHEME } from './security';

export type ImportRowsHandler = (request: { readonly url: string; readonly method?: string }) => Promise<Response> | null;

/** The plan and import a request names, or null when it is not a request for stored rows (or names either twice). */
export function parseImportRowsUrl(raw: string): { readonly planId: string; readonly importId: string } | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.pathname !== IMPORT_ROWS_PATH) return null;
  const plans = url.searchParams.getAll(IMPORT_ROWS_PARAMS.plan);
  const imports = url.searchParams.getAll(IMPORT_ROWS_PARAMS.import);
  if (plans.length !== 1 || imports.length !== 1) return null;
  return { planId: plans[0] ?? '', importId: imports[0] ?? '' };
}

/**
 * Serves an import's stored rows to the metrics worker (`app://rollout/.import-rows?plan=…&import=…`),
 * so they go from disk to the worker without the UI thread or IPC. The answer is the service's own
 * `loadImportData`: the same argument schema, plan-exists and safe-id checks, and the data folder's
 * file naming; nothing else on disk can be named. Returns null for any other URL.
 */
export function createImportRowsHandler(loadImportData: RolloutApi['loadImportData']): ImportRowsHandler {
  return (request) => {
    if (!new URL(request.url, `${APP_SCHEME}://${APP_HOST}/`).pathname.startsWith(IMPORT_ROWS_PATH)) return null;
    return (async () => {
      const ids = parseImportRowsUrl(request.url);
      const result =
        request.method !== undefined && request.method !== 'GET'
          ? fail('forbidden', 'Stored rows can only be read.')
          : ids === null
            ? fail('invalid', 'The request does not name one plan and one import.')
            : await loadImportData(ids.planId, ids.importId, 'rows');
      const answer = storedRowsAnswer(result);
      const body = typeof answer.body === 'string' || answer.body === null ? answer.body : (answer.body as Uint8Array<ArrayBuffer>);
      return new Response(body, {
        status: answer.status,
        headers: { 'Content-Type': answer.contentType, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
      });
    })();
  };
}
