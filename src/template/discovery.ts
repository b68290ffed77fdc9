// Service-to-service names, as compose has them: every service answers to its name, its network
// aliases and the aliases others give it under `links`, on every port it listens on.
// Mechanism (docs/mapping.md, "Service-to-service names"): a Cloud Map private DNS namespace with an
// A record per task (ECS registers and deregisters them), CNAME records for the other names, and an
// init container that puts the namespace first on each task's DNS search list, so bare names resolve.
// Service Connect is not used: it answers only on named port mappings, and tasks started before an
// endpoint existed never see it. Which services may connect stays with the security groups (networks).
import type { Service } from '../compose/model.js';
import type { Context } from './context.js';
import { ref, sub } from './context.js';
import { VPC_PARAM } from './network.js';
import { logConfiguration } from './logs.js';
import type { TaskPlan } from './tasks.js';

export const NAMESPACE_ID = 'DnsNamespace';
export const DNS_INIT_CONTAINER = 'compose-dns-search';
/** The namespace's domain; one per stack, so two stacks (preview environments) in one VPC never collide. */
export const NAMESPACE_DOMAIN = '${AWS::StackName}.compose.internal';
/** Records are short-lived so a replaced task's address is forgotten quickly. */
const TTL = 10;
/**
 * One DNS label of at most 63 characters: letters, digits, '-' and '_'. Cloud Map takes '_' in service
 * names (CreateService: SRV names start with one) and Route 53 stores it in record names; compose
 * resolves `my_worker` (Docker's embedded DNS answers any container name), and glibc's and musl's
 * resolvers look such names up, so a service named with '_' is registered like any other.
 */
const DNS_LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/;

export interface DiscoveryPlan {
  /** Task name → the Cloud Map service its ECS service registers in. */
  registries: Map<string, string>;
}

/** Every name a task answers to: the main service's name first, then sidecars, aliases and link aliases. */
export function taskNames(ctx: Context, task: TaskPlan): string[] {
  const names = new Set<string>();
  for (const c of task.containers) {
    names.add(c.name.toLowerCase());
    for (const n of Object.values(c.networks)) for (const a of n.aliases) names.add(a.toLowerCase());
  }
  const aliases = linkAliases(ctx.project);
  for (const c of task.containers) for (const alias of aliases.get(c.name) ?? []) names.add(alias);
  return [...names];
}

/** Per project, the link aliases (lowercase) every service is known by, built once: not a scan per task. */
const aliasesByProject = new WeakMap<Context['project'], Map<string, string[]>>();

function linkAliases(project: Context['project']): Map<string, string[]> {
  let aliases = aliasesByProject.get(project);
  if (!aliases) {
    aliases = new Map();
    for (const s of Object.values(project.services))
      for (const l of s.links)
        aliases.set(l.service, [...(aliases.get(l.service) ?? []), l.alias.toLowerCase()]);
    aliasesByProject.set(project, aliases);
  }
  return aliases;
}

/** Adds the namespace, a Cloud Map service per task and a CNAME per other name; undefined when discovery is off. */
export function addDiscovery(ctx: Context, tasks: TaskPlan[]): DiscoveryPlan | undefined {
  if (!ctx.options.serviceDiscovery || tasks.length === 0) return undefined;
  ctx.add(NAMESPACE_ID, {
    Type: 'AWS::ServiceDiscovery::PrivateDnsNamespace',
    Properties: {
      Description: 'compose service names (the project is in the tags)',
      Name: sub(NAMESPACE_DOMAIN),
      Vpc: ref(VPC_PARAM),
    },
  });
  const registries = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const task of tasks) {
    const names = taskNames(ctx, task).filter((name) => {
      if (DNS_LABEL.test(name)) return true;
      ctx.warn(
        ['services', task.name],
        `${name} is not a DNS label (letters, digits, '-', '_', at most 63); other services cannot reach ${task.name} by that name`,
      );
      return false;
    });
    for (const name of names) {
      const other = owner.get(name);
      if (other !== undefined && other !== task.name)
        ctx.error(
          ['services', task.name],
          `the name ${name} would mean both ${other} and ${task.name}; one namespace holds each name once`,
        );
      owner.set(name, task.name);
    }
    const [main, ...others] = names;
    if (main === undefined || main !== task.name.toLowerCase()) continue;
    const registry = `${task.id}Discovery`;
    ctx.add(
      registry,
      {
        Type: 'AWS::ServiceDiscovery::Service',
        Properties: {
          Description: `${task.name}: the addresses of its running tasks`,
          DnsConfig: { DnsRecords: [{ TTL, Type: 'A' }], RoutingPolicy: 'MULTIVALUE' },
          // ECS reports task health to Cloud Map: only healthy tasks are answered.
          HealthCheckCustomConfig: { FailureThreshold: 1 },
          Name: main,
          NamespaceId: ref(NAMESPACE_ID),
        },
      },
      task.name,
    );
    registries.set(task.name, registry);
    others.sort().forEach((alias) => addAlias(ctx, task, alias, main));
  }
  return { registries };
}

