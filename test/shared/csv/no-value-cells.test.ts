/**
 * A tool's word for "no value" (Grafana's and ServiceNow's `null`, pandas' `NaN`, Python's `None`, Excel's `#N/A`)
 * in a measured cell is an empty cell: that figure is not reported on the row. Before, it rejected the whole row
 * ("Latency “null” is not a number", losing the row's cost too) or was kept as text (an incident that "happened" as "null").
 */
import { describe, expect, it } from 'vitest';
import type { ImportKind } from '../../../shared/csv/kinds';
import { isNoValue } from '../../../shared/csv/no-value';
import { importBytes, previewText, summaryOf, utf8 } from './helpers';

function importText(csv: string, kind: ImportKind) {
  const preview = previewText(csv, kind, { settings: { latencyUnit: 'seconds' } });
  const bytes = utf8(`${csv}\n`);
  const collected = importBytes(bytes, { kind, settings: preview.settings, mapping: preview.mapping, totalBytes: bytes.length });
  return { preview, summary: summaryOf(collected.result), rows: collected.rows as unknown as Record<string, unknown>[] };
}

describe('a "no value" word is read as an empty cell', () => {
  it.each(['null', 'NULL', 'None', 'NaN', 'nan', 'N/A', '#N/A', '\\N', '?'])('%s', (word) => {
    expect(isNoValue(word)).toBe(true);
  });

  it.each(['nul', 'nullable', 'no', 'none yet', '0', '', 'NA', 'N', '\\n', '??', '-'])('but not %j', (word) => {
    expect(isNoValue(word)).toBe(false);
  });
});

describe('a row with a "no value" cell keeps its other figures', () => {
  it.each([
    // kind, file, field, value the row keeps for that field
    ['operations', 'date,latency_s,cost_usd\n2026-03-02,1.5,0.02\n2026-03-02,null,0.03\n2026-03-03,2.0,0.02', 'latencySeconds', null],
    ['operations', 'date,requests,errors\n2026-03-02,100,2\n2026-03-02,80,NaN\n2026-03-03,90,1', 'errors', null],
    ['usage', 'user,date,uses\nana,2026-03-02,4\nben,2026-03-02,None\ncy,2026-03-03,2', 'uses', null],
    ['satisfaction', 'user,date,rating,team\nana,2026-03-02,4,Claims\nben,2026-03-02,5,null\ncy,2026-03-03,3,Sales', 'group', null],
    ['test_results', 'case_id,correct,latency_ms\nc1,yes,1200\nc2,no,null\nc3,yes,900', 'latencySeconds', null],
  ] as const)('%s: line 3 is accepted with %s empty', (kind, csv, field, value) => {
    const { summary, rows } = importText(csv, kind);
    expect([summary.accepted, summary.rejected]).toEqual([3, 0]);
    expect(rows.find((r) => r['line'] === 3)?.[field]).toBe(value);
  });

  it('an incident whose description is "null" has no description: rejected with that reason, never added as "null"', () => {
    const csv = 'number,opened_at,priority,short_description\nINC1,2026-03-02 09:00,2 - High,Login fails\nINC2,2026-03-02 10:00,3 - Moderate,null';
    const { summary } = importText(csv, 'incidents');
    expect([summary.accepted, summary.rejected]).toEqual([1, 1]);
    expect(summary.rejections[0]?.examples[0]).toMatchObject({ line: 3, message: expect.stringMatching(/empty/) });
  });

  it('a "what happened" column holding "null" on every row is never proposed: the user chooses', () => {
    const preview = previewText('number,opened_at,priority,short_description,category\nINC1,2026-03-02 09:00,2 - High,null,Network\nINC2,2026-03-02 10:00,3 - Moderate,null,Software', 'incidents');
    expect(preview.mapping.fields['description']).not.toBe('short_description');
  });

  it('a verdict "None" is no verdict: unknown, never decided by comparing the answers', () => {
    // Before: rejected ("Correct “None” is not yes or no"); an empty verdict beside two answers would compare them.
    const { summary, rows } = importText('case_id,expected,actual,passed\nc1,Refund,Refund,True\nc2,Refund,Refund,None', 'test_results');
    expect([summary.accepted, summary.rejected]).toEqual([2, 0]);
    expect(rows.map((r) => r['correct'])).toEqual([true, null]);
  });

  it.each([
    ['null', 'no value in any row (“null”, the tool\'s word for none)'],
    ['', 'empty in every row'],
  ])('a column holding only %j is listed as not read: %s', (word, reason) => {
    // Before: a column of "null" was "not used by this kind of file", as if it held something.
    const preview = previewText(`user,date,uses,team\nana,2026-03-02,4,${word}\nben,2026-03-03,2,${word}`, 'usage');
    expect(preview.unusedColumns.find((c) => c.header === 'team')?.reason).toBe(reason);
  });

  it('an expected answer "null" is still an answer (a JSON field the model should leave empty)', () => {
    const { rows } = importText('case_id,expected,actual\nc1,null,null\nc2,42,41', 'test_results');
    expect(rows.map((r) => r['correct'])).toEqual([true, false]);
  });
});

describe('a group or stage written as a "no value" word is no group or stage, and the summary says how many rows', () => {
  it.each([
    [
      'satisfaction groups, one word',
      'satisfaction',
      'user,date,rating,team\nana,2026-03-02,4,Claims\nben,2026-03-02,5,null\ncy,2026-03-03,3,null\ndee,2026-03-03,4,Sales',
      'group_no_value',
      2,
      '2 rows give their group as “null”: read as no group, so those rows count in the overall figures and in no group.',
    ],
    [
      'usage groups, two words',
      'usage',
      'user,date,team\nana,2026-03-02,N/A\nben,2026-03-02,?\ncy,2026-03-03,Sales',
      'group_no_value',
      2,
      '2 rows give their group as “N/A” or another word for no value: read as no group, so those rows count in the overall figures and in no group.',
    ],
    [
      'test-results groups',
      'test_results',
      'case_id,correct,segment\nc1,yes,None\nc2,no,Retail\nc3,yes,Retail',
      'group_no_value',
      1,
      '1 row gives its group as “None”: read as no group, so those rows count in the overall figures and in no group.',
    ],
    [
      'operations stages',
      'operations',
      'date,requests,errors,stage\n2026-03-02,100,2,Pilot\n2026-03-03,90,1,\\N\n2026-03-04,80,0,\\N\n2026-03-05,70,0,Pilot',
      'stage_no_value',
      2,
      '2 rows give their stage as “\\N”: read as no stage, so each of those rows is placed by its date (or in the stage chosen for the file).',
    ],
  ] as const)('%s', (_, kind, csv, code, count, message) => {
    const { preview, summary, rows } = importText(csv, kind);
    expect(preview.mapping.fields[code === 'group_no_value' ? 'group' : 'stage']).toBeTruthy();
    expect(summary.rejected).toBe(0);
    expect(rows.filter((r) => r[code === 'group_no_value' ? 'group' : 'stage'] === null)).toHaveLength(count);
    const warning = summary.warnings.find((w) => w.code === code);
    // One count for the file, not a message per row.
    expect(warning).toMatchObject({ count, examples: [{ line: 0, message }] });
  });

  it('says nothing when every group is a real one', () => {
    const { summary } = importText('user,date,rating,team\nana,2026-03-02,4,Claims\nben,2026-03-02,5,Sales', 'satisfaction');
    expect(summary.warnings.map((w) => w.code)).not.toContain('group_no_value');
  });
});
