// What Amazon ECS on Fargate cannot honour. The rule: a field whose loss would change what
// the application does (privileges, host namespaces, devices, host paths) is an error;
// a field that only tunes local Docker behaviour is ignored with a warning. Each message
// says why and what to do instead. docs/compose-support.md lists the same table.
import type { ModelPath } from '../errors.js';
import type { Diagnostics } from './diagnostics.js';
import type { Project, Service, SourceMap } from './model.js';
import type { BindSource } from './bind-configs.js';
import { applyBindMountPolicy, type BindMountContext } from './bind-mount-rules.js';
import { bindMountPolicy, type BindMountPolicy } from './bind-policy.js';
import type { ImageContent } from './dockerfile-copies.js';
import { gpuFindings } from './gpu-rules.js';
import { originOf } from './normalize/read.js';
import { oneShotServices } from './one-shot.js';

export interface EcsRuleOptions {
  /** What becomes of bind mounts (bind-policy.ts); default: each is an error. */
  bindMounts?: BindMountPolicy;
  /** Whether each bind-mount source is a file or a directory (missing when it does not exist). */
  bindSources?: ReadonlyMap<string, BindSource>;
  /** What each built service's image holds from its context (for `auto`). */
  images?: ReadonlyMap<string, ImageContent>;
  /** The directory a run may publish from (src/workspace.ts). */
  workspace?: string;
}

