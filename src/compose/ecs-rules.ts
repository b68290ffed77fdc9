// What Amazon ECS on Fargate cannot honour. The rule: a field whose loss would change what
// the application does (privileges, host namespaces, devices, host paths) is an error;
// a field that only tunes local Docker behaviour is ignored with a warning. Each message
// says why and what to do instead. docs/compose-support.md lists the same table.
import type { Diagnostics } from './diagnostics.js';
import type { ModelPath, Project, SourceMap } from './model.js';
import { originOf } from './normalize/read.js';

export interface EcsRuleOptions {
  /** Turn bind-mount and tmpfs errors into warnings and drop those mounts from the model. */
  dropBindMounts?: boolean;
}

interface Rule {
  level: 'error' | 'warning';
  reason: string;
}

const error = (reason: string): Rule => ({ level: 'error', reason });
const warning = (reason: string): Rule => ({ level: 'warning', reason });

/** Service fields the model does not carry, and what happens to each on ECS. */
export const UNMODELLED_SERVICE_FIELDS: Record<string, Rule> = {
  container_name: warning('ECS names tasks itself; other services reach this one by its service name'),
  domainname: warning('Fargate tasks use the VPC DNS domain'),
  dns: warning('Fargate tasks use the VPC resolver; configure Route 53 Resolver rules instead'),
  dns_opt: warning('Fargate tasks use the VPC resolver'),
  dns_search: warning('Fargate tasks use the VPC resolver'),
  external_links: warning('reach other stacks through their load balancer or service discovery name'),
  pull_policy: warning('ECS pulls the image when a task starts'),
  pull_refresh_after: warning('ECS pulls the image when a task starts'),
  stop_signal: warning('ECS always sends SIGTERM; make the process handle SIGTERM'),
  develop: warning('`develop` (watch) is for local development only'),
  attach: warning('logs go to the configured log driver'),
  annotations: warning('ECS has no container annotations; use labels'),
  oom_score_adj: warning('Fargate does not expose OOM scoring'),
  oom_kill_disable: warning('Fargate does not expose OOM settings'),
  mem_swappiness: warning('Fargate tasks have no swap'),
  memswap_limit: warning('Fargate tasks have no swap'),
  shm_size: warning('Fargate does not support a custom /dev/shm size; the task runs with the default'),
  cpu_shares: warning('use deploy.resources.limits.cpus (or cpus) to size the task'),
  cpu_quota: warning('use deploy.resources.limits.cpus (or cpus) to size the task'),
  cpu_period: warning('use deploy.resources.limits.cpus (or cpus) to size the task'),
  cpu_count: warning('use deploy.resources.limits.cpus (or cpus) to size the task'),
  cpu_percent: warning('use deploy.resources.limits.cpus (or cpus) to size the task'),
  cpuset: warning('Fargate does not pin CPUs'),
  blkio_config: warning('Fargate does not expose block I/O weights'),
  cgroup_parent: warning('Fargate manages cgroups itself'),
  group_add: warning('ECS does not add supplementary groups; set them in the image'),
  label_file: error('label files are not supported by this tool; write the labels under `labels:`'),
  security_opt: error(
    'Fargate does not accept security options (seccomp, AppArmor, SELinux labels); remove them',
  ),
  sysctls: error(
    'Fargate only allows a few namespaced sysctls and this tool does not pass them; remove them',
  ),
  ipc: error('Fargate tasks cannot share IPC namespaces; remove `ipc`'),
  uts: error('Fargate tasks cannot use the host UTS namespace; remove `uts`'),
  userns_mode: error('Fargate does not support user namespace modes; remove `userns_mode`'),
  cgroup: error('Fargate does not support cgroup namespace modes; remove `cgroup`'),
  runtime: error('Fargate runs its own container runtime; remove `runtime`'),
  isolation: error('isolation is a Windows container option that Fargate Linux tasks do not have'),
  credential_spec: error('gMSA credential specs need Windows containers on EC2'),
  gpus: error('Fargate has no GPUs; run GPU workloads on EC2 capacity'),
  device_cgroup_rules: error('Fargate tasks cannot access host devices'),
  storage_opt: error(
    'Fargate does not accept storage driver options; size ephemeral storage at the task level',
  ),
  volumes_from: error(
    'containers in different ECS services cannot share volumes this way; mount the same named volume (EFS) in both',
  ),
  mac_address: error('Fargate assigns network interfaces itself; remove `mac_address`'),
  post_start: error('ECS has no container lifecycle hooks; run the step in the entrypoint'),
  pre_stop: error('ECS has no container lifecycle hooks; handle SIGTERM in the process'),
  models: error('model runners are not available on ECS'),
  provider: error('provider services are not supported on ECS'),
  use_api_socket: error('there is no Docker API socket on Fargate'),
};

