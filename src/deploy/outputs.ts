import type { Stack } from '@aws-sdk/client-cloudformation';
import type { AwsEdge } from '../aws/edge.js';
import type { Template } from '../template/types.js';
import { describeStack, listStackResources } from './stack.js';

const IS_URL = /url$/i;

/**
 * Service URLs (outputs whose key ends in `URL`), for the report and later workflow steps. They come
 * from the stack's Outputs; where CloudFormation has none yet (some endpoints never fill them), the
 * template's own URL outputs are evaluated against the load balancers the stack created.
 */
export async function stackUrls(
  clients: Pick<AwsEdge, 'stacks' | 'services'>,
  stackId: string,
  template?: Template,
  /** A reading of the stack as it stands now (after its last operation), instead of another DescribeStacks. */
  known?: Stack,
): Promise<Record<string, string>> {
  const stack = known ?? (await describeStack(clients.stacks, stackId));
  const urls: Record<string, string> = {};
  for (const output of stack?.Outputs ?? []) {
    if (output.OutputKey && output.OutputValue && IS_URL.test(output.OutputKey))
      urls[output.OutputKey] = output.OutputValue;
  }
  if (Object.keys(urls).length || !template?.Outputs) return urls;
  const wanted = Object.entries(template.Outputs).filter(([key]) => IS_URL.test(key));
  if (!wanted.length) return urls;
  const dnsNames = await loadBalancerDnsNames(clients, stackId, template).catch(
    () => new Map<string, string>(),
  );
  for (const [key, output] of wanted) {
    const value = evaluate(output.Value, dnsNames);
    if (value) urls[key] = value;
  }
  return urls;
}

/** DNS name per load-balancer logical ID, from the stack's resources and the ELBv2 API. */
async function loadBalancerDnsNames(
  clients: Pick<AwsEdge, 'stacks' | 'services'>,
  stackId: string,
  template: Template,
): Promise<Map<string, string>> {
  const resources = await listStackResources(clients.stacks, stackId);
  const balancers = resources.filter(
    (r) =>
      template.Resources[r.LogicalResourceId ?? '']?.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer' &&
      r.PhysicalResourceId,
  );
  const names = new Map<string, string>();
  if (!balancers.length) return names;
  const found = await clients.services.loadBalancers(balancers.map((b) => b.PhysicalResourceId!));
  for (const b of balancers) {
    const dns = found.find((lb) => lb.LoadBalancerArn === b.PhysicalResourceId)?.DNSName;
    if (dns) names.set(b.LogicalResourceId!, dns);
  }
  return names;
}

/** Evaluates the output forms the converter writes: strings, Fn::Sub with ${Id.DNSName}, Fn::GetAtt, Fn::Join. */
function evaluate(value: unknown, dnsNames: Map<string, string>): string | undefined {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return undefined;
  const fn = value as Record<string, unknown>;
  if (typeof fn['Fn::Sub'] === 'string') {
    let unresolved = false;
    const text = (fn['Fn::Sub'] as string).replace(/\$\{([A-Za-z0-9]+)\.DNSName\}/g, (_m, id: string) => {
      const dns = dnsNames.get(id);
      if (!dns) unresolved = true;
      return dns ?? '';
    });
    return unresolved || /\$\{/.test(text) ? undefined : text;
  }
  const getAtt = fn['Fn::GetAtt'];
  if (Array.isArray(getAtt) && getAtt[1] === 'DNSName') return dnsNames.get(String(getAtt[0]));
  const join = fn['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    const parts = (join[1] as unknown[]).map((p) => evaluate(p, dnsNames));
    return parts.every((p) => p !== undefined) ? parts.join(join[0]) : undefined;
  }
  return undefined;
}
