/**
 * What a header's words say a column is not: a rate is not a count, a percentile is not a mean, a 1–10 question
 * is not a 1–5 rating. Each of these, read as the field it resembles, would give a confident wrong figure.
 */

/** Header words split where a tool glued them: "errorRate" → "error Rate", "latencyMs" → "latency Ms". */
export function spacedHeader(header: string): string {
  return header.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ');
}

/**
 * A header that speaks of a rate or a share ("Error rate (%)", "escalation_pct", "errorRate") or of events per unit
 * of time ("Failures/s", "Requests/s" in Locust's stats, "requests per minute", "RPS"): such a column holds a figure
 * already divided, never a count of events. Read as errors, "2" (percent) would count as 2 errors.
 */
export function isRateHeader(header: string): boolean {
  return (
    /%|(^|[^a-z])(share|pct|percent|percentage|taux|tasa|rps|qps|tps)([^a-z]|$)|(rate|ratio|quote|quota|anteil)([^a-z]|$)/i.test(spacedHeader(header)) ||
    /\/\s*(s|sec|second|m|min|minute|h|hr|hour)\b|\bper\s+(s|sec|second|min|minute|h|hr|hour)\b/i.test(header)
  );
}

/** A latency header naming a percentile, median or extreme ("p95_latency_ms", "max latency"): never a mean latency. */
export function isPercentileHeader(header: string): boolean {
  return /(^|[^a-z])(p\d{2}(\.\d+)?|percentile|median|max|maximum|min|minimum|tp\d{2})([^a-z]|$)|\d{2}(th|\.)? ?percentile/i.test(spacedHeader(header));
}

/**
 * A rating question that names a scale other than 1–5 ("On a scale of 1 to 10", "(0-10)", "out of 10",
 * "How likely are you to recommend…"): its 4 is not a 4 of 5, so it is never read as a 1–5 rating.
 */
export function namesOtherScale(header: string): boolean {
  // "How likely are you to recommend us? (1-5)" names its 1–5 scale: that settles it.
  if (/\b1\s*(-|–|to|bis|à|a|tot)\s*5\b/i.test(header)) return false;
  return /\b[01]\s*(-|–|to|bis|à|a|tot)\s*(3|4|6|7|8|9|10|11|100)\b|\bout of\s*(3|4|6|7|10|100)\b|\/\s*(7|10|100)\b|\bnps\b|net promoter|recommend|empfehlen|recommander|recomendar|aanbevelen/i.test(header);
}

/**
 * A header that counts people ("Daily active members", "Weekly active users", "Number of employees", "# seats"):
 * its values are how many people, per row. Read as a user id, every count would become one "person"; read as a
 * week number, a count of 55 would become week 55.
 */
export function namesACountOfPeople(header: string): boolean {
  const words = spacedHeader(header);
  const people = /(^|[^a-z])(members|users|people|persons|employees|seats|licen[cs]es|respondents|participants|agents|nutzer(innen)?|mitarbeitende|utilisateurs|usuarios|gebruikers)([^a-z]|$)/i;
  const counted = /(^|[^a-z])(active|daily|weekly|monthly|number|count|total|posting|enabled|licensed|assigned|anzahl|nombre|número|numero|aantal)([^a-z]|$)|#|\bno\.\s/i;
  return people.test(words) && counted.test(words);
}

/**
 * A header naming a row number or a record's identifier ("ID", "#", "No.", "Response ID", "Respondent ID",
 * "row_number"): survey tools put one first. In a small survey it holds 1, 2, 3, 4, which fit a 1–5 rating;
 * it is never read as one (nor as any other measure) unless the user chooses it.
 */
