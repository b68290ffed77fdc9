import { GetProductsCommand, type PricingClient } from '@aws-sdk/client-pricing';
import type { PriceList } from '../edge.js';
import { allPages } from './pages.js';

/** GetProducts, every page; each query is asked once a run (two plans of one run share the answers). */
export function sdkPriceList(pricing: PricingClient): PriceList {
  const asked = new Map<string, Promise<string[]>>();
  return {
    products(query) {
      const answer =
        asked.get(query.id) ??
        allPages((NextToken) =>
          pricing.send(
            new GetProductsCommand({
              ServiceCode: query.serviceCode,
              Filters: query.filters,
              FormatVersion: 'aws_v1',
              MaxResults: 100,
              NextToken,
            }),
          ),
        ).then((pages) => pages.flatMap((p) => p.PriceList ?? []));
      asked.set(query.id, answer);
      // A failed answer is not kept: the next plan of the run asks again.
      answer.catch(() => asked.delete(query.id));
      return answer;
    },
  };
}
