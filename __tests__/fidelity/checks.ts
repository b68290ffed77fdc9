// The project's own fidelity check: reads a generated template the way AWS will run it and reports what
// would break an app that works under `docker compose up`. It knows nothing of how the converter builds
// the template; it follows the resources (Cloud Map names, security-group rules, listeners, target
// groups, scalable targets) as AWS would.
import { gpuProblems } from './gpu-checks.js';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedProject, Service } from '../../src/compose/model.js';
import type { ConvertResult } from '../../src/template/convert.js';
import { findNames, namesUsedBy, type NameUse } from '../../src/template/names-used.js';
import { capacityProblems } from './capacity-checks.js';
import { jobAsService, jobProblems } from './job-checks.js';
import { domainProblems } from './domain-checks.js';
import { strategyProblems } from './strategy-checks.js';

type Resources = ConvertResult['template']['Resources'];
type Res = Resources[string];
const json = (v: unknown) => JSON.stringify(v);
const refOf = (v: unknown): string | undefined => (v as { Ref?: string } | undefined)?.Ref;

/**
 * Names a service uses, as the fidelity suite reads them: the model's fields, plus the config files it
 * mounts (compose configs with a file or inline content, read-only bind mounts of files) and those in its
 * build context, which the image copies in.
 */
export function namesUsed(
  s: Service,
  names: ReadonlySet<string>,
  project?: LoadedProject['project'],
): NameUse[] {
  const uses = namesUsedBy(s, names);
  const texts: Array<[string, string]> = [];
  if (s.build)
    for (const file of configFiles(s.build.context)) texts.push([file, readFileSync(file, 'utf8')]);
  // What the loader read for each config (a file, content, a variable, a directory's files).
  for (const ref of s.configs) {
    const def = project?.configs[ref.source];
    for (const f of def?.files ?? [])
      texts.push([[def?.file ?? `configs.${ref.source}`, f.path].filter(Boolean).join('/'), f.content]);
  }
  for (const m of s.volumes)
    if (m.type === 'bind' && existsSync(m.source) && statSync(m.source).isFile())
      texts.push([m.source, readFileSync(m.source, 'utf8')]);
  for (const [where, text] of texts)
    uses.push(...findNames(text, names, where).filter((u) => u.name !== s.name));
  return uses;
}

/** Small text config files in a build context (nginx.conf, *.ini, *.env, …), which the image copies in. */
function configFiles(dir: string): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out; // a remote (git URL) build context
  for (const entry of readdirSync(dir)) {
    const file = join(dir, entry);
    if (statSync(file).isFile() && /\.(conf|cfg|ini|ya?ml|toml|env|json|properties)$/.test(entry))
      out.push(file);
  }
  return out;
}

/** The ECS service whose task runs compose service `name`, found by its container definitions. */
function ecsServiceOf(
  resources: Resources,
  name: string,
): { id: string; task: Res; service: Res } | undefined {
  for (const [id, r] of Object.entries(resources)) {
    if (r.Type !== 'AWS::ECS::Service') continue;
    const task = resources[refOf(r.Properties!.TaskDefinition)!]!;
    const defs = task.Properties!.ContainerDefinitions as Array<{ Name: string }>;
    if (defs.some((d) => d.Name === name.replace(/[^A-Za-z0-9_-]/g, '_'))) return { id, task, service: r };
  }
  return undefined;
}

const groupsOf = (service: Res): unknown[] =>
  (service.Properties!.NetworkConfiguration as { AwsvpcConfiguration: { SecurityGroups: unknown[] } })
    .AwsvpcConfiguration.SecurityGroups;

interface Rule {
  group: string;
  protocol: string;
  from: number;
  to: number;
  source?: string;
  cidr?: string;
}

/** Every inbound rule in the template (standalone ingress resources and inline rules). */
function rules(resources: Resources): Rule[] {
  const out: Rule[] = [];
  const add = (group: unknown, r: Record<string, unknown>) =>
    out.push({
      group: json(group),
      protocol: String(r.IpProtocol),
      from: Number(r.FromPort ?? 0),
      to: Number(r.ToPort ?? 65535),
      ...(r.SourceSecurityGroupId !== undefined ? { source: json(r.SourceSecurityGroupId) } : {}),
      ...(r.CidrIp !== undefined ? { cidr: String(r.CidrIp) } : {}),
    });
  for (const [id, r] of Object.entries(resources)) {
    if (r.Type === 'AWS::EC2::SecurityGroupIngress') add(r.Properties!.GroupId, r.Properties!);
    if (r.Type === 'AWS::EC2::SecurityGroup')
      for (const inline of (r.Properties!.SecurityGroupIngress as Array<Record<string, unknown>>) ?? [])
        add({ Ref: id }, inline);
  }
  return out;
}

