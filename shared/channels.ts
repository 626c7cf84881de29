import type { ApiMethod } from './api';

// Kept apart from api.ts so the preload bundle does not pull in zod for a table of strings.
/** IPC channel per method, `domain:action`. */
export const channels = {
  listPlans: 'plans:list',
  getPlan: 'plans:get',
  savePlan: 'plans:save',
  deletePlan: 'plans:delete',
  exportPlan: 'plans:export',
  importPlan: 'plans:import',
  openTextFile: 'files:openText',
  getSettings: 'settings:get',
  saveSettings: 'settings:save',
  getStartupNotices: 'app:notices',
  listDamagedPlans: 'plans:listDamaged',
  restorePreviousVersion: 'plans:restorePrevious',
  acceptChangedPlan: 'plans:acceptChanged',
  saveImportData: 'imports:saveData',
  loadImportData: 'imports:loadData',
  deleteImportData: 'imports:deleteData',
  saveTextFile: 'files:saveText',
  listDecisions: 'decisions:list',
  appendDecision: 'decisions:append',
  checkDecisionLog: 'decisions:check',
  logGateChanges: 'decisions:logGateChanges',
  printReport: 'report:print',
} as const satisfies Record<ApiMethod, string>;
