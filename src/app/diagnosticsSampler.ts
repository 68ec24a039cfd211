/**
 * What the staff diagnostics overlay shows, read on demand: versions, offline readiness, the
 * frame rate (frames counted between two readings at least half a second apart, so a reading
 * every second shows a steady number), GPU resources, heap and the staff log.
 */
import type { RenderStats } from '../automation/kioskAutomation.ts';
import type { OfflineState } from '../offline/OfflineService.ts';
import type { DiagnosticsSnapshot } from '../ui/DiagnosticsView.ts';
import type { StaffLog } from './StaffLog.ts';

const FRAME_RATE_WINDOW_MILLISECONDS = 500;

export interface DiagnosticsSources {
  readonly contentVersion: string;
  readonly offline: () => OfflineState | null;
  /** Frames the render loop has ticked so far (0 without one). */
  readonly tickCount: () => number;
  readonly renderStats: () => RenderStats;
  readonly staffLog: Pick<StaffLog, 'list'>;
  readonly now?: () => number;
}

/** Returns the snapshot function the diagnostics overlay calls once a second while it is open. */
export function diagnosticsSampler(sources: DiagnosticsSources): () => DiagnosticsSnapshot {
  const now = sources.now ?? (() => performance.now());
  let ticksAtLastSample = 0;
  let lastSampleTime = now();
  let framesPerSecond = 0;
  return () => {
    const time = now();
    const ticks = sources.tickCount();
    if (time - lastSampleTime >= FRAME_RATE_WINDOW_MILLISECONDS) {
      framesPerSecond = ((ticks - ticksAtLastSample) * 1000) / (time - lastSampleTime);
      ticksAtLastSample = ticks;
      lastSampleTime = time;
    }
    // performance.memory is Chromium's; elsewhere memory is simply not shown.
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return {
      appVersion: `${import.meta.env.VITE_APP_VERSION ?? 'dev'}`,
      contentVersion: sources.contentVersion,
      offline: sources.offline(),
      framesPerSecond,
      render: sources.renderStats(),
      heapMegabytes: memory && Number.isFinite(memory.usedJSHeapSize) ? memory.usedJSHeapSize / 1024 / 1024 : null,
      log: sources.staffLog.list(),
    };
  };
}
