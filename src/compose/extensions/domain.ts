// x-aws-domain (a service): the host names it is served on over HTTPS, and x-aws-hosted_zone, the public
// Route 53 zone they go in when the plan should not find it. Names are checked here against what ACM,
// Route 53 and a listener rule accept, so a malformed one stops the run at load time.
import type { Extensions, ModelPath } from '../model.js';
import { X } from './names.js';
import type { Reader } from './reader.js';
import type { DomainExtension } from './types.js';

/** A listener rule takes at most 5 condition values (Elastic Load Balancing quota); a host-header rule names them all. */
export const MAX_DOMAIN_NAMES = 5;
/** ACM: the certificate's first name (its DomainName) is at most 64 octets; the others up to 253. */
export const MAX_FIRST_NAME = 64;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const ZONE_ID = /^Z[A-Z0-9]{1,31}$/;

export function decodeDomain(r: Reader, ext: Extensions, at: ModelPath): DomainExtension | undefined {
  const given = r.stringList(ext, X.domain, at);
  const zone = r.string(ext, X.hostedZone, at);
  if (given === undefined) {
    if (zone !== undefined)
      r.report.error(
        [...at, X.hostedZone],
        `${X.hostedZone} names the zone of ${X.domain}, which is not set`,
      );
    return undefined;
  }
  const path = [...at, X.domain];
  const names = [...new Set(given.map(normalize))];
  const bad = names.map((n) => [n, nameProblem(n)] as const).filter(([, problem]) => problem);
  for (const [name, problem] of bad) r.report.error(path, `${X.domain} ${JSON.stringify(name)}: ${problem}`);
  if (bad.length > 0) return undefined;
  if (names.length > MAX_DOMAIN_NAMES) {
    r.report.error(
      path,
      `${X.domain} takes at most ${MAX_DOMAIN_NAMES} names per service (a listener rule matches at most 5 host names)`,
    );
    return undefined;
  }
  if (!names.some((n) => n.length <= MAX_FIRST_NAME)) {
    r.report.error(
      path,
      `${X.domain}: one name must be at most ${MAX_FIRST_NAME} characters (ACM's limit for a certificate's first name)`,
    );
    return undefined;
  }
  const hostedZone = zone === undefined ? undefined : decodeZone(r, zone, names, [...at, X.hostedZone]);
  if (zone !== undefined && hostedZone === undefined) return undefined;
  return hostedZone ? { names, hostedZone } : { names };
}

/** DNS is case-insensitive and a trailing dot names the root: compare and store names without either. */
function normalize(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

/** Why a name cannot be a certificate's, a host-header rule's and an alias record's name; undefined if it can. */
function nameProblem(name: string): string | undefined {
  if (name.startsWith('*.'))
    return 'wildcard names are not supported here: list each host name (at most 5 per service)';
  if (name.length > 253) return 'a domain name is at most 253 characters';
  const labels = name.split('.');
  if (labels.length < 2) return 'a host name needs a domain, e.g. shop.example.com';
  const badLabel = labels.find((l) => !LABEL.test(l));
  if (badLabel !== undefined)
    return `label ${JSON.stringify(badLabel)} is not 1-63 letters, digits or hyphens (not first or last)${badLabel.endsWith('-') || badLabel.startsWith('-') ? '; is a variable in it unset?' : ''}`;
  if (/^[0-9]+$/.test(labels[labels.length - 1]!)) return 'an IP address is not a domain name';
  return undefined;
}

function decodeZone(r: Reader, zone: string, names: string[], path: ModelPath): string | undefined {
  const id = zone.replace(/^\/hostedzone\//, '');
  if (ZONE_ID.test(id)) return id;
  const name = normalize(zone);
  const problem = nameProblem(name);
  if (problem) {
    r.report.error(path, `${X.hostedZone} must be a hosted zone name or id (Z…): ${problem}`);
    return undefined;
  }
  const outside = names.filter((n) => n !== name && !n.endsWith(`.${name}`));
  if (outside.length > 0) {
    r.report.error(path, `${outside.join(', ')} ${outside.length > 1 ? 'are' : 'is'} not in zone ${name}`);
    return undefined;
  }
  return name;
}
