/**
 * The bundled sample files (samples/, described in samples/README.md), built into the app
 * as text so "Load sample data" works offline and in both Electron and the browser build.
 */
import type { ImportKind } from '../../shared/csv';
import operations from '../../samples/operations.csv?raw';
import reviews from '../../samples/reviews.csv?raw';
import shadow from '../../samples/shadow.csv?raw';
import weeklyFigures from '../../samples/weekly-figures.csv?raw';
import incidents from '../../samples/incidents.csv?raw';
import quality from '../../samples/quality.csv?raw';
import satisfaction from '../../samples/satisfaction.csv?raw';
import testResults from '../../samples/test-results.csv?raw';
import usage from '../../samples/usage.csv?raw';

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

/** A sample as a File, so it goes through the same import path as one the user chose. */
export function sampleFile(kind: ImportKind): File {
  const sample = samples[kind];
  return new File([sample.text], sample.name, { type: 'text/csv' });
}
