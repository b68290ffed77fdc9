// The second deploy (issue 29): a base project and the edits a team commonly makes, each converted
// before and after and checked against CloudFormation's create-only rules (replacement-rules.ts, from the
// resource schemas): no listener, rule or Cloud Map name created where a removed or replaced one still
// holds it (CloudFormation deletes those only at cleanup), no data-bearing resource replaced silently, no
// churn of the services the edit does not touch. What cannot update safely must stop the deploy, with
// the cause named (deploy/day-two.ts); everything else must update in place or replace safely.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadProject } from '../../src/compose/load.js';
import { dayTwoFindings, type DayTwoFinding } from '../../src/deploy/day-two.js';
import { keepDeployed } from '../../src/deploy/keep-deployed.js';
import { canonicalJson as canonical } from '../../src/canonical-json.js';
import { CREATE_ONLY } from '../../src/report/replacement-rules.js';
import { convert, type ConvertResult } from '../../src/template/convert.js';
import { SERVICE_TAG } from '../../src/template/tags.js';
import type { Resource, Template } from '../../src/template/types.js';
import { UserError } from '../../src/errors.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { diffTemplates } from '../../src/report/template-diff.js';
import { findingLines, secondDeployStop } from '../../src/steps/day-two.js';

type Compose = Record<string, any>;

const base = (): Compose => ({
  services: {
    web: { image: 'nginx:1.27', ports: ['80:80'] },
    api: {
      image: 'example/api:1',
      ports: [{ target: 8080, published: 8080, 'x-aws-protocol': 'http' }],
      healthcheck: { test: ['CMD-SHELL', 'curl -fsS http://localhost:8080/health || exit 1'] },
    },
    db: {
      image: 'postgres:16',
      volumes: ['dbdata:/var/lib/postgresql/data'],
      secrets: ['db_password'],
      environment: { POSTGRES_PASSWORD_FILE: '/run/secrets/db_password' },
    },
    worker: { image: 'example/worker:1', environment: { API_URL: 'http://api:8080' } },
  },
  volumes: { dbdata: {} },
  secrets: { db_password: { environment: 'DB_PASSWORD' } },
});

