// The optional ECR lifecycle policy (lifecycle-keep): keep the last N content-tagged images, never an
// image a release uses, never the build cache. ECR evaluates rules by priority, and "an image that
// matches the tagging requirements of a higher priority rule cannot be expired by a rule with a lower
// priority"; a tag pattern list matches only images that have all of its patterns, so each kept tag
// gets a rule of its own:
// https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html#lifecycle_policy_evaluation
// A release is marked by a `release-…` tag on each image it runs (tagRelease, before the change set
// executes), so the policy can tell them apart; the release records hold the same digests.
import type { ImageRegistry } from '../aws/edge.js';
import { awsFailure } from '../aws/errors.js';
import { permissionFailure } from './ecr.js';
import type { ImageRecord } from './build-and-push.js';

/** Above ECR's default quota of images per repository (20,000): a keep rule that never expires. */
const NEVER = 20000;

export function lifecyclePolicy(keep: number): string {
  const rule = (rulePriority: number, description: string, pattern: string, countNumber: number) => ({
    rulePriority,
    description,
    selection: {
      tagStatus: 'tagged',
      tagPatternList: [pattern],
      countType: 'imageCountMoreThan',
      countNumber,
    },
    action: { type: 'expire' },
  });
  return JSON.stringify({
    rules: [
      rule(1, 'compose-ecs: images a release uses are kept', 'release-*', NEVER),
      rule(2, 'compose-ecs: the registry build cache is kept', 'buildcache', NEVER),
      rule(3, `compose-ecs: keep the last ${keep} builds`, 'src-*', keep),
    ],
  });
}

/** Puts the policy on each repository whose policy differs (one GetLifecyclePolicy each, in parallel). */
export async function applyLifecyclePolicy(
  ecr: ImageRegistry,
  repositories: string[],
  keep: number,
): Promise<string[]> {
  const wanted = lifecyclePolicy(keep);
  const changed: string[] = [];
  await Promise.all(
    repositories.map(async (repositoryName) => {
      let current: string | undefined;
      try {
        current = await ecr.lifecyclePolicy(repositoryName);
      } catch (err) {
        throw (
          permissionFailure(err, 'ecr:GetLifecyclePolicy', repositoryName) ??
          awsFailure(`ECR GetLifecyclePolicy ${repositoryName}`, err)
        );
      }
      if (current && JSON.stringify(JSON.parse(current)) === wanted) return;
      await ecr.putLifecyclePolicy(repositoryName, wanted).catch((err: unknown) => {
        throw (
          permissionFailure(err, 'ecr:PutLifecyclePolicy', repositoryName) ??
          awsFailure(`ECR PutLifecyclePolicy ${repositoryName}`, err)
        );
      });
      changed.push(repositoryName);
    }),
  );
  return changed.sort();
}

/** A tag name for a release: `release-` and the release's id, in ECR's tag alphabet, at most 128 characters. */
export function releaseTag(id: string): string {
  return `release-${id.replace(/[^A-Za-z0-9_.-]/g, '-')}`.slice(0, 128);
}

/**
 * Tags every built image a release runs with the release's tag (the documented way to retag in ECR:
 * BatchGetImage, then PutImage of the same manifest under the new tag).
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-retag.html
 */
export async function tagRelease(ecr: ImageRegistry, images: ImageRecord[], tag: string): Promise<void> {
  await Promise.all(
    images
      .filter((i) => i.repository && i.digest)
      .map(async ({ repository, digest }) => {
        const what = `${repository}@${digest}`;
        let found: boolean;
        try {
          found = await ecr.tagImage(repository!, digest!, tag);
        } catch (err) {
          throw (
            permissionFailure(err, 'ecr:BatchGetImage and ecr:PutImage', repository!) ??
            awsFailure(`tagging ${what} as ${tag}`, err)
          );
        }
        if (!found)
          throw awsFailure(`tagging ${what} as ${tag}`, new Error(`ECR returned no manifest for ${what}`));
      }),
  );
}
