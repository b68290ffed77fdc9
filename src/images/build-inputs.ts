import { createHash, createHmac } from 'node:crypto';
import { readFile, readdir, lstat, readlink } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Build } from '../compose/model.js';
import { parseDockerignore, type IgnoreMatcher } from './dockerignore.js';
import { gitCommit, gitContext } from './remote-context.js';

/**
 * A fingerprint of everything a build reads (its content key): the Dockerfile (or dockerfile_inline), every
 * file of the context and of each local additional context that .dockerignore lets through (path, mode
 * and content) or a Git context's commit, build args, labels, target, platforms, each build secret's id
 * and content (by a keyed hash, never in clear: secretDigest), ssh ids and sources, cache_from/cache_to,
 * `pull`, and the build's network settings.
 * Used as the image tag, so an unchanged service is neither rebuilt nor pushed, and every run of
 * an unchanged project pins the same digest (a no-op deploy stays a no-op even without a build cache).
 * An input left out would let a build with another value of it (a pull request's own `npmrc` secret, or
 * an attacker's cache) produce the tag a trusted build then finds and reuses instead of building.
 */
export async function buildInputsHash(
  build: Build,
  dockerfile: { path: string } | { text: string },
  platforms: string[] = build.platforms,
  /** Build secret id → its keyed digest (secretDigest), in the order of build.secrets. */
  secretDigests: Record<string, string> = {},
): Promise<string> {
  const hash = createHash('sha256');
  const add = (label: string, value: string | Buffer) => {
    hash.update(`${label}\0${Buffer.byteLength(value)}\0`);
    hash.update(value);
  };
  add('dockerfile', 'text' in dockerfile ? dockerfile.text : await readFile(dockerfile.path));
  await addContext(add, 'context', build.context);
  for (const [name, source] of sorted(build.additionalContexts ?? {})) {
    add('named-context', name);
    await addContext(add, `context:${name}`, source);
  }
  for (const [key, value] of sorted(build.args)) add(`arg:${key}`, value);
  for (const [key, value] of sorted(build.labels)) add(`label:${key}`, value);
  add('target', build.target ?? '');
  add('platform', platforms.join(','));
  // Fields added later hash only when written, so tags of builds that do not use them stay the same.
  for (const secret of build.secrets ?? []) {
    add('secret-id', secret.id);
    const digest = secretDigests[secret.id];
    if (digest !== undefined) add('secret-content', digest);
  }
  for (const ssh of build.ssh ?? []) {
    add('ssh-id', ssh.id);
    for (const path of ssh.paths) add('ssh-source', path);
  }
  for (const ref of build.cacheFrom ?? []) add('cache-from', ref);
  for (const ref of build.cacheTo ?? []) add('cache-to', ref);
  if (build.pull) add('pull', 'true');
  if (build.network) add('network', build.network);
  for (const host of build.extraHosts ?? []) add('extra-host', host);
  if (build.shmSize !== undefined) add('shm-size', String(build.shmSize));
  for (const [name, limit] of sorted(build.ulimits ?? {}))
    add(`ulimit:${name}`, `${limit.soft}:${limit.hard}`);
  for (const entitlement of build.entitlements ?? []) add('entitlement', entitlement);
  if (build.privileged) add('privileged', 'true');
  return hash.digest('hex');
}

/**
 * A build secret's content as it enters the content key: HMAC-SHA256 under `key` (the build-secret-key
 * input, a GitHub secret), never the value nor its plain hash. Content tags appear in logs and the
 * registry, and everything else a build reads is often public: a plain hash there would confirm a guessed
 * value offline. Without a key the HMAC is keyed by a fixed label only (README, "Security").
 */
export function secretDigest(value: string | Buffer, key: string | undefined): string {
  return createHmac('sha256', key || 'compose-ecs build secret')
    .update(value)
    .digest('hex');
}

function sorted<T>(record: Record<string, T>): Array<[string, T]> {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A local directory's files, a Git context's commit, or (images, services, stages) the name itself. */
async function addContext(
  add: (label: string, value: string | Buffer) => void,
  label: string,
  source: string,
): Promise<void> {
  const git = gitContext(source);
  if (git) {
    add(`${label}:git`, `${git.url}#${await gitCommit(git)}:${git.subdir ?? ''}`);
    return;
  }
  if (!source.startsWith('/')) {
    // docker-image://, service:, target: — named, not read here. An image by tag can move;
    // pin it by digest for builds that must follow it.
    add(`${label}:named`, source);
    return;
  }
  const ignore = parseDockerignore(await readFile(join(source, '.dockerignore'), 'utf8').catch(() => ''));
  for (const file of await contextFiles(source, ignore)) {
    const stat = await lstat(file.absolute);
    add(label === 'context' ? 'path' : `${label}:path`, file.relative);
    add('mode', String(stat.mode & 0o777));
    add(
      'content',
      stat.isSymbolicLink() ? `link:${await readlink(file.absolute)}` : await readFile(file.absolute),
    );
  }
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
