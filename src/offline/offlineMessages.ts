/** The messages between the page and the service worker. */
export type ServiceWorkerRequest = { readonly type: 'SKIP_WAITING' } | { readonly type: 'GET_OFFLINE_STATUS' };

export interface OfflineStatusMessage {
  readonly type: 'OFFLINE_STATUS';
  readonly filesTotal: number;
  readonly filesCached: number;
  readonly bytesCached: number;
}
