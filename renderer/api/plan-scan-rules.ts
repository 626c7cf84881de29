/**
 * The read rule, a chunk of its own: zod and the plan format are most of the scan worker's code.
 * zod builds a parser per object schema here (the worker script has no Content-Security-Policy; the
 * page's forbids it, so the page interprets). Interpreting here too makes no difference to the list:
 * 100 plans listed in 268 ms this way and 267 ms interpreted (`bench/app/plan-list-ab.mjs`, 9 rounds,
 * load 1.3–1.7, 7 December 2026). An earlier `z.config({ jitless: true })` here ran after the schemas
 * were built, so it never took effect; it is gone rather than kept as a setting that did nothing.
 */
export { checkPlanRecords } from '../../shared/service/plan-check';
