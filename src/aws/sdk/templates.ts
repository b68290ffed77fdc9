import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { TemplateStore } from '../edge.js';

export function sdkTemplates(s3: S3Client): TemplateStore {
  return {
    async put(Bucket, Key, Body) {
      await s3.send(new PutObjectCommand({ Bucket, Key, Body, ContentType: 'application/json' }));
    },
  };
}
