import { efsFinder, retainedFileSystemParameters } from '../../src/deploy/retained-volumes.js';
import { sdkFileSystems } from '../../src/aws/sdk/file-systems.js';
import { StreamLogger } from '../../src/log.js';
import type { ParameterSource } from '../../src/template/convert.js';
import {
  DescribeFileSystemsCommand,
  EFSClient,
  type FileSystemDescription,
  type LifeCycleState,
} from '@aws-sdk/client-efs';
import { OFFLINE, fakeSdk, on } from '../support/fake-sdk.js';

const parameters: ParameterSource[] = [
  { name: 'DataFilesystemRetainedId', kind: 'retained-file-system', volume: 'data', description: '' },
  { name: 'VpcId', kind: 'vpc', description: '' },
];
const tags = (project: string, volume: string, stack: string) => [
  { Key: 'com.docker.compose.project', Value: project },
  { Key: 'com.docker.compose.volume', Value: volume },
  { Key: 'compose-ecs.stack', Value: stack },
];
/** A file system as DescribeFileSystems returns it. */
const fs = (
  id: string,
  project: string,
  volume: string,
  created: string,
  state: LifeCycleState = 'available',
  stack = 'shop-prod',
): FileSystemDescription => ({
  OwnerId: '123456789012',
  CreationToken: id,
  FileSystemId: id,
  LifeCycleState: state,
  CreationTime: new Date(created),
  NumberOfMountTargets: 2,
  SizeInBytes: { Value: 6144 },
  PerformanceMode: 'generalPurpose',
  Tags: tags(project, volume, stack),
});

describe('retained volumes come back', () => {
  const lines: string[] = [];
  const logger = new StreamLogger((l) => void lines.push(l));

  it('a new stack mounts the newest file system an earlier stack of the project retained, across pages', async () => {
    const efs = fakeSdk(
      new EFSClient(OFFLINE),
      on(DescribeFileSystemsCommand, (input) =>
        input.Marker
          ? { FileSystems: [fs('fs-0new', 'shop', 'data', '2026-11-01')] }
          : {
              FileSystems: [
                fs('fs-0old', 'shop', 'data', '2026-01-01'),
                fs('fs-0other', 'shop', 'uploads', '2026-11-02'),
                fs('fs-0elsewhere', 'blog', 'data', '2026-11-03'),
                fs('fs-0gone', 'shop', 'data', '2026-11-04', 'deleting'),
                // A preview stack's volume of the same project is not this stack's data.
                fs('fs-0preview', 'shop', 'data', '2026-11-05', 'available', 'shop-pr-7'),
              ],
              NextMarker: 'm2',
            },
      ),
    );
    await expect(
      retainedFileSystemParameters(
        efsFinder(sdkFileSystems(efs)),
        parameters,
        { project: 'shop', stack: 'shop-prod', isNew: true },
        logger,
      ),
    ).resolves.toEqual({ DataFilesystemRetainedId: 'fs-0new' });
    expect(lines.join('\n')).toContain(
      '2 retained file systems of shop (fs-0new, fs-0old); using the newest, fs-0new',
    );
  });

  it('a new stack with nothing retained creates its file system', async () => {
    const efs = fakeSdk(
      new EFSClient(OFFLINE),
      on(DescribeFileSystemsCommand, () => ({ FileSystems: [] })),
    );
    await expect(
      retainedFileSystemParameters(
        efsFinder(sdkFileSystems(efs)),
        parameters,
        { project: 'shop', stack: 'shop-prod', isNew: true },
        logger,
      ),
    ).resolves.toEqual({ DataFilesystemRetainedId: '' });
  });

  it('an existing stack keeps what it runs with, and never looks', async () => {
    const efs = fakeSdk(new EFSClient(OFFLINE));
    const finder = efsFinder(sdkFileSystems(efs));
    await expect(
      retainedFileSystemParameters(
        finder,
        parameters,
        { project: 'shop', stack: 'shop-prod', isNew: false, current: {} },
        logger,
      ),
    ).resolves.toEqual({ DataFilesystemRetainedId: '' });
    await expect(
      retainedFileSystemParameters(
        finder,
        parameters,
        {
          project: 'shop',
          stack: 'shop-prod',
          isNew: false,
          current: { DataFilesystemRetainedId: 'fs-0kept' },
        },
        logger,
      ),
    ).resolves.toEqual({ DataFilesystemRetainedId: 'fs-0kept' });
    expect(efs.calls).toEqual([]);
  });
});
