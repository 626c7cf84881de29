import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import {
  pickPlacement,
  restorePlacement,
  type DisplayArea,
  type PlacementLimits,
  type PlacementsByDisplay,
  type Rect,
  type WindowPlacement,
} from '../shared/window-placement';

const rectSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });
const placementSchema = z.object({ bounds: rectSchema, maximized: z.boolean(), displayId: z.number() });

/** `window-state.json` in the data folder: versioned like every other persisted shape. */
export const windowStateSchema = z.object({
  version: z.literal(1),
  lastDisplayId: z.number().nullable(),
  placements: z.record(z.string(), placementSchema),
});
export type WindowState = z.infer<typeof windowStateSchema>;

const EMPTY: WindowState = { version: 1, lastDisplayId: null, placements: {} };

/** The saved state, or an empty one when the file is missing or unreadable (a window size is not worth an error). */
export function readWindowState(filePath: string): WindowState {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(filePath, 'utf8')));
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY;
  }
}

/** Written beside, then renamed, so a crash mid-write leaves the previous state. Failures are ignored. */
export function writeWindowState(filePath: string, state: WindowState): void {
  try {
    const temp = `${filePath}.tmp`;
    writeFileSync(temp, JSON.stringify(state), 'utf8');
    renameSync(temp, filePath);
  } catch {
    // The window opens at its default size next time; nothing the user made is affected.
  }
}

/** Records where the window is now, under the display it is on. */
export function rememberPlacement(state: WindowState, placement: WindowPlacement): WindowState {
  const placements: PlacementsByDisplay = { ...state.placements, [String(placement.displayId)]: placement };
  return { version: 1, lastDisplayId: placement.displayId, placements };
}

/** Where to open the window, or null for the default (first start, or no display reported). */
export function initialPlacement(state: WindowState, displays: readonly DisplayArea[], limits: PlacementLimits): WindowPlacement | null {
  const saved = pickPlacement(state.placements, state.lastDisplayId, displays);
  return saved ? restorePlacement(saved, displays, limits) : null;
}

/** The parts of BrowserWindow and screen the keeper uses. */
export interface PlacedWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  on(event: 'close', listener: () => void): unknown;
}
export interface ScreenLike {
  getAllDisplays(): DisplayArea[];
  getDisplayMatching(rect: Rect): DisplayArea;
}

/** Saves the window's normal (un-maximised) bounds and maximised state when it closes. */
export function keepWindowState(window: PlacedWindow, screen: ScreenLike, filePath: string): void {
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    const placement: WindowPlacement = { bounds, maximized: window.isMaximized(), displayId: screen.getDisplayMatching(bounds).id };
    writeWindowState(filePath, rememberPlacement(readWindowState(filePath), placement));
  });
}
