import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialPlacement, keepWindowState, readWindowState, type ScreenLike } from '../../electron/window-state';
import type { DisplayArea, Rect } from '../../shared/window-placement';
import { makeTempDir } from './fixtures';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

const limits = { minWidth: 1000, minHeight: 700, minVisible: 100 };
const laptop: DisplayArea = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const monitor: DisplayArea = { id: 2, workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };

/** A window stand-in: fires its 'close' listeners when closed, reports the bounds it was given. */
function fakeWindow(bounds: Rect, maximized: boolean) {
  const listeners: Array<() => void> = [];
  return {
    getNormalBounds: () => bounds,
    isMaximized: () => maximized,
    on: (_event: 'close', listener: () => void) => listeners.push(listener),
    close: () => listeners.forEach((listener) => listener()),
  };
}

function screenWith(displays: DisplayArea[]): ScreenLike {
  return {
    getAllDisplays: () => displays,
    getDisplayMatching: (rect) => displays.find((d) => rect.x >= d.workArea.x && rect.x < d.workArea.x + d.workArea.width) ?? laptop,
  };
}

describe('window state file', () => {
  const file = () => join(dir, 'window-state.json');

  it('opens at the default size on first start', () => {
    expect(initialPlacement(readWindowState(file()), [laptop], limits)).toBeNull();
  });

  it('reopens where each display last had the window, maximised or not', () => {
    const screen = screenWith([laptop, monitor]);
    const first = fakeWindow({ x: 100, y: 80, width: 1300, height: 900 }, false);
    keepWindowState(first, screen, file());
    first.close();
    const second = fakeWindow({ x: 2100, y: 50, width: 2000, height: 1200 }, true);
    keepWindowState(second, screen, file());
    second.close();

    const state = readWindowState(file());
    expect(initialPlacement(state, [laptop, monitor], limits)).toEqual({
      bounds: { x: 2100, y: 50, width: 2000, height: 1200 },
      maximized: true,
      displayId: 2,
    });
    // The monitor unplugged: the laptop's own remembered placement comes back.
    expect(initialPlacement(state, [laptop], limits)).toEqual({ bounds: { x: 100, y: 80, width: 1300, height: 900 }, maximized: false, displayId: 1 });
  });

  it.each([
    ['not JSON', '{oops'],
    ['another shape', '{"version":2,"x":1}'],
  ])('ignores a file that is %s', (_label, text) => {
    writeFileSync(file(), text);
    expect(readWindowState(file())).toEqual({ version: 1, lastDisplayId: null, placements: {} });
  });
});
