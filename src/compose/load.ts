// loadProject: the compose loader's one entry point. Passes, in order (as compose-go does):
// discover → read+parse (positions) → interpolate → include → extends → resolve paths →
// merge files → normalise → profiles → validate references → ECS rules (bind mounts may become configs)
// → the content of the configs services use.
import { checkReferencedFiles } from './check-files.js';
import { bindSources } from './bind-configs.js';
import { bindMountPolicy, type BindMountPolicy } from './bind-policy.js';
import { readConfigContents } from './config-contents.js';
import { builtFrom, imageContent, type ImageContent } from './dockerfile-copies.js';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { UserError, type SourceLocation } from '../errors.js';
import { Diagnostics, sortedWarnings } from './diagnostics.js';
import { discoverFiles } from './discover.js';
import { decodeAwsExtensions } from './aws-extensions.js';
import { applyEcsRules, UNMODELLED_SERVICE_FIELDS } from './ecs-rules.js';
import { readServiceEnvFiles } from './env-file.js';
import { projectLookup, type RunnerVariable } from './environment.js';
import { fileAccess, type FileAccess } from './file-access.js';
import { checkWorkspacePaths } from './workspace-paths.js';
import { workspaceRoot } from '../workspace.js';
import { applyExtends } from './extends.js';
import { applyIncludes } from './include.js';
import { interpolateTree, type Lookup } from './interpolate.js';
import { mergeDocuments } from './merge.js';
import type { LoadedProject, Project } from './model.js';
import { get, type Node } from './node.js';
import { normalizeProject } from './normalize/index.js';
import { decodeUtf8, MAX_FILE_BYTES, parseYaml } from './parse.js';
import { resolveRelativePaths } from './paths.js';
import { activeServices, enabledProfiles } from './profiles.js';
import { chooseProjectName } from './project-name.js';
import { TreeSourceMap } from './source-map.js';
import { validateReferences } from './validate.js';

export interface LoadOptions {
  /** Compose file paths (relative to workingDir or absolute); empty → discovery. */
  files: string[];
  /** Absolute. */
  workingDir: string;
  /** Explicit input wins over top-level name:, then COMPOSE_PROJECT_NAME, then the directory name. */
  projectName?: string;
  /** Extra env files for interpolation (action input `env-file`), read after `.env`; later files win. */
  envFiles?: string[];
  /** Plus COMPOSE_PROFILES from the environment. */
  profiles?: string[];
  /** Usually process.env; the loader never reads process.env itself. */
  environment: Record<string, string | undefined>;
  /** What becomes of bind mounts (compose/bind-policy.ts); default: each is an error. */
  bindMounts?: BindMountPolicy;
  /** The directory files named by compose files must lie in; default workspaceRoot(environment, workingDir). */
  workspace?: string;
  /** Files outside the workspace, the runner's SSH agent and host networking in builds (input allow-outside-workspace). */
  allowOutsideWorkspace?: boolean;
  /** `build.privileged: true` (input allow-privileged-builds); refused otherwise. */
  allowPrivilegedBuilds?: boolean;
  /** Stops a load blocked on a file (the run's cancel). */
  signal?: AbortSignal;
}

/** Everything a pass needs to read another compose file the same way (include, extends). */
export interface LoadContext {
  diags: Diagnostics;
  files: FileAccess;
  /** Compose files already included (by real path and project directory): a diamond loads each once. */
  included: Set<string>;
  workingDir: string;
  home: string | undefined;
  /** Display path for locations: relative to workingDir when inside it. */
  display: (absolute: string) => string;
  /** Reads, parses and interpolates one compose file; undefined when it could not be read. */
  readCompose: (
    absolute: string,
    lookup: Lookup,
    usedAt?: { path: (string | number)[]; loc: SourceLocation },
  ) => Promise<Node | undefined>;
  /** Builds the interpolation lookup for a project directory: its .env, then (or instead) the given env files. */
  makeLookup: (
    projectDir: string,
    envFiles?: string[],
    mode?: 'after-dotenv' | 'instead-of-dotenv',
  ) => Promise<Lookup>;
}

