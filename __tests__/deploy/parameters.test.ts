import { createHash } from 'node:crypto';
import { sdkNetwork } from '../../src/aws/sdk/network.js';
import {
  discardCreatedSecrets,
  fileSecretParameters,
  writeFileSecrets,
} from '../../src/deploy/file-secrets.js';
import { lookUpNetwork } from '../../src/deploy/parameters.js';
import type { Project } from '../../src/compose/model.js';
import { StreamLogger } from '../../src/log.js';
import type { ParameterSource } from '../../src/template/convert.js';
import { DescribeSubnetsCommand, DescribeVpcsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { OFFLINE, fakeSdk, inputsOf, on } from '../support/fake-sdk.js';
import { fakeEdge, type FakeEdge } from '../support/fake-edge.js';

const network: ParameterSource[] = [
  { name: 'VpcId', kind: 'vpc', description: 'VPC' },
  { name: 'SubnetIds', kind: 'subnets', description: 'EFS mount targets', public: true, minCount: 2 },
];
const ec2 = (subnets: Array<{ SubnetId: string; MapPublicIpOnLaunch: boolean; AvailabilityZone?: string }>) =>
  fakeSdk(
    new EC2Client(OFFLINE),
    on(DescribeVpcsCommand, () => ({ Vpcs: [{ VpcId: 'vpc-default' }] })),
    on(DescribeSubnetsCommand, () => ({ Subnets: subnets })),
  );

/** The parameter values the lookup fills. */
const networkParameters = async (...args: Parameters<typeof lookUpNetwork>) =>
  (await lookUpNetwork(...args)).values;

describe('lookUpNetwork', () => {
  it("takes the default VPC's public subnets, sorted", async () => {
    const client = ec2([
      { SubnetId: 'subnet-b', MapPublicIpOnLaunch: true },
      { SubnetId: 'subnet-private', MapPublicIpOnLaunch: false },
      { SubnetId: 'subnet-a', MapPublicIpOnLaunch: true },
    ]);
    await expect(networkParameters(sdkNetwork(client), network, {})).resolves.toEqual({
      VpcId: 'vpc-default',
      SubnetIds: 'subnet-a,subnet-b',
    });
    expect(inputsOf(client, DescribeVpcsCommand)[0]).toEqual({
      Filters: [{ Name: 'is-default', Values: ['true'] }],
    });
  });
  it('takes one subnet per availability zone', async () => {
    const client = ec2([
      { SubnetId: 'subnet-c', MapPublicIpOnLaunch: true, AvailabilityZone: 'eu-west-1a' },
      { SubnetId: 'subnet-a', MapPublicIpOnLaunch: true, AvailabilityZone: 'eu-west-1a' },
      { SubnetId: 'subnet-b', MapPublicIpOnLaunch: true, AvailabilityZone: 'eu-west-1b' },
    ]);
    await expect(networkParameters(sdkNetwork(client), network, {})).resolves.toEqual({
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
      networkParameters(sdkNetwork(client), withCompose, {
        vpcId: 'vpc-input',
        subnetIds: ['subnet-1', 'subnet-2'],
      }),
    ).resolves.toEqual({
      VpcId: 'vpc-input',
      SubnetIds: 'subnet-1,subnet-2',
    });
    expect(client.calls.map((c) => [c.command, c.input])).toEqual([
      ['DescribeSubnets', { SubnetIds: ['subnet-1', 'subnet-2'] }],
    ]);
  });
  it('refuses given subnets that share one availability zone (EFS and load balancers need two)', async () => {
    const client = ec2([
      { SubnetId: 'subnet-1', MapPublicIpOnLaunch: true, AvailabilityZone: 'eu-west-1a' },
      { SubnetId: 'subnet-2', MapPublicIpOnLaunch: true, AvailabilityZone: 'eu-west-1a' },
    ]);
    await expect(
      networkParameters(sdkNetwork(client), network, { subnetIds: ['subnet-1', 'subnet-2'] }),
    ).rejects.toThrow('needs at least 2 subnets in distinct availability zones, found 1 zone(s)');
  });
  it('says when there are too few subnets for the volumes', async () => {
    await expect(
      networkParameters(sdkNetwork(ec2([{ SubnetId: 'subnet-a', MapPublicIpOnLaunch: true }])), network, {}),
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
      await expect(
        networkParameters(sdkNetwork(ec2(subnets)), withLb, { privateSubnets: true }),
      ).resolves.toEqual({
        VpcId: 'vpc-default',
        SubnetIds: 'subnet-priv-a,subnet-priv-b',
        LoadBalancerSubnetIds: 'subnet-pub-a,subnet-pub-b',
      });
    });
    it('shares public task subnets with the load balancer', async () => {
      await expect(networkParameters(sdkNetwork(ec2(subnets)), withLb, {})).resolves.toMatchObject({
        SubnetIds: 'subnet-pub-a,subnet-pub-b',
        LoadBalancerSubnetIds: 'subnet-pub-a,subnet-pub-b',
      });
    });
    it('takes the public-subnet-ids input', async () => {
      const client = ec2(subnets);
      await expect(
        networkParameters(sdkNetwork(client), withLb, {
          privateSubnets: true,
          publicSubnetIds: ['subnet-pub-a', 'subnet-pub-b'],
        }),
      ).resolves.toMatchObject({ LoadBalancerSubnetIds: 'subnet-pub-a,subnet-pub-b' });
    });
    it('refuses load-balancer subnets that leave out a zone the tasks run in, naming it', async () => {
      const three = [
        ...subnets,
        { SubnetId: 'subnet-priv-c', MapPublicIpOnLaunch: false, AvailabilityZone: 'eu-west-1c' },
      ];
      await expect(
        networkParameters(sdkNetwork(ec2(three)), withLb, { privateSubnets: true }),
      ).rejects.toThrow(
        "the load balancer's subnets (subnet-pub-a, subnet-pub-b) are in eu-west-1a, eu-west-1b, but the tasks' subnets are also in eu-west-1c: add a public subnet there (public-subnet-ids) or run the tasks in those zones only (subnet-ids)",
      );
    });
    it('says what to do when the VPC has no public subnets in two zones', async () => {
      await expect(
        networkParameters(sdkNetwork(ec2(subnets.slice(2))), withLb, { privateSubnets: true }),
      ).rejects.toThrow(
        /public subnets .*set the public-subnet-ids input, or x-aws-loadbalancer_scheme: internal/,
      );
    });
  });
  it('asks for none when the template has no network parameters', async () => {
    const client = ec2([]);
    await expect(networkParameters(sdkNetwork(client), [], {})).resolves.toEqual({});
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
  const identity = {
    account: async () => ({ id: '111122223333', partition: 'aws' }),
    region: async () => 'eu-west-1',
  };
  const arn = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:compose-ecs/shop-prod/db_password-AbCdEf';

  const call = (aws: FakeEdge, mode: 'plan' | 'deploy', value = 's3cr3t') =>
    fileSecretParameters(project, { DB_PASSWORD: value }, 'shop-prod', parameters, mode, {
      secrets: aws.secrets,
      identity: aws.identity,
      logger,
      newVersionId: () => 'v-random',
    });

  it('on a deploy of a new secret creates it without a value, pins a random version id, and writes the content only when asked', async () => {
    const aws = fakeEdge({
      secrets: {
        current: async () => undefined,
        find: async () => undefined,
        create: async () => arn,
        put: async () => undefined,
      },
    });
    const plan = await call(aws, 'deploy');
    expect(plan.parameters).toEqual({ DbPasswordSecretArn: arn, DbPasswordSecretVersion: 'v-random' });
    // Only metadata so far: no call carries the content.
    expect(aws.log).toEqual(['secrets.current', 'secrets.find', 'secrets.create']);
    expect(JSON.stringify(aws.argsOf('secrets.create'))).not.toContain('s3cr3t');
    expect(plan.created).toEqual([arn]);
    await writeFileSecrets(plan, { secrets: aws.secrets, logger });
    expect(aws.argsOf('secrets.put')).toEqual([[arn, 's3cr3t', 'v-random']]);
    expect(masked).toContain('s3cr3t');
  });

  it('never derives the version id from the content', async () => {
    const aws = fakeEdge({
      secrets: { current: async () => undefined, find: async () => undefined, create: async () => arn },
    });
    const plan = await fileSecretParameters(
      project,
      { DB_PASSWORD: 's3cr3t' },
      'shop-prod',
      parameters,
      'deploy',
      {
        secrets: aws.secrets,
        identity: aws.identity,
        logger,
      },
    );
    const version = plan.parameters.DbPasswordSecretVersion!;
    expect(version).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(plan.parameters)).not.toContain(
      createHash('sha256').update('s3cr3t').digest('hex'),
    );
  });

  it('on a deploy of changed content pins a new version under the same ARN; the content waits for writeFileSecrets', async () => {
    const aws = fakeEdge({
      secrets: {
        current: async () => ({ arn: 'arn:existing', value: 'old', versionId: 'v-old' }),
        put: async () => undefined,
      },
    });
    const plan = await call(aws, 'deploy');
    expect(plan.parameters).toEqual({
      DbPasswordSecretArn: 'arn:existing',
      DbPasswordSecretVersion: 'v-random',
    });
    // One read: GetSecretValue by name answers the ARN, the version and the content.
    expect(aws.log).toEqual(['secrets.current']);
    expect(plan.created).toEqual([]);
    await writeFileSecrets(plan, { secrets: aws.secrets, logger });
    expect(aws.argsOf('secrets.put')).toEqual([['arn:existing', 's3cr3t', 'v-random']]);
  });

  it('on a deploy of unchanged content writes nothing and keeps the pinned version', async () => {
    const aws = fakeEdge({
      secrets: {
        current: async () => ({ arn: 'arn:existing', value: 's3cr3t', versionId: 'v-current' }),
      },
    });
    const plan = await call(aws, 'deploy');
    expect(plan.parameters).toEqual({
      DbPasswordSecretArn: 'arn:existing',
      DbPasswordSecretVersion: 'v-current',
    });
    await writeFileSecrets(plan, { secrets: aws.secrets, logger });
    // One read: GetSecretValue by name answers the ARN, the version and the content.
    expect(aws.log).toEqual(['secrets.current']);
  });

  it('a secret that exists without a value (GetSecretValue finds none) is found by DescribeSecret and given one', async () => {
    const aws = fakeEdge({
      secrets: { current: async () => undefined, find: async () => 'arn:empty', put: async () => undefined },
    });
    const plan = await call(aws, 'deploy');
    expect(aws.log).toEqual(['secrets.current', 'secrets.find']);
    expect(plan.parameters).toEqual({
      DbPasswordSecretArn: 'arn:empty',
      DbPasswordSecretVersion: 'v-random',
    });
    expect(plan.created).toEqual([]);
    expect(plan.writes.map((w) => [w.arn, w.versionId])).toEqual([['arn:empty', 'v-random']]);
  });

  it('removes the secrets it created empty when the change set will not execute', async () => {
    const aws = fakeEdge({
      secrets: {
        current: async () => undefined,
        find: async () => undefined,
        create: async () => arn,
        remove: async () => undefined,
      },
    });
    const plan = await call(aws, 'deploy');
    await discardCreatedSecrets(plan, { secrets: aws.secrets, logger });
    expect(aws.argsOf('secrets.remove')).toEqual([[arn]]);
  });

  it('on a plan writes nothing and passes the ARN the secret will have', async () => {
    const aws = fakeEdge({
      secrets: { current: async () => undefined, find: async () => undefined },
      identity,
    });
    const plan = await call(aws, 'plan');
    expect(plan.parameters).toEqual({
      DbPasswordSecretArn:
        'arn:aws:secretsmanager:eu-west-1:111122223333:secret:compose-ecs/shop-prod/db_password',
      // The plan already shows the task definition changing to a version the deploy will write.
      DbPasswordSecretVersion: 'new-version-on-deploy',
    });
    expect(plan.writes).toEqual([]);
    expect(aws.log).toEqual(['secrets.find', 'identity.account', 'identity.region']);
  });

  // Attack: the plan called GetSecretValue to compare, so the pull request's role had to read the stack's
  // secrets, and the plan's answer (the pinned version or new-version-on-deploy) confirmed a guessed value.
  it('on a plan reads no secret value, whatever the guess: the answer is the same for right and wrong values', async () => {
    const answers = [];
    for (const guess of ['s3cr3t', 'wrong-guess']) {
      const aws = fakeEdge({
        secrets: {
          current: async () => ({ arn: 'arn:existing', value: 's3cr3t', versionId: 'v-current' }),
          find: async () => 'arn:existing',
        },
      });
      const plan = await fileSecretParameters(
        project,
        { DB_PASSWORD: guess },
        'shop-prod',
        parameters,
        'plan',
        { secrets: aws.secrets, identity: aws.identity, logger },
        { DbPasswordSecretArn: 'arn:existing', DbPasswordSecretVersion: 'v-current' },
      );
      expect(aws.log).toEqual(['secrets.find']);
      expect(plan.comparedAtDeploy).toEqual(['db_password']);
      answers.push(plan.parameters);
    }
    // The version the stack pins, kept: the deploy compares the contents.
    expect(answers[0]).toEqual({ DbPasswordSecretArn: 'arn:existing', DbPasswordSecretVersion: 'v-current' });
    expect(answers[1]).toEqual(answers[0]);
  });

  it('names the variable that is missing', async () => {
    const aws = fakeEdge();
    await expect(
      fileSecretParameters(project, {}, 'shop-prod', parameters, 'deploy', {
        secrets: aws.secrets,
        identity: aws.identity,
        logger,
      }),
    ).rejects.toThrow('secret db_password: environment variable DB_PASSWORD is not set');
    expect(aws.log).toEqual([]);
  });
});
