// The monthly estimate of a stack before and after a change: a pure function of the two templates and
// the Price List's answers. On-demand list prices only (no savings plans, no free tier); what is billed
// by use (capacity units, GB stored or processed) is shown as its unit price, never guessed.
import { productName, queriesFor, queryFor, type PriceKey, type PriceQuery } from './price-catalog.js';
import { findPrice, type UnitPrice } from './price-list.js';
import { stackUsage, type ServiceUsage, type StackUsage } from './usage.js';
import type { Template } from '../template/types.js';

/** AWS's Pricing Calculator bills a month as 730 hours (365 days × 24 / 12). */
export const HOURS_PER_MONTH = 730;
/**
 * Fargate Spot runs "at up to a 70% discount off the Fargate price" (AWS Fargate pricing); its price moves
 * with demand and is not in the Price List, so a Spot task is shown from 30% to 100% of on-demand.
 */
export const SPOT_LOW = 0.3;

/** Dollars a month; low = high unless autoscaling or Spot make it a range. */
export interface Money {
  low: number;
  high: number;
}

export interface CostRow {
  name: string;
  kind: 'service' | 'shared';
  /** Undefined: not in that template. */
  before?: Money;
  after?: Money;
  /** What is billed, in the words of the template after (before, for what goes away). */
  what: string;
  /** Parts billed by use: their unit price. */
  perUse: string[];
  /** Products the Price List did not answer for the region (productName): left out of the figures. */
  missing: string[];
}

export interface CostEstimate {
  region: string;
  /** The day the prices were read (YYYY-MM-DD). */
  readOn: string;
  /** The newest publication date of the prices used, when the Price List gave one. */
  published?: string;
  /** Undefined: the stack does not exist yet. */
  before?: Money;
  /** Undefined: the stack is deleted (destroy). */
  after?: Money;
  rows: CostRow[];
  notes: string[];
}

/** What a report carries: an estimate, or why there is none (no figures then, never stale ones). */
export type CostReport = { estimate: CostEstimate } | { unavailable: string };

/** The answers to each query, by query id (the PriceList strings of every page). */
export type PriceAnswers = Record<string, string[]>;

export interface EstimateInput {
  before?: Template;
  after?: Template;
  answers: PriceAnswers;
  region: string;
  readOn: string;
  /** The parameter values the stack is deployed with (how many zones a load balancer spans). */
  parameters?: Record<string, string>;
}

const money = (low: number, high = low): Money => ({ low, high });
const plus = (a: Money, b: Money): Money => ({ low: a.low + b.low, high: a.high + b.high });
const times = (m: Money, k: number): Money => ({ low: m.low * k, high: m.high * k });
const usd = (n: number) =>
  `$${n < 0.1 ? n.toFixed(4).replace(/0+$/, '') : n.toFixed(n < 10 ? 3 : 2).replace(/0$/, '')}`;

/** The prices a template's usage needs. */
export function priceKeys(usage: StackUsage): Set<PriceKey> {
  const keys = new Set<PriceKey>();
  for (const s of usage.services) {
    if (!s.onEc2 && s.architecture === 'windows')
      ['fargate.vcpu.windows', 'fargate.gb.windows', 'fargate.os.windows'].forEach((k) =>
        keys.add(k as PriceKey),
      );
    else if (!s.onEc2)
      [`fargate.vcpu.${s.architecture}`, `fargate.gb.${s.architecture}`].forEach((k) =>
        keys.add(k as PriceKey),
      );
    if (!s.onEc2 && s.extraStorageGb > 0) keys.add('fargate.storage');
    if (s.publicIp) keys.add('ipv4.hour');
  }
  for (const lb of usage.loadBalancers) {
    keys.add(lb.type === 'network' ? 'nlb.hour' : 'alb.hour');
    keys.add(lb.type === 'network' ? 'nlb.nlcu' : 'alb.lcu');
    if (lb.publicIps) keys.add('ipv4.hour');
  }
  for (const i of usage.instances) keys.add(`ec2:${i.instanceType}`);
  if (usage.natGateways) (['nat.hour', 'nat.gb'] as const).forEach((k) => keys.add(k));
  if (usage.elasticIps) keys.add('ipv4.hour');
  if (usage.fileSystems) keys.add('efs.gb-month');
  if (usage.logGroups) keys.add('logs.gb');
  if (usage.secrets) keys.add('secret.month');
  if (usage.advancedParameters) keys.add('parameter.advanced.month');
  return keys;
}

