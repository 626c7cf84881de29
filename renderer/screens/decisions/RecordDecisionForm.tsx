import { useId, useRef, useState, type FormEvent } from 'react';
import { decisionFormErrors, firstInvalidField, type DecisionFormErrors } from '../../../shared/decisions/decision-form-check';
import { entryDateTime, isOverride } from '../../../shared/decisions/decision-log';
import type { DecisionInput } from '../../../shared/decisions/new-entry';
import type { DecisionEntry } from '../../../shared/decisions/schema';
import { lockedDecisionRefusal } from '../../../shared/decisions/stage-lock';
import { stageVerdictLabels } from '../../../shared/gates/stage-verdict';
import { Icon } from '../../components/Icon';
import type { Stage } from '../../../shared/model/schema';
import { OverrideConfirmDialog } from './OverrideConfirmDialog';
import { selectDecisionsLoaded, selectStageUnlocks } from '../../store/decisions-selectors';
import { selectStageEvaluations, selectStages } from '../../store/stages-selectors';
import { useAppStore } from '../../store/useAppStore';
import { DecisionKindChoice, type DecisionKind as Kind } from './DecisionKindChoice';
import { DecisionRecommendation } from './DecisionRecommendation';
import { useDecisionDraft } from './useDecisionDraft';

const WHOLE_PLAN = '';

export type RecordDecisionFormProps = {
  /** The entry being corrected; null to record a new decision. */
  readonly correcting: DecisionEntry | null;
  readonly onCancelCorrection: () => void;
  readonly onRecorded: (entry: DecisionEntry) => void;
};

function stageLabel(stages: readonly Stage[], stageId: string): string {
  const index = stages.findIndex((s) => s.id === stageId);
  return index < 0 ? 'the whole plan' : `stage ${index + 1} “${stages[index]?.name ?? ''}”`;
}

/** A visible "required" marker; the input's `required` attribute says it to screen readers. */
function RequiredMark() {
  return (
    <span className="required-mark" aria-hidden="true">
      {' '}
      (required)
    </span>
  );
}

/**
 * Records a decision on a stage beside the app's recommendation. A decision against it is an
 * override: the form says so before anything is saved, and the rationale must say why.
 */
