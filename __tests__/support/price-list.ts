// A Price List answer constructed in the shape the Price List Query API documents for GetProducts: each
// PriceList entry is a JSON string of one product (`product.attributes`, `serviceCode`, `terms.OnDemand`
// → `priceDimensions` → `pricePerUnit.USD`, `publicationDate`). Prices are eu-west-1's on-demand list
// prices as AWS's pricing pages show them (rounded where they were). Beside the products the estimate
// reads are the ones it must not take: other regions, Spot, ARM and Windows, trust stores, Gateway Load
// Balancers, a free tier. `answer` filters them as GetProducts does (TERM_MATCH, CONTAINS).
import { costQueries, estimateCost, type CostEstimate } from '../../src/cost/estimate.js';
import type { Template } from '../../src/template/types.js';

interface Product {
  serviceCode: string;
  productFamily: string;
  attributes: Record<string, string>;
  dimensions: Array<{ usd: string; unit: string; beginRange?: string; endRange?: string }>;
}

const PUBLISHED = '2026-11-28T19:07:44Z';
/**
 * The products of one region: `prefix` is its usage-type prefix (EUW1, USE1), `ec2Prefix` the one EC2's
 * NAT gateways and instances use there (EU, USE1). The prices are eu-west-1's in every region.
 */
export function productsOf(region: string, prefix: string, ec2Prefix: string): Product[] {
  const euw1 = (
    serviceCode: string,
    productFamily: string,
    usagetype: string,
    usd: string,
    unit: string,
    extra: Record<string, string> = {},
  ): Product => ({
    serviceCode,
    productFamily,
    attributes: {
      regionCode: region,
      servicecode: serviceCode,
      usagetype: usagetype.replace(/^EUW1-/, `${prefix}-`).replace(/^EU-/, `${ec2Prefix}-`),
      ...extra,
    },
    dimensions: [{ usd, unit }],
  });
  return [
    euw1('AmazonECS', 'Compute', 'EUW1-Fargate-vCPU-Hours:perCPU', '0.0404800000', 'hours', {
      operation: '',
    }),
    euw1('AmazonECS', 'Compute', 'EUW1-Fargate-GB-Hours', '0.0044450000', 'hours'),
    euw1('AmazonECS', 'Compute', 'EUW1-Fargate-ARM-vCPU-Hours:perCPU', '0.0323800000', 'hours'),
    euw1('AmazonECS', 'Compute', 'EUW1-Fargate-ARM-GB-Hours', '0.0035600000', 'hours'),
    euw1('AmazonECS', 'Compute', 'EUW1-Fargate-Windows-vCPU-Hours:perCPU', '0.0465520000', 'hours'),
    euw1('AmazonECS', 'Compute', 'EUW1-Fargate-Windows-GB-Hours', '0.0051117500', 'hours'),
    euw1('AmazonECS', 'Compute', 'EUW1-Fargate-Windows-OS-Hours:perCPU', '0.0460000000', 'hours'),
    euw1('AmazonECS', 'Compute', 'EUW1-Fargate-EphemeralStorage-GB-Hours', '0.0001110000', 'GB-Hours'),
    // Not the on-demand price: the estimate must never read it as one.
    euw1('AmazonECS', 'Compute', 'EUW1-SpotUsage:Fargate-vCPU-Hours:perCPU', '0.0129000000', 'hours'),
    euw1('AWSELB', 'Load Balancer-Application', 'EUW1-LoadBalancerUsage', '0.0252000000', 'Hrs', {
      operation: 'LoadBalancing:Application',
    }),
    euw1('AWSELB', 'Load Balancer-Application', 'EUW1-LCUUsage', '0.0080000000', 'LCU-Hrs', {
      operation: 'LoadBalancing:Application',
    }),
    euw1('AWSELB', 'Load Balancer-Application', 'EUW1-TS-LoadBalancerUsage', '0.0055000000', 'Hrs', {
      operation: 'LoadBalancing:Application',
    }),
    euw1('AWSELB', 'Load Balancer-Network', 'EUW1-LoadBalancerUsage', '0.0252000000', 'Hrs', {
      operation: 'LoadBalancing:Network',
    }),
    euw1('AWSELB', 'Load Balancer-Network', 'EUW1-LCUUsage', '0.0060000000', 'LCU-Hrs', {
      operation: 'LoadBalancing:Network',
    }),
    euw1('AWSELB', 'Load Balancer-Gateway', 'EUW1-LoadBalancerUsage', '0.0140000000', 'Hrs', {
      operation: 'LoadBalancing:Gateway',
    }),
    euw1('AmazonVPC', 'VpcPublicIPv4Address', 'EUW1-PublicIPv4:InUseAddress', '0.0050000000', 'Hrs'),
    euw1('AmazonVPC', 'VpcPublicIPv4Address', 'EUW1-PublicIPv4:IdleAddress', '0.0050000000', 'Hrs'),
    euw1('AmazonEC2', 'NAT Gateway', 'EU-NatGateway-Hours', '0.0480000000', 'Hrs'),
    euw1('AmazonEC2', 'NAT Gateway', 'EU-NatGateway-Bytes', '0.0480000000', 'GB'),
    euw1('AmazonEC2', 'Compute Instance', 'EU-BoxUsage:m7g.large', '0.0890000000', 'Hrs', {
      instanceType: 'm7g.large',
      operatingSystem: 'Linux',
      tenancy: 'Shared',
      preInstalledSw: 'NA',
      capacitystatus: 'Used',
    }),
    euw1('AmazonEFS', 'Storage', 'EUW1-TimedStorage-ByteHrs', '0.3300000000', 'GB-Mo', {
      storageClass: 'General Purpose',
    }),
    euw1('AmazonEFS', 'Storage', 'EUW1-IATimedStorage-ByteHrs', '0.0250000000', 'GB-Mo', {
      storageClass: 'Infrequent Access',
    }),
    {
      // Tiered, like vended-log ingestion: the first tier is what the next GB costs.
      ...euw1('AmazonCloudWatch', 'Data Payload', 'EUW1-DataProcessing-Bytes', '', 'GB'),
      dimensions: [
        { usd: '0.5700000000', unit: 'GB', beginRange: '0', endRange: '10240' },
        { usd: '0.2850000000', unit: 'GB', beginRange: '10240', endRange: 'Inf' },
      ],
    },
    euw1('AmazonCloudWatch', 'Data Payload', 'EUW1-VendedLog-Bytes', '0.5700000000', 'GB'),
    euw1('AWSSecretsManager', 'Secret', 'EUW1-AWSSecretsManager-Secrets', '0.4000000000', 'Secrets'),
    euw1(
      'AWSSecretsManager',
      'API Request',
      'EUW1-AWSSecretsManager-APIRequest',
      '0.0000050000',
      'API Requests',
    ),
    {
      // A free allowance first, then the price.
      ...euw1('AWSSystemsManager', 'AWS Systems Manager', 'EUW1-PS-Advanced-Param-Tier1', '', 'ParamMonth'),
      dimensions: [
        { usd: '0.0000000000', unit: 'ParamMonth', beginRange: '0', endRange: '0' },
        { usd: '0.0500000000', unit: 'ParamMonth', beginRange: '0', endRange: 'Inf' },
      ],
    },
  ];
}

