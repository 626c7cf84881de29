import type { CommunicationRow } from './communication';
import { newId } from './ids';

type Default = Omit<CommunicationRow, 'id'>;

/** Sensible starting rows (SPEC §8); the lead edits owners and channels. */
const defaults: readonly Default[] = [
  {
    audience: 'executive_sponsor',
    audienceLabel: '',
    what: 'Stakeholder summary: readiness, stage verdicts and the decision taken',
    when: 'per_gate',
    channel: 'Steering meeting, PDF summary',
    owner: '',
  },
  {
    audience: 'risk',
    audienceLabel: '',
    what: 'Summary with audit appendix; every override and threshold change',
    when: 'per_gate',
    channel: 'E-mail with PDF',
    owner: '',
  },
  {
    audience: 'engineering',
    audienceLabel: '',
    what: 'Quality and error metrics, incidents, rollback triggers trending',
    when: 'weekly',
    channel: 'Team channel',
    owner: '',
  },
  {
    audience: 'support',
    audienceLabel: '',
    what: 'What changes for users, known failure modes, how to escalate',
    when: 'per_gate',
    channel: 'Support briefing',
    owner: '',
  },
  {
    audience: 'users',
    audienceLabel: '',
    what: 'That they work with AI, what it can and cannot do, how to give feedback',
    when: 'per_gate',
    channel: 'Onboarding session and e-mail',
    owner: '',
  },
  {
    audience: 'support',
    audienceLabel: 'Everyone affected',
    what: 'What happened, what we did, what happens next',
    when: 'on_incident',
    channel: 'Incident channel and e-mail',
    owner: '',
  },
];

export function defaultCommunicationPlan(): CommunicationRow[] {
  return defaults.map((row) => ({ ...row, id: newId() }));
}
