import type { CatalogueItem } from '../catalogue-types';

/** The “Documentation” area's items (catalogue.ts says how `requiredFrom` is chosen). */
export const documentationItems: readonly CatalogueItem[] = [
  {
    catalogueId: 'documentation.model-card',
    areaId: 'documentation',
    question: 'Is it written down what the system can and cannot do, and its intended and forbidden uses (a model card)?',
    help: 'Clear limits keep the system from being used where it was never tested. Evidence: the model card or system description, shared with users.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'documentation.failure-modes',
    areaId: 'documentation',
    question: 'Are the known failure modes documented, with how to recognise them?',
    help: 'Users and support staff catch mistakes faster when they know what mistakes look like. Evidence: a list of failure modes with examples, from testing and the pilot.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'documentation.data-provenance',
    areaId: 'documentation',
    question: 'Is the provenance of the data documented (where training, tuning and reference data came from, and the right to use it)?',
    help: 'Data of unknown origin can carry bias, errors or licence and privacy problems. Evidence: a data sheet listing each source, its owner, date and the legal basis for its use.',
    requiredFrom: 'medium',
  },
  {
    catalogueId: 'documentation.architecture',
    areaId: 'documentation',
    question: 'Is the architecture documented (components, data flows, model and vendor)?',
    help: 'Reviews, incidents and handovers all start from knowing what talks to what. Evidence: an architecture diagram with data flows, kept up to date.',
    requiredFrom: 'medium',
  },
  {
    catalogueId: 'documentation.runbooks',
    areaId: 'documentation',
    question: 'Are there runbooks for operating the system and handling common problems?',
    help: 'Runbooks let whoever is on call act without the original builders. Evidence: the runbooks, including switching the AI off and rolling back.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'documentation.training-material',
    areaId: 'documentation',
    question: 'Is training material ready for the people who will use the system?',
    help: 'Users who understand the system’s limits use it better and trust it appropriately. Evidence: the guide, video or course, and who has completed it.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'documentation.threshold-reasons',
    areaId: 'documentation',
    question: 'Are the quality thresholds and the reasons for choosing them recorded?',
    help: 'A threshold nobody can justify will not convince a steering committee or a regulator. Evidence: each threshold in this plan with its written reason.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'documentation.decision-log',
    areaId: 'documentation',
    question: 'Is a decision log kept for the rollout (what was decided, by whom, on what evidence)?',
    help: 'The log shows later why each stage went ahead, was held or was rolled back. Evidence: the decision log in this plan, with a rationale for every entry.',
    requiredFrom: 'low',
  },
];
