import type { FieldRequirement, ImportField } from './fields';

/**
 * Fields of an operations file (issue 10): monitoring data, one row per request or one row per hour
 * or day. Only the time is required; every measured column is optional ("whichever columns exist").
 */

const count = (id: string, label: string, aliases: readonly string[]): ImportField => ({ id, label, required: false, type: 'tally', aliases });

export const operationsFields = {
  requests: count('requests', 'Requests', [
    'requests', 'request count', 'requests count', 'number of requests', 'total requests', 'calls', 'api calls', 'call count',
    'invocations', 'interactions', 'conversations', 'queries', 'query count', 'anfragen', 'aufrufe', 'requêtes', 'requetes',
    'solicitudes', 'peticiones', 'verzoeken', 'aanvragen',
    // A log search's count of events per time bucket: Splunk's "count", CloudWatch Logs Insights' "count(*)", New Relic's "Count".
    'count',
  ]),
  errors: count('errors', 'Errors', [
    'errors', 'error count', 'error', 'errored', 'is error', 'failed', 'failures', 'failure', 'failed requests', 'failed calls',
    'fehler', 'fehlgeschlagen', 'erreurs', 'erreur', 'errores', 'fallos', 'fouten', 'mislukt',
  ]),
  latency: {
    id: 'latency',
    label: 'Latency (seconds)',
    required: false,
    type: 'seconds',
    aliases: [
      'latency', 'latency s', 'latency sec', 'latency seconds', 'latency ms', 'response time', 'response time s', 'response time ms',
      'mean latency', 'avg latency', 'average latency', 'mean latency ms', 'avg latency ms', 'average latency ms', 'latency mean',
      'latency avg', 'mean response time', 'avg response time', 'average response time',
      // Application Insights' request logs ("duration" in the classic requests table, "DurationMs" in AppRequests):
      // the time taken to handle each request.
      'duration', 'duration ms', 'request duration', 'request duration ms',
      'antwortzeit', 'latenz', 'latence', 'temps de réponse', 'latencia', 'tiempo de respuesta', 'responstijd',
    ],
  } satisfies ImportField,
  cost: count('cost', 'Cost', [
    'cost', 'costs', 'cost usd', 'cost eur', 'cost gbp', 'total cost', 'cost total', 'spend', 'price', 'charge', 'charges',
    'kosten', 'coût', 'cout', 'coste', 'costo', 'kost',
  ]),
  escalations: count('escalations', 'Escalations to a person', [
    'escalations', 'escalation', 'escalated', 'escalation count', 'handoffs', 'handoff', 'hand off', 'handovers', 'handover',
    'human handoff', 'handed to human', 'transferred', 'transfer to human', 'transfers', 'to human', 'eskalation', 'eskalationen',
    'eskaliert', 'escalade', 'escalades', 'escalado', 'escalaciones', 'escalatie', 'escalaties',
  ]),
  thumbsUp: count('thumbsUp', 'Thumbs up', [
    'thumbs up', 'thumbsup', 'thumb up', 'likes', 'upvotes', 'upvote', 'positive feedback', 'positive', 'helpful', 'helpful votes',
    'daumen hoch', 'pouce levé', 'me gusta',
  ]),
  thumbsDown: count('thumbsDown', 'Thumbs down', [
    'thumbs down', 'thumbsdown', 'thumb down', 'dislikes', 'downvotes', 'downvote', 'negative feedback', 'negative', 'not helpful',
    'unhelpful', 'daumen runter', 'pouce baissé', 'no me gusta',
  ]),
  // Application Insights samples busy apps: "ItemCount" is how many requests one row stands for. Counted once each,
  // the requests, errors and costs of a sampled log read low, so every count of the row is multiplied by it.
  itemCount: {
    id: 'itemCount',
    label: 'Requests per row (sampling)',
    required: false,
    type: 'count',
    aliases: ['itemcount', 'item count', 'items count', 'sample count', 'samplecount', 'sampling count', 'represented requests'],
  } satisfies ImportField,
  // A cloud bill's line item covers a period (Google Cloud's "usage_start_time" to "usage_end_time": an hour, a day, or
  // a whole month for a subscription): read, a cost spread over more than a week is said to fall in its start's week.
  periodEnd: {
    id: 'periodEnd',
    label: 'End of the period a row covers',
    required: false,
    type: 'date',
    aliases: ['usage end time', 'usage end', 'usage end date', 'usage end datetime', 'period end', 'billing period end', 'billing period end date', 'interval end', 'end time', 'end date', 'charge period end', 'usage to'],
  } satisfies ImportField,
} as const;

/** The measured fields, one of which must be mapped. */
export const operationsMeasures = ['requests', 'errors', 'latency', 'cost', 'escalations', 'thumbsUp', 'thumbsDown'] as const;

export const operationsRequirements: readonly FieldRequirement[] = [
  { label: 'Date or week number', anyOf: [['date'], ['week']] },
  {
    label: 'Something measured: requests, errors, latency, cost, escalations or thumbs up/down',
    anyOf: operationsMeasures.map((m) => [m]),
  },
];
