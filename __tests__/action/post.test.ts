// The post step's contract with the main step: what an engine records is saved as action state, read back
// in the post step, and cleaned up (logout through the engine's own CLI and config, then the directory).
import { access, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEFTOVERS_STATE, savedLeftovers, stateLedger } from '../../src/action/leftover-state.js';
import { postCleanup } from '../../src/action/post-cleanup.js';
import type { EngineLeftovers, Run } from '../../src/images/leftovers.js';

const REGISTRY = '123456789012.dkr.ecr.us-east-1.amazonaws.com';

async function engineDir(): Promise<EngineLeftovers> {
  const dir = await mkdtemp(join(tmpdir(), 'compose-ecs-engine-'));
  await writeFile(join(dir, 'config.json'), '{"auths":{}}');
  return { dir, program: 'docker', env: { DOCKER_CONFIG: dir }, registries: [REGISTRY] };
}

/** A stand-in for the engine CLI: records each call, answers with the exit code given. */
function recordingRun(exitCode = 0) {
  const calls: Array<{ file: string; args: string[]; env?: Record<string, string> }> = [];
  const run: Run = async (file, args, options) => {
    calls.push({ file, args, env: options.env });
    return { exitCode, stdout: '', stderr: exitCode ? `Error: not logged into ${REGISTRY}` : '' };
  };
  return { calls, run };
}

const gone = (dir: string) =>
  access(dir).then(
    () => false,
    () => true,
  );

describe('the state the main step saves for the post step', () => {
  it('always holds every engine not yet cleaned up, and the post step reads back exactly that', () => {
    const state = new Map<string, string>();
    const ledger = stateLedger((name, value) => state.set(name, value));
    const a: EngineLeftovers = {
      dir: '/tmp/a',
      program: 'podman',
      env: { REGISTRY_AUTH_FILE: '/tmp/a/auth.json' },
      registries: [],
    };
    ledger.update('a', a);
    ledger.update('b', {
      dir: '/tmp/b',
      program: 'docker',
      env: { DOCKER_CONFIG: '/tmp/b' },
      registries: [],
    });
    a.registries.push(REGISTRY);
    ledger.update('a', a);
    const read = () => savedLeftovers((name) => state.get(name) ?? '');
    expect(read()).toEqual([
      { ...a, registries: [REGISTRY] },
      { dir: '/tmp/b', program: 'docker', env: { DOCKER_CONFIG: '/tmp/b' }, registries: [] },
    ]);
    ledger.update('a', undefined);
    ledger.update('b', undefined);
    expect(state.get(LEFTOVERS_STATE)).toBe('[]');
    expect(read()).toEqual([]);
  });

  it('a missing or damaged state is nothing to clean up, not a crash', () => {
    expect(savedLeftovers(() => '')).toEqual([]);
    expect(savedLeftovers(() => '{not json')).toEqual([]);
    expect(
      savedLeftovers(() => '[{"dir":"","program":"docker","env":{},"registries":[]},{"dir":"/x"}]'),
    ).toEqual([]);
  });
});

describe('postCleanup', () => {
  it("logs out of each registry with the engine's own config, then removes the directory", async () => {
    const leftovers = await engineDir();
    const { calls, run } = recordingRun();
    const lines: string[] = [];
    await postCleanup(
      [leftovers],
      { info: (m) => lines.push(m), warning: (m) => lines.push(`warning: ${m}`) },
      run,
    );
    expect(calls).toEqual([
      { file: 'docker', args: ['logout', REGISTRY], env: { DOCKER_CONFIG: leftovers.dir } },
    ]);
    expect(await gone(leftovers.dir)).toBe(true);
    expect(lines).toEqual([`removed ${leftovers.dir} after logging out of ${REGISTRY}`]);
  });

  it('a logout that fails (a login the kill interrupted) is noted, and the directory still goes', async () => {
    const leftovers = await engineDir();
    const { run } = recordingRun(125);
    const lines: string[] = [];
    await postCleanup(
      [leftovers],
      { info: (m) => lines.push(m), warning: (m) => lines.push(`warning: ${m}`) },
      run,
    );
    expect(await gone(leftovers.dir)).toBe(true);
    expect(lines[0]).toBe(`docker logout ${REGISTRY}: Error: not logged into ${REGISTRY}`);
  });

  it('a directory the main step already removed needs no logout', async () => {
    const leftovers = await engineDir();
    const { calls, run } = recordingRun();
    await postCleanup([leftovers], { info: () => undefined, warning: () => undefined }, run);
    const lines: string[] = [];
    await postCleanup([leftovers], { info: (m) => lines.push(m), warning: (m) => lines.push(m) }, run);
    expect(calls).toHaveLength(1);
    expect(lines).toEqual([`${leftovers.dir} is already gone`]);
  });

  it('says when there was nothing to do', async () => {
    const lines: string[] = [];
    await postCleanup([], { info: (m) => lines.push(m), warning: (m) => lines.push(m) });
    expect(lines).toEqual(['nothing to clean up: the main step removed its registry credentials itself']);
  });
});
