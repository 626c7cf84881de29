import type { CatalogueArea, CatalogueItem } from './catalogue-types';
import { governanceItems } from './catalogue-items/governance';
import { testingItems } from './catalogue-items/testing';
import { safeguardsItems } from './catalogue-items/safeguards';
import { infrastructureItems } from './catalogue-items/infrastructure';
import { processItems } from './catalogue-items/process';
import { documentationItems } from './catalogue-items/documentation';
import { transparencyItems } from './catalogue-items/transparency';
import { adoptionItems } from './catalogue-items/adoption';

export type { CatalogueArea, CatalogueItem } from './catalogue-types';

/**
 * The default readiness areas of SPEC §2, in the order a project lead works through them.
 * Ids are persisted in plans: never rename one, add a new one instead.
 */
export const catalogueAreas: readonly CatalogueArea[] = [
  {
    id: 'governance',
    title: 'Ownership and governance',
    description: 'Who is accountable, what the AI may decide alone, and where people must approve.',
  },
  {
    id: 'testing',
    title: 'Testing',
    description: 'Evidence that the system works on real inputs, for every kind of user, before anyone relies on it.',
  },
  {
    id: 'safeguards',
    title: 'Safeguards',
    description: 'What limits the damage when the AI is wrong, misused or unavailable.',
  },
  {
    id: 'infrastructure',
    title: 'Infrastructure',
    description: 'Monitoring, alerts, logs and the means to switch the AI off and roll back.',
  },
  {
    id: 'process',
    title: 'Process',
    description: 'How incidents are handled and how users’ feedback reaches the team.',
  },
  {
    id: 'documentation',
    title: 'Documentation',
    description: 'What the system is, where its data comes from, how to run it and why the thresholds are what they are.',
  },
  {
    id: 'transparency',
    title: 'Transparency and compliance',
    description: 'What users are told, their data rights, and the laws and rules that apply.',
  },
  {
    id: 'adoption',
    title: 'Adoption support',
    description: 'Helping people actually use the system well, and hearing when it lets them down.',
  },
];

/**
 * The default readiness checklist: every item SPEC §2 asks the catalogue to cover.
 *
 * `requiredFrom` follows a risk officer's reading: the basics every AI system needs before
 * real use (an owner, a test set, monitoring, a kill switch, a fallback, an incident plan,
 * telling users they deal with AI…) are required from `low`; what matters once customers are
 * exposed (untrusted input, rate limits, content filters, accessibility…) from `medium`; and
 * what protects people from consequential decisions (bias testing, human review) from `high`.
 * Below its tier an item is still shown, as recommended.
 *
 * catalogueIds are `area.slug` and persisted in plans: never change one.
 */
export const catalogueItems: readonly CatalogueItem[] = [
  ...governanceItems,
  ...testingItems,
  ...safeguardsItems,
  ...infrastructureItems,
  ...processItems,
  ...documentationItems,
  ...transparencyItems,
  ...adoptionItems,
];
