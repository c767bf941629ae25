import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { PlatformAdapter } from './platform';

/** Which request a piece of work belongs to, so an error escaping it can be charged to that request. */
export interface RequestScope {
  platform: PlatformAdapter['name'];
  requestId: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** A short id for a request's log lines (not a secret, only unique enough to follow one request). */
export function newRequestId(): string {
  return randomUUID().slice(0, 8);
}

/**
 * Runs `fn` inside a request's scope. Everything it starts (promises, timers, Bolt's own async
 * work) carries the scope, so the process fault policy can tell a request's stray rejection from
 * a fault of the process itself.
 */
export function inRequest<T>(request: RequestScope, fn: () => T): T {
  return scope.run(request, fn);
}

/** The request the running code belongs to, or undefined outside any request. */
export function currentRequest(): RequestScope | undefined {
  return scope.getStore();
}
