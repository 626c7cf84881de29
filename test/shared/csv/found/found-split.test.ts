/**
 * The larger found files read in two parts, as the app reads a file on two threads: at the place the app
 * would cut and at two more line breaks. Each must give exactly what one read gives, or refuse.
 */
import { describe, expect, it } from 'vitest';
import { chooseCut } from '../../../../shared/csv';
import { runImportJob, type ImportJob } from '../../../../renderer/import/run-import-job';
import { chunksOf } from '../helpers';
import { comparable, runPartsInTurn } from '../../../renderer/import/parts-in-turn';
import { foundFile, importFound, type FoundAnswers } from './found-harness';

function jobFor(name: string, answers: FoundAnswers): ImportJob {
  const { confirmed } = importFound(name, answers);
  const totalBytes = foundFile(name).length;
  return { kind: confirmed.kind, settings: confirmed.settings, mapping: confirmed.mapping, today: '2026-12-31', totalBytes, hash: false };
}

describe('found files read in two parts give what one read gives', () => {
  it.each<[string, FoundAnswers]>([
    // not UTF-8, two header rows, 531 KB
    ['surveymonkey-fivethirtyeight-star-wars.csv', { kind: 'test_results', fields: { caseId: 'RespondentID', correct: 'Have you seen any of the 6 films in the Star Wars franchise?' } }],
    // a header with a quoted line break, 161 KB
    ['google-forms-ecobank.csv', { kind: 'usage' }],
    ['servicenow-incident-event-log-head300.csv', { kind: 'incidents', fields: { description: 'category' } }],
  ])('%s', async (name, answers) => {
    const bytes = foundFile(name);
    const job = jobFor(name, answers);
    const whole = comparable(await runImportJob(chunksOf(bytes, 65_536), job));
    const mid = Math.floor(bytes.length * 0.53);
    const cuts = [chooseCut(bytes.subarray(mid, mid + 65_536), mid), bytes.indexOf(10, Math.floor(bytes.length * 0.3)) + 1, bytes.indexOf(10, Math.floor(bytes.length * 0.8)) + 1];
    let compared = 0;
    for (const cut of cuts) {
      if (cut === null || cut <= 0 || cut >= bytes.length) continue;
      const parts = await runPartsInTurn(() => [bytes.subarray(0, cut), ...chunksOf(bytes.subarray(cut), 65_536)], chunksOf(bytes.subarray(0, cut), 65_536), job, cut);
      if (!parts.ok && parts.error.reason === 'split_refused') continue;
      compared++;
      expect(comparable(parts), `cut at ${cut}`).toEqual(whole);
    }
    expect(compared).toBeGreaterThan(0);
  }, 60_000);
});
