import type { RolloutDesktopApi } from '../../shared/desktop-channels';
import { pickDesktop } from './desktop-bridge';

let bridge: RolloutDesktopApi | null = null;

/** The desktop bridge, picked once (Electron's, or the browser stand-in). */
export function desktopBridge(): RolloutDesktopApi {
  bridge ??= pickDesktop();
  return bridge;
}
