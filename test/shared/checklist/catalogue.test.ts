import { describe, expect, it } from 'vitest';
import { buildDefaultChecklist, isRequired, tiersFrom } from '../../../shared/checklist/build-checklist';
import { catalogueAreas, catalogueItems } from '../../../shared/checklist/catalogue';
import { minTestSetSize, riskTiers, type RiskTier } from '../../../shared/model/enums';
import { checklistSchema } from '../../../shared/model/schema';

/**
 * SPEC §2, area by area: every bullet must be asked by some question of that area.
 * Each entry is a list of alternatives (regexes), any of which may match.
 */
const expectedByArea: Record<string, { title: string; topics: RegExp[] }> = {
  governance: {
    title: 'Ownership and governance',
    topics: [/accountable owner/i, /decisions the AI may take on its own/i, /person must approve/i, /escalation path/i, /traced/i],
  },
  testing: {
    title: 'Testing',
    topics: [
      /labelled test set.*real expected inputs/i,
      /balanced/i,
      /accuracy thresholds/i,
      /edge cases.*incomplete inputs/i,
      /typos.*formatting.*empty input/i,
      /prompt injection/i,
      /bias.*demographic/i,
      /end to end/i,
      /3–5 target users/i,
      /security review/i,
    ],
  },
  safeguards: {
    title: 'Safeguards',
    topics: [/rate-limited/i, /content filters/i, /high-stakes decision/i, /fallback/i, /not sure/i],
  },
  infrastructure: {
    title: 'Infrastructure',
    topics: [
      /monitoring.*quality, latency, errors, usage and cost/i,
      /alerts/i,
      /timestamp, request id, anonymised user, model version, latency and errors/i,
      /credentials.*personal data/i,
      /feature flag/i,
      /rollback procedure.*tested/i,
    ],
  },
  process: {
    title: 'Process',
    topics: [
      /incident response plan.*15 minutes.*1 hour.*4 hours.*24 hours/i,
      /on-call/i,
      /escalation paths/i,
      /communication templates/i,
      /feedback.*thumbs/i,
    ],
  },
  documentation: {
    title: 'Documentation',
    topics: [
      /can and cannot do.*intended and forbidden uses.*model card/i,
      /failure modes/i,
      /provenance/i,
      /architecture/i,
      /runbooks/i,
      /training material/i,
      /thresholds.*reasons/i,
      /decision log/i,
    ],
  },
  transparency: {
    title: 'Transparency and compliance',
    topics: [/told.*AI/i, /consent.*GDPR, CCPA/i, /sector/i, /accessible/i, /human to review/i, /EU AI Act/i],
  },
  adoption: {
    title: 'Adoption support',
    topics: [/one-to-one onboarding/i, /managers track adoption/i, /champions/i, /poor-quality output/i],
  },
};

const areaCases = Object.entries(expectedByArea).map(([id, expected]) => ({ id, ...expected }));
const questionsOf = (areaId: string): string[] =>
  catalogueItems.filter((item) => item.areaId === areaId).map((item) => item.question);

