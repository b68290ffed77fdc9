// The file-system policy of every EFS file system the stack creates. Without one, EFS's default policy
// grants full access to any client that reaches a mount target, anonymous NFS clients included, and the
// task roles' access-point conditions restrict nothing. A policy names no principal (Principal "*"), so a
// retained file system and an `external` volume keep working for the next stack's task roles: same-account
// principals are allowed by their identity policies (the task role's ClientMount/ClientWrite on its access
// points), and nothing allows a client without an IAM identity, so anonymous mounts are refused — what
// the EFS console's "Prevent anonymous access" does by taking ClientMount out of the allowed actions.
// A client without TLS is denied outright ("Enforce in-transit encryption for all clients").

/** The FileSystemPolicy property value: deny without TLS; allow nothing (identity policies do that). */
export function fileSystemPolicy(): Record<string, unknown> {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyWithoutTls',
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: '*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  };
}
