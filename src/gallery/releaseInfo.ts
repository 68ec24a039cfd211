/**
 * Which release this kiosk runs and which ring it follows. deploy/publish.sh writes
 * `release.json` into each release folder; the ring is the path the launcher opens
 * (`/rings/<ring>/`, or `/` for the ring everyone else follows). The file is read from the
 * server when it answers and remembered for the days it does not.
 */
export interface ReleaseInfo {
  readonly release: string;
  readonly ring: string;
}

const STORAGE_KEY = 'culture-corridor.release';
export const DEFAULT_RING = 'all';

export function ringOfPath(pathname: string): string {
  return /\/rings\/([a-z0-9-]+)\//.exec(pathname)?.[1] ?? DEFAULT_RING;
}

export function releaseInfo(storage: Pick<Storage, 'getItem' | 'setItem'>, pathname: string, fallback: string): { current(): ReleaseInfo; refresh(): Promise<void> } {
  const ring = ringOfPath(pathname);
  let release = storage.getItem(`${STORAGE_KEY}.${ring}`) ?? fallback;
  return {
    current: () => ({ release, ring }),
    refresh: async () => {
      try {
        const response = await fetch(new URL('release.json', document.baseURI), { cache: 'no-store' });
        if (!response.ok) return;
        const value = (await response.json()) as { release?: unknown };
        if (typeof value.release === 'string' && value.release) {
          release = value.release;
          storage.setItem(`${STORAGE_KEY}.${ring}`, release);
        }
      } catch {
        // Offline, or a build served without publish.sh (npm start): the remembered name stays.
      }
    },
  };
}
