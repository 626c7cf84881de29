import type { Comparator } from '../model/enums';

/** Whether `value` satisfies `comparator target`. */
export function compare(value: number, comparator: Comparator, target: number): boolean {
  switch (comparator) {
    case '>=':
      return value >= target;
    case '<=':
      return value <= target;
    case '>':
      return value > target;
    case '<':
      return value < target;
  }
}
