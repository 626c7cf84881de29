import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { RolloutApi } from '../shared/api';
import { channels } from '../shared/channels';
import { desktopChannels, type RolloutDesktopApi } from '../shared/desktop-channels';
import { MENU_COMMAND_CHANNEL, isMenuCommand, type MenuCommand, type RolloutMenuBridge } from '../shared/menu-commands';

/*
 * One wrapper per API method and nothing else: the renderer never gets ipcRenderer, a
 * channel name of its choosing, or an IPC event object (Electron security guide §20).
 */
const api = {
  listPlans: () => ipcRenderer.invoke(channels.listPlans),
  getPlan: (id) => ipcRenderer.invoke(channels.getPlan, id),
  savePlan: (plan) => ipcRenderer.invoke(channels.savePlan, plan),
  deletePlan: (id) => ipcRenderer.invoke(channels.deletePlan, id),
  exportPlan: (id) => ipcRenderer.invoke(channels.exportPlan, id),
  importPlan: (token, onConflict) => ipcRenderer.invoke(channels.importPlan, token, onConflict),
  openTextFile: (kind) => ipcRenderer.invoke(channels.openTextFile, kind),
  getSettings: () => ipcRenderer.invoke(channels.getSettings),
  saveSettings: (settings) => ipcRenderer.invoke(channels.saveSettings, settings),
  getStartupNotices: () => ipcRenderer.invoke(channels.getStartupNotices),
  listDamagedPlans: () => ipcRenderer.invoke(channels.listDamagedPlans),
  restorePreviousVersion: (key) => ipcRenderer.invoke(channels.restorePreviousVersion, key),
  acceptChangedPlan: (planId, evidence) => ipcRenderer.invoke(channels.acceptChangedPlan, planId, evidence),
  saveImportData: (planId, importId, part, bytes) => ipcRenderer.invoke(channels.saveImportData, planId, importId, part, bytes),
  loadImportData: (planId, importId, part) => ipcRenderer.invoke(channels.loadImportData, planId, importId, part),
  deleteImportData: (planId, importId) => ipcRenderer.invoke(channels.deleteImportData, planId, importId),
  saveTextFile: (file) => ipcRenderer.invoke(channels.saveTextFile, file),
  // The decision log has no update or delete on purpose: entries can only be added.
  listDecisions: (planId) => ipcRenderer.invoke(channels.listDecisions, planId),
  appendDecision: (entry) => ipcRenderer.invoke(channels.appendDecision, entry),
  checkDecisionLog: (planId) => ipcRenderer.invoke(channels.checkDecisionLog, planId),
  logGateChanges: (planId, evidence, hints) => ipcRenderer.invoke(channels.logGateChanges, planId, evidence, hints),
  printReport: (options) => ipcRenderer.invoke(channels.printReport, options),
} satisfies RolloutApi;

const menu = {
  onCommand(listener: (command: MenuCommand) => void) {
    const forward = (_event: unknown, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
} satisfies RolloutMenuBridge;

/* The desktop-only bridge (files opened by the OS, the local error log), same rules as above. */
const desktop = {
  takeOpenedFile: () => ipcRenderer.invoke(desktopChannels.takeOpenedFile),
  // Only the preload can learn a dropped File's location (Electron's webUtils); the main process reads the file from there.
  openDroppedFile: (file) => ipcRenderer.invoke(desktopChannels.openDroppedFile, file instanceof File ? webUtils.getPathForFile(file) : ''),
  logRendererError: (report) => ipcRenderer.invoke(desktopChannels.logRendererError, report),
  backUpAllPlans: () => ipcRenderer.invoke(desktopChannels.backUpAllPlans),
  restoreBackup: () => ipcRenderer.invoke(desktopChannels.restoreBackup),
} satisfies RolloutDesktopApi;

contextBridge.exposeInMainWorld('rolloutApi', api);
contextBridge.exposeInMainWorld('rolloutDesktop', desktop);
contextBridge.exposeInMainWorld('rolloutMenu', menu);
