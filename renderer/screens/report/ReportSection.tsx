import { useId, type ReactNode } from 'react';

export type ReportSectionProps = {
  readonly title: string;
  readonly children: ReactNode;
  readonly className?: string;
};

/** A titled part of the summary; a section heading is never left alone at the foot of a page. */
export function ReportSection({ title, children, className }: ReportSectionProps) {
  const id = useId();
  return (
    <section className={`report-section${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <h2 id={id} className="report-h2">
        {title}
      </h2>
      {children}
    </section>
  );
}
