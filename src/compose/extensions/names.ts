// The x-aws-* extension names and where each may appear. The first group follows Docker's retired
// Compose-to-ECS integration (existing compose files use them in these places); the second group is
// compose-ecs's own. docs/mapping.md documents each one.
export const X = {
  // top level
  cluster: 'x-aws-cluster',
  vpc: 'x-aws-vpc',
  loadBalancer: 'x-aws-loadbalancer',
  cloudformation: 'x-aws-cloudformation',
  logsRetention: 'x-aws-logs_retention',
  // service
  role: 'x-aws-role',
  policies: 'x-aws-policies',
  pullCredentials: 'x-aws-pull_credentials',
  // service deploy:
  autoscaling: 'x-aws-autoscaling',
  // service deploy.update_config:
  minPercent: 'x-aws-min_percent',
  maxPercent: 'x-aws-max_percent',
  // a port (long form)
  protocol: 'x-aws-protocol',
  // a network (deprecated; prefer external: true with the group id as name)
  securityGroup: 'x-aws-securitygroup',
  // a secret
  keys: 'x-aws-keys',

  // compose-ecs additions
  /** a secret: Secrets Manager ARN (or SSM parameter ARN) to read it from */
  secretArn: 'x-aws-secret-arn',
  /** a port: ACM certificate ARN for an HTTPS (ALB) or TLS (NLB) listener */
  certificate: 'x-aws-acm_certificate',
  /** a port or a service: target-group health check (path, codes, interval, timeout, thresholds) */
  healthcheck: 'x-aws-healthcheck',
  /** a service: run as a container in the named service's task */
  sidecarOf: 'x-aws-sidecar_of',
  /** a service: turn on ECS Exec */
  enableExec: 'x-aws-enable_exec',
  /** top level, with x-aws-loadbalancer: the existing load balancer's security group id (task ingress source) */
  loadBalancerSecurityGroup: 'x-aws-loadbalancer_securitygroup',
  /** a port: { path, host, priority } — served through a rule on the listener its published port shares */
  route: 'x-aws-route',
  /** top level: internet-facing (default) or internal, for the load balancer this stack creates */
  loadBalancerScheme: 'x-aws-loadbalancer_scheme',
  /** top level: application or network, for the load balancer this stack creates (else chosen from the ports) */
  loadBalancerType: 'x-aws-loadbalancer_type',
  /** an external config: the SSM parameter (name or ARN) holding its content */
  parameter: 'x-aws-parameter',
  /** a service: ECS's deployment strategy (rolling, blue-green, canary, linear), its timings and alarms */
  deployment: 'x-aws-deployment',
  /** a service: host name(s) served over HTTPS with an ACM certificate, a redirect from HTTP and alias records */
  domain: 'x-aws-domain',
  /** a service with x-aws-domain: the public Route 53 hosted zone (name or id) its names go in */
  hostedZone: 'x-aws-hosted_zone',
  /** a service reserving GPUs: the EC2 instance type its tasks run on (else the cheapest that fits) */
  instanceType: 'x-aws-instance_type',
  /** a service: spot, on_demand, or { spot, on_demand, base } — Fargate Spot and on-demand Fargate */
  capacity: 'x-aws-capacity',
} as const;

/** Where each extension may appear; anything else x-aws-* there gets a warning (typos). */
export const PLACES = {
  project: [
    X.cluster,
    X.vpc,
    X.loadBalancer,
    X.loadBalancerSecurityGroup,
    X.loadBalancerScheme,
    X.loadBalancerType,
    X.cloudformation,
    X.logsRetention,
  ],
  service: [
    X.role,
    X.policies,
    X.pullCredentials,
    X.healthcheck,
    X.sidecarOf,
    X.enableExec,
    X.domain,
    X.hostedZone,
    X.instanceType,
    X.capacity,
    X.deployment,
  ],
  deploy: [X.autoscaling],
  updateConfig: [X.minPercent, X.maxPercent],
  port: [X.protocol, X.certificate, X.healthcheck, X.route],
  network: [X.securityGroup],
  volume: [] as string[],
  secret: [X.keys, X.secretArn],
  config: [X.parameter],
  build: [] as string[],
  fileReference: [] as string[],
} as const;

/** CloudWatch Logs' allowed retention periods (AWS::Logs::LogGroup RetentionInDays). */
export const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];
export const PORT_PROTOCOLS = ['http', 'https', 'tcp', 'tls', 'udp'];
export const LB_SCHEMES = ['internet-facing', 'internal'] as const;
export const LB_TYPES = ['application', 'network'] as const;
