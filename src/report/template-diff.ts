import { createHash } from 'node:crypto';
import type { Template } from '../template/types.js';
import { composeChanges, type ComposeChanges } from './compose-changes.js';
import { resourceDiffs, type ResourceDiff } from './resource-diff.js';
import { canonicalJson } from '../canonical-json.js';
import { securityChanges, type SecurityChange } from './security-changes.js';

export interface ImageChange {
  /** Task-definition resource and container name. */
  resource: string;
  container: string;
  from?: string;
  to?: string;
}

export interface TemplateDiff {
  added: string[];
  removed: string[];
  modified: string[];
  images: ImageChange[];
  /** Property-level changes, resource by resource (empty when identical). */
  resources: ResourceDiff[];
  /** The same change in the compose file's terms, per service and for the project. */
  compose: ComposeChanges;
  /** IAM, security-group and load-balancer exposure added or removed. */
  security: SecurityChange[];
  /** sha256 of the new template (keys sorted): what a deploy compares with the plan reviewed. */
  templateHash: string;
  /**
   * sha256 of the new template with every built image named by its content key instead of its URI: equal
   * for a plan and a deploy of the same sources whose images live under different prefixes (a pull
   * request's `-untrusted` repositories and the deploy's).
   */
  contentHash?: string;
}

/**
 * What changes between the deployed template and the new one, computed locally: resource-level sets
 * (a reviewer's `cdk diff`), the container images that change, a property-level diff per resource, and
 * the compose-level and security-sensitive views of it.
 * It does not need CloudFormation's change-set details, which not every endpoint provides.
 */
export function diffTemplates(
  before: Template | undefined,
  after: Template,
  /** Built images: the URI the template names → the content key (tag) it was built under. */
  contentKeys: Record<string, string> = {},
): TemplateDiff {
  const old = before?.Resources ?? {};
  const next = after.Resources;
  const added = Object.keys(next)
    .filter((id) => !(id in old))
    .sort();
  const removed = Object.keys(old)
    .filter((id) => !(id in next))
    .sort();
  const modified = Object.keys(next)
    .filter((id) => id in old && canonicalJson(old[id]) !== canonicalJson(next[id]))
    .sort();
  return {
    added,
    removed,
    modified,
    images: imageChanges(before, after),
    resources: resourceDiffs(before, after),
    compose: composeChanges(before, after),
    security: securityChanges(before, after),
    templateHash: `sha256:${createHash('sha256').update(canonicalJson(after)).digest('hex')}`,
    ...(Object.keys(contentKeys).length ? { contentHash: contentHash(after, contentKeys) } : {}),
  };
}

function contentHash(template: Template, contentKeys: Record<string, string>): string {
  let text = canonicalJson(template);
  // Longest first: no URI is a prefix of another once replaced.
  for (const uri of Object.keys(contentKeys).sort((a, b) => b.length - a.length)) {
    const key = `content-key:${contentKeys[uri]}`;
    text = text.split(JSON.stringify(uri)).join(JSON.stringify(key));
    // The execution role names the image's repository by ARN (…:repository/<prefix>/<service>), which
    // differs between a pull request's `-untrusted` prefix and the deploy's: name it by content key too.
    const repository = /^[^/]+\/([^@:]+)/.exec(uri)?.[1];
    if (repository) text = text.split(`:repository/${repository}"`).join(`:repository/${key}"`);
  }
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

function containerImages(
  template: Template | undefined,
): Map<string, { resource: string; container: string; image: string }> {
  const images = new Map<string, { resource: string; container: string; image: string }>();
  for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
    if (resource.Type !== 'AWS::ECS::TaskDefinition') continue;
    const containers = (resource.Properties?.ContainerDefinitions ?? []) as Array<{
      Name?: string;
      Image?: unknown;
    }>;
    for (const c of containers) {
      if (typeof c.Image === 'string')
        images.set(`${id}/${c.Name}`, { resource: id, container: c.Name ?? '', image: c.Image });
    }
  }
  return images;
}

function imageChanges(before: Template | undefined, after: Template): ImageChange[] {
  const old = containerImages(before);
  const next = containerImages(after);
  const changes: ImageChange[] = [];
  for (const key of new Set([...old.keys(), ...next.keys()])) {
    const a = old.get(key);
    const b = next.get(key);
    if (a?.image === b?.image) continue;
    changes.push({
      resource: (b ?? a)!.resource,
      container: (b ?? a)!.container,
      from: a?.image,
      to: b?.image,
    });
  }
  return changes.sort((x, y) => `${x.resource}/${x.container}`.localeCompare(`${y.resource}/${y.container}`));
}
