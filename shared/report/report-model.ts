import type { StageVerdict } from '../gates/stage-verdict';
import type { Comparator } from '../model/enums';
import type { MetricId } from '../model/metrics';
import type { BottomLine } from './bottom-line';
import type { HandValueSection } from './hand-value-lines';
import type { IncidentSection } from './incident-summary';
import type { ValueSection } from './value-section';

/*
 * The stakeholder summary (SPEC §8) as plain data: every text already worded, every figure
 * already rounded, so the React view only lays it out and a test can read it like paper.
 */

/** Status words always travel with a tone; the tone picks an icon, never the only carrier of meaning. */
export type Tone = 'good' | 'bad' | 'warn' | 'neutral';

export interface Fact {
  readonly label: string;
  readonly value: string;
}

/** Repeated on every printed page (SPEC §8): which plan, which version, which data, when. */
export interface RunningHeader {
  readonly planName: string;
  /** "Version 3": the citable version, which advances with each decision or note recorded. */
  readonly version: string;
  /** "Revision 32": every save counts; the audit trail's reference. */
  readonly revision: string;
  /** Says which of the two a reader cites, printed in the footer. */
  readonly versionNote: string;
  /** "Generated 2026-11-22 10:00 (UTC+01:00)". */
  readonly generated: string;
  /** "Data: usage.csv (imported 2026-11-02); …" or "Data: no pilot data imported". */
  readonly data: string;
}

export interface DataSource {
  readonly fileName: string;
  readonly kind: string;
  readonly importedOn: string;
  /** "412 rows accepted, 3 rejected". */
  readonly rows: string;
  readonly period: string | null;
  /** Why the file's figures are not in this summary: its stored rows are missing or damaged here; null when they are read. */
  readonly unreadable: string | null;
}

export interface AreaRow {
  readonly title: string;
  /** "80%" or "—" when nothing in the area applies. */
  readonly score: string;
  /** 0–1 for the bar; null when nothing applies. */
  readonly share: number | null;
  /** "4 of 5 applicable items done". */
  readonly done: string;
  /** "4 of 5 done": the same on the printed line, where the section says the items counted are the applicable ones. */
  readonly brief: string;
  readonly blockers: number;
  readonly weakest: boolean;
}

export interface BlockerRow {
  readonly question: string;
  readonly area: string;
  readonly status: string;
  readonly owner: string;
  readonly due: string;
  readonly overdue: boolean;
}

export interface ReadinessSection {
  /** "Not ready: 3 blockers" / "Ready: no blockers". */
  readonly headline: string;
  readonly ready: boolean;
  readonly overall: string;
  readonly weakest: string | null;
  readonly weightsNote: string;
  readonly areas: readonly AreaRow[];
  /** The most urgent blockers (overdue first); the summary must stay within three pages. */
  readonly blockers: readonly BlockerRow[];
  /** "and 41 more required items not done: …", or null when every blocker is listed. */
  readonly moreBlockers: string | null;
}

export interface ThresholdRow {
  readonly metric: string;
  /** "above 90%". */
  readonly target: string;
  /** "92% on 2026-11-01" or "—". */
  readonly measured: string;
  /** The number of the footnote naming the measurement's source and whether it was typed in by hand; null when nothing is measured. */
  readonly sourceNote: number | null;
  readonly status: string;
  readonly tone: Tone;
  /** Why the target was chosen, as written. */
  readonly reason: string;
  /** The number of the note under the table saying why a stage gate on the same metric reads otherwise; null when none does. */
  readonly gateNote: number | null;
}

export interface ThresholdSection {
  /** "2 met, 1 not met, 3 not measured". */
  readonly summary: string;
  readonly rows: readonly ThresholdRow[];
  /** The footnotes: each distinct source once, numbered from 1 in order. */
  readonly sources: readonly string[];
  /** Why stage gates read otherwise than a threshold (`gateContrast`), one per such threshold, "System error rate: Why …". */
  readonly gateNotes: readonly string[];
  readonly emptyText: string;
}

export interface ChartPoint {
  readonly week: number;
  readonly value: number;
  readonly low: number | null;
  readonly high: number | null;
  /** Whether the point clears the gate's threshold; the chart marks it by shape and word, not colour. */
  readonly meets: boolean;
  /** "Week 3: 4 of 5 users (80%) — meets the gate". */
  readonly text: string;
}

export interface StageChart {
  readonly stageId: string;
  /** The criterion charted: a view may redraw it from the same pilot data with its own chart component. */
  readonly criterionId: string;
  readonly metricId: MetricId;
  readonly title: string;
  /** "Judged at week 4", or null for a criterion judged continuously. */
  readonly judgingLabel: string | null;
  readonly metric: string;
  readonly unit: string;
  readonly comparator: Comparator;
  readonly threshold: number;
  readonly thresholdText: string;
  readonly points: readonly ChartPoint[];
  readonly judgedWeeks: readonly number[];
  /** The largest week shown, at least the judging weeks and the planned duration. */
  readonly lastWeek: number;
  /** Lower and upper ends of the value axis. */
  readonly yMin: number;
  readonly yMax: number;
  /** The chart in one sentence: its text alternative. */
  readonly summary: string;
}

