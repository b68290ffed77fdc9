// Real SDK v3 clients answered by typed handlers, for the adapters of src/aws/sdk/ and what runs over them
// where the emulator cannot produce the state (failed change sets, ECS rollbacks, retained file systems).
// A handler is registered for its Command class, gets the command's input and returns its output, both typed
// by the SDK; what it throws goes through the typed-failure middleware the real clients carry
// (src/aws/clients.ts typedFailures). A command without a handler fails the test with its name.
import type { MiddlewareStack } from '@smithy/types';
import { typedFailures } from '../../src/aws/clients.js';

/** A Command class of any SDK v3 client. */
type CommandClass = abstract new (input: any) => {
  input: unknown;
  resolveMiddleware(...args: any[]): (args: any) => Promise<{ output: unknown }>;
};
type InputOf<C extends CommandClass> = InstanceType<C>['input'];
type OutputOf<C extends CommandClass> = Omit<
  Awaited<ReturnType<ReturnType<InstanceType<C>['resolveMiddleware']>>>['output'],
  '$metadata'
>;
/** Answers the n-th call (from 0) of its command. */
type Handler<C extends CommandClass> = (
  input: InputOf<C>,
  call: number,
) => OutputOf<C> | Promise<OutputOf<C>>;

export interface Answer {
  command: string;
  handle: (input: unknown, call: number) => unknown;
}

/** Answers `command` with each handler in turn (the last one repeats). */
export function on<C extends CommandClass>(command: C, ...handlers: Array<NoInfer<Handler<C>>>): Answer {
  return {
    command: command.name.replace(/Command$/, ''),
    handle: (input, call) => handlers[Math.min(call, handlers.length - 1)]!(input as InputOf<C>, call),
  };
}

/** The inputs `client` was sent `command` with, in order. */
export function inputsOf<C extends CommandClass>(client: Recorded, command: C): Array<InputOf<C>> {
  const name = command.name.replace(/Command$/, '');
  return client.calls.filter((c) => c.command === name).map((c) => c.input as InputOf<C>);
}

export interface Recorded {
  /** Every command sent, by name without "Command", with its input. */
  calls: Array<{ command: string; input: unknown }>;
}

/** Settings a client needs to be constructed; never used to reach AWS (handlers answer first). */
export const OFFLINE = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
};

/** The client, answering only the commands given; it records every command sent. */
export function fakeSdk<T extends { middlewareStack: MiddlewareStack<any, any> }>(
  client: T,
  ...answers: Answer[]
): T & Recorded {
  const calls: Recorded['calls'] = [];
  const counts = new Map<string, number>();
  typedFailures(client, client.constructor.name.replace(/Client$/, ''));
  client.middlewareStack.add(
    (_next, context) => async (args) => {
      const command = String(context.commandName).replace(/Command$/, '');
      calls.push({ command, input: args.input });
      const n = counts.get(command) ?? 0;
      counts.set(command, n + 1);
      const answer = answers.find((a) => a.command === command);
      if (!answer) throw new Error(`unexpected call ${command}`);
      const output = await answer.handle(args.input, n);
      return { output: { $metadata: {}, ...(output as object) }, response: {} };
    },
    // After typedFailures (initialize, normal priority): its catch sees what a handler throws.
    { step: 'initialize', priority: 'low', name: 'fakeSdkAnswers' },
  );
  return Object.assign(client, { calls });
}

/** An SDK-shaped service error (what the clients' deserializers throw). */
export function sdkError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } });
}

/** Poll options that never wait. */
export const instantPoll = { intervalMs: 1, maxIntervalMs: 1, timeoutMs: 2000, sleep: async () => {} };
