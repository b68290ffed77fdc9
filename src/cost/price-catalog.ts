// What the estimate asks the AWS Price List for, by the Price List's own attributes. One GetProducts
// query per service code (all filtered to the stack's region by `regionCode`), and each price picked out
// of the answer by its exact usage type. Usage types carry a region prefix (EUW1-, USE1-, ...) that AWS
// does not publish as a table, so the match is on what follows it; the `regionCode` filter already
// keeps every other region out. Attribute names and usage types: the Price List's product attributes
// (GetAttributeValues) and AWS's usage-type reports for each service (docs/mapping.md, "Cost estimate").

/** A price the estimate can use: a fixed set plus one per EC2 instance type (`ec2:m7g.large`). */
export type PriceKey =
  | 'fargate.vcpu.x86'
  | 'fargate.gb.x86'
  | 'fargate.vcpu.arm'
  | 'fargate.gb.arm'
  | 'fargate.vcpu.windows'
  | 'fargate.gb.windows'
  | 'fargate.os.windows'
  | 'fargate.storage'
  | 'alb.hour'
  | 'alb.lcu'
  | 'nlb.hour'
  | 'nlb.nlcu'
  | 'ipv4.hour'
  | 'nat.hour'
  | 'nat.gb'
  | 'efs.gb-month'
  | 'logs.gb'
  | 'secret.month'
  | 'parameter.advanced.month'
  | `ec2:${string}`;

/** A GetProducts filter as the API takes it (TERM_MATCH: the field has exactly this value). */
export interface PriceFilter {
  Type: 'TERM_MATCH' | 'CONTAINS';
  Field: string;
  Value: string;
}

/** One GetProducts call: a service code and its filters; `id` names it (and caches it) for the run. */
export interface PriceQuery {
  id: string;
  serviceCode: string;
  filters: PriceFilter[];
}

/** How a product of a query's answer is recognised as the price of a key. */
interface Match {
  /** The usage type after its region prefix. */
  usagetype: string;
  /** The product's `operation` attribute, where one usage type serves several products (ALB and NLB hours). */
  operation?: string;
}

interface Entry {
  /** The query's service code and the filters beyond the region. */
  service: string;
  narrow?: PriceFilter[];
  match: Match;
}

const contains = (field: string, value: string): PriceFilter => ({
  Type: 'CONTAINS',
  Field: field,
  Value: value,
});
const term = (field: string, value: string): PriceFilter => ({
  Type: 'TERM_MATCH',
  Field: field,
  Value: value,
});

// Fargate: one query for every Fargate product of the region (x86, ARM, Windows, storage).
const FARGATE = [contains('usagetype', 'Fargate')];
const CATALOG: Record<Exclude<PriceKey, `ec2:${string}`>, Entry> = {
  'fargate.vcpu.x86': {
    service: 'AmazonECS',
    narrow: FARGATE,
    match: { usagetype: 'Fargate-vCPU-Hours:perCPU' },
  },
  'fargate.gb.x86': { service: 'AmazonECS', narrow: FARGATE, match: { usagetype: 'Fargate-GB-Hours' } },
  'fargate.vcpu.arm': {
    service: 'AmazonECS',
    narrow: FARGATE,
    match: { usagetype: 'Fargate-ARM-vCPU-Hours:perCPU' },
  },
  'fargate.gb.arm': { service: 'AmazonECS', narrow: FARGATE, match: { usagetype: 'Fargate-ARM-GB-Hours' } },
  'fargate.vcpu.windows': {
    service: 'AmazonECS',
    narrow: FARGATE,
    match: { usagetype: 'Fargate-Windows-vCPU-Hours:perCPU' },
  },
  'fargate.gb.windows': {
    service: 'AmazonECS',
    narrow: FARGATE,
    match: { usagetype: 'Fargate-Windows-GB-Hours' },
  },
  'fargate.os.windows': {
    service: 'AmazonECS',
    narrow: FARGATE,
    match: { usagetype: 'Fargate-Windows-OS-Hours:perCPU' },
  },
  'fargate.storage': {
    service: 'AmazonECS',
    narrow: FARGATE,
    match: { usagetype: 'Fargate-EphemeralStorage-GB-Hours' },
  },
  // Elastic Load Balancing: the hour and the capacity unit share usage types across ALB and NLB.
  'alb.hour': {
    service: 'AWSELB',
    match: { usagetype: 'LoadBalancerUsage', operation: 'LoadBalancing:Application' },
  },
  'alb.lcu': { service: 'AWSELB', match: { usagetype: 'LCUUsage', operation: 'LoadBalancing:Application' } },
  'nlb.hour': {
    service: 'AWSELB',
    match: { usagetype: 'LoadBalancerUsage', operation: 'LoadBalancing:Network' },
  },
  'nlb.nlcu': { service: 'AWSELB', match: { usagetype: 'LCUUsage', operation: 'LoadBalancing:Network' } },
  // Public IPv4 addresses (since 2024-02-01, in use or idle, under Amazon VPC).
  'ipv4.hour': {
    service: 'AmazonVPC',
    narrow: [contains('usagetype', 'PublicIPv4')],
    match: { usagetype: 'PublicIPv4:InUseAddress' },
  },
  'nat.hour': {
    service: 'AmazonEC2',
    narrow: [term('productFamily', 'NAT Gateway')],
    match: { usagetype: 'NatGateway-Hours' },
  },
  'nat.gb': {
    service: 'AmazonEC2',
    narrow: [term('productFamily', 'NAT Gateway')],
    match: { usagetype: 'NatGateway-Bytes' },
  },
  'efs.gb-month': {
    service: 'AmazonEFS',
    narrow: [contains('usagetype', 'TimedStorage')],
    match: { usagetype: 'TimedStorage-ByteHrs' },
  },
  // Log ingestion (the Standard log class), the per-GB charge of a log group.
  'logs.gb': {
    service: 'AmazonCloudWatch',
    narrow: [contains('usagetype', 'DataProcessing-Bytes')],
    match: { usagetype: 'DataProcessing-Bytes' },
  },
  'secret.month': { service: 'AWSSecretsManager', match: { usagetype: 'AWSSecretsManager-Secrets' } },
  'parameter.advanced.month': {
    service: 'AWSSystemsManager',
    narrow: [contains('usagetype', 'PS-Advanced-Param')],
    match: { usagetype: 'PS-Advanced-Param-Tier1' },
  },
};

