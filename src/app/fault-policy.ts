import type { Logger } from '../log';
import { currentRequest } from './request-scope';

type FaultSource = Pick<NodeJS.Process, 'on'>;

/**
 * What an error nobody caught does to the process. One that belongs to a request (it escaped a
 * request handler, or Bolt's own fire-and-forget request work) is logged with the request's id and
 * the process keeps serving: one bad request must not take Slack, Discord and digests down. Any
 * other is a fault of the process itself (start-up, digests, storage) and stays fatal, as Node's
 * default: it is logged and `exit(1)` runs, so a supervisor restarts it instead of it limping on.
 */
export function installFaultPolicy(proc: FaultSource, log: Logger, exit: (code: number) => void): void {
  const onFault = (kind: 'rejection' | 'exception') => (reason: unknown) => {
    const request = currentRequest();
    if (request) {
      log.error(
        { err: reason, platform: request.platform, requestId: request.requestId },
        `unhandled ${kind} while handling a request; the process goes on serving`,
      );
      return;
    }
    log.fatal({ err: reason }, `unhandled ${kind}; stopping`);
    exit(1);
  };
  proc.on('unhandledRejection', onFault('rejection'));
  proc.on('uncaughtException', onFault('exception'));
}
