import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject } from '../../src/compose/load.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';
import { StreamLogger } from '../../src/log.js';
import { convertProject, withPreviewImages } from '../../src/steps/convert.js';
import { guardSecrets } from '../../src/steps/guard-secrets.js';
import { documentLeaks, secretLeaks, unsetSecrets } from '../../src/secrets/leaks.js';
import { redact } from '../../src/secrets/redact.js';
import { secretValues } from '../../src/secrets/values.js';
import { bindMountPolicy } from '../../src/compose/bind-policy.js';

async function project(compose: string, files: Record<string, string> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'secret-guard-'));
  await writeFile(join(dir, 'compose.yaml'), compose);
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return { dir, environment: { DB_PASSWORD: 'hunter2-s3cret' } };
}

describe('secret guard', () => {
  it('finds a secret value interpolated into a plain field, with its line', async () => {
    const { dir, environment } = await project(
      [
        'services:',
        '  app:',
        '    image: app:1',
        '    secrets: [db_password, token]',
        '    environment:',
        '      DATABASE_URL: postgres://app:${DB_PASSWORD}@db/app',
        '      MODE: production',
        '    command: ["serve", "--token", "tok-3456-from-file"]',
        'secrets:',
        '  db_password:',
        '    environment: DB_PASSWORD',
        '  token:',
        '    file: ./token.txt',
      ].join('\n'),
      { 'token.txt': 'tok-3456-from-file\n' },
    );
    const loaded = await loadProject({ files: [], workingDir: dir, environment });
    const values = await secretValues(loaded, environment);
    expect(values.map((v) => v.secret)).toEqual(['db_password', 'token', 'token']);
    expect(secretLeaks(loaded, values).map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /^compose\.yaml:6:\d+ services\.app\.environment\.DATABASE_URL: contains the value of secret db_password/,
      ),
      expect.stringMatching(
        /^compose\.yaml:8:\d+ services\.app\.command\[2\]: contains the value of secret token/,
      ),
    ]);
  });

  it('finds a secret value in a config, which would be stored in plain text', async () => {
    const { dir, environment } = await project(
      [
        'services:',
        '  app:',
        '    image: app:1',
        '    secrets: [db_password]',
        '    configs: [{ source: app_ini, target: /etc/app/app.ini }]',
        'secrets:',
        '  db_password:',
        '    environment: DB_PASSWORD',
        'configs:',
        '  app_ini:',
        '    file: ./app.ini',
      ].join('\n'),
      { 'app.ini': 'password = hunter2-s3cret\n' },
    );
    const loaded = await loadProject({ files: [], workingDir: dir, environment });
    expect(secretLeaks(loaded, await secretValues(loaded, environment)).map(formatDiagnostic)).toEqual([
      'compose.yaml:11:11 configs.app_ini.file: contains the value of secret db_password, which a config would store in plain text in SSM Parameter Store; deliver it with secrets: instead',
    ]);
  });

  it('reports a secret value in a bind mount made a config at the mount', async () => {
    const { dir, environment } = await project(
      [
        'services:',
        '  app:',
        '    image: app:1',
        '    secrets: [db_password]',
        '    volumes:',
        '      - ./app.ini:/etc/app/app.ini:ro',
        'secrets:',
        '  db_password:',
        '    environment: DB_PASSWORD',
      ].join('\n'),
      { 'app.ini': 'password = hunter2-s3cret\n' },
    );
    const loaded = await loadProject({
      files: [],
      workingDir: dir,
      environment,
      bindMounts: bindMountPolicy('configs'),
    });
    expect(secretLeaks(loaded, await secretValues(loaded, environment)).map(formatDiagnostic)).toEqual([
      'compose.yaml:6:9 services.app.volumes[0]: contains the value of secret db_password, which a config would store in plain text in SSM Parameter Store; deliver it with secrets: instead',
    ]);
  });

  it('finds nothing when secrets are only passed as secrets', async () => {
    const { dir, environment } = await project(
      'services:\n  app:\n    image: app:1\n    secrets: [db_password]\nsecrets:\n  db_password:\n    environment: DB_PASSWORD\n',
    );
    const loaded = await loadProject({ files: [], workingDir: dir, environment });
    expect(secretLeaks(loaded, await secretValues(loaded, environment))).toEqual([]);
  });

  it('redacts values from text, but not values so short they would match by accident', () => {
    expect(redact('url postgres://app:hunter2@db, again hunter2', ['hunter2', 'ab'])).toBe(
      'url postgres://app:***@db, again ***',
    );
  });
});

describe('unsetSecrets', () => {
  it('names the environment secrets a service uses whose variable is not set, with their line', async () => {
    const { dir } = await project(
      'services:\n  app:\n    image: app:1\n    secrets: [db_password]\nsecrets:\n  db_password:\n    environment: DB_PASSWORD\n  spare:\n    environment: SPARE\n',
    );
    const loaded = await loadProject({ files: [], workingDir: dir, environment: {} });
    expect(unsetSecrets(loaded, {}).map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /^compose\.yaml:7:\d+ secrets\.db_password\.environment: environment variable DB_PASSWORD is not set/,
      ),
    ]);
    expect(unsetSecrets(loaded, { DB_PASSWORD: 'x' })).toEqual([]);
  });
});

// Issue 22, item 7: the field checks above list six fields; a secret's value in any other field reached
// the template (and the release). The whole serialized template is guarded.
describe('the whole template', () => {
  it.each([
    ['working_dir', '    working_dir: /srv/${DB_PASSWORD}', 'WorkingDirectory'],
    ['user', '    user: "${DB_PASSWORD}"', 'User'],
    [
      'logging options',
      '    logging:\n      driver: awslogs\n      options:\n        tag: "${DB_PASSWORD}"',
      'LogConfiguration',
    ],
    [
      'an x-aws-cloudformation output',
      'x-aws-cloudformation:\n  Outputs:\n    Leak:\n      Value: "${DB_PASSWORD}"',
      'Outputs.Leak.Value',
    ],
  ])('refuses a secret value in %s, naming where it would land', async (_, fields, where) => {
    const service = fields.startsWith('x-aws') ? '' : `${fields}\n`;
    const top = fields.startsWith('x-aws') ? `${fields}\n` : '';
    const { dir, environment } = await project(
      `services:\n  app:\n    image: app:1\n    secrets: [db_password]\n${service}secrets:\n  db_password:\n    environment: DB_PASSWORD\n${top}`,
    );
    const loaded = await loadProject({ files: [], workingDir: dir, environment });
    const { template } = convertProject(withPreviewImages(loaded), {}, new StreamLogger(() => undefined));
    const attempt = guardSecrets(loaded, environment, false, new StreamLogger(() => undefined), template);
    await expect(attempt).rejects.toThrow(UserError);
    const error = (await attempt.catch((e: unknown) => e)) as UserError;
    expect(error.diagnostics.map((d) => d.message).join('\n')).toContain(where);
    expect(error.diagnostics.map((d) => d.message).join('\n')).toContain('secret db_password');
    expect(JSON.stringify(error)).not.toContain('hunter2-s3cret');
  });

  it('finds values in keys and nested lists, by path', () => {
    const secrets = [{ secret: 's', value: 'hunter2-s3cret' }];
    expect(
      documentLeaks({ a: [{ b: 'x hunter2-s3cret' }], 'hunter2-s3cret': 1, c: 'clean' }, secrets),
    ).toEqual([
      { secret: 's', path: 'a[0].b' },
      { secret: 's', path: 'hunter2-s3cret' },
    ]);
  });
});
