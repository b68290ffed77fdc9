// One CloudWatch log group per project; each container logs to it through awslogs.
import type { Service } from '../compose/model.js';
import type { Context } from './context.js';
import { ref, sub } from './context.js';

export const LOG_GROUP_ID = 'LogGroup';
/** Streams are named <prefix>/<container>/<task id>; stacks deployed before used the project's name. */
export const LOG_STREAM_PREFIX = 'compose';

/**
 * Logs are kept 30 days unless x-aws-logs_retention says otherwise: CloudWatch keeps a group's logs
 * forever by default, a cost that grows with every deploy and that nobody chose (AWS Copilot's default
 * is 30 days too).
 */
export const DEFAULT_RETENTION_DAYS = 30;

export function addLogGroup(ctx: Context): void {
  // Checked against CloudWatch's allowed periods by the loader (aws-extensions.ts).
  const retention = ctx.project.aws?.logsRetention;
  ctx.add(LOG_GROUP_ID, {
    Type: 'AWS::Logs::LogGroup',
    // Deleted with the stack, on purpose: a retained group would block re-creating a stack of the same name.
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    Properties: {
      LogGroupName: sub('/compose-ecs/${AWS::StackName}'),
      RetentionInDays: retention ?? DEFAULT_RETENTION_DAYS,
    },
  });
}

/** The container's LogConfiguration: awslogs to the project group; user awslogs options pass through. */
export function logConfiguration(
  ctx: Context,
  service: Service,
): { config: Record<string, unknown>; extraGroup?: string } {
  const path = ['services', service.name, 'logging'];
  const logging = service.logging;
  if (logging?.driver && logging.driver !== 'awslogs') {
    ctx.warn(
      [...path, 'driver'],
      `logging driver ${logging.driver} is not available here; awslogs is used instead`,
    );
  }
  const userOptions = logging && (!logging.driver || logging.driver === 'awslogs') ? logging.options : {};
  const options: Record<string, unknown> = {
    'awslogs-group': ref(LOG_GROUP_ID),
    'awslogs-region': ref('AWS::Region'),
    // Fixed: the group is the stack's own, and a prefix naming the project would make a project
    // rename a new revision of every task definition (and roll every service).
    'awslogs-stream-prefix': LOG_STREAM_PREFIX,
  };
  for (const key of Object.keys(userOptions).sort()) options[key] = userOptions[key];
  const extraGroup =
    typeof userOptions['awslogs-group'] === 'string' ? userOptions['awslogs-group'] : undefined;
  return { config: { LogDriver: 'awslogs', Options: options }, ...(extraGroup ? { extraGroup } : {}) };
}
