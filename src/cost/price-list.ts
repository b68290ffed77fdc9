// Reads GetProducts answers: each PriceList entry is a JSON string of one product with its terms
// (`product.attributes`, `terms.OnDemand.<offer>.priceDimensions.<rate>.pricePerUnit.USD`), as the
// Price List Query API documents it. Only on-demand terms are read: the estimate is of list prices.
import { isProductOf, type PriceKey } from './price-catalog.js';

export interface UnitPrice {
  usd: number;
  /** The Price List's unit: Hrs, GB-Mo, GB, LCU-Hrs, ... */
  unit: string;
  /** The product's usage type, as the bill will name it. */
  usagetype: string;
  /** When the Price List published this product's prices (its `publicationDate`), when given. */
  published?: string;
}

interface Dimension {
  unit?: string;
  beginRange?: string;
  pricePerUnit?: { USD?: string };
}

interface PriceListProduct {
  product?: { attributes?: Record<string, string> };
  terms?: { OnDemand?: Record<string, { priceDimensions?: Record<string, Dimension> }> };
  publicationDate?: string;
}

function parse(entry: string): PriceListProduct | undefined {
  try {
    const value: unknown = JSON.parse(entry);
    return value && typeof value === 'object' ? (value as PriceListProduct) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The first paid tier of the product's on-demand price: a tiered price (log ingestion past some terabytes)
 * starts at `beginRange` 0, and a free first tier (an allowance) is not what the next unit costs.
 */
function onDemand(product: PriceListProduct): { usd: number; unit: string } | undefined {
  const dimensions = Object.values(product.terms?.OnDemand ?? {}).flatMap((t) =>
    Object.values(t.priceDimensions ?? {}),
  );
  const priced = dimensions
    .map((d) => ({ usd: Number(d.pricePerUnit?.USD), unit: d.unit ?? '', begin: Number(d.beginRange ?? 0) }))
    .filter((d) => Number.isFinite(d.usd))
    .sort((a, b) => a.begin - b.begin);
  return priced.find((d) => d.usd > 0) ?? priced[0];
}

/** The key's price among a query's answer; undefined when no product of the answer is the key's. */
export function findPrice(key: PriceKey, answer: string[]): UnitPrice | undefined {
  for (const entry of answer) {
    const product = parse(entry);
    const attributes = product?.product?.attributes;
    if (!product || !attributes || !isProductOf(key, attributes)) continue;
    const price = onDemand(product);
    if (!price) continue;
    return {
      usd: price.usd,
      unit: price.unit,
      usagetype: attributes.usagetype ?? '',
      ...(product.publicationDate ? { published: product.publicationDate } : {}),
    };
  }
  return undefined;
}
