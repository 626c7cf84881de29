import { describe, expect, it } from 'vitest';
import {
  addCustomArea,
  addCustomItem,
  buildDefaultChecklist,
  removeCustomArea,
  removeCustomItem,
  updateItem,
  type ItemPatch,
} from '../../../shared/checklist/build-checklist';
import type { RiskTier } from '../../../shared/model/enums';
import { checklistSchema, type Checklist } from '../../../shared/model/schema';

/** A frozen default checklist: any mutation by a helper throws instead of passing silently. */
function frozenChecklist(): Checklist {
  const checklist = buildDefaultChecklist();
  checklist.areas.forEach((area) => Object.freeze(area));
  checklist.items.forEach((item) => Object.freeze(Object.freeze(item).requiredFor));
  Object.freeze(checklist.areas);
  Object.freeze(checklist.items);
  return Object.freeze(checklist);
}

const firstCatalogueItem = (checklist: Checklist) => checklist.items[0]!;

describe('addCustomArea', () => {
  it.each([
    ['Vendor management', 'Vendor management'],
    ['  Works council  ', 'Works council'],
  ])('adds %j as a custom area titled %j, after the default ones', (title, expected) => {
    const before = frozenChecklist();
    const after = addCustomArea(before, title);
    expect(after.areas).toHaveLength(before.areas.length + 1);
    expect(after.areas.at(-1)).toMatchObject({ title: expected, custom: true });
    expect(after.items).toBe(before.items);
    expect(before.areas.some((area) => area.title === expected)).toBe(false);
    expect(checklistSchema.safeParse(after).success).toBe(true);
  });

  it.each(['', '   '])('refuses the empty title %j', (title) => {
    expect(() => addCustomArea(frozenChecklist(), title)).toThrow(/title/);
  });
});

describe('addCustomItem', () => {
  it.each<[string, RiskTier[], RiskTier[]]>([
    ['Has the works council been consulted?', ['medium', 'high'], ['medium', 'high']],
    ['Is the vendor contract signed?', [], []],
    // Tiers are stored once each and in order, whatever order the user ticked them in.
    ['Is the DPO informed?', ['high', 'low', 'high'], ['low', 'high']],
  ])('adds %j required for %j (stored as %j)', (question, requiredFor, stored) => {
    const before = frozenChecklist();
    const after = addCustomItem(before, 'governance', question, requiredFor);
    expect(after.items).toHaveLength(before.items.length + 1);
    expect(after.items.at(-1)).toMatchObject({
      areaId: 'governance',
      catalogueId: null,
      question,
      requiredFor: stored,
      status: 'not_started',
    });
    expect(checklistSchema.safeParse(after).success).toBe(true);
  });

  it('adds an item to an area the user created', () => {
    const withArea = addCustomArea(frozenChecklist(), 'Vendor management');
    const areaId = withArea.areas.at(-1)!.id;
    const after = addCustomItem(withArea, areaId, 'Is there an exit plan from the vendor?', ['high']);
    expect(after.items.at(-1)?.areaId).toBe(areaId);
  });

  it.each([
    ['no-such-area', 'A question?', /area/],
    ['governance', '  ', /question/i],
  ])('refuses area %j with question %j', (areaId, question, message) => {
    expect(() => addCustomItem(frozenChecklist(), areaId, question, ['low'])).toThrow(message);
  });
});

describe('updateItem', () => {
  it.each<[string, ItemPatch]>([
    ['status and owner', { status: 'in_progress', owner: 'Dana Okafor' }],
    ['evidence and due date', { evidence: 'Test report v3, SharePoint/ai/tests.pdf', dueDate: '2025-03-31' }],
    ['not applicable with its reason', { status: 'not_applicable', statusReason: 'No customer contact at all.' }],
    ['notes', { notes: 'Waiting for security team' }],
  ])('changes %s on a catalogue item and leaves the rest', (_label, patch) => {
    const before = frozenChecklist();
    const target = firstCatalogueItem(before);
    const after = updateItem(before, target.id, patch);
    expect(after.items.find((item) => item.id === target.id)).toEqual({ ...target, ...patch });
    expect(after.items.slice(1)).toEqual(before.items.slice(1));
    expect(firstCatalogueItem(before)).toBe(target);
  });

  it.each<[string, ItemPatch]>([
    ['question', { question: 'Something else?' }],
    ['help', { help: 'Other help' }],
    ['requiredFor', { requiredFor: [] }],
  ])('refuses to change the %s of a catalogue item', (field, patch) => {
    const before = frozenChecklist();
    expect(() => updateItem(before, firstCatalogueItem(before).id, patch)).toThrow(field);
  });

  it.each<[string, ItemPatch, Partial<Checklist['items'][number]>]>([
    ['question', { question: '  Is the exit plan tested?  ' }, { question: 'Is the exit plan tested?' }],
    ['help', { help: 'Because vendors fail.' }, { help: 'Because vendors fail.' }],
    ['requiredFor', { requiredFor: ['high', 'medium'] }, { requiredFor: ['medium', 'high'] }],
  ])('changes the %s of a custom item', (_field, patch, expected) => {
    const withItem = addCustomItem(frozenChecklist(), 'process', 'Is there an exit plan?', ['low']);
    const id = withItem.items.at(-1)!.id;
    expect(updateItem(withItem, id, patch).items.at(-1)).toMatchObject(expected);
  });

  it('refuses an unknown item', () => {
    expect(() => updateItem(frozenChecklist(), 'nope', { owner: 'x' })).toThrow(/nope/);
  });
});

describe('removing items and areas', () => {
  it('removes a custom item and keeps everything else', () => {
    const base = frozenChecklist();
    const withItem = addCustomItem(base, 'adoption', 'Is there a FAQ page?', []);
    const after = removeCustomItem(withItem, withItem.items.at(-1)!.id);
    expect(after.items).toEqual(base.items);
    expect(withItem.items).toHaveLength(base.items.length + 1);
  });

  it.each([0, 10, 'last' as const])('refuses to remove catalogue item %s', (position) => {
    const checklist = frozenChecklist();
    const item = position === 'last' ? checklist.items.at(-1)! : checklist.items[position]!;
    expect(() => removeCustomItem(checklist, item.id)).toThrow(/not applicable/);
    expect(checklist.items).toContain(item);
  });

  it('removes a custom area with its items', () => {
    const base = frozenChecklist();
    const withArea = addCustomArea(base, 'Vendor management');
    const areaId = withArea.areas.at(-1)!.id;
    const filled = addCustomItem(withArea, areaId, 'Is the contract signed?', ['low']);
    const after = removeCustomArea(filled, areaId);
    expect(after).toEqual(base);
    expect(filled.areas).toHaveLength(base.areas.length + 1);
  });

  it.each(['governance', 'testing', 'adoption'])('refuses to remove default area %s', (areaId) => {
    expect(() => removeCustomArea(frozenChecklist(), areaId)).toThrow(/cannot be removed/);
  });
});
