// Unit tests for the loader's small passes: interpolation, units, shell splitting, env files,
// YAML parsing with positions, project names, merge tags.
import { Diagnostics } from '../../src/compose/diagnostics.js';
import { parseEnvText } from '../../src/compose/env-file.js';
import { interpolateString } from '../../src/compose/interpolate.js';
import { mergeDocuments } from '../../src/compose/merge.js';
import { get, toPlain } from '../../src/compose/node.js';
import { parseYaml } from '../../src/compose/parse.js';
import { chooseProjectName, normalizeProjectName } from '../../src/compose/project-name.js';
import { shellSplit } from '../../src/compose/shell-split.js';
import { TreeSourceMap } from '../../src/compose/source-map.js';
import { parseDuration, parseSize } from '../../src/compose/units.js';
import { formatDiagnostic } from '../../src/errors.js';

const env: Record<string, string> = { SET: 'value', EMPTY: '', NUM: '42' };
const lookup = (name: string) => env[name];

describe('interpolateString', () => {
  it.each([
    ['${SET}', 'value'],
    ['$SET/x', 'value/x'],
    ['${UNSET:-default}', 'default'],
    ['${EMPTY:-default}', 'default'],
    ['${EMPTY-default}', ''],
    ['${UNSET-default}', 'default'],
    ['${SET:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET+alt}', ''],
    ['${UNSET:-${ALSO_UNSET:-${NUM}}}', '42'],
    ['${UNSET:-a}${SET}', 'avalue'],
    ['$$SET and $${SET}', '$SET and ${SET}'],
    ['5$ and $ alone', '5$ and $ alone'],
    ['${SET:?must be set}', 'value'],
    ['${UNSET:-has } brace}', 'has  brace}'],
  ])('%s → %s', (text, expected) => {
    const r = interpolateString(text, lookup);
    expect(r.errors).toEqual([]);
    expect(r.value).toBe(expected);
  });

  it('names missing required variables with their message', () => {
    expect(interpolateString('${UNSET:?set it in .env}', lookup).errors).toEqual([
      'required variable UNSET is not set: set it in .env',
    ]);
    expect(interpolateString('${EMPTY:?}', lookup).errors).toEqual(['required variable EMPTY is empty']);
    expect(interpolateString('${EMPTY?}', lookup).errors).toEqual([]);
    expect(interpolateString('${UNSET?why}', lookup).errors).toEqual([
      'required variable UNSET is not set: why',
    ]);
  });

  it('reports unset variables without defaults and malformed templates', () => {
    expect(interpolateString('${UNSET} $UNSET2', lookup).unset).toEqual(['UNSET', 'UNSET2']);
    expect(interpolateString('${SET', lookup).errors[0]).toMatch(/no closing/);
    expect(interpolateString('${}', lookup).errors[0]).toMatch(/does not start with a variable name/);
    expect(interpolateString('${SET!x}', lookup).errors[0]).toMatch(/expected :-/);
  });

  it('never re-interpolates substituted values', () => {
    expect(interpolateString('${X}', (n) => (n === 'X' ? '${SET}' : undefined)).value).toBe('${SET}');
  });
});

