/**
 * The page's side of offline: registers the service worker (workbox-window), asks the browser to
 * keep the cache (persistent storage), reports how ready the kiosk is to run with the cable
 * pulled, and takes a new version only when no visitor is using the kiosk.
 */
import { Workbox } from 'workbox-window';
import type { StaffLog } from '../app/StaffLog.ts';
import type { OfflineStatusMessage, ServiceWorkerRequest } from './offlineMessages.ts';

export interface OfflineState {
  /** True once every file of this version is in the cache and a service worker controls the page. */
  readonly ready: boolean;
  readonly filesCached: number;
  readonly filesTotal: number;
  readonly bytesCached: number;
  /** Whether the browser promised not to evict the cache under storage pressure. */
  readonly persisted: boolean;
  /** A newer version has been downloaded completely and waits for an idle moment. */
  readonly updateWaiting: boolean;
  readonly lastUpdateCheck: string | null;
  /** Why the kiosk cannot work offline (no service worker support, a failed install), or null. */
  readonly problem: string | null;
}

/** What one look for a new version found. */
export interface UpdateCheckOutcome {
  readonly kind: 'unavailable' | 'failed' | 'found' | 'upToDate';
  readonly detail: string | null;
}

export interface OfflineServiceOptions {
  /** Null under `npm run dev`: the service worker exists only in a build, and a dev page must always show the files as saved. */
  readonly serviceWorkerUrl: string | null;
  readonly updateCheckMinutes: number;
  readonly staffLog: StaffLog;
  readonly onChange: (state: OfflineState) => void;
  /** Whether a visitor could notice a reload right now (the app decides: attract, silent, no tour). */
  readonly isIdle: () => boolean;
}

const NOT_YET: OfflineState = {
  ready: false,
  filesCached: 0,
  filesTotal: 0,
  bytesCached: 0,
  persisted: false,
  updateWaiting: false,
  lastUpdateCheck: null,
  problem: null,
};

export class OfflineService {
  private state: OfflineState = NOT_YET;
  private workbox: Workbox | null = null;
  private updateTimer: ReturnType<typeof setInterval> | null = null;
  private switching = false;

  constructor(private readonly options: OfflineServiceOptions) {}

  get current(): OfflineState {
    return this.state;
  }

  async start(): Promise<void> {
    if (!('serviceWorker' in navigator)) {
      this.set({ problem: 'this browser has no service workers, so the kiosk needs the network' });
      return;
    }
    if (this.options.serviceWorkerUrl === null) {
      this.set({ problem: 'development server (npm run dev): the kiosk is cached for offline use only in a build' });
      return;
    }
    const workbox = new Workbox(this.options.serviceWorkerUrl, { scope: '/' });
    this.workbox = workbox;
    workbox.addEventListener('waiting', () => {
      this.set({ updateWaiting: true });
      this.applyUpdateIfIdle();
    });
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      // Only a version we let in by skipWaiting reloads the page; the first install just claims it.
      // (workbox-window's isUpdate says whether the page was controlled when it registered, which
      // is false all day on a kiosk whose first visit installed the worker.)
      if (this.switching) window.location.reload();
      // The first install claims the page after 'activated' has fired: count the cache now.
      else void this.refreshStatus();
    });
    workbox.addEventListener('activated', () => void this.refreshStatus());
    try {
      await workbox.register();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.options.staffLog.record('offline', `the service worker could not be registered (${reason}); the kiosk needs the network until it can`);
      this.set({ problem: `service worker registration failed: ${reason}` });
      return;
    }
    const persisted = await navigator.storage?.persist?.().catch(() => false) ?? false;
    this.set({ persisted });
    await navigator.serviceWorker.ready;
    await this.refreshStatus();
    this.updateTimer = setInterval(() => void this.checkForUpdate(), this.options.updateCheckMinutes * 60_000);
  }

  /**
   * Asks the server for a newer version; it downloads in the background and waits for idle.
   * Says what came of it, for the staff who pressed the button (or sent the command).
   */
  async checkForUpdate(): Promise<UpdateCheckOutcome> {
    if (!this.workbox) return { kind: 'unavailable', detail: this.state.problem };
    try {
      await this.workbox.update();
      this.set({ lastUpdateCheck: new Date().toISOString() });
      const registration = await navigator.serviceWorker.getRegistration();
      const found = this.state.updateWaiting || Boolean(registration?.installing ?? registration?.waiting);
      return { kind: found ? 'found' : 'upToDate', detail: null };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      // Offline is normal on the gallery floor: note it for staff and try again later.
      this.options.staffLog.record('offline', `update check failed (${detail})`);
      return { kind: 'failed', detail };
    }
  }

  /** Called whenever the kiosk becomes idle: a waiting version takes over now, never mid-visit. */
  applyUpdateIfIdle(): void {
    if (!this.workbox || !this.state.updateWaiting || this.switching || !this.options.isIdle()) return;
    this.switching = true;
    this.workbox.messageSkipWaiting();
  }

  async refreshStatus(): Promise<void> {
    const controller = navigator.serviceWorker?.controller;
    if (!controller) {
      this.set({ ready: false });
      return;
    }
    const status = await new Promise<OfflineStatusMessage | null>((resolve) => {
      const channel = new MessageChannel();
      const timeout = setTimeout(() => resolve(null), 10_000);
      channel.port1.onmessage = (event: MessageEvent<OfflineStatusMessage>) => {
        clearTimeout(timeout);
        resolve(event.data);
      };
      const request: ServiceWorkerRequest = { type: 'GET_OFFLINE_STATUS' };
      controller.postMessage(request, [channel.port2]);
    });
    if (!status) return;
    this.set({
      ready: status.filesTotal > 0 && status.filesCached === status.filesTotal,
      filesCached: status.filesCached,
      filesTotal: status.filesTotal,
      bytesCached: status.bytesCached,
    });
  }

  dispose(): void {
    if (this.updateTimer) clearInterval(this.updateTimer);
  }

  private set(patch: Partial<OfflineState>): void {
    this.state = { ...this.state, ...patch };
    this.options.onChange(this.state);
  }
}
