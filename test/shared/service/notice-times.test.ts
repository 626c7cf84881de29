import { describe, expect, it } from 'vitest';
import { formatTimestamp } from '../../../shared/format/format';
import { earlierSetAsideMessage, previousOfferedMessage } from '../../../shared/service/notices';
import { changedOutsideAcceptedRationale, changedOutsideMessage } from '../../../shared/service/seal-words';

// Before: the start-up notices said "saved 2026-11-22 10:00 UTC" while the notice on the plan said "Nov 22, 2026, 11:00 AM".
describe('times in the start-up notices', () => {
  const at = '2026-11-22T10:00:00.000Z';
  const local = formatTimestamp(at);

  it.each([
    ['a plan changed outside the app', changedOutsideMessage('Claims', at), `The app last saved it on ${local}.`],
    ['a previous version offered', previousOfferedMessage('The saved plan "Claims"', 'its contents are damaged', 'plan-1.corrupt.json', 'Claims', 3, at), `(revision 3, saved ${local})`],
    ['a plan set aside earlier', earlierSetAsideMessage(3, at), `(revision 3, saved ${local})`],
  ])('%s: in the reader’s time zone and locale, as the notice on the plan', (_, message, part) => {
    expect(local).toMatch(/^Nov 22, 2026/);
    expect(message).toContain(part);
    expect(message).not.toContain('UTC');
  });

  it('the decision log’s entry keeps UTC in plain digits, the same on every computer', () => {
    expect(changedOutsideAcceptedRationale('2026-11-26T08:15:00.000Z', at, 4)).toContain('accepted by the user on 2026-11-26 08:15 UTC');
    expect(changedOutsideAcceptedRationale('2026-11-26T08:15:00.000Z', at, 4)).toContain('The app last saved it on 2026-11-22 10:00 UTC.');
  });
});
