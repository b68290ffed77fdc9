// The files a project names must exist before anything is built: a missing build context or secret
// file is bad input, reported with the rest of the load errors, not a failed build half-way through.
import type { ModelPath } from '../errors.js';
import { stat } from 'node:fs/promises';
import { join, isAbsolute } from 'node:path';
import type { Diagnostics } from './diagnostics.js';
import type { Project, SourceMap } from './model.js';

/** Build contexts that are not local directories (Git and HTTP URLs). */
export function isRemoteContext(context: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i.test(context);
}

async function kind(path: string): Promise<'file' | 'directory' | undefined> {
  const found = await stat(path).catch(() => undefined);
  return found?.isDirectory() ? 'directory' : found ? 'file' : undefined;
}

export async function checkReferencedFiles(
  project: Project,
  sourceMap: SourceMap,
  diags: Diagnostics,
): Promise<void> {
  const problem = (message: string, path: ModelPath) => diags.error(message, path, sourceMap.locate(path));
  for (const service of Object.values(project.services)) {
    const build = service.build;
    if (!build || isRemoteContext(build.context)) continue;
    const contextKind = await kind(build.context);
    if (contextKind !== 'directory') {
      problem(`build context ${build.context} ${contextKind ? 'is not a directory' : 'does not exist'}`, [
        'services',
        service.name,
        'build',
        'context',
      ]);
      continue;
    }
    // An inline Dockerfile is the build's Dockerfile: no file is read.
    if (build.dockerfileInline !== undefined) continue;
    const dockerfile = isAbsolute(build.dockerfile)
      ? build.dockerfile
      : join(build.context, build.dockerfile);
    if ((await kind(dockerfile)) !== 'file') {
      problem(`Dockerfile ${dockerfile} does not exist`, ['services', service.name, 'build', 'dockerfile']);
    }
  }
  const used = new Set(
    Object.values(project.services).flatMap((s) => [
      ...s.secrets.map((r) => r.source),
      ...(s.build?.secrets ?? []).map((r) => r.source),
    ]),
  );
  for (const secret of Object.values(project.secrets)) {
    if (!secret.file || !used.has(secret.name)) continue;
    if ((await kind(secret.file)) !== 'file') {
      problem(
        `secret file ${secret.file} does not exist: in CI, write it from a GitHub secret before this step, or use environment: VAR`,
        ['secrets', secret.name, 'file'],
      );
    }
  }
}