/** Linux on-demand instances on shared tenancy, the product an ECS container instance is. */
function ec2Entry(instanceType: string): Entry {
  return {
    service: 'AmazonEC2',
    narrow: [
      term('instanceType', instanceType),
      term('operatingSystem', 'Linux'),
      term('tenancy', 'Shared'),
      term('preInstalledSw', 'NA'),
      term('capacitystatus', 'Used'),
    ],
    match: { usagetype: `BoxUsage:${instanceType}` },
  };
}

function entryOf(key: PriceKey): Entry {
  return key.startsWith('ec2:') ? ec2Entry(key.slice(4)) : CATALOG[key as keyof typeof CATALOG];
}

/** The product a key names, as a reader finds it in the Price List: `AWSELB LCUUsage (LoadBalancing:Network)`. */
export function productName(key: PriceKey): string {
  const { service, match } = entryOf(key);
  return `${service} ${match.usagetype}${match.operation ? ` (${match.operation})` : ''}`;
}

/** The query a key's price is in: keys of one service code with the same filters share one call. */
export function queryFor(key: PriceKey, region: string): PriceQuery {
  const { service, narrow = [] } = entryOf(key);
  const filters = [term('regionCode', region), ...narrow];
  return {
    id: `${service} ${filters.map((f) => `${f.Field}=${f.Value}`).join(' ')}`,
    serviceCode: service,
    filters,
  };
}

/** The distinct queries for a set of keys, in a stable order (the same plan asks the same calls). */
export function queriesFor(keys: Iterable<PriceKey>, region: string): PriceQuery[] {
  const byId = new Map<string, PriceQuery>();
  for (const key of keys) {
    const query = queryFor(key, region);
    byId.set(query.id, query);
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Whether a product's attributes are the key's: its usage type (after the region prefix) and operation. */
export function isProductOf(key: PriceKey, attributes: Record<string, string | undefined>): boolean {
  const { match } = entryOf(key);
  const usagetype = attributes.usagetype ?? '';
  const unprefixed = usagetype === match.usagetype || usagetype.endsWith(`-${match.usagetype}`);
  // The prefix is letters and digits only: `Fargate-ARM-vCPU-Hours:perCPU` is not `vCPU-Hours:perCPU`'s.
  const prefix = usagetype.slice(0, usagetype.length - match.usagetype.length - 1);
  return (
    unprefixed &&
    (usagetype === match.usagetype || /^[A-Z0-9]+$/.test(prefix)) &&
    (!match.operation || attributes.operation === match.operation)
  );
}
