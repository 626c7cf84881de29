import { z } from 'zod';
import { fail, ok, type Result } from '../result';

const BACKUP_FORMAT = 'rollout-readiness-backup';
export const BACKUP_FILE_VERSION = 1;

/**
 * A backup is read into one string, and a JavaScript string holds at most ~512 MB: refused
 * above this, with a message, rather than failing half-way.
 */
export const MAX_BACKUP_BYTES = 450 * 1024 * 1024;

const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  createdAt: z.string(),
  plans: z.array(z.unknown()),
});

/**
 * One file holding every plan as its own exported plan file (plan, import rows, decision log),
 * so restoring goes through the same checked import as a single plan file.
 */
export function serialiseBackup(planFiles: readonly string[], now: Date): string {
  const header = JSON.stringify({ format: BACKUP_FORMAT, formatVersion: BACKUP_FILE_VERSION, createdAt: now.toISOString() });
  // The plan files are already JSON: spliced in as they are, not parsed and printed again.
  return `${header.slice(0, -1)},"plans":[\n${planFiles.map((text) => text.trimEnd()).join(',\n')}\n]}\n`;
}

export function backupFileName(now: Date): string {
  return `rollout-readiness-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** The plan files inside a backup, each as text for the plan-file import; the envelope only is checked here. */
export function readBackupFile(text: string): Result<string[]> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    if (/^\s*\{\s*"format"\s*:\s*"rollout-readiness-backup"/.test(text.replace(/^\uFEFF/, ''))) {
      return fail('invalid', 'This backup is incomplete or damaged: it starts as a backup but is not readable JSON (it may have been cut short while it was copied). Nothing was restored; use an earlier copy of the backup.');
    }
    return fail('invalid', 'This file is not a Rollout Readiness backup: it is not readable JSON.');
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    const format = typeof json === 'object' && json !== null && 'format' in json ? json.format : undefined;
    if (format === 'rollout-readiness-plan') {
      return fail('invalid', 'This is a single plan file, not a backup. Use Import Plan to open it.');
    }
    return fail('invalid', 'This file is not a Rollout Readiness backup.');
  }
  if (envelope.data.formatVersion > BACKUP_FILE_VERSION) {
    return fail('newer_version', 'This backup was made by a newer version of Rollout Readiness. Update the app to restore it.');
  }
  return ok(envelope.data.plans.map((plan) => JSON.stringify(plan)));
}
