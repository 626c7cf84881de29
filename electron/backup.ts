import { basename, join } from 'node:path';
import { backupFileName, MAX_BACKUP_BYTES } from '../shared/backup/backup-file';
import { buildBackup, describeRestore, restoreBackup, type BackupApi } from '../shared/backup/backup-service';
import type { BackupOutcome, RestoreOutcome } from '../shared/desktop-channels';
import { ok, type Result } from '../shared/result';
import { readTextFile, writeUserFile, type DialogLike } from './files';

const backupFilters = [
  { name: 'Rollout Readiness backup', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];

export interface BackupDeps {
  readonly api: BackupApi;
  readonly dialogs: DialogLike;
  readonly defaultDir: () => string;
  readonly now?: () => Date;
}


/** File › Back Up All Plans…: every plan into one file the user chooses. */
export async function backUpAllPlans({ api, dialogs, defaultDir, now = () => new Date() }: BackupDeps): Promise<Result<BackupOutcome>> {
  const moment = now();
  const backup = await buildBackup(api, moment);
  if (!backup.ok) return backup;
  const choice = await dialogs.showSaveDialog({
    title: 'Back up all plans',
    defaultPath: join(defaultDir(), backupFileName(moment)),
    filters: backupFilters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return ok({ saved: false });
  const written = await writeUserFile(choice.filePath, backup.value.text);
  if (!written.ok) return written;
  return ok({ saved: true, fileName: basename(choice.filePath), planCount: backup.value.planCount, warnings: backup.value.warnings });
}

/** File › Restore from Backup…: adds the backup's plans; never replaces one already here. */
export async function restoreFromBackup({ api, dialogs, defaultDir }: BackupDeps): Promise<Result<RestoreOutcome>> {
  const choice = await dialogs.showOpenDialog({
    title: 'Restore plans from a backup',
    defaultPath: defaultDir(),
    filters: backupFilters,
    properties: ['openFile'],
  });
  const filePath = choice.filePaths[0];
  if (choice.canceled || filePath === undefined) return ok({ chosen: false });
  const file = await readTextFile(filePath, MAX_BACKUP_BYTES);
  if (!file.ok) return file;
  const restored = await restoreBackup(api, file.value.text);
  if (!restored.ok) return restored;
  return ok({ chosen: true, report: restored.value, summary: describeRestore(restored.value) });
}
