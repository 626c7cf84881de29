import { describeIssues } from '../model/migrate';
import { defaultSettings, settingsSchema, type Settings } from '../model/schema';
import { fail, ok, type Result } from '../result';
import { settingsSetAsideMessage, type Notices } from './notices';
import { UnreadableRecord, WriteFailure, type RecordStore } from './record-store';

export interface SettingsRules {
  load(): Promise<Settings>;
  save(input: unknown): Promise<Result<Settings>>;
}

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
      // Settings damaged since they were last read are set aside rather than overwritten.
      await load();
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