describe('units', () => {
  it.each([
    ['1m30s', 90],
    ['10s', 10],
    ['1h', 3600],
    ['500ms', 0.5],
    ['1.5s', 1.5],
    ['2h3m4s5ms', 7384.005],
    ['0', 0],
  ])('duration %s = %s s', (text, seconds) => expect(parseDuration(text)).toBe(seconds));
  it.each(['10', '1x', '', 's', '-1s'])('rejects duration %p', (text) =>
    expect(parseDuration(text)).toBeUndefined(),
  );
  it.each([
    ['512m', 512 * 2 ** 20],
    ['1.5g', 1.5 * 2 ** 30],
    ['2Gb', 2 * 2 ** 30],
    ['100', 100],
    ['64k', 65536],
    ['1KiB', 1024],
    ['10 MB', 10 * 2 ** 20],
  ])('size %s = %s bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));
  it.each(['lots', '1.5x', '-1m', 'm'])('rejects size %p', (text) => expect(parseSize(text)).toBeUndefined());
});

describe('shellSplit', () => {
  it.each([
    ['npm start', ['npm', 'start']],
    [`sh -c 'echo "hi there"'`, ['sh', '-c', 'echo "hi there"']],
    [`echo "a \\"b\\" \\$c" d\\ e`, ['echo', 'a "b" $c', 'd e']],
    [`  spaced   out  `, ['spaced', 'out']],
    [`''`, ['']],
    [`echo $HOME`, ['echo', '$HOME']],
  ])('%s', (text, words) => expect(shellSplit(text)).toEqual({ words }));
  it('reports an open quote', () => {
    expect(shellSplit(`echo 'oops`)).toEqual({ error: 'unterminated single quote' });
    expect(shellSplit(`echo "oops`)).toEqual({ error: 'unterminated double quote' });
  });
});

describe('parseEnvText', () => {
  it('reads quoting, comments, export, bare keys and earlier variables', () => {
    const diags = new Diagnostics();
    const text = [
      '# comment',
      'A=plain value # comment',
      'export B="double ${A}\\nnext"',
      "C='single ${A}'",
      'D',
      'E="multi',
      'line"',
      'F=${UNSET:-def}',
      'G=',
    ].join('\n');
    const vars = parseEnvText(text, '.env', () => undefined, diags);
    expect(Object.fromEntries([...vars].map(([k, v]) => [k, v.value]))).toEqual({
      A: 'plain value',
      B: 'double plain value\nnext',
      C: 'single ${A}',
      D: undefined,
      E: 'multi\nline',
      F: 'def',
      G: '',
    });
    expect(diags.errors).toEqual([]);
  });
  it('reports bad lines with their position', () => {
    const diags = new Diagnostics();
    parseEnvText('OK=1\n  not valid line\nX="open', '.env', () => undefined, diags);
    expect(diags.errors.map(formatDiagnostic)).toEqual([
      // The line itself is never quoted: an env file may be a key or a password file.
      '.env:2:3: expected KEY=VALUE with a variable name at the start of the line',
      '.env:3:1: unterminated double-quoted value for X',
    ]);
  });
});

describe('parseYaml', () => {
  const parse = (text: string) => {
    const diags = new Diagnostics();
    const node = parseYaml(text, 'compose.yaml', diags);
    return { node, errors: diags.errors.map(formatDiagnostic) };
  };
  it('keeps positions for every path', () => {
    const { node } = parse(
      'services:\n  web:\n    image: nginx\n    ports:\n      - "80"\n      - target: 81\n',
    );
    const map = new TreeSourceMap(node!);
    expect(map.locate(['services', 'web', 'image'])).toEqual({ file: 'compose.yaml', line: 3, column: 12 });
    expect(map.locate(['services', 'web', 'ports', 1, 'target'])).toEqual({
      file: 'compose.yaml',
      line: 6,
      column: 17,
    });
    expect(map.locate(['services', 'web', 'ports', 1])).toEqual({ file: 'compose.yaml', line: 6, column: 9 });
    // Model (camelCase) names find compose (snake_case) keys.
    const snake = new TreeSourceMap(
      parseYaml('services:\n  web:\n    depends_on: [db]\n', 'c.yaml', new Diagnostics())!,
    );
    expect(snake.locate(['services', 'web', 'dependsOn', 'db'])).toEqual({
      file: 'c.yaml',
      line: 3,
      column: 5,
    });
    // Past what was written: the nearest ancestor.
    expect(map.locate(['services', 'web', 'healthcheck', 'interval'])).toEqual({
      file: 'compose.yaml',
      line: 2,
      column: 3,
    });
  });
  it('expands merge keys with explicit keys winning and earlier sources first', () => {
    const { node } = parse('a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc:\n  <<: [*a, *b]\n  x: 0\n');
    expect(toPlain(node!)).toEqual({ a: { x: 1, y: 1 }, b: { y: 2, z: 2 }, c: { x: 0, y: 1, z: 2 } });
  });
  it('rejects duplicate keys, unknown tags and broken YAML with positions', () => {
    expect(parse('a: 1\na: 2\n').errors).toEqual(['compose.yaml:2:1: invalid YAML: Map keys must be unique']);
    // In flow mappings and nested ones too, each said once at the repeated key; 1 and "1" are different keys.
    expect(
      parse('s:\n  web: {x: 1, y: 2, x: 3}\n  db:\n    p: 1\n    p: 2\n    1: a\n    "1": b\n').errors,
    ).toEqual([
      'compose.yaml:2:21: invalid YAML: Map keys must be unique',
      'compose.yaml:5:5: invalid YAML: Map keys must be unique',
    ]);
    expect(parse('a: !secret x\n').errors).toEqual([
      'compose.yaml:1:4: unsupported YAML tag !secret (only !reset and !override are understood)',
    ]);
    expect(parse('a: [1, 2\n').errors[0]).toMatch(/^compose\.yaml:\d+:\d+: invalid YAML/);
    expect(parse('a: *nope\n').errors).toEqual([
      'compose.yaml:1:4: unknown YAML alias *nope (no anchor &nope before it)',
    ]);
  });
  it('says a duplicate key once, where the mapping is written, not again where an alias repeats it', () => {
    expect(parse('x: &a {k: 1, k: 2}\ny: *a\nz: {<<: *a}\n').errors).toEqual([
      'compose.yaml:1:14: invalid YAML: Map keys must be unique',
    ]);
  });
  it('resolves an alias to the latest anchor of its name before it, keys included', () => {
    const { node, errors } = parse('a: &x 1\nb: *x\nc: &x 2\nd: *x\n&k e: 3\nf: *k\n');
    expect(errors).toEqual([]);
    expect(toPlain(node!)).toEqual({ a: 1, b: 1, c: 2, d: 2, e: 3, f: 'e' });
  });
  it('stops alias expansion bombs', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill('*' + String.fromCharCode(96 + i))
          .join(', ')}]`,
      );
    expect(parse(lines.join('\n')).errors).toEqual([
      'compose.yaml:1:1: the document expands to more than 250000 values (YAML aliases repeated too often?)',
    ]);
  });
  it('reads an empty document as an empty mapping', () => {
    expect(toPlain(parse('').node!)).toEqual({});
  });
});

describe('merge', () => {
  const doc = (text: string) => parseYaml(text, 'f.yaml', new Diagnostics())!;
  it('honours !reset and !override and per-field sequence rules', () => {
    const base = doc(
      'services:\n  a:\n    image: x\n    ports: ["80:80", "81:81"]\n    dns: [1.1.1.1]\n    environment: {A: "1"}\n    build: ./dir\n    x-keep: {a: 1}\n',
    );
    const over = doc(
      'services:\n  a:\n    ports: !override ["82:82"]\n    dns: [1.1.1.1, 8.8.8.8]\n    environment: [B=2]\n    build: {dockerfile: D}\n    x-keep: !reset null\n    image: !reset\n',
    );
    expect(toPlain(mergeDocuments([base, over]))).toEqual({
      services: {
        a: {
          ports: ['82:82'],
          dns: ['1.1.1.1', '8.8.8.8'],
          environment: { A: '1', B: '2' },
          build: { context: './dir', dockerfile: 'D' },
        },
      },
    });
  });
});

describe('merge of a single document', () => {
  it('drops !reset entries even where nothing came before', () => {
    const only = parseYaml(
      'services:\n  a:\n    image: x\n    ports: !reset ["80"]\n    dns: [!reset 1.1.1.1, 8.8.8.8]\n',
      'f.yaml',
      new Diagnostics(),
    )!;
    expect(toPlain(mergeDocuments([only]))).toEqual({ services: { a: { image: 'x', dns: ['8.8.8.8'] } } });
  });
  it('keeps order around a dropped entry, reuses untouched parts and leaves the document as it was', () => {
    const text = 'a: {x: 1}\nb: [1, !reset 2, 3, {y: !reset 4, z: 5}]\nc: !reset 6\nd: {w: 7}\n';
    const doc = parseYaml(text, 'f.yaml', new Diagnostics())!;
    const before = toPlain(doc);
    const merged = mergeDocuments([doc]);
    expect(toPlain(merged)).toEqual({ a: { x: 1 }, b: [1, 3, { z: 5 }], d: { w: 7 } });
    expect(toPlain(doc)).toEqual(before);
    expect(get(merged, 'a')).toBe(get(doc, 'a'));
    expect(get(merged, 'd')).toBe(get(doc, 'd'));
    // Nothing tagged: the document itself.
    const plain = parseYaml('a: {x: [1, {y: 2}]}\n', 'f.yaml', new Diagnostics())!;
    expect(mergeDocuments([plain])).toBe(plain);
  });
});

describe('project name', () => {
  it('normalises as Compose does', () => {
    expect(normalizeProjectName('My App.v2')).toBe('myappv2');
    expect(normalizeProjectName('-_x')).toBe('x');
  });
  it('prefers the input, then name:, then COMPOSE_PROJECT_NAME, then the directory', () => {
    expect(
      chooseProjectName({ input: 'In', topLevel: 'top', environment: 'env', projectDir: '/p/dir' }).name,
    ).toBe('in');
    expect(chooseProjectName({ topLevel: 'top', environment: 'env', projectDir: '/p/dir' }).name).toBe('top');
    expect(chooseProjectName({ environment: 'env', projectDir: '/p/dir' }).name).toBe('env');
    expect(chooseProjectName({ projectDir: '/p/My Dir' }).name).toBe('mydir');
  });
});

describe('docs/compose-support.md', () => {
  it('documents every ECS rule for fields the model does not keep, with its level', async () => {
    const { readFileSync } = await import('node:fs');
    const { UNMODELLED_SERVICE_FIELDS } = await import('../../src/compose/ecs-rules.js');
    const doc = readFileSync(new URL('../../docs/compose-support.md', import.meta.url), 'utf8');
    const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const [field, rule] of Object.entries(UNMODELLED_SERVICE_FIELDS)) {
      // Table cells may be padded by the formatter.
      expect(doc).toMatch(new RegExp(`\\| \`${field}\` +\\| ${rule.level} +\\| ${escape(rule.reason)} +\\|`));
    }
  });
});
