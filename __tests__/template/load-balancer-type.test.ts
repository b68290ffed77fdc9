// The load balancer's type: inferred from the published ports (and why, naming the port), or what
// x-aws-loadbalancer_type says. The type is create-only, so the plan stops an implicit change.
import type { Service } from '../../src/compose/model.js';
import { UserError } from '../../src/errors.js';
import { convert } from '../../src/template/convert.js';
import { port, project, service } from './builder.js';

const lbType = (r: ReturnType<typeof convert>) => r.template.Resources.LoadBalancer!.Properties!.Type;

describe('x-aws-loadbalancer_type and the inferred type', () => {
  it('infers application for HTTP ports and network for a TCP one, naming the port that decided', () => {
    const http = convert(project([service('web', { ports: [port(8080, 80)] })]));
    expect(lbType(http)).toBe('application');
    expect(http.loadBalancer).toMatchObject({ type: 'application', explicit: false });

    const tcp = convert(
      project([service('web', { ports: [port(8080, 80)] }), service('db', { ports: [port(5432, 5432)] })]),
    );
    expect(lbType(tcp)).toBe('network');
    expect(tcp.loadBalancer).toMatchObject({ type: 'network', explicit: false });
    expect(tcp.loadBalancer!.cause).toContain('services.db.ports[0] (5432:5432/tcp) is not HTTP');
  });

  it('network, asked for, serves HTTP ports as TCP', () => {
    const r = convert(
      project([service('web', { ports: [port(8080, 80)] })], {
        extensions: { 'x-aws-loadbalancer_type': 'network' },
      }),
    );
    expect(lbType(r)).toBe('network');
    expect(r.template.Resources.Port80Listener!.Properties!.Protocol).toBe('TCP');
    expect(r.loadBalancer).toMatchObject({ type: 'network', explicit: true });
  });

  it('application, asked for, serves a TCP port as HTTP', () => {
    const r = convert(
      project([service('api', { ports: [port(3000, 3000)] })], {
        extensions: { 'x-aws-loadbalancer_type': 'application' },
      }),
    );
    expect(lbType(r)).toBe('application');
    expect(r.template.Resources.Port3000Listener!.Properties!.Protocol).toBe('HTTP');
  });

  it('application, asked for, refuses a UDP port or a port asking for TCP, at the port', () => {
    const refused = (ports: Service['ports']) => {
      try {
        convert(
          project([service('dns', { ports })], {
            extensions: { 'x-aws-loadbalancer_type': 'application' },
          }),
        );
      } catch (err) {
        return (err as UserError).diagnostics.map((d) => d.message);
      }
      throw new Error('expected an error');
    };
    expect(refused([port(53, 53, { protocol: 'udp' })])).toEqual([
      expect.stringContaining(
        'x-aws-loadbalancer_type: application serves HTTP and HTTPS only; services.dns.ports[0] (53:53/udp) is udp',
      ),
    ]);
    expect(refused([port(53, 53, { extensions: { 'x-aws-protocol': 'tcp' } })])).toEqual([
      expect.stringContaining('is tcp'),
    ]);
  });

  it('a bad value is a load error', () => {
    expect(() => project([service('web')], { extensions: { 'x-aws-loadbalancer_type': 'gateway' } })).toThrow(
      UserError,
    );
  });
});
