import { errorMessage, errorName } from '../aws/errors.js';
import { costQueries, estimateCost, type CostReport } from '../cost/estimate.js';
import { costLine } from '../cost/render.js';
import type { Template } from '../template/types.js';
import type { StepContext } from './context.js';

/**
 * The monthly cost of the stack before and after, from the AWS Price List at plan time (a handful of
 * GetProducts calls, each asked once a run). Undefined when `cost: false` or nothing in either template
 * is billed; without the permission or the API, the report says why and shows no figures.
 */
export async function estimateStackCost(
  ctx: StepContext,
  before: Template | undefined,
  after: Template | undefined,
  /** The parameter values of the plan (a load balancer's subnets are one). */
  parameters: Record<string, string> = {},
  /** The region the run already read (the plan's report), so it is not asked again. */
  known?: string,
): Promise<CostReport | undefined> {
  if (ctx.options.cost === false) return undefined;
  const region = known ?? (await ctx.aws.identity.region().catch(() => undefined));
  if (!region) return { unavailable: 'the region the stack runs in is not known.' };
  const queries = costQueries(before, after, region);
  if (!queries.length) return undefined;
  return ctx.step('cost', async () => {
    try {
      const answers = await Promise.all(queries.map(async (q) => [q.id, await ctx.aws.prices.products(q)]));
      const estimate = estimateCost({
        before,
        after,
        answers: Object.fromEntries(answers),
        region,
        parameters,
        readOn: new Date(ctx.clock.now()).toISOString().slice(0, 10),
      });
      const cost = { estimate };
      ctx.logger.info(costLine(cost));
      return cost;
    } catch (err) {
      const cost = { unavailable: whyNoPrices(err) };
      ctx.logger.info(costLine(cost));
      return cost;
    }
  });
}

/** One sentence for the report: the missing permission, or the API out of reach. */
export function whyNoPrices(err: unknown): string {
  const name = errorName(err);
  const message = errorMessage(err);
  if (/AccessDenied|UnauthorizedOperation|not authorized/i.test(`${name} ${message}`))
    return 'the role may not call `pricing:GetProducts` (the README’s plan policy lists it; `cost: false` turns the estimate off).';
  return `the AWS Price List API could not be reached (${name || 'error'}: ${message.split('\n')[0]!.slice(0, 160)}).`;
}
