import type { FieldRequirement, ImportField } from './fields';

/** Fields of a human review log and of a shadow comparison (issue 10). */

export const reviewerField: ImportField = {
  id: 'userId',
  label: 'Reviewer',
  required: true,
  type: 'id',
  aliases: [
    'reviewer', 'reviewer id', 'reviewed by', 'approver', 'approved by', 'checker', 'checked by', 'editor', 'agent', 'handler',
    'prüfer', 'prufer', 'geprüft von', 'relecteur', 'réviseur', 'revisor', 'beoordelaar',
  ],
};

export const reviewOutputField: ImportField = {
  id: 'outputId',
  label: 'Output ID',
  required: true,
  type: 'id',
  aliases: ['output id', 'output', 'outputid', 'id', 'item id', 'draft id', 'document id', 'response id', 'ticket id', 'task id', 'message id'],
};

export const decisionField: ImportField = {
  id: 'decision',
  label: 'Decision (approved / edited / rejected)',
  required: true,
  type: 'decision',
  aliases: [
    'decision', 'review decision', 'outcome', 'review outcome', 'result', 'review result', 'verdict', 'status', 'review status',
    'action', 'entscheidung', 'ergebnis', 'décision', 'decisión', 'besluit', 'uitkomst',
  ],
};

export const reviewMinutesField: ImportField = {
  id: 'minutes',
  label: 'Review minutes',
  required: false,
  type: 'minutes',
  aliases: ['minutes', 'review minutes', 'review time', 'time spent', 'duration', 'editing minutes', 'handling time', 'minuten', 'minutes de revue'],
};

export const reviewRequirements: readonly FieldRequirement[] = [
  { label: 'Output ID', anyOf: [['outputId']] },
  { label: 'Reviewer', anyOf: [['userId']] },
  { label: 'Date or week number', anyOf: [['date'], ['week']] },
  { label: 'Decision', anyOf: [['decision']] },
];

export const shadowFields: Record<'caseId' | 'aiOutput' | 'humanOutput' | 'match' | 'category', ImportField> = {
  caseId: {
    id: 'caseId',
    label: 'Case ID',
    required: true,
    type: 'id',
    aliases: ['case id', 'case', 'caseid', 'id', 'ticket id', 'ticket', 'request id', 'item id', 'item', 'message id', 'claim id'],
  },
  aiOutput: {
    id: 'aiOutput',
    label: 'AI output',
    required: false,
    type: 'text',
    aliases: ['ai output', 'ai answer', 'ai', 'ai decision', 'model output', 'model answer', 'model', 'prediction', 'predicted', 'shadow output', 'bot answer', 'ki', 'ia'],
  },
  humanOutput: {
    id: 'humanOutput',
    label: 'Human output',
    required: false,
    type: 'text',
    aliases: ['human output', 'human answer', 'human', 'human decision', 'agent answer', 'agent decision', 'actual decision', 'reference', 'mensch', 'humain', 'humano'],
  },
  match: {
    id: 'match',
    label: 'Match (yes/no)',
    required: false,
    type: 'boolean',
    aliases: ['match', 'matches', 'matched', 'agree', 'agrees', 'agreed', 'agreement', 'same', 'same answer', 'identical', 'übereinstimmung', 'accord', 'coincide'],
  },
  category: {
    id: 'group',
    label: 'Category',
    required: false,
    type: 'text',
    aliases: ['category', 'categories', 'topic', 'type', 'case type', 'intent', 'queue', 'group', 'team', 'kategorie', 'catégorie', 'categoría', 'categorie'],
  },
};

export const shadowRequirements: readonly FieldRequirement[] = [
  { label: 'Case ID', anyOf: [['caseId']] },
  { label: 'Date or week number', anyOf: [['date'], ['week']] },
  { label: 'A match yes/no, or the AI and human outputs', anyOf: [['match'], ['aiOutput', 'humanOutput']] },
];
