import { quote, type RowNote } from './row-common';

/**
 * A latency of exactly 0 is no response time: nothing answers in no time, and logging tools write 0 where the
 * time was not recorded (a timeout, a cached or failed call). Counted, it pulls the mean response time down
 * towards a threshold it never met, so the row is kept and its latency left out, with a warning.
 */
export function zeroLatencyNote(raw: string): RowNote {
  return {
    code: 'latency_zero',
    field: 'latency',
    message: () => `Latency ${quote(raw)} is no response time (0 is written where none was recorded): the row is kept, its latency left out`,
  };
}
