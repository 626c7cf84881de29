import { describe, expect, it } from 'vitest';
import { minTestSetSize, type RiskTier } from '../../../shared/model/enums';
import { tierAnswersSchema, type TierAnswers } from '../../../shared/model/schema';
import { emptyTierAnswers, suggestTier, tierQuestions } from '../../../shared/tier/suggest-tier';

const no: TierAnswers = {
  affectsCustomers: false,
  decisionsAboutPeople: false,
  safetyOrMoney: false,
  regulatedSector: false,
  euUsers: false,
};
const answers = (overrides: Partial<TierAnswers>): TierAnswers => ({ ...no, ...overrides });

describe('tierQuestions', () => {
  it('asks exactly one question per answer the plan stores', () => {
    expect(tierQuestions.map((question) => question.id).sort()).toEqual(Object.keys(tierAnswersSchema.shape).sort());
  });

  it.each(tierQuestions.map((question) => ({ ...question })))('$id is a question with help', ({ question, help }) => {
    expect(question).toMatch(/\?$/);
    expect(help.trim()).not.toBe('');
  });
});

describe('suggestTier with every question answered', () => {
  it.each<[string, Partial<TierAnswers>, RiskTier]>([
    ['all no', {}, 'low'],
    ['EU users only', { euUsers: true }, 'low'],
    ['customers affected', { affectsCustomers: true }, 'medium'],
    ['regulated sector', { regulatedSector: true }, 'medium'],
    ['customers and regulated sector', { affectsCustomers: true, regulatedSector: true }, 'medium'],
    ['safety or money', { safetyOrMoney: true }, 'high'],
    ['decisions about people', { decisionsAboutPeople: true }, 'high'],
    ['internal decisions about people (e.g. HR screening)', { decisionsAboutPeople: true, affectsCustomers: false }, 'high'],
    ['everything yes', { affectsCustomers: true, decisionsAboutPeople: true, safetyOrMoney: true, regulatedSector: true, euUsers: true }, 'high'],
  ])('%s → %s', (_label, overrides, tier) => {
    const suggestion = suggestTier(answers(overrides));
    expect(suggestion).toMatchObject({ tier, complete: true });
    expect(suggestion.reasons.at(-1)).toBe(`The ${tier} tier requires a labelled test set of at least ${minTestSetSize[tier]} cases.`);
  });

  it.each<[string, Partial<TierAnswers>, RegExp]>([
    ['safety or money', { safetyOrMoney: true }, /safety, money, employment, health or legal rights.*high tier/],
    ['decisions about people', { decisionsAboutPeople: true }, /decisions about individual people.*high tier/],
    ['customers', { affectsCustomers: true }, /Customers.*medium tier/],
    ['regulated sector', { regulatedSector: true }, /regulated sector.*medium tier/],
    ['nothing', {}, /low tier fits/],
  ])('explains a %s answer in plain language', (_label, overrides, reason) => {
    const { reasons } = suggestTier(answers(overrides));
    expect(reasons.some((sentence) => reason.test(sentence))).toBe(true);
    for (const sentence of reasons) expect(sentence).toMatch(/^[A-Z].*[.]$/);
  });
});

describe('suggestTier and the EU AI Act', () => {
  const mentionsAssessment = (reasons: string[]) => reasons.some((r) => /assess its risk class under the EU AI Act/.test(r));
  const mentionsHighRisk = (reasons: string[]) => reasons.some((r) => /likely high-risk under the EU AI Act/.test(r));

  it.each<[string, Partial<TierAnswers>, boolean, boolean]>([
    ['no EU users', { euUsers: false, decisionsAboutPeople: true }, false, false],
    ['EU users, internal tool', { euUsers: true }, true, false],
    ['EU users, customer-facing', { euUsers: true, affectsCustomers: true }, true, false],
    ['EU users, safety or money', { euUsers: true, safetyOrMoney: true }, true, false],
    ['EU users, decisions about people', { euUsers: true, decisionsAboutPeople: true }, true, true],
    ['EU users unknown, decisions about people', { euUsers: null, decisionsAboutPeople: true }, false, false],
  ])('%s → assess: %s, likely high-risk: %s', (_label, overrides, assess, highRisk) => {
    const { reasons } = suggestTier(answers(overrides));
    expect(mentionsAssessment(reasons)).toBe(assess);
    expect(mentionsHighRisk(reasons)).toBe(highRisk);
  });

  it('never changes the tier', () => {
    for (const base of [{}, { affectsCustomers: true }, { safetyOrMoney: true }]) {
      expect(suggestTier(answers({ ...base, euUsers: true })).tier).toBe(suggestTier(answers({ ...base, euUsers: false })).tier);
    }
  });
});

describe('suggestTier with unanswered questions', () => {
  it.each<[string, TierAnswers, RiskTier | null]>([
    ['nothing answered', emptyTierAnswers, null],
    // A "yes" that forces high settles the tier whatever the rest says.
    ['only safety: yes', { ...emptyTierAnswers, safetyOrMoney: true }, 'high'],
    ['only decisions about people: yes', { ...emptyTierAnswers, decisionsAboutPeople: true }, 'high'],
    ['decisions yes, safety no, rest open', { ...emptyTierAnswers, decisionsAboutPeople: true, safetyOrMoney: false }, 'high'],
    // Customers "yes" is not enough: an open safety question could still raise it to high.
    ['customers yes, rest open', { ...emptyTierAnswers, affectsCustomers: true }, null],
    ['all no but safety open', answers({ safetyOrMoney: null }), null],
    ['all no but decisions open', answers({ decisionsAboutPeople: null }), null],
    ['all no but customers open', answers({ affectsCustomers: null }), null],
    ['all no but regulated open', answers({ regulatedSector: null }), null],
    // Once both high questions are "no", a medium "yes" cannot be raised or lowered.
    ['customers yes, high questions no, regulated open', answers({ affectsCustomers: true, regulatedSector: null }), 'medium'],
    // EU users never change the tier, so leaving it open does not hold the suggestion back.
    ['all no but EU open', answers({ euUsers: null }), 'low'],
    ['safety yes but EU open', answers({ safetyOrMoney: true, euUsers: null }), 'high'],
  ])('%s → tier %s, incomplete', (_label, given, tier) => {
    const suggestion = suggestTier(given);
    expect(suggestion.tier).toBe(tier);
    expect(suggestion.complete).toBe(false);
  });

  it.each<[string, TierAnswers, RegExp]>([
    ['nothing answered', emptyTierAnswers, /^5 questions are still unanswered and could change the tier: answer them/],
    ['one open, tier unknown', answers({ safetyOrMoney: null }), /^One question is still unanswered and could change the tier: answer it/],
    ['one open, tier settled', answers({ euUsers: null }), /^One question is still unanswered and cannot change this suggestion; answer it/],
  ])('says what is missing: %s', (_label, given, message) => {
    expect(suggestTier(given).reasons.some((reason) => message.test(reason))).toBe(true);
  });

  it('gives no test-set size while the tier is unknown', () => {
    expect(suggestTier(emptyTierAnswers).reasons.some((reason) => /test set/.test(reason))).toBe(false);
  });
});
