/**
 * CPU time by thread of Chromium's processes (Linux /proc), to say where an import's CPU goes: the
 * page, its workers, V8's compiler and garbage-collector threads, the browser process's storage.
 * A thread that ends meanwhile (an import worker, terminated when done) takes its /proc entry with
 * it; its time stays in its process's total and is reported as "threads that ended".
 */
import { readFileSync, readdirSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function cpuOf(statPath) {
  const stat = readFileSync(statPath, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * TICK_MS;
}

function roleOf(pid) {
  const type = /--type=([\w-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '))?.[1];
  return type ?? 'browser';
}

/** A snapshot: per process, its role and total, and each live thread's name and time. */
export function threadSnapshot(pids) {
  const processes = new Map();
  for (const pid of pids) {
    try {
      const threads = new Map();
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        try {
          threads.set(tid, { name: readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim().replace(/\d+$/, ''), ms: cpuOf(`/proc/${pid}/task/${tid}/stat`) });
        } catch {
          // Ended meanwhile.
        }
      }
      processes.set(pid, { role: roleOf(pid), total: cpuOf(`/proc/${pid}/stat`), threads });
    } catch {
      // Ended meanwhile.
    }
  }
  return processes;
}

/** CPU ms between two snapshots by "role: thread name", and by role for threads that ended meanwhile. */
export function cpuByThread(before, after) {
  const by = {};
  const add = (key, ms) => {
    if (ms > 0) by[key] = (by[key] ?? 0) + ms;
  };
  for (const [pid, now] of after) {
    const then = before.get(pid);
    let live = 0;
    for (const [tid, thread] of now.threads) {
      const ms = thread.ms - (then?.threads.get(tid)?.ms ?? 0);
      live += ms;
      add(`${now.role}: ${thread.name}`, ms);
    }
    add(`${now.role}: threads that ended`, now.total - (then?.total ?? 0) - live);
  }
  return by;
}
