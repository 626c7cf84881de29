/**
 * The child process of the plan-file import crash test: imports one plan file again and again (each
 * time as a copy beside the plans already there), and prints "imported <n> <plan id>" only after
 * `importPlan` reported success; "done <n - 1> writing" as the import's plan is written (after its marker),
 * so the parent can aim its kill at the writes. The parent kills it with SIGKILL at a random moment (between the
 * marker, the plan, its rows, its decision log and the marker's removal) and checks every plan.
 */
import { readFileSync } from 'node:fs';
import { createFileStore } from '../../../electron/file-store';
import { fail } from '../../../shared/result';
import type { RecordStore } from '../../../shared/service/record-store';
import { createOpenedPlanFiles, textPlanFile } from '../../../shared/service/opened-plan-files';
import { createRolloutService } from '../../../shared/service/rollout-service';

const [dataDir = '', planFile = ''] = process.argv.slice(2);
const text = readFileSync(planFile, 'utf8');
const refused = async () => fail('cancelled', 'No dialogs in the crash test.');
const opened = createOpenedPlanFiles();
const store = createFileStore(dataDir);
let done = 0;
const writePlan = store.writePlan.bind(store);
const announced: RecordStore = {
  ...store,
  writePlan: async (plan) => {
    process.stdout.write(`done ${done} writing\n`);
    await writePlan(plan);
  },
};
const service = createRolloutService(announced, { saveTextFile: refused, savePlanFile: refused, openPlanFile: refused, printPage: refused }, { openedFiles: opened });
await service.listPlans();
for (let n = 1; ; n += 1) {
  const imported = await service.importPlan(opened.add(textPlanFile('crash.rollout.json', text)).token, 'copy');
  if (!imported.ok || imported.value.status !== 'imported') {
    process.stdout.write(`failed ${imported.ok ? imported.value.status : imported.error.message}\n`);
    process.exit(1);
  }
  done = n;
  process.stdout.write(`done ${n} imported ${imported.value.plan.id}\n`);
}
