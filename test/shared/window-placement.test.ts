import { describe, expect, it } from 'vitest';
import { displayShowing, pickPlacement, restorePlacement, type DisplayArea, type WindowPlacement } from '../../shared/window-placement';

const limits = { minWidth: 1000, minHeight: 700, minVisible: 100 };
const laptop: DisplayArea = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
/** An external monitor to the right of the laptop. */
const monitor: DisplayArea = { id: 2, workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };
/** A monitor to the left, at negative coordinates (Windows and macOS both do this). */
const leftMonitor: DisplayArea = { id: 3, workArea: { x: -1366, y: 0, width: 1366, height: 728 } };

function placed(x: number, y: number, width = 1280, height = 860, displayId = 1, maximized = false): WindowPlacement {
  return { bounds: { x, y, width, height }, maximized, displayId };
}

describe('restorePlacement', () => {
  it.each([
    ['on the laptop', placed(100, 50), [laptop]],
    ['on the monitor', placed(2200, 100, 1600, 1000, 2), [laptop, monitor]],
    ['partly off the right edge, title bar reachable', placed(1500, 100), [laptop]],
    ['on a monitor at negative x', placed(-1300, 0, 1200, 700, 3), [leftMonitor, laptop]],
  ])('keeps a window %s where it was', (_label, saved, displays) => {
    expect(restorePlacement(saved, displays, limits)).toEqual(saved);
  });

  it.each([
    ['its monitor was unplugged', placed(2200, 100, 1600, 1000, 2), [laptop], { x: 320, y: 40, width: 1600, height: 1000 }],
    ['it is far off every display', placed(9000, 9000), [laptop], { x: 640, y: 180, width: 1280, height: 860 }],
    ['its title bar is above the screen', placed(100, -500), [laptop], { x: 100, y: 0, width: 1280, height: 860 }],
    ['it is larger than the laptop screen', placed(0, 0, 2400, 1300), [laptop], { x: 0, y: 0, width: 1920, height: 1040 }],
    ['the left monitor is gone', placed(-1300, 0, 1200, 700, 3), [laptop], { x: 0, y: 0, width: 1200, height: 700 }],
    ['its numbers are not numbers', placed(Number.NaN, 0), [laptop], { x: 0, y: 0, width: 1000, height: 700 }],
  ])('brings a window back on screen when %s', (_label, saved, displays, expected) => {
    const restored = restorePlacement(saved, displays, limits);
    expect(restored?.bounds).toEqual(expected);
    const area = displays.find((d) => d.id === restored?.displayId)?.workArea;
    expect(area).toBeDefined();
    if (!restored || !area) return;
    expect(restored.bounds.x).toBeGreaterThanOrEqual(area.x);
    expect(restored.bounds.y).toBeGreaterThanOrEqual(area.y);
    expect(restored.bounds.x + restored.bounds.width).toBeLessThanOrEqual(area.x + area.width);
    expect(restored.bounds.y + restored.bounds.height).toBeLessThanOrEqual(area.y + area.height);
  });

  it('keeps the maximised state when it moves the window', () => {
    expect(restorePlacement(placed(9000, 9000, 1280, 860, 2, true), [laptop], limits)?.maximized).toBe(true);
  });

  it('answers null when no display is reported', () => {
    expect(restorePlacement(placed(0, 0), [], limits)).toBeNull();
  });

  it('shrinks below the minimum size only when the display itself is smaller', () => {
    const small: DisplayArea = { id: 9, workArea: { x: 0, y: 0, width: 800, height: 600 } };
    expect(restorePlacement(placed(0, 0, 1280, 860, 9), [small], limits)?.bounds).toEqual({ x: 0, y: 0, width: 800, height: 600 });
  });
});

describe('displayShowing', () => {
  it.each([
    [{ x: 1800, y: 0, width: 800, height: 600 }, 2],
    [{ x: 1500, y: 0, width: 800, height: 600 }, 1],
    [{ x: 9000, y: 0, width: 800, height: 600 }, null],
  ])('%j is mostly on display %s', (rect, id) => {
    expect(displayShowing(rect, [laptop, monitor])?.id ?? null).toBe(id);
  });
});

describe('pickPlacement (one remembered placement per display)', () => {
  const onLaptop = placed(100, 100, 1280, 860, 1);
  const onMonitor = placed(2000, 100, 1800, 1200, 2);
  const saved = { '1': onLaptop, '2': onMonitor };

  it.each([
    ['the monitor is connected and was used last', 2, [laptop, monitor], onMonitor],
    ['the monitor was used last but is unplugged', 2, [laptop], onLaptop],
    ['the laptop was used last', 1, [laptop, monitor], onLaptop],
    ['no display of any saved placement is connected', 2, [leftMonitor], onMonitor],
  ] as const)('when %s', (_label, last, displays, expected) => {
    expect(pickPlacement(saved, last, displays)).toEqual(expected);
  });

  it('answers null on first start', () => {
    expect(pickPlacement({}, null, [laptop])).toBeNull();
  });
});
