// The reports behind the hand-reviewed fixture comments (__tests__/report/golden/*.md) and the README
// picture: real templates from the converter (the shop example, or many services), the change set
// CloudFormation would list for them, and the deploy states a run goes through.
import type { ResourceChange } from '../../src/deploy/change-set.js';
import type { ImageRecord } from '../../src/images/build-and-push.js';
import type { RunReport } from '../../src/report/run-report.js';
import { recordEvent, type ProgressRow } from '../../src/report/stack-progress.js';
import { diffTemplates, type TemplateDiff } from '../../src/report/template-diff.js';
import { convert } from '../../src/template/convert.js';
import type { Template } from '../../src/template/types.js';
import { port, project, service } from '../template/builder.js';
import { loadShopExample } from '../template/shop-example.js';
import { estimateFromFixture } from '../support/price-list.js';

const REGISTRY = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
export const digestOf = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;

/** What CloudFormation's change set lists for the same two templates (replacement from the local diff). */
export function changeSetOf(diff: TemplateDiff): ResourceChange[] {
  return diff.resources.map((r) => ({
    action: r.action,
    logicalId: r.logicalId,
    type: r.type,
    replacement: r.action === 'Modify' ? (r.replacedBy.length ? 'True' : 'False') : undefined,
    scope: r.action === 'Modify' ? ['Properties'] : [],
    properties: r.action === 'Modify' ? [...new Set(r.changes.map((c) => c.path.split(/[.[]/)[1]!))] : [],
  }));
}

function reportOf(
  before: Template | undefined,
  after: Template,
  images: ImageRecord[],
  stackName = 'shop',
): RunReport {
  const diff = diffTemplates(before, after);
  return {
    mode: 'plan',
    project: stackName,
    stackName,
    region: 'us-east-1',
    changeSetType: before ? 'UPDATE' : 'CREATE',
    changeSetName: 'compose-ecs-20261201133000',
    hasChanges: true,
    changes: changeSetOf(diff),
    diff,
    images,
    warnings: [],
    commit: '4f2c1e9a7b3d5c8e0f1a2b3c4d5e6f7a8b9c0d1e',
    runUrl: 'https://github.com/octo-org/shop/actions/runs/1234567890',
    apiCalls: 42,
  };
}

async function shop(edit: (services: Awaited<ReturnType<typeof loadShopExample>>) => void = () => undefined) {
  const loaded = await loadShopExample();
  edit(loaded);
  return convert(loaded).template;
}

const shopImages = async (changed: Record<string, string> = {}): Promise<ImageRecord[]> =>
  Object.values((await loadShopExample()).project.services).map((s) => ({
    service: s.name,
    uri: changed[s.name] ?? s.image!,
    repository: `shop/${s.name}`,
    tag: 'b7',
    digest: (changed[s.name] ?? s.image!).split('@')[1],
    pushed: s.name in changed,
  }));

export async function newStack(): Promise<RunReport> {
  const images = (await shopImages()).map((i) => ({ ...i, pushed: true }));
  return reportOf(undefined, await shop(), images);
}

const NEW_WEB = `${REGISTRY}/shop/web@${digestOf(7)}`;

export async function imageAndEnvironment(): Promise<RunReport> {
  const before = await shop();
  const after = await shop((l) => {
    const web = l.project.services.web!;
    web.image = NEW_WEB;
    web.environment.RELEASE = '1.1.0';
    web.environment.CHECKOUT_V2 = 'on';
    delete web.environment.API_URL;
  });
  return reportOf(before, after, await shopImages({ web: NEW_WEB }));
}

export async function iamSecurityReplacement(): Promise<RunReport> {
  const before = await shop();
  const after = await shop((l) => {
    const web = l.project.services.web!;
    web.image = NEW_WEB;
    web.environment.FEATURE_FLAGS = 'checkout-v2';
    web.environment.STRIPE_API_KEY = 'sk_live_do_not_show';
    web.aws = { ...web.aws, policies: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'] };
    web.ports.push(port(8443, 8443));
  });
  return reportOf(before, after, await shopImages({ web: NEW_WEB }));
}

/**
 * web from 2 to 4 replicas of 1 vCPU / 2 GB, the worker moved to Fargate Spot and an internal Network Load
 * Balancer added (the last two as an x-aws-cloudformation overlay writes them), priced from the recorded
 * Price List answer of eu-west-1.
 */
export async function costEstimate(): Promise<RunReport> {
  const before = await shop();
  const after = await shop((l) => {
    const web = l.project.services.web!.deploy!;
    web.replicas = 4;
    web.resources.limits = { cpus: 1, memory: 2 * 1024 ** 3 };
  });
  const worker = after.Resources.WorkerService!.Properties!;
  delete worker.LaunchType;
  worker.CapacityProviderStrategy = [{ CapacityProvider: 'FARGATE_SPOT', Weight: 1 }];
  after.Resources.InternalNlb = {
    Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    Properties: { Type: 'network', Scheme: 'internal', Subnets: ['subnet-1', 'subnet-2'] },
  };
  const report = reportOf(before, after, await shopImages());
  report.region = 'eu-west-1';
  report.cost = { estimate: estimateFromFixture(before, after) };
  return report;
}

export async function retainedRemoval(): Promise<RunReport> {
  const before = await shop();
  const after = await shop((l) => {
    delete l.project.services.db;
    delete l.project.volumes.dbdata;
    delete l.project.services.api!.dependsOn?.db;
    for (const s of Object.values(l.project.services))
      s.secrets = s.secrets.filter((r) => r.source !== 'db_password');
  });
  return reportOf(
    before,
    after,
    (await shopImages()).filter((i) => i.service !== 'db'),
  );
}

export async function circuitBreakerRollback(): Promise<RunReport> {
  const report = await imageAndEnvironment();
  report.mode = 'deploy';
  report.deploy = {
    state: 'failed',
    urls: {},
    error:
      'ECS rolled back service shop-WebService-Xb1: ECS deployment circuit breaker: 3 tasks failed to start. (latest event: (service web) (task 4b1e) failed container health checks.)',
    diagnosis:
      'task 4b1e stopped: Essential container in task exited\nweb exit code 1\nlast log lines:\n  listen tcp :8080: bind: address already in use',
    rollout: [
      {
        logicalId: 'WebService',
        name: 'web',
        taskDefinition: 'shop-web:8',
        rolloutState: 'FAILED',
        desired: 2,
        running: 2,
        pending: 0,
        failedTasks: 3,
        otherDeployments: 1,
        done: false,
        failed: true,
        reason:
          'ECS deployment circuit breaker: 3 tasks failed to start; ECS runs shop-web:7 instead of shop-web:8',
      },
    ],
    resources: [
      { logicalId: 'WebTaskDefinition', type: 'AWS::ECS::TaskDefinition', status: 'UPDATE_COMPLETE' },
      {
        logicalId: 'WebService',
        type: 'AWS::ECS::Service',
        status: 'UPDATE_FAILED',
        reason: 'circuit breaker',
      },
    ],
  };
  report.error = report.deploy.error;
  return report;
}

type Event = { logicalId: string; type: string; status: string; reason?: string };

/** The report after CloudFormation failed and rolled back, its progress fed event by event as run.ts does. */
function cloudFormationFailure(report: RunReport, events: Event[], error: string): RunReport {
  report.mode = 'deploy';
  const resources: ProgressRow[] = [];
  for (const e of events) recordEvent(resources, e);
  report.deploy = { state: 'failed', urls: {}, error, rollout: [], resources };
  report.error = error;
  return report;
}

export async function cloudFormationRollback(): Promise<RunReport> {
  const reason =
    'Resource handler returned message: "A load balancer cannot be attached to multiple subnets in the same Availability Zone"';
  const stack = (status: string, why?: string) => ({
    logicalId: 'shop',
    type: 'AWS::CloudFormation::Stack',
    status,
    reason: why,
  });
  const lb = (status: string, why?: string) => ({
    logicalId: 'LoadBalancer',
    type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    status,
    reason: why,
  });
  const role = (status: string) => ({ logicalId: 'WebTaskRole', type: 'AWS::IAM::Role', status });
  return cloudFormationFailure(
    await iamSecurityReplacement(),
    [
      stack('UPDATE_IN_PROGRESS', 'User Initiated'),
      role('CREATE_IN_PROGRESS'),
      role('CREATE_COMPLETE'),
      lb('UPDATE_IN_PROGRESS'),
      lb('UPDATE_FAILED', reason),
      stack('UPDATE_ROLLBACK_IN_PROGRESS', 'The following resource(s) failed to update: [LoadBalancer].'),
      lb('UPDATE_COMPLETE'),
      stack('UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS'),
      role('DELETE_COMPLETE'),
      stack('UPDATE_ROLLBACK_COMPLETE'),
    ],
    `deploy failed: LoadBalancer (AWS::ElasticLoadBalancingV2::LoadBalancer) UPDATE_FAILED: ${reason}`,
  );
}

/**
 * `count` services, each published on its own port: a big first deploy. The converter refuses a
 * stack over CloudFormation's 500 resources (about 120 such services), so a bigger report is put
 * together from batches of 50: it tests how the comment fits, not what CloudFormation accepts.
 */
export function manyServices(count: number): RunReport {
  const services = Array.from({ length: count }, (_, i) =>
    service(`svc${String(i).padStart(3, '0')}`, {
      image: `${REGISTRY}/big/svc${i}@${digestOf(i % 10)}`,
      environment: { INDEX: String(i), QUEUE_URL: `https://sqs.us-east-1.amazonaws.com/123456789012/q${i}` },
      ports: [port(8080, 10_000 + i)],
    }),
  );
  const after: Template = { AWSTemplateFormatVersion: '2010-09-09', Resources: {} };
  for (let i = 0; i < count; i += 50)
    Object.assign(after.Resources, convert(project(services.slice(i, i + 50))).template.Resources);
  const images = services.map((s) => ({
    service: s.name,
    uri: s.image!,
    repository: `big/${s.name}`,
    tag: 'b1',
    digest: s.image!.split('@')[1],
    pushed: true,
  }));
  return reportOf(undefined, after, images, 'big');
}

/** A first deploy of `count` services that CloudFormation failed and rolled back. */
export function failedFirstDeploy(count: number): RunReport {
  const report = manyServices(count);
  const failed = 'Svc149TCP10149TargetGroup';
  const reason = 'Resource handler returned message: "You have reached the maximum number of target groups"';
  const started = report.changes.filter((c) => c.logicalId !== failed);
  return cloudFormationFailure(
    report,
    [
      { logicalId: 'big', type: 'AWS::CloudFormation::Stack', status: 'CREATE_IN_PROGRESS' },
      ...started.map((c) => ({ logicalId: c.logicalId, type: c.type, status: 'CREATE_COMPLETE' })),
      {
        logicalId: failed,
        type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
        status: 'CREATE_FAILED',
        reason,
      },
      { logicalId: 'big', type: 'AWS::CloudFormation::Stack', status: 'ROLLBACK_IN_PROGRESS' },
      ...started.map((c) => ({ logicalId: c.logicalId, type: c.type, status: 'DELETE_COMPLETE' })),
      { logicalId: 'big', type: 'AWS::CloudFormation::Stack', status: 'ROLLBACK_COMPLETE' },
    ],
    `deploy failed: ${failed} (AWS::ElasticLoadBalancingV2::TargetGroup) CREATE_FAILED: ${reason}`,
  );
}
