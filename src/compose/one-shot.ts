// Which services run once instead of for ever, judged on the project as loaded: the loader's Fargate table
// (ecs-rules.ts) must not call a job's restart policy ignored, since the deploy honours it (retries), and
// the converter (template/jobs.ts) makes these services jobs.
import type { Project, Service } from './model.js';

/** restart: always / unless-stopped (or restart_policy any): compose restarts it after every exit. */
export function restartsForever(s: Service): boolean {
  const restart = s.restart?.split(':')[0];
  if (restart === 'always' || restart === 'unless-stopped') return true;
  return s.deploy?.restartPolicy?.condition === 'any';
}

/** The service whose task a service's container runs in: its own, or the one it is a sidecar of. */
function taskOf(name: string, s: Service): string {
  if (s.networkMode?.startsWith('service:')) return s.networkMode.slice('service:'.length);
  return s.aws?.sidecarOf ?? name;
}

/**
 * Services that become jobs (template/jobs.ts findJobs): the main container of their own task, restarting at
 * most on failure, and either `deploy.mode: replicated-job` or waited for with
 * `condition: service_completed_successfully` from another task.
 */
export function oneShotServices(project: Project): Set<string> {
  const waitedFor = new Set<string>();
  for (const [name, s] of Object.entries(project.services))
    for (const [dep, d] of Object.entries(s.dependsOn))
      if (d.condition === 'service_completed_successfully' && taskOf(name, s) !== dep) waitedFor.add(dep);
  const out = new Set<string>();
  for (const [name, s] of Object.entries(project.services)) {
    if (taskOf(name, s) !== name || restartsForever(s)) continue;
    const explicit = s.deploy?.mode === 'replicated-job' || s.deploy?.mode === 'global-job';
    if (explicit || waitedFor.has(name)) out.add(name);
  }
  return out;
}
