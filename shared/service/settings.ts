import { describeIssues } from '../model/migrate';
import { defaultSettings, settingsSchema, type Settings } from '../model/schema';
import { fail, ok, type Result } from '../result';
import { settingsSetAsideMessage, type Notices } from './notices';
import { UnreadableRecord, WriteFailure, type RecordStore } from './record-store';

export interface SettingsRules {
  load(): Promise<Settings>;
  save(input: unknown): Promise<Result<Settings>>;
}

/** The schema version of settings a later version of the app wrote, or null. */
function newerVersionOf(value: unknown): number | null {
  if (typeof value !== 'object' || value === null || !('schemaVersion' in value)) return null;
  const version = value.schemaVersion;
  return typeof version === 'number' && version > defaultSettings.schemaVersion ? version : null;
}

const NEWER_SETTINGS =
  'Your settings were saved by a newer version of Rollout Readiness. They are kept unchanged for it; ' +
  'this version uses its default settings and does not save settings until you update the app.';

function valid(value: unknown): Settings | null {
  if (value === undefined || value instanceof UnreadableRecord) return null;
  const parsed = settingsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Settings through the rules: damaged settings are set aside, the previous (or default) ones used. */
export function createSettingsRules(store: RecordStore, notices: Notices): SettingsRules {
  async function load(): Promise<Settings> {
    const raw = await store.readSettings();
    if (raw === undefined) return defaultSettings;
    const current = valid(raw);
    if (current) return current;
    // Not damaged: a newer app wrote them. Leave them for it (as a newer plan is left), and say so.
    if (newerVersionOf(raw) !== null) {
      notices.tell('settings:newer', { kind: 'newer-version', message: NEWER_SETTINGS });
      return defaultSettings;
    }
    const problem = raw instanceof UnreadableRecord ? raw.problem : 'they do not match the expected format';
    const where = await store.setAside('settings', 'settings', problem);
    const previous = valid(await store.readPreviousSettings());
    notices.tell(`settings:${where}`, { kind: 'recovered-corrupt-file', message: settingsSetAsideMessage(previous !== null, where) });
    if (previous) {
      try {
        // Put back, so the next start finds good settings where it looks.
        await store.writeSettings(previous);
      } catch (error) {
        if (!(error instanceof WriteFailure)) throw error;
      }
    }
    return previous ?? defaultSettings;
  }

  return {
    load,
    async save(input) {
      const parsed = settingsSchema.safeParse(input);
      if (!parsed.success) {
        return fail('invalid', 'The settings could not be saved: some fields are not valid.', describeIssues(parsed.error));
      }
      // Settings damaged since they were last read are set aside rather than overwritten; a newer app's are left alone.
      await load();
      if (newerVersionOf(await store.readSettings()) !== null) {
        return fail('newer_version', 'The settings were not saved: they were saved by a newer version of Rollout Readiness and are kept unchanged. Update the app to change them.');
      }
      try {
        await store.writeSettings(parsed.data);
      } catch (error) {
        if (error instanceof WriteFailure) return fail('io', `The settings were not saved because ${error.reason}. The previous settings are unchanged.`);
        throw error;
      }
      return ok(parsed.data);
    },
  };
}
