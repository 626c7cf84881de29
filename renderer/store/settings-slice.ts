import { defaultSettings, type Settings } from '../../shared/model/schema';
import type { SliceCreator } from './types';

export interface SettingsSlice {
  settings: Settings;
  loadSettings(): Promise<void>;
  /** Applies the change at once and stores it; a failed write is reported, the change kept. */
  updateSettings(patch: Partial<Omit<Settings, 'schemaVersion'>>): Promise<void>;
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get, { api }) => {
  // Settings a newer app saved refuse every save (opening a plan saves one): said once, not at every plan opened.
  let toldNewer = false;
  return {
    settings: defaultSettings,
    loadSettings: async () => {
      const result = await api.getSettings();
      if (result.ok) set({ settings: result.value });
      else get().showToast({ tone: 'error', message: `Could not read the settings: ${result.error.message}` });
    },
    updateSettings: async (patch) => {
      const settings = { ...get().settings, ...patch };
      set({ settings });
      const result = await api.saveSettings(settings);
      if (result.ok) return;
      if (result.error.code === 'newer_version') {
        if (toldNewer) return;
        toldNewer = true;
      }
      get().showToast({ tone: 'error', message: `Could not save the settings: ${result.error.message}` });
    },
  };
};

export const selectSettings = (state: { settings: Settings }): Settings => state.settings;
export const selectTheme = (state: { settings: Settings }): Settings['theme'] => state.settings.theme;
