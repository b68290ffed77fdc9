// Compose secrets → the container's native `secrets` (valueFrom), so a value never enters the template.
// Each secret is available as an environment variable and, for compatibility with /run/secrets/<name>,
// as a file written by a short-lived init container into a task volume that only its container mounts.
import type { Context } from './context.js';
import { join, ref, sub } from './context.js';
import { X } from '../compose/aws-extensions.js';
import { checkOwnerIds, initContainer, writeFileLines } from './file-script.js';
import { containerName } from './task-definition.js';
import type { TaskPlan } from './tasks.js';
import type { ParameterSource } from './convert.js';

export interface SecretSource {
  /** What `valueFrom` takes for the whole secret (unversioned). */
  valueFrom: unknown;
  /** Version id to pin in `valueFrom` (file/environment secrets: the `<SecretId>SecretVersion` parameter). */
  versionId?: unknown;
  /** What IAM grants read access on. */
  iamArn: unknown;
  store: 'secretsmanager' | 'ssm';
  keys: string[];
}

export const SECRETS_ROOT = '/run/secrets';
export const SECRETS_INIT_CONTAINER = 'compose-secrets-init';
const INIT_CONTAINER = SECRETS_INIT_CONTAINER;

/** Template parameter for a file (or environment) secret the pipeline stores at deploy time. */
export function secretParameterName(ctx: Context, secret: string): string {
  return `${ctx.ids.secret.get(secret)}SecretArn`;
}

/** Template parameter for the version id of that stored secret, which the task definition pins. */
export function secretVersionParameterName(ctx: Context, secret: string): string {
  return `${ctx.ids.secret.get(secret)}SecretVersion`;
}

