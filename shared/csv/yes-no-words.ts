/** The words a yes/no cell is written in: test verdicts, activity flags, and what says a case got no verdict. */

const booleanWords = new Map<string, boolean>([
  ['yes', true], ['y', true], ['true', true], ['t', true], ['1', true], ['ja', true], ['j', true], ['oui', true],
  ['si', true], ['sí', true], ['correct', true], ['pass', true], ['passed', true], ['ok', true], ['✓', true],
  ['✔', true], ['1.0', true], ['0.0', false], ['no', false], ['n', false], ['false', false], ['f', false], ['0', false], ['nein', false],
  ['non', false], ['incorrect', false], ['wrong', false], ['fail', false], ['failed', false], ['✗', false],
  ['✘', false],
  // Emoji marks as LLM test logs and spreadsheets write them; with or without the emoji variation selector.
  ['✅', true], ['✔️', true], ['☑️', true], ['☑', true], ['❌', false], ['✖️', false], ['✖', false], ['❎', false],
]);

const activeWords = new Map<string, boolean>([
  ['active', true], ['inactive', false], ['not active', false], ['aktiv', true], ['inaktiv', false], ['actif', true],
  ['inactif', false], ['activo', true], ['inactivo', false], ['activa', true], ['inactiva', false], ['actief', true],
  ['inactief', false],
]);

/** Whether a person was active that period: yes/no, 1/0, true/false, or the word itself (Active, Inaktiv); undefined when none. */
export function parseActive(text: string): boolean | undefined {
  return activeWords.get(text.toLowerCase()) ?? parseBoolean(text) ?? undefined;
}

/** A column's sampled values read as an active flag: at least 4 in 5 of them are one. */
export function readsAsActive(values: readonly string[]): boolean {
  return values.length > 0 && values.filter((v) => parseActive(v) !== undefined).length >= values.length * 0.8;
}

/**
 * What test tools write where a case got no pass or fail: it errored (promptfoo's ERROR status, a timeout),
 * was skipped, or is not judged yet. Such a case's verdict is unknown: never a fail, never a rejected row.
 */
const notJudgedWords = new Set([
  'error', 'errored', 'err', 'timeout', 'timed out', 'skip', 'skipped', 'not run', 'pending', 'blocked', 'untested',
  'unknown', 'n/a', 'na', '-', '–', '—', '?',
  // TestRail's "Retest" and "Untested"; Xray's TODO, EXECUTING and ABORTED: the case has no verdict (yet).
  'retest', 'todo', 'to do', 'executing', 'aborted', 'in progress',
  // Azure DevOps test outcomes that are neither a pass nor a fail (TestOutcome: Inconclusive, NotExecuted,
  // NotApplicable, Paused, InProgress, NotImpacted, None), as its API and its exports write them.
  'inconclusive', 'not executed', 'notexecuted', 'not applicable', 'notapplicable', 'paused', 'inprogress',
  'not impacted', 'notimpacted',
]);

export function isNotJudged(text: string): boolean {
  return notJudgedWords.has(text.toLowerCase());
}

/**
 * promptfoo's CSV output (`promptfoo eval --output results.csv`) writes one column per model, each cell its verdict in
 * brackets before the score and the model's answer: "[PASS] (1.00)\n\nKevin Schaul is…", "[FAIL] (0.00)…", "[ERROR] …".
 * The bracketed word is the verdict; any other cell is its own verdict.
 */
export function verdictOf(cell: string): string {
  const tagged = /^\[(pass|fail|error)\](\s|$)/i.exec(cell);
  return tagged ? tagged[1]!.toLowerCase() : (outcomeVerdicts.get(cell.toLowerCase()) ?? cell);
}

/**
 * Test runners' outcomes that are a pass or a fail under another name: pytest's expected failure ("xfailed": the case
 * failed, a known failure is still a wrong answer) and unexpected pass; Jenkins' FIXED (passes now) and REGRESSION
 * (fails now).
 */
const outcomeVerdicts = new Map<string, string>([
  ['xfailed', 'fail'], ['xfail', 'fail'], ['xpassed', 'pass'], ['xpass', 'pass'], ['fixed', 'pass'], ['regression', 'fail'],
]);

const verdictWords = new Set(['pass', 'passed', 'fail', 'failed', 'success', 'failure', 'succeeded', ...outcomeVerdicts.keys()]);

/**
 * A column's sampled values read as a test tool's verdicts: PASS, FAIL, ERROR, skipped… (4 in 5 of them), at least
 * one a pass or a fail. Yes/no alone is not enough: a "result" of yes or no is as likely a classifier's answer.
 */
export function readsAsVerdicts(values: readonly string[]): boolean {
  const words = values.map((v) => v.trim().toLowerCase());
  const verdicts = words.filter((v) => verdictWords.has(v)).length;
  return verdicts > 0 && verdicts + words.filter((v) => notJudgedWords.has(v)).length >= words.length * 0.8;
}

/**
 * A request's outcome written as a state (Datadog's span "status": ok / error; a log's success / failed): under an
 * errors column, "ok" is no error, although read as a yes/no it would be a "yes", one error per successful request.
 */
const outcomeWords = new Map<string, number>([
  ['ok', 0], ['success', 0], ['succeeded', 0], ['successful', 0], ['pass', 0], ['passed', 0],
  ['error', 1], ['errored', 1], ['fail', 1], ['failed', 1], ['failure', 1], ['timeout', 1], ['timed out', 1],
]);

/** Errors on a row whose errors cell states the outcome: 0 for ok / success, 1 for error / failed; null for other cells. */
export function errorsOfOutcome(text: string): number | null {
  return outcomeWords.get(text.trim().toLowerCase()) ?? null;
}

/** yes/no, true/false, 1/0 (also 1.0/0.0, as pandas writes a yes/no column with gaps), y/n (and a few other languages); null when it is none of them. */
export function parseBoolean(text: string): boolean | null {
  const value = booleanWords.get(text) ?? booleanWords.get(text.toLowerCase());
  return value ?? null;
}

/**
 * Arize Phoenix's hallucination evaluator labels each answer "hallucinated" or "factual" (its rails): a yes/no on
 * whether the answer hallucinated, written as the judge's words.
 */
const hallucinationWords = new Map<string, boolean>([
  ['hallucinated', true], ['hallucination', true], ['factual', false], ['not hallucinated', false],
]);

/** Whether an output hallucinated: the judge's label ("hallucinated", "factual") or any yes/no; null when none. */
export function parseHallucination(text: string): boolean | null {
  return hallucinationWords.get(text.trim().toLowerCase()) ?? parseBoolean(text);
}

/** A column's sampled values are a hallucination judge's labels ("hallucinated", "factual"), every one of them such a label. */
export function readsAsHallucinationLabels(values: readonly string[]): boolean {
  return values.length > 0 && values.every((v) => hallucinationWords.has(v.trim().toLowerCase()));
}

/** A column's sampled values are a correctness judge's labels (Phoenix's Q&A eval rails "correct" / "incorrect"), all of them. */
export function readsAsCorrectnessLabels(values: readonly string[]): boolean {
  return values.length > 0 && values.every((v) => /^(correct|incorrect)$/i.test(v.trim()));
}