export interface Rule {
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
  ipc: error('Fargate tasks cannot share IPC namespaces; remove `ipc`'),
  uts: error('Fargate tasks cannot use the host UTS namespace; remove `uts`'),
  userns_mode: error('Fargate does not support user namespace modes; remove `userns_mode`'),
  cgroup: error('Fargate does not support cgroup namespace modes; remove `cgroup`'),
  runtime: error('Fargate runs its own container runtime; remove `runtime`'),
  isolation: error('isolation is a Windows container option that Fargate Linux tasks do not have'),
  credential_spec: error('gMSA credential specs need Windows containers on EC2'),
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

/** One verdict of the Fargate table about a field the model carries. */
export interface Finding {
  /** Path below the service, e.g. ['deploy', 'placement']. */
  at: Array<string | number>;
  rule: Rule;
}

/**
 * network_mode on Fargate, where every task has its own awsvpc network namespace: `service:<name>` is how
 * compose writes a sidecar (it joins that service's task: the containers of one task share the namespace, so
 * `localhost` between them works as under compose; the project-level checks are in sidecarFindings), `bridge`
 * and the other Docker drivers only say what local Docker does and are ignored, while host, none and
 * container:… ask for namespaces a Fargate task cannot join.
 */
export function networkModeRule(mode: string | undefined): Rule | undefined {
  if (mode === undefined || mode === 'awsvpc' || mode.startsWith('service:')) return undefined;
  if (mode === 'host' || mode === 'none' || mode.startsWith('container:'))
    return error(
      `Fargate tasks always use awsvpc networking; network_mode "${mode}" cannot be honoured. Remove network_mode and attach the service to networks instead`,
    );
  return warning(`Fargate tasks always use awsvpc networking; network_mode "${mode}" does not apply`);
}

/**
 * The Fargate table for the fields the model carries. The loader reports these with the unmodelled
 * fields above, once each; the converter takes a loaded project as checked and does not judge these
 * fields again (it used to, with other wording and verdicts), so one table decides everywhere.
 * A one-shot service (one-shot.ts) becomes a job: the deploy runs it once and honours its restart policy
 * (on-failure retries), and `deploy.mode: replicated-job` is what makes it one.
 */
export function fargateFindings(service: Service, oneShot = false): Finding[] {
  const out: Finding[] = [];
  const add = (rule: Rule, ...at: Array<string | number>) => out.push({ at, rule });
  const rule = networkModeRule(service.networkMode);
  if (rule) add(rule, 'network_mode');
  if (service.privileged)
    add(
      error(
        'Fargate does not run privileged containers; grant only the capabilities needed with cap_add (Fargate allows SYS_PTRACE)',
      ),
      'privileged',
    );
  if (service.pid !== undefined)
    add(
      error(`Fargate supports only pid "task" (shared within a task), not "${service.pid}"; remove pid`),
      'pid',
    );
  if (service.devices.length > 0)
    add(error('Fargate tasks cannot access host devices; remove devices'), 'devices');
  service.capAdd.forEach((cap, i) => {
    if (cap.toUpperCase().replace(/^CAP_/, '') !== 'SYS_PTRACE')
      add(error(`Fargate can add only the SYS_PTRACE capability, not ${cap}`), 'cap_add', i);
  });
  if (service.restart !== undefined && service.restart !== 'no' && !oneShot)
    add(warning('ECS services restart stopped tasks themselves; restart policies do not apply'), 'restart');
  if (service.hostname !== undefined)
    add(warning('Fargate sets the hostname of each task; reach services by their service name'), 'hostname');
  if (service.extraHosts.length > 0)
    add(
      error('Fargate (awsvpc) tasks cannot add /etc/hosts entries; use service discovery or Route 53 names'),
      'extra_hosts',
    );
  const deploy = service.deploy;
  if (deploy?.mode === 'global-job' && oneShot)
    add(
      warning('Fargate has no nodes: a global job runs once per deploy, as a replicated job'),
      'deploy',
      'mode',
    );
  else if (deploy?.mode && deploy.mode !== 'replicated' && !(deploy.mode === 'replicated-job' && oneShot))
    add(
      error(
        `deploy.mode ${deploy.mode} is not available on Fargate (only replicated services, and replicated-job for a one-shot service)`,
      ),
      'deploy',
      'mode',
    );
  if (deploy?.placement !== undefined)
    add(warning('Fargate places tasks itself; deploy.placement does not apply'), 'deploy', 'placement');
  if (Object.keys(deploy?.labels ?? {}).length > 0)
    add(
      warning('deploy.labels are Swarm service labels; container labels go under labels:'),
      'deploy',
      'labels',
    );
  if (deploy?.rollbackConfig)
    add(warning('the deployment circuit breaker rolls back'), 'deploy', 'rollback_config');
  if (deploy?.restartPolicy && !oneShot)
    add(warning('ECS replaces every task of a service that stops'), 'deploy', 'restart_policy');
  if (deploy?.resources?.limits?.pids !== undefined)
    add(warning('pids limits are not available on Fargate'), 'deploy', 'resources', 'limits', 'pids');
  return out;
}

/**
 * `network_mode: service:<name>` across the project: it must name another service of the project, it cannot
 * be combined with `networks` (compose refuses that too), and it must agree with x-aws-sidecar_of when both
 * are given. Either form then makes the service a container of <name>'s task (src/template/tasks.ts).
 */
export function sidecarFindings(project: Project): Array<{ at: ModelPath; rule: Rule }> {
  const out: Array<{ at: ModelPath; rule: Rule }> = [];
  for (const [name, service] of Object.entries(project.services)) {
    const mode = service.networkMode;
    if (!mode?.startsWith('service:')) continue;
    const target = mode.slice('service:'.length);
    const at: ModelPath = ['services', name, 'network_mode'];
    if (target === name) out.push({ at, rule: error(`service ${name} cannot be its own sidecar`) });
    else if (!project.services[target])
      out.push({
        at,
        rule: error(
          `network_mode "${mode}" names no service of this project (is "${target}" spelled right, or left out by a profile?)`,
        ),
      });
    if (Object.keys(service.networks).length > 0)
      out.push({
        at,
        rule: error(
          `network_mode "${mode}" shares ${target}'s network, so the service cannot also join networks; remove networks`,
        ),
      });
    const declared = service.aws?.sidecarOf;
    if (declared !== undefined && declared !== target)
      out.push({
        at: ['services', name, 'x-aws-sidecar_of'],
        rule: error(
          `x-aws-sidecar_of names ${declared} but network_mode names ${target}; a service is a container of one task — keep one of them`,
        ),
      });
  }
  return out;
}

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
  for (const f of sidecarFindings(project)) report(f.rule, f.at);
  const oneShot = oneShotServices(project);
  const bindContext: BindMountContext = {
    project,
    sourceMap,
    diags,
    policy: options.bindMounts ?? bindMountPolicy('error'),
    ...(options.bindSources ? { sources: options.bindSources } : {}),
    ...(options.images ? { images: options.images } : {}),
    ...(options.workspace ? { workspace: options.workspace } : {}),
  };
  for (const [name, service] of Object.entries(project.services)) {
    const at = (...rest: (string | number)[]): ModelPath => ['services', name, ...rest];
    for (const field of rawFields.get(name) ?? []) {
      const rule = UNMODELLED_SERVICE_FIELDS[field];
      if (rule) report(rule, at(field));
    }
    for (const f of fargateFindings(service, oneShot.has(name))) report(f.rule, at(...f.at));
    for (const f of gpuFindings(service)) report(error(f.reason), f.at);
    service.volumes = service.volumes.filter((mount, index) =>
      // tmpfs is not a bind mount: the converter's own rule (template/volume-mounts.ts) decides.
      mount.type === 'bind'
        ? applyBindMountPolicy(bindContext, service, mount, originOf(mount) ?? at('volumes', index))
        : true,
    );
  }
}
