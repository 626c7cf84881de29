import { z } from 'zod';

export const riskTiers = ['low', 'medium', 'high'] as const;
export const riskTierSchema = z.enum(riskTiers);
export type RiskTier = z.infer<typeof riskTierSchema>;

/** Labelled test cases the tier requires (SPEC §1). */
export const minTestSetSize: Record<RiskTier, number> = { low: 50, medium: 200, high: 500 };

export const riskTierLabels: Record<RiskTier, string> = {
  low: 'Low — internal tool',
  medium: 'Medium — customer-facing, not critical',
  high: 'High — customer-facing and critical',
};

export const itemStatuses = ['not_started', 'in_progress', 'done', 'not_applicable', 'cannot_measure'] as const;
export const itemStatusSchema = z.enum(itemStatuses);
export type ItemStatus = z.infer<typeof itemStatusSchema>;

export const itemStatusLabels: Record<ItemStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  not_applicable: 'Not applicable',
  cannot_measure: 'Cannot be measured yet',
};

/** Statuses that are only valid with a written reason. */
export const statusesNeedingReason: readonly ItemStatus[] = ['not_applicable', 'cannot_measure'];

export const comparators = ['>=', '<=', '>', '<'] as const;
export const comparatorSchema = z.enum(comparators);
export type Comparator = z.infer<typeof comparatorSchema>;

export const comparatorLabels: Record<Comparator, string> = {
  '>=': 'at least',
  '<=': 'at most',
  '>': 'above',
  '<': 'below',
};

export const deploymentPatterns = [
  'shadow',
  'human_in_the_loop',
  'canary',
  'percentage',
  'feature_flag',
  'full',
] as const;
export const deploymentPatternSchema = z.enum(deploymentPatterns);
export type DeploymentPattern = z.infer<typeof deploymentPatternSchema>;

export const deploymentPatternLabels: Record<DeploymentPattern, string> = {
  shadow: 'Shadow mode',
  human_in_the_loop: 'Human in the loop',
  canary: 'Canary',
  percentage: 'Percentage rollout',
  feature_flag: 'Feature flag',
  full: 'Full rollout',
};
