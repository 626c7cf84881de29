/**
 * The provenance record an import leaves in the plan (`ImportRecord`): everything the summary
 * says, cut to the sizes the plan schema allows, so a strange file (thousands of columns,
 * megabyte cells) can never make the plan unsavable. Counts are never cut.
 */
import type { ColumnMapping, ImportSummary, ReasonGroup } from '../../shared/csv';
import type { ImportRecord, StoredColumnMapping } from '../../shared/model/import-record';

const MAX_GROUPS = 100;
const MAX_EXAMPLES = 20;
const MAX_CELLS = 50;
const MAX_CELL_CHARS = 200;
const MAX_HEADERS = 1000;
const MAX_NAME_CHARS = 500;

const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export interface RecordInput {
  readonly id: string;
  readonly fileName: string;
  readonly importedAt: string;
  readonly summary: ImportSummary;
  /** The worksheet read, for an Excel workbook. */
  readonly sheet?: string | null;
  /** The CRC-32 in the stored rows' trailer (`storedChecksum`): ties the rows to this record. */
  readonly rowsChecksum?: number | null;
}

export function toImportRecord({ id, fileName, importedAt, summary, sheet, rowsChecksum }: RecordInput): ImportRecord {
  return {
    ...(rowsChecksum === undefined || rowsChecksum === null ? {} : { rowsChecksum }),
    ...(sheet ? { sheet: cut(sheet, MAX_NAME_CHARS) } : {}),
    id,
    kind: summary.kind,
    fileName: cut(fileName, MAX_NAME_CHARS),
    bytes: summary.bytes,
    sha256: summary.sha256,
    importedAt,
    settings: summary.settings,
    mapping: toStoredMapping(summary.mapping),
    headers: summary.headers.slice(0, MAX_HEADERS).map((h) => cut(h, MAX_NAME_CHARS)),
    records: summary.records,
    accepted: summary.accepted,
    rejected: summary.rejected,
    rejections: summary.rejections.slice(0, MAX_GROUPS).map(toStoredGroup),
    warnings: summary.warnings.slice(0, MAX_GROUPS).map(toStoredGroup),
    dateRange: summary.dateRange ? { ...summary.dateRange } : null,
    // Said on every operations import, 0 included, so an older import (without it) is known as one.
    ...(summary.kind === 'operations' ? { sampledRows: summary.warnings.find((w) => w.code === 'sampled_row')?.count ?? 0 } : {}),
  };
}

/** The mapping as remembered per plan and kind (only our own field ids as keys). */
export function toStoredMapping(mapping: ColumnMapping): StoredColumnMapping {
  const fields: Record<string, string | null> = {};
  for (const [field, header] of Object.entries(mapping.fields)) {
    if (field.length <= 60) fields[field] = header === undefined || header === null ? null : cut(header, MAX_NAME_CHARS);
  }
  return { kind: mapping.kind, fields, latencyUnit: mapping.latencyUnit };
}

function toStoredGroup(group: ReasonGroup): ImportRecord['rejections'][number] {
  return {
    code: cut(group.code, 60),
    field: group.field === null ? null : cut(group.field, 60),
    title: cut(group.title, 300),
    count: group.count,
    examples: group.examples.slice(0, MAX_EXAMPLES).map((e) => ({
      line: e.line,
      message: cut(e.message, 1000),
      cells: e.cells.slice(0, MAX_CELLS).map((c) => cut(c, MAX_CELL_CHARS)),
    })),
  };
}
