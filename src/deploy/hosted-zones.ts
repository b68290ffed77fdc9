// The Route 53 zone of each x-aws-domain name, found before anything is built: the longest public hosted
// zone of the account the name falls in (shop.example.com goes in shop.example.com if the account has that
// zone, else in example.com), or the zone x-aws-hosted_zone names. The template takes each as a parameter
// (template/domains.ts); the plan says which zone it chose, and a name outside every zone stops the run.
import { X } from '../compose/aws-extensions.js';
import type { HostedZoneRecord, HostedZones } from '../aws/edge.js';
import { awsFailure } from '../aws/errors.js';
import type { Diagnostic, ModelPath, SourceLocation } from '../compose/model.js';
import { UserError } from '../errors.js';
import type { ParameterSource } from '../template/convert.js';

export interface ZoneChoice {
  /** The template parameter it fills. */
  parameter: string;
  domain: string;
  service: string;
  zone: HostedZoneRecord;
  /** How it was chosen, for the plan. */
  how: 'longest public zone' | typeof X.hostedZone;
}

/** Every hosted-zone parameter's zone, or one error naming each name that has none (file, line and field). */
export async function findHostedZones(
  zones: HostedZones,
  sources: ParameterSource[],
  locate: (path: ModelPath) => SourceLocation | undefined = () => undefined,
): Promise<ZoneChoice[]> {
  const wanted = sources.filter((p) => p.kind === 'hosted-zone' && p.domain !== undefined);
  if (wanted.length === 0) return [];
  const lookup = cachedLookup(zones);
  const choices: ZoneChoice[] = [];
  const problems: Diagnostic[] = [];
  for (const p of wanted) {
    const path = ['services', p.service ?? '', p.hostedZone ? X.hostedZone : X.domain];
    try {
      const found = p.hostedZone
        ? await namedZone(lookup, zones, p.domain!, p.hostedZone)
        : await longestZone(lookup, p.domain!);
      const location = locate(path);
      if (typeof found === 'string')
        problems.push({ message: found, path, ...(location ? { location } : {}) });
      else
        choices.push({
          parameter: p.name,
          domain: p.domain!,
          service: p.service ?? '',
          zone: found,
          how: p.hostedZone ? X.hostedZone : 'longest public zone',
        });
    } catch (err) {
      throw awsFailure(`looking up the Route 53 hosted zone of ${p.domain}`, err);
    }
  }
  if (problems.length > 0)
    throw new UserError(
      `${problems.length} ${X.domain} name${problems.length > 1 ? 's have' : ' has'} no hosted zone to go in`,
      problems,
    );
  return choices;
}

type Lookup = (name: string) => Promise<HostedZoneRecord[]>;

/** The public zones named exactly `name`, one ListHostedZonesByName per name a run asks about. */
function cachedLookup(zones: HostedZones): Lookup {
  const seen = new Map<string, Promise<HostedZoneRecord[]>>();
  return (name) => {
    let found = seen.get(name);
    if (!found) {
      found = zones.fromName(name).then((list) => list.filter((z) => z.name === name && !z.private));
      seen.set(name, found);
    }
    return found;
  };
}

/** The name itself, then each parent with at least two labels: the first with a public zone wins. */
async function longestZone(lookup: Lookup, domain: string): Promise<HostedZoneRecord | string> {
  const labels = domain.split('.');
  const tried: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) {
    const candidate = labels.slice(i).join('.');
    tried.push(candidate);
    const found = await lookup(candidate);
    if (found.length === 1) return found[0]!;
    if (found.length > 1)
      return `${found.length} public hosted zones are named ${candidate} (${found.map((z) => z.id).join(', ')}): set ${X.hostedZone} to the id of the one for ${domain}`;
  }
  return `no public Route 53 hosted zone of this account holds ${domain} (looked for ${tried.join(', ')}): create the zone, or set ${X.hostedZone}`;
}

async function namedZone(
  lookup: Lookup,
  zones: HostedZones,
  domain: string,
  given: string,
): Promise<HostedZoneRecord | string> {
  let zone: HostedZoneRecord | undefined;
  if (/^Z[A-Z0-9]+$/.test(given)) {
    zone = await zones.get(given);
    if (!zone) return `hosted zone ${given} does not exist in this account`;
    if (zone.private)
      return `hosted zone ${given} (${zone.name}) is private: a certificate is validated in a public zone`;
    if (domain !== zone.name && !domain.endsWith(`.${zone.name}`))
      return `${domain} is not in hosted zone ${given} (${zone.name})`;
    return zone;
  }
  const found = await lookup(given);
  if (found.length === 0) return `no public Route 53 hosted zone of this account is named ${given}`;
  if (found.length > 1)
    return `${found.length} public hosted zones are named ${given} (${found.map((z) => z.id).join(', ')}): set ${X.hostedZone} to the id of one`;
  return found[0]!;
}

/** What the plan says about the domains: where each name goes, and what the first deploy waits for. */
export function zoneLines(choices: ZoneChoice[]): string[] {
  if (choices.length === 0) return [];
  return [
    ...choices.map(
      (c) =>
        `https://${c.domain} (${c.service}): hosted zone ${c.zone.name} (${c.zone.id}), ${c.how === 'longest public zone' ? 'the longest public zone it falls in' : `as ${X.hostedZone} names it`}`,
    ),
    'a new certificate is issued once ACM sees its DNS validation record, which CloudFormation writes in the zone: the deploy that creates it waits for that, usually a few minutes (up to 72 hours before ACM gives up)',
    "those validation records (_….NAME CNAME) stay in the zone when the stack is deleted: ACM reuses one per name, and another stack's certificate may renew with it; the alias records go with the stack",
  ];
}
