import type { StageVerdict } from '../../../shared/gates/stage-verdict';
import type { DecisionKind } from '../../../shared/decisions/schema';
import type { Tone } from '../../../shared/report/report-model';

export const verdictTones: Record<StageVerdict, Tone> = { proceed: 'good', hold: 'warn', roll_back: 'bad', running: 'good' };

export const decisionTones: Record<DecisionKind, Tone> = {
  proceed: 'good',
  hold: 'warn',
  roll_back: 'bad',
  note: 'neutral',
  threshold_change: 'neutral',
  criterion_change: 'neutral',
  setting_change: 'neutral',
};
