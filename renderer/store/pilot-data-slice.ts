import type { PilotMetrics } from '../../shared/metrics';
import type { SliceCreator } from './types';

/**
 * Imported pilot data of the open plan. The metrics are the one derived value kept in the
 * store: they are computed from the stored rows (megabytes, loaded asynchronously off the UI
 * thread), so they cannot be recomputed synchronously in a selector.
 */
export interface PilotDataSlice {
  /** Null until the open plan's rows are loaded (or when it has no imports). */
  pilotMetrics: PilotMetrics | null;
  pilotMetricsStatus: 'idle' | 'loading' | 'ready' | 'error';
}

export const createPilotDataSlice: SliceCreator<PilotDataSlice> = () => ({
  pilotMetrics: null,
  pilotMetricsStatus: 'idle',
});
