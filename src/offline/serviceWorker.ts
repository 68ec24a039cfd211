/// <reference lib="webworker" />
/**
 * The kiosk's service worker. It precaches the whole corridor (app, content, fonts, every
 * picture, recording and caption) as one atomic install: if any file fails to download, the
 * install fails and the previous version keeps serving, so a kiosk never shows half of an update.
 * A new version waits until the app, seeing the kiosk idle, asks it to take over.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { createPartialResponse } from 'workbox-range-requests';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { OfflineStatusMessage, ServiceWorkerRequest } from './offlineMessages.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: readonly { url: string; revision: string | null }[] };

const manifest = self.__WB_MANIFEST;
const AUDIO_PATH = /\.(mp3|ogg|opus|m4a|webm)$/i;

// Recordings are answered from the precache with Range support. This route must come before
// precacheAndRoute(): otherwise the precache route answers a Range request with the whole file,
// and <audio> reports a wrong duration and cannot seek offline (workbox issue #1663).
registerRoute(({ url }) => url.origin === self.location.origin && AUDIO_PATH.test(url.pathname), async ({ request }) => {
  const cached = await matchPrecache(request.url);
  const response = cached ?? (await fetch(request));
  return request.headers.has('range') ? createPartialResponse(request, response) : response;
});

// Which release and ring this is (deploy/publish.sh, the ring's nginx server): asked of the server
// each start, and answered with nothing known when it is gone, so an offline kiosk logs no failure.
const RELEASE_INFO_PATHS = new Set(['/release.json', '/ring.json']);
registerRoute(({ url }) => url.origin === self.location.origin && RELEASE_INFO_PATHS.has(url.pathname), async ({ request }) => {
  try {
    return await fetch(request);
  } catch {
    return new Response('{}', { headers: { 'Content-Type': 'application/json' } });
  }
});

precacheAndRoute(manifest);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
// The first install takes over the open page at once, so the very first visit is already offline-ready.
clientsClaim();

async function offlineStatus(): Promise<OfflineStatusMessage> {
  let filesCached = 0;
  let bytesCached = 0;
  for (const entry of manifest) {
    const response = await matchPrecache(entry.url);
    if (!response) continue;
    filesCached += 1;
    const length = Number(response.headers.get('content-length'));
    bytesCached += Number.isFinite(length) && length > 0 ? length : (await response.blob()).size;
  }
  return { type: 'OFFLINE_STATUS', filesTotal: manifest.length, filesCached, bytesCached };
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const message = event.data as ServiceWorkerRequest | undefined;
  if (message?.type === 'SKIP_WAITING') {
    void self.skipWaiting();
  } else if (message?.type === 'GET_OFFLINE_STATUS') {
    event.waitUntil(offlineStatus().then((status) => event.ports[0]?.postMessage(status)));
  }
});
