// x-aws-capacity: decoded once into { spot, onDemand, base }, with ECS's rules for a capacity provider
// strategy checked at load time, each error at its file, line and field.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject } from '../../src/compose/load.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';

async function load(text: string) {
  const dir = await mkdtemp(join(tmpdir(), 'capacity-ext-'));
  try {
    await writeFile(join(dir, 'compose.yaml'), text);
    return await loadProject({ files: [], environment: {}, workingDir: dir, projectName: 'shop' });
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
const withCapacity = (value: string) =>
  `services:\n  worker:\n    image: worker\n    x-aws-capacity: ${value}\n`;

describe('x-aws-capacity', () => {
  it.each([
    ['spot', { spot: 1, onDemand: 0, base: 0 }],
    ['on_demand', { spot: 0, onDemand: 1, base: 0 }],
    ['{ spot: 3, on_demand: 1, base: 2 }', { spot: 3, onDemand: 1, base: 2 }],
    ['{ spot: 2 }', { spot: 2, onDemand: 0, base: 0 }],
    ['{ spot: 0, on_demand: 1 }', { spot: 0, onDemand: 1, base: 0 }],
    ['{ spot: 1000, on_demand: 1000, base: 100000 }', { spot: 1000, onDemand: 1000, base: 100000 }],
  ])('%s decodes to %j', async (value, capacity) => {
    const { project } = await load(withCapacity(value));
    expect(project.services.worker!.aws).toEqual({ capacity });
  });

  it.each([
    ['preemptible', /x-aws-capacity: x-aws-capacity must be spot, on_demand or a mapping/],
    ['{ spot: 1001 }', /x-aws-capacity\.spot: spot must be an integer from 0 to 1000$/],
    ['{ spot: 1, on_demand: -1 }', /x-aws-capacity\.on_demand: on_demand must be an integer from 0 to 1000$/],
    [
      '{ spot: 1, on_demand: 1, base: 100001 }',
      /x-aws-capacity\.base: base must be an integer from 0 to 100000$/,
    ],
    ['{ spot: 1.5 }', /x-aws-capacity\.spot: spot must be an integer/],
    [
      '{ spot: 0, on_demand: 0 }',
      /x-aws-capacity: x-aws-capacity needs a weight above 0 for spot or on_demand/,
    ],
    [
      '{ spot: 3, base: 1 }',
      /x-aws-capacity\.base: base 1 puts tasks on on-demand Fargate, whose weight is 0/,
    ],
    ['[spot]', /x-aws-capacity: x-aws-capacity must be a mapping$/],
  ])('%s is a load error at its line and field', async (value, message) => {
    const errors = await errorsOf(withCapacity(value));
    expect(errors).toEqual([expect.stringMatching(/^compose\.yaml:4:\d+ services\.worker\.x-aws-capacity/)]);
    expect(errors[0]).toMatch(message);
  });

  it('warns about an unknown field where it was written, and keeps the rest', async () => {
    const { project, warnings } = await load(withCapacity('{ spot: 2, ondemand: 1 }'));
    expect(project.services.worker!.aws).toEqual({ capacity: { spot: 2, onDemand: 0, base: 0 } });
    expect(warnings.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /^compose\.yaml:4:\d+ services\.worker\.x-aws-capacity\.ondemand: unknown capacity field ondemand is ignored \(known: spot, on_demand, base\)$/,
      ),
    ]);
  });
});
