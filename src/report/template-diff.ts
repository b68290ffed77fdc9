import { createTwoFilesPatch } from 'diff';
import type { Template } from '../template/types.js';

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
  /** Unified diff of the pretty-printed templates ('' when identical). */
  unified: string;
}

/**
 * What changes between the deployed template and the new one, computed locally: resource-level sets
 * (a reviewer's `cdk diff`), the container images that change, and a unified text diff.
 * It does not need CloudFormation's change-set details, which not every endpoint provides.
 */
export function diffTemplates(before: Template | undefined, after: Template): TemplateDiff {
  const old = before?.Resources ?? {};
  const next = after.Resources;
  const added = Object.keys(next)
    .filter((id) => !(id in old))
    .sort();
  const removed = Object.keys(old)
    .filter((id) => !(id in next))
    .sort();
  const modified = Object.keys(next)
    .filter((id) => id in old && canonical(old[id]) !== canonical(next[id]))
    .sort();
  const beforeText = before ? `${JSON.stringify(before, null, 2)}\n` : '';
  const afterText = `${JSON.stringify(after, null, 2)}\n`;
  const unified =
    beforeText === afterText
      ? ''
      : createTwoFilesPatch('deployed', 'planned', beforeText, afterText, undefined, undefined, {
          context: 3,
        })
          .split('\n')
          .filter((line) => !/^(Index: |={10,})/.test(line)) // the banner lines say nothing here
          .join('\n');
  return { added, removed, modified, images: imageChanges(before, after), unified };
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
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
