import { minTestSetSize } from '../../model/enums';
import type { CatalogueItem } from '../catalogue-types';

const testSetSizes = `low ${minTestSetSize.low}, medium ${minTestSetSize.medium}, high ${minTestSetSize.high}`;

/** The “Testing” area's items (catalogue.ts says how `requiredFrom` is chosen). */
export const testingItems: readonly CatalogueItem[] = [
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
];
