/** Downloadable template files, one per kind: the header row the importer recognises and two example rows. */
import type { ImportKind } from './kinds';
import { writeCsv, type CsvCellValue } from './write-csv';

const templates: Record<ImportKind, readonly (readonly CsvCellValue[])[]> = {
  usage: [
    ['user_id', 'date', 'stage', 'group', 'uses'],
    ['u-0042', '2025-03-03', 'Internal pilot', 'Support', 12],
    ['u-0107', '2025-03-03', 'Internal pilot', 'Sales', 3],
  ],
  quality: [
    ['output_id', 'user_id', 'date', 'editing_share_percent', 'stage', 'group'],
    ['out-000001', 'u-0042', '2025-03-03', 12.5, 'Internal pilot', 'Support'],
    ['out-000002', 'u-0107', '2025-03-04', 40, 'Internal pilot', 'Sales'],
  ],
  satisfaction: [
    ['user_id', 'date', 'rating', 'comment', 'stage', 'group'],
    ['u-0042', '2025-03-07', 4, 'Saves me time on first drafts', 'Internal pilot', 'Support'],
    ['u-0107', '2025-03-07', 2, 'Too many corrections, "tone" is off', 'Internal pilot', 'Sales'],
  ],
  test_results: [
    ['case_id', 'expected', 'actual', 'correct', 'hallucination', 'latency_seconds', 'group'],
    ['case-001', 'Refund approved', 'Refund approved', 'yes', 'no', 1.8, 'Billing'],
    ['case-002', 'Escalate to a human', 'Refund approved', 'no', 'yes', 2.4, 'Complaints'],
  ],
  operations: [
    ['date', 'requests', 'errors', 'mean_latency_ms', 'cost', 'escalations', 'thumbs_up', 'thumbs_down', 'stage', 'group'],
    ['2025-03-03', 1840, 12, 2350, 36.8, 41, 120, 15, 'Internal pilot', 'Support'],
    ['2025-03-04', 1912, 9, 2210, 38.24, 37, 131, 11, 'Internal pilot', 'Support'],
  ],
  reviews: [
    ['output_id', 'reviewer', 'date', 'decision', 'review_minutes', 'group'],
    ['out-000001', 'r-anna', '2025-03-03', 'approved', 2, 'Billing'],
    ['out-000002', 'r-ben', '2025-03-03', 'edited', 6.5, 'Complaints'],
  ],
  shadow: [
    ['case_id', 'date', 'ai_output', 'human_output', 'category'],
    ['case-0001', '2025-03-03', 'Refund', 'Refund', 'Billing'],
    ['case-0002', '2025-03-03', 'Refund', 'Escalate', 'Complaints'],
  ],
  weekly_figures: [
    ['week', 'stage', 'metric', 'value', 'numerator', 'denominator', 'group'],
    [1, 'Internal pilot', 'error_rate', '', 12, 1840, 'Support'],
    [1, 'Internal pilot', 'Mean satisfaction', 4.2, '', '', 'Support'],
  ],
  incidents: [
    ['incident_id', 'severity', 'opened', 'acknowledged', 'resolved', 'stage', 'description', 'rollback'],
    ['INC-101', 'high', '2025-03-04 09:40', '2025-03-04 10:05', '2025-03-04 13:20', 'Internal pilot', 'Answers timed out for one team', 'no'],
    ['INC-102', 'critical', '2025-03-06 14:02', '2025-03-06 14:10', '2025-03-06 15:00', 'Internal pilot', 'Customer data shown to the wrong user', 'yes'],
  ],
};

/** The template CSV of a kind (UTF-8 with BOM, comma-separated, CRLF), ready to save as a file. */
export function templateCsv(kind: ImportKind): string {
  return writeCsv(templates[kind], { bom: true });
}

/** Suggested file name for a kind's template. */
export function templateFileName(kind: ImportKind): string {
  return `rollout-readiness-${kind.replace('_', '-')}-template.csv`;
}
