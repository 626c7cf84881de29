/** How well a column's header matches a field's aliases, with the words some aliases may only stand for in one place. */
import type { ImportField } from './fields';
import { headerKey } from './header-key';

/**
 * How well a header matches an alias: exact beats a match at the end ("user rating" is a rating), which
 * beats one at the start ("rating 1-5"), which beats one inside. Short aliases ("id", "ms") only match exactly.
 */
export function aliasScore(header: string, alias: string): number {
  if (header === alias) return 100 + alias.length;
  if (alias.length < 4) return 0;
  if (header.endsWith(alias)) return 60 + alias.length;
  if (header.startsWith(alias)) return 50 + alias.length;
  if (header.includes(alias)) return 30 + alias.length;
  return 0;
}

const aliasKeys = new WeakMap<ImportField, readonly string[]>();

/** Header keys counting uses: "count" after a word for one use ("promptcount", "sessionscount", "numberofqueriescount"). */
const USE_COUNT = /(use|uses|usage|prompts?|messages?|quer(y|ies)|sessions?|requests?|chats?|interactions?|actions?|runs?|calls?|generations?|completions?|conversations?)count$/;

/** Use aliases that name what a whole channel or workspace has too: read only as a header's last word. */
const AT_END_ONLY = new Set(['messages', 'chats', 'conversations']);

/**
 * Aliases read only as the whole header: a request log's "duration" is how long the request took, while Qualtrics'
 * "Duration (in seconds)" is how long a respondent took over the survey.
 */
const WHOLE_HEADER_ONLY: Readonly<Record<string, ReadonlySet<string>>> = {
  latency: new Set(['duration']),
  // "count" alone is a log search's count of events; "error_count" or "escalation_count" counts something else.
  requests: new Set(['count']),
  // "Me gusta" is a like; "Me gustaría ser más yo…" (I would like to be more myself) is a survey question. "Helpful"
  // counts votes; "helpfulness" is a judge's 1–5 score.
  thumbsUp: new Set(['megusta', 'helpful']),
  thumbsDown: new Set(['nomegusta']),
};

/**
 * Aliases read only at the start of a header: Spanish "fecha" (date) ends "satisfecha" (satisfied), so "Me considero
 * una persona satisfecha" would be headed like a date. ("Fecha de creación" still is; dates headed otherwise are
 * found by their values.)
 */
const AT_START_ONLY: Readonly<Record<string, ReadonlySet<string>>> = {
  date: new Set(['fecha']),
};

/** Best alias match of a header key for a field (0 when none). */
export function headerScore(field: ImportField, key: string): number {
  let keys = aliasKeys.get(field);
  if (!keys) {
    keys = field.aliases.map(headerKey);
    aliasKeys.set(field, keys);
  }
  let best = 0;
  for (const alias of keys) {
    // "count" names uses alone or after a use ("prompt_count"): "comments_count" (Jira) counts comments, and
    // "account" only contains it.
    if (field.id === 'uses' && alias === 'count' && key !== alias && !USE_COUNT.test(key)) continue;
    // "messages" counts uses alone or at the end ("total messages"), not at the start: Slack's "Messages in public
    // channels" counts a whole channel's messages per day.
    if (field.id === 'uses' && AT_END_ONLY.has(alias) && !key.endsWith(alias)) continue;
    if (WHOLE_HEADER_ONLY[field.id]?.has(alias) === true && key !== alias) continue;
    if (AT_START_ONLY[field.id]?.has(alias) === true && !key.startsWith(alias)) continue;
    const score = aliasScore(key, alias);
    if (score > best) best = score;
  }
  return best;
}
