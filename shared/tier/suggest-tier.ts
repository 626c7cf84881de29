import { minTestSetSize, type RiskTier } from '../model/enums';
import type { TierAnswers } from '../model/schema';

export interface TierQuestion {
  readonly id: keyof TierAnswers;
  readonly question: string;
  readonly help: string;
}

export interface TierSuggestion {
  /** Null while unanswered questions could still change the tier. */
  readonly tier: RiskTier | null;
  /** Plain-language sentences: why this tier, and what follows from the answers. */
  readonly reasons: string[];
  /** Every question answered. */
  readonly complete: boolean;
}

/** The guided questionnaire of SPEC §1, in the order it is asked. */
export const tierQuestions: readonly TierQuestion[] = [
  {
    id: 'affectsCustomers',
    question: 'Will customers or the public see its outputs or be affected by them?',
    help: 'Answer yes if anyone outside your organisation reads what the AI produces or feels its effects, even through a colleague who passes it on.',
  },
  {
    id: 'decisionsAboutPeople',
    question: 'Does it make or shape decisions about individual people?',
    help: 'For example who is hired or promoted, who gets a loan, a place, a benefit or a service, or whose case is looked at first.',
  },
  {
    id: 'safetyOrMoney',
    question: 'Could a mistake affect someone’s safety, money, employment, health or legal rights?',
    help: 'Think of the worst realistic error that slips through, not the average case: a wrong dosage, a wrong payment, a wrongful rejection.',
  },
  {
    id: 'regulatedSector',
    question: 'Is it used in a regulated sector (for example finance, insurance, health care, energy or the public sector)?',
    help: 'Regulated sectors add rules on top of general law, often about explanations, record keeping and approval of models.',
  },
  {
    id: 'euUsers',
    question: 'Will people in the European Union use it or be affected by it?',
    help: 'If so, the EU AI Act applies, and its risk class decides your legal duties, whatever tier you choose here.',
  },
];

/** Answers for a plan nobody has filled in yet. */
export const emptyTierAnswers: TierAnswers = {
  affectsCustomers: null,
  decisionsAboutPeople: null,
  safetyOrMoney: null,
  regulatedSector: null,
  euUsers: null,
};

/**
 * Suggests a risk tier from the questionnaire. The user confirms it; this only proposes.
 *
 * Safety/money (or employment, health, legal effect) or decisions about people → high;
 * otherwise customers affected or a regulated sector → medium; otherwise low.
 * While questions are unanswered the tier is suggested only when the answers given already
 * settle it (a "yes" that forces high, or every tier-deciding question answered), never guessed.
 * EU users never change the tier; they add the duty to assess the EU AI Act risk class.
 */
export function suggestTier(answers: TierAnswers): TierSuggestion {
  const { affectsCustomers, decisionsAboutPeople, safetyOrMoney, regulatedSector, euUsers } = answers;
  const reasons: string[] = [];

  if (safetyOrMoney === true) {
    reasons.push(
      'A mistake could affect someone’s safety, money, employment, health or legal rights, so errors can do serious harm: that calls for the high tier.',
    );
  }
  if (decisionsAboutPeople === true) {
    reasons.push(
      'It makes or shapes decisions about individual people, who must be treated fairly and able to contest the outcome: that calls for the high tier.',
    );
  }
  if (affectsCustomers === true) {
    reasons.push('Customers or the public see or feel its outputs, so mistakes reach people outside the team: at least the medium tier.');
  }
  if (regulatedSector === true) {
    reasons.push('It is used in a regulated sector, whose rules add obligations: at least the medium tier.');
  }

  const tier = settledTier(answers);
  if (tier === 'low') {
    reasons.push(
      'It stays inside the organisation, takes no decisions about people, cannot harm safety, money, employment, health or legal rights, and is not in a regulated sector: the low tier fits.',
    );
  }

  if (euUsers === true) {
    reasons.push('People in the EU will use it or be affected by it: assess its risk class under the EU AI Act before rollout.');
    if (decisionsAboutPeople === true) {
      reasons.push(
        'Systems that decide about people (in hiring, credit, education or access to essential services, for example) are likely high-risk under the EU AI Act, which requires risk management, data governance, logging and human oversight.',
      );
    }
  }

  const unanswered = tierQuestions.filter((question) => answers[question.id] === null).length;
  const complete = unanswered === 0;
  if (!complete) {
    const [count, them] = unanswered === 1 ? ['One question is', 'it'] : [`${unanswered} questions are`, 'them'];
    reasons.push(
      tier === null
        ? `${count} still unanswered and could change the tier: answer ${them} to get a suggestion.`
        : `${count} still unanswered and cannot change this suggestion; answer ${them} so the record is complete.`,
    );
  }

  if (tier !== null) {
    reasons.push(`The ${tier} tier requires a labelled test set of at least ${minTestSetSize[tier]} cases.`);
  }

  return { tier, reasons, complete };
}

/** The tier the answers already decide, or null when an unanswered question could still change it. */
function settledTier({ affectsCustomers, decisionsAboutPeople, safetyOrMoney, regulatedSector }: TierAnswers): RiskTier | null {
  if (safetyOrMoney === true || decisionsAboutPeople === true) return 'high';
  if (safetyOrMoney === null || decisionsAboutPeople === null) return null;
  if (affectsCustomers === true || regulatedSector === true) return 'medium';
  if (affectsCustomers === null || regulatedSector === null) return null;
  return 'low';
}
