import { dateFormatLabels, type LatencyUnit, type SettingQuestion, type SeverityScale } from '../../../shared/csv';
import { parseDate } from '../../../shared/csv/values';
import { Icon } from '../../components/Icon';
import { formatIsoDate } from '../../format/dates';
import { formatDecimal, formatFixed } from '../../../shared/format/format';
import type { CostUnit } from '../../../shared/csv/cost-unit';
import { useAppStore } from '../../store/useAppStore';
import { percentScaleLabels } from './ReadSettings';

export type SettingQuestionsProps = {
  readonly questions: readonly SettingQuestion[];
};

/** How the first example reads under a date order, so the choice is concrete: "03/04/2025 is 3 Apr 2025". */
function reading(question: Extract<SettingQuestion, { setting: 'dateFormat' }>, format: (typeof question.candidates)[number]): string {
  const example = question.examples[0];
  if (!example) return '';
  const iso = parseDate(example, format);
  return iso ? ` — ${example} is ${formatIsoDate(iso)}` : '';
}

const severityScaleLabels: Record<SeverityScale, string> = {
  from_1: 'Level 1 is the most severe (1 critical, 2 high, 3 medium, 4 low)',
  from_0: 'Level 0 is the most severe (0 critical, 1 high, 2 medium, 3 low)',
};

const latencyUnitLabels: Record<LatencyUnit, string> = {
  seconds: 'Seconds',
  milliseconds: 'Milliseconds',
};

/** How the first example reads in a unit, so the choice is concrete: "1840 is 1.84 seconds". */
function latencyReading(example: string | undefined, unit: LatencyUnit): string {
  const value = example === undefined ? NaN : Number(example);
  if (!Number.isFinite(value)) return '';
  const seconds = unit === 'milliseconds' ? value / 1000 : value;
  const minutes = seconds >= 120 ? ` (${formatFixed(seconds / 60, 0)} minutes)` : '';
  return ` — ${example} is ${formatDecimal(seconds)} seconds${minutes}`;
}

const costUnitLabels: Record<CostUnit, string> = {
  units: 'Whole currency units (dollars, euros)',
  cents: 'Cents (divided by 100)',
};

/** How the first example reads in a unit: "1523.41 is 15.23". */
function costReading(example: string | undefined, unit: CostUnit): string {
  const value = example === undefined ? NaN : Number(example);
  if (!Number.isFinite(value)) return '';
  return ` — ${example} is ${formatFixed(unit === 'cents' ? value / 100 : value, 2)}`;
}

const legends: Record<SettingQuestion['setting'], string> = {
  dateFormat: 'Which date order does this file use?',
  percentScale: 'How are shares written?',
  severityScale: 'Which numbered level is the most severe?',
  latencyUnit: 'Which unit are the latencies in?',
  costUnit: 'Which unit are the costs in?',
};

/** Questions the app will not guess (SPEC §5: the date order when ambiguous); the import waits for an answer. */
export function SettingQuestions({ questions }: SettingQuestionsProps) {
  const setImportSettings = useAppStore((s) => s.setImportSettings);
  return (
    <>
      {questions.map((question) => (
        <fieldset key={question.setting} className="callout callout-warning question-box">
          <legend className="question-legend">
            <Icon name="alert" />
            {legends[question.setting]}
          </legend>
          <div className="question-body">
            <p>{question.message}</p>
            <p className="hint">An answer is required before importing.</p>
            <div className="question-choices">
              {question.setting === 'dateFormat'
                ? question.candidates.map((format) => (
                    <label key={format} className="check-field">
                      <input type="radio" name="date-order" onChange={() => setImportSettings({ dateFormat: format })} />
                      {dateFormatLabels[format]}
                      {reading(question, format)}
                    </label>
                  ))
                : question.setting === 'percentScale'
                  ? question.candidates.map((scale) => (
                      <label key={scale} className="check-field">
                        <input type="radio" name="percent-scale" onChange={() => setImportSettings({ percentScale: scale })} />
                        {percentScaleLabels[scale]}
                      </label>
                    ))
                  : question.setting === 'latencyUnit'
                    ? question.candidates.map((unit) => (
                        <label key={unit} className="check-field">
                          <input type="radio" name="latency-unit" onChange={() => setImportSettings({ latencyUnit: unit })} />
                          {latencyUnitLabels[unit]}
                          {latencyReading(question.examples[0], unit)}
                        </label>
                      ))
                    : question.setting === 'costUnit'
                      ? question.candidates.map((unit) => (
                          <label key={unit} className="check-field">
                            <input type="radio" name="cost-unit" onChange={() => setImportSettings({ costUnit: unit })} />
                            {costUnitLabels[unit]}
                            {costReading(question.examples[0], unit)}
                          </label>
                        ))
                      : question.candidates.map((scale) => (
                          <label key={scale} className="check-field">
                            <input type="radio" name="severity-scale" onChange={() => setImportSettings({ severityScale: scale })} />
                            {severityScaleLabels[scale]}
                          </label>
                        ))}
            </div>
          </div>
        </fieldset>
      ))}
    </>
  );
}
