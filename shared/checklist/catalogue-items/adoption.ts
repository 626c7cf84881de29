import type { CatalogueItem } from '../catalogue-types';

/** The “Adoption support” area's items (catalogue.ts says how `requiredFrom` is chosen). */
export const adoptionItems: readonly CatalogueItem[] = [
  {
    catalogueId: 'adoption.onboarding',
    areaId: 'adoption',
    question: 'Does every user in the stage get a one-to-one onboarding session?',
    help: 'A short personal session is what turns access into actual use, and surfaces doubts early. Evidence: the onboarding schedule with each user and the date held.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'adoption.manager-tracking',
    areaId: 'adoption',
    question: 'Do managers track adoption in their teams?',
    help: 'Managers notice and remove obstacles that no dashboard shows. Evidence: the adoption figures shared with managers and their follow-up actions.',
    requiredFrom: 'medium',
  },
  {
    catalogueId: 'adoption.champions',
    areaId: 'adoption',
    question: 'Are champions named in each team to help colleagues and pass on problems?',
    help: 'Colleagues ask colleagues first; a champion makes that help reliable. Evidence: the champions’ names per team.',
    requiredFrom: 'medium',
  },
  {
    catalogueId: 'adoption.quality-feedback',
    areaId: 'adoption',
    question: 'Can users report a poor-quality output in a few seconds, and do they hear what happened with it?',
    help: 'If reporting is slow or goes nowhere, people stop reporting and quietly stop using the system. Evidence: the reporting channel, the number of reports received and examples of replies or fixes.',
    requiredFrom: 'low',
  },
];
