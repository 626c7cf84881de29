/**
 * Writes the bundled sample files of the "Percentage traffic rollout" and "Shadow mode, then
 * human-in-the-loop" sample plans (samples/traffic-*.csv, samples/shadow-*.csv) and the hostile
 * files the end-to-end tests import to flip their verdicts (samples/hostile-*.csv). No random
 * numbers: every count is written out below, so samples/README.md can be checked by hand.
 * Run with `npm run bench -- --make-template-samples`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayFromIso, isoFromDay } from '../shared/metrics/day-number';

function day(start: string, offset: number): string {
  const first = dayFromIso(start);
  if (first === null) throw new Error(`Not a date: ${start}`);
  return isoFromDay(first + offset);
}
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Traffic: 5% from 2026-09-07, 20% from 09-14, 50% from 09-21, 100% from 09-28; one week each. */
const trafficStages = [
  { start: '2026-09-07', requests: 200, errors: [2, 3, 2, 3, 2, 3, 2] },
  { start: '2026-09-14', requests: 800, errors: [10, 11, 9, 12, 10, 11, 10] },
  { start: '2026-09-21', requests: 2000, errors: [34, 35, 33, 36, 34, 33, 33] },
  { start: '2026-09-28', requests: 4000, errors: [60, 62, 58, 61, 59, 60, 58] },
];

function trafficOperations(): string {
  const lines = ['date,requests,errors,mean_latency_ms,cost_usd,escalations,thumbs_up,thumbs_down'];
  for (const stage of trafficStages) {
    stage.errors.forEach((errors, d) => {
      const r = stage.requests;
      lines.push([day(stage.start, d), r, errors, 1700 + 20 * d, (r * 0.012).toFixed(2), Math.round(r * 0.03), Math.round(r * 0.2), Math.round(r * 0.03)].join(','));
    });
  }
  return lines.join('\n') + '\n';
}

/**
 * Satisfaction in the three gated stages: 40 ratings from the AI arm (fourteen 5s, twenty-two 4s,
 * four 3s: mean 4.25) and 40 from the control arm (eight 5s, twenty-four 4s, eight 3s: mean 4.0).
 */
const arms = {
  AI: [...Array<number>(14).fill(5), ...Array<number>(22).fill(4), ...Array<number>(4).fill(3)],
  Control: [...Array<number>(8).fill(5), ...Array<number>(24).fill(4), ...Array<number>(8).fill(3)],
};

function satisfactionRows(stageIndex: number, arm: keyof typeof arms, ratings: readonly number[], userOffset: number): string[] {
  const start = trafficStages[stageIndex]?.start ?? '';
  const prefix = arm === 'AI' ? 'a' : 'c';
  return ratings.map((rating, i) => `${prefix}${stageIndex + 1}-${pad(userOffset + i + 1, 3)},${day(start, i % 7)},${rating},${arm}`);
}

function trafficSatisfaction(): string {
  const lines = ['user_id,date,rating,cohort'];
  for (let s = 0; s < 3; s++) for (const arm of ['AI', 'Control'] as const) lines.push(...satisfactionRows(s, arm, arms[arm], 0));
  return lines.join('\n') + '\n';
}

/** Hostile: 40 more AI-arm ratings of 2 in the 5% stage (a week the answers got worse). */
const hostileSatisfaction = (): string => ['user_id,date,rating,cohort', ...satisfactionRows(0, 'AI', Array<number>(40).fill(2), 40)].join('\n') + '\n';

/** Hostile: a monitoring export of one bad afternoon in the 5% stage: 600 requests, 40 errors. */
const hostileTrafficOperations = (): string => 'date,requests,errors,mean_latency_ms\n2026-09-12,600,40,4200\n';

/** Shadow mode 2026-09-07 to 10-04, 60 cases a week, 55 matching: 220 of 240. */
function shadowRun(): string {
  const answers = ['Refund', 'Escalate', 'Explain policy', 'Update record'];
  const categories = ['Billing', 'Complaints', 'Address change'];
  const lines = ['case_id,date,ai_output,human_output,category'];
  let n = 0;
  for (let week = 0; week < 4; week++) {
    for (let i = 0; i < 60; i++) {
      n++;
      const human = answers[n % 4] ?? '';
      // The last five cases of each week disagree.
      const ai = i >= 55 ? (answers[(n + 1) % 4] ?? '') : human;
      lines.push(`sh-${pad(n, 4)},${day('2026-09-07', week * 7 + (i % 7))},${ai},${human},${categories[i % 3]}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Human review 2026-10-05 to 11-01, 120 reviews a week; approved 102, 110, 116, 118. */
function reviewLog(): string {
  const approvedPerWeek = [102, 110, 116, 118];
  const lines = ['output_id,reviewer,date,decision,review_minutes'];
  let n = 0;
  approvedPerWeek.forEach((approved, week) => {
    for (let i = 0; i < 120; i++) {
      n++;
      // Of the outputs not approved as they were, one in four is rejected, the rest edited.
      const decision = i < approved ? 'approved' : (i - approved) % 4 === 3 ? 'rejected' : 'edited';
      lines.push(`rv-${pad(n, 4)},${['r-ines', 'r-omar', 'r-kai'][i % 3]},${day('2026-10-05', week * 7 + (i % 7))},${decision},${decision === 'approved' ? 2 : 6}`);
    }
  });
  return lines.join('\n') + '\n';
}

/** Gradual rollout 2026-11-02 to 11-29: 1,000 requests a day, 10 to 13 errors. */
const rolloutErrors = [10, 11, 12, 13, 10, 11, 12];
function rolloutOperations(): string {
  const lines = ['date,requests,errors,mean_latency_ms,escalations'];
  for (let d = 0; d < 28; d++) lines.push(`${day('2026-11-02', d)},1000,${rolloutErrors[d % 7]},1500,20`);
  return lines.join('\n') + '\n';
}

/** Hostile: a second region's monitoring in week 4 of the gradual rollout: 500 requests a day, 40 errors. */
function hostileRolloutOperations(): string {
  const lines = ['date,requests,errors,region'];
  for (let d = 21; d < 28; d++) lines.push(`${day('2026-11-02', d)},500,40,EU West`);
  return lines.join('\n') + '\n';
}

export function writeTemplateSamples(dir: string): void {
  const files: Record<string, string> = {
    'traffic-operations.csv': trafficOperations(),
    'traffic-satisfaction.csv': trafficSatisfaction(),
    'shadow-run.csv': shadowRun(),
    'shadow-reviews.csv': reviewLog(),
    'shadow-rollout-operations.csv': rolloutOperations(),
    'hostile-traffic-operations-errors.csv': hostileTrafficOperations(),
    'hostile-traffic-satisfaction-below-baseline.csv': hostileSatisfaction(),
    'hostile-rollout-operations-errors.csv': hostileRolloutOperations(),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}
