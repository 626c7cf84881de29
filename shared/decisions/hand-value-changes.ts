import { formatCount } from '../format/format';
import { formatThreshold, formatValue } from '../gates/wording';
import { metricInfo } from '../model/metrics';
import type { HandValue, Plan } from '../model/schema';
import { NONE, REMOVED, type GateChange } from './gate-changes';

/** "3 of 200 requests (1.5%)", "4.2/5 (31 ratings)", "1 incident" — with its source. */
export function handFigureWords(v: HandValue): string {
  const info = metricInfo[v.metric];
  const { figure } = v;
  const shown =
    figure.kind === 'counts'
      ? `${formatCount(figure.successes)} of ${formatCount(figure.trials)} ${info.sampleUnit} (${formatValue((100 * figure.successes) / figure.trials, '%')})`
      : // A typed figure reads exactly as typed: a change from 4.25 to 4.254 must show in the log.
        info.kind === 'count'
        ? formatThreshold(figure.value, info.unit)
        : `${formatThreshold(figure.value, info.unit)} (${formatCount(figure.sample)} ${info.sampleUnit})`;
  return `${shown} from “${v.source}”${v.note.trim() === '' ? '' : ` — ${v.note.trim()}`}`;
}

/** "week 3", "the whole stage". */
export function handWhenWords(v: Pick<HandValue, 'week'>): string {
  return v.week === null ? 'the whole stage' : `week ${v.week}`;
}

function what(v: HandValue, plan: Plan): string {
  const stage = plan.stages.find((s) => s.id === v.stageId)?.name ?? 'a removed stage';
  return `Stage “${stage}”, hand-recorded ${metricInfo[v.metric].label.toLowerCase()} for ${handWhenWords(v)}`;
}

/** Everything that makes a hand value evidence: its figure, where and when it applies, its source and note. */
function key(v: HandValue): string {
  return JSON.stringify([v.stageId, v.metric, v.week, v.figure, v.source, v.note]);
}

/**
 * Every hand-recorded value entered, changed or removed between two versions of a plan, as
 * automatic notes for the decision log (SPEC §5: hand values are audited). Unlike gate edits
 * these are logged whether or not a file was imported: a hand value is data.
 */
export function handValueChanges(before: Plan, after: Plan): GateChange[] {
  const old = new Map(before.handValues.map((v) => [v.id, v]));
  const now = new Set(after.handValues.map((v) => v.id));
  const changes: GateChange[] = [];
  const note = (v: HandValue, plan: Plan, verb: string, from: string, to: string): GateChange => {
    const w = what(v, plan);
    return { kind: 'note', stageId: v.stageId, what: w, before: from, after: to, rationale: `Hand-recorded value ${verb}: ${w}: ${from} → ${to}.` };
  };
  for (const v of after.handValues) {
    const was = old.get(v.id);
    if (!was) changes.push(note(v, after, 'entered', NONE, handFigureWords(v)));
    else if (key(was) !== key(v)) changes.push(note(v, after, 'changed', handFigureWords(was), handFigureWords(v)));
  }
  for (const v of before.handValues) if (!now.has(v.id)) changes.push(note(v, before, 'removed', handFigureWords(v), REMOVED));
  return changes;
}
