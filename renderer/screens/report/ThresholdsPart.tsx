import type { ThresholdSection } from '../../../shared/report/report-model';
import { ReportSection } from './ReportSection';
import { ToneBadge } from './ToneBadge';

export type ThresholdsPartProps = {
  readonly thresholds: ThresholdSection;
};

/** Marks the notes on stage gates apart from the numbered sources. */
const GATE_NOTE_MARK = 'G';

/** Quality thresholds met and missed, each with the reason its target was chosen. */
export function ThresholdsPart({ thresholds }: ThresholdsPartProps) {
  return (
    <ReportSection title="Quality thresholds">
      {thresholds.rows.length === 0 ? (
        <p className="report-empty">{thresholds.emptyText}</p>
      ) : (
        <>
          <p className="report-lead">{thresholds.summary}.</p>
          <table className="report-table report-thresholds">
            <colgroup>
              <col className="col-metric" />
              <col className="col-target" />
              <col className="col-measured" />
              <col className="col-status" />
              <col className="col-reason" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col">Target</th>
                <th scope="col">Measured</th>
                <th scope="col">Status</th>
                <th scope="col">Why this target</th>
              </tr>
            </thead>
            <tbody>
              {thresholds.rows.map((row, index) => (
                <tr key={index}>
                  <th scope="row">{row.metric}</th>
                  <td className="nowrap">{row.target}</td>
                  <td className="report-measured">
                    {row.measured}
                    {row.sourceNote !== null && (
                      <sup className="report-footnote-ref">
                        <span className="sr-only">source </span>
                        {row.sourceNote}
                      </sup>
                    )}
                  </td>
                  <td>
                    <ToneBadge tone={row.tone} label={row.status} />
                    {row.gateNote !== null && (
                      <sup className="report-footnote-ref">
                        <span className="sr-only">see note </span>
                        {`${GATE_NOTE_MARK}${row.gateNote}`}
                      </sup>
                    )}
                  </td>
                  <td>{row.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {thresholds.sources.length > 0 && (
            <ol className="report-footnotes" aria-label="Sources of the measured values">
              {thresholds.sources.map((source) => (
                <li key={source}>{source}</li>
              ))}
            </ol>
          )}
          {thresholds.gateNotes.length > 0 && (
            <ul className="report-gate-notes" aria-label="Thresholds and stage gates on the same metric">
              {thresholds.gateNotes.map((note, index) => (
                <li key={note}>
                  <span className="report-gate-note-mark">{`${GATE_NOTE_MARK}${index + 1}`}</span> {note}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </ReportSection>
  );
}
