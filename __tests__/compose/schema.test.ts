// Cross-check with the official Compose Specification schema (test data in ./compose-spec, with its
// licence and source; scripts/refresh-compose-spec.ts updates it): every fixture the loader accepts passes the schema, and every
// document the schema rejects, the loader rejects with a located, specific message.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { loadProject } from '../../src/compose/load.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';

const here = dirname(fileURLToPath(import.meta.url));
const schemaPath = join(here, 'compose-spec/compose-spec.json');
const fixtures = join(here, 'fixtures');

let validate: ValidateFunction;
beforeAll(() => {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  // The schema declares draft-07 (without the trailing #) and uses custom formats such as "duration".
  delete schema.$schema;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  validate = ajv.compile(schema);
});

const yamlToJs = (text: string) => parse(text, { merge: true, logLevel: 'silent' }) as unknown;
const composeFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f));

describe('fixtures against the official schema', () => {
  const dirs = readdirSync(fixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  it.each(dirs)('%s', (name) => {
    const dir = join(fixtures, name);
    const accepted = existsSync(join(dir, 'expected.json'));
    const verdicts = composeFiles(dir).map((file) => ({
      file,
      ok: validate(yamlToJs(readFileSync(file, 'utf8'))),
      errors: validate.errors,
    }));
    // A fixture the loader accepts must be valid Compose; one the schema rejects must be a loader error.
    if (accepted)
      for (const v of verdicts)
        expect({ file: v.file, errors: v.ok ? null : v.errors }).toEqual({ file: v.file, errors: null });
    if (verdicts.some((v) => !v.ok)) expect(accepted).toBe(false);
  });
});

// Documents the schema rejects, with what the loader must say (file:line:column path: message).
const rejected: Array<[string, string, RegExp]> = [
  [
    'wrong type for image',
    'services:\n  a:\n    image: [x]\n',
    /^compose\.yaml:3:12 services\.a\.image: expected a string, found a list/,
  ],
  [
    'unknown service field',
    'services:\n  a:\n    image: x\n    imagee: y\n',
    /^compose\.yaml:4:5 services\.a\.imagee: unknown field "imagee".*did you mean "image"/,
  ],
  [
    'misspelt service field that the ECS rules judge',
    'services:\n  a:\n    image: x\n    container_nme: y\n',
    /^compose\.yaml:4:5 services\.a\.container_nme: unknown field "container_nme".*did you mean "container_name"/,
  ],
  ['unknown top-level field', 'servics: {}\n', /^compose\.yaml:1:1 servics: unknown field/],
  [
    'services not a mapping',
    'services: [a]\n',
    /^compose\.yaml:1:11 services: expected a mapping, found a list/,
  ],
  [
    'ports not a list',
    'services:\n  a:\n    image: x\n    ports: "80:80"\n',
    /^compose\.yaml:4:12 services\.a\.ports: expected a list of ports/,
  ],
  [
    'port long form unknown key',
    'services:\n  a:\n    image: x\n    ports:\n      - target: 80\n        publish: 8080\n',
    /^compose\.yaml:6:9 services\.a\.ports\[0\]\.publish: unknown field "publish".*did you mean "published"/,
  ],
  [
    'environment as string',
    'services:\n  a:\n    image: x\n    environment: A=1\n',
    /^compose\.yaml:4:18 services\.a\.environment: expected a mapping or a list of KEY=value/,
  ],
  [
    'environment list with mapping',
    'services:\n  a:\n    image: x\n    environment: [{A: 1}]\n',
    /^compose\.yaml:4:19 services\.a\.environment\[0\]: expected a string, found a mapping/,
  ],
  [
    'depends_on entry not a mapping',
    'services:\n  a:\n    image: x\n    depends_on: {b: yes}\n  b: {image: y}\n',
    /^compose\.yaml:4:21 services\.a\.depends_on\.b: expected a mapping/,
  ],
  [
    'depends_on without condition',
    'services:\n  a:\n    image: x\n    depends_on: {b: {required: false}}\n  b: {image: y}\n',
    /^compose\.yaml:4:21 services\.a\.depends_on\.b: a depends_on entry in long form needs `condition`/,
  ],
  [
    'bad condition',
    'services:\n  a:\n    image: x\n    depends_on: {b: {condition: started}}\n  b: {image: y}\n',
    /^compose\.yaml:4:33 services\.a\.depends_on\.b\.condition: expected one of service_started, service_healthy, service_completed_successfully/,
  ],
  [
    'volume long form without type',
    'services:\n  a:\n    image: x\n    volumes:\n      - {source: d, target: /d, readonly: true}\nvolumes: {d: {}}\n',
    /^compose\.yaml:5:9 services\.a\.volumes\[0\]: a volume in long form needs `type`/,
  ],
  [
    'healthcheck retries as text',
    'services:\n  a:\n    image: x\n    healthcheck: {test: true, retries: three}\n',
    /^compose\.yaml:4:25 services\.a\.healthcheck\.test: expected a list of strings, found boolean true/,
  ],
  [
    'deploy as list',
    'services:\n  a:\n    image: x\n    deploy: [1]\n',
    /^compose\.yaml:4:13 services\.a\.deploy: expected a mapping, found a list/,
  ],
  [
    'network attachment unknown key',
    'services:\n  a:\n    image: x\n    networks: {n: {alias: [x]}}\nnetworks: {n: {}}\n',
    /^compose\.yaml:4:20 services\.a\.networks\.n\.alias: unknown field "alias".*did you mean "aliases"/,
  ],
  [
    'top-level volume unknown key',
    'services:\n  a: {image: x}\nvolumes:\n  v: {drivr: local}\n',
    /^compose\.yaml:4:7 volumes\.v\.drivr: unknown field "drivr".*did you mean "driver"/,
  ],
  [
    'secret unknown key',
    'services:\n  a: {image: x}\nsecrets:\n  s: {files: ./s}\n',
    /^compose\.yaml:4:7 secrets\.s\.files: unknown field "files".*did you mean "file"/,
  ],
  [
    'build unknown key',
    'services:\n  a:\n    build: {context: ., dockerfil: D}\n',
    /^compose\.yaml:3:25 services\.a\.build\.dockerfil: unknown field "dockerfil".*did you mean "dockerfile"/,
  ],
  [
    'command as mapping',
    'services:\n  a:\n    image: x\n    command: {run: x}\n',
    /^compose\.yaml:4:14 services\.a\.command: expected a list of strings, found a mapping/,
  ],
  [
    'ulimit missing hard',
    'services:\n  a:\n    image: x\n    ulimits: {nofile: {soft: 1}}\n',
    /^compose\.yaml:4:23 services\.a\.ulimits\.nofile: expected both soft and hard/,
  ],
  [
    'include entry unknown key',
    'include:\n  - paths: x.yaml\nservices: {}\n',
    /^compose\.yaml:2:5 include\[0\]\.paths: unknown field "paths"/,
  ],
  [
    'extends wrong type',
    'services:\n  a:\n    image: x\n    extends: [b]\n',
    /^compose\.yaml:4:14 services\.a\.extends: expected a service name or a mapping with service and file, found a list/,
  ],
  [
    'service name with spaces',
    'services:\n  "my app": {image: x}\n',
    /^compose\.yaml:2:3 services\["my app"\]: a service name may use/,
  ],
];

describe('documents the official schema rejects', () => {
  it.each(rejected)('%s', async (_name, text, message) => {
    expect(validate(yamlToJs(text))).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), 'compose-schema-'));
    writeFileSync(join(dir, 'compose.yaml'), text);
    const error = await loadProject({ files: [], workingDir: dir, environment: {} }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    const lines = (error as UserError).diagnostics.map(formatDiagnostic);
    expect(lines.some((l) => message.test(l)) ? message : lines).toEqual(message);
  });
});
