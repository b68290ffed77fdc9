// bind-mounts-as-configs never publishes the repository's metadata: actions/checkout (persist-credentials,
// its default before v6) writes the job's token into .git/config, which lies inside the project directory.
// A fixture cannot hold a .git directory (git refuses to track one), so the project is written here.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject } from '../../src/compose/load.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';
import { bindMountPolicy } from '../../src/compose/bind-policy.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bind-git-'));
  await mkdir(join(dir, '.git'));
  await writeFile(
    join(dir, '.git/config'),
    '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3Rva2Vu\n',
  );
  await mkdir(join(dir, 'conf'));
  await writeFile(join(dir, 'conf/app.ini'), 'a=1\n');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function loadErrors(volumes: string[]): Promise<string[]> {
  const text = `services:\n  app:\n    image: app\n    volumes:\n${volumes.map((v) => `      - ${v}\n`).join('')}`;
  await writeFile(join(dir, 'compose.yaml'), text);
  try {
    await loadProject({
      files: [],
      environment: {},
      workingDir: dir,
      projectName: 'p',
      bindMounts: bindMountPolicy('configs'),
    });
    return [];
  } catch (err) {
    if (err instanceof UserError) return err.diagnostics.map(formatDiagnostic);
    throw err;
  }
}

describe('bind-mounts-as-configs and .git', () => {
  it('refuses a mount of .git/config, or of .git', async () => {
    const errors = await loadErrors(['./.git/config:/etc/app/git.conf:ro', './.git:/etc/git:ro']);
    expect(errors).toHaveLength(2);
    for (const e of errors)
      expect(e).toContain("it cannot become a config: it is inside .git, the repository's metadata");
  });

  it('refuses a link inside the project that leads into .git, and a mounted directory holding a link to it', async () => {
    await symlink('.git/config', join(dir, 'innocent.conf'));
    await symlink('../.git/config', join(dir, 'conf/leak.ini'));
    const [linked] = await loadErrors(['./innocent.conf:/etc/app/x.conf:ro']);
    expect(linked).toContain("it cannot become a config: it is inside .git, the repository's metadata");
    // A directory's files are read once the mounts are accepted: the error is at the mount.
    expect(await loadErrors(['./conf:/etc/app:ro'])).toEqual([
      expect.stringMatching(
        /^compose\.yaml:5:9 services\.app\.volumes\[0\]: config conf: .*conf\/leak\.ini is inside \.git, the repository's metadata/,
      ),
    ]);
  });

  it('still delivers the project’s own files', async () => {
    expect(await loadErrors(['./conf:/etc/app:ro'])).toEqual([]);
  });
});
