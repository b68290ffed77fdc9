import { DescribeCertificateCommand, type ACMClient } from '@aws-sdk/client-acm';
import type { Certificates } from '../edge.js';

export function sdkCertificates(acm: ACMClient): Certificates {
  return {
    async describe(arn) {
      try {
        return (await acm.send(new DescribeCertificateCommand({ CertificateArn: arn }))).Certificate;
      } catch (err) {
        // Typed failures keep the service's error name (src/aws/failures.ts).
        if ((err as { name?: string }).name === 'ResourceNotFoundException') return undefined;
        throw err;
      }
    },
  };
}
