// Shared state of one conversion: the template under construction and the diagnostics found so far.
// Every concern adds its resources through `add`, so duplicates surface as errors, never as overwrites.
import type { Diagnostic, ModelPath } from '../errors.js';
import type { LoadedProject, Project } from '../compose/model.js';
import type { Resource, Template } from './types.js';
import { assignIds } from './logical-id.js';
import type { ResolvedOptions } from './options.js';

export interface Context {
  readonly project: Project;
  readonly options: ResolvedOptions;
  readonly template: Template & {
    Parameters: NonNullable<Template['Parameters']>;
    Outputs: NonNullable<Template['Outputs']>;
  };
  readonly warnings: Diagnostic[];
  readonly errors: Diagnostic[];
  readonly ids: {
    service: Map<string, string>;
    network: Map<string, string>;
    volume: Map<string, string>;
    secret: Map<string, string>;
  };
  /** Logical ID → compose service that owns the resource (for the service tag). */
  readonly owners: Map<string, string>;
  /** Built services → the image their Dockerfile rests on (LoadedProject.builtFrom). */
  readonly builtFrom: ReadonlyMap<string, string>;
  add(id: string, resource: Resource, owner?: string): void;
  warn(path: ModelPath, message: string): void;
  error(path: ModelPath, message: string): void;
}

export function createContext(loaded: LoadedProject, options: ResolvedOptions): Context {
  const { project, sourceMap } = loaded;
  const diag = (path: ModelPath, message: string): Diagnostic => {
    const location = sourceMap.locate(path);
    return location ? { message, path, location } : { message, path };
  };
  const template: Context['template'] = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `compose-ecs: Docker Compose project ${project.name}`,
    Parameters: {},
    Resources: {},
    Outputs: {},
  };
  // Each diagnostic is said once: several concerns may read the same field (a service's x-aws-healthcheck
  // applies to each of its ports), but the user needs to hear about it one time.
  const said = new Set<string>();
  const once = (list: Diagnostic[], d: Diagnostic) => {
    const key = JSON.stringify([d.path, d.message]);
    if (said.has(key)) return;
    said.add(key);
    list.push(d);
  };
  const ctx: Context = {
    project,
    options,
    template,
    warnings: [],
    errors: [],
    ids: {
      service: assignIds(Object.keys(project.services)),
      network: assignIds(networkNames(project)),
      volume: assignIds(Object.keys(project.volumes)),
      secret: assignIds(Object.keys(project.secrets)),
    },
    owners: new Map(),
    builtFrom: new Map(Object.entries(loaded.builtFrom ?? {})),
    add(id, resource, owner) {
      if (template.Resources[id]) {
        ctx.error(
          [],
          `two resources would share the logical ID ${id}; rename one of the compose objects it derives from`,
        );
        return;
      }
      template.Resources[id] = resource;
      if (owner !== undefined) ctx.owners.set(id, owner);
    },
    warn: (path, message) => once(ctx.warnings, diag(path, message)),
    error: (path, message) => once(ctx.errors, diag(path, message)),
  };
  return ctx;
}

/** Declared networks plus any a service names (the loader adds "default" implicitly). */
export function networkNames(project: Project): string[] {
  const names = new Set(Object.keys(project.networks));
  for (const s of Object.values(project.services)) for (const n of Object.keys(s.networks)) names.add(n);
  return [...names].sort();
}

// Intrinsic function helpers.
export const ref = (id: string) => ({ Ref: id });
export const getAtt = (id: string, attr: string) => ({ 'Fn::GetAtt': [id, attr] });
export const sub = (text: string, vars?: Record<string, unknown>) => ({
  'Fn::Sub': vars === undefined ? text : [text, vars],
});
export const join = (sep: string, parts: unknown[]) => ({ 'Fn::Join': [sep, parts] });

export function sortedRecord<T>(rec: Record<string, T>): Array<[string, T]> {
  return Object.entries(rec).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
