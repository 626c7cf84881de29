import type { Appendix } from '../../../shared/report/report-model';
import { EvidenceView } from '../decisions/EvidenceView';
import { ReportSection } from './ReportSection';
import { ToneBadge } from './ToneBadge';

export type AppendixPartProps = {
  readonly appendix: Appendix;
};

/** The audit appendix: the whole checklist with its evidence, and every log entry with what was frozen with it. */
export function AppendixPart({ appendix }: AppendixPartProps) {
  return (
    <div className="report-appendix">
      <h2 className="report-h1">Audit appendix</h2>
      <ReportSection title="A. Readiness checklist">
        {appendix.checklist.map((area) => (
          <table key={area.title} className="report-table report-checklist">
            <caption>{area.title}</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Status</th>
                <th scope="col">Owner / due</th>
                <th scope="col">Evidence, notes and reasons</th>
              </tr>
            </thead>
            <tbody>
              {area.items.map((item, index) => (
                <tr key={index}>
                  <td>
                    {item.question}
                    <span className="report-note"> ({item.required})</span>
                  </td>
                  <td>
                    <ToneBadge tone={item.tone} label={item.status} />
                  </td>
                  <td>
                    {item.owner}
                    <br />
                    <span className="report-note">{item.due}</span>
                  </td>
                  <td className="report-break">
                    {item.statusReason && <p>Reason: {item.statusReason}</p>}
                    {item.evidence && <p>Evidence: {item.evidence}</p>}
                    {item.notes && <p>Notes: {item.notes}</p>}
                    {!item.statusReason && !item.evidence && !item.notes && <span className="report-note">—</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </ReportSection>
      <ReportSection title="B. Decision log, with the evidence of each moment">
        {appendix.log.length === 0 ? (
          <p className="report-empty">{appendix.logEmptyText}</p>
        ) : (
          appendix.log.map((d) => (
            <article key={d.id} className="report-log-entry" aria-label={`${d.decision}, ${d.stage}, ${d.date}`}>
              <h3 className="report-h3">
                {d.date} · {d.stage} · {d.decision}
                {d.override && <span className="report-flag">Override</span>}
                {d.automatic && <span className="report-flag">Automatic</span>}
              </h3>
              <p>
                Recommended then: {d.recommendation}. Decided by {d.author}
                {d.approvedBy ? `, approved by ${d.approvedBy}` : ''}.
              </p>
              {d.change && <p>{d.change}</p>}
              <p className="report-rationale">{d.rationale}</p>
              {d.corrects && <p className="report-note">{d.corrects}.</p>}
              {d.correctedBy && <p className="report-note">{d.correctedBy}.</p>}
              <EvidenceView evidence={d.evidence} />
            </article>
          ))
        )}
      </ReportSection>
    </div>
  );
}
