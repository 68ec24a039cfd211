/**
 * What the staff diagnostics overlay and the gallery health report show, read on demand:
 * versions, offline readiness, the frame rate (frames counted between two readings at least half
 * a second apart, so a reading every second shows a steady number), GPU resources, heap, uptime,
 * visits today, the staff log and the one-word verdict drawn from them.
 */
import type { RenderStats } from '../automation/kioskAutomation.ts';
import { kioskVerdict } from '../gallery/kioskVerdict.ts';
import type { OfflineState } from '../offline/OfflineService.ts';
import type { DiagnosticsSnapshot } from '../ui/DiagnosticsView.ts';
import type { StaffLog } from './StaffLog.ts';

const FRAME_RATE_WINDOW_MILLISECONDS = 500;

export interface DiagnosticsSources {
  readonly contentVersion: string;
  readonly release: () => { readonly release: string; readonly ring: string };
  readonly offline: () => OfflineState | null;
  /** Frames the render loop has ticked so far (0 without one). */
  readonly tickCount: () => number;
  readonly renderStats: () => RenderStats;
  /** The WebGL picture is lost and not yet back. */
  readonly graphicsLost: () => boolean;
  readonly isPageVisible: () => boolean;
  readonly visitsToday: () => Promise<number>;
  readonly staffLog: Pick<StaffLog, 'list'>;
  readonly now?: () => number;
}

/** Returns the snapshot function the diagnostics overlay calls once a second while it is open. */
export function diagnosticsSampler(sources: DiagnosticsSources): () => DiagnosticsSnapshot {
  const now = sources.now ?? (() => performance.now());
  let ticksAtLastSample = 0;
  let lastSampleTime = now();
  let framesPerSecond: number | null = null;
  let visitsToday = 0;
  return () => {
    const time = now();
    const ticks = sources.tickCount();
    if (time - lastSampleTime >= FRAME_RATE_WINDOW_MILLISECONDS) {
      framesPerSecond = ((ticks - ticksAtLastSample) * 1000) / (time - lastSampleTime);
      ticksAtLastSample = ticks;
      lastSampleTime = time;
    }
    // The count lives in IndexedDB: this reading shows the last answer, the next one the new.
    void sources.visitsToday().then((count) => { visitsToday = count; }, () => undefined);
    // performance.memory is Chromium's; elsewhere memory is simply not shown.
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    const offline = sources.offline();
    const log = sources.staffLog.list();
    return {
      appVersion: `${import.meta.env.VITE_APP_VERSION ?? 'dev'}`,
      contentVersion: sources.contentVersion,
      ...sources.release(),
      offline,
      framesPerSecond: framesPerSecond ?? 0,
      render: sources.renderStats(),
      heapMegabytes: memory && Number.isFinite(memory.usedJSHeapSize) ? memory.usedJSHeapSize / 1024 / 1024 : null,
      uptimeSeconds: Math.round(performance.now() / 1000),
      visitsToday,
      verdict: kioskVerdict({ offline, framesPerSecond, graphicsLost: sources.graphicsLost(), errorsLogged: log.length, pageVisible: sources.isPageVisible() }),
      log,
    };
  };
}
