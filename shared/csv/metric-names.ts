/** Reading a metric named in a weekly-figures file: only the app's own catalogue, never a guess. */
import { metricIds, metricInfo, type MetricId } from '../model/metrics';

/** Lower case, every run of spaces, dashes, underscores and dots as one space. */
function metricKey(text: string): string {
  return text.trim().toLowerCase().replace(/[\s\-_.–—]+/g, ' ');
}

let names: Map<string, MetricId> | null = null;

/** Built on first use from the catalogue, so metrics added to it are recognised without a change here. */
function nameTable(): Map<string, MetricId> {
  if (names !== null) return names;
  names = new Map();
  for (const id of metricIds) {
    names.set(metricKey(id), id);
    names.set(metricKey(metricInfo[id].label), id);
  }
  return names;
}

/**
 * The metric a cell names: its id (`error_rate`, `error-rate`, `Error Rate`) or its label as the app shows
 * it (“Reviewer approval rate”), case- and punctuation-insensitively; null for anything else (the row is
 * then rejected with the reason, never matched to the nearest name).
 */
export function metricFromText(text: string): MetricId | null {
  return nameTable().get(metricKey(text)) ?? null;
}

/** Why a recognised metric cannot come from a weekly-figures file, or null when it can. */
export function figureMetricProblem(metric: MetricId): string | null {
  if (metric === 'critical_incidents') return 'Critical incidents are counted from the incident register: import the incidents themselves instead';
  if (!metricInfo[metric].weekly) return `${metricInfo[metric].label} is measured on a whole test-results file, not by week`;
  return null;
}
