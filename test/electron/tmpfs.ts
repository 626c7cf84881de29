import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

/**
 * Runs `run` on a real tmpfs of `size` (e.g. `64k`) mounted at `dir`, unmounted afterwards: a full or read-only disk
 * as the system gives it. Mounting needs root; where it is refused the test is skipped, and says why.
 */
export async function onTmpfs(ctx: { skip: () => void }, dir: string, size: string, run: (disk: string) => Promise<void>): Promise<void> {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    console.warn(`tmpfs test not run: mounting a tmpfs is not permitted here (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    ctx.skip();
    return;
  }
  try {
    await run(dir);
  } finally {
    execFileSync('umount', [dir]);
  }
}
