/**
 * The kiosk's broker account, given once at set-up (in the staff diagnostics, or by the launcher
 * writing the same record) and kept in this browser profile only: the built bundle holds no
 * password. Revoking the account on the broker (npm run broker:accounts -- remove) ends it.
 */
export interface GalleryCredentials {
  readonly account: string;
  readonly password: string;
  /** Where the kiosk stands, in the staff's words (e.g. 二层文化长廊东侧). */
  readonly place: string;
}

export const CREDENTIALS_STORAGE_KEY = 'culture-corridor.gallery';

export function readGalleryCredentials(storage: Pick<Storage, 'getItem'>): GalleryCredentials | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(CREDENTIALS_STORAGE_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { account, password, place } = value as Record<string, unknown>;
    return typeof account === 'string' && typeof password === 'string' && account && password
      ? { account, password, place: typeof place === 'string' ? place : '' }
      : null;
  } catch {
    return null;
  }
}

export function saveGalleryCredentials(storage: Pick<Storage, 'setItem' | 'removeItem'>, credentials: GalleryCredentials | null): void {
  if (credentials) storage.setItem(CREDENTIALS_STORAGE_KEY, JSON.stringify(credentials));
  else storage.removeItem(CREDENTIALS_STORAGE_KEY);
}

/** The broker's WebSocket address: same origin as the page, through nginx. */
export function brokerUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/mqtt`;
}
