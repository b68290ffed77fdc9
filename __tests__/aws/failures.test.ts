// The AWS edge raises typed failures: the real SDK clients (createAwsClients, with its middleware) against a
// local endpoint that answers as CloudFormation and ECR do, and the classification on its own.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAwsClients } from '../../src/aws/clients.js';
import { awsFailure } from '../../src/aws/errors.js';
import {
  AccessDenied,
  AlreadyExists,
  ChangeSetEmpty,
  ChangeSetNotFound,
  classifyAwsError,
  NotFound,
  StackNotFound,
  Throttled,
} from '../../src/aws/failures.js';
import { sdkChangeSets, sdkStacks } from '../../src/aws/sdk/cloudformation.js';
import { sdkRegistry } from '../../src/aws/sdk/registry.js';

/** Answers in each service's own protocol: CloudFormation's query XML, ECR's JSON. */
function answer(body: string, target: string | undefined): { status: number; type: string; text: string } {
  if (target) {
    // ECR: the denied call names the action the role lacks, as IAM writes it.
    return {
      status: 400,
      type: 'application/x-amz-json-1.1',
      text: JSON.stringify({
        __type: 'AccessDeniedException',
        message:
          'User: arn:aws:sts::123456789012:assumed-role/ci/run is not authorized to perform: ecr:CreateRepository on resource: arn:aws:ecr:eu-west-1:123456789012:repository/shop/web',
      }),
    };
  }
  const action = /Action=(\w+)/.exec(body)?.[1];
  const [code, message] =
    action === 'DescribeStacks'
      ? ['ValidationError', 'Stack with id shop does not exist']
      : action === 'CreateChangeSet'
        ? ['ValidationError', 'No updates are to be performed.']
        : action === 'DeleteChangeSet'
          ? ['ChangeSetNotFound', 'ChangeSet [cs] does not exist']
          : ['Throttling', 'Rate exceeded'];
  return {
    status: 400,
    type: 'text/xml',
    text: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`,
  };
}

let server: Server;
let endpoint: string;
const saved = { ...process.env };

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const target = req.headers['x-amz-target'];
      const { status, type, text } = answer(body, typeof target === 'string' ? target : undefined);
      res.writeHead(status, { 'content-type': type }).end(text);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: 'eu-west-1',
  });
});
afterAll(async () => {
  process.env = saved;
  await new Promise((done) => server.close(done));
});

describe('the AWS edge raises typed failures', () => {
  const clients = () => createAwsClients({ maxAttempts: 1 });

  it('a missing stack is undefined to describe', async () => {
    const cfn = await clients().cloudformation();
    await expect(sdkStacks(cfn).describe('shop')).resolves.toBeUndefined();
  });

  it('an empty change set, a missing change set and throttling keep the service’s words', async () => {
    const cfn = await clients().cloudformation();
    const changeSets = sdkChangeSets(cfn);
    const input = {
      stackName: 'shop',
      changeSetName: 'cs',
      type: 'UPDATE' as const,
      parameters: {},
      tags: {},
    };
    const empty = await changeSets.create(input).catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(ChangeSetEmpty);
    expect(empty).toMatchObject({
      operation: 'CloudFormation.CreateChangeSet',
      code: 'ValidationError',
      message: 'No updates are to be performed.',
    });
    await expect(changeSets.delete('cs')).rejects.toBeInstanceOf(ChangeSetNotFound);
    const throttled = await changeSets.execute('cs', { token: 't' }).catch((e: unknown) => e);
    expect(throttled).toBeInstanceOf(Throttled);
    expect(awsFailure('CloudFormation ExecuteChangeSet', throttled).message).toBe(
      'CloudFormation ExecuteChangeSet failed: AWS throttled CloudFormation.ExecuteChangeSet through every retry: fewer jobs against this account at once, or a higher quota [Throttling: Rate exceeded]',
    );
  });

  it('access denied names the IAM action AWS reported as missing', async () => {
    const registry = sdkRegistry(await clients().ecr(), fetch);
    const denied = await registry
      .createRepository({ name: 'shop/web', mutableTags: [], tags: {} })
      .catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(AccessDenied);
    expect((denied as AccessDenied).missingAction).toBe('ecr:CreateRepository');
    expect(awsFailure('ECR CreateRepository', denied).message).toMatch(
      /^ECR CreateRepository failed: access denied: the role needs ecr:CreateRepository \(see the README's IAM policy\)/,
    );
  });
});

describe('classifyAwsError', () => {
  const sdk = (name: string, message = '', status = 400) =>
    Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });
  it.each([
    [sdk('ValidationError', 'Stack with id shop does not exist'), StackNotFound],
    [sdk('ValidationError', "The submitted information didn't contain changes."), ChangeSetEmpty],
    [sdk('ChangeSetNotFoundException', 'ChangeSet [x] does not exist'), ChangeSetNotFound],
    [sdk('ResourceNotFoundException'), NotFound],
    [sdk('RepositoryNotFoundException'), NotFound],
    [sdk('LifecyclePolicyNotFoundException'), NotFound],
    [sdk('ImageAlreadyExistsException'), AlreadyExists],
    [sdk('ThrottlingException'), Throttled],
    [sdk('SomethingElse', '', 429), Throttled],
    [sdk('UnauthorizedOperation'), AccessDenied],
    [sdk('AccessDenied'), AccessDenied],
  ])('%s', (err, type) => {
    const typed = classifyAwsError(err, 'Service.Call');
    expect(typed).toBeInstanceOf(type);
    expect(typed).toMatchObject({ name: err.name, message: err.message, cause: err });
  });
  it('leaves what the pipeline decides nothing on as it was', () => {
    const other = sdk('ValidationError', 'Template format error');
    expect(classifyAwsError(other, 'CloudFormation.CreateChangeSet')).toBe(other);
    const network = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(classifyAwsError(network, 'ECR.DescribeRepositories')).toBe(network);
  });
});
