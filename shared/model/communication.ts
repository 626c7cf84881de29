import { z } from 'zod';

export const audiences = ['executive_sponsor', 'risk', 'engineering', 'support', 'users', 'customers', 'other'] as const;
export const audienceLabels: Record<(typeof audiences)[number], string> = {
  executive_sponsor: 'Executive sponsor',
  risk: 'Risk and compliance',
  engineering: 'Engineering',
  support: 'Support',
  users: 'Users',
  customers: 'Customers',
  other: 'Other',
};

export const cadences = ['per_gate', 'weekly', 'monthly', 'on_incident', 'once'] as const;
export const cadenceLabels: Record<(typeof cadences)[number], string> = {
  per_gate: 'At every gate decision',
  weekly: 'Weekly',
  monthly: 'Monthly',
  on_incident: 'On incident',
  once: 'Once, before launch',
};

/** One row of the communication plan (SPEC §8). */
export const communicationRowSchema = z.object({
  id: z.string().min(1).max(100),
  audience: z.enum(audiences),
  /** Free label, used when the audience is "other" or needs naming ("Claims team leads"). */
  audienceLabel: z.string().max(200),
  what: z.string().max(2000),
  when: z.enum(cadences),
  channel: z.string().max(300),
  owner: z.string().max(300),
});
export type CommunicationRow = z.infer<typeof communicationRowSchema>;
