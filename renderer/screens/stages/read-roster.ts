import { csvFail, formatBytes, type CsvResult } from '../../../shared/csv';
import { countRoster, MAX_ROSTER_BYTES, type RosterCount } from '../../../shared/roster/count-roster';
import { blobChunks } from '../../import/file-chunks';

/**
 * Reads a roster file the user chose and counts its users (`countRoster`). A roster is small, so
 * it is read whole; a file too large to be one is refused before a byte is read.
 */
export async function readRoster(file: Blob): Promise<CsvResult<RosterCount>> {
  if (file.size > MAX_ROSTER_BYTES) {
    return csvFail('too_large', `This file is ${formatBytes(file.size)}; a roster file can be up to ${formatBytes(MAX_ROSTER_BYTES)}.`);
  }
  const bytes = new Uint8Array(file.size);
  let at = 0;
  try {
    for await (const chunk of blobChunks(file)) {
      // A file that grew while being read: count what fits, as of the moment it was chosen.
      const part = chunk.subarray(0, bytes.length - at);
      bytes.set(part, at);
      at += part.length;
    }
  } catch (error) {
    return csvFail('internal', `The file could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  return countRoster(bytes.subarray(0, at));
}
