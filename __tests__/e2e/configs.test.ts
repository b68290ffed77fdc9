// The configs init container as a task runs it: the template's own script and mounts, in the busybox
// image, with the values ECS would inject (read back from SSM Parameter Store, where the deploy stored
// them), writes the files the main container then reads. moto runs no tasks, so Docker (the peers' dockerd)
// does; `podman run` cannot here (runc may not set the rlimits podman asks for: "operation not permitted").
import { GetParametersCommand, SSMClient } from '@aws-sdk/client-ssm';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_IMAGE, buildBaseImage, engineEnvironment } from '../../scripts/local/build-fixture.js';
import { templateValues, type TemplateDocument } from '../../scripts/local/template-values.js';
import { createAwsEdge } from '../../src/aws/sdk-edge.js';
import type { LoadedProject } from '../../src/compose/model.js';
import { writeFileConfigs } from '../../src/deploy/file-configs.js';
import { StreamLogger } from '../../src/log.js';
import { configChunks, storedConfigPrefix } from '../../src/template/configs.js';
import { convert } from '../../src/template/convert.js';
import { fixtures } from '../template/fixtures.js';
import { loadShopExample, shopDir } from '../template/shop-example.js';
import { localAws } from './support.js';

const STACK = 'configs-e2e';
const STACK_CONTEXT = { stackName: STACK, region: 'us-east-1', account: '123456789012', parameters: {} };

interface Container {
  Name: string;
  Command: string[];
  MountPoints: Array<{ ContainerPath: string; SourceVolume: string }>;
  Secrets?: Array<{ Name: string; ValueFrom: string }>;
}

let aws: Awaited<ReturnType<typeof localAws>>;
beforeAll(async () => {
  aws = await localAws();
  Object.assign(process.env, aws.env, engineEnvironment('buildkit', aws.env));
  await buildBaseImage('buildkit', aws.env);
});

/** The init container of a task definition in the template of a project, as ECS gets it for the stack. */
function initContainer(loaded: LoadedProject, taskDefinition: string): Container {
  const { template } = convert(loaded);
  const { value } = templateValues(template as unknown as TemplateDocument, STACK_CONTEXT);
  const td = value(template.Resources[taskDefinition]) as {
    Properties: { ContainerDefinitions: Container[] };
  };
  return td.Properties.ContainerDefinitions.find((c) => c.Name === 'compose-configs-init')!;
}

/** The SSM parameter name a valueFrom (a parameter's ARN) names. */
function parameterName(arn: string): string {
  return `/${arn.split(':parameter/')[1]}`;
}

/** Runs the init container with the given values for its Secrets; returns the host directory of each volume. */
async function runInit(init: Container, values: Record<string, string>): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'configs-init-'));
  const volumes: Record<string, string> = {};
  const args = ['run', '--rm', '--network', 'none'];
  for (const m of init.MountPoints) {
    volumes[m.SourceVolume] = join(dir, m.SourceVolume);
    await mkdir(volumes[m.SourceVolume]!);
    args.push('-v', `${volumes[m.SourceVolume]}:${m.ContainerPath}`);
  }
  // `-e NAME` passes the value through the environment, as ECS does, never on a command line.
  for (const s of init.Secrets ?? []) args.push('-e', s.Name);
  args.push('--entrypoint', 'sh', BASE_IMAGE, '-c', init.Command[0]!);
  execFileSync(join(aws.env.COMPOSE_ECS_DOCKERD_BIN!, 'docker'), args, {
    env: { ...process.env, ...values },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return volumes;
}

describe('the configs init container, run as a task would run it', () => {
  it('writes the example proxy its nginx.conf, read from the parameters the deploy stored', async () => {
    const loaded = await loadShopExample();
    const edge = createAwsEdge();
    await writeFileConfigs(loaded.project, STACK, {
      parameters: edge.parameters,
      logger: new StreamLogger(() => {}),
    });
    const init = initContainer(loaded, 'ProxyTaskDefinition');
    const names = init.Secrets!.map((s) => parameterName(s.ValueFrom));
    expect(names.every((n) => n.startsWith(storedConfigPrefix(STACK)))).toBe(true);
    const out = await new SSMClient(aws.config).send(new GetParametersCommand({ Names: names }));
    expect(out.InvalidParameters ?? []).toEqual([]);
    const byName = new Map(out.Parameters!.map((p) => [p.Name!, p.Value!]));
    const values = Object.fromEntries(
      init.Secrets!.map((s) => [s.Name, byName.get(parameterName(s.ValueFrom))!]),
    );

    const volumes = await runInit(init, values);
    const written = join(volumes['proxy-configs']!, 'default.conf');
    expect(await readFile(written, 'utf8')).toBe(await readFile(join(shopDir, 'proxy/nginx.conf'), 'utf8'));
    expect((await stat(written)).mode & 0o7777).toBe(0o444);
  });

  it('reassembles chunked content exactly and sets each file’s mode and owner', async () => {
    const f = fixtures.find((x) => x.name === 'configs')!;
    const init = initContainer(f.loaded, 'ProxyTaskDefinition');
    // The values the deploy would store, by parameter name.
    const stored = new Map(
      Object.values(f.loaded.project.configs).flatMap((d) =>
        configChunks(d).flatMap((x) =>
          x.chunks.map((c) => [`${storedConfigPrefix(STACK)}${c.name}`, c.value]),
        ),
      ),
    );
    const values = Object.fromEntries(
      init.Secrets!.map((s) => [s.Name, stored.get(parameterName(s.ValueFrom))!]),
    );
    expect(Object.keys(values).length).toBeGreaterThan(3);

    const volumes = await runInit(init, values);
    const file = (volume: string, name: string) => join(volumes[volume]!, name);
    const { configs } = f.loaded.project;
    expect(await readFile(file('proxy-configs-1', 'default.conf'), 'utf8')).toBe(
      configs.site!.files![0]!.content,
    );
    expect(await readFile(file('proxy-configs-1', 'upstreams.conf'), 'utf8')).toBe(
      configs.upstreams!.files![0]!.content,
    );
    expect(await readFile(file('proxy-configs-2', 'banner.txt'), 'utf8')).toBe('héllo ✓\n');
    const upstreams = await stat(file('proxy-configs-1', 'upstreams.conf'));
    expect([upstreams.mode & 0o7777, upstreams.uid, upstreams.gid]).toEqual([0o440, 101, 101]);
    expect((await stat(file('proxy-configs-1', 'default.conf'))).mode & 0o7777).toBe(0o444);
  });
});
