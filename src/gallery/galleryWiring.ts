/**
 * The kiosk's side of the gallery network, wired once from the composition root: the staff
 * commands (the diagnostics buttons and the fleet page share them), the broker link when the
 * kiosk has an account, and what the diagnostics' set-up form changes. No account, no link:
 * the kiosk then never loads the MQTT library at all.
 */
import type { GuidedTourController } from '../app/GuidedTourController.ts';
import type { KioskStore } from '../app/KioskState.ts';
import type { LanguageCode } from '../contentModel/contentTypes.ts';
import type { OfflineService } from '../offline/OfflineService.ts';
import type { DiagnosticsActions, DiagnosticsSnapshot } from '../ui/DiagnosticsView.ts';
import type { ConnectionStatus } from './brokerConnection.ts';
import { brokerUrl, readGalleryCredentials, saveGalleryCredentials, type GalleryCredentials } from './galleryCredentials.ts';
import type { KioskStatus } from './galleryTopics.ts';
import type { KioskLink } from './kioskLink.ts';
import { DEFAULT_PAIRING_TIMING, type PairingTiming } from './pairingTiming.ts';
import { staffCommandRunner, updateOutcome } from './staffCommands.ts';

export interface GalleryWiringOptions {
  readonly store: KioskStore;
  readonly languages: readonly LanguageCode[];
  readonly guidedTour: GuidedTourController;
  readonly toggleNarration: () => void;
  readonly offline: Pick<OfflineService, 'checkForUpdate'>;
  readonly statistics: { exportCsv(): Promise<string>; downloadCsv(): Promise<void> };
  readonly snapshot: () => DiagnosticsSnapshot;
  readonly storage: Storage;
  readonly location: Pick<Location, 'protocol' | 'host'>;
  readonly reload: () => void;
  /** A command from the paired tablet: the idle and tour-silence clocks start again. */
  readonly noteActivity: () => void;
  /** Shorter pairing timeouts, for tests only (`?debug=1`). */
  readonly timing: Partial<PairingTiming>;
}

export type GalleryDiagnostics = Omit<DiagnosticsActions, 'close' | 'snapshot'>;

export function wireGallery(options: GalleryWiringOptions): GalleryDiagnostics & { link(): KioskLink | null } {
  const { store, storage } = options;
  const runStaffCommand = staffCommandRunner({
    store, reload: options.reload, checkForUpdate: () => options.offline.checkForUpdate(), exportCsv: () => options.statistics.exportCsv(),
  });
  let lastVisit: string | null = null;
  store.watch(['mode'], (state, previous) => {
    if (previous.mode === 'attract' && state.mode !== 'diagnostics') lastVisit = new Date().toISOString();
  });
  const health = (): Promise<Omit<KioskStatus, 'kiosk' | 'online' | 'place' | 'reportedAt' | 'mode' | 'pairedDocent'>> => {
    const snapshot = options.snapshot();
    const { offline, render } = snapshot;
    return Promise.resolve({
      appVersion: snapshot.appVersion,
      contentVersion: snapshot.contentVersion,
      release: snapshot.release,
      ring: snapshot.ring,
      offline: offline ? { ready: offline.ready, filesCached: offline.filesCached, filesTotal: offline.filesTotal, bytesCached: offline.bytesCached, persisted: offline.persisted } : null,
      updateWaiting: offline?.updateWaiting ?? false,
      uptimeSeconds: snapshot.uptimeSeconds,
      lastVisit,
      visitsToday: snapshot.visitsToday,
      framesPerSecond: Math.round(snapshot.framesPerSecond),
      gpu: { drawCalls: render.drawCalls, textures: render.textures, geometries: render.geometries, programs: render.programs },
      errorsLogged: snapshot.log.length,
      verdict: snapshot.verdict.verdict,
      reason: snapshot.verdict.reason,
    });
  };

  let credentials = readGalleryCredentials(storage);
  let link: KioskLink | null = null;
  let status: ConnectionStatus | null = null;
  let connection = 0;
  const connect = (): void => {
    if (!credentials) return;
    const attempt = ++connection;
    // The link's code arrives only for a kiosk with an account; a newer save by then wins.
    import('./kioskLink.ts').then(({ KioskLink }) => {
      if (attempt === connection && credentials) startLink(KioskLink, credentials);
    }, (error: unknown) => {
      status = { state: 'lost', detail: `the gallery link's code did not load (${String(error)}); the kiosk tries again when it reloads`, retryInSeconds: null };
    });
  };
  const startLink = (KioskLinkClass: typeof KioskLink, account: GalleryCredentials): void => {
    link = new KioskLinkClass({
      url: brokerUrl(options.location), credentials: account, store, languages: options.languages, guidedTour: options.guidedTour,
      toggleNarration: options.toggleNarration, noteActivity: options.noteActivity, health, runStaffCommand, storage,
      onStatus: (next) => { status = next; },
      timing: { ...DEFAULT_PAIRING_TIMING, ...options.timing },
    });
    link.start();
  };
  connect();

  return {
    link: () => link,
    reload: options.reload,
    checkForUpdate: async () => updateOutcome(await options.offline.checkForUpdate()),
    exportStatistics: async () => {
      await options.statistics.downloadCsv();
      return (await runStaffCommand('exportStatistics')).outcome;
    },
    gallery: () => ({ credentials, status }),
    saveGallery: (next: GalleryCredentials | null) => {
      saveGalleryCredentials(storage, next);
      credentials = next;
      status = null;
      connection += 1;
      const previous = link;
      link = null;
      void (previous?.stop() ?? Promise.resolve()).then(connect);
    },
  };
}
