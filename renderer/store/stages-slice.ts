import { newCriterion, newStage } from '../../shared/model/stage-factory';
import { stageSchema, type Criterion, type Stage } from '../../shared/model/schema';
import { findTemplate, type TemplateId } from '../../shared/model/templates';
import { metricInfo } from '../../shared/model/metrics';
import type { SliceCreator } from './types';

/** Gate criteria decide whether a stage may proceed; rollback triggers whether it must be undone. */
export type RuleList = 'criteria' | 'triggers';
export type StageView = 'results' | 'edit';

export type StagePatch = Partial<Omit<Stage, 'id' | 'criteria' | 'triggers'>>;
export type CriterionPatch = Partial<Omit<Criterion, 'id'>>;

export interface StagesSlice {
  /** The stage shown on the Stages tab; null (or an id the plan lacks) means the first stage. */
  selectedStageId: string | null;
  stageView: StageView;
  selectStage(id: string): void;
  setStageView(view: StageView): void;
  /** Opens the Stages tab on one stage (the dashboard's "needs attention" links). */
  focusStage(id: string, view?: StageView): void;
  /** Appends a blank stage, selects it for editing; returns its id. */
  addStage(): string | null;
  /** Appends the stages of a plan template (the empty-plan path to a sensible start). */
  addTemplateStages(templateId: TemplateId): void;
  updateStage(id: string, patch: StagePatch): void;
  moveStage(id: string, by: -1 | 1): void;
  /** Removes a stage; a toast offers Undo. */
  removeStage(id: string): void;
  addCriterion(stageId: string, list: RuleList): string | null;
  updateCriterion(stageId: string, list: RuleList, criterionId: string, patch: CriterionPatch): void;
  /** Removes a criterion or trigger; a toast offers Undo. */
  removeCriterion(stageId: string, list: RuleList, criterionId: string): void;
  setStatisticalConfidence(on: boolean): void;
}

export const NEW_STAGE_NAME = 'New stage';

/** Starting points a user overwrites: a gate that asks for something, a trigger that watches for a drop. */
function blankRule(list: RuleList): Criterion {
  return list === 'criteria'
    ? newCriterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50 })
    : newCriterion({ metric: 'adoption_rate', comparator: '<', threshold: 30, judgedAt: { kind: 'continuous' } });
}

function ruleName(list: RuleList, rule: Criterion): string {
  return `${list === 'criteria' ? 'gate criterion' : 'rollback trigger'} “${metricInfo[rule.metric].label}”`;
}

export const createStagesSlice: SliceCreator<StagesSlice> = (set, get) => {
  /**
   * Every stage edit passes here. An edit that would make the stage invalid is dropped: the
   * fields keep invalid text as a local draft, so the stored plan always passes its schema.
   */
  const editStages = (change: (stages: Stage[]) => Stage[]): void => {
    get().editPlan((plan) => {
      const stages = change(plan.stages);
      if (stages === plan.stages) return plan;
      const changed = stages.filter((s) => !plan.stages.includes(s));
      if (changed.some((s) => !stageSchema.safeParse(s).success)) return plan;
      return { ...plan, stages };
    });
  };

  const editStage = (id: string, change: (stage: Stage) => Stage): void =>
    editStages((stages) => {
      const index = stages.findIndex((s) => s.id === id);
      const stage = stages[index];
      if (!stage) return stages;
      const next = change(stage);
      return next === stage ? stages : stages.with(index, next);
    });

  const stageName = (id: string): string => get().plan?.stages.find((s) => s.id === id)?.name ?? 'the stage';

  return {
    selectedStageId: null,
    stageView: 'results',

    selectStage: (id) => set({ selectedStageId: id }),
    setStageView: (stageView) => set({ stageView }),
    focusStage: (id, view) => {
      set({ selectedStageId: id, ...(view ? { stageView: view } : {}) });
      get().showTab('stages');
    },

    addStage: () => {
      if (!get().plan) return null;
      const stage = newStage({ name: NEW_STAGE_NAME });
      editStages((stages) => [...stages, stage]);
      set({ selectedStageId: stage.id, stageView: 'edit' });
      return stage.id;
    },

    addTemplateStages: (templateId) => {
      const template = findTemplate(templateId);
      if (!template || !get().plan) return;
      const added = template.buildStages();
      editStages((stages) => [...stages, ...added]);
      const first = added[0];
      if (first) set({ selectedStageId: first.id, stageView: 'results' });
    },

    updateStage: (id, patch) => editStage(id, (stage) => ({ ...stage, ...patch })),

    moveStage: (id, by) =>
      editStages((stages) => {
        const from = stages.findIndex((s) => s.id === id);
        const to = from + by;
        const moving = stages[from];
        const other = stages[to];
        if (!moving || !other) return stages;
        return stages.with(from, other).with(to, moving);
      }),

    removeStage: (id) => {
      const plan = get().plan;
      const index = plan?.stages.findIndex((s) => s.id === id) ?? -1;
      const removed = plan?.stages[index];
      if (!plan || !removed) return;
      editStages((stages) => stages.filter((s) => s.id !== id));
      if (get().selectedStageId === id) {
        const neighbour = plan.stages[index + 1] ?? plan.stages[index - 1];
        set({ selectedStageId: neighbour?.id ?? null });
      }
      get().showToast({
        message: `Removed the stage “${removed.name}”`,
        planId: plan.id,
        undo: () => {
          editStages((stages) =>
            stages.some((s) => s.id === id) ? stages : [...stages.slice(0, index), removed, ...stages.slice(index)],
          );
          set({ selectedStageId: id });
        },
      });
    },

    addCriterion: (stageId, list) => {
      if (!get().plan?.stages.some((s) => s.id === stageId)) return null;
      const rule = blankRule(list);
      editStage(stageId, (stage) => ({ ...stage, [list]: [...stage[list], rule] }));
      return rule.id;
    },

    updateCriterion: (stageId, list, criterionId, patch) =>
      editStage(stageId, (stage) => ({
        ...stage,
        [list]: stage[list].map((c) => (c.id === criterionId ? { ...c, ...patch } : c)),
      })),

    removeCriterion: (stageId, list, criterionId) => {
      const plan = get().plan;
      const stage = plan?.stages.find((s) => s.id === stageId);
      const index = stage?.[list].findIndex((c) => c.id === criterionId) ?? -1;
      const removed = stage?.[list][index];
      if (!plan || !stage || !removed) return;
      editStage(stageId, (s) => ({ ...s, [list]: s[list].filter((c) => c.id !== criterionId) }));
      get().showToast({
        message: `Removed the ${ruleName(list, removed)} from “${stageName(stageId)}”`,
        planId: plan.id,
        undo: () =>
          editStage(stageId, (s) =>
            s[list].some((c) => c.id === criterionId) ? s : { ...s, [list]: [...s[list].slice(0, index), removed, ...s[list].slice(index)] },
          ),
      });
    },

    setStatisticalConfidence: (on) =>
      get().editPlan((plan) => (plan.statisticalConfidence === on ? plan : { ...plan, statisticalConfidence: on })),
  };
};
