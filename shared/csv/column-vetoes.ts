/**
 * Columns of tools' exports that resemble a field and are not it, found by probing real export shapes (PagerDuty's
 * incident list pulled from its API, Anthropic's cost report). Each, proposed, would read something else as the
 * field: a list of responder requests as the user, a line item's type as its cost, a 0–10 answer as a 1–5 rating.
 */
import type { ImportField } from './fields';
import { namesACategory, spacedHeader } from './header-words';
import { tenPointAnswers } from './rating-scale';
import { tooLargeForMilliseconds } from './latency-scale';

/** A serialised list or object in one cell: "[]", "[{'state': 'joined', …}]", "{'id': 'P6OZOP6', …}" (JSON or a Python repr). */
function isSerialised(value: string): boolean {
  return (value.startsWith('[') && value.endsWith(']')) || (value.startsWith('{') && value.endsWith('}'));
}

/** Fields read as a number: a header naming a kind or a name of something holds words, never such a figure. */
const MEASURES: ReadonlySet<ImportField['type']> = new Set(['tally', 'count', 'seconds', 'rating', 'percent', 'minutes', 'week']);

/**
 * Who handles an incident, not who uses the AI: PagerDuty's "assigned_to_user_names", "responder_requests",
 * "incidents_responders", "last_status_change_by"; an on-call or escalation target. ("Responder" alone is a survey's
 * respondent, and stays the user.)
 */
export function namesAnIncidentRole(header: string): boolean {
  const words = spacedHeader(header).trim();
  if (/^responder$/i.test(words)) return false;
  return /(^|[^a-z])(assign(ed|ee|ees|ment|ments)?|responders?|on ?call|acknowledg\w*|resolved|escalat\w*|status change)([^a-z]|$)/i.test(words);
}

/** Who did something ("Tested By", "Executed By", "Assigned To", "Owner"): a person, never a case's or an output's id. */
function namesAPerson(header: string): boolean {
  return /(^|[^a-z])(by|assigned to|assignee|owner|tester|author|reporter|creator)$/i.test(spacedHeader(header).trim());
}

/** A record's number or key ("incident_number", "Ticket No", "order_id"): unique per row, never a 1–5 answer. */
function namesARecordNumber(header: string): boolean {
  return /(^|[^a-z])(number|no|nr|id|key)$/i.test(spacedHeader(header).trim());
}

/**
 * What a cloud bill is charged to or measured in, not who used the AI or which team: Google Cloud's "Billing account
 * name", AWS's "Linked account", a line item's "Usage unit" (count, hour, gibibyte) or Azure's "UnitOfMeasure".
 */
function namesABillingAccount(header: string): boolean {
  // FOCUS (the FinOps export AWS, Google Cloud, Azure and Oracle write) calls a linked account a "SubAccountId".
  return /(^|[^a-z])(billing|payer|payee|linked|master|cloud|service|subscription|sub) ?account/i.test(spacedHeader(header));
}

/**
 * The period a bill covers (FOCUS's "BillingPeriodStart" and "BillingPeriodEnd", AWS's "bill/BillingPeriodStartDate", an
 * "invoice month"): the same month on every line item of the bill, never when a cost was incurred ("ChargePeriodStart").
 */
function namesABillingPeriod(header: string): boolean {
  return /(^|[^a-z])(billing|invoice|bill) ?(period|month|cycle)/i.test(spacedHeader(header));
}

/**
 * What one unit costs, not what a row cost: FOCUS's "ListUnitPrice" and "ContractedUnitPrice", AWS's
 * "lineItem/UnblendedRate", Harvest's "Billable Rate", "hourly_rate_usd". Read as the cost, a row of 2 requests at
 * $0.0000004 each would count $0.0000004.
 */
function namesAUnitPrice(header: string): boolean {
  return /unit ?(price|cost)|(^|[^a-z])(rate|hourly)([^a-z]|$)|price per/i.test(spacedHeader(header));
}

function namesAUnitOfMeasure(header: string): boolean {
  // Google Cloud's billing export to BigQuery writes "usage.unit" and "usage.pricing_unit".
  return /(^|[^a-z])(usage|pricing|price|billing|cost|currency|quantity|consumed|metering|meter)[ .]?units?$|unit ?of ?measure/i.test(spacedHeader(header).trim());
}

/**
 * A person's rights in the tool's workspace (ChatGPT Enterprise's "role" and "user_role": owner, admin, member), not a
 * team or a kind of user: grouped by it, adoption "in every group" would compare admins with members. Words of a job
 * ("Nurse", "Analyst") stay a group.
 */
const ACCOUNT_ROLES = new Set([
  'owner', 'account owner', 'workspace owner', 'org owner', 'organization owner', 'organisation owner', 'primary owner',
  'admin', 'administrator', 'account admin', 'workspace admin', 'org admin', 'organization admin', 'organisation admin',
  'super admin', 'superadmin', 'billing admin', 'billing', 'member', 'standard user', 'standard', 'user', 'users', 'guest',
  'viewer', 'analytics viewer', 'read only', 'readonly', 'editor', 'collaborator', 'seat', 'pending', 'invited',
]);

export function accountRoles(values: readonly string[]): boolean {
  return values.length > 0 && values.every((v) => ACCOUNT_ROLES.has(v.trim().toLowerCase().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ')));
}

/**
 * True when a column must not be proposed for a field whatever its header says: cells holding serialised lists or
 * objects (one value of no field), a kind or name of something for a figure ("cost_type": tokens, web_search), an
 * incident's assignee or responder for the user, a record's number for a rating.
 */
export function vetoed(field: ImportField, text: string, values: readonly string[], textShaped: boolean, named: boolean): boolean {
  if (values.length > 0 && values.filter(isSerialised).length * 2 > values.length) return true;
  if (MEASURES.has(field.type) && textShaped && (namesACategory(text) || /(^|[^a-z])(name|names|policy|description)([^a-z]|$)/i.test(spacedHeader(text)))) return true;
  // The reviewer of a review log may well be an assignee: only a user of the AI is vetoed.
  if (field.id === 'userId' && !field.aliases.includes('reviewer') && namesAnIncidentRole(text)) return true;
  if (field.type === 'rating' && !named && namesARecordNumber(text)) return true;
  if (field.id === 'userId' && namesABillingAccount(text)) return true;
  if (field.id === 'group' && (namesAUnitOfMeasure(text) || accountRoles(values))) return true;
  if ((field.id === 'date' || field.id === 'periodEnd') && namesABillingPeriod(text)) return true;
  if (field.id === 'cost' && namesAUnitPrice(text)) return true;
  // TestRail's "Tested By" starts like "test": a case id of it would make each tester one case. Opsgenie's
  // "report.closedBy" is who closed an alert, not when.
  if (((field.type === 'id' && field.id !== 'userId') || field.type === 'moment') && namesAPerson(text)) return true;
  // Answers 0–10 (a Net Promoter question, Delighted's "score"): never a 1–5 rating, whatever the header.
  if (field.type === 'rating' && tenPointAnswers(values) !== null) return true;
  // Nanoseconds (Datadog's "@duration": 1908000000) are neither seconds nor milliseconds.
  if (field.type === 'seconds' && tooLargeForMilliseconds(values, false)) return true;
  return false;
}

/** Whole numbers going up by one on every row (1, 2, 3, 4): row numbers, not answers. */
export function countsUp(values: readonly string[]): boolean {
  if (values.length < 3) return false;
  for (let i = 1; i < values.length; i++) if (Number(values[i]) !== Number(values[i - 1]) + 1) return false;
  return true;
}
