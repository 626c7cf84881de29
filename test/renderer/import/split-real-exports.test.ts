import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseCut, previewCsv } from '../../../shared/csv';
import { joinBytes } from '../../../shared/csv/join-bytes';
import { runImportJob, type ImportJob } from '../../../renderer/import/run-import-job';
import { exportFixture, exportStages } from '../../shared/csv/export-harness';
import { chunksOf } from '../../shared/csv/helpers';
import { comparable, runPartsInTurn } from './parts-in-turn';

/**
 * The export fixtures (files shaped like real tools' exports, test/fixtures/exports, written for the
 * wizard's tests, not for this one), each grown past the header sample by repeating its lines after
 * the first five, then read in two parts the way the app reads them: at the place the app would cut
 * and at two more line breaks. Each must give exactly the one-read result, or refuse.
 */
const names = readdirSync(resolve(import.meta.dirname, '../../fixtures/exports')).filter((n) => n.endsWith('.csv'));

function grown(bytes: Uint8Array, size: number): Uint8Array {
  let fifth = 0;
  for (let k = 0; k < 5 && fifth !== -1; k++) fifth = bytes.indexOf(10, fifth + 1);
  const ends = bytes[bytes.length - 1] === 10;
  // A fixture of five lines or fewer: repeat its last line.
  const lastStart = bytes.lastIndexOf(10, bytes.length - 2) + 1;
  const body = fifth === -1 || fifth + 1 >= bytes.length ? Uint8Array.from([...bytes.subarray(lastStart), ...(ends ? [] : [10])]) : bytes.subarray(fifth + 1);
  const parts: Uint8Array[] = [ends ? bytes : Uint8Array.from([...bytes, 10])];
  let length = parts[0]!.length;
  while (length < size) {
    parts.push(body);
    length += body.length;
  }
  return joinBytes(parts);
}

function jobFor(bytes: Uint8Array): ImportJob | null {
  const base = { today: '2026-12-31', planStages: exportStages, totalBytes: bytes.length };
  const first = previewCsv(bytes, base);
  if (!first.ok) return null;
  const kind = first.value.kindSuggestion.kind ?? first.value.kind;
  const preview = previewCsv(bytes, { ...base, kind });
  if (!preview.ok || !preview.value.ready) return null;
  return { kind, settings: preview.value.settings, mapping: preview.value.mapping, today: '2026-12-31', totalBytes: bytes.length, hash: false };
}

describe('real-shaped exports read in two parts', () => {
  it('give exactly what one read gives, or refuse', async () => {
    let compared = 0;
    for (const name of names) {
      const bytes = grown(exportFixture(name), 150_000);
      const job = jobFor(bytes);
      if (job === null) continue; // the wizard would ask first; its answers are other tests' business
      const whole = comparable(await runImportJob(chunksOf(bytes, 65_536), job));
      const mid = Math.floor(bytes.length * 0.53);
      const cuts = [chooseCut(bytes.subarray(mid, mid + 65_536), mid), bytes.indexOf(10, 100_000) + 1, bytes.indexOf(10, 140_000) + 1];
      for (const cut of cuts) {
        if (cut === null || cut <= 0 || cut >= bytes.length) continue;
        const parts = await runPartsInTurn(() => [bytes.subarray(0, cut), ...chunksOf(bytes.subarray(cut), 65_536)], chunksOf(bytes.subarray(0, cut), 65_536), job, cut);
        if (!parts.ok && parts.error.reason === 'split_refused') continue;
        compared++;
        expect(comparable(parts), `${name}, cut at ${cut}`).toEqual(whole);
      }
    }
    // Most fixtures are ready without an answer, and most cuts merge.
    expect(compared).toBeGreaterThan(30);
  }, 120_000);
});
