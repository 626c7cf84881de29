import { useId, useState } from 'react';
import type { PaperSize } from '../../../shared/api';
import { Icon } from '../../components/Icon';
import { useAppStore } from '../../store/useAppStore';

const papers: readonly PaperSize[] = ['A4', 'Letter'];

/** Appendix and paper choices, and the two ways out: PDF and printer. Never printed itself. */
export function ReportToolbar() {
  const id = useId();
  const paper = useAppStore((s) => s.reportPaper);
  const appendix = useAppStore((s) => s.reportAppendix);
  const setPaper = useAppStore((s) => s.setReportPaper);
  const setAppendix = useAppStore((s) => s.setReportAppendix);
  const printReport = useAppStore((s) => s.printReport);
  const showToast = useAppStore((s) => s.showToast);
  const planId = useAppStore((s) => s.plan?.id);
  const [busy, setBusy] = useState(false);

  const print = async (target: 'pdf' | 'printer'): Promise<void> => {
    setBusy(true);
    const result = await printReport(target);
    setBusy(false);
    if (!result.ok) showToast({ tone: 'error', planId, message: `The summary could not be ${target === 'pdf' ? 'saved as PDF' : 'printed'}: ${result.error.message}` });
    else if (target === 'pdf' && result.value.saved) showToast({ planId, message: `Saved the summary as ${result.value.fileName}` });
  };

  return (
    <div className="report-toolbar" role="group" aria-label="Summary options">
      <label className="inline-check">
        <input type="checkbox" checked={appendix} onChange={(event) => setAppendix(event.target.checked)} />
        Include audit appendix
      </label>
      <fieldset className="report-paper">
        <legend id={`${id}-paper`}>Paper</legend>
        <div className="segmented">
          {papers.map((p) => (
            <label key={p} className={`segment${paper === p ? ' is-selected' : ''}`}>
              <input type="radio" name={`${id}-paper`} value={p} checked={paper === p} onChange={() => setPaper(p)} />
              {p}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="report-actions">
        <button type="button" className="button primary" disabled={busy} onClick={() => void print('pdf')}>
          <Icon name="download" size={14} />
          Save as PDF…
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void print('printer')}>
          <Icon name="file" size={14} />
          Print…
        </button>
      </div>
    </div>
  );
}
