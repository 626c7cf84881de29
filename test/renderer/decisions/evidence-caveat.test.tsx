// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { evidenceText } from '../../../shared/report/decision-rows';
import { EvidenceView } from '../../../renderer/screens/decisions/EvidenceView';
import { pilotPlan, snapshotOf } from '../../shared/decisions/fixtures';

afterEach(cleanup);

describe('frozen evidence with an either-side caveat', () => {
  // The pilot's adoption gate failed on 2 of 5 users (95% range 12–77%) against at least 50%: the lead saw the caveat when deciding.
  it('shows the caveat the lead saw beside the result it belongs to', () => {
    render(<EvidenceView evidence={evidenceText(snapshotOf(pilotPlan()))} />);
    const row = screen.getByRole('row', { name: /Adoption rate at least 50%/ });
    expect(row.textContent).toContain('Adoption rate at week 4 is 2 of 5 users (40%); the gate needs at least 50%.');
    expect(row.textContent).toContain('The true rate could be either side of 50% (95% range 12–77%).');
  });
});
