// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Threshold } from '../../../shared/model/schema';
import type { DataMeasurement } from '../../../shared/thresholds/data-measurements';
import { MeasuredFields } from '../../../renderer/screens/thresholds/MeasuredFields';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { StoreProvider } from '../../../renderer/store/StoreProvider';
import { TEST_NOW } from '../plan-fixtures';

const threshold: Threshold = {
  id: 't1',
  metric: 'Accuracy on the labelled test set',
  comparator: '>',
  target: 90,
  unit: '%',
  reason: 'Agreed with support.',
  measured: null,
};

const fromData: DataMeasurement = { value: 96, date: '2026-10-01', source: '“tests.csv” (imported Oct 1, 2026)', basis: '48 of 50 test cases correct', leftOut: null };

/** The icon beside "Measured from the pilot data", by its class: 'judged' (a check) or 'not-judged'. */
function iconOf(container: HTMLElement): string | null {
  const icon = container.querySelector('.measured-from-data .icon');
  return icon === null ? null : icon.classList.contains('judged') ? 'judged' : 'not-judged';
}

afterEach(cleanup);

describe('the figure measured from the pilot data', () => {
  it.each<[string, { tooFew?: string; cannotMeasure: string | null }, string]>([
    ['measured and judged: a check', { cannotMeasure: null }, 'judged'],
    ['on fewer test cases than the tier asks (Not enough data): no check', { tooFew: 'Only 50 test cases; the medium risk tier asks for at least 200 test cases.', cannotMeasure: null }, 'not-judged'],
    ['beside a file that cannot be read (Cannot measure): no check', { cannotMeasure: 'The rows of “tests.csv” are missing.' }, 'not-judged'],
  ])('%s', (_, props, expected) => {
    const store = createAppStore(createMemoryApi({}), { now: () => TEST_NOW, saveDelayMs: 20 });
    const { container, getByText } = render(
      <StoreProvider store={store}>
        <MeasuredFields threshold={threshold} fromData={fromData} disagrees={false} {...props} />
      </StoreProvider>,
    );
    expect(getByText(/^Measured from the pilot data: 96/)).toBeTruthy();
    expect(iconOf(container)).toBe(expected);
    // A check-circle is drawn only for a judged figure.
    const drawn = container.querySelector('.measured-from-data .icon path')?.getAttribute('d') ?? '';
    expect(drawn.includes('M8 12.5l3 3 5-6')).toBe(expected === 'judged');
  });
});
