import type { LoadedProject, Project } from '../compose/model.js';
import { UserError } from '../errors.js';
import { engineSupport } from '../images/build-support.js';
import type { ContainerEngine } from '../images/engine.js';
import { buildAndPushImages, type ImageRecord } from '../images/build-and-push.js';
import { pinImageTags } from '../images/pin-tags.js';
import { registryFetch } from '../net/proxy.js';
import { engineMirrors } from '../images/registry-mirrors.js';
import type { StepContext } from './context.js';
import { required } from './context.js';

/**
 * Builds and pushes what the project builds, then pins every image by digest: the built ones to the
 * digest the registry reported, the `image:` tags to the digest they point at now (pin-images), so a
 * release always names the same bytes.
 */
export async function buildImages(
  ctx: StepContext,
  loaded: LoadedProject,
): Promise<{ project: Project; images: ImageRecord[] }> {
  const { options, aws, logger } = ctx;
  const engine = await chooseEngine(loaded, ctx.deps.engine);
  // A cancelled run stops the builds in flight instead of waiting for them (the runner kills the step 10 s
  // after its first signal).
  if (engine && ctx.deps.signal) engine.abortOn?.(ctx.deps.signal);
  const built = await buildAndPushImages(
    loaded.project,
    { registry: aws.registry, engine, logger },
    { ...options.images, repositoryPrefix: options.repositoryPrefix, environment: options.load.environment },
  ).finally(() => engine?.dispose());
  if (options.pinImages === false) return built;
  return pinImageTags(built, {
    registry: aws.registry,
    logger,
    fetch: ctx.deps.fetch ?? registryFetch(process.env),
    mirrors: await engineMirrors(process.env),
    env: process.env,
  });
}

/** The builder, checked against every build field before anything is built: one error per field it cannot apply. */
async function chooseEngine(
  loaded: LoadedProject,
  engine: ContainerEngine | (() => Promise<ContainerEngine>) | undefined,
): Promise<ContainerEngine | undefined> {
  if (!Object.values(loaded.project.services).some((s) => s.build)) return undefined;
  const chosen = await (typeof engine === 'function' ? engine() : required(engine, 'a container engine'));
  const errors = engineSupport(loaded, chosen);
  if (errors.length) {
    await chosen.dispose();
    throw new UserError(
      `${errors.length} build option(s) cannot be applied by ${chosen.description}`,
      errors,
    );
  }
  return chosen;
}
