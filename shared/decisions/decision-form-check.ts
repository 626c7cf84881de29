/** What the decision form holds when the user presses Record. */
export interface DecisionFormInput {
  /** No author name is saved yet, so the form asks for one. */
  readonly askAuthor: boolean;
  readonly author: string;
  readonly rationale: string;
  readonly approvedBy: string;
  /** The decision goes against the app's recommendation. */
  readonly override: boolean;
  /** Every decision but a note names who approved it. */
  readonly needsApproval: boolean;
}

export interface DecisionFormErrors {
  readonly author?: string;
  readonly rationale?: string;
  readonly approvedBy?: string;
  readonly form?: string;
}

/** The fields in the order the form shows them: focus goes to the first that is wrong. */
export const decisionFormFields = ['author', 'rationale', 'approvedBy'] as const;
export type DecisionFormField = (typeof decisionFormFields)[number];

/** What is missing before a decision may be recorded, field by field; an empty object when nothing is. */
export function decisionFormErrors(input: DecisionFormInput): DecisionFormErrors {
  const blank = (text: string) => text.trim() === '';
  return {
    ...(input.askAuthor && blank(input.author) ? { author: 'Type your name: it signs the decision.' } : {}),
    ...(blank(input.rationale)
      ? { rationale: input.override ? 'An override needs a rationale: say why you decide against the recommendation.' : 'Write the rationale: why this decision?' }
      : {}),
    ...(input.needsApproval && blank(input.approvedBy) ? { approvedBy: 'Say who approved this decision.' } : {}),
  };
}

/** The first field with an error, in the form's order, or null. */
export function firstInvalidField(errors: DecisionFormErrors): DecisionFormField | null {
  return decisionFormFields.find((field) => errors[field] !== undefined) ?? null;
}
