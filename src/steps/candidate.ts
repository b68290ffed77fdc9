import type { Stack } from '@aws-sdk/client-cloudformation';
import type { ParameterResolver } from '../deploy/plan.js';
import type { SecretVersion } from '../releases/payload.js';
import type { ImageRecord } from '../images/build-and-push.js';
import type { ConvertResult } from '../template/convert.js';
import type { Template } from '../template/types.js';

/**
 * A release about to be planned: a template with the way to fill its parameters (what the report says of
 * it, the steps that made it have said as events). A new release is prepared from the compose files (prepare.ts); a rollback restores
 * one from its record (restore.ts). Plan and apply do not know which.
 */
export interface Candidate {
  stackName: string;
  /** The compose project (the stack's tag, the change set's description). */
  project: string;
  template: Template;
  /** The compact body sent to CloudFormation (and recorded, byte for byte). */
  body: string;
  parameters: ParameterResolver;
  images: ImageRecord[];
  /** The compose files the release came from (as recorded). */
  composeFiles: string[];
  /** The commit the release is of. */
  sha?: string;
  /** The file secrets' ARNs and pinned versions among the planned parameters (what a rollback must find again). */
  secretVersions(parameters: Record<string, string>): SecretVersion[];
  /**
   * Stores what the template reads outside itself and that is not stored yet (config contents in SSM),
   * just before the change set executes. A restored release has nothing to store.
   */
  storeContent?: () => Promise<void>;
  /** How the release describes itself (a rollback says from and to which commit). */
  description?: string;
  /** The run's first reading of the stack, which the plan reuses while it is fresh. */
  preflight?: { stack: Stack | undefined; readAt: number };
  /** A recorded release replayed (a rollback), not one prepared from the compose files. */
  restored?: boolean;
  /** A new release's conversion; a restored one has none. */
  conversion?: ConvertResult;
  templatePath?: string;
}
