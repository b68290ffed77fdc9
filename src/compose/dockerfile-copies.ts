// What a service's Dockerfile copies from its build context into the image, and where: enough to tell a
// development bind mount (`./app:/app` over an image that did `COPY . /app`) from one whose content the
// image lacks. Only what can be known without building: COPY and ADD from the context in the built stage
// and the stages it is based on, with WORKDIR; an instruction with variables, --from, --parents, a URL or a
// heredoc copies nothing this can vouch for.
import { readFile, stat } from 'node:fs/promises';
import { posix, relative, resolve, sep } from 'node:path';
import { parseDockerignore } from '../images/dockerignore.js';
import type { Build } from './model.js';

/** A path of the build context and where the image holds it. */
export interface ImageCopy {
  /** Absolute path on the host. */
  from: string;
  /** Absolute path in the image: the directory's content, or the file. */
  to: string;
  directory: boolean;
}

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  name?: string;
  base: string;
  body: Instruction[];
}

/** Logical lines: continuations joined, comments and blank lines left out. */
function instructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  let pending = '';
  for (const raw of text.split(/\r?\n/)) {
    if (!pending && /^\s*#/.test(raw)) continue;
    const continued = /\\\s*$/.test(raw);
    pending += continued ? raw.replace(/\\\s*$/, ' ') : raw;
    if (continued) continue;
    const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(pending);
    if (m) out.push({ keyword: m[1]!.toUpperCase(), args: m[2]!.trim() });
    pending = '';
  }
  return out;
}

function stages(text: string): Stage[] {
  const out: Stage[] = [];
  for (const ins of instructions(text)) {
    if (ins.keyword === 'FROM') {
      const words = ins.args.split(/\s+/).filter((w) => !w.startsWith('--'));
      const as = words.findIndex((w) => w.toUpperCase() === 'AS');
      out.push({
        base: words[0] ?? '',
        ...(as > 0 && words[as + 1] ? { name: words[as + 1] } : {}),
        body: [],
      });
    } else out.at(-1)?.body.push(ins);
  }
  return out;
}

/** The built stage and the earlier stages it is based on, oldest first. */
function stageChain(all: Stage[], target: string | undefined): Stage[] {
  const byName = (name: string, before: number) =>
    all.slice(0, before).findLastIndex((s) => s.name?.toLowerCase() === name.toLowerCase());
  let index = target === undefined ? all.length - 1 : byName(target, all.length);
  const chain: Stage[] = [];
  while (index >= 0 && !chain.includes(all[index]!)) {
    chain.unshift(all[index]!);
    index = byName(all[index]!.base, index);
  }
  return chain;
}

/** Sources and destination of a COPY or ADD, or undefined when it cannot be vouched for. */
function copyOperands(args: string): string[] | undefined {
  let rest = args;
  for (let flag = /^--([a-z-]+)(=\S*)?\s+/.exec(rest); flag; flag = /^--([a-z-]+)(=\S*)?\s+/.exec(rest)) {
    if (!['chown', 'chmod', 'link', 'exclude'].includes(flag[1]!)) return undefined;
    rest = rest.slice(flag[0].length);
  }
  let words: string[];
  if (rest.startsWith('[')) {
    try {
      words = JSON.parse(rest) as string[];
    } catch {
      return undefined;
    }
  } else words = rest.split(/\s+/);
  if (words.length < 2 || words.some((w) => typeof w !== 'string' || /[$<*?[]|:\/\//.test(w)))
    return undefined;
  return words;
}

/** Where each path of the context lands in the image built from the Dockerfile `text`. */
function imageCopies(build: Build, text: string): Promise<ImageCopy[]> {
  const pending: Array<Promise<ImageCopy | undefined>> = [];
  let workdir = '/';
  for (const stage of stageChain(stages(text), build.target))
    for (const { keyword, args } of stage.body) {
      if (keyword === 'WORKDIR' && !args.includes('$')) workdir = posix.resolve(workdir, args);
      if (keyword !== 'COPY' && keyword !== 'ADD') continue;
      const operands = copyOperands(args);
      if (!operands) continue;
      const dest = posix.resolve(workdir, operands.at(-1)!);
      const sources = operands.slice(0, -1);
      const intoDirectory = operands.at(-1)!.endsWith('/') || sources.length > 1;
      for (const source of sources) {
        // ADD unpacks a local archive: its content is not the file.
        if (keyword === 'ADD' && /\.(tar|tgz|gz|bz2|xz|zst)$/.test(source)) continue;
        const from = resolve(build.context, source);
        pending.push(
          stat(from).then(
            (found) => {
              const directory = found.isDirectory();
              const to = !directory && intoDirectory ? posix.join(dest, posix.basename(from)) : dest;
              return { from, to, directory };
            },
            () => undefined,
          ),
        );
      }
    }
  return Promise.all(pending).then((all) => all.filter((c): c is ImageCopy => c !== undefined));
}

/** What a service's image holds from its build context. */
export interface ImageContent {
  /** Whether the image holds the host path `source` at `target` (a COPY put it there, .dockerignore did not leave it out). */
  holds(source: string, target: string): boolean;
}

/** Reads the build's Dockerfile and .dockerignore; undefined when the Dockerfile cannot be read. */
export async function imageContent(build: Build): Promise<ImageContent | undefined> {
  const path = resolve(build.context, build.dockerfile);
  const text = build.dockerfileInline ?? (await readFile(path, 'utf8').catch(() => undefined));
  if (text === undefined) return undefined;
  // BuildKit reads <Dockerfile>.dockerignore before the context's .dockerignore.
  const ignoreText =
    (await readFile(`${path}.dockerignore`, 'utf8').catch(() => undefined)) ??
    (await readFile(resolve(build.context, '.dockerignore'), 'utf8').catch(() => ''));
  const ignored = parseDockerignore(ignoreText);
  const copies = await imageCopies(build, text);
  return {
    holds(source, target) {
      const inContext = relative(build.context, source);
      if (inContext.startsWith('..') || (inContext && ignored(inContext.split(sep).join('/')))) return false;
      const want = posix.resolve('/', target);
      return copies.some((copy) => {
        if (copy.from === source) return copy.to === want;
        const rel = relative(copy.from, source);
        if (!copy.directory || !rel || rel === '..' || rel.startsWith(`..${sep}`)) return false;
        return posix.join(copy.to, rel.split(sep).join('/')) === want;
      });
    },
  };
}

/**
 * The image a build's stage rests on: the FROM at the root of the built stage's chain (`scratch` included),
 * undefined when the Dockerfile cannot be read or names it with a variable. Whether the built image has a
 * shell follows from it (template/volume-seed.ts).
 */
export async function builtFrom(build: Build): Promise<string | undefined> {
  const text =
    build.dockerfileInline ??
    (await readFile(resolve(build.context, build.dockerfile), 'utf8').catch(() => undefined));
  if (text === undefined) return undefined;
  const base = stageChain(stages(text), build.target)[0]?.base;
  return base && !base.includes('$') ? base : undefined;
}