/** The GetProducts calls an estimate of these two templates needs (none when neither bills anything). */
export function costQueries(
  before: Template | undefined,
  after: Template | undefined,
  region: string,
): PriceQuery[] {
  return queriesFor(new Set([...priceKeys(stackUsage(before)), ...priceKeys(stackUsage(after))]), region);
}

/** Looks prices up in the answers, and notes which a row needed but did not get. */
class PriceBook {
  readonly used: UnitPrice[] = [];
  constructor(
    private readonly answers: PriceAnswers,
    private readonly region: string,
  ) {}
  /** The hourly or monthly price, 0 (and `missing` told) when the Price List has none. */
  get(key: PriceKey, missing: string[]): number {
    const price = findPrice(key, this.answers[queryFor(key, this.region).id] ?? []);
    if (!price) {
      if (!missing.includes(productName(key))) missing.push(productName(key));
      return 0;
    }
    this.used.push(price);
    return price.usd;
  }
  unit(key: PriceKey, what: string, missing: string[]): string | undefined {
    const price = findPrice(key, this.answers[queryFor(key, this.region).id] ?? []);
    if (!price) return void missing.push(productName(key));
    this.used.push(price);
    return `${what}: ${usd(price.usd)} per ${price.unit} (${price.usagetype})`;
  }
}

function serviceCost(s: ServiceUsage, prices: PriceBook, missing: string[]): Money {
  const ipv4 = s.publicIp ? prices.get('ipv4.hour', missing) : 0;
  let task = 0;
  if (!s.onEc2) {
    const arch = s.architecture;
    task =
      s.vcpu * prices.get(`fargate.vcpu.${arch}`, missing) + s.gb * prices.get(`fargate.gb.${arch}`, missing);
    if (arch === 'windows') task += s.vcpu * prices.get('fargate.os.windows', missing);
    if (s.extraStorageGb) task += s.extraStorageGb * prices.get('fargate.storage', missing);
  }
  const at = (n: number): Money => {
    const spot = s.onEc2 ? 0 : s.spotTasks(n);
    return money((n - spot) * task + spot * task * SPOT_LOW + n * ipv4, n * (task + ipv4));
  };
  return times(money(at(s.tasks.min).low, at(s.tasks.max).high), HOURS_PER_MONTH);
}

function describeService(s: ServiceUsage): string {
  const n = s.tasks.min === s.tasks.max ? `${s.tasks.min}` : `${s.tasks.min}–${s.tasks.max} (autoscaled)`;
  const arch = { x86: 'x86', arm: 'ARM', windows: 'Windows' }[s.architecture];
  const spot =
    s.spotTasks(s.tasks.max) > 0
      ? s.spotTasks(s.tasks.max) === s.tasks.max
        ? ', Spot'
        : ', partly Spot'
      : '';
  const capacity = s.onEc2
    ? ', on EC2 capacity (the instances are priced where the template declares them)'
    : '';
  const storage = s.extraStorageGb ? `, ${s.extraStorageGb + 20} GiB storage` : '';
  const ip = s.publicIp ? ', public IPv4 each' : '';
  return `${n} × ${s.vcpu} vCPU, ${s.gb} GB ${arch}${spot}${storage}${ip}${capacity}`;
}

type Shared = {
  name: string;
  what: string;
  cost: (p: PriceBook, missing: string[]) => Money;
  perUse?: (p: PriceBook, missing: string[]) => Array<string | undefined>;
};

