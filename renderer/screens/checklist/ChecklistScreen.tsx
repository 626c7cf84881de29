import { riskTierLabels } from '../../../shared/model/enums';
import { readinessWeights } from '../../../shared/readiness/weights';
import { selectChecklistView } from '../../store/checklist-selectors';
import { selectReadiness } from '../../store/plan-edit-selectors';
import { useAppStore } from '../../store/useAppStore';
import { AddAreaForm } from './AddAreaForm';
import { AreaSection } from './AreaSection';
import { ChecklistFilterBar } from './ChecklistFilterBar';
import { ChecklistTable } from './ChecklistTable';

/**
 * The readiness questionnaire: a compact table (filters, jump links, items opened in place) by
 * default, or areas as collapsible sections of item cards to work through one by one.
 */
export function ChecklistScreen() {
  const view = useAppStore(selectChecklistView);
  const summary = useAppStore(selectReadiness);
  const filter = useAppStore((s) => s.checklistFilter);
  const layout = useAppStore((s) => s.checklistLayout);
  const setLayout = useAppStore((s) => s.setChecklistLayout);
  if (!summary) return null;
  const shown = view.reduce((count, area) => count + area.items.length, 0);

  return (
    <div className="page">
      <div className="toolbar">
        <ChecklistFilterBar />
        <fieldset className="segmented">
          <legend className="sr-only">Layout</legend>
          {(['table', 'cards'] as const).map((l) => (
            <label key={l} className={`segment${layout === l ? ' is-selected' : ''}`}>
              <input type="radio" name="checklist-layout" value={l} checked={layout === l} onChange={() => setLayout(l)} />
              {l === 'table' ? 'Table' : 'Cards'}
            </label>
          ))}
        </fieldset>
        <p className="toolbar-note">
          Required for the <strong>{riskTierLabels[summary.tier].split(' — ')[0]}</strong> tier
          {summary.tierAssumed ? ' (assumed: no tier chosen yet)' : ''}. Required items weigh {readinessWeights.required}×,
          recommended {readinessWeights.recommended}×.
        </p>
      </div>
      {filter !== 'all' && shown === 0 && (
        <p className="callout">Nothing to show with this filter{filter === 'blockers' ? ': there are no blockers' : ''}.</p>
      )}
      {layout === 'table' ? (
        <ChecklistTable view={view} tier={summary.tier} />
      ) : (
        view.map((areaView) => {
          const score = summary.areas.find((a) => a.areaId === areaView.area.id);
          if (!score || (filter !== 'all' && areaView.items.length === 0)) return null;
          return <AreaSection key={areaView.area.id} view={areaView} score={score} tier={summary.tier} />;
        })
      )}
      <AddAreaForm />
    </div>
  );
}
