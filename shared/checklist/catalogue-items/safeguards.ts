import type { CatalogueItem } from '../catalogue-types';

/** The “Safeguards” area's items (catalogue.ts says how `requiredFrom` is chosen). */
export const safeguardsItems: readonly CatalogueItem[] = [
  {
    catalogueId: 'safeguards.rate-limiting',
    areaId: 'safeguards',
    question: 'Is usage rate-limited per user and overall?',
    help: 'Limits stop runaway costs, scraping and automated abuse. Evidence: the configured limits and a test showing what a user sees when they hit one.',
    requiredFrom: 'medium',
  },
  {
    catalogueId: 'safeguards.content-filters',
    areaId: 'safeguards',
    question: 'Are content filters in place for harmful, offensive or confidential material, in both inputs and outputs?',
    help: 'Filters catch what the model should never say or receive, whatever the prompt. Evidence: the filter configuration and a test report of blocked and allowed examples.',
    requiredFrom: 'medium',
  },
  {
    catalogueId: 'safeguards.human-in-the-loop',
    areaId: 'safeguards',
    question: 'Does a person review the AI’s output before any high-stakes decision takes effect?',
    help: 'Where an error costs someone money, health, a job or a right, a person must be able to stop it. Evidence: the workflow step where the reviewer approves or rejects, and the reviewers’ names or roles.',
    requiredFrom: 'high',
  },
  {
    catalogueId: 'safeguards.fallback',
    areaId: 'safeguards',
    question: 'Is there a fallback (a simpler system or the manual process) for when the AI fails or is switched off?',
    help: 'The work must go on when the AI is down or wrong. Evidence: the written fallback procedure and the date it was last tried.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'safeguards.uncertainty',
    areaId: 'safeguards',
    question: 'Does the system say “I’m not sure” (or hand over to a person) rather than guess?',
    help: 'A confident wrong answer does more harm than an honest “not sure”. Evidence: test cases where the system declined or escalated, and the confidence rule it uses.',
    requiredFrom: 'medium',
  },
];