export function namesARowNumber(header: string): boolean {
  const words = spacedHeader(header).trim();
  return /^(#|no\.?|nr\.?|n°|num(ber)?|index|idx|row|row ?(number|no\.?|#|id)|line|line ?(number|no\.?)|((response|respondent|record|submission|entry|survey|form|row|result|answer)s? ?)?id)$/i.test(words);
}

/**
 * A date of a person's account, not of any use: invited, signed up, registered, joined, hired, enrolled
 * ("created_or_invited_date" in ChatGPT Enterprise's user report). Read as the activity date, every weekly
 * row of a user would land in the week they were invited, each counted as active there.
 */
export function namesAccountDate(header: string): boolean {
  // Not "registered" or "assigned": an incident's logged and assigned times are its own (ITIL tools).
  // Slack's member analytics: "Account created (UTC)", "Claimed Date (UTC)" (the invitation accepted), "Deactivated date".
  return /invit|sign ?up|joined|join date|hire|birth|onboard|enrol|account ?(created|creation)|claimed|deactivat/i.test(spacedHeader(header));
}

/**
 * A date of the report itself, not of any use: when it was generated or refreshed ("report_time" in GitHub Copilot's
 * activity report, "Report Refresh Date" in Microsoft 365's), or a sign-in ("last_authenticated_at": GitHub counts
 * signing in as no Copilot activity). Read as the activity date, every user listed, the never-active ones too, would
 * count as active in that one week.
 */
export function namesReportDate(header: string): boolean {
  return /refresh|report ?(time|generated|created|run)|exported|snapshot|\bas of\b|authenticat/i.test(spacedHeader(header));
}

/**
 * An urgency ("urgency" in PagerDuty's and ServiceNow's incident exports): how fast responders are notified, not how
 * severe the incident is. PagerDuty's is only high or low, so read as the severity an outage for every user would be
 * "high" and the plan's critical incidents would read 0.
 */
export function namesUrgency(header: string): boolean {
  return /urgen[ct]|dringlichkeit|urgence/i.test(spacedHeader(header));
}

const BEST_ANSWER =
  '(very|extremely|completely|fully|highly|strongly|sehr|très|muy|zeer)?\\s*(satisfied|happy|good|agree|excellent|useful|helpful|zufrieden|gut|satisfait|bien|satisfecho|bueno|tevreden|goed)';
const WORST_ANSWER = '(very|extremely|completely|strongly|not at all|sehr|très|muy|zeer)?\\s*(dis|un|not|poor|bad|terrible|schlecht|unzufrieden|mauvais|malo|slecht)';

/**
 * A 1–5 question whose 1 is the best answer ("(1 = very satisfied, 5 = very dissatisfied)", "1 = sehr gut"): the app's
 * rating counts 5 as the best, so every answer would be read reversed (a 1 of "very satisfied" as the worst rating).
 */
export function namesReversedScale(header: string): boolean {
  return new RegExp(`\\b1\\s*(=|:|-|–)\\s*${BEST_ANSWER}`, 'i').test(header) || new RegExp(`\\b5\\s*(=|:|-|–)\\s*${WORST_ANSWER}`, 'i').test(header);
}

/**
 * A header naming a code for an answer rather than the answer ("ratingId" in Help Scout's happiness ratings, where 1 is
 * Great, 2 Okay and 3 Not Good; "rating_code", "Answer key"): which code is the best answer is the tool's own
 * convention, so the codes are never read as a 1–5 rating, where 5 is the best.
 */
export function namesACode(header: string): boolean {
  return /(^|[^a-z])(id|ids|code|codes|key)$/i.test(spacedHeader(header).trim());
}

/**
 * A header counting one kind of use event ("Inline_SuggestionsCount", "InlineChat_EventCount", "Chat_MessagesSent" in
 * Amazon Q Developer's user activity report; "chatRequests"): beside another such count, each counts one feature's
 * uses only, and a 0 there says nothing of the day's other uses.
 */
export function namesUseEvents(header: string): boolean {
  return USE_EVENTS.test(spacedHeader(header).trim());
}

const USE_EVENTS = /(^|[^a-z])(events?|requests?|messages?|suggestions?|sessions?|prompts?|quer(y|ies)|chats?|completions?|interactions?|acceptances?|invocations?|conversations?|activity|activities)( count| sent| made)?$/i;

/**
 * A count of use events named for one feature ("Chat_MessagesSent", "Inline_SuggestionsCount"), not all uses
 * ("messages", "Number of requests", "total_requests"): words before the events name what was counted.
 */
export function namesOneFeaturesUses(header: string): boolean {
  const words = spacedHeader(header).trim();
  const match = USE_EVENTS.exec(words);
  if (match === null) return false;
  const before = words.slice(0, match.index).replace(/\b(number|num|no|nr|count|total|all|of|the|n)\b|[^a-z]/gi, '');
  return before !== '';
}

/**
 * The date a survey was sent or asked for ("request_sent_at" in Medallia Agent Connect's exports, "Invitation sent"),
 * not when it was answered: a reply days later belongs to the week it was given.
 */
export function namesRequestDate(header: string): boolean {
  return /(^|[^a-z])(sent|request|requested|invited|invitation|delivered|scheduled|queued)([^a-z]|$)/i.test(spacedHeader(header));
}

/** The date an answer was given ("response_received_at", "Submitted at", "Completion time", "End Date"). */
export function namesAnswerDate(header: string): boolean {
  return /(^|[^a-z])(response|responded|received|submitted|submit|answered|completed|completion|end)([^a-z]|$)/i.test(spacedHeader(header));
}

/**
 * A header naming an amount: of time, a size, a count or a total ("Weekend_collaboration_hours",
 * "Days_of_active_Copilot_usage_in_Teams", "Copilot_actions_taken_in_Teams", "Total_Copilot_active_days" in a Viva
 * Insights person query). Its values say how much, never a week number (the "week" in "Weekend"), a group (the
 * "Teams" app the days were counted in) or a yes/no.
 */
export function namesAnAmount(header: string): boolean {
  return /(^|[^a-z])(hours?|hrs|minutes|mins|days|seconds|secs|duration|size|count|total|actions|number of)([^a-z]|$)/i.test(spacedHeader(header));
}

/**
 * A header naming how long something took ("Median Response Time" in Locust's stats, "resolution_time" in minutes
 * in an SLA report, "elapsed", "latency_ms", "time taken"): its numbers are durations, never the date of the row,
 * however it ends in "time".
 */
export function namesADuration(header: string): boolean {
  return /(^|[^a-z])((response|resolution|handling|processing|execution|run|wait|waiting|load) ?times?|time (taken|spent|to \w+)|elapsed|latency|latencies|duration)([^a-z]|$)/i.test(
    spacedHeader(header),
  );
}

/**
 * A header naming a code or a number that identifies something ("Codigo Postal", "ZIP", "PLZ", "order number"):
 * five-digit postal codes (34200) fall among Excel's date serials, yet are never dates.
 */
export function namesACodeOrNumber(header: string): boolean {
  return /(^|[^a-z])(codes?|c[oó]digo|postal|post ?code|zip|zip ?code|plz|cp|number|nr|no|num|id|ids|key)([^a-z]|$)/i.test(spacedHeader(header));
}

/**
 * A date of each user's last activity ("Last Activity Date" in Microsoft 365's reports, "last_activity_at" in GitHub
 * Copilot's): one row per user, dated by the last day they were active.
 */
export function namesLastActivity(header: string): boolean {
  return /\blast[\s_-]*(activ|seen|used|use|login|sign)|\blast[\s_-]*(day|date)\b/i.test(header);
}

/**
 * A header with "active" in it that is not whether the person was active that period: its negation
 * ("inactive", "not active"), an account's or a licence's state ("account active", "user status"), or a
 * date or amount ("last active", "days active", "active minutes").
 */
export function qualifiesActive(header: string): boolean {
  // "Billing-active" (Slack's member analytics) says whether the member is billed, not whether they used anything.
  return /inactiv|not ?active|non ?active|deactiv|account|licen[cs]|status|seat|enabled|billing|billable|paid|last|since|first|minutes|hours|days|date|time|count|total/i.test(spacedHeader(header));
}

/**
 * A header naming a score ("Hallucination score", "relevancy_score", "confidence") or the threshold it is judged
 * against ("Hallucination threshold"): a degree between 0 and 1, not a verdict. DeepEval's HallucinationMetric scores the share of contexts contradicted; read as a yes/no, a run scored 0
 * or 1 throughout looks right, and the first case scored 0.33 is rejected with its accuracy.
 */
export function namesAScore(header: string): boolean {
  return /(^|[^a-z])(score|scores|probability|confidence|likelihood|threshold|cutoff)([^a-z]|$)/i.test(spacedHeader(header));
}

/**
 * A header saying a check passed ("Hallucination success" in DeepEval's results, "hallucination_passed"): yes there
 * means the output did not hallucinate. Read as whether it hallucinated, every passed case would count as one.
 */
export function namesAPass(header: string): boolean {
  return /(^|[^a-z])(success|successful|succeeded|pass|passed|passes|ok)([^a-z]|$)/i.test(spacedHeader(header));
}

/**
 * A header naming a kind of thing rather than one ("Account type" in Slack's member analytics: Member, Guest…; a role, a
 * status, a plan): its values are shared by many rows. Read as the user, every member would be one person "Member".
 */
export function namesACategory(header: string): boolean {
  return /(^|[^a-z])(type|kind|category|class|role|status|state|plan|tier|level)([^a-z]|$)/i.test(spacedHeader(header));
}
