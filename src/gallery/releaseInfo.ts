/**
 * Which release this kiosk runs and which ring it follows. deploy/publish.sh writes
 * `release.json` into each release folder; each ring's nginx server answers `/ring.json` with its
 * name (deploy/nginx/ring-site.sh). Both are read from the server when it answers and
 * remembered for the days it does not; a build served without them (npm start) shows its
 * content version and the ring `all`.
 */
export interface ReleaseInfo {
  readonly release: string;
  readonly ring: string;
}

const STORAGE_KEY = 'culture-corridor.release';
export const DEFAULT_RING = 'all';
const RING_NAME = /^[a-z][a-z0-9-]{0,23}$/;

/** The field `key` of a JSON file on this origin, or null (offline, absent, not JSON). */
async function fieldOf(path: string, key: string): Promise<string | null> {
  try {
    const response = await fetch(path, { cache: 'no-store' });
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return null;
    const value = (await response.json()) as Record<string, unknown>;
    return typeof value[key] === 'string' && value[key] ? value[key] : null;
  } catch {
    return null;
  }
}

export function releaseInfo(storage: Pick<Storage, 'getItem' | 'setItem'>, fallback: string): { current(): ReleaseInfo; refresh(): Promise<void> } {
  let info: ReleaseInfo = { release: fallback, ring: DEFAULT_RING };
  try {
    const remembered = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as Partial<ReleaseInfo> | null;
    if (remembered && typeof remembered.release === 'string' && typeof remembered.ring === 'string') info = { release: remembered.release, ring: remembered.ring };
  } catch {
    // A damaged note is forgotten; the server says it again.
  }
  return {
    current: () => info,
    refresh: async () => {
      const [release, ring] = await Promise.all([fieldOf('/release.json', 'release'), fieldOf('/ring.json', 'ring')]);
      if (release === null && ring === null) return;
      info = { release: release ?? info.release, ring: ring !== null && RING_NAME.test(ring) ? ring : info.ring };
      storage.setItem(STORAGE_KEY, JSON.stringify(info));
    },
  };
}