async function converted(compose: Compose, projectName = 'shop'): Promise<ConvertResult> {
  const dir = await mkdtemp(join(tmpdir(), 'day-two-'));
  try {
    await writeFile(join(dir, 'compose.yaml'), stringify(compose));
    const loaded = await loadProject({
      files: [],
      environment: { DB_PASSWORD: 'not-a-real-password' },
      workingDir: dir,
      projectName,
    });
    return convert(loaded);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface Edit {
  name: string;
  edit: (c: Compose) => void;
  /** The compose services whose own resources may change; every other service's must not. */
  touches: string[];
  /** What the plan must stop on; nothing else may stop it. */
  stops?: Array<DayTwoFinding['kind']>;
  projectName?: string;
  allow?: string[];
}

const s = (c: Compose) => c.services as Record<string, Compose>;
const rename = (c: Compose, from: string, to: string) => {
  const services = s(c);
  services[to] = services[from]!;
  delete services[from];
};

const EDITS: Edit[] = [
  { name: 'rename web to frontend', edit: (c) => rename(c, 'web', 'frontend'), touches: ['web', 'frontend'] },
  {
    name: 'move web to another published port, still HTTP',
    edit: (c) => (s(c).web!.ports = [{ target: 80, published: 8081, 'x-aws-protocol': 'http' }]),
    touches: ['web'],
  },
  {
    name: 'move web to another published port (8081 is not HTTP by default: the type would flip)',
    edit: (c) => (s(c).web!.ports = ['8081:80']),
    touches: ['web'],
    stops: ['load-balancer-type'],
  },
  {
    name: 'put a proxy in front of web (the proxy takes port 80)',
    edit: (c) => {
      s(c).proxy = { image: 'nginx:1.27', ports: ['80:8080'] };
      s(c).web!.ports = [];
    },
    touches: ['web', 'proxy'],
  },
  {
    name: 'rename a routed service with a fixed rule priority',
    edit: (c) => {
      s(c).api!.ports = [{ target: 8080, published: 80, 'x-aws-route': { path: '/api', priority: 10 } }];
      rename(c, 'api', 'backend');
    },
    touches: ['api', 'backend', 'web'],
  },
  {
    name: 'rename api to backend, keeping api as a network alias',
    edit: (c) => {
      rename(c, 'api', 'backend');
      s(c).backend!.networks = { default: { aliases: ['api'] } };
    },
    touches: ['api', 'backend'],
    stops: ['name-taken'],
  },
  {
    name: 'make worker a sidecar of api',
    edit: (c) => (s(c).worker!['x-aws-sidecar_of'] = 'api'),
    touches: ['api', 'worker'],
    stops: ['name-taken'],
  },
  {
    name: 'change the volume performance_mode',
    edit: (c) => (c.volumes.dbdata = { driver_opts: { performance_mode: 'maxIO' } }),
    touches: ['db'],
    stops: ['data-replaced'],
  },
  {
    name: 'change the volume performance_mode, allowed',
    edit: (c) => (c.volumes.dbdata = { driver_opts: { performance_mode: 'maxIO' } }),
    touches: ['db'],
    allow: ['dbdata'],
  },
  {
    name: 'change the volume root_directory',
    edit: (c) => (c.volumes.dbdata = { driver_opts: { root_directory: '/pg' } }),
    touches: ['db'],
    stops: ['data-replaced'],
  },
  {
    name: 'change the volume owner (uid), same path',
    edit: (c) => (c.volumes.dbdata = { driver_opts: { uid: '999', gid: '999' } }),
    touches: ['db'],
  },
  {
    name: 'put worker and db on a backend network',
    edit: (c) => {
      c.networks = { backend: {} };
      s(c).worker!.networks = ['default', 'backend'];
      s(c).db!.networks = ['default', 'backend'];
    },
    touches: ['worker', 'db'],
  },
  {
    name: 'add a secret to api',
    edit: (c) => {
      c.secrets.api_key = { environment: 'DB_PASSWORD' };
      s(c).api!.secrets = ['api_key'];
    },
    touches: ['api'],
  },
  { name: 'scale worker', edit: (c) => (s(c).worker!.deploy = { replicas: 3 }), touches: ['worker'] },
  {
    name: 'size api',
    edit: (c) => (s(c).api!.deploy = { resources: { limits: { cpus: '1', memory: '2G' } } }),
    touches: ['api'],
  },
  {
    name: 'change the api healthcheck',
    edit: (c) => (s(c).api!.healthcheck = { test: ['CMD-SHELL', 'curl -fsS http://localhost:8080/ready'] }),
    touches: ['api'],
  },
  {
    name: 'serve api over HTTP on port 80 instead of 8080 (protocol and port)',
    edit: (c) => (s(c).api!.ports = [{ target: 8080, published: 81, 'x-aws-protocol': 'http' }]),
    touches: ['api'],
  },
  {
    name: 'publish the database port (a TCP port flips the load balancer type)',
    edit: (c) => (s(c).db!.ports = ['5432:5432']),
    touches: ['db'],
    stops: ['load-balancer-type'],
  },
  {
    name: 'publish a TCP port and ask for a network load balancer explicitly',
    edit: (c) => {
      s(c).worker!.ports = ['9000:9000'];
      c['x-aws-loadbalancer_type'] = 'network';
    },
    touches: ['worker', 'web', 'api'],
  },
  {
    name: 'add an alias to worker',
    edit: (c) => (s(c).worker!.networks = { default: { aliases: ['jobs'] } }),
    touches: ['worker'],
  },
  { name: 'rename the project (same stack)', edit: () => {}, touches: [], projectName: 'boutique' },
];

/** The compose service a resource belongs to (its service tag or its logical-ID prefix). */
function ownerOf(id: string, r: Resource, services: string[]): string | undefined {
  const tags = (r.Properties?.Tags ?? []) as Array<{ Key: string; Value: string }>;
  const tagged = Array.isArray(tags) ? tags.find((t) => t.Key === SERVICE_TAG)?.Value : undefined;
  if (tagged) return tagged;
  return services.find((name) => id.startsWith(name[0]!.toUpperCase() + name.slice(1)));
}

type Fate = 'added' | 'removed' | 'updated' | 'replaced';
/** Tags (the project lives there) update in place without touching what runs; DependsOn is template order only. */
const TAGS = new Set(['Tags', 'FileSystemTags', 'AccessPointTags']);

function fates(before: Template, after: Template): Map<string, Fate> {
  const out = new Map<string, Fate>();
  for (const id of new Set([...Object.keys(before.Resources), ...Object.keys(after.Resources)])) {
    const a = before.Resources[id];
    const b = after.Resources[id];
    if (!a) out.set(id, 'added');
    else if (!b) out.set(id, 'removed');
    else {
      const changed = Object.keys({ ...a.Properties, ...b.Properties }).filter(
        (p) => !TAGS.has(p) && canonical(a.Properties?.[p]) !== canonical(b.Properties?.[p]),
      );
      if (!changed.length) continue;
      const createOnly = CREATE_ONLY[b.Type] ?? [];
      out.set(id, changed.some((p) => createOnly.includes(p)) ? 'replaced' : 'updated');
    }
  }
  return out;
}

/** Names AWS holds unique: a resource created under one while a deleted one holds it fails. */
function heldName(r: Resource): string | undefined {
  const p = r.Properties ?? {};
  if (r.Type === 'AWS::ElasticLoadBalancingV2::Listener') return `port ${canonical(p.Port)}`;
  if (r.Type === 'AWS::ElasticLoadBalancingV2::ListenerRule')
    return `rule ${canonical(p.ListenerArn)} ${canonical(p.Priority)}`;
  if (r.Type === 'AWS::ServiceDiscovery::Service') return `name ${canonical(p.Name)}`;
  if (r.Type === 'AWS::EC2::SecurityGroupIngress') {
    const { Description: _d, ...rule } = p;
    return `ingress ${canonical(rule)}`;
  }
  return undefined;
}

describe('the second deploy: common edits update in place, replace safely, or stop', () => {
  let before: ConvertResult;
  beforeAll(async () => {
    before = await converted(base());
  }, 60_000);

  it.each(EDITS.map((e) => [e.name, e] as const))('%s', async (_name, e) => {
    const compose = base();
    e.edit(compose);
    const next = await converted(compose, e.projectName);
    // What the plan sends: the template reconciled with the deployed one.
    const after = keepDeployed(before.template, next.template).template;
    const fate = fates(before.template, after);
    const findings = dayTwoFindings(before.template, after, {
      ...(next.loadBalancer ? { loadBalancer: next.loadBalancer } : {}),
      allowVolumeReplacement: e.allow ?? [],
    });
    const stops = [...new Set(findings.filter((f) => f.blocking).map((f) => f.kind))];
    expect(stops).toEqual(e.stops ?? []);
    for (const f of findings)
      expect(f.message).toMatch(/Deploy in two steps|allow-volume-replacement|x-aws-loadbalancer_type/);
    if (e.stops?.length) return;

    // No resource created under a name a deleted one still holds.
    const deleted = new Set<string>();
    for (const [id, f] of fate)
      if (f === 'removed' || f === 'replaced') {
        const held = heldName(before.template.Resources[id]!);
        if (held) deleted.add(held);
      }
    for (const [id, f] of fate)
      if (f === 'added' || f === 'replaced')
        expect([id, deleted.has(heldName(after.Resources[id]!) ?? '')]).toEqual([id, false]);

    // No data-bearing resource replaced unless allowed.
    for (const [id, f] of fate)
      if (f === 'replaced' && after.Resources[id]!.Type.startsWith('AWS::EFS::FileSystem'))
        expect(e.allow ?? []).toContain('dbdata');

    // No churn: the services the edit does not touch keep their task definitions and services.
    const services = [...Object.keys(base().services), ...Object.keys(compose.services)];
    for (const [id, f] of fate) {
      const r = after.Resources[id] ?? before.template.Resources[id]!;
      if (!['AWS::ECS::TaskDefinition', 'AWS::ECS::Service', 'AWS::EFS::FileSystem'].includes(r.Type))
        continue;
      const owner = ownerOf(id, r, services);
      if (owner && !e.touches.includes(owner)) expect([id, f]).toEqual([id, undefined]);
    }
    // A project rename (the stack keeps its name) changes nothing but tags.
    if (e.projectName) expect([...fate]).toEqual([]);
  });
});

describe('what the plan says and what stops a deploy', () => {
  const finding = (blocking: boolean): DayTwoFinding => ({
    kind: 'data-replaced',
    resource: 'DbdataFilesystem',
    volume: 'dbdata',
    message: 'volume dbdata: its file system is replaced (PerformanceMode cannot change in place)',
    blocking,
  });

  it("puts every finding into the plan's security-sensitive section, flagged when it stops the deploy", () => {
    const diff = diffTemplates(undefined, { AWSTemplateFormatVersion: '2010-09-09', Resources: {} });
    diff.security.unshift(...findingLines([finding(true), { ...finding(false), resource: 'Other' }]));
    const text = renderMarkdown({
      mode: 'plan',
      project: 'shop',
      stackName: 'shop',
      hasChanges: true,
      changeSetType: 'UPDATE',
      changes: [],
      images: [],
      warnings: [],
      diff,
    });
    expect(text).toContain('Security-sensitive changes');
    expect(text).toContain(
      '- ⛔ volume dbdata: its file system is replaced (PerformanceMode cannot change in place) — ⚠️ **stops the deploy before it executes**',
    );
    expect(text).toMatch(
      /- ⛔ volume dbdata: its file system is replaced \(PerformanceMode cannot change in place\)\n/,
    );
  });

  it('stops a deploy only on a blocking finding, naming each', () => {
    expect(secondDeployStop([finding(false)])).toBeUndefined();
    const stop = secondDeployStop([finding(true), finding(false)])!;
    expect(stop).toBeInstanceOf(UserError);
    expect(stop.message).toBe(
      'the deploy stops before executing (nothing was changed):\n  - volume dbdata: its file system is replaced (PerformanceMode cannot change in place)',
    );
  });

  it('names the retained file system by its id, and leaves a stack given a retained one alone', async () => {
    const before = await converted(base());
    const compose = base();
    compose.volumes.dbdata = { driver_opts: { performance_mode: 'maxIO' } };
    const after = (await converted(compose)).template;
    const [f] = dayTwoFindings(before.template, after, { physicalIds: { DbdataFilesystem: 'fs-0abc' } });
    expect(f!.message).toContain('the data stays on the retained one, fs-0abc');
    expect(f!.message).toContain('--allow-volume-replacement dbdata');
    expect(
      dayTwoFindings(before.template, after, { parameters: { DbdataFilesystemRetainedId: 'fs-0old' } }),
    ).toEqual([]);
  });
});
