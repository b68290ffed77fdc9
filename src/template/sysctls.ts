// Compose `sysctls` → container `SystemControls`. Fargate (platform 1.4.0 and later) takes namespaced
// kernel parameters only: the network namespace's `net.*` and the IPC namespace's kernel.msgmax, msgmnb,
// msgmni, sem, shmall, shmmax, shmmni, shm_rmid_forced and `fs.mqueue.*` (ECS task definition parameters,
// "systemControls"). Anything else (vm.max_map_count, a host-wide parameter) is refused by name: ECS
// would reject the task definition, and no task could run with it.
import type { Service } from '../compose/model.js';
import type { Context } from './context.js';
import { sortedRecord } from './context.js';

const IPC = new Set([
  'kernel.msgmax',
  'kernel.msgmnb',
  'kernel.msgmni',
  'kernel.sem',
  'kernel.shmall',
  'kernel.shmmax',
  'kernel.shmmni',
  'kernel.shm_rmid_forced',
]);

export const namespaced = (key: string) =>
  key.startsWith('net.') || key.startsWith('fs.mqueue.') || IPC.has(key);

/** SystemControls of a container, each refused parameter reported at its key. */
export function systemControls(ctx: Context, c: Service): Array<{ Namespace: string; Value: string }> {
  const out: Array<{ Namespace: string; Value: string }> = [];
  for (const [key, value] of sortedRecord(c.sysctls ?? {})) {
    if (namespaced(key)) out.push({ Namespace: key, Value: value });
    else
      ctx.error(
        ['services', c.name, 'sysctls', key],
        `sysctl ${key} is not namespaced: Fargate sets only net.*, fs.mqueue.* and the IPC kernel parameters (kernel.shmmax, kernel.sem, …); remove it`,
      );
  }
  return out;
}
