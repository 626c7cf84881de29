import type { CatalogueItem } from '../catalogue-types';

/** The “Infrastructure” area's items (catalogue.ts says how `requiredFrom` is chosen). */
export const infrastructureItems: readonly CatalogueItem[] = [
  {
    catalogueId: 'infrastructure.monitoring',
    areaId: 'infrastructure',
    question: 'Is monitoring set up for quality, latency, errors, usage and cost?',
    help: 'You cannot defend a rollout you cannot see. Evidence: a link to or screenshot of the dashboard showing all five.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'infrastructure.alerts',
    areaId: 'infrastructure',
    question: 'Do alerts fire when a monitored value crosses its threshold, and do they reach a named person?',
    help: 'A dashboard nobody watches at 3 a.m. is not a safeguard. Evidence: the alert rules with their thresholds and recipients, and one test alert received.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'infrastructure.logging',
    areaId: 'infrastructure',
    question: 'Does every request log its timestamp, request id, anonymised user, model version, latency and errors?',
    help: 'These fields let you reconstruct any incident and tie it to the model version that caused it. Evidence: a sample log entry showing each field.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'infrastructure.log-privacy',
    areaId: 'infrastructure',
    question: 'Are credentials kept out of the logs, and personal data too unless the person consented?',
    help: 'Logs are copied and kept for long periods, so a leak there is hard to undo. Evidence: the logging policy and a check of real log samples.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'infrastructure.kill-switch',
    areaId: 'infrastructure',
    question: 'Can the AI be switched off instantly with a feature flag, without a new release?',
    help: 'When something goes wrong you need minutes, not a deployment cycle. Evidence: the flag’s name, who may use it, and the date it was last tested.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'infrastructure.rollback',
    areaId: 'infrastructure',
    question: 'Is there a rollback procedure, and has it been tested?',
    help: 'An untested rollback tends to fail when it is needed most. Evidence: the written procedure and the record of a test run with its date and duration.',
    requiredFrom: 'low',
  },
];
