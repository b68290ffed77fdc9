// Bad input never crashes the loader: thousands of malformed documents (mutated fixtures,
// random YAML text and bytes, alias bombs, deep nesting, huge strings, duplicate keys,
// broken interpolation) must each end in a LoadedProject or a typed UserError, quickly.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { loadProject } from '../../src/compose/load.js';
import { UserError } from '../../src/errors.js';
import { bindMountPolicy } from '../../src/compose/bind-policy.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const seeds = readdirSync(fixtures)
  .map((d) => {
    try {
      return readFileSync(join(fixtures, d, 'compose.yaml'), 'utf8');
    } catch {
      return undefined;
    }
  })
  .filter((t): t is string => t !== undefined);

const dir = mkdtempSync(join(tmpdir(), 'compose-fuzz-'));
const file = join(dir, 'compose.yaml');
/** Slowest single load seen, to keep every document within a bounded time. */
let slowest = 0;

async function check(content: string | Uint8Array): Promise<void> {
  writeFileSync(file, content);
  const started = performance.now();
  let error: unknown;
  try {
    const loaded = await loadProject({
      files: [],
      workingDir: dir,
      environment: { HOME: '/home/u' },
      bindMounts: bindMountPolicy('drop'),
    });
    expect(typeof loaded.project.name).toBe('string');
  } catch (err) {
    error = err;
  }
  slowest = Math.max(slowest, performance.now() - started);
  if (error === undefined) return;
  if (!(error instanceof UserError)) throw error;
  for (const d of error.diagnostics) {
    expect(d.message.length).toBeGreaterThan(0);
    if (d.location) expect(d.location.line).toBeGreaterThanOrEqual(1);
  }
}

/** Every path (keys and indexes) in a plain value. */
function paths(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return root;
}

const weird = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    '${',
    '${A:?}',
    '$$',
    '${A:-${B:-${C}}}',
    '80:80:80:80',
    '1.5zb',
    '-1',
    'host',
    '../../etc/passwd',
    '\u0000',
    '~',
    '!reset',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
);

const runs = (n: number) => ({ numRuns: n, seed: 20261122, endOnFailure: true });

describe('loader fuzzing', () => {
  afterAll(() => {
    // Bounded time: no single document may take long (budget covers a slow CI machine).
    expect(slowest).toBeLessThan(2000);
  });

  it('survives mutated fixtures', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(seeds.length - 1),
        fc.array(fc.tuple(fc.nat(), weird), { minLength: 1, maxLength: 4 }),
        async (seed, mutations) => {
          let doc = parse(seeds[seed]!, { merge: true, logLevel: 'silent' }) as unknown;
          for (const [at, value] of mutations) {
            const all = paths(doc);
            doc = setAt(doc, all[at % all.length]!, value);
          }
          await check(stringify(doc));
        },
      ),
      runs(1200),
    );
  }, 60_000);

  it('survives character-level damage to fixtures', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(seeds.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 6 }),
        async (seed, edits) => {
          let text = seeds[seed]!;
          for (const [at, remove, insert] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert + text.slice(i + remove);
          }
          await check(text);
        },
      ),
      runs(800),
    );
  }, 60_000);

  it('survives random text and bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.uint8Array({ maxLength: 300 })),
        check,
      ),
      runs(500),
    );
  }, 60_000);

  it('survives alias bombs, deep nesting, huge strings and duplicate keys', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 12 }))
            .map(([levels, width]) => {
              const lines = ['x-a0: &a0 [lol]'];
              for (let i = 1; i <= levels; i++)
                lines.push(
                  `x-a${i}: &a${i} [${Array(width)
                    .fill(`*a${i - 1}`)
                    .join(', ')}]`,
                );
              return `${lines.join('\n')}\nservices:\n  s:\n    image: x\n    x-bomb: *a${levels}\n`;
            }),
          fc
            .integer({ min: 1, max: 5000 })
            .map(
              (depth) =>
                `services:\n  s:\n    image: x\n    x-deep: ${'['.repeat(depth)}${']'.repeat(depth)}\n`,
            ),
          fc
            .integer({ min: 1, max: 5000 })
            .map(
              (depth) =>
                `services:\n  s:\n    image: x\n    x-deep: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`,
            ),
          fc
            .integer({ min: 1, max: 1_000_000 })
            .map(
              (n) =>
                `services:\n  s:\n    image: "${'x'.repeat(n)}"\n    command: "${'$'.repeat(n % 5000)}{"\n`,
            ),
          fc.constantFrom(
            'services:\n  s: {image: a}\n  s: {image: b}\n',
            'services:\n  s:\n    image: a\n    image: b\n',
          ),
          fc
            .integer({ min: 1, max: 2000 })
            .map(
              (n) =>
                `services:\n  s:\n    image: x\n    environment:\n${Array.from({ length: n }, (_, i) => `      V${i}: \${V${i}:-\${V${i + 1}:-d}}`).join('\n')}\n`,
            ),
        ),
        check,
      ),
      runs(120),
    );
  }, 60_000);

  // Issue 22 (item 10): the denial-of-service shapes, each within a budget of bytes written, depth and
  // expansion. What is asserted is the outcome and its size, never the time taken.
  it('survives include fan-outs, deep interpolation, redefined anchors and special files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 24 })).map(([width, depth]) => {
            // width × depth files of a few bytes each; without memoising, width^depth loads.
            for (let level = 1; level <= depth; level++)
              for (let k = 0; k < width; k++) {
                const next = Array.from({ length: width }, (_, j) => `f${level + 1}_${j}.yaml`);
                writeFileSync(
                  join(dir, `f${level}_${k}.yaml`),
                  `${level < depth ? `include: [${next.join(', ')}]\n` : ''}services:\n  s${level}_${k}: {image: x}\n`,
                );
              }
            return {
              text: `include: [${Array.from({ length: width }, (_, j) => `f1_${j}.yaml`).join(', ')}]\n`,
              most: width * depth,
            };
          }),
          fc.integer({ min: 1, max: 50_000 }).map((depth) => ({
            text: `services:\n  s:\n    image: x\n    command: "${'${A:-'.repeat(depth)}x${'}'.repeat(depth)}"\n`,
            most: 1,
          })),
          fc.integer({ min: 1, max: 5_000 }).map((n) => ({
            text: `x-l:\n${Array.from({ length: n }, (_, i) => `  - &a ${i}\n  - *a`).join('\n')}\nservices:\n  s: {image: x}\n`,
            most: 1,
          })),
          fc.constantFrom('/dev/zero', '/dev/urandom', '/proc/self/environ', '.', '/').map((path) => ({
            text: `services:\n  s:\n    image: x\n    env_file: ${path}\n`,
            most: 1,
          })),
        ),
        async ({ text, most }) => {
          // Budget on bytes: every shape is small; the loader must not turn it into more than it says.
          expect(Buffer.byteLength(text)).toBeLessThan(1_000_000);
          writeFileSync(file, text);
          try {
            const loaded = await loadProject({
              files: [],
              workingDir: dir,
              environment: {},
              projectName: 'p',
            });
            // Budget on expansion: no more services than the files define.
            expect(Object.keys(loaded.project.services).length).toBeLessThanOrEqual(most);
          } catch (err) {
            if (!(err instanceof UserError)) throw err;
            expect(err.diagnostics.length).toBeLessThanOrEqual(most + 1);
          }
        },
      ),
      runs(30),
    );
  }, 120_000);
});
