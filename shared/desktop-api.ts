import { z } from 'zod';
import type { RolloutDesktopApi } from './desktop-channels';

/** Render errors are logged, not stored: long stacks are cut rather than refused. */
export const MAX_ERROR_FIELD_CHARS = 20_000;

const errorText = z.string().transform((text) => text.slice(0, MAX_ERROR_FIELD_CHARS));

/** Argument tuples per desktop method, checked by the main process like the main API's. */
export const desktopArgumentSchemas = {
  takeOpenedFile: z.tuple([]),
  // Over IPC the preload sends the dropped file's location (`webUtils.getPathForFile`), never its contents.
  openDroppedFile: z.tuple([z.string().min(1).max(4096)]),
  backUpAllPlans: z.tuple([]),
  restoreBackup: z.tuple([]),
  logRendererError: z.tuple([
    z.object({ message: errorText, stack: errorText, componentStack: errorText, at: z.string().max(40) }),
  ]),
} as const satisfies Record<keyof RolloutDesktopApi, z.ZodType>;
