// The ACM edge over the real SDK client, answered at the request level (scripts/local/fault-proxy.ts: moto's
// CloudFormation creates no certificate, so no emulator reaches these states). The answers follow
// DescribeCertificate's documented JSON (API_DescribeCertificate, API_CertificateDetail, API_ResourceRecord)
// and its ResourceNotFoundException.
import { ACMClient } from '@aws-sdk/client-acm';
import { sdkCertificates } from '../../src/aws/sdk/certificates.js';
import { certificateFailure, certificateLine } from '../../src/deploy/certificate-watch.js';
import { startFaultProxy, type FaultProxy } from '../../scripts/local/fault-proxy.js';

const ARN = 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012';
const json = 'application/x-amz-json-1.1';
const option = (status: string) => ({
  DomainName: 'shop.example.com',
  ValidationDomain: 'example.com',
  ValidationStatus: status,
  ValidationMethod: 'DNS',
  ResourceRecord: {
    Name: '_a79865eb4cd1a6ab990a45779b4e0b96.shop.example.com.',
    Type: 'CNAME',
    Value: '_x.acm-validations.aws.',
  },
});
const detail = (status: string, extra: object = {}) => ({
  Certificate: {
    CertificateArn: ARN,
    DomainName: 'shop.example.com',
    SubjectAlternativeNames: ['shop.example.com'],
    DomainValidationOptions: [
      option(status === 'ISSUED' ? 'SUCCESS' : status === 'FAILED' ? 'FAILED' : 'PENDING_VALIDATION'),
    ],
    Status: status,
    Type: 'AMAZON_ISSUED',
    CreatedAt: 1_764_000_000,
    KeyAlgorithm: 'RSA-2048',
    ...extra,
  },
});

let proxy: FaultProxy;
const states: object[] = [];
beforeAll(async () => {
  // Nothing is forwarded: every DescribeCertificate is answered here.
  proxy = await startFaultProxy('http://127.0.0.1:9', [], [], {
    answers: [
      {
        operation: 'DescribeCertificate',
        respond: (body) =>
          (JSON.parse(body) as { CertificateArn: string }).CertificateArn === ARN
            ? { contentType: json, body: JSON.stringify(states.shift()) }
            : {
                status: 400,
                contentType: json,
                body: JSON.stringify({
                  __type: 'ResourceNotFoundException',
                  message: 'Could not find certificate',
                }),
              },
      },
    ],
  });
});
afterAll(() => proxy.close());

const edge = () =>
  sdkCertificates(
    new ACMClient({
      endpoint: proxy.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
      maxAttempts: 1,
    }),
  );

test('DescribeCertificate as AWS answers it: pending with its CNAME, issued, failed on CAA', async () => {
  states.push(
    detail('PENDING_VALIDATION'),
    detail('ISSUED'),
    detail('FAILED', { FailureReason: 'CAA_ERROR' }),
  );
  const acm = edge();
  const pending = await acm.describe(ARN);
  expect(certificateLine(pending!)).toBe(
    'ACM: pending DNS validation of shop.example.com (record _a79865eb4cd1a6ab990a45779b4e0b96.shop.example.com CNAME in zone example.com); a first issue can take minutes',
  );
  expect(pending!.CreatedAt).toBeInstanceOf(Date);
  expect(certificateLine((await acm.describe(ARN))!)).toBe('ACM: issued for shop.example.com');
  const failed = (await acm.describe(ARN))!;
  expect(certificateFailure('WebCertificate', failed)).toMatch(
    /^ACM failed certificate WebCertificate \(shop\.example\.com\): CAA_ERROR: .*CAA records/,
  );
  expect(proxy.requests.map((r) => JSON.parse(r.body))).toEqual(Array(3).fill({ CertificateArn: ARN }));
});

test('a certificate ACM does not know is no certificate (ResourceNotFoundException)', async () => {
  await expect(edge().describe(`${ARN.slice(0, -1)}0`)).resolves.toBeUndefined();
});
