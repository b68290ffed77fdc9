// One fixture per feature; each has a golden template under golden/<name>.json.
import type { LoadedProject } from '../../src/compose/model.js';
import type { ConvertOptions } from '../../src/template/convert.js';
import { port, project, service } from './builder.js';

export interface Fixture {
  name: string;
  loaded: LoadedProject;
  options?: ConvertOptions;
}

export const fixtures: Fixture[] = [
  {
    // The BASIC slice: a web front end published on 80 (ALB) talking to a worker that publishes nothing.
    name: 'basic',
    loaded: project([
      service('web', {
        command: ['serve', '--port', '80'],
        entrypoint: ['/app/entry'],
        environment: { API_URL: 'http://api:8080', UNSET: null, DEBUG: '0' },
        ports: [port(80, 80)],
        healthcheck: { disable: false, test: ['CMD-SHELL', 'wget -qO- localhost || exit 1'], interval: 10, timeout: 3, retries: 3, startPeriod: 20 },
        deploy: { replicas: 2, resources: { limits: { cpus: 0.5, memory: 1024 * 1024 * 1024 } }, labels: {}, extensions: {} },
      }),
      service('api', {
        image: 'nginx:1.27',
        ports: [port(8080)],
      }),
    ]),
  },
  {
    // Mixed protocols force a Network LB; "8080:80" is listener 8080 → container 80; UDP stays UDP.
    name: 'nlb',
    loaded: project([
      service('web', { ports: [port(80, 8080), port(443, 443)] }),
      service('dns', { image: 'coredns/coredns:1.11.1', ports: [port(53, 53, { protocol: 'udp' })] }),
    ]),
  },
];
