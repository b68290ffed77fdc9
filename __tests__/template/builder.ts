// Builds normalised LoadedProject fixtures directly (the converter never parses compose text).
import { decodeAwsExtensions } from '../../src/compose/aws-extensions.js';
import type {
  ConfigDefinition,
  LoadedProject,
  Network,
  Project,
  SecretDefinition,
  Service,
  Volume,
} from '../../src/compose/model.js';
import { emptyService } from '../../src/compose/normalize/service.js';
import {
  UserError,
  formatPath,
  type Diagnostic,
  type ModelPath,
  type SourceLocation,
} from '../../src/errors.js';

export const DIGEST = 'sha256:' + 'a'.repeat(64);
export const ecrImage = (repo: string) => `123456789012.dkr.ecr.us-east-1.amazonaws.com/${repo}@${DIGEST}`;

export function service(name: string, fields: Partial<Service> = {}): Service {
  // The loader's own empty service, as a normalised service looks after the default network is joined.
  return {
    ...emptyService(name),
    image: ecrImage(`demo/${name}`),
    networks: { default: { aliases: [] } },
    ...fields,
  };
}

export function port(
  target: number,
  published?: number,
  fields: Partial<Service['ports'][number]> = {},
): Service['ports'][number] {
  return {
    target,
    ...(published !== undefined ? { published } : {}),
    protocol: 'tcp',
    mode: 'ingress',
    extensions: {},
    ...fields,
  };
}

export function network(name: string, fields: Partial<Network> = {}): Network {
  return { name, external: false, extensions: {}, ...fields };
}

export function volume(name: string, fields: Partial<Volume> = {}): Volume {
  return { name, external: false, driverOpts: {}, extensions: {}, ...fields };
}

export function config(name: string, fields: Partial<ConfigDefinition> = {}): ConfigDefinition {
  return { name, external: false, extensions: {}, ...fields };
}

export function secret(name: string, fields: Partial<SecretDefinition> = {}): SecretDefinition {
  return { name, external: false, extensions: {}, ...fields };
}

/**
 * A project with the given services; `locations` maps formatted model paths
 * (e.g. "services.web.ports[0]") to line numbers in a fictional compose.yaml.
 */
export function project(
  services: Service[],
  fields: Partial<Omit<Project, 'services'>> = {},
  locations: Record<string, number> = {},
): LoadedProject {
  const networks: Record<string, Network> = { default: network('demo_default') };
  const loaded: LoadedProject = {
    project: {
      name: 'demo',
      workingDir: '/src',
      files: ['/src/compose.yaml'],
      services: Object.fromEntries(services.map((s) => [s.name, s])),
      networks,
      volumes: {},
      secrets: {},
      configs: {},
      extensions: {},
      ...fields,
    },
    sourceMap: {
      locate(path: ModelPath): SourceLocation | undefined {
        const line = locations[formatPath(path)];
        return line === undefined ? undefined : { file: 'compose.yaml', line, column: 3 };
      },
    },
    warnings: [],
  };
  // As the loader does: every x-aws-* extension decoded into typed fields once, its problems located.
  const errors: Diagnostic[] = [];
  const at = (path: ModelPath, message: string): Diagnostic => {
    const location = loaded.sourceMap.locate(path);
    return { message, path, ...(location ? { location } : {}) };
  };
  decodeAwsExtensions(loaded.project, {
    error: (path, message) => errors.push(at(path, message)),
    warn: (path, message) => loaded.warnings.push(at(path, message)),
  });
  if (errors.length) throw new UserError(`The compose project has ${errors.length} errors`, errors);
  return loaded;
}