export async function loadProject(options: LoadOptions): Promise<LoadedProject> {
  const diags = new Diagnostics();
  const runnerValues = new Map<string, string>();
  const ctx = loadContext(options, diags, (v) => runnerValues.set(v.name, v.value));
  const discovered = await discoverFiles(options.files, options.workingDir, options.environment);
  if (discovered.files.length === 0) {
    throw new UserError(
      `No compose file found in ${options.workingDir} (looked for ${discovered.searched.map((f) => ctx.display(f)).join(', ')}); pass the files to use.`,
    );
  }
  const files = discovered.files;
  const projectDir = dirname(files[0]!);
  const lookup = await ctx.makeLookup(
    projectDir,
    options.envFiles?.map((f) => resolve(options.workingDir, f)),
  );

  const docs = await readDocuments(ctx, files, projectDir, lookup);
  diags.throwIfAny();
  const tree = mergeDocuments(docs);
  const sourceMap = new TreeSourceMap(tree);
  const services = get(tree, 'services');
  const envFileVars = await serviceEnvFiles(ctx, services, lookup, diags);
  const { project, topLevelName } = normalizeProject(
    { diags, projectDir, files, lookup, envFileVars: (name) => envFileVars.get(name) ?? new Map() },
    tree,
  );
  const chosen = chooseProjectName({
    input: options.projectName,
    topLevel: topLevelName,
    environment: lookup('COMPOSE_PROJECT_NAME'),
    projectDir,
  });
  if (!chosen.name) {
    diags.error(
      `the project name from ${chosen.from} (${JSON.stringify(chosen.raw)}) has no letters or digits; set one with the project-name input or a top-level name:`,
      topLevelName !== undefined && chosen.from.includes('name:') ? ['name'] : undefined,
      topLevelName !== undefined ? sourceMap.locate(['name']) : undefined,
    );
  }
  project.name = chosen.name;

  applyProfiles(project, options, lookup);
  validateReferences(project, sourceMap, diags);
  // Only a well-formed project is checked against the disk: a malformed field has its own error.
  if (diags.errors.length === 0) {
    await checkWorkspacePaths(project, sourceMap, diags, {
      refusal: ctx.files.refusal,
      allowOutside: options.allowOutsideWorkspace ?? false,
      allowPrivileged: options.allowPrivilegedBuilds ?? false,
    });
    await checkReferencedFiles(project, sourceMap, diags);
  }
  const rawFields = unmodelledFields(project, services);
  // Every x-aws-* extension becomes typed fields here, once; the converter reads only those.
  decodeAwsExtensions(project, {
    error: (path, message) => diags.error(message, path, sourceMap.locate(path)),
    warn: (path, message) => diags.warn(message, path, sourceMap.locate(path)),
  });
  const policy = options.bindMounts ?? bindMountPolicy('error');
  applyEcsRules(project, sourceMap, rawFields, diags, {
    bindMounts: policy,
    bindSources: await bindSources(project),
    workspace: options.workspace ?? workspaceRoot(options.environment, options.workingDir),
    ...(policy.drop === 'copied-source' ? { images: await builtImageContents(project) } : {}),
  });
  // After the ECS rules, which may add configs made from bind mounts.
  if (diags.errors.length === 0) await readConfigContents(project, sourceMap, diags, lookup, ctx.files.read);
  diags.throwIfAny();
  return {
    project,
    sourceMap,
    warnings: sortedWarnings(diags),
    runnerVariables: [...runnerValues].map(([name, value]) => ({ name, value })),
    builtFrom: await builtBases(project),
  };
}

/** What each built service's image rests on, read from its Dockerfile (named-volume seeding needs a shell). */
async function builtBases(project: Project): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const service of Object.values(project.services)) {
    const base = service.build && (await builtFrom(service.build));
    if (base) out[service.name] = base;
  }
  return out;
}

