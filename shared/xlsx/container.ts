/** What kind of container a spreadsheet file is, from its first bytes and its name. */

/** A workbook is read whole, in a worker; a bigger one is refused with a suggestion to save it as CSV. */
export const MAX_WORKBOOK_BYTES = 100 * 1024 * 1024;

export type ContainerKind = 'zip' | 'encrypted' | 'old_xls' | 'other';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** UTF-16LE bytes of a stream name as a compound-file directory entry holds it. */
function utf16(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

const ENCRYPTION_INFO = utf16('EncryptionInfo');
/** The stream that holds the encrypted package (rights-managed files name it, even where EncryptionInfo sits elsewhere). */
const ENCRYPTED_PACKAGE = utf16('EncryptedPackage');

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0]!;
  for (let i = haystack.indexOf(first); i !== -1 && i <= haystack.length - needle.length; i = haystack.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && haystack[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

/**
 * `zip`: an Office Open XML package (.xlsx, .xlsm, .xlsb). A password-protected .xlsx is not a zip:
 * Excel wraps the encrypted package in an OLE compound file with an `EncryptionInfo` stream
 * (MS-OFFCRYPTO), the same container an old binary .xls uses, so the stream name tells them apart.
 */
export function containerKind(bytes: Uint8Array): ContainerKind {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes.length >= 8 && CFB_SIGNATURE.every((b, i) => bytes[i] === b)) {
    return indexOfBytes(bytes, ENCRYPTION_INFO) !== -1 || indexOfBytes(bytes, ENCRYPTED_PACKAGE) !== -1 ? 'encrypted' : 'old_xls';
  }
  return 'other';
}

/** True for a name or first bytes that say "spreadsheet", so the file goes to the workbook reader, not the CSV one. */
export function isWorkbookFile(name: string, head: Uint8Array): boolean {
  if (/\.(xlsx|xlsm|xlsb|xls|xltx|xltm)$/i.test(name)) return true;
  const kind = containerKind(head);
  return kind !== 'other';
}
