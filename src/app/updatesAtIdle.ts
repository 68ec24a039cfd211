/**
 * A new version of the kiosk is looked for when it returns to the invitation, and taken only
 * while nobody uses it (the offline service checks that itself), so no visit is cut short.
 */
import type { OfflineService } from '../offline/OfflineService.ts';
import type { KioskStore } from './KioskState.ts';

export function followUpdatesAtIdle(store: KioskStore, offline: Pick<OfflineService, 'checkForUpdate' | 'applyUpdateIfIdle'>): void {
  store.watch(['mode'], (state) => {
    if (state.mode === 'attract') void offline.checkForUpdate().then(() => offline.applyUpdateIfIdle());
  });
  // The last narration falling silent may be the idle moment a waiting update needs.
  store.watch(['narration'], (state, previous) => {
    if (state.narration === null && previous.narration !== null) offline.applyUpdateIfIdle();
  });
}