export const PRODUCTS: Product[] = [
  ...productsOf('eu-west-1', 'EUW1', 'EU'),
  // Another region's product: never eu-west-1's price.
  {
    serviceCode: 'AmazonECS',
    productFamily: 'Compute',
    attributes: { regionCode: 'us-east-1', usagetype: 'USE1-Fargate-vCPU-Hours:perCPU' },
    dimensions: [{ usd: '0.0404800000', unit: 'hours' }],
  },
];

/** One product as GetProducts returns it: a JSON string. */
export function priceListEntry(p: Product, index: number): string {
  const sku = `SKU${String(index).padStart(4, '0')}FIXTURE`;
  const priceDimensions = Object.fromEntries(
    p.dimensions.map((d, i) => [
      `${sku}.JRTCKXETXF.RATE${i}`,
      {
        unit: d.unit,
        endRange: d.endRange ?? 'Inf',
        description: `$${d.usd} per ${d.unit} (${p.attributes.usagetype})`,
        appliesTo: [],
        rateCode: `${sku}.JRTCKXETXF.RATE${i}`,
        beginRange: d.beginRange ?? '0',
        pricePerUnit: { USD: d.usd },
      },
    ]),
  );
  return JSON.stringify({
    product: { productFamily: p.productFamily, attributes: p.attributes, sku },
    serviceCode: p.serviceCode,
    terms: {
      OnDemand: {
        [`${sku}.JRTCKXETXF`]: {
          priceDimensions,
          sku,
          effectiveDate: '2026-11-01T00:00:00Z',
          offerTermCode: 'JRTCKXETXF',
          termAttributes: {},
        },
      },
    },
    version: '20261128190744',
    publicationDate: PUBLISHED,
  });
}

export interface GetProductsRequest {
  ServiceCode: string;
  Filters?: Array<{ Type: string; Field: string; Value: string }>;
}

/** What GetProducts answers for a request: the products of the service code that pass every filter. */
export function answer(request: GetProductsRequest, products: Product[] = PRODUCTS): string[] {
  return products.flatMap((p, i) => {
    if (p.serviceCode !== request.ServiceCode) return [];
    const fields: Record<string, string | undefined> = { ...p.attributes, productFamily: p.productFamily };
    const pass = (request.Filters ?? []).every((f) =>
      f.Type === 'CONTAINS' ? (fields[f.Field] ?? '').includes(f.Value) : fields[f.Field] === f.Value,
    );
    return pass ? [priceListEntry(p, i)] : [];
  });
}

/** What the cost step does, against this answer: ask each query the templates need, then estimate. */
export function estimateFromFixture(
  before: Template | undefined,
  after: Template | undefined,
  region = 'eu-west-1',
): CostEstimate {
  const answers = Object.fromEntries(
    costQueries(before, after, region).map((q) => [
      q.id,
      answer({ ServiceCode: q.serviceCode, Filters: q.filters }),
    ]),
  );
  return estimateCost({ before, after, answers, region, readOn: '2026-12-06' });
}
