// The change in the terms of the file the reviewer edited: per compose service (image, environment,
// ports, replicas, size, volumes, secrets, policies) and for the project (networks, load balancer,
// retained data), each with its consequence where there is one. Read back from the two templates'
// resources, so it describes what CloudFormation will be asked to do, not what the compose file meant.
import { gpuSentence, gpuSummaries } from '../template/gpu-summary.js';
import type { Resource, Template } from '../template/types.js';
import { capacityWords } from './capacity-words.js';
import { equal, showValue } from './resource-diff.js';

export interface ServiceChange {
  service: string;
  status: 'added' | 'removed' | 'changed';
  /** One line per change, already worded: `environment RELEASE added (= "1.2")`. */
  notes: string[];
  /** Image before and after (full references; the renderer shortens them). */
  image?: { from?: string; to?: string };
}

export interface ComposeChanges {
  services: ServiceChange[];
  project: string[];
}

const SERVICE_TAG = 'com.docker.compose.service';
/** Names whose values are not shown even when they are plain environment (tokens, passwords, keys). */
const SECRET_LIKE = /pass|secret|token|key|credential|auth|private|cert|salt|signature|dsn/i;

/** A template path to the value of a secret-like environment variable, whose value no rendering shows. */
export function isSecretLikePath(path: string): boolean {
  const name = /\.Environment\[([^\]]+)\](?:\.Value)?$/.exec(path)?.[1];
  return name !== undefined && SECRET_LIKE.test(name);
}

interface ServiceView {
  image?: string;
  environment: Map<string, string>;
  secrets: Set<string>;
  /** Compose configs by name → the content version the task reads (its SSM parameter's hash). */
  configs: Map<string, string>;
  containerPorts: Set<string>;
  published: Set<string>;
  replicas?: unknown;
  cpu?: unknown;
  memory?: unknown;
  volumes: Set<string>;
  policies: Set<string>;
  /** Where the tasks run when not the FARGATE launch type (x-aws-capacity), in words. */
  capacity?: string;
}

export function composeChanges(before: Template | undefined, after: Template): ComposeChanges {
  const old = serviceViews(before);
  const next = serviceViews(after);
  const services: ServiceChange[] = [];
  // Where GPU services run, in one sentence each ("trainer runs on 1 g4dn.xlarge instance, 1 GPU, scaled by ECS").
  const gpuWas = new Map(gpuSummaries(before).map((g) => [g.service, gpuSentence(g)]));
  const gpuNow = new Map(gpuSummaries(after).map((g) => [g.service, gpuSentence(g)]));
  for (const name of [...new Set([...old.keys(), ...next.keys()])].sort()) {
    const a = old.get(name);
    const b = next.get(name);
    if (!a || !b) {
      const view = (b ?? a)!;
      services.push({
        service: name,
        status: b ? 'added' : 'removed',
        notes: b
          ? [...(gpuNow.has(name) ? [gpuNow.get(name)!] : []), ...describeNew(view)]
          : ['service removed: its tasks stop and its URLs go away'],
        image: b ? { to: view.image } : { from: view.image },
      });
      continue;
    }
    const notes = serviceNotes(a, b);
    if (gpuWas.get(name) !== gpuNow.get(name))
      notes.unshift(gpuNow.get(name) ?? `${name} moves from EC2 GPU instances to Fargate`);
    if (notes.length || a.image !== b.image)
      services.push({
        service: name,
        status: 'changed',
        notes,
        image: a.image !== b.image ? { from: a.image, to: b.image } : undefined,
      });
  }
  return { services, project: projectNotes(before, after) };
}

function describeNew(view: ServiceView): string[] {
  const notes: string[] = [];
  if (view.published.size) notes.push(`publishes ${[...view.published].join(', ')} on the load balancer`);
  if (view.replicas !== undefined)
    notes.push(`${showValue(view.replicas)} ${view.replicas === 1 ? 'replica' : 'replicas'}`);
  if (view.cpu !== undefined || view.memory !== undefined)
    notes.push(`${showValue(view.cpu)} CPU units, ${showValue(view.memory)} MiB`);
  if (view.environment.size) notes.push(`environment: ${[...view.environment.keys()].join(', ')}`);
  if (view.secrets.size) notes.push(`secrets: ${[...view.secrets].join(', ')}`);
  if (view.configs.size) notes.push(`configs: ${[...view.configs.keys()].join(', ')}`);
  if (view.volumes.size) notes.push(`volumes: ${[...view.volumes].join(', ')}`);
  if (view.policies.size) notes.push(`policies: ${[...view.policies].join(', ')}`);
  if (view.capacity) notes.push(`runs on ${view.capacity}`);
  return notes;
}

