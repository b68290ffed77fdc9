import { describe, expect, it } from '@jest/globals';
import { UserError } from '../src/errors.js';
import { defaultStackName, resolveStackName } from '../src/stack-name.js';

const VALID = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/;

describe('default stack name from the compose project name', () => {
  it.each([
    ['shop', 'shop'],
    ['my_app', 'my-app'],
    ['my__app_', 'my--app-'],
    ['2048', 'compose-2048'],
    ['_hidden', 'compose--hidden'],
    ['-dash', 'compose--dash'],
    ['app.v2', 'app-v2'],
  ])('%s → %s', (project, stack) => {
    expect(defaultStackName(project)).toBe(stack);
    expect(defaultStackName(project)).toMatch(VALID);
  });

  it('shortens a name over 128 characters to 128, stable and distinct per project', () => {
    const a = `a${'_x'.repeat(100)}`;
    const b = `a${'_x'.repeat(100)}y`;
    expect(defaultStackName(a)).toHaveLength(128);
    expect(defaultStackName(a)).toMatch(VALID);
    expect(defaultStackName(a)).toBe(defaultStackName(a));
    expect(defaultStackName(a)).not.toBe(defaultStackName(b));
    expect(defaultStackName(a).slice(0, 119)).toBe(`a${'-x'.repeat(59)}`);
    expect(defaultStackName('a'.repeat(128))).toBe('a'.repeat(128));
  });

  it('a name that starts with a digit and is long still fits', () => {
    const name = defaultStackName(`9${'z'.repeat(200)}`);
    expect(name).toHaveLength(128);
    expect(name).toMatch(/^compose-9z+-[0-9a-f]{8}$/);
  });
});

describe('stack name given by the user', () => {
  it('is used as given when valid', () => {
    expect(resolveStackName('shop-staging', 'my_app')).toBe('shop-staging');
  });
  it.each(['my_app', '1shop', 'a'.repeat(129), 'shop staging'])(
    '"%s" is refused, naming the input',
    (given) => {
      expect(() => resolveStackName(given, 'shop')).toThrow(UserError);
      expect(() => resolveStackName(given, 'shop')).toThrow(
        /^stack-name ".*" is not a valid CloudFormation stack name/,
      );
    },
  );
  it('falls back to the default when empty', () => {
    expect(resolveStackName('', 'my_app')).toBe('my-app');
    expect(resolveStackName(undefined, 'my_app')).toBe('my-app');
  });
});

describe('a project folder named my_app', () => {
  it('converts under the derived stack name instead of stopping', async () => {
    const { mkdtemp, mkdir, writeFile, readFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { run } = await import('../src/run.js');
    const { StreamLogger } = await import('../src/log.js');
    const root = await mkdtemp(join(tmpdir(), 'stack-name-'));
    try {
      const dir = join(root, 'my_app');
      await mkdir(dir);
      await writeFile(join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n');
      const lines: string[] = [];
      const result = await run(
        {
          mode: 'convert',
          load: { files: [], workingDir: dir, environment: {} },
          templatePath: join(root, 'template.json'),
          waitTimeoutMs: 60_000,
        },
        { logger: new StreamLogger((l) => lines.push(l)) },
      );
      expect(result.report.project).toBe('my_app');
      expect(result.report.stackName).toBe('my-app');
      // convert reports itself as convert (it used to say plan).
      expect(result.report.mode).toBe('convert');
      expect(await readFile(join(root, 'template.json'), 'utf8')).toContain('"AWSTemplateFormatVersion"');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
