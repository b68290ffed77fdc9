// The images step (images/build-and-push.ts: build, push, pin to the digest) through the typed fakes of the registry edge
// and a fake engine: what it creates, what it builds, and what it skips when the registry has the image.
import type { Repository } from '@aws-sdk/client-ecr';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NotFound } from '../../src/aws/failures.js';
import { loadProject } from '../../src/compose/load.js';
import type { ContainerEngine } from '../../src/images/engine.js';
import { BUILDKIT_CAPABILITIES } from '../../src/images/engines/buildkit.js';
import { buildAndPushImages } from '../../src/images/build-and-push.js';
import { StreamLogger } from '../../src/log.js';
import { fakeEdge } from '../support/fake-edge.js';

const REGISTRY = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
const DIGEST = `sha256:${'b'.repeat(64)}`;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pin-'));
  await writeFile(join(dir, 'Dockerfile'), 'FROM scratch\n');
  await writeFile(
    join(dir, 'compose.yaml'),
    'name: shop\nservices:\n  web:\n    build: .\n  db:\n    image: postgres:16\n',
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function setup(registryHas: boolean) {
  const built: string[] = [];
  const engine: ContainerEngine = {
    name: 'buildkit',
    description: 'a fake engine',
    capabilities: BUILDKIT_CAPABILITIES,
    login: async () => undefined,
    buildAndPush: async (request) => {
      built.push(request.tags[0]!);
      return DIGEST;
    },
    dispose: async () => undefined,
  };
  const aws = fakeEdge({
    registry: {
      authorizationToken: async () => ({
        token: Buffer.from('AWS:secret-password').toString('base64'),
        endpoint: `https://${REGISTRY}`,
      }),
      repositories: async () => {
        if (!registryHas)
          throw new NotFound('ECR.DescribeRepositories', 'RepositoryNotFoundException', 'missing');
        return [{ repositoryName: 'shop/web', repositoryUri: `${REGISTRY}/shop/web` } as Repository];
      },
      createRepository: async ({ name }) => ({ repositoryName: name, repositoryUri: `${REGISTRY}/${name}` }),
      // What was pushed is there afterwards (the step checks the push landed).
      manifestDigest: async () => (registryHas || built.length ? DIGEST : undefined),
    },
  });
  return { engine, aws, built };
}

describe('buildAndPushImages', () => {
  it('creates the repository, builds and pushes what the registry lacks, and pins it to its digest', async () => {
    const { project } = await loadProject({ files: [], workingDir: dir, environment: {} });
    const { engine, aws, built } = setup(false);
    const lines: string[] = [];
    const result = await buildAndPushImages(project, {
      registry: aws.registry,
      engine,
      logger: new StreamLogger((l) => lines.push(l)),
    });
    expect(result.images).toEqual([
      { service: 'db', uri: 'postgres:16', pushed: false },
      expect.objectContaining({
        service: 'web',
        uri: `${REGISTRY}/shop/web@${DIGEST}`,
        digest: DIGEST,
        pushed: true,
      }),
    ]);
    expect(result.project.services.web!.image).toBe(`${REGISTRY}/shop/web@${DIGEST}`);
    expect(built).toEqual([expect.stringMatching(new RegExp(`^${REGISTRY}/shop/web:`))]);
    expect(aws.argsOf('registry.createRepository')).toEqual([
      [expect.objectContaining({ name: 'shop/web', mutableTags: ['buildcache'] })],
    ]);
    expect(lines.join('\n')).not.toContain('secret-password');
  });

  it('builds nothing when the registry already has the content tag', async () => {
    const { project } = await loadProject({ files: [], workingDir: dir, environment: {} });
    const { engine, aws, built } = setup(true);
    const result = await buildAndPushImages(project, {
      registry: aws.registry,
      engine,
      logger: new StreamLogger(() => {}),
    });
    expect(built).toEqual([]);
    expect(result.images.find((i) => i.service === 'web')).toMatchObject({
      uri: `${REGISTRY}/shop/web@${DIGEST}`,
      pushed: false,
    });
    expect(aws.log).not.toContain('registry.createRepository');
  });
});
