// Compose `tmpfs` (the service field and `type: tmpfs` mounts) → a writable task volume per path.
// Fargate has no tmpfs (ECS's LinuxParameters.Tmpfs "is not supported for tasks run on AWS Fargate"),
// but a task volume without a host path is an empty directory on the task's ephemeral storage
// ("Use bind mounts with Amazon ECS": "to provide an empty data volume to mount in one or more
// containers"): disk, not memory, gone with the task. That keeps `read_only: true` services working
// where they expect /tmp or /run writable. Fargate creates those directories root-owned 0755
// (aws/containers-roadmap#938), so a short init container opens each to the mode compose gives the
// tmpfs (default 1777, as a tmpfs mounted by Docker) before the service starts.
import type { Context } from './context.js';
import { initContainer, shellQuote } from './file-script.js';
import { containerName } from './task-definition.js';
import type { TaskPlan } from './tasks.js';

const INIT_CONTAINER = 'compose-tmpfs-init';

export interface TaskTmpfs {
  containers: Map<string, Record<string, unknown>>;
  initContainers: Array<Record<string, unknown>>;
  volumes: Array<Record<string, unknown>>;
}

export function taskTmpfs(ctx: Context, task: TaskPlan): TaskTmpfs {
  const out: TaskTmpfs = { containers: new Map(), initContainers: [], volumes: [] };
  const script = ['set -e'];
  const initMounts: Array<Record<string, unknown>> = [];
  for (const c of task.containers) {
    const mounts: Array<Record<string, unknown>> = [];
    c.volumes.forEach((m, i) => {
      if (m.type !== 'tmpfs') return;
      const name = `${containerName(c.name)}-tmpfs-${i}`;
      const mode = (m.mode ?? 0o1777).toString(8).padStart(4, '0');
      out.volumes.push({ Name: name });
      mounts.push({ ContainerPath: m.target, ReadOnly: false, SourceVolume: name });
      initMounts.push({ ContainerPath: `/compose-tmpfs/${name}`, ReadOnly: false, SourceVolume: name });
      script.push(`chmod ${shellQuote(mode)} ${shellQuote(`/compose-tmpfs/${name}`)}`);
      ctx.warn(
        ['services', c.name, 'volumes', i],
        `tmpfs ${m.target} is a writable task volume on the task's ephemeral storage: disk, not memory${m.size !== undefined ? `; its size ${m.size} is not enforced` : ''}`,
      );
    });
    if (mounts.length > 0)
      out.containers.set(c.name, {
        MountPoints: mounts,
        DependsOn: [{ Condition: 'SUCCESS', ContainerName: INIT_CONTAINER }],
      });
  }
  if (initMounts.length > 0)
    out.initContainers.push(initContainer(ctx, task, INIT_CONTAINER, script, initMounts, []));
  return out;
}
