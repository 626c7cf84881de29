/**
 * An evaluation of several providers in one file (promptfoo's `providers:` list). Two shapes:
 * - one row per test and provider (`testIdx`, `provider`, `pass`…), as promptfoo's results are read row by row and as
 *   its own output-formats page analyses a results CSV ("df.groupby('provider')" over 'pass', 'latency', 'cost':
 *   promptfoo/promptfoo site/docs/configuration/outputs.md);
 * - its table export (src/util/eval/evalTableUtils.ts buildCsvHeaders): the test's vars, then per prompt and provider
 *   "[provider] label", "Reasoning", "Status" (PASS | FAIL | ERROR), "Score", "Named Scores", "Grader Reason", "Comment".
 *   The second provider's columns repeat the names, numbered here "Status (2)"…
 * Before, the first shape imported without a word with accuracy 6 of 8 (75%), mixing gpt-4o-mini's 2 of 4 and
 * Claude's 4 of 4; the second counted the first provider's Status alone, without saying whose it was.
 */
import { describe, expect, it } from 'vitest';
import { importBytes, previewText, summaryOf, utf8 } from './helpers';

const perRow = (providers: readonly string[]): string =>
  [
    'testIdx,promptIdx,provider,vars.question,expected,output,pass,score,latencyMs',
    ...providers.flatMap((provider, p) => [
      `0,0,${provider},Can I change my delivery address?,Yes via account page,Yes via account page,true,1,${1840 + p}`,
      `1,0,${provider},What is the refund window?,30 days,${p === 0 ? '14 days' : '30 days'},${p !== 0},${p === 0 ? 0 : 1},${2210 + p}`,
      `2,0,${provider},Do you ship to Norway?,No,${p === 0 ? 'Yes' : 'No'},${p !== 0},${p === 0 ? 0 : 1},${1630 + p}`,
      `3,0,${provider},How do I reset my password?,Use the reset link,Use the reset link,true,1,${1990 + p}`,
    ]),
  ].join('\n');

const table = [
  'Description,question,[openai:gpt-4o-mini] Answer: {{question}},Reasoning,Status,Score,Named Scores,Grader Reason,Comment,[anthropic:messages:claude-sonnet-4-5] Answer: {{question}},Reasoning,Status,Score,Named Scores,Grader Reason,Comment',
  'Leave policy,How many days of leave?,25 days,,PASS,1.00,{},All assertions passed,,25 days per year,,PASS,1.00,{},All assertions passed,',
  "Expenses,What is the meal limit?,$40,,FAIL,0.00,{},Expected output to contain '$50',,$50 per day,,PASS,1.00,{},All assertions passed,",
  "Parental leave,How long is parental leave?,16 weeks,,FAIL,0.00,{},Expected output to contain '20 weeks',,20 weeks,,PASS,1.00,{},All assertions passed,",
].join('\n');

const warningsOf = (csv: string, fields: Readonly<Record<string, string>> = {}): string[] => {
  const first = previewText(csv, 'test_results');
  const preview = previewText(csv, 'test_results', { mapping: { ...first.mapping, fields: { ...first.mapping.fields, ...fields } } });
  return preview.plausibility.warnings.filter((w) => w.code === 'several_runs').map((w) => w.message);
};

describe('results of several providers in one test-results file', () => {
  it.each<[string, string, Readonly<Record<string, string>>, readonly string[]]>([
    [
      'one row per test and provider: accuracy would mix them',
      perRow(['openai:gpt-4o-mini', 'anthropic:claude-sonnet-4-5']),
      {},
      [
        'Case “0” appears 2 times in the file, once for each “provider” (“openai:gpt-4o-mini” 2 of 4 right, “anthropic:claude-sonnet-4-5” 4 of 4 right): ' +
          'accuracy would be one figure over the results of both together (6 of 8 right). Import the results of the one being piloted alone (filter the file on “provider”).',
      ],
    ],
    ['one provider: nothing to say', perRow(['openai:gpt-4o-mini']), {}, []],
    [
      'the table export, its first "Status" chosen: only that set counts',
      table,
      { caseId: 'Description', correct: 'Status' },
      [
        '“Status” is one of 2 columns named “Status” (“Status”, “Status (2)”): the file holds 2 sets of results side by side, one per prompt or model, ' +
          'and only those under “Status” would count. Check that it is the set of the assistant being piloted; each set can be imported on its own by choosing its columns.',
      ],
    ],
  ])('%s', (_case, csv, fields, warnings) => {
    expect(warningsOf(csv, fields)).toEqual(warnings);
  });

  it('repeated runs of one provider (a "run" column) are trials of the same assistant: no warning', () => {
    const csv = ['testIdx,run,provider,pass', '0,1,openai:gpt-4o-mini,true', '0,2,openai:gpt-4o-mini,false', '1,1,openai:gpt-4o-mini,true', '1,2,openai:gpt-4o-mini,true'].join('\n');
    expect(warningsOf(csv)).toEqual([]);
  });

  it('the rows still import as they are (the warning asks; it changes no figure)', () => {
    const csv = perRow(['openai:gpt-4o-mini', 'anthropic:claude-sonnet-4-5']);
    const preview = previewText(csv, 'test_results');
    const { result, rows } = importBytes(utf8(`${csv}\n`), { kind: 'test_results', settings: preview.settings, mapping: preview.mapping });
    expect(summaryOf(result).accepted).toBe(8);
    expect(rows.filter((r) => r.correct === true)).toHaveLength(6);
  });

  // Langfuse's scores table, exported from its UI as CSV ("Export Data from UI": most tables, all columns), one row per
  // trace and score, the fields as its API names them (name, value, dataType, source, traceId, comment; e.g.
  // { name: "accuracy", value: 0.9, traceId }). Before: with traceId as the case and value as correct, accuracy read
  // 3 of 6 (50%), correctness 2 of 3 mixed with hallucination scores, whose 1 (hallucinated) counted as right.
  it('a list of scores, one row per trace and measure: accuracy would mix the measures', () => {
    const csv = [
      'id,timestamp,name,value,stringValue,dataType,source,traceId,observationId,comment',
      'sc-01,2026-03-03T10:00:01.120Z,correctness,1,,NUMERIC,EVAL,tr-001,,Answer matches the policy',
      'sc-02,2026-03-03T10:00:01.180Z,hallucination,0,,NUMERIC,EVAL,tr-001,,No unsupported claims',
      'sc-03,2026-03-03T10:05:13.002Z,correctness,0,,NUMERIC,EVAL,tr-002,,Wrong meal limit',
      'sc-04,2026-03-03T10:05:13.050Z,hallucination,1,,NUMERIC,EVAL,tr-002,,Invented a $40 limit',
      'sc-05,2026-03-04T11:20:00.500Z,correctness,1,,NUMERIC,EVAL,tr-003,,',
      'sc-06,2026-03-04T11:20:00.560Z,hallucination,0,,NUMERIC,EVAL,tr-003,,',
    ].join('\n');
    expect(previewText(csv, 'test_results').mapping.fields['correct']).toBeNull();
    expect(warningsOf(csv, { caseId: 'traceId', correct: 'value' })).toEqual([
      'Case “tr-001” appears 2 times in the file, once for each “name” (“correctness” 2 of 3 right, “hallucination” 1 of 3 right): ' +
        'accuracy would be one figure over the results of both together (3 of 6 right). Import the rows of one measure at a time (filter the file on “name”).',
    ]);
  });
});
