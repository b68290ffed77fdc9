// Shared setup for the end-to-end suite: the local peers' environment, the emulator's clients,
// a scratch copy of the example app, and Node 24 (what action.yml runs on).
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { peersEnv } from '../../scripts/local/runner.js';

export const root = resolve(import.meta.dirname, '../..');

export async function localAws() {
  const env = await peersEnv(root);
  const config = {
    endpoint: env.AWS_ENDPOINT_URL,
    region: env.AWS_REGION,
    credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! },
  };
  return { env, config, cfn: new CloudFormationClient(config) };
}

export async function resetEmulator(endpoint: string): Promise<void> {
  const response = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`moto reset failed: ${response.status}`);
}

/** A private copy of examples/shop that a test may edit. */
export async function scratchShop(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'compose-ecs-e2e-'));
  await cp(join(root, 'examples/shop'), join(dir, 'shop'), { recursive: true });
  return join(dir, 'shop');
}

let node24: string | undefined;
/** The Node 24 binary from the npm registry (GitHub runs the action on node24). */
export function node24Binary(): string {
  node24 ??= execFileSync('npx', ['-y', '-p', 'node@24', 'node', '-p', 'process.execPath'], {
    encoding: 'utf8',
  }).trim();
  return node24;
}