export interface ResultRow {
  readonly kind: 'Gate criterion' | 'Rollback trigger';
  /** The whole rule: "Adoption rate at least 50% at week 4 (min. 2 users) — required". */
  readonly label: string;
  /** Just what it compares: "Adoption rate at least 50%". */
  readonly rule: string;
  /** Advisory rules are shown and never decide. */
  readonly required: boolean;
  readonly status: string;
  readonly tone: Tone;
  readonly reason: string;
  /** "The true rate could be either side of 85% (…)": printed in full after the reason; null when none. */
  readonly caveat: string | null;
}

export interface StageSection {
  readonly number: number;
  readonly name: string;
  readonly facts: readonly Fact[];
  readonly verdict: StageVerdict;
  readonly verdictLabel: string;
  readonly tone: Tone;
  /** Every reason of the verdict, deciding ones first, as the Stages tab says them. */
  readonly reasons: readonly string[];
  /** The reasons no result row already says ("All 2 required criteria pass…"): printed above the rows. */
  readonly summaryReasons: readonly string[];
  readonly results: readonly ResultRow[];
  readonly charts: readonly StageChart[];
  /** Why the chart is missing, when it is. */
  readonly noChartText: string | null;
  /** "Latest decision: proceed by Dana Kim on 2026-11-02, approved by …" or "No decision recorded yet…"; the rationale is in the decisions table. */
  readonly decision: string;
  /** "Stage 2 may start: …" */
  readonly unlock: string;
}

export interface DecisionRow {
  readonly id: string;
  readonly date: string;
  readonly stage: string;
  readonly decision: string;
  readonly recommendation: string;
  readonly override: boolean;
  readonly automatic: boolean;
  readonly author: string;
  readonly approvedBy: string;
  readonly rationale: string;
  /** "Corrects the entry of 2026-11-02 10:00" or null. */
  readonly corrects: string | null;
  /** "Corrected by Dana Kim on 2026-11-04" or null. */
  readonly correctedBy: string | null;
  readonly change: string | null;
}

export interface RiskRow {
  readonly kind: string;
  readonly text: string;
  readonly tone: Tone;
}

export interface CommunicationRowText {
  readonly audience: string;
  readonly what: string;
  readonly when: string;
  readonly channel: string;
  /** Null when no owner is named yet. */
  readonly owner: string | null;
}

export interface SignOffRow {
  readonly role: string;
  readonly name: string;
}

export interface AppendixItem {
  readonly question: string;
  readonly required: string;
  readonly status: string;
  readonly tone: Tone;
  readonly owner: string;
  readonly due: string;
  readonly evidence: string;
  readonly notes: string;
  /** The written justification for "not applicable" or reason for "cannot be measured yet". */
  readonly statusReason: string;
}

export interface AppendixArea {
  readonly title: string;
  readonly items: readonly AppendixItem[];
}

export interface AppendixEvidence {
  readonly facts: readonly Fact[];
  readonly verdict: string | null;
  readonly reasons: readonly string[];
  readonly results: readonly ResultRow[];
}

export interface AppendixDecision extends DecisionRow {
  readonly evidence: AppendixEvidence;
}

export interface Appendix {
  readonly checklist: readonly AppendixArea[];
  readonly log: readonly AppendixDecision[];
  readonly logEmptyText: string;
}

export interface ReportModel {
  readonly title: string;
  readonly running: RunningHeader;
  /** Page 1 opens with it. */
  readonly bottomLine: BottomLine;
  readonly system: { readonly name: string; readonly facts: readonly Fact[] };
  readonly tier: { readonly label: string; readonly text: string };
  readonly dataSources: readonly DataSource[];
  /** Rows the figures leave out or count with care, as the Pilot data tab words them. */
  readonly dataWarnings: readonly string[];
  readonly dataEmptyText: string;
  /** Measured values recorded by hand, labelled as such. */
  readonly handValues: HandValueSection;
  readonly readiness: ReadinessSection;
  readonly thresholds: ThresholdSection;
  readonly stages: readonly StageSection[];
  readonly stagesEmptyText: string;
  /** The incident register per stage, and the open incidents. */
  readonly incidents: IncidentSection;
  /** Hours saved and cost per interaction (issue 10); null without data of either kind. */
  readonly value: ValueSection | null;
  /** The latest decisions taken by people, newest first. */
  readonly decisions: readonly DecisionRow[];
  /** "The log also holds 3 logged changes …", or null when it holds none. */
  readonly decisionsNote: string | null;
  readonly decisionsEmptyText: string;
  readonly risks: readonly RiskRow[];
  readonly risksEmptyText: string;
  readonly communication: readonly CommunicationRowText[];
  readonly communicationEmptyText: string;
  readonly signOff: readonly SignOffRow[];
  readonly appendix: Appendix | null;
}
