/**
 * Entry of the bench bundle (built by bench/run.mjs into .cache/bench/dist/cli.mjs):
 *   generate --dir D --rows N --seed S     write or reuse the three quality-log variants
 *   measure  --file F --runs R --cases …   time the import cases (import-bench.ts)
 *   metrics  --rows N --seed S --runs R    time computeMetrics and the stored form
 *   samples  --dir D                       write the app's sample files (every template's)
 *   gates    --runs R                      time evaluatePlan (gates-bench.ts)
 *   baseline --runs R                      time evaluatePlan with every criterion against a baseline (baseline-bench.ts)
 * Each prints one JSON line.
 */
import { formatBaselineBench, runBaselineBench } from './baseline-bench';
import { formatGatesBench, runGatesBench } from './gates-bench';
import { ensureQualityLog } from './generate';
import { main as measure } from './import-bench';
import { metricsBench } from './metrics-bench';
import { writeSamples } from './samples';
import { writeTemplateSamples } from './template-samples';

const [command, ...argv] = process.argv.slice(2);
const arg = (name: string, fallback: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
};
const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

switch (command) {
  case 'generate':
    print(ensureQualityLog(arg('dir', '.cache/bench'), Number(arg('rows', '1000000')), Number(arg('seed', '42'))));
    break;
  case 'measure':
    await measure(argv);
    break;
  case 'metrics':
    print(metricsBench(Number(arg('rows', '1000000')), Number(arg('seed', '42')), Number(arg('runs', '5'))));
    break;
  case 'samples':
    writeTemplateSamples(arg('dir', 'samples'));
    print(writeSamples(arg('dir', 'samples')));
    break;
  case 'gates': {
    const report = runGatesBench({ runs: Number(arg('runs', '25')) });
    print({ ...report, line: formatGatesBench(report) });
    break;
  }
  case 'baseline': {
    const report = runBaselineBench(Number(arg('runs', '25')));
    print({ ...report, line: formatBaselineBench(report) });
    break;
  }
  default:
    process.stderr.write(`unknown command ${String(command)}\n`);
    process.exitCode = 2;
}