function serviceNotes(a: ServiceView, b: ServiceView): string[] {
  const notes: string[] = [];
  for (const [key, value] of b.environment) {
    const was = a.environment.get(key);
    if (was === undefined) notes.push(`environment ${key} added${shownValue(key, value, ' = ')}`);
    else if (was !== value)
      notes.push(
        `environment ${key} changed${SECRET_LIKE.test(key) ? '' : `: ${quote(was)} → ${quote(value)}`}`,
      );
  }
  for (const key of a.environment.keys())
    if (!b.environment.has(key)) notes.push(`environment ${key} removed`);
  setNotes(a.published, b.published, 'publishes', 'stops publishing', notes);
  // A port published as itself (8443:8443) is said once, as published.
  const newlyPublished = new Set([...b.published].filter((p) => !a.published.has(p)));
  const withdrawn = new Set([...a.published].filter((p) => !b.published.has(p)));
  setNotes(
    new Set([...a.containerPorts].filter((p) => !withdrawn.has(p))),
    new Set([...b.containerPorts].filter((p) => !newlyPublished.has(p))),
    'container port added:',
    'container port withdrawn:',
    notes,
  );
  setNotes(a.secrets, b.secrets, 'secret wired:', 'secret unwired:', notes);
  setNotes(new Set(a.configs.keys()), new Set(b.configs.keys()), 'config wired:', 'config unwired:', notes);
  for (const [name, version] of b.configs) {
    const was = a.configs.get(name);
    if (was !== undefined && was !== version) notes.push(`config ${name}: new content`);
  }
  setNotes(a.volumes, b.volumes, 'volume mounted:', 'volume unmounted:', notes);
  setNotes(a.policies, b.policies, 'policy attached:', 'policy detached:', notes);
  if (!equal(a.replicas, b.replicas))
    notes.push(`replicas ${showValue(a.replicas)} → ${showValue(b.replicas)}`);
  if (!equal(a.cpu, b.cpu)) notes.push(`CPU ${showValue(a.cpu)} → ${showValue(b.cpu)} units`);
  if (!equal(a.memory, b.memory)) notes.push(`memory ${showValue(a.memory)} → ${showValue(b.memory)} MiB`);
  // The strategy's nonce (ForceNewDeployment) changes with it: ECS replaces the running tasks.
  if (a.capacity !== b.capacity)
    notes.push(
      `runs on ${b.capacity ?? 'on-demand Fargate'} (was ${a.capacity ?? 'on-demand Fargate'})${b.capacity ? ': its tasks are replaced' : ''}`,
    );
  return notes;
}

function setNotes(a: Set<string>, b: Set<string>, added: string, removed: string, notes: string[]): void {
  for (const x of b) if (!a.has(x)) notes.push(`${added} ${x}`);
  for (const x of a) if (!b.has(x)) notes.push(`${removed} ${x}`);
}

const quote = (value: string) => JSON.stringify(showValue(value, 40));

function shownValue(key: string, value: string, prefix: string): string {
  return SECRET_LIKE.test(key) ? '' : `${prefix}${quote(value)}`;
}

function tag(resource: Resource, key: string): string | undefined {
  const tags = resource.Properties?.Tags;
  if (!Array.isArray(tags)) return undefined;
  const found = (tags as Array<{ Key?: unknown; Value?: unknown }>).find((t) => t.Key === key);
  return typeof found?.Value === 'string' ? found.Value : undefined;
}

const refOf = (value: unknown): string | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as { Ref?: unknown; 'Fn::GetAtt'?: unknown };
  if (typeof v.Ref === 'string') return v.Ref;
  if (Array.isArray(v['Fn::GetAtt'])) return String(v['Fn::GetAtt'][0]);
  return undefined;
};

