// Every file the loader reads goes through here: confined to the workspace when a compose file named it
// (src/workspace.ts), read once per real path however often it is named (an include fan-out reads each
// file once), bounded in size, and stoppable by the run's abort signal (src/compose/read-bounded.ts).
import { realpath } from 'node:fs/promises';
import { insideWorkspace } from '../workspace.js';
import { readBounded, type BoundedRead } from './read-bounded.js';

export interface ReadRequest {
  /** Most bytes accepted. */
  maxBytes: number;
  /** Named by a compose file (not by the operator's inputs): confined to the workspace. */
  confine: boolean;
}

export type ReadCached = (path: string, request: ReadRequest) => Promise<BoundedRead>;

export interface FileAccessOptions {
  /** The workspace root (src/workspace.ts). */
  workspace: string;
  /** The operator's opt-out (input allow-outside-workspace): files anywhere may be read. */
  allowOutside: boolean;
  signal?: AbortSignal;
}

/** The input that lets a project read files outside the workspace; named in every refusal. */
export const OUTSIDE_WORKSPACE_INPUT = 'allow-outside-workspace';

export interface FileAccess {
  read: ReadCached;
  /** Why a path named by a compose file may not be used, or undefined when it may. */
  refusal: (path: string) => Promise<string | undefined>;
}

export function fileAccess(options: FileAccessOptions): FileAccess {
  const reads = new Map<string, Promise<BoundedRead>>();
  const refusal = async (path: string): Promise<string | undefined> => {
    const check = await insideWorkspace(options.workspace, path);
    if (check.inside) return undefined;
    // `.git` holds the job's token: no opt-out reaches it.
    if (options.allowOutside && !check.gitMetadata) return undefined;
    return check.gitMetadata
      ? check.reason
      : `${check.reason} (the input ${OUTSIDE_WORKSPACE_INPUT}: true allows files outside it)`;
  };
  const read: ReadCached = async (path, request) => {
    const real = await realpath(path).catch(() => undefined);
    if (real === undefined) return readBounded(path, request.maxBytes, options.signal);
    if (request.confine) {
      const why = await refusal(path);
      if (why) return { problem: `is not read: ${why}` };
    }
    const key = `${request.maxBytes}\0${real}`;
    let pending = reads.get(key);
    if (!pending) {
      pending = readBounded(real, request.maxBytes, options.signal);
      reads.set(key, pending);
    }
    return pending;
  };
  return { read, refusal };
}
