/**
 * The read rule, a chunk of its own: zod and the plan format are most of the scan worker's code.
 * zod builds a parser per object schema here (the worker script has no Content-Security-Policy; the
 * page's forbids it, so the page interprets): truly interpreted, 100 plans listed 1.97× as slow as
 * one against 1.53× this way (`bench/app/plan-list-ab.mjs`, 9 rounds, 7 December 2026). An earlier
 * `z.config({ jitless: true })` here ran after the schemas were built, so it never took effect.
 */
export { checkPlanRecords } from '../../shared/service/plan-check';
