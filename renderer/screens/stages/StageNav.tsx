import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { StageEvaluation } from '../../../shared/gates';
import type { Stage } from '../../../shared/model/schema';
import { Icon } from '../../components/Icon';
import { stageDates } from '../../format/gate-words';
import { evaluationFor, selectSelectedStage, selectStageDates, selectStageEvaluations, selectStages } from '../../store/stages-selectors';
import { useAppStore } from '../../store/useAppStore';
import { StageVerdictPair } from './StageVerdictPair';
import { selectDecisionsLoaded, selectStageDecisionsTaken } from '../../store/decisions-selectors';

type FocusTarget = { readonly stageId: string; readonly control: 'select' | 'up' | 'down' };

/**
 * The ordered stages with their verdicts: choose one to see or edit it, move it up or down
 * (buttons, or Alt+↑/↓ on the stage), remove it (Undo in the toast).
 */
export function StageNav() {
  const stages = useAppStore(selectStages);
  const dates = useAppStore(selectStageDates);
  const evaluations = useAppStore(selectStageEvaluations);
  const selected = useAppStore(selectSelectedStage);
  const selectStage = useAppStore((s) => s.selectStage);
  const decisionsLoaded = useAppStore(selectDecisionsLoaded);
  const taken = useAppStore(selectStageDecisionsTaken);
  const moveStage = useAppStore((s) => s.moveStage);
  const removeStage = useAppStore((s) => s.removeStage);
  const listRef = useRef<HTMLOListElement>(null);
  const pendingFocus = useRef<FocusTarget | null>(null);

  // Moving a stage re-orders the DOM, which drops focus: put it back on the control the user
  // pressed, or on the stage itself when that control is now disabled (moved to an end).
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-stage-id="${target.stageId}"]`);
    const control = item?.querySelector<HTMLButtonElement>(`[data-control="${target.control}"]`);
    (control && !control.disabled ? control : item?.querySelector<HTMLElement>('[data-control="select"]'))?.focus();
  }, [stages]);

  const move = (stage: Stage, by: -1 | 1, control: FocusTarget['control']): void => {
    pendingFocus.current = { stageId: stage.id, control };
    moveStage(stage.id, by);
  };

  const onKeyDown = (event: KeyboardEvent, stage: Stage): void => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(stage, event.key === 'ArrowUp' ? -1 : 1, 'select');
  };

  return (
    <nav className="stage-nav" aria-label="Stages">
      <ol ref={listRef}>
        {stages.map((stage, index) => {
          const evaluation: StageEvaluation | null = evaluationFor(evaluations, stage.id);
          const current = selected?.id === stage.id;
          return (
            <li key={stage.id} data-stage-id={stage.id} className={current ? 'is-current' : undefined}>
              <button
                type="button"
                className="stage-nav-item"
                data-control="select"
                aria-current={current ? 'true' : undefined}
                aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                onClick={() => selectStage(stage.id)}
                onKeyDown={(event) => onKeyDown(event, stage)}
              >
                <span className="stage-number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="stage-nav-text">
                  <span className="stage-nav-name">
                    <span className="sr-only">Stage {index + 1}: </span>
                    {stage.name}
                  </span>{' '}
                  <span className="stage-nav-dates">{stageDates(stage, dates[index]?.to ?? null)}</span>{' '}
                  <StageVerdictPair
                    recommendation={evaluation?.verdict ?? null}
                    decision={decisionsLoaded ? (taken.get(stage.id) ?? null) : undefined}
                  />
                </span>
              </button>
              <span className="stage-nav-actions">
                <button
                  type="button"
                  className="icon-button small"
                  data-control="up"
                  aria-label={`Move “${stage.name}” up`}
                  disabled={index === 0}
                  onClick={() => move(stage, -1, 'up')}
                >
                  <Icon name="chevron-down" className="flip" />
                </button>
                <button
                  type="button"
                  className="icon-button small"
                  data-control="down"
                  aria-label={`Move “${stage.name}” down`}
                  disabled={index === stages.length - 1}
                  onClick={() => move(stage, 1, 'down')}
                >
                  <Icon name="chevron-down" />
                </button>
                <button type="button" className="icon-button small" aria-label={`Remove stage “${stage.name}”`} onClick={() => removeStage(stage.id)}>
                  <Icon name="trash" />
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
