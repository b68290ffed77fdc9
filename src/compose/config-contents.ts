// The content of every config a service uses, read once by the loader: the converter derives the
// stored parameters' names from it (content-addressed) and the deploy stage stores it. A config is
// text (an SSM String parameter holds UTF-8 text and reaches the task as an environment variable), and
// bounded so the init container that writes it stays within ECS and Linux limits (docs/mapping.md).
import type { ModelPath } from '../errors.js';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { inGitMetadata, inside } from './bind-configs.js';
import type { Diagnostics } from './diagnostics.js';
import type { ReadCached } from './file-access.js';
import { RefusedVariable } from './interpolate.js';
import type { ConfigDefinition, ConfigFile, Project, SourceMap } from './model.js';

/** Largest config (a file, or the sum of a directory's files). */
export const MAX_CONFIG_BYTES = 64 * 1024;
/** Most files a directory config may hold. */
export const MAX_CONFIG_FILES = 32;

export async function readConfigContents(
  project: Project,
  sourceMap: SourceMap,
  diags: Diagnostics,
  lookup: (name: string) => string | undefined,
  read: ReadCached,
): Promise<void> {
  const used = new Set(Object.values(project.services).flatMap((s) => s.configs.map((r) => r.source)));
  for (const config of Object.values(project.configs)) {
    if (!used.has(config.name) || config.external) continue;
    const fail = (message: string, field: string) => {
      const path: ModelPath = config.bindMount ?? ['configs', config.name, field];
      diags.error(`config ${config.name}: ${message}`, path, sourceMap.locate(path));
    };
    // A bind mount made a config publishes only what really lies inside the project.
    const confinedTo = config.bindMount && project.workingDir;
    const files = await configFiles(config, confinedTo, lookup, read, (m) => fail(m, sourceField(config)));
    if (!files) continue;
    const size = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
    if (size > MAX_CONFIG_BYTES)
      fail(
        `${size} bytes is more than the ${MAX_CONFIG_BYTES} bytes a config can hold; bake larger files into the image or use a volume`,
        sourceField(config),
      );
    else config.files = files;
  }
}

function sourceField(config: ConfigDefinition): string {
  return config.file !== undefined ? 'file' : config.environment !== undefined ? 'environment' : 'content';
}

async function configFiles(
  config: ConfigDefinition,
  confinedTo: string | undefined,
  lookup: (name: string) => string | undefined,
  read: ReadCached,
  fail: (message: string) => void,
): Promise<ConfigFile[] | undefined> {
  if (config.content !== undefined) return [{ path: '', content: config.content }];
  if (config.environment !== undefined) {
    let value: string | undefined;
    try {
      value = lookup(config.environment);
    } catch (err) {
      // A config is stored in plain text: a runner credential never becomes one.
      if (err instanceof RefusedVariable) return void fail(err.message);
      throw err;
    }
    if (value === undefined) fail(`environment variable ${config.environment} is not set`);
    return value === undefined ? undefined : [{ path: '', content: value }];
  }
  if (config.file === undefined) return undefined;
  const found = await stat(config.file).catch(() => undefined);
  if (!found) return void fail(`${config.file} does not exist`);
  if (!found.isDirectory()) {
    const content = await text(config.file, read, fail);
    return content === undefined ? undefined : [{ path: '', content }];
  }
  const paths = await filesUnder(config.file, MAX_CONFIG_FILES + 1);
  if (paths.length > MAX_CONFIG_FILES)
    return void fail(
      `directory ${config.file} holds more than ${MAX_CONFIG_FILES} files, the most a config delivers`,
    );
  const realRoot = confinedTo && (await realpath(confinedTo).catch(() => confinedTo));
  const files: ConfigFile[] = [];
  for (const path of paths) {
    const real = realRoot && (await realpath(path).catch(() => path));
    if (realRoot && real && !inside(realRoot, real))
      return void fail(
        `${path} is a symbolic link to ${relative(realRoot, real)}, outside the project directory, so it is not the project’s to publish`,
      );
    if (realRoot && real && inGitMetadata(inside(realRoot, real)!))
      return void fail(
        `${path} is inside .git, the repository's metadata, not the project’s content (actions/checkout keeps the job's token in .git/config)`,
      );
    const content = await text(path, read, fail);
    if (content === undefined) return undefined;
    files.push({ path: relative(config.file, path).split(sep).join('/'), content });
  }
  return files;
}

/** Regular files below a directory, sorted, stopping once `limit` are found. */
async function filesUnder(dir: string, limit: number): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (out.length >= limit) return;
      const path = join(d, e.name);
      // A symbolic link to a directory is not followed (a link loop would never end); one to a file is.
      if (e.isDirectory()) await walk(path);
      else if ((await stat(path).catch(() => undefined))?.isFile()) out.push(path);
    }
  };
  await walk(dir);
  return out;
}

async function text(
  path: string,
  read: ReadCached,
  fail: (message: string) => void,
): Promise<string | undefined> {
  // Confined: a file in a config directory may be a symbolic link to anywhere.
  const result = await read(path, { maxBytes: MAX_CONFIG_BYTES, confine: true });
  if ('problem' in result) {
    fail(
      result.problem.startsWith('is larger')
        ? `${path} is larger than the ${MAX_CONFIG_BYTES} bytes a config can hold; bake it into the image or use a volume`
        : `${path} ${result.problem}`,
    );
    return undefined;
  }
  const bytes = result.bytes;
  try {
    const content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // An environment variable cannot carry a NUL byte: the init container would write a truncated file.
    if (!content.includes('\0')) return content;
  } catch {
    // fall through: not UTF-8
  }
  fail(`${path} is not UTF-8 text; a config delivers text files only (bake binary files into the image)`);
  return undefined;
}
