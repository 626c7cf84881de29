/**
 * What a file sent to the workbook reader is when it is not an Excel workbook: the message then names
 * the thing and the step that helps (rename a CSV file, save a LibreOffice or web-page export as .xlsx),
 * instead of calling every such file damaged.
 */
import type { WorkbookFailureReason } from './workbook-failure';

export interface NotAWorkbook {
  readonly reason: WorkbookFailureReason;
  readonly detail: string;
}

const HEAD_BYTES = 4096;

/** True when the first bytes are text: a UTF-16 byte order mark, or hardly any control bytes (tab and line ends aside). */
function looksLikeText(head: Uint8Array): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  let control = 0;
  for (const b of head) if (b < 32 && b !== 9 && b !== 10 && b !== 13) control++;
  return control <= head.length * 0.01;
}

/** A file that is neither a zip package nor an OLE compound file. */
export function describeNonZip(bytes: Uint8Array): NotAWorkbook {
  if (bytes.length === 0) return { reason: 'corrupt', detail: 'the file is empty' };
  const head = bytes.subarray(0, HEAD_BYTES);
  if (!looksLikeText(head)) return { reason: 'corrupt', detail: 'it is not a zip package' };
  const text = new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '');
  if (/urn:schemas-microsoft-com:office:spreadsheet|<\?mso-application progid="Excel\.Sheet"/i.test(text)) return { reason: 'xml_2003', detail: '' };
  if (/<(!doctype html|html|table|body)[\s>]/i.test(text)) return { reason: 'web_page', detail: '' };
  return { reason: 'text_file', detail: '' };
}

/** A zip package without an Excel workbook in it: an OpenDocument spreadsheet, an Office document of another kind. */
export function describeOtherZip(names: readonly string[], mimetype: string | null): NotAWorkbook {
  if (mimetype?.includes('opendocument.spreadsheet') || (names.includes('content.xml') && names.includes('META-INF/manifest.xml'))) {
    return { reason: 'opendocument', detail: '' };
  }
  if (names.some((n) => n.startsWith('word/'))) return { reason: 'corrupt', detail: 'it is a Word document, not a workbook' };
  if (names.some((n) => n.startsWith('ppt/'))) return { reason: 'corrupt', detail: 'it is a PowerPoint presentation, not a workbook' };
  if (names.some((n) => n.startsWith('Index/') && n.endsWith('.iwa'))) return { reason: 'numbers', detail: '' };
  return { reason: 'corrupt', detail: 'it has no workbook part' };
}
