/** The package parts of an .xlsx file: which worksheets it has, where they are, and the shared parts they use. */
import { attr, nextTag, readText } from './xml';

export interface SheetEntry {
  readonly name: string;
  /** Path inside the zip, e.g. `xl/worksheets/sheet1.xml`; null for chart, macro and dialog sheets. */
  readonly path: string | null;
  readonly hidden: boolean;
}

export interface WorkbookParts {
  readonly sheets: readonly SheetEntry[];
  /** The workbook counts days from 1904 (old Mac Excel) instead of 1900. */
  readonly date1904: boolean;
  /**
   * The workbook asks to be recalculated when opened (`<calcPr fullCalcOnLoad="1"/>`): the program that
   * wrote it did not calculate, so the formula values it saved (XlsxWriter saves 0 for every one) are not results.
   */
  readonly formulasStale: boolean;
  readonly sharedStringsPath: string | null;
  readonly stylesPath: string | null;
}

const REL_TYPE = {
  worksheet: '/worksheet',
  sharedStrings: '/sharedStrings',
  styles: '/styles',
};

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export function readRelationships(xml: string, baseDir: string): Relationship[] {
  const rels: Relationship[] = [];
  for (let tag = nextTag(xml, 0); tag !== null; tag = nextTag(xml, tag.end)) {
    if (tag.name !== 'Relationship' || tag.closing) continue;
    const id = attr(tag.attrs, 'Id');
    const type = attr(tag.attrs, 'Type') ?? '';
    const target = attr(tag.attrs, 'Target');
    if (id !== null && target !== null && attr(tag.attrs, 'TargetMode') !== 'External') rels.push({ id, type, target: resolvePath(baseDir, target) });
  }
  return rels;
}

/** Resolves a relationship target against the folder of the part that holds it. */
export function resolvePath(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${baseDir}${target}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

/** Where the main workbook part is, from `_rels/.rels` (nearly always `xl/workbook.xml`). */
export function workbookPath(rootRels: string | null): string {
  if (rootRels === null) return 'xl/workbook.xml';
  const main = readRelationships(rootRels, '').find((r) => r.type.endsWith('/officeDocument'));
  return main?.target ?? 'xl/workbook.xml';
}

/** Reads `workbook.xml` and its relationships. */
export function readWorkbookParts(workbookXml: string, relsXml: string | null, path: string): WorkbookParts {
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  const rels = relsXml === null ? [] : readRelationships(relsXml, dir);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let formulasStale = false;
  for (let tag = nextTag(workbookXml, 0); tag !== null; tag = nextTag(workbookXml, tag.end)) {
    if (tag.closing) continue;
    if (tag.name === 'workbookPr') {
      const value = attr(tag.attrs, 'date1904');
      date1904 = value === '1' || value === 'true';
    } else if (tag.name === 'calcPr') {
      const value = attr(tag.attrs, 'fullCalcOnLoad');
      formulasStale = value === '1' || value === 'true';
    } else if (tag.name === 'sheet') {
      const rel = byId.get(attr(tag.attrs, 'id') ?? '');
      const state = attr(tag.attrs, 'state');
      sheets.push({
        name: attr(tag.attrs, 'name') ?? `Sheet ${sheets.length + 1}`,
        path: rel && rel.type.endsWith(REL_TYPE.worksheet) ? rel.target : null,
        hidden: state === 'hidden' || state === 'veryHidden',
      });
    }
  }
  return {
    sheets,
    date1904,
    formulasStale,
    sharedStringsPath: rels.find((r) => r.type.endsWith(REL_TYPE.sharedStrings))?.target ?? null,
    stylesPath: rels.find((r) => r.type.endsWith(REL_TYPE.styles))?.target ?? null,
  };
}

/** The shared strings table (`xl/sharedStrings.xml`), in index order. */
export function readSharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  let at = 0;
  for (;;) {
    const tag = nextTag(xml, at);
    if (tag === null) return strings;
    at = tag.end;
    if (tag.name !== 'si' || tag.closing) continue;
    if (tag.selfClosing) {
      strings.push('');
      continue;
    }
    const read = readText(xml, at, 'si');
    strings.push(read.text);
    at = read.end;
  }
}

/** What `[Content_Types].xml` says about the package: a macro-enabled or binary workbook is refused. */
export function packageFlavour(contentTypes: string | null, names: readonly string[]): 'xlsx' | 'xlsm' | 'xlsb' {
  const types = contentTypes ?? '';
  if (types.includes('sheet.binary.macroEnabled') || names.some((n) => n.toLowerCase().endsWith('.bin') && n.toLowerCase().includes('workbook'))) {
    return 'xlsb';
  }
  if (types.includes('macroEnabled') || names.some((n) => n.toLowerCase().endsWith('vbaproject.bin'))) return 'xlsm';
  return 'xlsx';
}
