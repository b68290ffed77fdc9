// Where a secret's value would leak: a `file:`/`environment:` secret's value may still be interpolated
// into a plain field (DATABASE_URL=postgres://app:${DB_PASSWORD}@db), which would put it in the template,
// the change set and the PR comment: that is refused, with where (the guard step: steps/guard-secrets.ts).
import type { Diagnostic } from '../errors.js';
import type { LoadedProject } from '../compose/model.js';

/** Every plain service field that carries a secret's value, located in the compose files. */
export function secretLeaks(
  loaded: LoadedProject,
  values: Array<{ secret: string; value: string }>,
): Diagnostic[] {
  const leaks: Diagnostic[] = [];
  const intoTemplate =
    'would be written into the template, the change set and the pull-request comment; pass it with secrets: instead (x-aws-keys for one key of a JSON secret)';
  const check = (text: string | null | undefined, path: Array<string | number>, why = intoTemplate) => {
    const hit = values.find((v) => text?.includes(v.value));
    if (!hit) return;
    leaks.push({
      message: `contains the value of secret ${hit.secret}, which ${why}`,
      path,
      location: loaded.sourceMap.locate(path),
    });
  };
  for (const service of Object.values(loaded.project.services)) {
    const base = ['services', service.name];
    for (const [key, value] of Object.entries(service.environment))
      check(value, [...base, 'environment', key]);
    for (const [key, value] of Object.entries(service.labels)) check(value, [...base, 'labels', key]);
    service.command?.forEach((arg, i) => check(arg, [...base, 'command', i]));
    service.entrypoint?.forEach((arg, i) => check(arg, [...base, 'entrypoint', i]));
    service.healthcheck?.test?.forEach((arg, i) => check(arg, [...base, 'healthcheck', 'test', i]));
    if (service.image) check(service.image, [...base, 'image']);
  }
  // A config is stored in plain text (an SSM String parameter) and readable by anyone who may read it.
  const intoConfig =
    'a config would store in plain text in SSM Parameter Store; deliver it with secrets: instead';
  for (const config of Object.values(loaded.project.configs))
    for (const file of config.files ?? [])
      check(
        file.content,
        // A config made from a bind mount is reported at the mount, the only place the user wrote it.
        (config.bindMount && [...config.bindMount]) ?? [
          'configs',
          config.name,
          config.file !== undefined ? 'file' : config.environment !== undefined ? 'environment' : 'content',
        ],
        intoConfig,
      );
  return leaks;
}

/**
 * Every place in a serialized document (the template, a release record) that holds a secret's value, as
 * a path (`Resources.WebTaskDefinition.Properties.ContainerDefinitions[0].WorkingDirectory`). The field
 * checks above name the compose line; this one catches every field they do not list (working_dir, user,
 * logging options, an x-aws-cloudformation overlay, parameters), whatever the converter copies.
 */
export function documentLeaks(
  document: unknown,
  values: Array<{ secret: string; value: string }>,
): Array<{ secret: string; path: string }> {
  const found: Array<{ secret: string; path: string }> = [];
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      const hit = values.find((v) => node.includes(v.value));
      if (hit) found.push({ secret: hit.secret, path });
    } else if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        // A key can carry a value too (an overlay's resource name, a tag key).
        walk(key, path ? `${path}.${key}` : key);
        walk(value, path ? `${path}.${key}` : key);
      }
  };
  walk(document, '');
  return found;
}

/**
 * `environment:` secrets a service uses whose variable is not set: found when the project loads, so
 * the run stops before anything is built (a `file:` secret's file is checked by the loader).
 */
export function unsetSecrets(
  loaded: LoadedProject,
  environment: Record<string, string | undefined>,
): Diagnostic[] {
  const used = new Set(Object.values(loaded.project.services).flatMap((s) => s.secrets.map((r) => r.source)));
  return Object.values(loaded.project.secrets)
    .filter((s) => s.environment && used.has(s.name) && environment[s.environment] === undefined)
    .map((s) => ({
      message: `environment variable ${s.environment} is not set: pass it to the step (env: ${s.environment}: \${{ secrets.${s.environment} }})`,
      path: ['secrets', s.name, 'environment'],
      location: loaded.sourceMap.locate(['secrets', s.name, 'environment']),
    }));
}
