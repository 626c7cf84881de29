import { minTestSetSize, type RiskTier } from '../model/enums';

export interface CatalogueArea {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

export interface CatalogueItem {
  /** Stable across app versions: plans keep it to recognise catalogue items. */
  readonly catalogueId: string;
  readonly areaId: string;
  readonly question: string;
  /** Why it matters and what evidence looks like. */
  readonly help: string;
  /** Required from this tier upwards; recommended below it. */
  readonly requiredFrom: RiskTier;
}

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

const testSetSizes = `low ${minTestSetSize.low}, medium ${minTestSetSize.medium}, high ${minTestSetSize.high}`;

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
  // Ownership and governance
  {
    catalogueId: 'governance.owner',
    areaId: 'governance',
    question: 'Is one accountable owner named for the system?',
    help: 'Someone must answer for what the system does, including its mistakes. Evidence: the owner’s name in the plan and their written acceptance of the role.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'governance.autonomous-decisions',
    areaId: 'governance',
    question: 'Have you listed the decisions the AI may take on its own, without a person checking?',
    help: 'An explicit list keeps the AI from quietly taking on more than was agreed. Evidence: the list in the plan’s system description, approved by the owner.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'governance.human-approval',
    areaId: 'governance',
    question: 'Have you listed the points where a person must approve before the AI’s output takes effect?',
    help: 'Approval points are where mistakes are caught before they reach anyone. Evidence: the list in the plan, and the screen or workflow step where each approval happens.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'governance.escalation',
    areaId: 'governance',
    question: 'Is there an escalation path for when confidence or quality drops below the agreed thresholds?',
    help: 'Without one, low-confidence answers and falling quality go unnoticed or unowned. Evidence: a written path naming who is told, within what time, and who decides what happens next.',
    requiredFrom: 'medium',
  },
  {
    catalogueId: 'governance.auditability',
    areaId: 'governance',
    question: 'Can every output and action of the AI be traced afterwards (what was asked, what it answered, what was done)?',
    help: 'When a customer, auditor or regulator asks “why did this happen?”, you need the record. Evidence: a sample audit trail for one real case, and how long records are kept.',
    requiredFrom: 'medium',
  },

  // Testing
  {
    catalogueId: 'testing.test-set',
    areaId: 'testing',
    question: 'Have you built a labelled test set from real expected inputs, at least as large as the risk tier requires?',
    help: `The tier sets the minimum number of labelled cases (${testSetSizes}); fewer cases cannot show the quality with confidence. Evidence: the test set file, its size, where the inputs came from and who labelled them.`,
    requiredFrom: 'low',
  },
  {
    catalogueId: 'testing.test-set-balance',
    areaId: 'testing',
    question: 'Is the test set balanced across the types of users and requests the system will meet?',
    help: 'A test set drawn from one team or one kind of request hides failures for everyone else. Evidence: a breakdown of the test cases by user type, role, region or request type, compared with expected real use.',
    requiredFrom: 'medium',
  },
  {
    catalogueId: 'testing.accuracy-thresholds',
    areaId: 'testing',
    question: 'Are accuracy thresholds defined, and does the system meet them on the test set?',
    help: 'A threshold agreed before testing turns “it looks good” into a pass or fail. Evidence: the thresholds with their reasons in this plan and a test report showing the measured values.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'testing.edge-cases',
    areaId: 'testing',
    question: 'Have you tested edge cases and incomplete inputs (missing fields, unusual but valid requests)?',
    help: 'Real inputs are messier than demo inputs, and failures cluster at the edges. Evidence: a list of edge cases tried and a test report with the results.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'testing.robustness',
    areaId: 'testing',
    question: 'Does the system cope with typos, odd formatting and empty input?',
    help: 'Users will paste, mistype and press enter on empty fields; the system should answer sensibly or decline, never crash or invent. Evidence: a robustness test report with examples of each kind of input.',
    requiredFrom: 'low',
  },
  {
    // Medium rather than high: a customer-facing system takes untrusted input, which is
    // exactly where prompt injection is attempted.
    catalogueId: 'testing.prompt-injection',
    areaId: 'testing',
    question: 'Have you tested whether users can make the system ignore its instructions (prompt injection)?',
    help: 'Anyone who can type into the system can try to make it leak data or act outside its role. Evidence: a test report of injection attempts (direct and hidden in documents) and how the system responded.',
    requiredFrom: 'medium',
  },
  {
    catalogueId: 'testing.bias',
    areaId: 'testing',
    question: 'Have you tested for bias across demographic groups, and is quality consistent for all user types?',
    help: 'A system that works well on average can still fail one group badly, which harms people and breaks equality law. Evidence: quality measured per group (age, gender, language, region…) with the gaps and how they were handled.',
    requiredFrom: 'high',
  },
  {
    catalogueId: 'testing.integration',
    areaId: 'testing',
    question: 'Has the whole flow been tested end to end: data arrives, outputs land in the right place, and errors are handled?',
    help: 'Most production failures happen between systems, not inside the model. Evidence: an end-to-end test report covering the happy path, a failing upstream system and a failing AI call.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'testing.user-acceptance',
    areaId: 'testing',
    question: 'Have 3–5 target users tried the system on their real work and accepted it?',
    help: 'Only the people who will use it can say whether it actually helps. Evidence: the testers’ names, the tasks they did, and their written feedback and sign-off.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'testing.security-review',
    areaId: 'testing',
    question: 'Has the system passed a security review?',
    help: 'AI systems add new ways in: data sent to models, keys, plug-ins and generated actions. Evidence: the security review report with its date, reviewer and any findings closed.',
    requiredFrom: 'low',
  },

  // Safeguards
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

  // Infrastructure
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

  // Process
  {
    catalogueId: 'process.incident-plan',
    areaId: 'process',
    question: 'Is there an incident response plan with severity levels and response times (critical under 15 minutes, high under 1 hour, medium under 4 hours, low under 24 hours)?',
    help: 'Agreed severities and response times stop arguments during an incident. Evidence: the incident plan with its severity definitions and target response times.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'process.on-call',
    areaId: 'process',
    question: 'Are on-call responsibilities assigned for the whole rollout period?',
    help: 'Someone must be reachable when an alert fires. Evidence: the on-call rota with names and contact details.',
    requiredFrom: 'medium',
  },
  {
    catalogueId: 'process.escalation-paths',
    areaId: 'process',
    question: 'Are escalation paths written down for incidents (who is called next, and when)?',
    help: 'Serious incidents need decisions beyond the on-call person, fast. Evidence: the escalation chain with names, roles and the time after which each step is taken.',
    requiredFrom: 'medium',
  },
  {
    catalogueId: 'process.communication-templates',
    areaId: 'process',
    question: 'Are communication templates ready for incidents (users, customers, management)?',
    help: 'Prepared messages are faster and more accurate than ones written under pressure. Evidence: the templates, reviewed by communications or legal where needed.',
    requiredFrom: 'medium',
  },
  {
    catalogueId: 'process.feedback-mechanism',
    areaId: 'process',
    question: 'Can users give feedback on each output (for example thumbs up or down) and does it reach the team?',
    help: 'User feedback is the earliest signal that quality is slipping. Evidence: the feedback control in the product and the report or dashboard where the team reads it.',
    requiredFrom: 'low',
  },

  // Documentation
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

  // Transparency and compliance
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

  // Adoption support
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
