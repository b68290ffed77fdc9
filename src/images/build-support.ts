// Which compose build options the images stage honours. It drives the engine's classic build API
// (docker build against Docker or podman), so options that change what gets built but that API
// cannot express are errors, never silently dropped; options that only tune caching are warnings.
import { isRemoteContext } from '../compose/check-files.js';
import type { Diagnostic, LoadedProject } from '../compose/model.js';

const CACHE_ONLY: Record<string, string> = {
  cache_from: 'images are tagged by content and only rebuilt when their inputs change',
  cache_to: 'images are tagged by content and only rebuilt when their inputs change',
  no_cache: 'images are only rebuilt when their inputs change',
  pull: 'the engine pulls base images as it needs them',
  provenance: 'attestations need BuildKit',
  sbom: 'attestations need BuildKit',
  tags: 'each image is tagged by the hash of its build inputs',
};

const UNSUPPORTED = [
  'dockerfile_inline',
  'additional_contexts',
  'secrets',
  'ssh',
  'network',
  'shm_size',
  'extra_hosts',
  'privileged',
  'ulimits',
  'entitlements',
];

/** Errors and warnings for build options this version cannot apply, located in the compose files. */
export function buildSupport(loaded: LoadedProject): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  for (const service of Object.values(loaded.project.services).sort((a, b) => a.name.localeCompare(b.name))) {
    const build = service.build;
    if (!build) continue;
    const base = ['services', service.name, 'build'];
    if (isRemoteContext(build.context)) {
      errors.push({
        message: `remote build contexts are not supported yet: check the repository out in an earlier step and build from its path`,
        path: [...base, 'context'],
        location: loaded.sourceMap.locate([...base, 'context']),
      });
    }
    for (const key of Object.keys(build.options ?? {}).sort()) {
      const path = [...base, key];
      if (CACHE_ONLY[key]) {
        warnings.push({
          message: `build.${key} is ignored: ${CACHE_ONLY[key]}`,
          path,
          location: loaded.sourceMap.locate(path),
        });
      } else if (UNSUPPORTED.includes(key)) {
        errors.push({
          message: `build.${key} is not supported yet (the classic build API cannot express it): build the image in an earlier step and use image:, or remove it`,
          path,
          location: loaded.sourceMap.locate(path),
        });
      }
    }
    if (build.platforms.length > 1) {
      warnings.push({
        message: `build.platforms lists ${build.platforms.length} platforms; the image is built for the service's platform only (${service.platform ?? 'the engine default'})`,
        path: [...base, 'platforms'],
        location: loaded.sourceMap.locate([...base, 'platforms']),
      });
    }
  }
  return { errors, warnings };
}
