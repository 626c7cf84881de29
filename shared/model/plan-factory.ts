import { buildDefaultChecklist } from '../checklist/build-checklist';
import { defaultCommunicationPlan } from './default-communication';
import { defaultThresholds } from '../thresholds/default-thresholds';
import { newId } from './ids';
import { PLAN_SCHEMA_VERSION, type Plan } from './schema';
import { findTemplate, type TemplateId } from './templates';

export interface NewPlanInput {
  readonly name: string;
  readonly templateId: TemplateId | null;
  readonly now: Date;
}

/** A new plan with the default checklist and thresholds, and the template's stages if one is chosen. */
export function createPlan({ name, templateId, now }: NewPlanInput): Plan {
  const stamp = now.toISOString();
  const template = templateId ? findTemplate(templateId) : undefined;
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: newId(),
    name: name.trim() || template?.name || 'Untitled plan',
    createdAt: stamp,
    updatedAt: stamp,
    revision: 1,
    archived: false,
    templateId: template?.id ?? null,
    system: { name: '', purpose: '', forbiddenUses: '', owner: '', autonomousDecisions: '', humanApprovalPoints: '' },
    riskTier: null,
    tierAnswers: {
      affectsCustomers: null,
      decisionsAboutPeople: null,
      safetyOrMoney: null,
      regulatedSector: null,
      euUsers: null,
    },
    checklist: buildDefaultChecklist(),
    thresholds: defaultThresholds(),
    stages: template ? template.buildStages() : [],
    statisticalConfidence: false,
    editingShareLimit: 15,
    manualMinutesPerTask: null,
    scoreHistory: [],
    imports: [],
    columnMappings: {},
    communicationPlan: defaultCommunicationPlan(),
    handValues: [],
    incidentsKeptSince: null,
    incidents: [],
  };
}

/** A full copy under a new id, unarchived, with its own history starting now. */
export function duplicatePlan(plan: Plan, now: Date): Plan {
  const stamp = now.toISOString();
  return {
    ...structuredClone(plan),
    id: newId(),
    name: `${plan.name} (copy)`,
    createdAt: stamp,
    updatedAt: stamp,
    revision: 1,
    archived: false,
  };
}
