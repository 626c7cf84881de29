import { spawn } from 'node:child_process';
import { join } from 'node:path';

const here = import.meta.dirname;

/**
 * Runs `script` (a file beside this one) in a child Node process with `args`, counts the lines it prints that
 * match `reported` (`saved 3`, `recorded 3`), and kills it with SIGKILL once `after` were seen, `extraMs` later.
 * Resolves with the number in the last such line (null if none came); rejects if the child ends by itself.
 */
export function runAndKill(script: string, args: readonly string[], reported: RegExp, after: number, extraMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--experimental-transform-types', '--no-warnings', '--import', join(here, 'register.mjs'), join(here, script), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let last: number | null = null;
    let seen = 0;
    let buffered = '';
    let errors = '';
    let killing = false;
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const match = reported.exec(line);
        if (!match) continue;
        last = Number(match[1]);
        seen += 1;
      }
      if (seen >= after && !killing) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`${script} ended by itself: ${errors.slice(0, 2000)}`));
      else resolve(last);
    });
  });
}