/** Resolves every secret a service uses; adds a parameter per file/environment secret. */
export function planSecrets(ctx: Context): {
  sources: Map<string, SecretSource>;
  parameters: ParameterSource[];
} {
  const used = new Set(Object.values(ctx.project.services).flatMap((s) => s.secrets.map((r) => r.source)));
  const sources = new Map<string, SecretSource>();
  const parameters: ParameterSource[] = [];
  for (const name of Object.keys(ctx.project.secrets).sort()) {
    const def = ctx.project.secrets[name]!;
    const path = ['secrets', name];
    const keys = def.aws?.keys ?? [];
    const arn = def.aws?.secretArn ?? (def.external ? (def.externalName ?? def.name) : undefined);
    if (!used.has(name)) continue;
    let source: SecretSource | undefined;
    if (arn?.startsWith('arn:')) {
      const store = arn.split(':')[2];
      if (store !== 'secretsmanager' && store !== 'ssm')
        ctx.error(path, `secret ${name}: ${arn} is neither a Secrets Manager secret nor an SSM parameter`);
      else
        source = {
          valueFrom: arn,
          iamArn: store === 'secretsmanager' ? secretIamArn(arn) : arn,
          store,
          keys,
        };
    } else if (arn !== undefined) {
      // A bare name is an SSM parameter in the stack's account and region (ECS accepts its name).
      const param = arn.replace(/^\//, '');
      source = {
        valueFrom: arn,
        iamArn: sub(`arn:\${AWS::Partition}:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter/${param}`),
        store: 'ssm',
        keys,
      };
    } else if (def.file !== undefined || def.environment !== undefined) {
      const param = secretParameterName(ctx, name);
      ctx.template.Parameters[param] = {
        Type: 'String',
        Description: `ARN of the Secrets Manager secret holding compose secret ${name}`,
      };
      // The version id goes into valueFrom so that new content changes the task definition and ECS
      // rolls the service; with the bare ARN, running tasks would keep the old value indefinitely.
      const versionParam = secretVersionParameterName(ctx, name);
      ctx.template.Parameters[versionParam] = {
        Type: 'String',
        Description: `Version id of the Secrets Manager secret holding compose secret ${name} (pinned by the tasks)`,
      };
      const what = def.file !== undefined ? `file ${def.file}` : `environment variable ${def.environment}`;
      parameters.push(
        {
          name: param,
          kind: 'file-secret',
          secret: name,
          description: `store the content of ${what} in Secrets Manager and pass its ARN`,
        },
        {
          name: versionParam,
          kind: 'file-secret-version',
          secret: name,
          description: `pass the Secrets Manager version id under which the content of ${what} is stored`,
        },
      );
      // IAM grants on the bare ARN (a version is not a resource); only valueFrom carries the version.
      source = {
        valueFrom: ref(param),
        versionId: ref(versionParam),
        iamArn: ref(param),
        store: 'secretsmanager',
        keys,
      };
    } else {
      ctx.error(
        path,
        `secret ${name} needs a source: file, environment, external: true (a Secrets Manager ARN or SSM parameter name) or ${X.secretArn}`,
      );
    }
    if (source && keys.length > 0 && source.store !== 'secretsmanager') {
      ctx.error(
        [...path, X.keys],
        `${X.keys} selects JSON keys of a Secrets Manager secret; ${name} is an SSM parameter`,
      );
      source = undefined;
    }
    if (source) sources.set(name, source);
  }
  return { sources, parameters };
}

/** A complete Secrets Manager ARN ends in "-" and six random characters; grant on a partial one with the wildcard IAM expects. */
function secretIamArn(arn: string): string {
  // arn:aws:secretsmanager:<region>:<account>:secret:<name>[:<json-key>:<stage>:<version>]
  const base = arn.split(':').slice(0, 7).join(':');
  return /-[A-Za-z0-9]{6}$/.test(base) ? base : `${base}-??????`;
}

export interface TaskSecrets {
  containers: Map<string, Record<string, unknown>>;
  initContainers: Array<Record<string, unknown>>;
  volumes: Array<Record<string, unknown>>;
  secretArns: unknown[];
  parameterArns: unknown[];
}

const envName = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');

export function taskSecrets(ctx: Context, task: TaskPlan, sources: Map<string, SecretSource>): TaskSecrets {
  const out: TaskSecrets = {
    containers: new Map(),
    initContainers: [],
    volumes: [],
    secretArns: [],
    parameterArns: [],
  };
  const initSecrets: Array<{ Name: string; ValueFrom: unknown }> = [];
  const script: string[] = ['set -e'];
  const initMounts: Array<Record<string, unknown>> = [];
  for (const c of task.containers) {
    const creds = c.aws?.pullCredentials;
    const extra: Record<string, unknown> = {};
    if (creds !== undefined) {
      extra.RepositoryCredentials = { CredentialsParameter: creds };
      out.secretArns.push(creds.startsWith('arn:') ? secretIamArn(creds) : creds);
    }
    const env: Array<{ Name: string; ValueFrom: unknown }> = [];
    const volume = `${containerName(c.name)}-secrets`;
    const files: string[] = [];
    c.secrets.forEach((r, i) => {
      const path = ['services', c.name, 'secrets', i];
      const source = sources.get(r.source);
      if (!source) {
        if (!ctx.project.secrets[r.source])
          ctx.error(path, `secret ${r.source} is not defined in the top-level secrets`);
        return;
      }
      (source.store === 'secretsmanager' ? out.secretArns : out.parameterArns).push(source.iamArn);
      const target = r.target ?? r.source;
      const file = target.startsWith('/') ? target : `${SECRETS_ROOT}/${target}`;
      if (!file.startsWith(`${SECRETS_ROOT}/`)) {
        ctx.error([...path, 'target'], `secret files can be written under ${SECRETS_ROOT} only, not ${file}`);
        return;
      }
      checkOwnerIds(ctx, path, r);
      const rel = file.slice(SECRETS_ROOT.length + 1);
      const variable = envName(target.startsWith('/') ? r.source : target);
      const items =
        source.keys.length > 0
          ? source.keys.map((k) => ({ key: k, name: `${variable}_${envName(k)}`, rel: `${rel}/${k}` }))
          : [{ key: '', name: variable, rel }];
      for (const item of items) {
        const valueFrom = secretValueFrom(source, item.key);
        env.push({ Name: item.name, ValueFrom: valueFrom });
        const initVar = `S${initSecrets.length}`;
        initSecrets.push({ Name: initVar, ValueFrom: valueFrom });
        const dest = `/compose-secrets/${volume}/${item.rel}`;
        files.push(item.rel);
        script.push(...writeFileLines(dest, [initVar], r, 0o444));
      }
    });
    if (env.length > 0) {
      extra.Secrets = env;
      extra.MountPoints = [{ ContainerPath: SECRETS_ROOT, ReadOnly: true, SourceVolume: volume }];
      extra.DependsOn = [{ Condition: 'SUCCESS', ContainerName: INIT_CONTAINER }];
      out.volumes.push({ Name: volume });
      initMounts.push({ ContainerPath: `/compose-secrets/${volume}`, ReadOnly: false, SourceVolume: volume });
    }
    if (Object.keys(extra).length > 0) out.containers.set(c.name, extra);
  }
  if (initSecrets.length > 0)
    out.initContainers.push(initContainer(ctx, task, INIT_CONTAINER, script, initMounts, initSecrets));
  return out;
}

/**
 * valueFrom of a secret, or of one JSON key of a Secrets Manager secret:
 * <arn>:<json-key>:<version-stage>:<version-id> — `<arn>:<key>::` for a key, and with a pinned
 * version `<arn>:::<version-id>` (whole secret) or `<arn>:<key>::<version-id>`.
 */
function secretValueFrom(source: SecretSource, key: string): unknown {
  if (source.versionId === undefined) {
    if (!key) return source.valueFrom;
    return typeof source.valueFrom === 'string'
      ? `${source.valueFrom}:${key}::`
      : join('', [source.valueFrom, `:${key}::`]);
  }
  return join('', [source.valueFrom, `:${key}::`, source.versionId]);
}
