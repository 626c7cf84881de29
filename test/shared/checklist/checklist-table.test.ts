import { describe, expect, it } from 'vitest';
import { anyItem, checklistOwners, isOverdue, matchesTableFilter, overviewAnswer } from '../../../shared/checklist/checklist-table';
import type { ChecklistItem, SystemDescription } from '../../../shared/model/schema';

const item = (patch: Partial<ChecklistItem>): ChecklistItem => ({
  id: 'i1',
  areaId: 'governance',
  catalogueId: null,
  question: 'Q?',
  help: '',
  requiredFor: ['low', 'medium', 'high'],
  status: 'not_started',
  statusReason: '',
  owner: '',
  dueDate: null,
  evidence: '',
  notes: '',
  ...patch,
});
const system: SystemDescription = {
  name: 'Claims assistant',
  purpose: '',
  forbiddenUses: '',
  owner: ' Dana Kim ',
  autonomousDecisions: 'Which template a draft starts from.',
  humanApprovalPoints: '',
};

describe('overviewAnswer', () => {
  it.each([
    ['governance.owner', { evidence: "Accountable owner named in the plan's Overview: Dana Kim", owner: 'Dana Kim' }],
    ['governance.autonomous-decisions', { evidence: "Decisions the AI may take alone, listed in the plan's Overview: Which template a draft starts from.", owner: null }],
    // Empty on the Overview: no evidence.
    ['governance.human-approval', null],
    ['testing.test-set', null],
    [null, null],
  ])('%s', (catalogueId, expected) => {
    expect(overviewAnswer({ catalogueId }, system)).toEqual(expected);
  });
});

describe('isOverdue', () => {
  it.each<[Partial<ChecklistItem>, boolean]>([
    [{ dueDate: '2026-11-01' }, true],
    [{ dueDate: '2026-11-22' }, false],
    [{ dueDate: null }, false],
    [{ dueDate: '2026-11-01', status: 'done' }, false],
    [{ dueDate: '2026-11-01', status: 'not_applicable' }, false],
    [{ dueDate: '2026-11-01', status: 'cannot_measure' }, true],
  ])('%j → %s', (patch, expected) => {
    expect(isOverdue(item(patch), '2026-11-22')).toBe(expected);
  });
});

describe('matchesTableFilter', () => {
  const today = '2026-11-22';
  it.each<[string, Partial<ChecklistItem>, Partial<typeof anyItem>, boolean]>([
    ['anything', {}, {}, true],
    ['area', { areaId: 'testing' }, { areaId: 'governance' }, false],
    ['status', { status: 'done' }, { status: 'done' }, true],
    ['owner, any case and spaces', { owner: ' dana kim' }, { owner: 'Dana Kim' }, true],
    ['no owner yet', { owner: '' }, { owner: '' }, true],
    ['overdue only', { dueDate: '2026-12-01' }, { overdueOnly: true }, false],
  ])('%s', (_, patch, filter, expected) => {
    expect(matchesTableFilter(item(patch), { ...anyItem, ...filter }, today)).toBe(expected);
  });

  it('lists each owner once', () => {
    expect(checklistOwners([item({ owner: 'Lee Park' }), item({ owner: 'lee park ' }), item({ owner: 'Ana' }), item({ owner: '' })])).toEqual(['Ana', 'Lee Park']);
  });
});
