import type { PaperSize, SaveOutcome } from '../../shared/api';
import { localTimestamp } from '../../shared/decisions/decision-log';
import { localIsoDate } from '../../shared/model/dates';
import { fail, type Result } from '../../shared/result';
import type { SliceCreator } from './types';

export interface ReportSlice {
  reportPaper: PaperSize;
  reportAppendix: boolean;
  /** When the summary on screen was generated: local timestamp with offset, printed on every page. */
  reportGeneratedAt: string;
  setReportPaper(paper: PaperSize): void;
  setReportAppendix(appendix: boolean): void;
  /** Stamps the generation time now (opening the summary, and right before printing it). */
  stampReport(): void;
  /** Restamps the summary, lets it render, then prints it or saves it as PDF through the API. */
  printReport(target: 'pdf' | 'printer'): Promise<Result<SaveOutcome>>;
}

/** US and Canadian users print on Letter; everyone else on A4. */
function defaultPaper(): PaperSize {
  const language = typeof navigator === 'undefined' ? '' : navigator.language;
  return /-(US|CA)$/i.test(language) ? 'Letter' : 'A4';
}

/** A file name without characters any file system refuses. */
function fileNameOf(planName: string, revision: number, date: string): string {
  const visible = [...planName].map((c) => (c < ' ' ? '-' : c)).join('');
  const safe = visible.replace(/[\\/:*?"<>|]+/g, '-').trim().slice(0, 120) || 'Plan';
  return `${safe} - summary v${revision} ${date}`;
}

/**
 * The generation time and the day the verdicts are judged on, from one clock reading: a window left open
 * overnight printed "Generated Oct 6" above "judged on week 4, which ends on Oct 4; current trend",
 * yesterday's reading of a gate that had since been judged.
 */
function stamped(now: Date, today: string): { reportGeneratedAt: string; today?: string } {
  const day = localIsoDate(now);
  return day === today ? { reportGeneratedAt: localTimestamp(now) } : { reportGeneratedAt: localTimestamp(now), today: day };
}

export const createReportSlice: SliceCreator<ReportSlice> = (set, get, deps) => ({
  reportPaper: defaultPaper(),
  reportAppendix: false,
  reportGeneratedAt: localTimestamp(deps.now()),
  setReportPaper: (reportPaper) => set({ reportPaper }),
  setReportAppendix: (reportAppendix) => set({ reportAppendix }),
  stampReport: () => set(stamped(deps.now(), get().today)),
  printReport: async (target) => {
    const plan = get().plan;
    if (!plan) return fail('not_found', 'No plan is open.');
    // The log is verified right before printing, so the page says what the file holds now.
    await get().checkDecisions(plan.id);
    const now = deps.now();
    set(stamped(now, get().today));
    // The new time must be on the page before the page is printed: one task lets React commit it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const suggestedName = fileNameOf(plan.name, plan.revision, localIsoDate(now));
    return deps.api.printReport({ paper: get().reportPaper, target, suggestedName });
  },
});
