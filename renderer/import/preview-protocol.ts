/** Messages between the window and the preview worker. */
import type { CsvPreview, CsvResult, PreviewOptions } from '../../shared/csv';

export type ToPreviewWorker = { readonly id: number; readonly sample: Uint8Array; readonly options: PreviewOptions };

export type FromPreviewWorker = { readonly id: number; readonly result: CsvResult<CsvPreview> };
