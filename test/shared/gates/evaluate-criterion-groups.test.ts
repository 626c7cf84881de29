import { describe, expect, it } from 'vitest';
import { available, criterion, prop, series } from './fixtures';
import { evaluate } from './evaluate-criterion-helpers';

describe('every group', () => {
  const quality = criterion({ metric: 'editing_under_limit_share', comparator: '>=', threshold: 80, minSample: 30, everyGroup: true });
  const whole = (s: number, t: number) => series([], prop(s, t));

  it('one group failing fails the criterion, and the reason names it', () => {
    const obs = available(whole(165, 200), { Sales: whole(95, 100), Support: whole(70, 100) });
    const result = evaluate(quality, obs, '2026-10-05');
    expect(result.status).toBe('fail');
    expect(result.reason).toBe(
      'Outputs under the editing limit in group "Support" over the stage is 70 of 100 outputs (70%); the gate needs at least 80%.',
    );
    expect(result.evidence?.group).toBe('Support');
    expect(result.groups.map((g) => [g.group, g.status, g.skipped])).toEqual([
      ['Sales', 'pass', false],
      ['Support', 'fail', false],
    ]);
  });

  it('names every failing group with its figures, not only the first (the worse one may come second)', () => {
    const obs = available(whole(270, 320), { Claims: whole(75, 96), Legal: whole(32, 43), Support: whole(163, 181) });
    const result = evaluate({ ...quality, minSample: 20 }, obs, '2026-10-05');
    expect(result.status).toBe('fail');
    expect(result.reason).toBe(
      'Outputs under the editing limit in group "Claims" over the stage is 75 of 96 outputs (78.1%); the gate needs at least 80%. ' +
        'Also: Outputs under the editing limit in group "Legal" over the stage is 32 of 43 outputs (74.4%); the gate needs at least 80%.',
    );
  });

  it('a group below the minimum sample is skipped, not failed', () => {
    const obs = available(whole(92, 110), { Legal: whole(2, 10), Sales: whole(90, 100) });
    const result = evaluate(quality, obs, '2026-10-05');
    expect(result.status).toBe('pass');
    expect(result.groups.find((g) => g.group === 'Legal')).toMatchObject({ status: 'not_enough_data', skipped: true });
    expect(result.reason).toBe(
      'Outputs under the editing limit over the stage is 92 of 110 outputs (83.6%); the gate needs at least 80%. It holds in the 1 group with enough data; skipped for too little data: "Legal".',
    );
  });

  it('passes when every group with enough data holds', () => {
    const obs = available(whole(170, 200), { Sales: whole(85, 100), Support: whole(85, 100) });
    const result = evaluate(quality, obs, '2026-10-05');
    expect(result.status).toBe('pass');
    expect(result.reason).toMatch(/It holds in all 2 groups with enough data\.$/);
  });

  it('names failing groups when the whole audience fails too', () => {
    const obs = available(whole(150, 200), { Sales: whole(80, 100), Support: whole(70, 100) });
    const result = evaluate(quality, obs, '2026-10-05');
    expect(result.status).toBe('fail');
    expect(result.reason).toMatch(/It also fails in group "Support"\.$/);
  });

  it('ignores groups when the criterion does not ask for every group', () => {
    const obs = available(whole(165, 200), { Support: whole(70, 100) });
    const result = evaluate({ ...quality, everyGroup: false }, obs, '2026-10-05');
    expect(result.status).toBe('pass');
    expect(result.groups).toEqual([]);
  });

  it('does not depend on the order groups were imported in', () => {
    const a = available(whole(165, 200), { Sales: whole(95, 100), Support: whole(70, 100) });
    const b = available(whole(165, 200), { Support: whole(70, 100), Sales: whole(95, 100) });
    expect(evaluate(quality, a, '2026-10-05')).toEqual(evaluate(quality, b, '2026-10-05'));
  });
});
