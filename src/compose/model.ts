// The normalised compose model: what the loader produces and the converter consumes.
// Every short syntax of the Compose Specification is expanded into the long form here,
// so the converter never parses strings. Durations are in seconds, sizes in bytes.
import type {
  ConfigAws,
  DeployAws,
  NetworkAws,
  PortAws,
  ProjectAws,
  SecretAws,
  ServiceAws,
  UpdateConfigAws,
} from './aws-extensions.js';
// The diagnostic types (Diagnostic, ModelPath, SourceLocation) live in the leaf module src/errors.ts:
// every layer reports through them, so none imports the compose model for them.
import type { Diagnostic, ModelPath, SourceLocation } from '../errors.js';

/** Finds where a model path was written (in the file that last set it). */
export interface SourceMap {
  locate(path: ModelPath): SourceLocation | undefined;
}

/** `x-*` extension fields, kept verbatim. */
export type Extensions = Record<string, unknown>;

export interface Project {
  name: string;
  /** Directory of the first compose file; relative paths resolve against it. */
  workingDir: string;
  /** Absolute paths of the compose files, in merge order. */
  files: string[];
  services: Record<string, Service>;
  networks: Record<string, Network>;
  volumes: Record<string, Volume>;
  secrets: Record<string, SecretDefinition>;
  configs: Record<string, ConfigDefinition>;
  extensions: Extensions;
  /** x-aws-* extensions, decoded by the loader (aws-extensions.ts); the converter reads only these. */
  aws?: ProjectAws;
}

export interface Service {
  name: string;
  image?: string;
  build?: Build;
  command?: string[];
  entrypoint?: string[];
  /** Final environment: env_file entries overridden by `environment`. `null` value = unset in compose. */
  environment: Record<string, string | null>;
  workingDir?: string;
  user?: string;
  init?: boolean;
  readOnly?: boolean;
  capAdd: string[];
  capDrop: string[];
  ulimits: Record<string, { soft: number; hard: number }>;
  /** Kernel parameters (`sysctls`), only when written; the converter passes the namespaced ones. */
  sysctls?: Record<string, string>;
  /** Seconds. */
  stopGracePeriod?: number;
  labels: Record<string, string>;
  ports: Port[];
  expose: string[];
  volumes: VolumeMount[];
  secrets: ServiceFileReference[];
  configs: ServiceFileReference[];
  /** Network name → attachment. Defaults to { default: {} } when the service names none. */
  networks: Record<string, { aliases: string[] }>;
  /** `links`: another service and the extra name this one calls it by (the service's own name when none). */
  links: Array<{ service: string; alias: string }>;
  dependsOn: Record<string, DependsOn>;
  healthcheck?: Healthcheck;
  logging?: { driver?: string; options: Record<string, string> };
  deploy?: Deploy;
  platform?: string;
  /** Service-level `gpus:` (normalize/gpus.ts); `deploy.resources.reservations.devices` wins (gpu-request.ts). */
  gpus?: GpuCount;
  profiles: string[];
  restart?: string;
  /** Fields that Fargate cannot honour but that the loader keeps so the converter can explain. */
  networkMode?: string;
  privileged?: boolean;
  pid?: string;
  devices: string[];
  extraHosts: string[];
  hostname?: string;
  tty?: boolean;
  stdinOpen?: boolean;
  extensions: Extensions;
  aws?: ServiceAws;
}

export interface Build {
  /** Absolute path of the build context directory. */
  context: string;
  /** Dockerfile path relative to the context. */
  dockerfile: string;
  args: Record<string, string>;
  target?: string;
  labels: Record<string, string>;
  platforms: string[];
  // The rest is set only when written; the images stage honours each field or refuses it by engine.
  /** `dockerfile_inline`: the Dockerfile's text, used instead of `dockerfile`. */
  dockerfileInline?: string;
  /** Build secrets: the id the Dockerfile mounts (`target`, else `source`) and the top-level secret. */
  secrets?: BuildSecret[];
  /** `ssh`: agent sockets or keys by id (`default` = $SSH_AUTH_SOCK); paths are absolute. */
  ssh?: Array<{ id: string; paths: string[] }>;
  /** Named contexts: a directory (absolute), a URL, `docker-image://ref`, `service:name` or `target:stage`. */
  additionalContexts?: Record<string, string>;
  /** Cache sources and exports, as the builder's `type=...,key=value` or image references. */
  cacheFrom?: string[];
  cacheTo?: string[];
  /** `host=ip` entries. */
  extraHosts?: string[];
  network?: string;
  /** Bytes. */
  shmSize?: number;
  /** More image references to tag and push, besides the content tag. */
  tags?: string[];
  pull?: boolean;
  noCache?: boolean;
  privileged?: boolean;
  ulimits?: Record<string, { soft: number; hard: number }>;
  entitlements?: string[];
  /** Attestations: `true`/`false` or the builder's own value (e.g. `mode=max`). */
  provenance?: string;
  sbom?: string;
  extensions: Extensions;
}