/** Applies the rules to a normalised project; warnings and errors go to `diags`. */
export function applyEcsRules(
  project: Project,
  sourceMap: SourceMap,
  rawFields: ReadonlyMap<string, ReadonlyArray<string>>,
  diags: Diagnostics,
  options: EcsRuleOptions = {},
): void {
  const report = (rule: Rule, path: ModelPath) => {
    const location = sourceMap.locate(path);
    if (rule.level === 'error') diags.error(rule.reason, path, location);
    else diags.warn(`ignored on ECS: ${rule.reason}`, path, location);
  };
  for (const [name, service] of Object.entries(project.services)) {
    const at = (...rest: (string | number)[]): ModelPath => ['services', name, ...rest];
    for (const field of rawFields.get(name) ?? []) {
      const rule = UNMODELLED_SERVICE_FIELDS[field];
      if (rule) report(rule, at(field));
    }
    if (service.networkMode !== undefined && service.networkMode !== 'awsvpc') {
      report(
        error(
          `Fargate tasks always use awsvpc networking; network_mode "${service.networkMode}" cannot be honoured. Remove network_mode and attach the service to networks instead`,
        ),
        at('network_mode'),
      );
    }
    if (service.privileged)
      report(
        error(
          'Fargate does not run privileged containers; grant only the capabilities needed with cap_add (Fargate allows SYS_PTRACE)',
        ),
        at('privileged'),
      );
    if (service.pid !== undefined) {
      report(
        error(`Fargate supports only pid "task" (shared within a task), not "${service.pid}"; remove pid`),
        at('pid'),
      );
    }
    if (service.devices.length > 0)
      report(error('Fargate tasks cannot access host devices; remove devices'), at('devices'));
    if (service.restart !== undefined && service.restart !== 'no') {
      report(
        warning('ECS services restart stopped tasks themselves; restart policies do not apply'),
        at('restart'),
      );
    }
    if (service.hostname !== undefined)
      report(
        warning('Fargate sets the hostname of each task; reach services by their service name'),
        at('hostname'),
      );
    if (service.extraHosts.length > 0)
      report(
        error(
          'Fargate (awsvpc) tasks cannot add /etc/hosts entries; use service discovery or Route 53 names',
        ),
        at('extra_hosts'),
      );
    service.volumes = service.volumes.filter((mount, index) => {
      if (mount.type !== 'bind' && mount.type !== 'tmpfs') return true;
      const what =
        mount.type === 'bind'
          ? `bind mount of ${mount.source} at ${mount.target}`
          : `tmpfs mount at ${mount.target}`;
      const fix =
        'Fargate cannot mount host paths or tmpfs. Add a production override file that replaces the list, e.g. `volumes: !reset []` (or `!override` with named volumes), or set drop-bind-mounts to drop them';
      const path = originOf(mount) ?? at('volumes', index);
      if (options.dropBindMounts) {
        diags.warn(
          `dropped the ${what}: Fargate cannot mount host paths or tmpfs`,
          path,
          sourceMap.locate(path),
        );
        return false;
      }
      diags.error(`${what}: ${fix}`, path, sourceMap.locate(path));
      return true;
    });
  }
}