describe('default catalogue', () => {
  it('has exactly the eight areas of SPEC §2, in order', () => {
    expect(catalogueAreas.map((area) => area.id)).toEqual(Object.keys(expectedByArea));
  });

  it.each(areaCases)('area $id is titled "$title" and describes itself', ({ id, title }) => {
    const area = catalogueAreas.find((candidate) => candidate.id === id);
    expect(area?.title).toBe(title);
    expect(area?.description.trim()).not.toBe('');
  });

  it.each(areaCases)('area $id has at least as many items as SPEC lists', ({ id, topics }) => {
    expect(questionsOf(id).length).toBeGreaterThanOrEqual(topics.length);
  });

  const topicCases = areaCases.flatMap(({ id, topics }) => topics.map((topic) => ({ id, topic })));
  it.each(topicCases)('area $id asks about $topic', ({ id, topic }) => {
    expect(questionsOf(id).some((question) => topic.test(question))).toBe(true);
  });

  it('gives every item a unique catalogueId of the form area.slug', () => {
    const ids = catalogueItems.map((item) => item.catalogueId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of catalogueItems) {
      expect(item.catalogueId).toMatch(/^[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(item.catalogueId.startsWith(`${item.areaId}.`)).toBe(true);
    }
  });

  it.each(catalogueItems.map((item) => ({ ...item })))(
    '$catalogueId is a question with 1–3 sentences of help, a known area and a valid tier',
    ({ areaId, question, help, requiredFrom }) => {
      expect(catalogueAreas.some((area) => area.id === areaId)).toBe(true);
      expect(question).toMatch(/^(Is|Are|Have|Has|Does|Do|Can) .+\?$/);
      expect(help.trim()).not.toBe('');
      const sentences = help.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
      expect(sentences).toBeGreaterThanOrEqual(1);
      expect(sentences).toBeLessThanOrEqual(3);
      expect(help).toMatch(/Evidence:/);
      expect(riskTiers).toContain(requiredFrom);
    },
  );

  it('states the test-set size for every tier', () => {
    const testSet = catalogueItems.find((item) => item.catalogueId === 'testing.test-set');
    const text = `${testSet?.question ?? ''} ${testSet?.help ?? ''}`;
    for (const tier of riskTiers) expect(text).toContain(`${tier} ${minTestSetSize[tier]}`);
  });

  // The basics a risk officer expects of every AI system, and the protections reserved for high stakes.
  it.each<[string, RiskTier]>([
    ['governance.owner', 'low'],
    ['testing.test-set', 'low'],
    ['testing.accuracy-thresholds', 'low'],
    ['testing.security-review', 'low'],
    ['infrastructure.monitoring', 'low'],
    ['infrastructure.kill-switch', 'low'],
    ['safeguards.fallback', 'low'],
    ['process.incident-plan', 'low'],
    ['transparency.ai-disclosure', 'low'],
    ['testing.prompt-injection', 'medium'],
    ['safeguards.content-filters', 'medium'],
    ['transparency.accessibility', 'medium'],
    ['testing.bias', 'high'],
    ['safeguards.human-in-the-loop', 'high'],
    ['transparency.human-review', 'high'],
  ])('%s is required from %s', (catalogueId, tier) => {
    expect(catalogueItems.find((item) => item.catalogueId === catalogueId)?.requiredFrom).toBe(tier);
  });

  it('requires more items as the tier rises, and something at every tier', () => {
    const checklist = buildDefaultChecklist();
    const counts = riskTiers.map((tier) => checklist.items.filter((item) => isRequired(item, tier)).length);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts[2]).toBe(catalogueItems.length);
  });
});

describe('buildDefaultChecklist', () => {
  it('validates against the persisted checklist schema', () => {
    const result = checklistSchema.safeParse(buildDefaultChecklist());
    expect(result.error?.issues).toBeUndefined();
    expect(result.success).toBe(true);
  });

  it('holds every catalogue area and item, fresh and unassigned', () => {
    const checklist = buildDefaultChecklist();
    expect(checklist.areas).toEqual(catalogueAreas.map((area) => ({ ...area, custom: false })));
    expect(checklist.items.map((item) => item.catalogueId)).toEqual(catalogueItems.map((item) => item.catalogueId));
    for (const item of checklist.items) {
      expect(item).toMatchObject({ status: 'not_started', statusReason: '', owner: '', dueDate: null, evidence: '', notes: '' });
    }
  });

  it('gives every item required-for tiers from its requiredFrom upwards', () => {
    const checklist = buildDefaultChecklist();
    checklist.items.forEach((item, index) => {
      expect(item.requiredFor).toEqual(tiersFrom(catalogueItems[index]!.requiredFrom));
    });
  });

  it('uses new, unique item ids on every call', () => {
    const first = buildDefaultChecklist().items.map((item) => item.id);
    const second = buildDefaultChecklist().items.map((item) => item.id);
    expect(new Set([...first, ...second]).size).toBe(first.length * 2);
  });
});

describe('tiersFrom and isRequired', () => {
  it.each<[RiskTier, RiskTier[]]>([
    ['low', ['low', 'medium', 'high']],
    ['medium', ['medium', 'high']],
    ['high', ['high']],
  ])('required from %s means required for %j', (from, tiers) => {
    expect(tiersFrom(from)).toEqual(tiers);
  });

  it.each<[RiskTier[], RiskTier | null, boolean]>([
    [['low', 'medium', 'high'], 'low', true],
    [['medium', 'high'], 'low', false],
    [['medium', 'high'], 'medium', true],
    [['high'], 'medium', false],
    [['high'], 'high', true],
    [[], 'high', false],
    // An unconfirmed tier is read as high: the conservative choice.
    [['high'], null, true],
    [['medium', 'high'], null, true],
    [[], null, false],
  ])('item required for %j at tier %s → %s', (requiredFor, tier, expected) => {
    expect(isRequired({ requiredFor }, tier)).toBe(expected);
  });
});