/** Whether traffic from a member of `sources` reaches a member of `targets` on TCP `port`. */
function admits(all: Rule[], targets: unknown[], sources: unknown[], port: number | undefined): boolean {
  const t = new Set(targets.map(json));
  const s = new Set(sources.map(json));
  return all.some(
    (r) =>
      t.has(r.group) &&
      (r.protocol === '-1' ||
        (r.protocol === 'tcp' && port !== undefined && r.from <= port && port <= r.to)) &&
      ((r.source !== undefined && s.has(r.source)) || r.cidr === '0.0.0.0/0'),
  );
}

const RANK = { none: 0, word: 1, host: 2, declared: 3 } as const;

/** Whether CloudFormation creates `later` only after `first` (DependsOn, followed transitively). */
function waitsFor(resources: Resources, later: string, first: string): boolean {
  const seen = new Set<string>();
  const stack = [later];
  while (stack.length > 0) {
    const id = stack.pop()!;
    const deps = [resources[id]?.DependsOn ?? []].flat() as string[];
    if (deps.includes(first)) return true;
    for (const d of deps) if (!seen.has(d) && seen.add(d)) stack.push(d);
  }
  return false;
}

/** All problems AWS would show with this template for this compose project; empty when it behaves like compose. */
export function fidelityProblems(loaded: LoadedProject, result: ConvertResult): string[] {
  // GPU services on EC2 capacity (gpu-checks.ts).
  const problems: string[] = gpuProblems(loaded, result);
  const resources = result.template.Resources;
  const project = loaded.project;
  const allRules = rules(resources);
  const discovery = Object.values(resources).some(
    (r) => r.Type === 'AWS::ServiceDiscovery::PrivateDnsNamespace',
  );

  // 1. Every name a service uses resolves from it, and a security-group path leads there.
  const names = new Map<string, string>();
  for (const s of Object.values(project.services)) {
    names.set(s.name.toLowerCase(), s.name);
    for (const n of Object.values(s.networks)) for (const a of n.aliases) names.set(a.toLowerCase(), s.name);
  }
  for (const s of Object.values(project.services))
    for (const l of s.links) names.set(l.alias.toLowerCase(), l.service);
  const registered = new Set(
    Object.values(resources)
      .filter((r) => r.Type === 'AWS::ServiceDiscovery::Service')
      .map((r) => String(r.Properties!.Name)),
  );
  const strongest = new Map<string, NameUse & { client: string; server: string }>();
  for (const client of Object.values(project.services)) {
    const from = ecsServiceOf(resources, client.name) ?? jobAsService(resources, result, client.name);
    if (!from) continue;
    for (const use of namesUsed(client, new Set(names.keys()), project)) {
      const server = names.get(use.name)!;
      const key = `${client.name}\0${server}`;
      if (RANK[use.evidence] > RANK[strongest.get(key)?.evidence ?? 'none'])
        strongest.set(key, { ...use, client: client.name, server });
      const to = ecsServiceOf(resources, server);
      const what = `${client.name} → ${use.name}${use.port ? `:${use.port}` : ''} (${use.where})`;
      // Waiting for a job is an order the deploy keeps (job-checks.ts), not a name that must resolve.
      if (!to && jobAsService(resources, result, server) && use.where.startsWith('depends_on')) continue;
      if (!to) {
        problems.push(`${what}: ${server} has no ECS service`);
        continue;
      }
      if (to.id === from.id) continue; // same task: localhost, and the name resolves to the task itself
      if (!discovery || !registered.has(use.name)) {
        problems.push(`${what}: no DNS name ${use.name} in the namespace`);
        continue;
      }
      const defs = from.task.Properties!.ContainerDefinitions as Array<{
        Name: string;
        DependsOn?: unknown[];
      }>;
      const search = defs.find((d) => d.Name === 'compose-dns-search');
      const own = defs.find((d) => d.Name === client.name.replace(/[^A-Za-z0-9_-]/g, '_'));
      const waits = json(own?.DependsOn ?? []).includes('"ContainerName":"compose-dns-search"');
      if (!search || !waits)
        problems.push(`${what}: the bare name is not on ${client.name}'s DNS search list`);
      if (!admits(allRules, groupsOf(to.service), groupsOf(from.service), use.port))
        problems.push(`${what}: no security-group rule lets ${client.name} reach ${server}`);
    }
  }

  // 7. A client does not start before what it names as a host; a bare word never inverts that.
  for (const use of strongest.values()) {
    if (use.evidence === 'word') continue;
    const reverse = strongest.get(`${use.server}\0${use.client}`);
    if (reverse && RANK[reverse.evidence] >= RANK[use.evidence]) continue;
    const [client, server] = [ecsServiceOf(resources, use.client), ecsServiceOf(resources, use.server)];
    if (client && server && client.id !== server.id && waitsFor(resources, server.id, client.id))
      problems.push(
        `${server.id} waits for ${client.id}, though ${use.client} names ${use.name} as a host (${use.where})`,
      );
  }

  for (const [id, r] of Object.entries(resources)) {
    // 2. Stateful services update stop-first.
    if (r.Type === 'AWS::ECS::Service') {
      const task = resources[refOf(r.Properties!.TaskDefinition)!]!;
      const efs = new Set(
        ((task.Properties!.Volumes as Array<{ Name: string; EFSVolumeConfiguration?: unknown }>) ?? [])
          .filter((v) => v.EFSVolumeConfiguration)
          .map((v) => v.Name),
      );
      const writes = (
        task.Properties!.ContainerDefinitions as Array<{ MountPoints?: Array<Record<string, unknown>> }>
      )
        .flatMap((d) => d.MountPoints ?? [])
        .some((m) => efs.has(String(m.SourceVolume)) && m.ReadOnly === false);
      const single = (r.Properties!.DesiredCount ?? 1) === 1;
      const main = (
        task.Properties!.ContainerDefinitions as Array<{ Name: string; Essential?: boolean }>
      ).find((d) => d.Essential !== false);
      const compose = Object.values(project.services).find(
        (s) => s.name.replace(/[^A-Za-z0-9_-]/g, '_') === main?.Name,
      );
      const startFirst = compose?.deploy?.updateConfig?.order === 'start-first';
      const max = (r.Properties!.DeploymentConfiguration as { MaximumPercent: number }).MaximumPercent;
      if (writes && single && !startFirst && max > 100)
        problems.push(
          `${id}: writes a volume with one task but starts the new task first (MaximumPercent ${max})`,
        );
    }
    // 8. No secret reads a JSON key named `*` (ECS has no "every key" form; the task fails to start).
    if (r.Type === 'AWS::ECS::TaskDefinition')
      for (const d of r.Properties!.ContainerDefinitions as Array<{ Name: string; Secrets?: unknown[] }>)
        for (const secret of d.Secrets ?? [])
          if (json(secret).includes(':*::'))
            problems.push(`${id}: ${d.Name} reads JSON key "*" of a secret, which no secret has`);
    // 9. A file system has a policy (else EFS's default grants any client full access) that denies
    // clients without TLS and allows nothing to a client that has no IAM identity.
    if (r.Type === 'AWS::EFS::FileSystem') {
      const statements =
        (r.Properties!.FileSystemPolicy as { Statement?: Array<Record<string, unknown>> } | undefined)
          ?.Statement ?? [];
      if (statements.length === 0) problems.push(`${id}: no file-system policy; any client gets full access`);
      else {
        if (
          !statements.some(
            (st) => st.Effect === 'Deny' && json(st.Condition).includes('"aws:SecureTransport":"false"'),
          )
        )
          problems.push(`${id}: the file-system policy lets clients in without TLS`);
        if (statements.some((st) => st.Effect === 'Allow' && /"\*"/.test(json(st.Principal))))
          problems.push(`${id}: the file-system policy allows any principal, anonymous clients too`);
      }
    }
    // 11. A JVM's heap leaves room for the rest of the JVM: at most 3/4 of the task's memory.
    if (r.Type === 'AWS::ECS::TaskDefinition') {
      const defs = r.Properties!.ContainerDefinitions as Array<Record<string, unknown>>;
      const heap = defs
        .map((d) => json([d.Environment, d.Command, d.EntryPoint]).match(/-Xmx(\d+)([kmg]?)\b/i))
        .reduce(
          (sum, m) =>
            sum +
            (m ? Number(m[1]) / { '': 1024 ** 2, k: 1024, m: 1, g: 1 / 1024 }[m[2]!.toLowerCase()]! : 0),
          0,
        );
      const memory = Number(r.Properties!.Memory);
      if (heap > memory * 0.75)
        problems.push(
          `${id}: JVM heaps of ${Math.round(heap)} MiB in a ${memory} MiB task leave the JVM no room`,
        );
    }
    // 6. Autoscaled services carry no DesiredCount.
    if (r.Type === 'AWS::ApplicationAutoScaling::ScalableTarget') {
      const service = json(r.Properties!.ResourceId).match(/"Fn::GetAtt":\["([^"]+)","Name"\]/)?.[1];
      if (service && resources[service]?.Properties?.DesiredCount !== undefined)
        problems.push(`${service}: autoscaled, yet DesiredCount resets the count on every deploy`);
    }
    // 5. Load-balancer subnets suit the scheme.
    if (r.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer') {
      const subnets = refOf(r.Properties!.Subnets);
      const source = result.parameters.find((p) => p.name === subnets);
      if (
        r.Properties!.Scheme !== 'internal' &&
        !(source?.kind === 'load-balancer-subnets' || source?.public)
      )
        problems.push(`${id}: internet-facing in ${subnets}, which need not be public subnets`);
    }
  }

  // 3. No two listeners share a port on one load balancer.
  const listeners = new Map<string, string>();
  for (const [id, r] of Object.entries(resources)) {
    if (r.Type !== 'AWS::ElasticLoadBalancingV2::Listener') continue;
    const key = `${json(r.Properties!.LoadBalancerArn)}:${r.Properties!.Port}`;
    if (listeners.has(key)) problems.push(`${id} and ${listeners.get(key)} share port ${r.Properties!.Port}`);
    listeners.set(key, id);
  }

  // 4. Every health-check port is open to the load balancer.
  const lbGroups = Object.values(resources)
    .filter((r) => r.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer')
    .flatMap((r) => (r.Properties!.SecurityGroups as unknown[]) ?? []);
  for (const [id, tg] of Object.entries(resources)) {
    if (tg.Type !== 'AWS::ElasticLoadBalancingV2::TargetGroup') continue;
    const port = Number(tg.Properties!.HealthCheckPort ?? tg.Properties!.Port);
    for (const r of Object.values(resources)) {
      if (r.Type !== 'AWS::ECS::Service') continue;
      const attached = ((r.Properties!.LoadBalancers as Array<{ TargetGroupArn: unknown }>) ?? []).some(
        (lb) => refOf(lb.TargetGroupArn) === id,
      );
      if (attached && lbGroups.length > 0 && !admits(allRules, groupsOf(r), lbGroups, port))
        problems.push(`${id}: health checks on port ${port} are not allowed in from the load balancer`);
    }
  }
  problems.push(...jobProblems(loaded, result));
  problems.push(...domainProblems(loaded, result));
  problems.push(...strategyProblems(loaded, result));
  problems.push(...healthGateProblems(resources, project));
  // 12. What the container gets of compose: writable tmpfs paths, namespaced sysctls.
  for (const s of Object.values(project.services)) {
    const def = Object.values(resources)
      .filter((r) => r.Type === 'AWS::ECS::TaskDefinition')
      .flatMap((r) => r.Properties!.ContainerDefinitions as Array<Record<string, unknown>>)
      .find((d) => d.Name === s.name.replace(/[^A-Za-z0-9_-]/g, '_'));
    if (!def) continue;
    const writable = ((def.MountPoints as Array<Record<string, unknown>>) ?? [])
      .filter((m) => m.ReadOnly === false)
      .map((m) => m.ContainerPath);
    for (const m of s.volumes)
      if (m.type === 'tmpfs' && !writable.includes(m.target))
        problems.push(`${s.name}: tmpfs ${m.target} is not writable in the container`);
    // A named volume Docker would fill from the image is filled before the service starts.
    const defs = Object.values(resources)
      .filter((r) => r.Type === 'AWS::ECS::TaskDefinition')
      .map((r) => r.Properties!.ContainerDefinitions as Array<Record<string, unknown>>)
      .find((list) => list.includes(def))!;
    s.volumes.forEach((m) => {
      // A built image rests on what its Dockerfile names (loaded.builtFrom): one with no shell (FROM scratch,
      // distroless) or none named plainly cannot copy, and the converter says so instead (a warning).
      const base = s.build ? loaded.builtFrom?.[s.name] : undefined;
      if (s.build && (!base || /(^|\/)(scratch|distroless\/)|chainguard\/static/.test(base))) return;
      if (m.type !== 'volume' || !m.source || m.nocopy || m.readOnly) return;
      if (project.volumes[m.source]?.external) return;
      const mount = ((def.MountPoints as Array<Record<string, unknown>>) ?? []).find(
        (p) => p.ContainerPath === m.target,
      );
      const filler = defs.find(
        (d) =>
          d !== def &&
          d.Image === def.Image &&
          json(d.MountPoints).includes(json(mount?.SourceVolume)) &&
          json(def.DependsOn ?? []).includes(json(d.Name)),
      );
      if (!filler)
        problems.push(
          `${s.name}: volume ${m.source} at ${m.target} starts empty, without the image's content there`,
        );
    });
    const controls = json(def.SystemControls ?? []);
    for (const [key, value] of Object.entries(s.sysctls ?? {}))
      if (!controls.includes(json({ Namespace: key, Value: value })))
        problems.push(`${s.name}: sysctl ${key}=${value} is not set`);
  }
  problems.push(...capacityProblems(resources));
  return problems;
}

/** Whether an ALB matcher (`200`, `200-399`, `200,401`) accepts the code. */
const matches = (matcher: string, code: number) =>
  matcher.split(',').some((part) => {
    const [lo, hi = lo] = part.split('-').map(Number);
    return lo! <= code && code <= hi!;
  });

/** Whether a listener rule's path pattern (`*` and `?` wildcards) matches a path. */
const pathMatches = (pattern: string, path: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  ).test(path);

/**
 * 10. Compose has no health gate in front of a published port: a service without a healthcheck of its own
 * must stay in service when it answers 401 or 404, and a routed target group is checked on a path its
 * rule sends it.
 */
function healthGateProblems(resources: Resources, project: LoadedProject['project']): string[] {
  const problems: string[] = [];
  for (const [id, tg] of Object.entries(resources)) {
    if (tg.Type !== 'AWS::ElasticLoadBalancingV2::TargetGroup' || tg.Properties!.Protocol !== 'HTTP')
      continue;
    const attachment = Object.values(resources)
      .filter((r) => r.Type === 'AWS::ECS::Service')
      .flatMap(
        (r) =>
          (r.Properties!.LoadBalancers as Array<{ TargetGroupArn: unknown; ContainerName: string }>) ?? [],
      )
      .find((lb) => refOf(lb.TargetGroupArn) === id);
    const service = Object.values(project.services).find(
      (s) => s.name.replace(/[^A-Za-z0-9_-]/g, '_') === attachment?.ContainerName,
    );
    const hc = service?.healthcheck;
    const checked = hc && !hc.disable && hc.test && hc.test[0] !== 'NONE';
    const matcher = String((tg.Properties!.Matcher as { HttpCode?: string } | undefined)?.HttpCode ?? '200');
    const path = String(tg.Properties!.HealthCheckPath ?? '/');
    if (!checked && !(matches(matcher, 401) && matches(matcher, 404)))
      problems.push(
        `${id}: ${service?.name} has no healthcheck, yet answering ${path} with 401 or 404 fails it (${matcher})`,
      );
    for (const rule of Object.values(resources)) {
      if (rule.Type !== 'AWS::ElasticLoadBalancingV2::ListenerRule') continue;
      if (!json(rule.Properties!.Actions).includes(json({ Ref: id }))) continue;
      const patterns = (rule.Properties!.Conditions as Array<Record<string, unknown>>)
        .filter((c) => c.Field === 'path-pattern')
        .flatMap(
          (c) =>
            (c.PathPatternConfig as { Values: string[] } | undefined)?.Values ?? (c.Values as string[]) ?? [],
        );
      if (patterns.length > 0 && !patterns.some((pt) => pathMatches(pt, path)))
        problems.push(`${id}: checked on ${path}, which its rule (${patterns.join(', ')}) never sends it`);
    }
  }
  return problems;
}
