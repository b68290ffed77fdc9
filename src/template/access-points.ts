// Who owns a volume's directory: the uid:gid a service runs as (user:, or a known image) and the EFS
// access point whose root directory is created for that user.

/** The uid:gid a service's processes run as, when the compose file tells (user:, or a known image). */
export function owner(c: { user?: string; image?: string }): { uid: string; gid: string } | undefined {
  const user = c.user?.trim();
  if (user) {
    const [u = '', g] = user.split(':');
    const known = NAMED_USERS[u];
    const uid = /^\d+$/.test(u) ? u : known?.[0];
    if (uid === undefined) return undefined;
    const gid =
      g !== undefined && /^\d+$/.test(g)
        ? g
        : g !== undefined
          ? (NAMED_USERS[g]?.[1] ?? uid)
          : (known?.[1] ?? uid);
    return { uid, gid };
  }
  const repo = (c.image ?? '').split('@')[0]!.replace(/:[^/]*$/, '');
  for (const [pattern, ids] of NON_ROOT_IMAGES) if (pattern.test(repo)) return { uid: ids[0], gid: ids[1] };
  return undefined;
}

/** Users of the official Debian-based images, by name (`user: postgres`). */
const NAMED_USERS: Record<string, [string, string]> = {
  root: ['0', '0'],
  postgres: ['999', '999'],
  mysql: ['999', '999'],
  redis: ['999', '999'],
  mongodb: ['999', '999'],
  rabbitmq: ['999', '999'],
  nobody: ['65534', '65534'],
  'www-data': ['33', '33'],
  node: ['1000', '1000'],
  nginx: ['101', '101'],
  elasticsearch: ['1000', '0'],
  grafana: ['472', '0'],
};

/** Images that run as a non-root user by default. */
const NON_ROOT_IMAGES: Array<[RegExp, [string, string]]> = [
  [/(^|\/)prom\/(prometheus|alertmanager|pushgateway)$/, ['65534', '65534']],
  [/(^|\/)grafana\/grafana(-oss|-enterprise)?$/, ['472', '0']],
  [/(^|\/)elasticsearch\/elasticsearch$|(^|\/)elasticsearch$/, ['1000', '0']],
  [/(^|\/)bitnami\//, ['1001', '0']],
];

/**
 * An access point per service mount. Its root directory is created on first use owned by the uid:gid the
 * service runs as — driver_opts uid/gid, else `user:` (numeric, or a known name), else a known non-root
 * image — so non-root images can write; when nothing tells, it is root-owned and world-writable (0777),
 * so whatever user the image runs as can write. The root is /<volume> on file systems the stack creates
 * and the root of an external one (driver_opts root_directory overrides; "/" keeps the file system's
 * root, root-owned 0755, as before this change).
 * PosixUser (every request as that user) only when driver_opts say uid.
 */
export function accessPoint(
  fs: unknown,
  o: Record<string, string>,
  subpath: string,
  volume: string,
  runsAs: { uid: string; gid: string } | undefined,
): { Type: string; Properties: Record<string, unknown> } {
  const base = o.root_directory !== undefined ? o.root_directory.replace(/^\/+|\/+$/g, '') : volume;
  const root = `/${[base, subpath].filter(Boolean).join('/')}`;
  const uid = o.uid ?? runsAs?.uid;
  const gid = o.gid ?? (o.uid !== undefined ? o.uid : runsAs?.gid);
  return {
    Type: 'AWS::EFS::AccessPoint',
    Properties: {
      FileSystemId: fs,
      ...(o.uid !== undefined ? { PosixUser: { Gid: o.gid ?? o.uid, Uid: o.uid } } : {}),
      ...(root !== '/'
        ? {
            RootDirectory: {
              CreationInfo: {
                OwnerGid: gid ?? '0',
                OwnerUid: uid ?? '0',
                Permissions: o.permissions ?? (uid !== undefined ? '0755' : '0777'),
              },
              Path: root,
            },
          }
        : {}),
    },
  };
}
