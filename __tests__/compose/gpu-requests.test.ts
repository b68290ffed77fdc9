// GPU requests (issue 26): `gpus:` and `deploy.resources.reservations.devices` decode into a count (or
// `all`), x-aws-instance_type is checked against the listed types and the service's needs, and what ECS
// cannot honour is refused at load time with its file, line and field.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cheapestFit } from '../../src/compose/gpu-instances.js';
import { gpuRequest } from '../../src/compose/gpu-request.js';
import { gpuInstanceFor } from '../../src/compose/gpu-rules.js';
import { loadProject } from '../../src/compose/load.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';

async function load(text: string) {
  const dir = await mkdtemp(join(tmpdir(), 'gpu-'));
  try {
    await writeFile(join(dir, 'compose.yaml'), text);
    return await loadProject({ files: [], environment: {}, workingDir: dir, projectName: 'ml' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
async function errorsOf(text: string): Promise<string[]> {
  try {
    await load(text);
  } catch (err) {
    if (err instanceof UserError) return err.diagnostics.map(formatDiagnostic);
    throw err;
  }
  throw new Error('expected the project to be refused');
}
const trainer = (body: string) => `services:\n  trainer:\n    image: trainer\n${body}`;
const devices = (item: string, extra = '') =>
  trainer(
    `${extra}    deploy:\n      resources:\n        reservations:\n          devices:\n            - ${item}\n`,
  );

describe('GPU requests', () => {
  it.each([
    ['{ capabilities: [gpu], count: 2 }', 2],
    ['{ capabilities: [gpu, utility], driver: nvidia, count: 1 }', 1],
    ['{ capabilities: [gpu], count: all }', 'all'],
    ['{ capabilities: [gpu] }', 'all'], // compose: no count and no device_ids takes every GPU
  ])('devices %s reserves %j', async (item, count) => {
    const { project } = await load(devices(item));
    expect(gpuRequest(project.services.trainer!)).toEqual({
      count,
      at: ['services', 'trainer', 'deploy', 'resources', 'reservations', 'devices'],
    });
  });

  it.each([
    ['gpus: all', 'all'],
    ['gpus:\n      - count: 2\n        driver: nvidia', 2],
    ['gpus:\n      - count: 1\n      - count: 1', 2],
  ])('service-level %s reserves %j', async (text, count) => {
    const { project } = await load(trainer(`    ${text}\n`));
    expect(gpuRequest(project.services.trainer!)).toEqual({ count, at: ['services', 'trainer', 'gpus'] });
  });

  it('deploy devices win over the gpus: short form, as deploy wins over the other shorthands', async () => {
    const { project } = await load(devices('{ capabilities: [gpu], count: 1 }', '    gpus: all\n'));
    expect(gpuRequest(project.services.trainer!)?.count).toBe(1);
  });

  it('a service without GPUs asks for none', async () => {
    const { project } = await load(trainer('    cpus: 2\n'));
    expect(gpuRequest(project.services.trainer!)).toBeUndefined();
  });

  it('refuses device_ids, other capabilities, other drivers and device limits, each at its field', async () => {
    expect(await errorsOf(devices("{ capabilities: [gpu], device_ids: ['0'] }"))).toEqual([
      expect.stringMatching(
        /^compose\.yaml:8:\d+ services\.trainer\.deploy\.resources\.reservations\.devices\[0\]\.device_ids: ECS reserves GPUs by count, not by device id/,
      ),
    ]);
    expect(await errorsOf(trainer("    gpus:\n      - device_ids: ['1']\n"))).toEqual([
      expect.stringMatching(/services\.trainer\.gpus\[0\]\.device_ids: ECS reserves GPUs by count/),
    ]);
    expect(await errorsOf(devices('{ capabilities: [tpu] }'))).toEqual([
      expect.stringMatching(
        /devices\[0\]\.capabilities: ECS tasks can reserve GPUs only; capabilities \["tpu"\]/,
      ),
    ]);
    expect(await errorsOf(devices('{ capabilities: [gpu], driver: amd }'))).toEqual([
      expect.stringMatching(/devices\[0\]\.driver: the ECS GPU-optimized AMI has NVIDIA drivers only/),
    ]);
    expect(
      await errorsOf(trainer('    deploy:\n      resources:\n        limits:\n          devices: []\n')),
    ).toEqual([expect.stringMatching(/limits\.devices: devices are reserved, not limited/)]);
  });

  it('refuses a GPU service on arm64 and a GPU service on x-aws-capacity', async () => {
    expect(await errorsOf(trainer('    platform: linux/arm64\n    gpus: all\n'))).toEqual([
      expect.stringMatching(
        /^compose\.yaml:4:\d+ services\.trainer\.platform: trainer reserves GPUs, and the ECS GPU-optimized AMI runs on x86_64 only/,
      ),
    ]);
    expect(await errorsOf(trainer('    gpus: all\n    x-aws-capacity: spot\n'))).toEqual([
      expect.stringMatching(
        /services\.trainer\.x-aws-capacity: trainer reserves GPUs and runs on EC2 instances/,
      ),
    ]);
  });

  it('chooses the cheapest listed type that fits GPUs, CPU and memory', async () => {
    const pick = async (body: string) =>
      gpuInstanceFor((await load(trainer(body))).project.services.trainer!).type?.name;
    expect(await pick('    gpus: all\n')).toBe('g4dn.xlarge');
    expect(await pick('    gpus: all\n    cpus: 6\n')).toBe('g4dn.2xlarge');
    expect(await pick('    gpus:\n      - count: 2\n')).toBe('g4dn.12xlarge');
    expect(await pick('    gpus:\n      - count: 8\n')).toBe('g4dn.metal');
    expect(await pick('    gpus: all\n    x-aws-instance_type: g6.xlarge\n')).toBe('g6.xlarge');
    expect(cheapestFit({ gpus: 1, cpus: 4, memoryBytes: 15 * 2 ** 30 })?.name).toBe('g4dn.2xlarge');
  });

  it('x-aws-instance_type: an unknown type, one too small, or one on a service without GPUs is an error', async () => {
    expect(await errorsOf(trainer('    gpus: all\n    x-aws-instance_type: p3.2xlarge\n'))).toEqual([
      expect.stringMatching(
        /x-aws-instance_type: x-aws-instance_type p3\.2xlarge is not one of the GPU instance types/,
      ),
    ]);
    expect(
      await errorsOf(trainer('    mem_limit: 20g\n    gpus: all\n    x-aws-instance_type: g5.xlarge\n')),
    ).toEqual([
      expect.stringMatching(
        /x-aws-instance_type: g5\.xlarge leaves tasks 14745 MiB of its 16 GiB, 20480 MiB are asked for/,
      ),
    ]);
    expect(await errorsOf(trainer('    x-aws-instance_type: g5.xlarge\n'))).toEqual([
      expect.stringMatching(/x-aws-instance_type applies to services that reserve GPUs/),
    ]);
    expect(await errorsOf(trainer('    gpus:\n      - count: 16\n'))).toEqual([
      expect.stringMatching(
        /services\.trainer\.gpus: no listed GPU instance type fits trainer \(g5\.48xlarge has 8 GPUs, 16 are asked for\)/,
      ),
    ]);
  });
});
