// The shells' side of cancellation: SIGINT/SIGTERM abort the run's AbortSignal once, with a CancelRequest
// saying which signal and how long the cleanup may wait (cancellation.ts). While handlers are
// installed, Node no longer exits on these signals by itself: the run undoes what is in flight, reports,
// and ends with a non-zero exit code. What a repeated signal does is the shell's choice.
import { CancelRequest } from './cancellation.js';

export const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export interface SignalCancel {
  signal: AbortSignal;
  /** Removes the handlers (Node's default behaviour returns). */
  dispose(): void;
}

export function cancelOnSignals(options: {
  /** How long the cleanup may wait for CloudFormation after the first signal. */
  waitMs: number;
  onFirst: (signalName: string) => void;
  onRepeat: (signalName: string) => void;
  /** process, unless a test stands in. */
  target?: Pick<NodeJS.Process, 'on' | 'off'>;
}): SignalCancel {
  const target = options.target ?? process;
  const controller = new AbortController();
  const handler = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) return options.onRepeat(name);
    controller.abort(new CancelRequest(name, options.waitMs));
    options.onFirst(name);
  };
  for (const name of CANCEL_SIGNALS) target.on(name, handler);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const name of CANCEL_SIGNALS) target.off(name, handler);
    },
  };
}
