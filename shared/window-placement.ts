/** A rectangle in screen coordinates (Electron's `Rectangle`). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A display as the placement needs it: its id and the area not covered by task bars or docks. */
export interface DisplayArea {
  readonly id: number;
  readonly workArea: Rect;
}

/** What is remembered about the window, per display it was last on. */
export interface WindowPlacement {
  readonly bounds: Rect;
  readonly maximized: boolean;
  readonly displayId: number;
}

export interface PlacementLimits {
  readonly minWidth: number;
  readonly minHeight: number;
  /** How much of the title bar must be on a display for the user to grab and move the window. */
  readonly minVisible: number;
}

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** The display showing the largest part of `rect`, or null when it is on none. */
export function displayShowing(rect: Rect, displays: readonly DisplayArea[]): DisplayArea | null {
  let best: DisplayArea | null = null;
  let bestArea = 0;
  for (const display of displays) {
    const shared = overlap(rect, display.workArea);
    const area = shared ? shared.width * shared.height : 0;
    if (area > bestArea) {
      best = display;
      bestArea = area;
    }
  }
  return best;
}

/** True when enough of the top strip (the title bar) is on some display to grab it. */
function titleBarReachable(rect: Rect, displays: readonly DisplayArea[], minVisible: number): boolean {
  const titleBar: Rect = { x: rect.x, y: rect.y, width: rect.width, height: Math.min(rect.height, 32) };
  return displays.some((display) => {
    const shared = overlap(titleBar, display.workArea);
    return shared !== null && shared.width >= Math.min(minVisible, rect.width) && rect.y >= display.workArea.y;
  });
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/** `rect` shrunk to fit `area` and moved inside it, keeping its size where it fits. */
export function fitInside(rect: Rect, area: Rect, limits: Pick<PlacementLimits, 'minWidth' | 'minHeight'>): Rect {
  const width = clamp(rect.width, Math.min(limits.minWidth, area.width), area.width);
  const height = clamp(rect.height, Math.min(limits.minHeight, area.height), area.height);
  return {
    x: clamp(rect.x, area.x, area.x + area.width - width),
    y: clamp(rect.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

/**
 * Where to open the window from what was remembered. A window whose title bar can still be
 * grabbed on the display it was on keeps its exact place; otherwise (a display unplugged, the
 * resolution lowered, a file edited by hand) it is brought back onto the display showing most
 * of it, else the one it was on, else the first (primary) display, keeping its size where that fits.
 */
export function restorePlacement(
  saved: WindowPlacement,
  displays: readonly DisplayArea[],
  limits: PlacementLimits,
): WindowPlacement | null {
  const first = displays[0];
  if (!first) return null;
  const { bounds } = saved;
  const valid = [bounds.x, bounds.y, bounds.width, bounds.height].every(Number.isFinite) && bounds.width > 0 && bounds.height > 0;
  const sameDisplay = displays.find((display) => display.id === saved.displayId);
  if (valid && sameDisplay && titleBarReachable(bounds, [sameDisplay], limits.minVisible)) {
    const fits = bounds.width <= sameDisplay.workArea.width && bounds.height <= sameDisplay.workArea.height;
    if (fits) return saved;
  }
  const target = (valid ? displayShowing(bounds, displays) : null) ?? sameDisplay ?? first;
  const start: Rect = valid ? bounds : { ...target.workArea, width: limits.minWidth, height: limits.minHeight };
  return { bounds: fitInside(start, target.workArea, limits), maximized: saved.maximized, displayId: target.id };
}

/** Remembered placements, one per display id, so each screen setup reopens the way it was left. */
export type PlacementsByDisplay = Readonly<Record<string, WindowPlacement>>;

/**
 * The remembered placement to restore: the one saved for a display that is connected now,
 * the primary (first) display's first, else the most recent one saved (moved on screen by
 * `restorePlacement`).
 */
export function pickPlacement(saved: PlacementsByDisplay, lastDisplayId: number | null, displays: readonly DisplayArea[]): WindowPlacement | null {
  const connected = new Set(displays.map((display) => display.id));
  if (lastDisplayId !== null && connected.has(lastDisplayId)) {
    const last = saved[String(lastDisplayId)];
    if (last) return last;
  }
  for (const display of displays) {
    const placement = saved[String(display.id)];
    if (placement) return placement;
  }
  return lastDisplayId !== null ? (saved[String(lastDisplayId)] ?? null) : null;
}
