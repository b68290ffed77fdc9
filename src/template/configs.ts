// Compose configs → files written by a short-lived init container into task volumes, from SSM Parameter
// Store, before the main containers start (the way file secrets are delivered, secrets.ts).
//
// Content never enters the template. It is stored at deploy time (deploy/file-configs.ts) as standard-tier
// String parameters named after a hash of the content, because ECS reads only a parameter's latest value:
// it refuses a version selector (`name:version`) in valueFrom (https://github.com/aws/containers-roadmap/issues/859).
// A changed config is therefore a new parameter name, which changes the task definitions of exactly the
// services that use it, and only those roll; older content stays readable for a rollback (the execution
// role may read every content version of the configs its task uses, so it does not change). A standard
// parameter holds up to 4 KB (https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html),
// so larger content is split into 4 KB chunks that the init container concatenates (docs/mapping.md).
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { ConfigDefinition, ConfigFile, Project, ServiceFileReference } from '../compose/model.js';
import type { Context } from './context.js';
import { sub } from './context.js';
import { checkOwnerIds, initContainer, writeFileLines } from './file-script.js';
import { SECRETS_ROOT } from './secrets.js';
import { containerName } from './task-definition.js';
import type { TaskPlan } from './tasks.js';

export const CONFIGS_INIT_CONTAINER = 'compose-configs-init';
const INIT_CONTAINER = CONFIGS_INIT_CONTAINER;
/** Bytes per stored parameter: the standard tier's value limit. */
export const CHUNK_BYTES = 4096;
/**
 * Config bytes per task: every chunk reaches the init container as an environment variable, and Linux
 * bounds a process's environment (with its arguments) to a quarter of its stack limit, 2 MiB by default.
 */
export const MAX_TASK_CONFIG_BYTES = 256 * 1024;
/** Compose's default mode for a config file. */
const DEFAULT_MODE = 0o444;

/** A stored parameter: its name below `/compose-ecs/<stack>/`, and its value. */
export interface StoredChunk {
  name: string;
  value: string;
}

/** The parameter name prefix of a stack's stored configs (a leading slash: a hierarchy). */
export function storedConfigPrefix(stackName: string): string {
  return `/compose-ecs/${stackName}/`;
}

