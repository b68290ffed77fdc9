// Merged tree → typed Project. Top-level keys are checked here; each section has its own file.
import type { Project } from '../model.js';
import type { Node } from '../node.js';
import { asMap, fields, str, type Path } from './read.js';
import {
  eachResource,
  normalizeConfig,
  normalizeNetwork,
  normalizeSecret,
  normalizeVolume,
} from './project.js';
import { normalizeService, type ServiceCtx } from './service.js';

export interface ProjectCtx extends ServiceCtx {
  files: string[];
}

/** Returns the project with its name left empty (project-name.ts decides it). */
export function normalizeProject(ctx: ProjectCtx, root: Node): { project: Project; topLevelName?: string } {
  const project: Project = {
    name: '',
    workingDir: ctx.projectDir,
    files: ctx.files,
    services: {},
    networks: {},
    volumes: {},
    secrets: {},
    configs: {},
    extensions: {},
  };
  let topLevelName: string | undefined;
  const map = asMap(ctx, root, [], 'a mapping with services, networks, volumes, ... at the top level');
  if (!map) return { project };
  const section = (key: string) => map.entries.get(key)?.value;
  fields(
    ctx,
    map,
    [],
    {
      version: (v, p) => ctx.diags.warn('`version` is obsolete and ignored', p, v.loc),
      name: (v, p) => (topLevelName = str(ctx, v, p)),
      include: () => undefined, // consumed by include.ts
      services: () => undefined,
      networks: () => undefined,
      volumes: () => undefined,
      secrets: () => undefined,
      configs: () => undefined,
      models: (v, p) => ctx.diags.error('model runners (`models`) are not available on ECS', p, v.loc),
    },
    'the top level',
    project.extensions,
  );
  const services = section('services');
  if (services) {
    const m = asMap(ctx, services, ['services']);
    for (const [name, entry] of m?.entries ?? []) {
      if (!/^[a-zA-Z0-9._-]+$/.test(name))
        ctx.diags.error(
          `a service name may use letters, digits, ".", "_" and "-" only`,
          ['services', name],
          entry.keyLoc,
        );
      const s = normalizeService(ctx, name, entry.value);
      if (s) project.services[name] = s;
    }
  }
  project.networks = eachResource(ctx, section('networks'), 'networks', (name, v, p: Path) =>
    normalizeNetwork(ctx, name, v, p),
  );
  project.volumes = eachResource(ctx, section('volumes'), 'volumes', (name, v, p) =>
    normalizeVolume(ctx, name, v, p),
  );
  project.secrets = eachResource(ctx, section('secrets'), 'secrets', (name, v, p) =>
    normalizeSecret(ctx, name, v, p),
  );
  project.configs = eachResource(ctx, section('configs'), 'configs', (name, v, p) =>
    normalizeConfig(ctx, name, v, p),
  );
  return topLevelName === undefined ? { project } : { project, topLevelName };
}
