// User-supplied text in the pull-request comment and job summary (service and variable names, values,
// compose paths, AWS reasons) is data: it must not render as HTML, links or images, ping people or teams,
// close the comment's <details>, or forge the hidden markers a deploy reads back (an environment key
// `<!-- compose-ecs stack=shop-production -->` once made production's deploy read staging's plan).

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  // A mention (`@team`) pings and a link reference would render: an entity shows the same character inert.
  '@': '&#64;',
  '[': '&#91;',
  ']': '&#93;',
  '`': '&#96;',
  '|': '&#124;',
  '\\': '&#92;',
};

/** Text for markdown prose and table cells: shown exactly, rendering nothing. One line. */
export function escapeText(text: string | number | undefined): string {
  return String(text ?? '')
    .replace(/[&<>@[\]`|\\]/g, (c) => ENTITIES[c]!)
    .replace(/\r?\n/g, ' ');
}

/**
 * Text as inline code: a code span renders no HTML, link or mention, but the text must not close it. The
 * fence is one backtick longer than the longest run inside (CommonMark), padded when the text starts or
 * ends with one; a pipe is escaped, as GitHub's tables split cells on it even inside code.
 */
export function codeSpan(text: string | number | undefined): string {
  const body = String(text ?? '')
    .replace(/\r?\n/g, ' ')
    .replace(/\|/g, '\\|');
  let longest = 0;
  for (const m of body.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const ticks = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${body}${pad}${ticks}`;
}

/** A code block its content cannot close: the fence is longer than any run of backticks inside (CommonMark). */
export function fence(text: string, language = 'text'): string {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return `${ticks}${language}\n${text}\n${ticks}`;
}
