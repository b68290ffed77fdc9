import { createHash } from 'node:crypto';
import { fileSecretParameters } from '../../src/deploy/file-secrets.js';
import { networkParameters } from '../../src/deploy/parameters.js';
import type { Project } from '../../src/compose/model.js';
import { StreamLogger } from '../../src/log.js';
import type { ParameterSource } from '../../src/template/convert.js';
import { fakeClient, sdkError } from '../support/fake-aws.js';

const network: ParameterSource[] = [
  { name: 'VpcId', kind: 'vpc', description: 'VPC' },
  { name: 'SubnetIds', kind: 'subnets', description: 'EFS mount targets', public: true, minCount: 2 },
];
const ec2 = (subnets: Array<{ SubnetId: string; MapPublicIpOnLaunch: boolean; AvailabilityZone?: string }>) =>
  fakeClient({
    DescribeVpcs: () => ({ Vpcs: [{ VpcId: 'vpc-default' }] }),
    DescribeSubnets: () => ({ Subnets: subnets }),
  });

describe('networkParameters', () => {
  it("takes the default VPC's public subnets, sorted", async () => {
    const client = ec2([
      { SubnetId: 'subnet-b', MapPublicIpOnLaunch: true },
      { SubnetId: 'subnet-private', MapPublicIpOnLaunch: false },
      { SubnetId: 'subnet-a', MapPublicIpOnLaunch: true },
    ]);
    await expect(networkParameters(client, network, {})).resolves.toEqual({
      VpcId: 'vpc-default',
      SubnetIds: 'subnet-a,subnet-b',
    });
    expect(client.calls[0].input).toEqual({ Filters: [{ Name: 'is-default', Values: ['true'] }] });
  });
  it('takes one subnet per availability zone', async () => {
    const client = ec2([
      { SubnetId: 'subnet-c', MapPublicIpOnLaunch: true, AvailabilityZone: 'eu-west-1a' },
      { SubnetId: 'subnet-a', MapPublicIpOnLaunch: true, AvailabilityZone: 'eu-west-1a' },
      { SubnetId: 'subnet-b', MapPublicIpOnLaunch: true, AvailabilityZone: 'eu-west-1b' },
    ]);
    await expect(networkParameters(client, network, {})).resolves.toEqual({
      VpcId: 'vpc-default',
      SubnetIds: 'subnet-a,subnet-b',
    });
  });
  it('lets inputs win over x-aws-vpc; given subnets are only counted by zone, never replaced', async () => {
    const client = ec2([
      { SubnetId: 'subnet-1', MapPublicIpOnLaunch: false, AvailabilityZone: 'eu-west-1a' },
      { SubnetId: 'subnet-2', MapPublicIpOnLaunch: false, AvailabilityZone: 'eu-west-1b' },
    ]);
    const withCompose = [{ ...network[0]!, value: 'vpc-from-compose' }, network[1]!];
    await expect(
      networkParameters(client, withCompose, { vpcId: 'vpc-input', subnetIds: ['subnet-1', 'subnet-2'] }),
    ).resolves.toEqual({
      VpcId: 'vpc-input',
      SubnetIds: 'subnet-1,subnet-2',
    });
    expect(client.calls.map((c: { command: string; input: unknown }) => [c.command, c.input])).toEqual([
      ['DescribeSubnets', { SubnetIds: ['subnet-1', 'subnet-2'] }],
    ]);
  });
  it('refuses given subnets that share one availability zone (EFS and load balancers need two)', async () => {
    const client = ec2([
      { SubnetId: 'subnet-1', MapPublicIpOnLaunch: true, AvailabilityZone: 'eu-west-1a' },
      { SubnetId: 'subnet-2', MapPublicIpOnLaunch: true, AvailabilityZone: 'eu-west-1a' },
    ]);
    await expect(networkParameters(client, network, { subnetIds: ['subnet-1', 'subnet-2'] })).rejects.toThrow(
      'needs at least 2 subnets in distinct availability zones, found 1 zone(s)',
    );
  });
  it('says when there are too few subnets for the volumes', async () => {
    await expect(
      networkParameters(ec2([{ SubnetId: 'subnet-a', MapPublicIpOnLaunch: true }]), network, {}),
    ).rejects.toThrow(
      'EFS mount targets: needs at least 2 subnets in distinct availability zones, found 1 zone(s) (subnet-a)',
    );
  });
  describe('load-balancer subnets', () => {
    const withLb: ParameterSource[] = [
      ...network,
      {
        name: 'LoadBalancerSubnetIds',
        kind: 'load-balancer-subnets',
        description: 'public subnets for the load balancer',
        public: true,
        minCount: 2,
      },
    ];
    const subnets = [
      { SubnetId: 'subnet-pub-a', MapPublicIpOnLaunch: true, AvailabilityZone: 'eu-west-1a' },
      { SubnetId: 'subnet-pub-b', MapPublicIpOnLaunch: true, AvailabilityZone: 'eu-west-1b' },
      { SubnetId: 'subnet-priv-a', MapPublicIpOnLaunch: false, AvailabilityZone: 'eu-west-1a' },
      { SubnetId: 'subnet-priv-b', MapPublicIpOnLaunch: false, AvailabilityZone: 'eu-west-1b' },
    ];
    it('puts an internet-facing load balancer in public subnets when the tasks run in private ones', async () => {
      await expect(networkParameters(ec2(subnets), withLb, { privateSubnets: true })).resolves.toEqual({
        VpcId: 'vpc-default',
        SubnetIds: 'subnet-priv-a,subnet-priv-b',
        LoadBalancerSubnetIds: 'subnet-pub-a,subnet-pub-b',
      });
    });
    it('shares public task subnets with the load balancer', async () => {
      await expect(networkParameters(ec2(subnets), withLb, {})).resolves.toMatchObject({
        SubnetIds: 'subnet-pub-a,subnet-pub-b',
        LoadBalancerSubnetIds: 'subnet-pub-a,subnet-pub-b',
      });
    });
    it('takes the public-subnet-ids input', async () => {
      const client = ec2(subnets);
      await expect(
        networkParameters(client, withLb, {
          privateSubnets: true,
          publicSubnetIds: ['subnet-pub-a', 'subnet-pub-b'],
        }),
      ).resolves.toMatchObject({ LoadBalancerSubnetIds: 'subnet-pub-a,subnet-pub-b' });
    });
    it('says what to do when the VPC has no public subnets in two zones', async () => {
      await expect(
        networkParameters(ec2(subnets.slice(2)), withLb, { privateSubnets: true }),
      ).rejects.toThrow(
        /public subnets .*set the public-subnet-ids input, or x-aws-loadbalancer_scheme: internal/,
      );
    });
  });
  it('asks for none when the template has no network parameters', async () => {
    const client = ec2([]);
    await expect(networkParameters(client, [], {})).resolves.toEqual({});
    expect(client.calls).toEqual([]);
  });
});

