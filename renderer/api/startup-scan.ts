import type { CheckedPlanRecord } from '../../shared/service/plan-check';
import { DB_NAME } from './db-name';
import { countStoredPlans } from './idb-plans';
import { startPlanScan } from './plan-scan-client';

/**
 * From this many stored plans on, a worker reads and checks them; below it the page does. The
 * worker's own start-up (its thread, zod and the plan format: ~35–40 ms of CPU here) is off the
 * UI thread but not free on a 2-core machine, while the page checks a plan in under 1 ms.
 */
export const MIN_PLANS_FOR_WORKER = 20;

export interface StartupScanParts {
  readonly countPlans: (dbName: string) => Promise<number>;
  readonly startScan: (dbName: string) => Promise<readonly CheckedPlanRecord[]>;
  readonly minPlans: number;
}

/**
 * Counts the stored plans (a count reads none of them) and, when there are enough, starts the scan
 * worker. Resolves undefined when the page is to read the plans itself; a failure anywhere does
 * the same for the service (see `ServiceOptions.startupScan`).
 */
export async function startStartupScan(dbName: string, parts: Partial<StartupScanParts> = {}): Promise<readonly CheckedPlanRecord[] | undefined> {
  const { countPlans = countStoredPlans, startScan = startPlanScan, minPlans = MIN_PLANS_FOR_WORKER } = parts;
  return (await countPlans(dbName)) >= minPlans ? startScan(dbName) : undefined;
}

/**
 * The browser build's start-up plan scan, started as this module is evaluated: the page's entry
 * (start.ts) imports it before it loads the app, so the worker reads and checks the stored plans
 * while the app's bundle is fetched, compiled and evaluated and its first frame drawn. Electron's
 * preload exposes its own API (the service runs in the main process), and without Worker (jsdom)
 * there is nothing to start.
 */
export const startupScan: Promise<readonly CheckedPlanRecord[] | undefined> | undefined =
  typeof window !== 'undefined' && !window.rolloutApi && typeof Worker !== 'undefined' ? startStartupScan(DB_NAME) : undefined;
