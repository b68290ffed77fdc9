// Which compose build fields the images stage can honour, decided before anything is built.
// buildSupport: what no engine can do (checked in every mode, also convert). engineSupport: what the
// chosen engine cannot do, each error naming the field and the engine.
import type { Diagnostic, ModelPath } from '../errors.js';
import { isRemoteContext } from '../compose/check-files.js';
import type { Build, LoadedProject, Service } from '../compose/model.js';
import type { ContainerEngine } from './engine.js';
import { gitContext } from './remote-context.js';

type Built = Service & { build: Build };

function builtServices(loaded: LoadedProject): Built[] {
  return Object.values(loaded.project.services)
    .filter((s): s is Built => Boolean(s.build))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function reporter(loaded: LoadedProject, into: Diagnostic[]) {
  return (path: ModelPath, message: string) =>
    into.push({ message, path, location: loaded.sourceMap.locate(path) });
}

/** Errors and warnings for build fields no engine can apply here, located in the compose files. */
export function buildSupport(loaded: LoadedProject): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const error = reporter(loaded, errors);
  const warn = reporter(loaded, warnings);
  for (const service of builtServices(loaded)) {
    const { build } = service;
    const base = ['services', service.name, 'build'];
    if (isRemoteContext(build.context) && !gitContext(build.context)) {
      error(
        [...base, 'context'],
        'only Git URLs (https://…/repo.git#ref:dir, git@…) are supported as remote build contexts: a tarball URL cannot be fingerprinted before the build',
      );
    }
    (build.secrets ?? []).forEach((secret, i) => {
      const definition = loaded.project.secrets[secret.source];
      const at = [...base, 'secrets', i];
      if (!definition) error(at, `secret "${secret.source}" is not defined under the top-level secrets`);
      else if (!definition.file && !definition.environment)
        error(
          at,
          `secret "${secret.source}" has neither file nor environment: a build secret must come from this machine (an external secret lives in AWS and cannot reach the builder)`,
        );
    });
    if (build.platforms.length && service.platform && !build.platforms.includes(service.platform)) {
      error(
        [...base, 'platforms'],
        `build.platforms does not include the service's platform ${service.platform}: the task would run an image built for another platform`,
      );
    } else if (
      build.platforms.length &&
      !service.platform &&
      !build.platforms.some((p) => /^linux\/(amd64|x86_64)$/.test(p))
    ) {
      // Fargate runs X86_64 unless the task asks for ARM64 (the service's platform sets RuntimePlatform).
      error(
        [...base, 'platforms'],
        `the image is built for ${build.platforms.join(', ')} only, but the task runs on linux/amd64: set the service's platform: ${build.platforms[0]}`,
      );
    }
    if (build.tags?.some((tag) => tag.includes('@')))
      error([...base, 'tags'], 'build.tags names references, not digests: remove the @sha256:… part');
    if (build.privileged)
      warn(
        [...base, 'privileged'],
        'a privileged build runs its RUN steps with every capability of the builder host (buildx --allow security.insecure)',
      );
  }
  return { errors, warnings };
}

/** Errors for build fields the chosen engine cannot apply: one per field, naming field and engine. */
export function engineSupport(loaded: LoadedProject, engine: ContainerEngine): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const error = reporter(loaded, errors);
  const can = engine.capabilities;
  const cannot = (service: string, field: string, why: string, detail: ModelPath = []) =>
    error(
      ['services', service, 'build', field, ...detail],
      `build.${field} cannot be applied by ${engine.description}: ${why}`,
    );
  for (const service of builtServices(loaded)) {
    const { build, name } = service;
    if (build.platforms.length > 1 && !can.multiPlatform)
      cannot(
        name,
        'platforms',
        'it builds one platform at a time (use buildx with the docker-container driver)',
      );
    if (build.additionalContexts && Object.keys(build.additionalContexts).length && !can.additionalContexts)
      cannot(name, 'additional_contexts', 'named build contexts need buildx or podman');
    (build.cacheTo ?? []).forEach((entry, i) => {
      if (can.cacheTo === 'none')
        cannot(name, 'cache_to', 'it exports no build cache (buildx with the docker-container driver does)', [
          i,
        ]);
      else if (can.cacheTo === 'reference' && !isPlainReference(entry))
        cannot(name, 'cache_to', `it takes only a registry reference, not "${entry}"`, [i]);
    });
    (build.cacheFrom ?? []).forEach((entry, i) => {
      if (can.cacheFrom === 'reference' && !isPlainReference(entry))
        cannot(name, 'cache_from', `it takes only a registry reference, not "${entry}"`, [i]);
    });
    if (build.provenance !== undefined && !can.attestations)
      cannot(name, 'provenance', 'attestations need buildx with the docker-container driver');
    if (build.sbom !== undefined && !can.attestations)
      cannot(name, 'sbom', 'attestations need buildx with the docker-container driver');
    if (build.ulimits && Object.keys(build.ulimits).length && !can.ulimits)
      cannot(name, 'ulimits', 'its BuildKit ignores build ulimits');
    if (build.shmSize !== undefined && engine.name === 'buildkit')
      cannot(name, 'shm_size', "its BuildKit ignores the build's /dev/shm size");
    if (build.entitlements?.length && !can.entitlements)
      cannot(name, 'entitlements', 'entitlements are a buildx option');
    if (build.privileged && !can.entitlements)
      cannot(name, 'privileged', 'privileged builds need the security.insecure entitlement of buildx');
    (build.secrets ?? []).forEach((secret, i) => {
      if (!can.secretIdOk(secret.id))
        cannot(
          name,
          'secrets',
          `the secret id ${JSON.stringify(secret.id)} cannot be passed (commas and newlines are not allowed)`,
          [i],
        );
    });
  }
  return errors;
}

/** `repo:tag`, `repo`, or `type=registry,ref=repo[:tag]` with nothing else. */
function isPlainReference(entry: string): boolean {
  return /^type=registry,ref=[^,]+$/.test(entry) || !entry.includes('=');
}

/**
 * Build args and labels end up in the image's config and history, readable by anyone who can pull it:
 * a secret's value there is refused (use build secrets: instead), located in the compose files.
 */
export function buildSecretLeaks(
  loaded: LoadedProject,
  values: Array<{ secret: string; value: string }>,
): Diagnostic[] {
  const leaks: Diagnostic[] = [];
  const error = reporter(loaded, leaks);
  for (const service of builtServices(loaded)) {
    for (const [field, record] of [
      ['args', service.build.args],
      ['labels', service.build.labels],
    ] as const) {
      for (const [key, text] of Object.entries(record)) {
        const hit = values.find((v) => text.includes(v.value));
        if (hit)
          error(
            ['services', service.name, 'build', field, key],
            `contains the value of secret ${hit.secret}, which would be stored in the image's history for anyone who can pull it; pass it with build secrets: instead`,
          );
      }
    }
  }
  return leaks;
}

/** Environment build secrets whose variable is not set: found before anything is built. */
export function unsetBuildSecrets(
  loaded: LoadedProject,
  environment: Record<string, string | undefined>,
): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const error = reporter(loaded, errors);
  for (const service of builtServices(loaded)) {
    (service.build.secrets ?? []).forEach((secret, i) => {
      const variable = loaded.project.secrets[secret.source]?.environment;
      if (variable && environment[variable] === undefined)
        error(
          ['services', service.name, 'build', 'secrets', i],
          `environment variable ${variable} of build secret ${secret.source} is not set: pass it to the step (env: ${variable}: \${{ secrets.${variable} }})`,
        );
    });
  }
  return errors;
}
