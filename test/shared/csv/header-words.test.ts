import { describe, expect, it } from 'vitest';
import { isPercentileHeader, isRateHeader, namesACodeOrNumber, namesADuration, namesARowNumber, namesOtherScale, spacedHeader } from '../../../shared/csv/header-words';
import { latencyUnitFromHeader } from '../../../shared/csv/latency-unit';

describe('what a header says a column is not', () => {
  it.each([
    ['Error rate (%)', true],
    ['error_rate_pct', true],
    ['errorRate', true],
    ['Fehlerquote', true],
    ['escalation share', true],
    ['Failures/s', true],
    ['Requests/s', true],
    ['requests per minute', true],
    ['RPS', true],
    ['Overall RPS', true],
    ['Failure Count', false],
    ['errors (s)', false],
    ['errors', false],
    ['Errors (count)', false],
    ['failed requests', false],
    ['escalations', false],
  ])('%j is a rate: %s', (header, rate) => {
    expect(isRateHeader(header)).toBe(rate);
  });

  it.each([
    ['Codigo Postal', true],
    ['ZIP', true],
    ['PLZ', true],
    ['order_number', true],
    ['Average Content Size', false],
    ['Created', false],
    ['Fecha', false],
  ])('%j names a code or a number, never a date: %s', (header, code) => {
    expect(namesACodeOrNumber(header)).toBe(code);
  });

  it.each([
    ['Median Response Time', true],
    ['Average Response Time', true],
    ['elapsed', true],
    ['latency_ms', true],
    ['Duration', true],
    ['resolution_time', true],
    ['Time to resolve', true],
    ['time_taken', true],
    ['Resolved time', false],
    ['Response date', false],
    ['Start time', false],
    ['timeStamp', false],
  ])('%j names how long something took, never a date: %s', (header, duration) => {
    expect(namesADuration(header)).toBe(duration);
  });

  it.each([
    ['p95_latency_ms', true],
    ['latency p99', true],
    ['Max latency', true],
    ['median response time', true],
    ['95th percentile latency', true],
    ['avg_latency', false],
    ['mean_latency_ms', false],
    ['latency', false],
  ])('%j names a percentile or extreme: %s', (header, percentile) => {
    expect(isPercentileHeader(header)).toBe(percentile);
  });

  it.each([
    ['On a scale of 1 to 10, how satisfied are you?', true],
    ['Satisfaction (0-10)', true],
    ['Score out of 10', true],
    ['How likely are you to recommend the assistant?', true],
    ['NPS', true],
    ['How likely are you to recommend us? (1-5)', false],
    ['How satisfied are you with the assistant? (1-5)', false],
    ['Rating', false],
  ])('%j names a scale other than 1–5: %s', (header, other) => {
    expect(namesOtherScale(header)).toBe(other);
  });

  it.each([
    ['ID', true],
    ['Id', true],
    ['#', true],
    ['No.', true],
    ['Response ID', true],
    ['ResponseId', true],
    ['respondent_id', true],
    ['row_number', true],
    ['Index', true],
    ['Rating', false],
    ['Satisfaction', false],
    ['Idea score', false],
    ['Number of stars', false],
    ['user id', false],
  ])('%j names a row number or record id: %s', (header, rowNumber) => {
    expect(namesARowNumber(header)).toBe(rowNumber);
  });

  it.each([
    ['latencyMs', 'milliseconds'],
    ['latency_ms', 'milliseconds'],
    ['Response time (msec)', 'milliseconds'],
    ['durationMillis', 'milliseconds'],
    ['Mean latency (s)', 'seconds'],
    ['latency_seconds', 'seconds'],
    ['latencySec', 'seconds'],
    ['avg_latency', null],
    ['response time', null],
    // Grafana table columns named in a database: glued words, "mili" with one "l". Before: asked.
    ['executioninmiliseconds', 'milliseconds'],
    ['ExecutionInMiliseconds', 'milliseconds'],
    ['durationinmilliseconds', 'milliseconds'],
    ['latency_nanoseconds', null], // neither: asked
    ['latency_microseconds', null],
  ])('%j names the unit %s', (header, unit) => {
    expect(latencyUnitFromHeader(header)).toBe(unit);
  });

  it('splits glued words', () => {
    expect(spacedHeader('avgLatencyMs_total')).toBe('avg Latency Ms total');
  });
});
