/**
 * The child process of the crash test: saves one plan again and again, each time with the next
 * revision, and prints "saved <revision>" only after `savePlan` reported success. The parent
 * kills it with SIGKILL at a random moment and checks what is on disk.
 */
import { createFileStore } from '../../../electron/file-store';
import type { Plan } from '../../../shared/model/schema';
import { fail } from '../../../shared/result';
import { createRolloutService } from '../../../shared/service/rollout-service';

const [dataDir = '', planJson = '{}'] = process.argv.slice(2);
const base = JSON.parse(planJson) as Plan;
const refused = async () => fail('cancelled', 'No files in the crash test.');
const storage = createRolloutService(createFileStore(dataDir), { saveTextFile: refused, savePlanFile: refused, openPlanFile: refused, printPage: refused });
for (let revision = base.revision; ; revision += 1) {
  const plan: Plan = { ...base, revision, name: `Crash test ${revision}` };
  const saved = await storage.savePlan(plan);
  if (!saved.ok) {
    process.stdout.write(`failed ${saved.error.message}\n`);
    process.exit(1);
  }
  process.stdout.write(`saved ${revision}\n`);
}
