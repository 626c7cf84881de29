import type { CsvFailureReason } from '../../../shared/csv/settings';

/** Every whole-file failure reason, for tests that check a refusal is one of them. */
export const csvFailureReasons: readonly CsvFailureReason[] = [
  'too_large',
  'empty',
  'binary',
  'no_data',
  'line_too_long',
  'needs_answer',
  'mapping_incomplete',
  'cancelled',
  'internal',
];