/** Each compose file read, its includes and extends applied and its relative paths resolved. */
async function readDocuments(
  ctx: LoadContext,
  files: string[],
  projectDir: string,
  lookup: Lookup,
): Promise<Node[]> {
  const docs: Node[] = [];
  for (const file of files) {
    const doc = await ctx.readCompose(file, lookup);
    if (!doc) continue;
    await applyIncludes(ctx, doc, dirname(file), lookup);
    await applyExtends(ctx, doc, file, lookup);
    resolveRelativePaths(doc, { baseDir: projectDir, home: ctx.home });
    docs.push(doc);
  }
  return docs;
}

/** Service name → the variables of its env_file entries, read before the project is normalised. */
async function serviceEnvFiles(
  ctx: LoadContext,
  services: Node | undefined,
  lookup: Lookup,
  diags: Diagnostics,
): Promise<Map<string, Map<string, string | undefined>>> {
  const envFileVars = new Map<string, Map<string, string | undefined>>();
  for (const [name, entry] of services?.kind === 'map' ? services.entries : []) {
    const envFile = get(entry.value, 'env_file');
    if (envFile)
      envFileVars.set(
        name,
        await readServiceEnvFiles(
          envFile,
          ['services', name, 'env_file'],
          lookup,
          diags,
          ctx.display,
          ctx.files.read,
        ),
      );
  }
  return envFileVars;
}

/** Service name → the fields it sets that the model does not keep (the ECS rules warn about them). */
function unmodelledFields(project: Project, services: Node | undefined): Map<string, string[]> {
  const rawFields = new Map<string, string[]>();
  for (const name of Object.keys(project.services)) {
    const node = get(services, name);
    rawFields.set(
      name,
      node?.kind === 'map'
        ? [...node.entries.keys()].filter((k) => Object.hasOwn(UNMODELLED_SERVICE_FIELDS, k))
        : [],
    );
  }
  return rawFields;
}

/** What each built service's image holds from its build context, read from its Dockerfile. */
async function builtImageContents(project: Project): Promise<Map<string, ImageContent>> {
  const contents = new Map<string, ImageContent>();
  for (const service of Object.values(project.services)) {
    const content = service.build && (await imageContent(service.build));
    if (content) contents.set(service.name, content);
  }
  return contents;
}

function applyProfiles(project: Project, options: LoadOptions, lookup: Lookup): void {
  const active = activeServices(
    project.services,
    enabledProfiles(options.profiles, lookup('COMPOSE_PROFILES')),
  );
  for (const name of Object.keys(project.services)) if (!active.has(name)) delete project.services[name];
}

function loadContext(
  options: LoadOptions,
  diags: Diagnostics,
  onRunnerValue: (variable: RunnerVariable) => void,
): LoadContext {
  const env = options.environment;
  const display = (absolute: string) => {
    const rel = relative(options.workingDir, absolute);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
  };
  const files = fileAccess({
    workspace: options.workspace ?? workspaceRoot(env, options.workingDir),
    allowOutside: options.allowOutsideWorkspace ?? false,
    ...(options.signal && { signal: options.signal }),
  });
  return {
    diags,
    files,
    included: new Set(),
    workingDir: options.workingDir,
    home: env.HOME,
    display,
    async readCompose(file, lookup, usedAt) {
      // A file another compose file names (include, extends) is confined; the operator's own are not.
      const result = await files.read(file, { maxBytes: MAX_FILE_BYTES, confine: usedAt !== undefined });
      if ('problem' in result) {
        diags.error(`compose file ${display(file)} ${result.problem}`, usedAt?.path, usedAt?.loc);
        return undefined;
      }
      const text = decodeUtf8(result.bytes, display(file), diags);
      const doc = text === undefined ? undefined : parseYaml(text, display(file), diags);
      if (doc) interpolateTree(doc, lookup, diags);
      return doc;
    },
    makeLookup: (projectDir, envFiles, mode = 'after-dotenv') =>
      projectLookup(
        { environment: env, diags, display, read: files.read, onRunnerValue },
        projectDir,
        envFiles,
        mode,
      ),
  };
}