/** Another name of a task: a Cloud Map service with one CNAME instance pointing at the task's own name. */
function addAlias(ctx: Context, task: TaskPlan, alias: string, target: string): void {
  const id = `${task.id}${aliasId(alias)}Alias`;
  ctx.add(
    id,
    {
      Type: 'AWS::ServiceDiscovery::Service',
      Properties: {
        Description: `${alias}: another name of ${task.name}`,
        DnsConfig: { DnsRecords: [{ TTL, Type: 'CNAME' }], RoutingPolicy: 'WEIGHTED' },
        Name: alias,
        NamespaceId: ref(NAMESPACE_ID),
      },
    },
    task.name,
  );
  ctx.add(
    `${id}Record`,
    {
      Type: 'AWS::ServiceDiscovery::Instance',
      Properties: {
        InstanceAttributes: { AWS_INSTANCE_CNAME: sub(`${target}.${NAMESPACE_DOMAIN}`) },
        InstanceId: alias,
        ServiceId: ref(id),
      },
    },
    task.name,
  );
}

function aliasId(alias: string): string {
  return alias
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/**
 * The ECS service's ServiceRegistries. The ARN is built from the Cloud Map service's id (its Ref) rather
 * than GetAtt …Arn: moto cannot create Cloud Map resources and refuses a GetAtt on them, and the two
 * give the same ARN on AWS (arn:aws:servicediscovery:<region>:<account>:service/<id>).
 */
export function serviceRegistries(plan: DiscoveryPlan, task: TaskPlan): Array<Record<string, unknown>> {
  const registry = plan.registries.get(task.name);
  if (registry === undefined) return [];
  return [
    {
      RegistryArn: sub(
        `arn:\${AWS::Partition}:servicediscovery:\${AWS::Region}:\${AWS::AccountId}:service/\${${registry}}`,
      ),
    },
  ];
}

/**
 * The init container that puts the namespace first on the task's DNS search list. Fargate does not take
 * dnsSearchDomains (awsvpc), so it rewrites /etc/resolv.conf, which the containers of a Fargate task
 * share, before they start — as Docker's ECS integration did with its ecs-searchdomain-sidecar. The
 * VPC's own search domains stay after it. One `search` line only: resolvers use the last one.
 */
export function dnsSearchContainer(ctx: Context, main: Service): Record<string, unknown> {
  const script = [
    'f=/etc/resolv.conf',
    `d='${NAMESPACE_DOMAIN}'`,
    "s=$(sed -n 's/^search[[:space:]]*//p' $f | tr '\\n' ' ')",
    "o=$(grep -v '^search' $f)",
    'printf "search %s %s\\n%s\\n" "$d" "$s" "$o" > $f',
  ].join('\n');
  return {
    Command: [sub(script)],
    EntryPoint: ['sh', '-c'],
    Essential: false,
    Image: ctx.options.secretsInitImage,
    LogConfiguration: logConfiguration(ctx, { ...main, logging: undefined }).config,
    Name: DNS_INIT_CONTAINER,
  };
}
