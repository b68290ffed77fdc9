// The task runner's mounts must not be kinder than Fargate: Docker fills an empty volume with the image's
// data at the mount path, ECS only where the image declares that path a VOLUME (bind-mounts.html).
import { mountOption } from '../../scripts/local/task-runner.js';

describe('mountOption', () => {
  it('keeps the image’s data out of a task volume mounted where the image declares no VOLUME', () => {
    expect(mountOption({ ContainerPath: '/etc/nginx/conf.d', ReadOnly: true }, 'v1', [])).toBe(
      'type=volume,source=v1,target=/etc/nginx/conf.d,readonly,volume-nocopy',
    );
    expect(mountOption({ ContainerPath: '/srv/uploads' }, 'v2', ['/var/lib/data'])).toBe(
      'type=volume,source=v2,target=/srv/uploads,volume-nocopy',
    );
  });

  it('lets the image’s data in where the image declares the path a VOLUME, trailing slashes aside', () => {
    expect(mountOption({ ContainerPath: '/var/lib/data/' }, 'v3', ['/var/lib/data'])).toBe(
      'type=volume,source=v3,target=/var/lib/data/',
    );
  });
});
