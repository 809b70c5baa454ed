// The web twin's service worker (built to media-worker.js by vite.web.config.ts only): serves the
// images imported with decks, kept in IndexedDB, at the same-origin URLs cards use, which the CSP
// allows (img-src 'self'; blob: and data: stay refused). Every other request goes to the network.
import { mediaNameOf, mediaResponse } from './mediaRequests';
import { CLAIM_MESSAGE, readStoredMedia, USER_DECKS_DATABASE } from './storedMedia';

// The project type-checks with the DOM library, which lacks service worker types: the few used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends Event {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}
interface ServiceWorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as ServiceWorkerScope;

// Take over at once, the page that registered us included: images just imported must show.
worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));
// A page loaded by a hard reload is not controlled: it asks to be.
worker.addEventListener('message', (event) => {
  if (event.data === CLAIM_MESSAGE) event.waitUntil(worker.clients.claim());
});

worker.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const name = mediaNameOf(event.request.url, worker.registration.scope);
  if (name === undefined) return;
  event.respondWith(
    readStoredMedia(indexedDB, USER_DECKS_DATABASE, name).then(
      (bytes) => mediaResponse(name, bytes),
      () => mediaResponse(name, undefined),
    ),
  );
});
