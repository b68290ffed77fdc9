// Tags on every resource that takes them: the project, and the service that owns the resource.
// The table lists, per resource type we generate, the property that carries tags
// (from the CloudFormation resource schemas; a test checks it against cfn-lint's copy).
import type { Context } from './context.js';

export const PROJECT_TAG = 'com.docker.compose.project';
export const SERVICE_TAG = 'com.docker.compose.service';

export const TAG_PROPERTY: Record<string, string | null> = {
  'AWS::ECS::Cluster': 'Tags',
  'AWS::ECS::ClusterCapacityProviderAssociations': null,
  'AWS::ECS::Service': 'Tags',
  'AWS::ECS::TaskDefinition': 'Tags',
  'AWS::Logs::LogGroup': 'Tags',
  'AWS::IAM::Role': 'Tags',
  'AWS::EC2::SecurityGroup': 'Tags',
  'AWS::EC2::SecurityGroupIngress': null,
  'AWS::ElasticLoadBalancingV2::LoadBalancer': 'Tags',
  'AWS::ElasticLoadBalancingV2::TargetGroup': 'Tags',
  'AWS::ElasticLoadBalancingV2::Listener': null,
  'AWS::ElasticLoadBalancingV2::ListenerRule': null,
  'AWS::ElasticLoadBalancingV2::ListenerCertificate': null,
  'AWS::CertificateManager::Certificate': 'Tags',
  'AWS::Route53::RecordSet': null,
  'AWS::EFS::FileSystem': 'FileSystemTags',
  'AWS::EFS::AccessPoint': 'AccessPointTags',
  'AWS::EFS::MountTarget': null,
  'AWS::ServiceDiscovery::HttpNamespace': 'Tags',
  'AWS::ServiceDiscovery::PrivateDnsNamespace': 'Tags',
  'AWS::ServiceDiscovery::Service': 'Tags',
  'AWS::ServiceDiscovery::Instance': null,
  'AWS::ApplicationAutoScaling::ScalableTarget': null,
  'AWS::ApplicationAutoScaling::ScalingPolicy': null,
  // Its resource schema lists tagging, but CloudFormation takes no Tags property on it (cfn-lint E3002).
  'AWS::IAM::InstanceProfile': null,
  'AWS::EC2::LaunchTemplate': null,
  'AWS::AutoScaling::AutoScalingGroup': 'Tags',
  'AWS::ECS::CapacityProvider': 'Tags',
};

export function tagList(
  project: string,
  service?: string,
  extra: Record<string, string> = {},
): Array<{ Key: string; Value: string }> {
  const tags: Array<{ Key: string; Value: string }> = [{ Key: PROJECT_TAG, Value: project }];
  if (service !== undefined) tags.push({ Key: SERVICE_TAG, Value: service });
  for (const key of Object.keys(extra).sort())
    if (key !== PROJECT_TAG && key !== SERVICE_TAG) tags.push({ Key: key, Value: extra[key]! });
  return tags;
}

/** Adds tags to every generated resource; `owners` maps logical IDs to the compose service they belong to. */
export function applyTags(ctx: Context, owners: ReadonlyMap<string, string>): void {
  for (const [id, resource] of Object.entries(ctx.template.Resources)) {
    const prop = TAG_PROPERTY[resource.Type];
    if (!prop) continue;
    const props = (resource.Properties ??= {});
    const existing = (props[prop] as Array<{ Key: string; Value: string }> | undefined) ?? [];
    // An Auto Scaling group's tags say whether its instances get them: they do (cost allocation per service).
    const mine = tagList(ctx.project.name, owners.get(id)).map((t) =>
      resource.Type === 'AWS::AutoScaling::AutoScalingGroup' ? { ...t, PropagateAtLaunch: true } : t,
    );
    props[prop] = [...mine, ...existing.filter((t) => !mine.some((m) => m.Key === t.Key))];
  }
}
