import { describe, expect, it } from 'vitest';
import type { StageInput } from '../../../shared/metrics/stage-calendar';
import { previewCsv, type CsvPreview, type PreviewOptions } from '../../../shared/csv/preview';
import { utf8 } from './helpers';

const stages: StageInput[] = [
  { id: 's1', name: 'Pilot', plannedStart: '2026-03-02', durationWeeks: 4, enrolledUsers: 3 },
  { id: 's2', name: 'Expanded', plannedStart: '2026-03-30', durationWeeks: 4, enrolledUsers: 10 },
];

function preview(text: string, options: PreviewOptions = {}): CsvPreview {
  const bytes = utf8(text);
  const result = previewCsv(bytes, { today: '2026-12-31', planStages: stages, totalBytes: bytes.length, ...options });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('plausibility before import', () => {
  it.each<[string, string, PreviewOptions, string, RegExp]>([
    [
      'more active users in a week than enrolled',
      'user_id,date,stage\nu1,2026-03-02,Pilot\nu2,2026-03-03,Pilot\nu3,2026-03-03,Pilot\nu4,2026-03-04,Pilot\nu5,2026-03-04,Pilot\n',
      {},
      'active_over_enrolled',
      /Week 1 of “Pilot” has 5 active users but only 3 enrolled: adoption would read 5 of 3 \(167%\)/,
    ],
    [
      'a satisfaction survey on a 1–10 scale, most answers within 1–5',
      'user_id,date,rating\nu1,2026-03-02,4\nu2,2026-03-02,5\nu3,2026-03-03,3\nu1,2026-03-09,2\nu2,2026-03-09,4\nu3,2026-03-10,8\n',
      {},
      'rating_other_scale',
      /^Answers in “rating” go up to 8 \(1 row of the file\): the question was asked on a scale longer than 1–5\. Those rows are rejected, and every other answer would be read as a rating out of 5, so a 4 of 10 would count as a 4 of 5/,
    ],
    [
      'stage names the plan does not have: imported, counted nowhere',
      'user_id,date,stage\nu1,2026-03-02,Pilot\nu2,2026-03-03,pilot-1\nu3,2026-03-03,Stage 9\nu1,2026-03-31,2\n',
      {},
      'unknown_stage_names',
      /^2 rows of the file name stages this plan does not have \(“pilot-1”, “Stage 9”\): they would be imported but counted in no stage\. The plan's stages: 1 “Pilot”, 2 “Expanded”\./,
    ],
    [
      'weeks beyond the stage',
      'user_id,week,stage,rating\nu1,1,Pilot,4\nu2,6,Pilot,5\nu3,7,Pilot,3\n',
      {},
      'week_beyond_stage',
      /2 rows fall in weeks up to 7 of “Pilot”, which runs 4 weeks/,
    ],
    [
      'a week read from a rating question',
      'user_id,How satisfied are you? (1-5),stage\nu1,4,Pilot\nu2,5,Pilot\nu3,2,Pilot\n',
      { kind: 'usage', mapping: { kind: 'usage', fields: { userId: 'user_id', week: 'How satisfied are you? (1-5)', stage: 'stage' }, latencyUnit: 'seconds' } },
      'week_like_rating',
      /looks like a rating or survey answer/,
    ],
    [
      'editing shares all at most 1 read as percent',
      'output_id,user_id,date,editing_share\nO-1,u1,2026-03-02,0.1\nO-2,u1,2026-03-02,0.5\nO-3,u2,2026-03-03,0.9\n',
      { settings: { percentScale: 'percent' } },
      'shares_fractions',
      /at most 1%/,
    ],
    [
      'editing minutes read as a share',
      'output_id,user_id,date,edit minutes\nO-1,u1,2026-03-02,10\nO-2,u1,2026-03-02,25\nO-3,u2,2026-03-03,40\n',
      { kind: 'quality', mapping: { kind: 'quality', fields: { outputId: 'output_id', userId: 'user_id', date: 'date', editingShare: 'edit minutes' }, latencyUnit: 'seconds' } },
      'shares_minutes',
      /sounds like minutes/,
    ],
    [
      'an anonymous survey whose e-mail column holds one placeholder for everybody',
      'Email,Completion time,How would you rate the drafts? (1-5)\nanonymous,2026-03-02 09:03,4\nanonymous,2026-03-02 10:12,2\nanonymous,2026-03-03 08:01,5\n',
      { kind: 'satisfaction' },
      'one_user',
      /Every row of the file has the same user in “Email” \(“anonymous”\): they would count as one person/,
    ],
    [
      'a large share of rows rejected',
      'user_id,date,rating,stage\nu1,2026-03-02,4,Pilot\nu2,2026-03-02,9,Pilot\nu3,2026-03-03,0,Pilot\n',
      { kind: 'satisfaction' },
      'many_rejected',
      /2 of 3 rows of the file \(67%\) would be rejected; only 1 would count/,
    ],
    [
      'test answers that differ only in capitals or spaces, compared exactly',
      'case_id,expected,actual\nT1,Refund,refund\nT2,Yes,Yes\nT3,Open  a ticket,open a ticket\nT4,No,Yes\n',
      { kind: 'test_results' },
      'answers_differ_in_case',
      /^2 cases of the file would count as wrong although the expected and actual answers differ only in capital letters or spaces \(line 2: “Refund” and “refund”\)/,
    ],
  ])('warns about %s', (_name, text, options, code, message) => {
    const p = preview(text, options);
    const warning = p.plausibility.warnings.find((w) => w.code === code);
    expect(warning?.message).toMatch(message);
    expect(p.plausibility.blocked).toBeNull();
  });

  it('blocks the import when every row would be rejected, with the reason', () => {
    const p = preview('user_id,Email,rating\n,,4\n,,5\n', {
      kind: 'satisfaction',
      mapping: { kind: 'satisfaction', fields: { userId: 'Email', rating: 'rating', week: 'user_id' }, latencyUnit: 'seconds' },
    });
    expect(p.plausibility.blocked).toMatch(/^Every row of the file would be rejected \(2 of 2\)/);
  });

  it.each([
    ['answers that differ in more than capitals', 'case_id,expected,actual\nT1,Refund,Refunds\nT2,Yes,No\n', {}],
    [
      'a correct column the file gives itself',
      'case_id,expected,actual,correct\nT1,Refund,refund,yes\nT2,Yes,Yes,yes\n',
      {},
    ],
  ])('does not warn about test answers for %s', (_name, text, options) => {
    const p = preview(text, { kind: 'test_results', ...options });
    expect(p.plausibility.warnings.map((w) => w.code)).not.toContain('answers_differ_in_case');
  });

  it('says nothing about a plausible file', () => {
    const p = preview('user_id,date,stage\nu1,2026-03-02,Pilot\nu2,2026-03-03,Pilot\n');
    expect(p.plausibility).toEqual({ warnings: [], blocked: null });
  });
});

/**
 * A RAG evaluation exported by Ragas (`EvaluationResult.to_pandas()`: user_input, retrieved_contexts, response,
 * reference, then one 0–1 column per metric; docs.ragas.io) holds sentences, not labels. Without a correct column
 * each case is right only when response and reference are word for word the same: the three right answers below
 * counted as wrong and accuracy read 0% of 4, with no word before importing.
 */
describe('test answers that are sentences, compared exactly', () => {
  const ragas = [
    'user_input,retrieved_contexts,response,reference,faithfulness,answer_relevancy,context_recall',
    "What is the refund window?,['Refunds are accepted within 30 days of delivery.'],You can get a refund within 30 days.,Refunds are accepted within 30 days of delivery.,1.0,0.9812,1.0",
    "Do you ship to Norway?,['We ship to all EU countries.'],Yes we ship to Norway.,We ship to EU countries only; Norway is not served.,0.0,0.9521,0.0",
    "Can I change my address?,['Addresses can be changed on the account page.'],Yes on the account page.,Yes via the account page.,1.0,0.9634,1.0",
    "How long is the warranty?,['The warranty lasts 2 years.'],The warranty lasts two years.,2 years.,,0.9711,1.0",
  ].join('\n');
  const asked = { kind: 'test_results' as const };

  it('warns with the accuracy it would read', () => {
    const start = preview(`${ragas}\n`, asked);
    expect(start.mapping.fields).toMatchObject({ expected: 'reference', actual: 'response', correct: null });
    const p = preview(`${ragas}\n`, { ...asked, mapping: { ...start.mapping, fields: { ...start.mapping.fields, caseId: 'user_input' } } });
    expect(p.plausibility.warnings.find((w) => w.code === 'answers_free_text')?.message).toMatch(
      /^The expected answers are sentences, and 3 of 4 cases of the file would count as wrong because the actual answer is not word for word the same \(line 2: “Refunds are accepted within 30 days of delivery\.” and “You can get a refund within 30 days\.”\): accuracy would read 0%/,
    );
  });

  it.each([
    ['short labels', 'case_id,expected,actual\nT1,Refund,Refunds\nT2,Yes,No\nT3,Escalate to a person,Escalate\n'],
    ['sentences that are the same', 'case_id,expected,actual\nT1,Refunds within 30 days of delivery,Refunds within 30 days of delivery\nT2,Yes,Yes\n'],
    ['a correct column the file gives itself', 'case_id,expected,actual,correct\nT1,Refunds within 30 days,You get 30 days,yes\nT2,Ship to the EU only,We ship to Norway,no\n'],
  ])('does not warn about %s', (_name, text) => {
    expect(preview(text, asked).plausibility.warnings.map((w) => w.code)).not.toContain('answers_free_text');
  });
});

describe('every row lands in a stage or is asked about', () => {
  const weeksOnly = 'user_id,week,rating\nu1,1,4\nu2,1,5\nu1,2,3\n';

  it('asks which stage a file of week numbers belongs to, and waits for the answer', () => {
    const p = preview(weeksOnly);
    expect(p.stageQuestion).toMatchObject({ stages: ['Pilot', 'Expanded'], byDate: false, answer: undefined });
    expect(p.stageQuestion?.message).toBe('3 rows carry a week number but no stage, so they would count in no stage.');
    expect(p.rows.map((r) => r.lands)).toEqual([
      'No stage: the row has a week number but no stage',
      'No stage: the row has a week number but no stage',
      'No stage: the row has a week number but no stage',
    ]);
    expect(p.ready).toBe(false);
  });

  it('puts every row in the chosen stage and shows where each lands', () => {
    const p = preview(weeksOnly, { settings: { fileStage: 'Expanded' } });
    expect(p.ready).toBe(true);
    expect(p.rows.map((r) => r.lands)).toEqual(['Expanded, week 1', 'Expanded, week 1', 'Expanded, week 2']);
    expect(p.rows.map((r) => (r.row as { stage: string | null }).stage)).toEqual(['Expanded', 'Expanded', 'Expanded']);
  });

  it('offers "by date" for dated rows outside every stage', () => {
    const p = preview('user_id,date\nu1,2026-03-02\nu2,2027-01-05\n');
    expect(p.stageQuestion).toMatchObject({ byDate: true });
    expect(p.stageQuestion?.message).toBe('1 row is dated outside every stage, so it would count in no stage.');
    const byDate = preview('user_id,date\nu1,2026-03-02\nu2,2027-01-05\n', { settings: { fileStage: '' } });
    expect(byDate.ready).toBe(true);
    expect(byDate.rows.map((r) => r.lands)).toEqual(['Pilot, week 1', 'No stage: the row is dated outside every stage']);
  });
});
