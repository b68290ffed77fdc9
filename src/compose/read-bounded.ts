// Reading a file a compose project names, without trusting it to be one: `/dev/zero`, a FIFO or a
// growing file must not hold the loader (or the machine's memory) hostage. The file is opened without
// blocking, must be a regular file (fstat), and is read in chunks up to a byte limit, so a signal
// handler (the CLI's Ctrl-C, the runner's cancel) runs between chunks and an abort stops the read.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/** Bytes read per chunk: small enough that a cancel is seen at once, large enough to stay cheap. */
const CHUNK_BYTES = 64 * 1024;

export type BoundedRead = { bytes: Buffer } | { problem: string; missing?: boolean };

/**
 * The file's bytes, or why they cannot be had: missing, not a regular file, larger than `maxBytes`
 * (judged before reading and again while reading, for a file that grows), unreadable, or aborted.
 * Problems never quote the file's content.
 */
export async function readBounded(
  path: string,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<BoundedRead> {
  // O_NONBLOCK: opening a FIFO no writer holds would otherwise wait forever.
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { problem: 'does not exist', missing: true }
      : { problem: `cannot be read (${code ?? (err as Error).message})` };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile())
      return {
        problem: `is not a regular file (${info.isDirectory() ? 'a directory' : 'a device, pipe or socket'})`,
      };
    if (info.size > maxBytes) return { problem: `is larger than ${maxBytes} bytes` };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      if (signal?.aborted) return { problem: 'was not read: the run was cancelled' };
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return { problem: `is larger than ${maxBytes} bytes` };
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (err) {
    return { problem: `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
