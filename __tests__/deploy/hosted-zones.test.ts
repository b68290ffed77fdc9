// x-aws-domain's hosted zones (issue 27): the longest public zone a name falls in, or the one
// x-aws-hosted_zone names, looked up through the typed Route 53 edge; a name without one is refused with
// its field, and the plan's lines say which zone and what the certificate's validation means.
import type { HostedZoneRecord } from '../../src/aws/edge.js';
import { findHostedZones, zoneLines } from '../../src/deploy/hosted-zones.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';
import type { ParameterSource } from '../../src/template/convert.js';
import { fakeEdge } from '../support/fake-edge.js';

const zone = (id: string, name: string, isPrivate = false): HostedZoneRecord => ({
  id,
  name,
  private: isPrivate,
});
/** ListHostedZonesByName as Route 53 answers: zones in name order (labels reversed), from the name asked. */
function account(zones: HostedZoneRecord[]) {
  const key = (n: string) => n.split('.').reverse().join('.');
  const sorted = [...zones].sort((a, b) =>
    key(a.name) < key(b.name) ? -1 : key(a.name) > key(b.name) ? 1 : 0,
  );
  return fakeEdge({
    zones: {
      fromName: async (dnsName: string) => sorted.filter((z) => key(z.name) >= key(dnsName)),
      get: async (id: string) => zones.find((z) => z.id === id),
    },
  });
}
const source = (domain: string, service = 'web', hostedZone?: string): ParameterSource => ({
  name: `${domain.replace(/\W/g, '')}HostedZoneId`,
  kind: 'hosted-zone',
  domain,
  service,
  ...(hostedZone ? { hostedZone } : {}),
  description: '',
});
async function refusal(run: Promise<unknown>): Promise<string[]> {
  try {
    await run;
  } catch (err) {
    if (err instanceof UserError) return err.diagnostics.map(formatDiagnostic);
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('the hosted zone of an x-aws-domain name', () => {
  const zones = [
    zone('ZEXAMPLE', 'example.com'),
    zone('ZSHOP', 'shop.example.com'),
    zone('ZSHOPPRIVATE', 'shop.example.com', true),
    zone('ZOTHER', 'other.org'),
  ];

  it('is the longest public zone the name falls in; one lookup per name asked, shared by the names', async () => {
    const aws = account(zones);
    const found = await findHostedZones(aws.zones, [
      source('www.shop.example.com'),
      source('shop.example.com'),
      source('api.example.com', 'api'),
    ]);
    expect(found.map((c) => [c.domain, c.zone.id, c.how])).toEqual([
      ['www.shop.example.com', 'ZSHOP', 'longest public zone'],
      ['shop.example.com', 'ZSHOP', 'longest public zone'],
      ['api.example.com', 'ZEXAMPLE', 'longest public zone'],
    ]);
    expect(aws.argsOf('zones.fromName').map(([n]) => n)).toEqual([
      'www.shop.example.com',
      'shop.example.com',
      'api.example.com',
      'example.com',
    ]);
  });

  it('x-aws-hosted_zone by name or by id picks that zone; private, missing or unrelated zones are refused', async () => {
    const aws = account(zones);
    const found = await findHostedZones(aws.zones, [
      source('www.shop.example.com', 'web', 'example.com'),
      source('shop.example.com', 'shop', 'ZSHOP'),
    ]);
    expect(found.map((c) => [c.zone.id, c.how])).toEqual([
      ['ZEXAMPLE', 'x-aws-hosted_zone'],
      ['ZSHOP', 'x-aws-hosted_zone'],
    ]);
    expect(
      await refusal(
        findHostedZones(aws.zones, [
          source('a.shop.example.com', 'a', 'ZSHOPPRIVATE'),
          source('b.example.com', 'b', 'ZNONE'),
          source('c.example.com', 'c', 'ZOTHER'),
        ]),
      ),
    ).toEqual([
      'services.a.x-aws-hosted_zone: hosted zone ZSHOPPRIVATE (shop.example.com) is private: a certificate is validated in a public zone',
      'services.b.x-aws-hosted_zone: hosted zone ZNONE does not exist in this account',
      'services.c.x-aws-hosted_zone: c.example.com is not in hosted zone ZOTHER (other.org)',
    ]);
  });

  it('a name outside every public zone, or one two public zones claim, is refused at its field and line', async () => {
    const aws = account([...zones, zone('ZDUP1', 'dup.net'), zone('ZDUP2', 'dup.net')]);
    const errors = await refusal(
      findHostedZones(aws.zones, [source('shop.example.net'), source('x.dup.net', 'x')], (path) =>
        path[1] === 'web' ? { file: 'compose.yaml', line: 7, column: 5 } : undefined,
      ),
    );
    expect(errors).toEqual([
      'compose.yaml:7:5 services.web.x-aws-domain: no public Route 53 hosted zone of this account holds shop.example.net (looked for shop.example.net, example.net): create the zone, or set x-aws-hosted_zone',
      'services.x.x-aws-domain: 2 public hosted zones are named dup.net (ZDUP1, ZDUP2): set x-aws-hosted_zone to the id of the one for x.dup.net',
    ]);
  });

  it('asks Route 53 nothing when no service has a domain', async () => {
    const aws = account(zones);
    expect(await findHostedZones(aws.zones, [{ name: 'VpcId', kind: 'vpc', description: '' }])).toEqual([]);
    expect(aws.log).toEqual([]);
  });

  it('the plan says the URL, the zone and how it was chosen, that the first issue takes minutes, and what stays', async () => {
    const lines = zoneLines(await findHostedZones(account(zones).zones, [source('shop.example.com')]));
    expect(lines).toEqual([
      'https://shop.example.com (web): hosted zone shop.example.com (ZSHOP), the longest public zone it falls in',
      expect.stringMatching(/waits for that, usually a few minutes/),
      expect.stringMatching(
        /validation records .* stay in the zone when the stack is deleted.*the alias records go with the stack/,
      ),
    ]);
  });
});
