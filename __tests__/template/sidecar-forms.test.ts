// docs/mapping.md promises that `x-aws-sidecar_of: <service>` and compose's own `network_mode: service:<service>`
// make the same task (issue 15). This reads that row of the mapping table and checks each claim for both forms,
// from compose text through the loader and the converter.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject } from '../../src/compose/load.js';
import { UserError } from '../../src/errors.js';
import { convert } from '../../src/template/convert.js';

type Resource = { Type: string; Properties: Record<string, unknown> };
type Container = { Name: string; DependsOn?: unknown[]; PortMappings?: Array<{ ContainerPort: number }> };

const mapping = readFileSync(join(import.meta.dirname, '../../docs/mapping.md'), 'utf8');
const row = mapping.split('\n').find((l) => l.startsWith('| `x-aws-sidecar_of'))!;

// A web service with an envoy sidecar that publishes the port, waits for web to start, and is reached on localhost.
const project = (sidecarLine: string, extra = '') => `services:
  web:
    image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web@sha256:${'a'.repeat(64)}
    healthcheck:
      test: ["CMD", "wget", "-qO-", "localhost:8080/health"]
  proxy:
    image: envoyproxy/envoy:v1.31.0
    ${sidecarLine}
    ports: ["80:10000"]
    depends_on:
      web:
        condition: service_healthy
${extra}`;
const FORMS = {
  'x-aws-sidecar_of': 'x-aws-sidecar_of: web',
  'network_mode: service:': 'network_mode: "service:web"',
};

async function load(text: string) {
  const dir = await mkdtemp(join(tmpdir(), 'sidecar-forms-'));
  try {
    await writeFile(join(dir, 'compose.yaml'), text);
    return await loadProject({ files: [], environment: {}, workingDir: dir, projectName: 'shop' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
const resources = (template: unknown) =>
  Object.entries((template as { Resources: Record<string, Resource> }).Resources);
const ofType = (template: unknown, type: string) => resources(template).filter(([, r]) => r.Type === type);

describe('sidecars: the mapping table row, for both forms', () => {
  it('the row names both forms and the claims checked here', () => {
    expect(row).toContain('`x-aws-sidecar_of: <service>` / `network_mode: service:<service>`');
    expect(row).toMatch(/container of `<service>`'s task/);
    expect(row).toMatch(/shared network namespace, `localhost`/);
    expect(row).toMatch(/no chains/);
  });

  it.each(Object.entries(FORMS))(
    '%s: one task, localhost, depends_on and ports through the main service',
    async (_form, line) => {
      const { template, warnings } = convert(await load(project(line)));
      // "container of <service>'s task": one task definition and one ECS service, both containers in it.
      const tasks = ofType(template, 'AWS::ECS::TaskDefinition');
      expect(tasks).toHaveLength(1);
      expect(ofType(template, 'AWS::ECS::Service')).toHaveLength(1);
      // (The init container that writes the DNS search domain runs first in every task: discovery.ts.)
      const containers = (tasks[0]![1].Properties.ContainerDefinitions as Container[]).filter(
        (c) => c.Name !== 'compose-dns-search',
      );
      expect(containers.map((c) => c.Name)).toEqual(['web', 'proxy']);
      // "shared network namespace, localhost": awsvpc, one namespace for the task's containers.
      expect(tasks[0]![1].Properties.NetworkMode).toBe('awsvpc');
      // The sidecar's depends_on condition becomes a container dependency inside the task.
      expect(containers[1]!.DependsOn).toContainEqual({ ContainerName: 'web', Condition: 'HEALTHY' });
      // Its published port is served by the main service, with the sidecar as the target container.
      expect(containers[1]!.PortMappings?.map((p) => p.ContainerPort)).toEqual([10000]);
      const service = ofType(template, 'AWS::ECS::Service')[0]![1];
      expect(service.Properties.LoadBalancers).toEqual([
        expect.objectContaining({ ContainerName: 'proxy', ContainerPort: 10000 }),
      ]);
      expect(warnings.map((w) => w.message)).not.toContainEqual(
        expect.stringContaining('networks are ignored'),
      );
    },
  );

  it('both forms give the same template', async () => {
    const [a, b] = await Promise.all(
      Object.values(FORMS).map(async (line) => convert(await load(project(line))).body),
    );
    expect(b).toBe(a);
  });

  it.each(Object.entries(FORMS))(
    '%s: "no chains" — a sidecar of a sidecar is refused with its place',
    async (_form, line) => {
      const chained = project(
        line,
        `  agent:\n    image: datadog/agent:7\n    ${line.replace('web', 'proxy')}\n`,
      );
      let error: unknown;
      try {
        convert(await load(chained));
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(UserError);
      const [d] = (error as UserError).diagnostics;
      expect(d?.message).toMatch(/sidecar of proxy, which is itself a sidecar/);
      expect(d?.location?.file).toBe('compose.yaml');
    },
  );
});
