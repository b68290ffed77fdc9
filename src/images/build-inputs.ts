import { createHash } from 'node:crypto';
import { readFile, readdir, lstat, readlink } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Build } from '../compose/model.js';
import { parseDockerignore, type IgnoreMatcher } from './dockerignore.js';

/**
 * A fingerprint of everything a build reads: the Dockerfile, every file of the context that
 * .dockerignore lets through (path, mode and content), build args, target and platform.
 * Used as the image tag, so an unchanged service is neither rebuilt nor pushed, and every run of
 * an unchanged project pins the same digest (a no-op deploy stays a no-op even without a build cache).
 */
export async function buildInputsHash(build: Build, dockerfile: string, platform?: string): Promise<string> {
  const hash = createHash('sha256');
  const add = (label: string, value: string | Buffer) => {
    hash.update(`${label}\0${Buffer.byteLength(value)}\0`);
    hash.update(value);
  };
  add('dockerfile', await readFile(dockerfile));
  const ignore = parseDockerignore(
    await readFile(join(build.context, '.dockerignore'), 'utf8').catch(() => ''),
  );
  for (const file of await contextFiles(build.context, ignore)) {
    const stat = await lstat(file.absolute);
    add('path', file.relative);
    add('mode', String(stat.mode & 0o777));
    add(
      'content',
      stat.isSymbolicLink() ? `link:${await readlink(file.absolute)}` : await readFile(file.absolute),
    );
  }
  for (const key of Object.keys(build.args).sort()) add(`arg:${key}`, build.args[key]!);
  for (const key of Object.keys(build.labels).sort()) add(`label:${key}`, build.labels[key]!);
  add('target', build.target ?? '');
  add('platform', platform ?? '');
  return hash.digest('hex');
}

async function contextFiles(
  root: string,
  ignore: IgnoreMatcher,
): Promise<Array<{ relative: string; absolute: string }>> {
  const files: Array<{ relative: string; absolute: string }> = [];
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const absolute = join(dir, entry.name);
      const rel = relative(root, absolute).split(sep).join('/');
      if (ignore(rel)) continue;
      if (entry.isDirectory()) await walk(absolute);
      else if (entry.isFile() || entry.isSymbolicLink()) files.push({ relative: rel, absolute });
    }
  };
  await walk(root);
  // Byte order, not locale order: the same tree must hash the same everywhere.
  return files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}
