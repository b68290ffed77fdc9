// Recorded response sequences at the SDK level, for the faults and states the emulator cannot
// produce (ECS rollbacks, failed resources, blocked stacks). Each handler gets the command's input; what it
// throws is typed as the real clients' middleware types it (src/aws/failures.ts).
import { classifyAwsError } from '../../src/aws/failures.js';

type Handler = (input: any, call: number) => unknown;

export interface FakeClient {
  send(command: { constructor: { name: string }; input: unknown }): Promise<any>;
  calls: Array<{ command: string; input: any }>;
}

/** A stand-in for an SDK v3 client: `send` dispatches on the command's class name (without "Command"). */
export function fakeClient(handlers: Record<string, Handler | Handler[]>): FakeClient & any {
  const counts = new Map<string, number>();
  const calls: Array<{ command: string; input: any }> = [];
  return {
    calls,
    async send(command: { constructor: { name: string }; input: unknown }) {
      const name = command.constructor.name.replace(/Command$/, '');
      calls.push({ command: name, input: command.input });
      const n = counts.get(name) ?? 0;
      counts.set(name, n + 1);
      const entry = handlers[name];
      if (!entry) throw new Error(`unexpected call ${name}`);
      const handler = Array.isArray(entry) ? entry[Math.min(n, entry.length - 1)]! : entry;
      try {
        return await handler(command.input, n);
      } catch (err) {
        throw classifyAwsError(err, name);
      }
    },
  };
}

/** An SDK-shaped error. */
export function sdkError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } });
}

export const instantPoll = { intervalMs: 1, maxIntervalMs: 1, timeoutMs: 2000, sleep: async () => {} };
