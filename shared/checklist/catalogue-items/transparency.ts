import type { CatalogueItem } from '../catalogue-types';

/** The “Transparency and compliance” area's items (catalogue.ts says how `requiredFrom` is chosen). */
export const transparencyItems: readonly CatalogueItem[] = [
  {
    catalogueId: 'transparency.ai-disclosure',
    areaId: 'transparency',
    question: 'Are users told clearly when they are dealing with AI or AI-generated content?',
    help: 'People have a right to know, and it sets the right level of trust. Evidence: screenshots of the notice or label where users meet the AI.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'transparency.data-rights',
    areaId: 'transparency',
    question: 'Are consent and data rights handled as GDPR, CCPA or your local law requires?',
    help: 'Personal data in prompts, logs and outputs is covered by data protection law, internal tools included. Evidence: the data protection impact assessment or privacy review, and the consent text if consent is the basis.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'transparency.sector-rules',
    areaId: 'transparency',
    question: 'Have you checked the rules of your sector (for example finance, health, insurance, public sector) and do you comply?',
    help: 'Regulated sectors add obligations on top of general law, often about explanations and record keeping. Evidence: a compliance review naming the rules checked and the reviewer.',
    requiredFrom: 'medium',
  },
  {
    catalogueId: 'transparency.accessibility',
    areaId: 'transparency',
    question: 'Is the system accessible to people with disabilities (screen readers, keyboard use, plain language)?',
    help: 'An inaccessible system excludes people and can break accessibility law. Evidence: an accessibility test report against WCAG 2.1 AA or your organisation’s standard.',
    requiredFrom: 'medium',
  },
  {
    catalogueId: 'transparency.human-review',
    areaId: 'transparency',
    question: 'Can people affected by a high-stakes decision ask for a human to review it?',
    help: 'People have a right to contest decisions with significant effects on them (for example under GDPR Art. 22). Evidence: the documented way to request review, who handles it, and the response time.',
    requiredFrom: 'high',
  },
  {
    // Medium rather than high: customer-facing systems such as chatbots already carry
    // transparency duties under the Act, and only the assessment tells whether more apply.
    catalogueId: 'transparency.eu-ai-act',
    areaId: 'transparency',
    question: 'Have you assessed the system’s risk class under the EU AI Act?',
    help: 'The class (prohibited, high-risk, limited or minimal risk) decides the legal duties when the system serves people in the EU. Evidence: the written assessment with its reasoning, reviewed by legal or compliance.',
    requiredFrom: 'medium',
  },
];