/** Where every content version of a config is stored, below the stack's prefix: `configs/<name>`. */
function configDirectory(def: ConfigDefinition): string {
  return `configs/${def.name.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

/** The parameters a config's content is stored in, by file: `configs/<name>/<content hash>/<file>.<chunk>`. */
export function configChunks(def: ConfigDefinition): Array<{ file: ConfigFile; chunks: StoredChunk[] }> {
  const files = def.files ?? [];
  const base = `${configDirectory(def)}/${contentHash(files)}`;
  return files.map((file, f) => ({
    file,
    chunks: splitUtf8(file.content, CHUNK_BYTES).map((value, c) => ({ name: `${base}/${f}.${c}`, value })),
  }));
}

/** The configs services use that the pipeline stores (not external ones). */
export function storedConfigs(project: Project): ConfigDefinition[] {
  const used = new Set(Object.values(project.services).flatMap((s) => s.configs.map((r) => r.source)));
  return Object.values(project.configs)
    .filter((d) => used.has(d.name) && !d.external && d.files !== undefined)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

function contentHash(files: ConfigFile[]): string {
  return createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16);
}

/** Splits text into pieces of at most `max` UTF-8 bytes, never inside a character. */
function splitUtf8(text: string, max: number): string[] {
  const out: string[] = [];
  let piece = '';
  let bytes = 0;
  for (const ch of text) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > max) {
      out.push(piece);
      piece = '';
      bytes = 0;
    }
    piece += ch;
    bytes += n;
  }
  if (piece) out.push(piece);
  return out;
}

const parameterArn = (name: string) =>
  sub(`arn:\${AWS::Partition}:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter/${name.replace(/^\//, '')}`);

export interface TaskConfigs {
  containers: Map<string, Record<string, unknown>>;
  initContainers: Array<Record<string, unknown>>;
  volumes: Array<Record<string, unknown>>;
  /** What the execution role may read (ssm:GetParameters). */
  parameterArns: unknown[];
}

/** One file to write: where in the container, from which parameters. */
interface Delivery {
  target: string;
  valueFrom: unknown[];
  ref: ServiceFileReference;
  /** The directory to mount: a single file's directory, or a directory config's target. */
  dir: string;
  /** A single-file config (mounting its directory hides the image's other files there). */
  single: boolean;
}

export function taskConfigs(ctx: Context, task: TaskPlan): TaskConfigs {
  const out: TaskConfigs = { containers: new Map(), initContainers: [], volumes: [], parameterArns: [] };
  const initSecrets: Array<{ Name: string; ValueFrom: unknown }> = [];
  const variableOf = new Map<string, string>();
  const variable = (valueFrom: unknown) => {
    const key = JSON.stringify(valueFrom);
    let name = variableOf.get(key);
    if (name === undefined) {
      name = `C${initSecrets.length}`;
      variableOf.set(key, name);
      initSecrets.push({ Name: name, ValueFrom: valueFrom });
    }
    return name;
  };
  const script: string[] = ['set -e'];
  const initMounts: Array<Record<string, unknown>> = [];
  let taskBytes = 0;
  for (const c of task.containers) {
    const deliveries: Delivery[] = [];
    c.configs.forEach((r, i) => {
      const path = ['services', c.name, 'configs', i];
      const def = ctx.project.configs[r.source];
      if (!def) return void ctx.error(path, `config ${r.source} is not defined in the top-level configs`);
      checkOwnerIds(ctx, path, r);
      const target = posix.resolve('/', r.target ?? `/${r.source}`);
      if (def.external) {
        const parameter = def.aws?.parameter ?? def.externalName ?? def.name;
        // SSM parameter names use these characters only; anything else (a `${`) must not reach Fn::Sub.
        if (!parameter.startsWith('arn:') && !/^[A-Za-z0-9_.\-/]+$/.test(parameter))
          return void ctx.error(
            ['configs', r.source],
            `config ${r.source}: ${JSON.stringify(parameter)} is not an SSM parameter name (letters, digits, _ . - /) or ARN`,
          );
        const valueFrom = parameter.startsWith('arn:') ? parameter : parameterArn(parameter);
        out.parameterArns.push(valueFrom);
        deliveries.push({ target, valueFrom: [valueFrom], ref: r, dir: posix.dirname(target), single: true });
        return;
      }
      if (!def.files)
        return void ctx.error(['configs', r.source], `config ${r.source} has no content: it was not read`);
      const directory = def.files.some((f) => f.path !== '');
      const stored = configChunks(def);
      // One grant per config, over its content versions: the role of a release must not change with the
      // content, or a task of the previous release (started by the circuit breaker's rollback, or replacing
      // one that died mid-deploy) is refused its parameters, and the new tasks race IAM's propagation.
      if (stored.some((x) => x.chunks.length > 0))
        out.parameterArns.push(parameterArn(`compose-ecs/\${AWS::StackName}/${configDirectory(def)}/*`));
      for (const { file, chunks } of stored) {
        taskBytes += Buffer.byteLength(file.content);
        deliveries.push({
          target: directory ? posix.join(target, file.path) : target,
          valueFrom: chunks.map((k) => parameterArn(`compose-ecs/\${AWS::StackName}/${k.name}`)),
          ref: r,
          dir: directory ? target : posix.dirname(target),
          single: !directory,
        });
      }
    });
    if (deliveries.length === 0) continue;
    const roots = mountRoots(ctx, c.name, deliveries);
    const mountPoints: Array<Record<string, unknown>> = [];
    roots.forEach((root, k) => {
      const volume = `${containerName(c.name)}-configs${roots.length > 1 ? `-${k + 1}` : ''}`;
      out.volumes.push({ Name: volume });
      mountPoints.push({ ContainerPath: root, ReadOnly: true, SourceVolume: volume });
      initMounts.push({ ContainerPath: `/compose-configs/${volume}`, ReadOnly: false, SourceVolume: volume });
      for (const d of deliveries.filter((x) => within(root, x.target))) {
        const dest = posix.join(`/compose-configs/${volume}`, posix.relative(root, d.target));
        script.push(...writeFileLines(dest, d.valueFrom.map(variable), d.ref, DEFAULT_MODE));
      }
    });
    out.containers.set(c.name, {
      MountPoints: mountPoints,
      DependsOn: [{ Condition: 'SUCCESS', ContainerName: INIT_CONTAINER }],
    });
  }
  if (taskBytes > MAX_TASK_CONFIG_BYTES)
    ctx.error(
      ['services', task.name, 'configs'],
      `the configs of task ${task.name} hold ${taskBytes} bytes, more than the ${MAX_TASK_CONFIG_BYTES} a task's init container can carry`,
    );
  if (initSecrets.length > 0 || script.length > 1)
    out.initContainers.push(initContainer(ctx, task, INIT_CONTAINER, script, initMounts, initSecrets));
  return out;
}

const within = (root: string, path: string) =>
  path === root || path.startsWith(root === '/' ? '/' : `${root}/`);

/**
 * The directories to mount: ECS mounts a volume on a directory, never on a single file, so a file
 * config's directory is mounted (hiding what the image has there, which the user hears about) and a
 * directory config's target is. A directory inside another one shares its volume.
 */
function mountRoots(ctx: Context, service: string, deliveries: Delivery[]): string[] {
  const path = ['services', service, 'configs'];
  const seen = new Set<string>();
  for (const d of deliveries) {
    if (seen.has(d.target)) ctx.error(path, `two configs would both be written at ${d.target}`);
    seen.add(d.target);
  }
  const dirs = [...new Set(deliveries.map((d) => d.dir))].sort(
    (a, b) => a.length - b.length || (a < b ? -1 : 1),
  );
  const roots: string[] = [];
  for (const dir of dirs) if (!roots.some((r) => within(r, dir))) roots.push(dir);
  const own = ctx.project.services[service]!;
  const volumeTargets = own.volumes.map((v) => v.target);
  for (const root of roots) {
    if (root === '/') {
      const file = deliveries.find((d) => posix.dirname(d.target) === '/')?.target ?? '/';
      ctx.error(
        path,
        `a config at ${file} would need a volume mounted on /: ECS mounts volumes on directories only, so give it a target in a directory of its own (e.g. /etc/app${file})`,
      );
      continue;
    }
    if (own.secrets.length > 0 && (within(root, SECRETS_ROOT) || within(SECRETS_ROOT, root)))
      ctx.error(path, `configs mounted on ${root} would collide with the secrets volume on ${SECRETS_ROOT}`);
    if (volumeTargets.includes(root))
      ctx.error(path, `configs mounted on ${root} would collide with the volume mounted there`);
    // A directory config on its own target hides the image's directory just as compose's bind mount does.
    if (deliveries.some((d) => within(root, d.target) && (d.single || d.dir !== root)))
      ctx.warn(
        path,
        `the configs of ${service} are delivered on a volume mounted on ${root}: ECS cannot mount a single file, so whatever the image has in ${root} is hidden`,
      );
  }
  return roots.filter((r) => r !== '/');
}
