// Writes action.yml's inputs and the README's input table from the options table (src/options/table.ts).
// Run after adding or changing an option: `npm run options`.
import { readFile, writeFile } from 'node:fs/promises';
import { format } from 'prettier';
import { actionInputsYaml, readmeTable } from '../src/options/docs.js';

const PRETTIER = { singleQuote: true, printWidth: 110, trailingComma: 'all' } as const;

async function replaceBetween(file: string, start: string, end: string, body: string, parser: string) {
  const text = await readFile(file, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  if (from < 0 || to < 0)
    throw new Error(`${file}: cannot find ${JSON.stringify(start)} … ${JSON.stringify(end)}`);
  const next = `${text.slice(0, from)}${body}${text.slice(to)}`;
  await writeFile(file, await format(next, { ...PRETTIER, parser }));
}

await replaceBetween('action.yml', 'inputs:\n', '\noutputs:\n', actionInputsYaml(), 'yaml');
await replaceBetween('README.md', '| input ', '\n### Outputs', `${readmeTable()}\n`, 'markdown');