describe('fileSecretParameters', () => {
  const project = {
    name: 'shop',
    secrets: {
      db_password: { name: 'db_password', environment: 'DB_PASSWORD', external: false, extensions: {} },
    },
  } as unknown as Project;
  const parameters: ParameterSource[] = [
    { name: 'DbPasswordSecretArn', kind: 'file-secret', secret: 'db_password', description: '' },
    {
      name: 'DbPasswordSecretVersion',
      kind: 'file-secret-version',
      secret: 'db_password',
      description: '',
    },
  ];
  const masked: string[] = [];
  const logger = new StreamLogger(() => {});
  logger.mask = (s: string) => void masked.push(s);
  const sts = fakeClient({
    GetCallerIdentity: () => ({
      Account: '111122223333',
      Arn: 'arn:aws:sts::111122223333:assumed-role/deploy/gh',
    }),
  });

  const call = (sm: unknown, mode: 'plan' | 'deploy', value = 's3cr3t') =>
    fileSecretParameters(project, { DB_PASSWORD: value }, 'shop-prod', parameters, mode, {
      secretsManager: sm as never,
      sts,
      logger,
    });
  const commands = (sm: { calls: Array<{ command: string }> }) => sm.calls.map((c) => c.command);

  it('on a deploy creates the secret through the API, pins the version Secrets Manager gave it, and masks the value', async () => {
    const sm = fakeClient({
      DescribeSecret: () => Promise.reject(sdkError('ResourceNotFoundException', 'not found')),
      CreateSecret: () => ({
        ARN: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:compose-ecs/shop-prod/db_password-AbCdEf',
        VersionId: 'v-created',
      }),
    });
    await expect(call(sm, 'deploy')).resolves.toEqual({
      DbPasswordSecretArn:
        'arn:aws:secretsmanager:eu-west-1:111122223333:secret:compose-ecs/shop-prod/db_password-AbCdEf',
      DbPasswordSecretVersion: 'v-created',
    });
    const create = sm.calls.find((c: { command: string }) => c.command === 'CreateSecret').input;
    expect(create).toMatchObject({ Name: 'compose-ecs/shop-prod/db_password', SecretString: 's3cr3t' });
    // The version id must not be derived from the value: nothing guessable leaves Secrets Manager.
    expect(create.ClientRequestToken).toBeUndefined();
    expect(
      JSON.stringify(
        await call(
          fakeClient({
            DescribeSecret: () => Promise.reject(sdkError('ResourceNotFoundException', 'x')),
            CreateSecret: () => ({ ARN: 'a', VersionId: 'v' }),
          }),
          'deploy',
        ),
      ),
    ).not.toContain(createHash('sha256').update('s3cr3t').digest('hex'));
    expect(masked).toContain('s3cr3t');
  });

  it('on a deploy of changed content stores a new version under the same ARN and pins it', async () => {
    const sm = fakeClient({
      DescribeSecret: () => ({ ARN: 'arn:existing' }),
      GetSecretValue: () => ({ SecretString: 'old', VersionId: 'v-old' }),
      PutSecretValue: () => ({ VersionId: 'v-new' }),
    });
    await expect(call(sm, 'deploy')).resolves.toEqual({
      DbPasswordSecretArn: 'arn:existing',
      DbPasswordSecretVersion: 'v-new',
    });
    expect(commands(sm)).toEqual(['DescribeSecret', 'GetSecretValue', 'PutSecretValue']);
  });

  it('on a deploy of unchanged content writes nothing and keeps the pinned version', async () => {
    const sm = fakeClient({
      DescribeSecret: () => ({ ARN: 'arn:existing' }),
      GetSecretValue: () => ({ SecretString: 's3cr3t', VersionId: 'v-current' }),
    });
    await expect(call(sm, 'deploy')).resolves.toEqual({
      DbPasswordSecretArn: 'arn:existing',
      DbPasswordSecretVersion: 'v-current',
    });
    expect(commands(sm)).toEqual(['DescribeSecret', 'GetSecretValue']);
  });

  it('on a plan writes nothing and passes the ARN the secret will have', async () => {
    const sm = fakeClient({
      DescribeSecret: () => Promise.reject(sdkError('ResourceNotFoundException', 'not found')),
    });
    sm.config = { region: async () => 'eu-west-1' };
    await expect(call(sm, 'plan')).resolves.toEqual({
      DbPasswordSecretArn:
        'arn:aws:secretsmanager:eu-west-1:111122223333:secret:compose-ecs/shop-prod/db_password',
      // The plan already shows the task definition changing to a version the deploy will write.
      DbPasswordSecretVersion: 'new-version-on-deploy',
    });
    expect(commands(sm)).toEqual(['DescribeSecret']);
  });

  it('names the variable that is missing', async () => {
    const sm = fakeClient({});
    await expect(
      fileSecretParameters(project, {}, 'shop-prod', parameters, 'deploy', {
        secretsManager: sm,
        sts,
        logger,
      }),
    ).rejects.toThrow('secret db_password: environment variable DB_PASSWORD is not set');
    expect(sm.calls).toEqual([]);
  });
});