/** Containers compose-ecs adds itself (DNS search, secret files) are named compose-*; they are not the service. */
const isSidecar = (name: unknown) => typeof name === 'string' && name.startsWith('compose-');

function serviceViews(template: Template | undefined): Map<string, ServiceView> {
  const resources = template?.Resources ?? {};
  const views = new Map<string, ServiceView>();
  // Published ports: listener → target group → the ECS service that registers in it.
  const listenersByGroup = new Map<string, string[]>();
  for (const r of Object.values(resources)) {
    if (r.Type !== 'AWS::ElasticLoadBalancingV2::Listener') continue;
    type Forward = {
      TargetGroupArn?: unknown;
      ForwardConfig?: { TargetGroups?: Array<{ TargetGroupArn?: unknown }> };
    };
    for (const action of (r.Properties?.DefaultActions ?? []) as Forward[]) {
      // A weighted forward (an NLB listener a deployment strategy shifts) names both of its groups.
      const targets = [action, ...(action.ForwardConfig?.TargetGroups ?? [])];
      for (const group of targets.map((t) => refOf(t.TargetGroupArn))) {
        if (!group) continue;
        const port = publishedPort(r);
        listenersByGroup.set(group, [...(listenersByGroup.get(group) ?? []), port]);
      }
    }
  }
  for (const [id, r] of Object.entries(resources)) {
    if (r.Type !== 'AWS::ECS::TaskDefinition') continue;
    const props = r.Properties ?? {};
    const containers = (props.ContainerDefinitions ?? []) as Array<Record<string, unknown>>;
    const main = containers.filter((c) => !isSidecar(c.Name));
    const name = tag(r, SERVICE_TAG) ?? String(main[0]?.Name ?? id);
    const view: ServiceView = {
      image: typeof main[0]?.Image === 'string' ? main[0].Image : showValue(main[0]?.Image),
      environment: new Map(),
      secrets: new Set(),
      configs: new Map(),
      containerPorts: new Set(),
      published: new Set(),
      cpu: props.Cpu,
      memory: props.Memory,
      volumes: new Set(),
      policies: new Set(),
    };
    for (const c of main) {
      for (const e of (c.Environment ?? []) as Array<{ Name?: string; Value?: unknown }>)
        if (e.Name) view.environment.set(e.Name, typeof e.Value === 'string' ? e.Value : showValue(e.Value));
      for (const p of (c.PortMappings ?? []) as Array<{ ContainerPort?: unknown; Protocol?: unknown }>)
        view.containerPorts.add(`${String(p.ContainerPort)}/${String(p.Protocol ?? 'tcp')}`);
      for (const m of (c.MountPoints ?? []) as Array<{ SourceVolume?: unknown; ContainerPath?: unknown }>)
        if (!/-(secrets|configs)$/.test(String(m.SourceVolume)))
          view.volumes.add(`${String(m.SourceVolume)}:${String(m.ContainerPath)}`);
    }
    // Secrets are wired to the task (as variables, or as files through a sidecar): name them by source.
    for (const c of containers)
      for (const s of (c.Secrets ?? []) as Array<{ ValueFrom?: unknown }>) {
        // Configs reach the init container the same way, from SSM parameters named by content.
        const config = /:parameter\/compose-ecs\/.*?\/configs\/([^/]+)\/([0-9a-f]+)\//.exec(
          showValue(s.ValueFrom, 400),
        );
        if (config) view.configs.set(config[1]!, config[2]!);
        else view.secrets.add(secretName(s.ValueFrom));
      }
    const role = resources[refOf(props.TaskRoleArn) ?? ''];
    for (const arn of (role?.Properties?.ManagedPolicyArns ?? []) as unknown[])
      view.policies.add(showValue(arn, 200).replace(/^arn:[^:]*:iam::[^:]*:policy\//, ''));
    for (const p of (role?.Properties?.Policies ?? []) as Array<{ PolicyName?: unknown }>)
      view.policies.add(`inline ${String(p.PolicyName)}`);
    views.set(name, view);
  }
  for (const r of Object.values(resources)) {
    if (r.Type !== 'AWS::ECS::Service') continue;
    const view = views.get(tag(r, SERVICE_TAG) ?? '') ?? views.get(nameOfTaskDefinition(resources, r));
    if (!view) continue;
    view.replicas = r.Properties?.DesiredCount;
    view.capacity = capacityWords(r.Properties);
    for (const lb of (r.Properties?.LoadBalancers ?? []) as Array<{ TargetGroupArn?: unknown }>)
      for (const port of listenersByGroup.get(refOf(lb.TargetGroupArn) ?? '') ?? []) view.published.add(port);
  }
  return views;
}

/**
 * A listener as compose writes the port: HTTP, HTTPS, TCP and TLS listeners carry tcp, UDP udp, so a
 * port-80 listener that turns from HTTP into TCP (application into network) is still 80/tcp.
 */
function publishedPort(listener: Resource): string {
  const protocol = String(listener.Properties?.Protocol ?? 'TCP').toUpperCase();
  const transport = protocol === 'UDP' ? 'udp' : protocol === 'TCP_UDP' ? 'tcp+udp' : 'tcp';
  return `${showValue(listener.Properties?.Port)}/${transport}`;
}

function nameOfTaskDefinition(resources: Record<string, Resource>, service: Resource): string {
  const td = resources[refOf(service.Properties?.TaskDefinition) ?? ''];
  return td ? (tag(td, SERVICE_TAG) ?? '') : '';
}

/** A secret's ARN names it (…:secret:shop/api-key-AbCdEf); a parameter reference names its parameter. */
function secretName(valueFrom: unknown): string {
  const text = showValue(valueFrom, 300);
  const arn = /:secret:([^:]+)/.exec(text);
  if (arn) return arn[1]!;
  const ref = /Ref"?:"?([A-Za-z0-9]+)/.exec(JSON.stringify(valueFrom));
  return ref ? ref[1]!.replace(/SecretArn$/, '') : text;
}

function projectNotes(before: Template | undefined, after: Template): string[] {
  const old = before?.Resources ?? {};
  const next = after.Resources;
  const notes: string[] = [];
  for (const [id, r] of Object.entries(next)) {
    const was = old[id];
    if (r.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer') {
      const type = r.Properties?.Type ?? 'application';
      if (!was) {
        if (before)
          notes.push(`load balancer ${id} added (${showValue(type)}): the stack gets a new DNS name`);
        continue;
      }
      const wasType = was.Properties?.Type ?? 'application';
      // Type and Scheme are "Update requires: Replacement" (see REPLACED_BY in resource-diff.ts).
      if (!equal(wasType, type))
        notes.push(
          `load balancer ${id} turns from ${showValue(wasType)} into ${showValue(type)}${typeReason(before, after)}: it is **replaced**, its DNS name and every URL change`,
        );
      if (!equal(was.Properties?.Scheme, r.Properties?.Scheme))
        notes.push(
          `load balancer ${id} scheme ${showValue(was.Properties?.Scheme ?? 'internet-facing')} → ${showValue(r.Properties?.Scheme ?? 'internet-facing')}: it is **replaced**, its DNS name and every URL change`,
        );
    }
    if (r.Type === 'AWS::EC2::SecurityGroup' && /Network$/.test(id) && before && !was)
      notes.push(`network ${id} added`);
  }
  for (const [id, r] of Object.entries(old)) {
    if (id in next) continue;
    if (r.Type === 'AWS::EC2::SecurityGroup' && /Network$/.test(id)) notes.push(`network ${id} removed`);
    else if (r.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer')
      notes.push(`load balancer ${id} removed: its DNS name and every URL stop working`);
    if (r.DeletionPolicy === 'Retain' || r.DeletionPolicy === 'RetainExceptOnCreate')
      notes.push(
        `${id} is removed from the stack but retained (orphaned): its data stays, and so does its cost`,
      );
  }
  return notes;
}

/** ELB: a listener that is not HTTP(S) needs a network load balancer (see src/template/load-balancer-type.ts). */
function typeReason(before: Template | undefined, after: Template): string {
  const ports = (t: Template | undefined) =>
    new Set(
      Object.values(t?.Resources ?? {})
        .filter((r) => r.Type === 'AWS::ElasticLoadBalancingV2::Listener')
        .map(publishedPort),
    );
  const was = ports(before);
  const added = [...ports(after)].filter((p) => !was.has(p));
  return added.length ? ` because it now publishes ${added.join(', ')}` : '';
}
