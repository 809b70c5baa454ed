// IPC handlers: one per API method, each checking who calls and with what before acting.
import type { IpcMainInvokeEvent } from 'electron';
import { API_ARGUMENT_CHECKS, API_METHODS, channelOf, type ApiMethod, type KubeDeckApi } from '../shared/api';

export type IpcHandler = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, ...args: unknown[]) => Promise<unknown>;

export class IpcRejection extends Error {}

/** Handlers by channel. `isTrustedUrl` decides whether the calling frame is the app's own page. */
export function createIpcHandlers(api: KubeDeckApi, isTrustedUrl: (url: string) => boolean): Map<string, IpcHandler> {
  const handlers = new Map<string, IpcHandler>();
  for (const method of API_METHODS) {
    handlers.set(channelOf(method), async (event, ...args) => {
      const frameUrl = event.senderFrame?.url;
      if (!frameUrl || !isTrustedUrl(frameUrl)) throw new IpcRejection(`${method}: untrusted sender`);
      if (!API_ARGUMENT_CHECKS[method](args)) throw new IpcRejection(`${method}: invalid arguments`);
      return call(api, method, args);
    });
  }
  return handlers;
}

function call(api: KubeDeckApi, method: ApiMethod, args: unknown[]): Promise<unknown> {
  const fn = api[method] as (...a: unknown[]) => Promise<unknown>;
  return fn.apply(api, args);
}