/** The shared resources of a usage, each a row keyed by name (a load balancer keeps its logical id). */
function sharedRows(u: StackUsage): Shared[] {
  const rows: Shared[] = [];
  // Nothing of it (an internal load balancer's public addresses): no price needed, none missed.
  const hourly = (k: PriceKey, n: number) => (p: PriceBook, m: string[]) =>
    money(n ? n * p.get(k, m) * HOURS_PER_MONTH : 0);
  for (const lb of u.loadBalancers) {
    const alb = lb.type === 'application';
    const ips = lb.publicIps
      ? `, ${lb.publicIps} public IPv4${lb.zonesAssumed ? ' (2 zones assumed)' : ''}`
      : '';
    rows.push({
      name: lb.name,
      what: `${alb ? 'Application' : 'Network'} Load Balancer${ips}`,
      cost: (p, m) =>
        plus(hourly(alb ? 'alb.hour' : 'nlb.hour', 1)(p, m), hourly('ipv4.hour', lb.publicIps)(p, m)),
      perUse: (p, m) => [p.unit(alb ? 'alb.lcu' : 'nlb.nlcu', alb ? 'capacity units' : 'NLCUs', m)],
    });
  }
  for (const i of u.instances)
    rows.push({
      name: i.name,
      what: `${i.count.min === i.count.max ? i.count.min : `${i.count.min}–${i.count.max}`} × ${i.instanceType} (Linux, on-demand)`,
      cost: (p, m) => {
        const h = p.get(`ec2:${i.instanceType}`, m) * HOURS_PER_MONTH;
        return money(i.count.min * h, i.count.max * h);
      },
    });
  if (u.natGateways)
    rows.push({
      name: 'NAT gateways',
      what: `${u.natGateways} NAT gateway${u.natGateways > 1 ? 's' : ''}`,
      cost: hourly('nat.hour', u.natGateways),
      perUse: (p, m) => [p.unit('nat.gb', 'data processed', m)],
    });
  if (u.elasticIps)
    rows.push({
      name: 'Elastic IPs',
      what: `${u.elasticIps} public IPv4`,
      cost: hourly('ipv4.hour', u.elasticIps),
    });
  if (u.fileSystems)
    rows.push({
      name: 'EFS',
      what: `${u.fileSystems} file system${u.fileSystems > 1 ? 's' : ''}`,
      cost: () => money(0),
      perUse: (p, m) => [p.unit('efs.gb-month', 'stored (Standard)', m)],
    });
  if (u.logGroups)
    rows.push({
      name: 'CloudWatch Logs',
      what: `${u.logGroups} log group${u.logGroups > 1 ? 's' : ''}`,
      cost: () => money(0),
      perUse: (p, m) => [p.unit('logs.gb', 'ingested', m)],
    });
  if (u.secrets)
    rows.push({
      name: 'Secrets Manager',
      what: `${u.secrets} secret${u.secrets > 1 ? 's' : ''}`,
      cost: (p, m) => money(u.secrets * p.get('secret.month', m)),
    });
  if (u.advancedParameters)
    rows.push({
      name: 'SSM parameters',
      what: `${u.advancedParameters} advanced parameter${u.advancedParameters > 1 ? 's' : ''}`,
      cost: (p, m) => money(u.advancedParameters * p.get('parameter.advanced.month', m)),
    });
  return rows;
}

export function estimateCost(input: EstimateInput): CostEstimate {
  const prices = new PriceBook(input.answers, input.region);
  const before = stackUsage(input.before, input.parameters);
  const after = stackUsage(input.after, input.parameters);
  const rows = new Map<string, CostRow>();
  const row = (name: string, kind: CostRow['kind']) => {
    const key = `${kind} ${name}`;
    if (!rows.has(key)) rows.set(key, { name, kind, what: '', perUse: [], missing: [] });
    return rows.get(key)!;
  };
  for (const [side, usage] of [
    ['before', before],
    ['after', after],
  ] as const) {
    for (const s of usage.services) {
      const r = row(s.name, 'service');
      r[side] = serviceCost(s, prices, r.missing);
      if (side === 'after' || !r.what) r.what = describeService(s);
    }
    for (const shared of sharedRows(usage)) {
      const r = row(shared.name, 'shared');
      r[side] = shared.cost(prices, r.missing);
      if (side === 'after' || !r.what) r.what = shared.what;
      if (side === 'after' || !input.after)
        r.perUse = (shared.perUse?.(prices, r.missing) ?? []).filter((t): t is string => !!t);
    }
  }
  const list = [...rows.values()].sort((a, b) =>
    a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'service' ? -1 : 1,
  );
  const total = (side: 'before' | 'after') =>
    list.reduce((sum, r) => plus(sum, r[side] ?? money(0)), money(0));
  const published = prices.used
    .map((p) => p.published)
    .filter((d): d is string => !!d)
    .sort()
    .pop();
  const notes: string[] = [];
  if ([...before.services, ...after.services].some((s) => !s.onEc2 && s.spotTasks(s.tasks.max) > 0))
    notes.push(
      `Fargate Spot is shown from ${SPOT_LOW * 100}% to 100% of the on-demand price: AWS gives up to a 70% discount, and Spot prices move with demand and are not in the Price List.`,
    );
  if (list.some((r) => r.missing.length))
    notes.push(
      `Not in the Price List for ${input.region}, so left out: ${[...new Set(list.flatMap((r) => r.missing))].join(', ')}.`,
    );
  return {
    region: input.region,
    readOn: input.readOn,
    ...(published ? { published: published.slice(0, 10) } : {}),
    ...(input.before ? { before: total('before') } : {}),
    ...(input.after ? { after: total('after') } : {}),
    rows: list,
    notes,
  };
}
