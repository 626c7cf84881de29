import type { FieldRequirement, ImportField } from './fields';

/** Fields of a weekly-figures file (issue 10): figures computed in another tool, one metric per row. */

export const figureFields: Record<'metric' | 'value' | 'numerator' | 'denominator' | 'sample', ImportField> = {
  metric: {
    id: 'metric',
    label: 'Metric',
    required: true,
    type: 'metric',
    aliases: ['metric', 'metric id', 'metric name', 'measure', 'kpi', 'indicator', 'figure name', 'kennzahl', 'metrik', 'indicateur', 'métrica', 'metrica', 'indicador', 'meetwaarde'],
  },
  value: {
    id: 'value',
    label: 'Value',
    required: false,
    type: 'figure',
    aliases: ['value', 'figure', 'measured value', 'measured', 'metric value', 'amount', 'wert', 'messwert', 'valeur', 'valor', 'waarde'],
  },
  numerator: {
    id: 'numerator',
    label: 'Numerator',
    required: false,
    type: 'count',
    aliases: ['numerator', 'num', 'successes', 'hits', 'part', 'count', 'zähler', 'numérateur', 'numerador', 'teller'],
  },
  denominator: {
    id: 'denominator',
    label: 'Denominator',
    required: false,
    type: 'count',
    aliases: ['denominator', 'denom', 'den', 'total', 'out of', 'base', 'trials', 'nenner', 'dénominateur', 'denominador', 'noemer'],
  },
  sample: {
    id: 'sample',
    label: 'Sample size',
    required: false,
    type: 'count',
    aliases: ['sample', 'sample size', 'n', 'observations', 'responses', 'stichprobe', 'échantillon', 'muestra', 'steekproef'],
  },
};

export const figureRequirements: readonly FieldRequirement[] = [
  { label: 'Week number or date', anyOf: [['date'], ['week']] },
  { label: 'Metric', anyOf: [['metric']] },
  { label: 'A value, or a numerator and a denominator', anyOf: [['value'], ['numerator', 'denominator']] },
];
