import type { CheckedPlanRecord } from '../../shared/service/plan-check';
import { DB_NAME } from './db-name';
import { startPlanScan } from './plan-scan-client';

/**
 * The browser build's start-up plan scan, started as this module is evaluated: the page's entry
 * (start.ts) imports it before it loads the app, so the worker reads and checks the stored plans
 * while the app's bundle is fetched, compiled and evaluated and its first frame drawn. Electron's preload exposes its own
 * API (the service runs in the main process), and without Worker (jsdom) there is nothing to start.
 */
export const startupScan: Promise<readonly CheckedPlanRecord[]> | undefined =
  typeof window !== 'undefined' && !window.rolloutApi && typeof Worker !== 'undefined' ? startPlanScan(DB_NAME) : undefined;
