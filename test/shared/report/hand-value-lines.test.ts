import { describe, expect, it } from 'vitest';
import { withHandValues } from '../../../shared/metrics/hand-values';
import type { HandValue } from '../../../shared/model/schema';
import { HAND_VALUES_SHOWN, handValueSection } from '../../../shared/report/hand-value-lines';
import { pilotLookup, pilotPlan } from '../decisions/fixtures';

let counter = 0;
function handValue(overrides: Partial<HandValue> = {}): HandValue {
  counter += 1;
  return {
    id: `h${counter}`,
    stageId: 's2',
    metric: 'error_rate',
    week: 2,
    figure: { kind: 'counts', successes: 12, trials: 1500 },
    source: 'Grafana export 2026-10-19',
    note: '',
    recordedAt: '2026-10-20T09:00:00.000Z',
    ...overrides,
  };
}

function sectionOf(values: HandValue[]) {
  const plan = pilotPlan({ handValues: values });
  return handValueSection(plan, withHandValues(pilotLookup, values));
}

describe('hand-recorded values in the summary', () => {
  it.each<[string, Partial<HandValue>, string]>([
    ['counts for a week', {}, 'Stage 2, error rate, week 2: 12 of 1,500 requests (0.8%) from “Grafana export 2026-10-19”'],
    ['the whole stage, with a note', { week: null, note: 'Weekly ops review' }, 'Stage 2, error rate, the whole stage: 12 of 1,500 requests (0.8%) from “Grafana export 2026-10-19” — Weekly ops review'],
    // A file measures adoption: the gates use the file, and the line says the hand value is set aside.
    [
      'a metric a file measures',
      { stageId: 's1', metric: 'adoption_rate', figure: { kind: 'counts', successes: 4, trials: 5 } },
      'Stage 1, adoption rate, week 2: 4 of 5 users (80%) from “Grafana export 2026-10-19” (set aside: a file measures this metric)',
    ],
    ['a stage removed since', { stageId: 'gone' }, 'A removed stage, error rate, week 2: 12 of 1,500 requests (0.8%) from “Grafana export 2026-10-19”'],
  ])('words %s', (_, overrides, line) => {
    expect(sectionOf([handValue(overrides)])).toEqual({ lines: [line], total: 1, more: null });
  });

  it.each<[number, number, string | null]>([
    [0, 0, null],
    [HAND_VALUES_SHOWN, HAND_VALUES_SHOWN, null],
    [HAND_VALUES_SHOWN + 2, HAND_VALUES_SHOWN, 'and 2 more hand-recorded values: the Stages tab lists every one.'],
  ])('lists %i values as %i lines, in stage and week order, and counts the rest', (count, shown, more) => {
    const values = Array.from({ length: count }, (_, i) => handValue({ week: count - i, stageId: i % 2 === 0 ? 's2' : 's1' }));
    const section = sectionOf(values);
    expect(section.lines).toHaveLength(shown);
    expect(section.total).toBe(count);
    expect(section.more).toBe(more);
    const order = section.lines.map((l) => l.slice(0, l.indexOf(':')));
    expect(order).toEqual([...order].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  });
});
