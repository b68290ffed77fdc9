import { DescribeSubnetsCommand, DescribeVpcsCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { DescribeFileSystemsCommand, type EFSClient } from '@aws-sdk/client-efs';
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import type { FileSystemRecord, FileSystems, Identity, Network, TemplateStore } from '../edge.js';

export function sdkNetwork(ec2: EC2Client): Network {
  return {
    async defaultVpcId() {
      const out = await ec2.send(
        new DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] }),
      );
      return out.Vpcs?.[0]?.VpcId;
    },
    async subnets(query) {
      const out = await ec2.send(
        new DescribeSubnetsCommand(
          'vpcId' in query
            ? { Filters: [{ Name: 'vpc-id', Values: [query.vpcId] }] }
            : { SubnetIds: query.subnetIds },
        ),
      );
      return out.Subnets ?? [];
    },
  };
}

export function sdkFileSystems(efs: EFSClient): FileSystems {
  return {
    async list() {
      const out: FileSystemRecord[] = [];
      let Marker: string | undefined;
      do {
        const page = await efs.send(new DescribeFileSystemsCommand({ ...(Marker ? { Marker } : {}) }));
        for (const fs of page.FileSystems ?? []) {
          if (!fs.FileSystemId) continue;
          out.push({
            id: fs.FileSystemId,
            available: fs.LifeCycleState === 'available',
            ...(fs.CreationTime ? { created: fs.CreationTime } : {}),
            tags: Object.fromEntries((fs.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
          });
        }
        Marker = page.NextMarker;
      } while (Marker);
      return out;
    },
  };
}

export function sdkTemplates(s3: S3Client): TemplateStore {
  return {
    async put(Bucket, Key, Body) {
      const ContentType = typeof Body === 'string' ? 'application/json' : 'application/gzip';
      await s3.send(new PutObjectCommand({ Bucket, Key, Body, ContentType }));
    },
    async get(Bucket, Key) {
      const out = await s3.send(new GetObjectCommand({ Bucket, Key }));
      if (!out.Body) throw new Error(`s3://${Bucket}/${Key} is empty`);
      return out.Body.transformToByteArray();
    },
  };
}

export function sdkIdentity(sts: STSClient, region: () => Promise<string>): Identity {
  let account: Promise<{ id: string; partition: string }> | undefined;
  return {
    account() {
      account ??= sts.send(new GetCallerIdentityCommand({})).then((identity) => ({
        id: identity.Account ?? '',
        partition: (identity.Arn ?? '').split(':')[1] || 'aws',
      }));
      // A failed lookup is not remembered: the next caller asks again.
      account.catch(() => (account = undefined));
      return account;
    },
    region,
  };
}
