import { z } from 'zod';
import { csvDelimiters, csvEncodings, dateFormats, percentScales, severityScales } from '../csv/settings';
import { importKinds } from '../csv/kinds';
import { costUnits } from '../csv/cost-unit';

export const importKindSchema = z.enum(importKinds);

export const csvSettingsSchema = z.object({
  encoding: z.enum(csvEncodings),
  delimiter: z.enum(csvDelimiters),
  hasHeader: z.boolean(),
  decimalComma: z.boolean(),
  dateFormat: z.enum(dateFormats).nullable(),
  percentScale: z.enum(percentScales).nullable(),
  skipTop: z.number().int().min(0).max(1000).optional(),
  skipBottom: z.number().int().min(0).max(1000).optional(),
  extraHeaderRows: z.number().int().min(0).max(10).optional(),
  fileStage: z.string().max(500).optional(),
  severityScale: z.enum(severityScales).optional(),
  /** The user's answer on a latency column whose name gave no unit (the mapping's unit follows it). */
  latencyUnit: z.enum(['seconds', 'milliseconds']).optional(),
  /** The cost column's unit when a billing export could be in cents (cents are divided by 100 on import). */
  costUnit: z.enum(costUnits).optional(),
  excelDateSystem: z.literal('1904').optional(),
});

export const columnMappingSchema = z.object({
  kind: importKindSchema,
  /** Our field id → the header it reads; keys are field ids, never header text. */
  fields: z.record(z.string().max(60), z.string().max(500).nullable()),
  latencyUnit: z.enum(['seconds', 'milliseconds']),
});
export type StoredColumnMapping = z.infer<typeof columnMappingSchema>;

const reasonExampleSchema = z.object({
  line: z.number().int().min(0),
  message: z.string().max(1000),
  cells: z.array(z.string().max(1000)).max(200),
});

/** All rows sharing a reason: the count is complete, the stored examples are capped. */
export const reasonGroupSchema = z.object({
  code: z.string().max(60),
  field: z.string().max(60).nullable(),
  title: z.string().max(300),
  count: z.number().int().min(0),
  examples: z.array(reasonExampleSchema).max(20),
});

/**
 * One imported file with its provenance (SPEC §5). The rows themselves live outside the plan
 * file, keyed by this record's id (`saveImportData`), so the plan store stays small.
 */
export const importRecordSchema = z.object({
  id: z.string().min(1).max(100),
  kind: importKindSchema,
  fileName: z.string().max(500),
  /** The worksheet imported, when the file was an Excel workbook (absent for CSV files and older records). */
  sheet: z.string().max(500).optional(),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  importedAt: z.iso.datetime({ offset: true }),
  settings: csvSettingsSchema,
  mapping: columnMappingSchema,
  headers: z.array(z.string().max(500)).max(1000),
  records: z.number().int().min(0),
  accepted: z.number().int().min(0),
  rejected: z.number().int().min(0),
  rejections: z.array(reasonGroupSchema).max(100),
  warnings: z.array(reasonGroupSchema).max(100),
  dateRange: z.object({ first: z.string(), last: z.string() }).nullable(),
  /**
   * The CRC-32 of the stored rows (their trailer's, `columnar-checksum.ts`), recorded when the file was
   * imported: ties the rows to this import. Absent for imports recorded before December 2026 (unchecked).
   */
  rowsChecksum: z.number().int().optional(),
  /**
   * Operations files: the rows that stand for more than one request (a sampled log), 0 when none. Absent on other
   * kinds and on imports made before it was counted (then a mapped requests-per-row column may have been sampled).
   */
  sampledRows: z.number().int().min(0).optional(),
});
export type ImportRecord = z.infer<typeof importRecordSchema>;

/** Mappings remembered per plan and kind, proposed again for the next file of that kind. */
export const rememberedMappingsSchema = z.partialRecord(importKindSchema, columnMappingSchema);
