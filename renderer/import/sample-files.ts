/**
 * The bundled sample files (samples/, described in samples/README.md), built into the app
 * as text so "Load sample data" works offline and in both Electron and the browser build.
 */
import type { ImportKind } from '../../shared/csv';
import type { SampleFile, SampleFileName } from '../../shared/model/sample-plans';
import operations from '../../samples/operations.csv?raw';
import reviews from '../../samples/reviews.csv?raw';
import shadow from '../../samples/shadow.csv?raw';
import weeklyFigures from '../../samples/weekly-figures.csv?raw';
import incidents from '../../samples/incidents.csv?raw';
import quality from '../../samples/quality.csv?raw';
import satisfaction from '../../samples/satisfaction.csv?raw';
import testResults from '../../samples/test-results.csv?raw';
import usage from '../../samples/usage.csv?raw';
import trafficOperations from '../../samples/traffic-operations.csv?raw';
import trafficSatisfaction from '../../samples/traffic-satisfaction.csv?raw';
import shadowRun from '../../samples/shadow-run.csv?raw';
import shadowReviews from '../../samples/shadow-reviews.csv?raw';
import shadowRolloutOperations from '../../samples/shadow-rollout-operations.csv?raw';

/** The sample each "Load sample" button of the Pilot data tab offers, by kind. */
const samples: Record<ImportKind, { readonly name: string; readonly text: string }> = {
  usage: { name: 'usage.csv', text: usage },
  quality: { name: 'quality.csv', text: quality },
  satisfaction: { name: 'satisfaction.csv', text: satisfaction },
  test_results: { name: 'test-results.csv', text: testResults },
  operations: { name: 'operations.csv', text: operations },
  reviews: { name: 'reviews.csv', text: reviews },
  shadow: { name: 'shadow.csv', text: shadow },
  weekly_figures: { name: 'weekly-figures.csv', text: weeklyFigures },
  incidents: { name: 'incidents.csv', text: incidents },
};

/** Every file a sample plan imports, by name (shared/model/sample-plans.ts says which plan takes which). */
const bundled: Record<SampleFileName, string> = {
  'usage.csv': usage,
  'quality.csv': quality,
  'satisfaction.csv': satisfaction,
  'test-results.csv': testResults,
  'operations.csv': operations,
  'reviews.csv': reviews,
  'shadow.csv': shadow,
  'traffic-operations.csv': trafficOperations,
  'traffic-satisfaction.csv': trafficSatisfaction,
  'shadow-run.csv': shadowRun,
  'shadow-reviews.csv': shadowReviews,
  'shadow-rollout-operations.csv': shadowRolloutOperations,
};

/** A sample as a File, so it goes through the same import path as one the user chose. */
export function sampleFile(kind: ImportKind): File {
  const sample = samples[kind];
  return new File([sample.text], sample.name, { type: 'text/csv' });
}

/** The default sample of a kind, as a sample plan names it. */
export function defaultSampleOf(kind: ImportKind): { readonly name: string; readonly kind: ImportKind } {
  return { name: samples[kind].name, kind };
}

/** A sample plan's file as a File. */
export function bundledSampleFile(file: SampleFile): File {
  return new File([bundled[file.name]], file.name, { type: 'text/csv' });
}
