// Values interpolated from the runner (its environment, the env-file input) are shown in the pull-request
// comment and job summary as `${NAME}`: the runner's log masks never apply to a comment, and no step can
// read the mask list, so a value passed to the step as `env: DB_HOST: ${{ secrets.DB_HOST }}` would
// otherwise appear in clear on a public page. The show-variables input names the ones that may be shown.
import { escapeText } from './escape.js';

/** Shorter values would match by accident everywhere (as the secret guard's). */
const MIN_LENGTH = 4;

export interface ShownAs {
  value: string;
  name: string;
}

/** The replacements for a report: every runner variable not allowed by show-variables, longest value first. */
export function runnerValueDisplay(
  variables: ReadonlyArray<{ name: string; value: string }>,
  allowed: readonly string[],
): ShownAs[] {
  const allow = new Set(allowed);
  return variables
    .filter((v) => !allow.has(v.name) && v.value.length >= MIN_LENGTH)
    .map((v) => ({ value: v.value, name: v.name }))
    .sort((a, b) => b.value.length - a.value.length || (a.name < b.name ? -1 : 1));
}

/**
 * Replaces each value (as written, and as the renderer escapes it) with `${NAME}`; the hidden marker lines at
 * the top stay as they are (they hold the stack name and hashes a deploy reads back).
 */
export function showAsVariables(markdown: string, shown: readonly ShownAs[]): string {
  if (shown.length === 0) return markdown;
  const lines = markdown.split('\n');
  let hidden = 0;
  while (hidden < lines.length && lines[hidden]!.startsWith('<!-- compose-ecs ')) hidden++;
  let body = lines.slice(hidden).join('\n');
  for (const { value, name } of shown)
    for (const form of new Set([value, escapeText(value)])) body = body.split(form).join(`\${${name}}`);
  return [...lines.slice(0, hidden), body].join('\n');
}
