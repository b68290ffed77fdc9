import { DescribeFileSystemsCommand, type EFSClient } from '@aws-sdk/client-efs';
import type { FileSystemRecord, FileSystems } from '../edge.js';

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
