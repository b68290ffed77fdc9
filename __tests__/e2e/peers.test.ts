// The README's commands share the local peers through scripts/peers/with-peers.sh: peers already running
// are used and left running, the ones a run starts are stopped when it ends, and a port taken by something
// else is explained. This suite runs inside such a run (npm test), so the nested runs below hold the lock.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './support.js';
import { processAlive as alive } from '../support/processes.js';

const PEERS = ['moto', 'registry', 'podman', 'dockerd'];
const pid = (name: string) => Number(readFileSync(join(root, '.peers', `${name}.pid`), 'utf8'));
const bash = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile('bash', args, { cwd: root, env: { ...process.env, ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

describe('with-peers.sh', () => {
  afterAll(async () => {
    // Whatever a failed assertion left stopped, the rest of the suite needs.
    await bash(['scripts/peers/start.sh']);
  });

  it('uses peers that are already running, gives their environment, and leaves them running', async () => {
    const before = Object.fromEntries(PEERS.map((n) => [n, pid(n)]));
    const run = await bash(['scripts/peers/with-peers.sh', 'printenv', 'AWS_ENDPOINT_URL']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    for (const name of PEERS) {
      expect(pid(name)).toBe(before[name]);
      expect(alive(before[name]!)).toBe(true);
    }
  });

  it('stops the peers it started, and only those, also when the command fails', async () => {
    await bash(['scripts/peers/stop.sh', 'registry']);
    const moto = pid('moto');
    const run = await bash(['scripts/peers/with-peers.sh', 'bash', '-c', 'cat .peers/registry.pid; exit 3']);
    expect(run.code).toBe(3);
    const started = Number(run.stdout.trim());
    expect(started).toBeGreaterThan(0);
    expect(alive(started)).toBe(false);
    expect(run.stderr).toContain(`stopping registry (pid ${started})`);
    expect(run.stderr).not.toMatch(/stopping (moto|podman|dockerd)/);
    expect(alive(moto)).toBe(true);
    await bash(['scripts/peers/start.sh']);
  });

  it('explains a port taken by something this clone did not start', async () => {
    const state = await mkdtemp(join(tmpdir(), 'peers-state-'));
    const server = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const port = (server.address() as AddressInfo).port;
      const run = await bash(['scripts/peers/start.sh'], {
        COMPOSE_ECS_PEERS_STATE: state,
        MOTO_PORT: String(port),
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`cannot start moto_server: port ${port} is already taken by`);
      expect(run.stderr).toContain('npm run peers:stop');
      expect(run.stderr).toContain('MOTO_PORT');
    } finally {
      server.close();
      await rm(state, { recursive: true, force: true });
    }
  });
});
