// The processes a program started, found through /proc (Linux): a cancelled build must not leave its
// RUN step running. podman runs a step as the first process of its own namespaces and session, under
// buildah-oci-runtime; when podman is stopped it does not always stop the step first, and the step, now
// parented to init, is out of reach of its process group and of the runner's process-tree kill.
import { readdirSync, readFileSync } from 'node:fs';

/** A process as /proc shows it: its id and its start time (so a reused id is never mistaken for it). */
export interface ProcessId {
  pid: number;
  started: string;
}

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses). */
function stat(pid: number): { ppid: number; started: string } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // After the name: state(3) ppid(4) ... starttime(22), numbered from 1 in proc(5).
    return { ppid: Number(fields[1]), started: fields[19]! };
  } catch {
    return undefined;
  }
}

/** Every descendant of `root`, now; empty where there is no /proc. */
export function descendants(root: number): ProcessId[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const children = new Map<number, ProcessId[]>();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(Number(entry));
    if (!s) continue;
    const list = children.get(s.ppid) ?? [];
    list.push({ pid: Number(entry), started: s.started });
    children.set(s.ppid, list);
  }
  const found: ProcessId[] = [];
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift())
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      queue.push(child.pid);
    }
  return found;
}

/** SIGKILLs the processes of `ids` that still run (same id, same start time). */
export function killSurvivors(ids: ProcessId[]): void {
  for (const id of ids) {
    if (stat(id.pid)?.started !== id.started) continue;
    try {
      process.kill(id.pid, 'SIGKILL');
    } catch {
      // Gone meanwhile.
    }
  }
}
