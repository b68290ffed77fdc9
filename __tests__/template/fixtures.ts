// One fixture per feature; each has a golden template under golden/<name>.json.
import type { LoadedProject } from '../../src/compose/model.js';
import type { ConvertOptions } from '../../src/template/convert.js';
import { config, network, port, project, secret, service, volume } from './builder.js';

const GiB = 1024 * 1024 * 1024;
const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';

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
        healthcheck: {
          disable: false,
          test: ['CMD-SHELL', 'wget -qO- localhost || exit 1'],
          interval: 10,
          timeout: 3,
          retries: 3,
          startPeriod: 20,
        },
        deploy: {
          replicas: 2,
          resources: { limits: { cpus: 0.5, memory: 1024 * 1024 * 1024 } },
          labels: {},
          extensions: {},
        },
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
  {
    // HTTPS on an ALB with an ACM certificate; target-group health check from the port's extension and compose's healthcheck.
    name: 'https',
    loaded: project([
      service('web', {
        ports: [
          port(8080, 80),
          port(8080, 443, {
            extensions: {
              'x-aws-acm_certificate': CERT,
              'x-aws-healthcheck': { path: '/healthz', codes: '200', interval: 15 },
            },
          }),
        ],
        healthcheck: {
          disable: false,
          test: ['CMD', 'wget', '-qO-', 'http://localhost:8080/healthz'],
          interval: 30,
          timeout: 5,
          retries: 4,
          startPeriod: 45,
        },
      }),
    ]),
  },
  {
    // Each compose network is a security group; services join the groups of their networks; an external network names an existing group.
    name: 'networks',
    loaded: project(
      [
        service('proxy', { networks: { front: { aliases: [] } }, ports: [port(80, 80)] }),
        service('app', {
          networks: { front: { aliases: [] }, back: { aliases: [] }, shared: { aliases: [] } },
          expose: ['3000'],
        }),
        service('db', { image: 'postgres:16', networks: { back: { aliases: [] } }, expose: ['5432'] }),
      ],
      {
        networks: {
          front: network('demo_front'),
          back: network('demo_back'),
          shared: network('shared', { external: true, externalName: 'sg-0123456789abcdef0' }),
        },
      },
    ),
  },
  {
    // Secrets from Secrets Manager (ARN, JSON keys), SSM (name), a file stored by the pipeline; registry credentials.
    name: 'secrets',
    loaded: project(
      [
        service('api', {
          secrets: [
            { source: 'db_password', extensions: {} },
            { source: 'api_keys', target: 'keys', extensions: {} },
            {
              source: 'license',
              target: '/run/secrets/app/license.txt',
              uid: '1000',
              gid: '1000',
              mode: 0o400,
              extensions: {},
            },
            { source: 'signing_key', extensions: {} },
          ],
          extensions: {
            'x-aws-pull_credentials': 'arn:aws:secretsmanager:us-east-1:123456789012:secret:dockerhub-AbCdEf',
          },
        }),
      ],
      {
        secrets: {
          db_password: secret('db_password', {
            external: true,
            externalName: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-Xy12Z3',
          }),
          api_keys: secret('api_keys', {
            external: true,
            externalName: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:api',
            extensions: { 'x-aws-keys': ['stripe', 'github'] },
          }),
          license: secret('license', { file: '/src/license.txt' }),
          signing_key: secret('signing_key', { external: true, externalName: '/demo/signing-key' }),
          unused: secret('unused', { file: '/src/unused.txt' }),
        },
      },
    ),
  },
  {
    // Configs: a file (4 KB chunks past the standard tier's limit), inline content, an environment variable,
    // a directory, an external SSM parameter; uid/gid/mode; two configs in one directory share a volume.
    name: 'configs',
    loaded: project(
      [
        service('proxy', {
          image: 'nginx:1.27',
          configs: [
            { source: 'site', target: '/etc/nginx/conf.d/default.conf', extensions: {} },
            {
              source: 'upstreams',
              target: '/etc/nginx/conf.d/upstreams.conf',
              mode: 0o440,
              uid: '101',
              gid: '101',
              extensions: {},
            },
            { source: 'banner', extensions: {}, target: '/usr/share/nginx/html/banner.txt' },
          ],
        }),
        service('metrics', {
          image: 'prom/prometheus:v2.53.0',
          configs: [
            { source: 'prometheus', target: '/etc/prometheus', extensions: {} },
            { source: 'flags', target: '/etc/flags/flags.json', extensions: {} },
          ],
        }),
        service('worker', {}),
      ],
      {
        configs: {
          site: config('site', {
            file: '/src/site.conf',
            files: [{ path: '', content: 'server {\n  listen 80;\n  # ' + 'x'.repeat(4100) + '\n}\n' }],
          }),
          upstreams: config('upstreams', {
            content: 'upstream app { server app:8080; }\n',
            files: [{ path: '', content: 'upstream app { server app:8080; }\n' }],
          }),
          banner: config('banner', { environment: 'BANNER', files: [{ path: '', content: 'héllo ✓\n' }] }),
          prometheus: config('prometheus', {
            file: '/src/prometheus',
            files: [
              { path: 'prometheus.yml', content: 'global:\n  scrape_interval: 15s\n' },
              { path: 'rules/alerts.yml', content: 'groups: []\n' },
            ],
          }),
          flags: config('flags', {
            external: true,
            externalName: 'ignored-name',
            extensions: { 'x-aws-parameter': '/shared/flags.json' },
          }),
          unused: config('unused', {
            content: 'never stored',
            files: [{ path: '', content: 'never stored' }],
          }),
        },
      },
    ),
  },
  {
    // Named volumes on EFS with access points (uid/gid), an external file system, a read-only mount, an anonymous scratch volume.
    name: 'volumes',
    loaded: project(
      [
        service('db', {
          image: 'postgres:16',
          volumes: [
            { type: 'volume', source: 'data', target: '/var/lib/postgresql/data', readOnly: false },
            { type: 'volume', target: '/tmp/scratch', readOnly: false },
          ],
        }),
        service('backup', {
          volumes: [
            { type: 'volume', source: 'data', target: '/backup/source', readOnly: true },
            { type: 'volume', source: 'archive', target: '/archive', readOnly: false, subpath: 'daily' },
          ],
        }),
      ],
      {
        volumes: {
          data: volume('demo_data', {
            driverOpts: {
              uid: '999',
              gid: '999',
              permissions: '0700',
              root_directory: '/pg',
              performance_mode: 'generalPurpose',
              throughput_mode: 'elastic',
              backup_policy: 'enabled',
            },
          }),
          archive: volume('archive', { external: true, externalName: 'fs-0123456789abcdef0' }),
        },
      },
    ),
  },
  {
    // x-aws-autoscaling: CPU, memory and ALB request-count target tracking.
    name: 'autoscaling',
    loaded: project([
      service('web', {
        ports: [port(80, 80)],
        deploy: {
          replicas: 2,
          resources: {},
          labels: {},
          extensions: { 'x-aws-autoscaling': { min: 2, max: 10, cpu: 70, mem: 80, requests: 500 } },
        },
      }),
      service('worker', {
        deploy: { resources: {}, labels: {}, extensions: { 'x-aws-autoscaling': { max: 4, cpu: 60 } } },
      }),
    ]),
  },
  {
    // Sidecars share a task (x-aws-sidecar_of, or compose's network_mode: service:<name>); depends_on becomes container dependencies.
    name: 'sidecars',
    loaded: project([
      service('web', {
        ports: [port(8080, 80)],
        dependsOn: {
          migrate: { condition: 'service_completed_successfully', required: true, restart: false },
          proxy: { condition: 'service_healthy', required: true, restart: false },
          db: { condition: 'service_started', required: true, restart: false },
        },
        deploy: { resources: { limits: { cpus: 1, memory: 2 * GiB } }, labels: {}, extensions: {} },
      }),
      service('proxy', {
        image: 'envoyproxy/envoy:v1.31.0',
        extensions: { 'x-aws-sidecar_of': 'web' },
        healthcheck: { disable: false, test: ['CMD-SHELL', 'curl -f localhost:9901/ready'] },
        deploy: {
          resources: { limits: { cpus: 0.25, memory: 512 * 1024 * 1024 } },
          labels: {},
          extensions: {},
        },
      }),
      service('migrate', { networkMode: 'service:web', command: ['migrate', 'up'] }),
      service('db', { image: 'postgres:16', expose: ['5432'] }),
    ]),
  },
  {
    // Task-definition fields, ARM64, ECS Exec, rolling-update arithmetic, the 8 vCPU size, task role.
    name: 'task-options',
    loaded: project([
      service('app', {
        workingDir: '/srv',
        user: '1000:1000',
        init: true,
        readOnly: true,
        capAdd: ['SYS_PTRACE'],
        capDrop: ['ALL'],
        ulimits: { nofile: { soft: 65535, hard: 65535 } },
        stopGracePeriod: 30,
        labels: { 'com.example.team': 'core' },
        logging: {
          driver: 'awslogs',
          options: { 'awslogs-datetime-format': '%Y-%m-%d', mode: 'non-blocking' },
        },
        platform: 'linux/arm64',
        tty: true,
        stdinOpen: true,
        deploy: {
          replicas: 4,
          resources: { limits: { cpus: 6, memory: 20 * GiB } },
          updateConfig: { parallelism: 2, failureAction: 'rollback', extensions: {} },
          labels: {},
          extensions: {},
        },
        extensions: {
          'x-aws-enable_exec': true,
          'x-aws-policies': ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'],
          'x-aws-role': {
            Statement: [
              {
                Effect: 'Allow',
                Action: 'sqs:SendMessage',
                Resource: 'arn:aws:sqs:us-east-1:123456789012:jobs',
              },
            ],
          },
        },
      }),
      service('batch', {
        deploy: {
          replicas: 3,
          resources: { reservations: { cpus: 0.25, memory: 3 * GiB } },
          updateConfig: { order: 'start-first', extensions: { 'x-aws-max_percent': 150 } },
          labels: {},
          extensions: {},
        },
      }),
    ]),
  },
  {
    // Fargate Spot (x-aws-capacity): web splits 3 Spot to 1 on-demand after 1 on-demand task, worker is all
    // Spot, db stays on the FARGATE launch type; the cluster gets both Fargate providers associated.
    name: 'spot',
    loaded: project([
      service('web', {
        ports: [port(80, 80)],
        deploy: { replicas: 4, resources: {}, labels: {}, extensions: {} },
        extensions: { 'x-aws-capacity': { spot: 3, on_demand: 1, base: 1 } },
      }),
      service('worker', { extensions: { 'x-aws-capacity': 'spot' } }),
      service('db', { image: 'postgres:16' }),
    ]),
  },
  {
    // GPUs on EC2 capacity (issue 26): trainer reserves 1 GPU (2 replicas, each on a g4dn.xlarge, the cheapest
    // that fits 3 vCPUs and 12 GiB), notebook takes every GPU of the g5.12xlarge it names; both in private
    // subnets, in the same security group and Cloud Map namespace as the Fargate api.
    name: 'gpu',
    loaded: project([
      service('api', { ports: [port(80, 80)] }),
      service('trainer', {
        expose: ['8000'],
        deploy: {
          replicas: 2,
          resources: { limits: { cpus: 3, memory: 12 * GiB }, reservations: { gpus: 1 } },
          labels: {},
          extensions: {},
        },
      }),
      service('notebook', { gpus: 'all', extensions: { 'x-aws-instance_type': 'g5.12xlarge' } }),
    ]),
    options: { assignPublicIp: false },
  },
  {
    // Reuse an existing cluster and load balancer (tasks open to its security group only), a named VPC, log retention; private subnets; no Service Connect.
    name: 'existing',
    loaded: project([service('web', { ports: [port(80, 80)] })], {
      extensions: {
        'x-aws-cluster': 'arn:aws:ecs:us-east-1:123456789012:cluster/shared',
        'x-aws-loadbalancer':
          'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/shared/0123456789abcdef',
        'x-aws-loadbalancer_securitygroup': 'sg-0fedcba9876543210',
        'x-aws-vpc': 'vpc-0123456789abcdef0',
        'x-aws-logs_retention': 14,
      },
    }),
    options: { assignPublicIp: false, serviceDiscovery: false },
  },
  {
    // Several services behind one ALB listener (x-aws-route): web answers what no rule matches, api by path, admin by host.
    name: 'routes',
    loaded: project([
      service('web', { ports: [port(8080, 80)] }),
      service('api', { ports: [port(8000, 80, { extensions: { 'x-aws-route': { path: '/api' } } })] }),
      service('admin', {
        ports: [port(3000, 80, { extensions: { 'x-aws-route': { host: 'admin.example.com' } } })],
      }),
    ]),
  },
  {
    // x-aws-domain: two services share one ALB and one HTTPS listener by host name (their certificates by
    // SNI), each with a redirect from port 80 for its names; status keeps answering other hosts on 80.
    name: 'domains',
    loaded: project([
      service('web', {
        ports: [port(8080, 80)],
        extensions: { 'x-aws-domain': ['shop.example.com', 'www.shop.example.com'] },
      }),
      service('api', {
        ports: [port(3000, 80)],
        extensions: { 'x-aws-domain': 'api.shop.example.com', 'x-aws-hosted_zone': 'shop.example.com' },
      }),
      service('status', { ports: [port(8080, 80)] }),
    ]),
  },
  {
    // x-aws-domain beside a port published on 443 with x-aws-acm_certificate: that listener (its certificate
    // the default) also serves the domain by host name, with the domain's certificate as a listener certificate.
    name: 'domains-https',
    loaded: project(
      [
        service('web', {
          ports: [port(8080, 80), port(8080, 443, { extensions: { 'x-aws-acm_certificate': CERT } })],
        }),
        service('shop', { ports: [port(3000, 80)], extensions: { 'x-aws-domain': 'shop.example.com' } }),
      ],
      {
        extensions: {
          'x-aws-cloudformation': {
            Resources: { LoadBalancer: { Properties: { IpAddressType: 'dualstack' } } },
          },
        },
      },
    ),
  },
  {
    // x-aws-cloudformation overlay: deep merge, null deletes, lists merged by Name/Key, $delete and new resources.
    name: 'overlay',
    loaded: project([service('web', { ports: [port(80, 80)], environment: { A: '1', B: '2' } })], {
      extensions: {
        'x-aws-cloudformation': {
          Resources: {
            WebTaskDefinition: {
              Properties: {
                ContainerDefinitions: [
                  {
                    Name: 'web',
                    Environment: [
                      { Name: 'A', Value: 'overridden' },
                      { Name: 'B', $delete: true },
                      { Name: 'C', Value: '3' },
                    ],
                  },
                ],
              },
            },
            WebTCP80TargetGroup: {
              Properties: {
                TargetGroupAttributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '10' }],
              },
            },
            Cluster: { Properties: { ClusterSettings: [{ Name: 'containerInsights', Value: 'enabled' }] } },
            LoadBalancer: { Properties: { Tags: [{ Key: 'team', Value: 'web' }] } },
            WebService: { Properties: { PlatformVersion: null } },
          },
          Outputs: { LoadBalancerDNSName: null },
        },
      },
    }),
  },
  {
    // A migration before the API (issue 23): migrate is a job, a task definition without an ECS service,
    // described in the template's Metadata for the deploy to run once before api rolls.
    name: 'jobs',
    loaded: project([
      service('db', {
        image: 'postgres:16',
        healthcheck: { disable: false, test: ['CMD', 'pg_isready'] },
      }),
      service('migrate', {
        command: ['./manage.py', 'migrate'],
        restart: 'on-failure:1',
        dependsOn: { db: { condition: 'service_healthy', required: true, restart: false } },
      }),
      service('api', {
        ports: [port(8000, 80)],
        dependsOn: {
          migrate: { condition: 'service_completed_successfully', required: true, restart: false },
        },
      }),
    ]),
  },
  {
    // ECS deployment strategies behind an ALB (x-aws-deployment): web canary on the listener's catch-all rule
    // with a test listener and alarms, api linear on its routed rule, worker blue/green without a load balancer.
    name: 'strategies',
    loaded: project([
      service('web', {
        ports: [port(8080, 80)],
        extensions: {
          'x-aws-deployment': {
            strategy: 'canary',
            percent: 10,
            interval: '3m',
            bake: '5m',
            alarms: ['shop-5xx', 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:shop-latency'],
            test_port: 9080,
          },
        },
        deploy: { replicas: 2, resources: {}, labels: {}, extensions: {} },
      }),
      service('api', {
        ports: [port(8000, 80, { extensions: { 'x-aws-route': { path: '/api' } } })],
        extensions: { 'x-aws-deployment': { strategy: 'linear', percent: 25, interval: '2m' } },
        deploy: {
          replicas: 2,
          resources: {},
          labels: {},
          extensions: {},
          updateConfig: { monitor: 90, failureAction: 'pause', extensions: {} },
        },
      }),
      service('worker', { extensions: { 'x-aws-deployment': { strategy: 'blue-green' } } }),
    ]),
  },
  {
    // ECS deployment strategies behind an NLB: the port's own listener is what ECS shifts; a TCP test listener.
    name: 'strategies-nlb',
    loaded: project([
      service('game', {
        ports: [port(7777, 7777)],
        extensions: { 'x-aws-deployment': { strategy: 'blue-green', bake: '10m', test_port: 17777 } },
        deploy: { replicas: 2, resources: {}, labels: {}, extensions: {} },
      }),
    ]),
  },
];
