/**
 * A monitoring panel's series (one row per fixed interval) in an operations file without a requests column: each
 * row would count as one request. Before, only a header saying "mean" or one row per day raised the warning; a
 * Grafana download of half-hourly means ("Time;1024;128…") imported as 48 requests a day without a word.
 */
import { describe, expect, it } from 'vitest';
import { seriesStep } from '../../../shared/csv/metric-series';
import { previewText } from './helpers';

const rows = (times: readonly string[], value = (i: number) => `${1.2 + i / 10}`) => times.map((t, i) => `${t},${value(i)}`).join('\n');
const halfHours = ['2026-03-02T18:30:00.000Z', '2026-03-02T19:00:00.000Z', '2026-03-02T19:30:00.000Z', '2026-03-02T20:00:00.000Z', '2026-03-02T20:30:00.000Z', '2026-03-02T21:00:00.000Z', '2026-03-03T09:00:00.000Z'];

describe('the step of a series of times (seconds)', () => {
  const minutes = (list: readonly number[]) => list.map((m) => m * 60);
  it.each([
    [minutes([0, 30, 60, 90, 120, 150]), 1800],
    [minutes([0, 5, 10, 15, 20, 25, 30, 35, 45]), 300], // one gap of two steps
    [minutes([0, 1, 2, 3, 4, 5, 6]), 60],
    [minutes([0, 30, 30, 60, 60, 90, 90, 120, 150]), 1800], // two series: each time twice
    [[0, 10, 20, 30, 40, 50, 60], 10], // a panel refreshed every 10 seconds
    [minutes([0, 2, 3, 7, 8, 15, 21]), null], // requests as they came
    [minutes([0, 30, 60, 75, 90, 120]), null], // steps 30, 30, 15, 15, 30 are not 80% one step
    [minutes([0, 30, 60]), null], // too few to tell
    [[0, 1, 2, 3, 4, 5, 6, 8], null], // a busy log written to the second: no grid
  ])('%j → %s', (times, step) => {
    expect(seriesStep(times)).toBe(step);
  });
});

describe('an operations file of intervals without a requests column is warned about', () => {
  it.each([
    ['Time,mean_latency_s', rows(halfHours), true],
    // Grafana's long format: one row per series and time.
    ['Time,latency_s', rows(halfHours.flatMap((t) => [t, t])), true],
    ['Time,latency_s', rows(['3/20/2026 6:00 PM', '3/20/2026 7:00 PM', '3/20/2026 8:00 PM', '3/20/2026 9:00 PM', '3/20/2026 10:00 PM', '3/20/2026 11:00 PM']), true],
    // A request log: times where the requests came.
    ['Time,latency_s', rows(['2026-03-02T10:15:01.779Z', '2026-03-02T10:20:05.621Z', '2026-03-02T10:25:01.867Z', '2026-03-02T10:30:01.695Z', '2026-03-02T10:35:04.720Z', '2026-03-02T10:40:01.998Z']), false],
    ['Time,latency_s', rows(['2026-03-02 10:02', '2026-03-02 10:03', '2026-03-02 10:07', '2026-03-02 10:08', '2026-03-02 10:15', '2026-03-02 10:21']), false],
    // Grafana's "Series;Time;Value" of a short range: every 10 seconds, to the second.
    ['Time,latency_s', rows(['2017-07-14T10:00:00Z', '2017-07-14T10:00:10Z', '2017-07-14T10:00:20Z', '2017-07-14T10:00:30Z', '2017-07-14T10:00:40Z', '2017-07-14T10:00:50Z']), true],
    // The same as Unix times (seconds, then milliseconds), as Grafana's older "Series;Time;Value" download writes them.
    ['Time,latency_s', rows(['1500026100', '1500026110', '1500026120', '1500026130', '1500026140', '1500026150']), true],
    ['Time,latency_s', rows(['1500026100000', '1500026110000', '1500026120000', '1500026130000', '1500026140000', '1500026150000']), true],
    ['Time,latency_s', rows(['1500026100123', '1500026110456', '1500026120789', '1500026130012', '1500026140345', '1500026150678']), false],
  ] as const)('%s with %j rows → %s', (header, body, warned) => {
    const preview = previewText(`${header}\n${body}`, 'operations', { settings: { latencyUnit: 'seconds' } });
    const codes = preview.plausibility.warnings.map((w) => w.code);
    expect(codes.includes('aggregates_without_requests')).toBe(warned);
  });

  it('a requests column settles it: no warning', () => {
    const body = halfHours.map((t, i) => `${t},${120 + i},1.${i}`).join('\n');
    const preview = previewText(`Time,requests,latency_s\n${body}`, 'operations');
    expect(preview.plausibility.warnings.map((w) => w.code)).not.toContain('aggregates_without_requests');
  });

  it('the warning says the step and what requests per day would read', () => {
    const preview = previewText(`Time,latency_s\n${rows(halfHours)}`, 'operations', { settings: { latencyUnit: 'seconds' } });
    expect(preview.plausibility.warnings.find((w) => w.code === 'aggregates_without_requests')?.message).toMatch(
      /“Time” has a row every 30 minutes.*requests per day would read about 4 \(7 rows over 2 days in the file\)/,
    );
  });
});
