// Build-secret files are private, live where the runner removes them whatever happens to the step, and
// are gone after the build.
import { mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject } from '../../src/compose/load.js';
import { prepareBuild, type BuiltService } from '../../src/images/prepare-build.js';

/** The web service of a project whose build has an inline Dockerfile and a secret from the environment. */
async function service(dir: string): Promise<BuiltService> {
  await writeFile(
    join(dir, 'compose.yaml'),
    [
      'name: shop',
      'services:',
      '  web:',
      '    build:',
      '      context: .',
      '      dockerfile_inline: FROM scratch',
      '      secrets: [npm_token]',
      'secrets:',
      '  npm_token:',
      '    environment: NPM_TOKEN',
      '',
    ].join('\n'),
  );
  const { project } = await loadProject({ files: [], workingDir: dir, environment: { NPM_TOKEN: 'x' } });
  return project.services.web as BuiltService;
}

describe('prepareBuild', () => {
  const saved = process.env.RUNNER_TEMP;
  afterEach(() => {
    if (saved === undefined) delete process.env.RUNNER_TEMP;
    else process.env.RUNNER_TEMP = saved;
  });

  it('writes an environment build secret 0600 under RUNNER_TEMP, which the runner empties after the job', async () => {
    const runnerTemp = await mkdtemp(join(tmpdir(), 'runner-temp-'));
    process.env.RUNNER_TEMP = runnerTemp;
    const project = await mkdtemp(join(tmpdir(), 'project-'));
    const prepared = await prepareBuild(await service(project), {
      repository: 'shop/web',
      repositoryUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/web',
      projectName: 'shop',
      cache: false,
      environment: { NPM_TOKEN: 'npm-secret' },
      secrets: { npm_token: { environment: 'NPM_TOKEN' } },
    });
    const [secret] = prepared.request.secrets!;
    expect(secret!.file.startsWith(join(runnerTemp, 'compose-ecs-build-'))).toBe(true);
    expect(await readFile(secret!.file, 'utf8')).toBe('npm-secret');
    expect((await stat(secret!.file)).mode & 0o777).toBe(0o600);
    expect(prepared.request.dockerfile.startsWith(join(runnerTemp, 'compose-ecs-build-'))).toBe(true);

    await prepared.cleanup();
    expect(await readdir(runnerTemp)).toEqual([]);
  });
});
