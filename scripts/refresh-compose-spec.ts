// Refreshes the Compose Specification schema the loader is cross-checked against
// (__tests__/compose/compose-spec/): copies a newer compose-spec.json and its licence, and records the
// commit it came from. Usage: tsx scripts/refresh-compose-spec.ts PATH/TO/compose-spec.json COMMIT [DATE]
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const target = join(dirname(fileURLToPath(import.meta.url)), '../__tests__/compose/compose-spec');
const [source, commit, date = new Date().toISOString().slice(0, 10)] = process.argv.slice(2);

function fail(message: string): never {
  process.stderr.write(`refresh-compose-spec: ${message}\n`);
  process.exit(2);
}

if (!source || !commit) fail('usage: refresh-compose-spec.ts PATH/TO/compose-spec.json COMMIT [DATE]');
if (!/^[0-9a-f]{40}$/.test(commit))
  fail(`the commit must be a full 40-digit sha, not ${JSON.stringify(commit)}`);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`the date must be YYYY-MM-DD, not ${JSON.stringify(date)}`);

const schemaPath = resolve(source);
let schema: { properties?: Record<string, unknown> };
try {
  schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as typeof schema;
} catch (err) {
  fail(`${schemaPath} is not readable JSON: ${(err as Error).message}`);
}
if (!schema.properties || !('services' in schema.properties))
  fail(`${schemaPath} has no top-level "services" property: not the compose schema`);

// The licence sits beside the file, or at the root of a checkout (schema/compose-spec.json).
const licence = [join(dirname(schemaPath), 'LICENSE'), join(dirname(schemaPath), '..', 'LICENSE')].find(
  existsSync,
);
if (!licence)
  fail(
    `no LICENSE beside ${schemaPath} or at its checkout's root: the schema is Apache-2.0 and travels with it`,
  );

copyFileSync(schemaPath, join(target, 'compose-spec.json'));
copyFileSync(licence, join(target, 'LICENSE'));
const sourceNote = join(target, 'SOURCE.md');
writeFileSync(
  sourceNote,
  readFileSync(sourceNote, 'utf8').replace(
    /commit\n?\s*[0-9a-f]{40} of \d{4}-\d{2}-\d{2}/,
    `commit\n${commit} of ${date}`,
  ),
);
process.stdout.write(
  `compose-spec.json refreshed from ${schemaPath} (${commit}, ${date}); now run the schema tests\n`,
);
