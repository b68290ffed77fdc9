// .dockerignore patterns, enough to leave ignored files out of the build-input hash the way the
// engine leaves them out of the build context: `#` comments, `!` exceptions, `*`, `?`, `**`.

export type IgnoreMatcher = (relativePath: string) => boolean;

function toRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      // `**/` matches any number of directories, including none.
      out += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += pattern[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A pattern names a path and everything below it.
  return new RegExp(`^${out}(?:/.*)?$`);
}

export function parseDockerignore(text: string): IgnoreMatcher {
  const rules = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const negate = line.startsWith('!');
      const pattern = (negate ? line.slice(1) : line)
        .trim()
        .replace(/^\/+/, '')
        .replace(/^\.\//, '')
        .replace(/\/+$/, '');
      return { negate, regexp: toRegExp(pattern) };
    });
  // The last matching rule decides, as in Docker.
  return (path) => {
    let ignored = false;
    for (const rule of rules) if (rule.regexp.test(path)) ignored = !rule.negate;
    return ignored;
  };
}
