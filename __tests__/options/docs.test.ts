// action.yml's inputs and the README's input table say what the options table says (`npm run options` writes them).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { actionInputs, README_HEADER, readmeRows } from '../../src/options/docs.js';

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

describe('the options table and its documents', () => {
  it('action.yml has exactly the table’s inputs, with its descriptions and defaults', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> };
    expect(action.inputs).toEqual(actionInputs());
    expect(Object.keys(action.inputs)).toEqual(Object.keys(actionInputs()));
  });
  it('the README’s input table is the table’s (run `npm run options` after changing a row)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('### Inputs'), readme.indexOf('### Outputs'));
    const lines = section.split('\n').filter((l) => l.startsWith('|'));
    expect(cells(lines[0]!)).toEqual(README_HEADER);
    expect(lines.slice(2).map(cells)).toEqual(readmeRows());
  });
});
