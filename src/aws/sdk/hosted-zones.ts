import {
  GetHostedZoneCommand,
  ListHostedZonesByNameCommand,
  type HostedZone,
  type Route53Client,
} from '@aws-sdk/client-route-53';
import type { HostedZoneRecord, HostedZones } from '../edge.js';

const record = (zone: HostedZone): HostedZoneRecord => ({
  id: (zone.Id ?? '').replace(/^\/hostedzone\//, ''),
  name: (zone.Name ?? '').replace(/\.$/, '').toLowerCase(),
  private: zone.Config?.PrivateZone === true,
});

export function sdkHostedZones(route53: Route53Client): HostedZones {
  return {
    async fromName(dnsName) {
      const page = await route53.send(new ListHostedZonesByNameCommand({ DNSName: dnsName }));
      return (page.HostedZones ?? []).map(record);
    },
    async get(id) {
      try {
        const out = await route53.send(new GetHostedZoneCommand({ Id: id }));
        return out.HostedZone ? record(out.HostedZone) : undefined;
      } catch (err) {
        // Typed failures keep the service's error name (src/aws/failures.ts).
        if ((err as { name?: string }).name === 'NoSuchHostedZone') return undefined;
        throw err;
      }
    },
  };
}
