// Conversion options: all optional; the defaults give a working public deployment.

export interface ConvertOptions {
  /** Drop bind mounts/tmpfs with a warning each rather than fail (the loader already enforces this; kept for safety). Default false. */
  dropUnsupportedMounts?: boolean;
  /** Tasks get public IPs: true for public subnets (the default VPC), false for private subnets with a NAT. Default true. */
  assignPublicIp?: boolean;
  /** Turn on ECS Exec for every service (a service can also ask with x-aws-enable_exec). Default false. */
  enableExec?: boolean;
  /** Make services reachable by their compose names and aliases (Cloud Map private DNS). Default true. */
  serviceDiscovery?: boolean;
  /**
   * How many of the SubnetIds the EFS mount targets use (one per subnet, each in its own availability zone).
   * Services that mount volumes run in those subnets only. Default 2; the plan stage must pass at least this many.
   */
  efsSubnetCount?: number;
  /** Image of the init containers that write secrets to /run/secrets and the DNS search list (needs `sh`, `sed`, `grep`). */
  secretsInitImage?: string;
  /** Managed policy ARN set as the permissions boundary of every IAM role (permissions-boundary). */
  permissionsBoundary?: string;
}

export type ResolvedOptions = Required<Omit<ConvertOptions, 'permissionsBoundary'>> &
  Pick<ConvertOptions, 'permissionsBoundary'>;

/**
 * busybox 1.36.1 (the multi-platform index), pinned by digest: the init containers receive secret values, so
 * the image must be the bytes reviewed, not whatever the tag names on the day a task starts. ECS takes
 * `repository-url/image@digest` (ContainerDefinition.Image in the ECS API reference).
 */
export const DEFAULT_SECRETS_INIT_IMAGE =
  'public.ecr.aws/docker/library/busybox@sha256:73aaf090f3d85aa34ee199857f03fa3a95c8ede2ffd4cc2cdb5b94e566b11662';

export function resolveOptions(o: ConvertOptions = {}): ResolvedOptions {
  return {
    dropUnsupportedMounts: o.dropUnsupportedMounts ?? false,
    assignPublicIp: o.assignPublicIp ?? true,
    enableExec: o.enableExec ?? false,
    serviceDiscovery: o.serviceDiscovery ?? true,
    efsSubnetCount: Math.max(1, Math.floor(o.efsSubnetCount ?? 2)),
    secretsInitImage: o.secretsInitImage ?? DEFAULT_SECRETS_INIT_IMAGE,
    ...(o.permissionsBoundary ? { permissionsBoundary: o.permissionsBoundary } : {}),
  };
}
