// One image build, resolved from the compose model: every path absolute, every secret a file, every
// tag a full reference. Engines turn it into their own command line (src/images/engines/*).

export type EngineName = 'buildx' | 'buildkit' | 'podman';

export interface BuildRequest {
  service: string;
  /** A directory or a remote context (Git URL). */
  context: string;
  /** Absolute path of the Dockerfile (a private file for dockerfile_inline); relative for remote contexts. */
  dockerfile: string;
  /** Every reference to push; the first is the content tag whose digest pins the service. */
  tags: string[];
  args: Record<string, string>;
  labels: Record<string, string>;
  target?: string;
  /** One entry builds for that platform; more build a multi-platform index. */
  platforms: string[];
  /** Build secrets: the id the Dockerfile mounts and a private file holding the value. */
  secrets: Array<{ id: string; file: string }>;
  ssh: Array<{ id: string; paths: string[] }>;
  additionalContexts: Record<string, string>;
  /** As written in compose, or the stage's default registry cache. */
  cacheFrom: string[];
  cacheTo: string[];
  /** The repository's `buildcache` reference, when the stage's default registry cache applies. */
  cacheRef?: string;
  extraHosts: string[];
  network?: string;
  shmSize?: number;
  pull: boolean;
  noCache: boolean;
  ulimits: Record<string, { soft: number; hard: number }>;
  /** BuildKit entitlements (`privileged` adds security.insecure). */
  entitlements: string[];
  provenance?: string;
  sbom?: string;
}

/** Quotes a `key=value` field for the CSV syntax of docker's --secret, --ssh, --cache-from/to. */
export function csvField(field: string): string {
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** `--flag value` pairs for every entry, in order. */
export function repeat(flag: string, values: Iterable<string>): string[] {
  return [...values].flatMap((v) => [flag, v]);
}

export function keyValues(values: Record<string, string>): string[] {
  return Object.entries(values).map(([k, v]) => `${k}=${v}`);
}

/** `nofile=1024:2048` */
export function ulimitArgs(ulimits: BuildRequest['ulimits']): string[] {
  return repeat(
    '--ulimit',
    Object.entries(ulimits).map(([name, { soft, hard }]) => `${name}=${soft}:${hard}`),
  );
}

/** `host=ip` (compose's form) → `host:ip` (the CLIs' form). */
export function addHostArgs(hosts: string[]): string[] {
  return repeat(
    '--add-host',
    hosts.map((h) => h.replace('=', ':')),
  );
}

/** `--ssh default` or `--ssh id=path[,path]` (the same syntax for docker, buildx and podman). */
export function sshArgs(ssh: BuildRequest['ssh']): string[] {
  return repeat(
    '--ssh',
    ssh.map((s) => (s.paths.length ? `${s.id}=${s.paths.join(',')}` : s.id)),
  );
}

/** `--secret id=...,src=...`, CSV-quoted for docker's parser (podman has none: its ids are checked up front). */
export function secretArgs(
  secrets: BuildRequest['secrets'],
  quote: (field: string) => string = csvField,
): string[] {
  return repeat(
    '--secret',
    secrets.map((s) => `${quote(`id=${s.id}`)},${quote(`src=${s.file}`)}`),
  );
}
