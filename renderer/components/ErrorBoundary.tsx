import { Component, type ErrorInfo, type ReactNode } from 'react';
// A named import: the bundle inlines the version string only.
import { version } from '../../package.json';
import type { RendererErrorReport } from '../../shared/desktop-channels';

export type ErrorBoundaryProps = {
  readonly children: ReactNode;
  /** Saves what is pending, then reloads the window. */
  readonly onReload: () => void;
  /** Writes the report to the local log; never sends it anywhere. */
  readonly log: (report: RendererErrorReport) => Promise<unknown>;
  readonly copy: (text: string) => Promise<boolean>;
  readonly now?: () => Date;
};

type ErrorBoundaryState = {
  readonly report: RendererErrorReport | null;
  readonly copied: 'no' | 'yes' | 'failed';
};

/** The details as the user would paste them into a message to whoever supports them. */
export function formatErrorDetails(report: RendererErrorReport): string {
  // A JavaScript stack starts with the message already.
  const stack = report.stack.startsWith(report.message) ? report.stack : [report.message, report.stack].filter(Boolean).join('\n');
  const components = report.componentStack
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `    ${line}`);
  return [`Rollout Readiness ${version}, error at ${report.at}`, stack, '', 'Component stack:', ...components].join('\n');
}

/**
 * Catches an error while drawing the screen, so the window shows what happened instead of
 * going blank. The plans live in the store and on disk, outside this component: nothing the
 * user saved is touched.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { report: null, copied: 'no' };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { report: { message, stack: error instanceof Error ? (error.stack ?? '') : '', componentStack: '', at: '' }, copied: 'no' };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const at = (this.props.now?.() ?? new Date()).toISOString();
    const base = this.state.report ?? ErrorBoundary.getDerivedStateFromError(error).report;
    if (!base) return;
    const report: RendererErrorReport = { ...base, componentStack: info.componentStack ?? '', at };
    this.setState({ report });
    void this.props.log(report).catch(() => undefined);
  }

  private readonly copyDetails = async (): Promise<void> => {
    const { report } = this.state;
    if (!report) return;
    const copied = await this.props.copy(formatErrorDetails(report));
    this.setState({ copied: copied ? 'yes' : 'failed' });
  };

  override render(): ReactNode {
    const { report, copied } = this.state;
    if (!report) return this.props.children;
    return (
      <section className="error-boundary" role="alert" aria-labelledby="error-boundary-title">
        <h1 id="error-boundary-title">This part of the window could not be shown</h1>
        <p>
          Something went wrong while drawing the screen. Your plans are safe: everything already saved stays saved, and
          nothing was deleted. Reloading saves any pending change first, then starts the window again.
        </p>
        <p className="error-boundary-message">{report.message}</p>
        <div className="error-boundary-actions">
          <button type="button" className="button primary" onClick={this.props.onReload}>
            Reload
          </button>
          <button type="button" className="button" onClick={() => void this.copyDetails()}>
            Copy details
          </button>
          <span role="status" className="error-boundary-status">
            {copied === 'yes' ? 'Details copied.' : copied === 'failed' ? 'Could not copy: select the details below instead.' : ''}
          </span>
        </div>
        <p className="error-boundary-note">
          The details were also written to a log file on this computer. They are never sent anywhere.
        </p>
        <details>
          <summary>Details</summary>
          <pre>{formatErrorDetails(report)}</pre>
        </details>
      </section>
    );
  }
}
