import { describe, expect, it } from 'vitest';
import { defaultPeriod } from '../../../renderer/screens/stages/BaselineFields';

describe('defaultPeriod: the four weeks before the stage', () => {
  it.each<[string | null, string, { from: string; to: string }]>([
    // stage start, today, period (start − 28 days … start − 1 day)
    ['2026-02-02', '2026-03-10', { from: '2026-01-05', to: '2026-02-01' }],
    ['2026-03-01', '2026-01-01', { from: '2026-02-01', to: '2026-02-28' }],
    // Without a start: the four weeks before today.
    [null, '2026-03-10', { from: '2026-02-10', to: '2026-03-09' }],
  ])('stage from %s, today %s', (start, today, period) => {
    expect(defaultPeriod(start, today)).toEqual(period);
  });
});
