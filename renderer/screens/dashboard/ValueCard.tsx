import { formatAmount, formatDecimal, formatPlural } from '../../../shared/format/format';
import { selectValueSummary } from '../../store/value-selectors';
import { useAppStore } from '../../store/useAppStore';

/**
 * The value delivered at a glance (SPEC §5/§6): hours saved against the manual process, per
 * output and per user per week, and cost per interaction. "Cannot measure" says what to enter.
 */
export function ValueCard() {
  const value = useAppStore(selectValueSummary);
  const showTab = useAppStore((s) => s.showTab);
  if (!value) return null;
  const { time, cost, costCannotMeasure } = value;
  const costText =
    costCannotMeasure !== null
      ? `cost per interaction: cannot measure. ${costCannotMeasure}`
      : cost
        ? `cost ${formatAmount(cost.perInteraction)} per interaction (${formatPlural(cost.requests, 'request')})`
        : null;
  let figure: string;
  let note: string;
  if (time === null) {
    figure = cost ? `${formatAmount(cost.perInteraction)} per interaction` : costCannotMeasure !== null ? 'Cannot measure' : 'No data yet';
    note = cost
      ? `Cost per interaction over ${formatPlural(cost.requests, 'request')}; hours saved need an output-quality file`
      : costCannotMeasure !== null
        ? `Cost per interaction: ${costCannotMeasure} Hours saved need an output-quality file.`
        : 'Import an output-quality file with editing minutes to see the hours saved';
  } else if (!time.ok) {
    figure = 'Cannot measure';
    // " · " as between the figures below: the reason may end in a full stop (".;" read as a typo).
    note = [time.reason.includes('by hand') ? 'Enter how long the task takes by hand (Pilot data tab)' : time.reason, costText].filter(Boolean).join(' · ');
  } else {
    const f = time.figures;
    figure = `${formatDecimal(f.hoursSaved)} h saved`;
    const perUser = f.hoursPerUserWeek === null ? '' : ` · ${formatDecimal(f.hoursPerUserWeek)} h per active user per week`;
    const timeText = `${f.minutesPerOutput === null ? '' : `${formatDecimal(f.minutesPerOutput)} min per output`}${perUser} (${formatPlural(f.outputs, 'output')})`;
    note = costText === null ? timeText : `${timeText} · ${costText}`;
  }
  return (
    <section className="dashboard-value" aria-label="Value delivered">
      <button type="button" className="stat-card stat-button" onClick={() => showTab('data')}>
        <span className="stat-label">Value delivered</span>{' '}
        <span className="stat-value small">{figure}</span>{' '}
        <span className="stat-note">{note}</span>
        {value.datedAfterToday !== null && (
          <>
            {' '}
            <span className="stat-note value-later">{value.datedAfterToday}</span>
          </>
        )}
      </button>
    </section>
  );
}
