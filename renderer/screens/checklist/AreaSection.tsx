import { useId } from 'react';
import type { RiskTier } from '../../../shared/model/enums';
import type { AreaScore } from '../../../shared/readiness/score';
import { Icon } from '../../components/Icon';
import { ProgressBar } from '../../components/ProgressBar';
import { formatPercent, plural } from '../../format/numbers';
import type { AreaView } from '../../store/checklist-selectors';
import { useAppStore } from '../../store/useAppStore';
import { AddItemForm } from './AddItemForm';
import { ChecklistItemCard } from './ChecklistItemCard';

export type AreaSectionProps = {
  readonly view: AreaView;
  readonly score: AreaScore;
  readonly tier: RiskTier;
};

/** One area: a header with its progress that folds the items away, the items, and "Add item". */
export function AreaSection({ view, score, tier }: AreaSectionProps) {
  const collapsed = useAppStore((s) => s.collapsedAreas.includes(view.area.id));
  const toggleArea = useAppStore((s) => s.toggleArea);
  const removeChecklistArea = useAppStore((s) => s.removeChecklistArea);
  const id = useId();
  const progressText =
    score.score === null
      ? 'Nothing applicable'
      : `${score.done} of ${score.applicable} done · ${formatPercent(score.score)}`;

  return (
    <section className="area card flush" aria-labelledby={`${id}-h`}>
      <header className="area-header">
        <h2 id={`${id}-h`} className="area-title">
          <button
            type="button"
            className="area-toggle"
            aria-expanded={!collapsed}
            aria-controls={`${id}-items`}
            onClick={() => toggleArea(view.area.id)}
          >
            <Icon name={collapsed ? 'chevron-right' : 'chevron-down'} />
            {view.area.title}
          </button>
        </h2>
        <div className="area-progress">
          {score.blockers > 0 && (
            <span className="badge badge-danger">
              <Icon name="alert" size={12} />
              {plural(score.blockers, 'blocker')}
            </span>
          )}
          <span className="area-progress-text">{progressText}</span>
          <ProgressBar
            value={score.score}
            label={`${view.area.title} progress`}
            valueText={progressText}
            tone={score.score === 1 ? 'success' : 'accent'}
          />
          {view.area.custom && (
            <button
              type="button"
              className="icon-button small"
              aria-label={`Remove area: ${view.area.title}`}
              onClick={() => removeChecklistArea(view.area.id)}
            >
              <Icon name="trash" size={14} />
            </button>
          )}
        </div>
      </header>
      {!collapsed && (
        <div id={`${id}-items`} className="area-items">
          {view.area.description && <p className="area-description">{view.area.description}</p>}
          {view.items.map((item) => (
            <ChecklistItemCard key={item.id} item={item} tier={tier} />
          ))}
          {view.totalItems === 0 && <p className="hint">No items in this area yet.</p>}
          <AddItemForm areaId={view.area.id} areaTitle={view.area.title} />
        </div>
      )}
    </section>
  );
}