export interface BuildSecret {
  /** The top-level secret it reads. */
  source: string;
  /** The id the Dockerfile names in `--mount=type=secret,id=...` (compose's `target`, else the source). */
  id: string;
}

export interface Port {
  /** Container port. */
  target: number;
  /** Host/listener port; undefined when only the container port was given. */
  published?: number;
  protocol: 'tcp' | 'udp';
  hostIp?: string;
  appProtocol?: string;
  mode: 'ingress' | 'host';
  /** Human-readable name of the port mapping (long syntax `name:`). */
  name?: string;
  extensions: Extensions;
  aws?: PortAws;
}

export type VolumeMount =
  | { type: 'volume'; source?: string; target: string; readOnly: boolean; nocopy?: boolean; subpath?: string }
  /** `written`: the source as the file wrote it (`./src`), for messages; `source` is absolute. */
  | { type: 'bind'; source: string; target: string; readOnly: boolean; written?: string }
  | { type: 'tmpfs'; target: string; size?: number; mode?: number }
  | { type: 'npipe' | 'cluster' | 'image'; source?: string; target: string; readOnly: boolean };

export interface ServiceFileReference {
  source: string;
  target?: string;
  uid?: string;
  gid?: string;
  mode?: number;
  extensions: Extensions;
}

export interface DependsOn {
  condition: 'service_started' | 'service_healthy' | 'service_completed_successfully';
  required: boolean;
  restart: boolean;
}

export interface Healthcheck {
  disable: boolean;
  /** Normalised test: ['CMD', ...] or ['CMD-SHELL', 'cmd'] or ['NONE']. */
  test?: string[];
  /** Seconds. */
  interval?: number;
  timeout?: number;
  startPeriod?: number;
  startInterval?: number;
  retries?: number;
}

export interface Deploy {
  mode?: 'replicated' | 'global' | 'replicated-job' | 'global-job';
  replicas?: number;
  resources: {
    limits?: ResourceFigures;
    reservations?: ResourceFigures;
  };
  updateConfig?: UpdateConfig;
  rollbackConfig?: UpdateConfig;
  restartPolicy?: { condition?: string; maxAttempts?: number };
  labels: Record<string, string>;
  placement?: unknown;
  extensions: Extensions;
  aws?: DeployAws;
}

export interface ResourceFigures {
  /** CPUs, e.g. 0.5. */
  cpus?: number;
  /** Bytes. */
  memory?: number;
  pids?: number;
  /** GPUs reserved through `devices` with capabilities [gpu] (reservations only). */
  gpus?: GpuCount;
}

/** A number of GPUs, or every GPU of the instance type the service runs on. */
export type GpuCount = number | 'all';

export interface UpdateConfig {
  parallelism?: number;
  /** Seconds. */
  delay?: number;
  failureAction?: 'continue' | 'rollback' | 'pause';
  monitor?: number;
  maxFailureRatio?: number;
  order?: 'start-first' | 'stop-first';
  extensions: Extensions;
  aws?: UpdateConfigAws;
}

export interface Network {
  name: string;
  external: boolean;
  /** For an external network: its real name (e.g. a security group id). */
  externalName?: string;
  driver?: string;
  internal?: boolean;
  extensions: Extensions;
  aws?: NetworkAws;
}

export interface Volume {
  name: string;
  external: boolean;
  externalName?: string;
  driver?: string;
  driverOpts: Record<string, string>;
  extensions: Extensions;
}

export interface SecretDefinition {
  name: string;
  /** Absolute path when the secret comes from a file. */
  file?: string;
  /** Environment variable name when it comes from the environment. */
  environment?: string;
  external: boolean;
  externalName?: string;
  extensions: Extensions;
  aws?: SecretAws;
}

export interface ConfigDefinition {
  name: string;
  /** Absolute path of a file or a directory. */
  file?: string;
  /**
   * The bind mount this config was made from (bind-mounts-as-configs): its files must really lie inside
   * the project, symbolic links resolved, and problems reading them are reported at the mount.
   */
  bindMount?: ModelPath;
  content?: string;
  environment?: string;
  external: boolean;
  externalName?: string;
  extensions: Extensions;
  aws?: ConfigAws;
  /**
   * What the tasks receive, read by the loader (config-contents.ts) for every config a service uses:
   * one file with path '' (file, content, environment), or a directory's files by relative path.
   */
  files?: ConfigFile[];
}

/** One file of a config, UTF-8 text. */
export interface ConfigFile {
  /** Relative to the config's target ('' for a single-file config); '/'-separated. */
  path: string;
  content: string;
}

/** A loaded project together with where each value was written. */
export interface LoadedProject {
  project: Project;
  sourceMap: SourceMap;
  warnings: Diagnostic[];
  /** Variables interpolated from the runner (environment, env-file input): reports show them as `${NAME}`. */
  runnerVariables?: Array<{ name: string; value: string }>;
  /** Built services → the image their Dockerfile's built stage rests on (dockerfile-copies.ts builtFrom). */
  builtFrom?: Record<string, string>;
}