export function RecordDecisionForm({ correcting, onCancelCorrection, onRecorded }: RecordDecisionFormProps) {
  const id = useId();
  const stages = useAppStore(selectStages);
  const evaluations = useAppStore(selectStageEvaluations);
  const unlocks = useAppStore(selectStageUnlocks);
  const decisionsLoaded = useAppStore(selectDecisionsLoaded);
  const savedAuthor = useAppStore((s) => s.settings.authorName);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const recordDecision = useAppStore((s) => s.recordDecision);

  // The stage under way: the last one allowed to start.
  const currentStage = [...unlocks].reverse().find((u) => u.mayStart)?.stageId ?? stages[0]?.id ?? WHOLE_PLAN;
  // Going against the recommendation takes an explicit choice (SPEC §7); what is typed outlives a visit to another tab.
  const draft = useDecisionDraft(correcting, currentStage);
  const { stageId, setStageId, chosen, setChosen, rationale, setRationale, approvedBy, setApprovedBy, author, setAuthor } = draft;
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<DecisionFormErrors>({});
  const [busy, setBusy] = useState(false);
  const lockRef = useRef<HTMLParagraphElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const stageExists = stages.some((s) => s.id === stageId);
  const chosenStage = stageExists ? stageId : WHOLE_PLAN;
  const evaluation = evaluations.find((e) => e.stageId === chosenStage) ?? null;
  const recommendation = evaluation?.verdict ?? null;
  // Outside a stage there is no verdict to answer: only a note fits.
  // A running last stage asks for no decision: the form starts on a note there.
  const recommended: Kind | null = recommendation === 'running' ? 'note' : recommendation;
  const kind: Kind = chosenStage === WHOLE_PLAN ? 'note' : (chosen ?? recommended ?? 'hold');
  // Until the log is read nobody knows whether the stage may start; the store checks again on recording.
  const refusal = decisionsLoaded ? lockedDecisionRefusal(kind, unlocks.find((u) => u.stageId === chosenStage)) : null;
  const override = refusal === null && isOverride(kind, recommendation);
  const needsApproval = kind !== 'note';
  const askAuthor = savedAuthor.trim() === '';

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (refusal !== null) {
      // The message is already on screen beside the choice: take the reader there.
      setErrors({});
      lockRef.current?.focus();
      return;
    }
    const found = decisionFormErrors({ askAuthor, author, rationale, approvedBy, override, needsApproval });
    setErrors(found);
    const firstInvalid = firstInvalidField(found);
    if (firstInvalid) {
      // The field says what is wrong (aria-invalid, aria-describedby): focus takes the reader to it.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[data-field="${firstInvalid}"]`)?.focus());
      return;
    }
    // An override is never one click: the second step states what is being overridden.
    if (override) setConfirming(true);
    else void record();
  };

  const record = async (): Promise<void> => {
    setConfirming(false);
    setBusy(true);
    if (askAuthor) await updateSettings({ authorName: author.trim() });
    const input: DecisionInput = {
      stageId: chosenStage === WHOLE_PLAN ? null : chosenStage,
      decision: kind,
      rationale,
      approvedBy,
      corrects: correcting?.id ?? null,
    };
    const result = await recordDecision(input, recommendation);
    setBusy(false);
    if (!result.ok) {
      setErrors({ form: [result.error.message, ...(result.error.details ?? [])].join(' ') });
      return;
    }
    setErrors({});
    // The next decision starts from the recommendation, so a stale override warning never lingers.
    draft.clear();
    onRecorded(result.value);
  };

  const title = correcting ? `Correct the entry of ${entryDateTime(correcting)}` : 'Record a decision';
  return (
    <section className="card decision-form" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} tabIndex={-1}>
        {title}
      </h2>
      {correcting && (
        <p className="hint">
          The entry stays in the log as it was; this correction is added beside it and refers to it.
        </p>
      )}
      <form ref={formRef} className="decision-form-grid" noValidate onSubmit={submit}>
        {askAuthor && (
          <div className="field narrow">
            <label htmlFor={`${id}-author`}>
              Your name
              <RequiredMark />
            </label>
            <input
              id={`${id}-author`}
              data-field="author"
              required
              value={author}
              maxLength={200}
              autoComplete="name"
              aria-invalid={errors.author !== undefined}
              aria-describedby={`${id}-author-hint${errors.author ? ` ${id}-author-err` : ''}`}
              onChange={(event) => setAuthor(event.target.value)}
            />
            <p id={`${id}-author-hint`} className="hint">
              Signs your decisions. Typed once on this computer; you can change it in Settings.
            </p>
            {errors.author && (
              <p id={`${id}-author-err`} className="field-error" aria-live="assertive">
                {errors.author}
              </p>
            )}
          </div>
        )}
        <div className="field narrow">
          <label htmlFor={`${id}-stage`}>Stage</label>
          <select
            id={`${id}-stage`}
            value={chosenStage}
            onChange={(event) => {
              setStageId(event.target.value);
              // Another stage has its own recommendation: start from it again.
              if (!correcting) setChosen(null);
            }}
          >
            {stages.map((stage, index) => (
              <option key={stage.id} value={stage.id}>
                Stage {index + 1}: {stage.name}
              </option>
            ))}
            <option value={WHOLE_PLAN}>Whole plan (note only)</option>
          </select>
        </div>
        {evaluation && <DecisionRecommendation evaluation={evaluation} />}
        <DecisionKindChoice
          name={`${id}-kind`}
          kind={kind}
          recommendation={recommendation}
          noteOnly={chosenStage === WHOLE_PLAN}
          onChoose={setChosen}
        />
        {refusal !== null && (
          <p ref={lockRef} tabIndex={-1} className="callout callout-warning stage-lock-refusal" role="alert">
            <Icon name="minus-circle" />
            <span>{refusal}</span>
          </p>
        )}
        {override && recommendation && (
          <p className="callout callout-warning override-warning" role="alert">
            <Icon name="alert" />
            <span>
              You are overriding the recommendation “{stageVerdictLabels[recommendation].toLowerCase()}”. The entry is marked as
              an override, and the rationale must say why.
            </span>
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-rationale`}>
            Rationale
            <RequiredMark />
          </label>
          <textarea
            id={`${id}-rationale`}
            data-field="rationale"
            rows={3}
            value={rationale}
            maxLength={20_000}
            required
            aria-invalid={errors.rationale !== undefined}
            aria-describedby={errors.rationale ? `${id}-rationale-err` : undefined}
            placeholder="Why this decision? What did you weigh?"
            onChange={(event) => setRationale(event.target.value)}
          />
          {errors.rationale && (
            <p id={`${id}-rationale-err`} className="field-error" aria-live="assertive">
              {errors.rationale}
            </p>
          )}
        </div>
        <div className="field narrow">
          <label htmlFor={`${id}-approved`}>
            Approved by
            {needsApproval ? <RequiredMark /> : ' (optional)'}
          </label>
          <input
            id={`${id}-approved`}
            data-field="approvedBy"
            required={needsApproval}
            value={approvedBy}
            maxLength={300}
            aria-invalid={errors.approvedBy !== undefined}
            aria-describedby={errors.approvedBy ? `${id}-approved-err` : undefined}
            placeholder="e.g. Steering committee, 2026-11-02"
            onChange={(event) => setApprovedBy(event.target.value)}
          />
          {errors.approvedBy && (
            <p id={`${id}-approved-err`} className="field-error" aria-live="assertive">
              {errors.approvedBy}
            </p>
          )}
        </div>
        {errors.form && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {correcting ? 'Record correction' : override ? 'Record override' : 'Record decision'}
          </button>
          {correcting && (
            <button
              type="button"
              className="button"
              onClick={() => {
                draft.forget();
                onCancelCorrection();
              }}
            >
              Cancel correction
            </button>
          )}
        </div>
      </form>
      {confirming && recommendation && (
        <OverrideConfirmDialog
          stageLabel={stageLabel(stages, chosenStage)}
          decision={kind}
          recommendation={recommendation}
          reasons={evaluation?.reasons.slice(0, 3) ?? []}
          onConfirm={() => void record()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
