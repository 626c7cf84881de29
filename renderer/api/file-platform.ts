import type { OpenedFile, SaveOutcome } from '../../shared/api';
import type { Result } from '../../shared/result';

/** How the browser twin hands files to and from the user: downloads and file inputs, or test doubles. */
export interface FilePlatform {
  saveTextFile(fileName: string, text: string): Promise<Result<SaveOutcome>>;
  openTextFile(accept: string): Promise<Result<OpenedFile | null>>;
}
