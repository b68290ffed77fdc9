// Images that serve, layered on the example's own images: the example builds FROM scratch with only its
// files (nothing can be pulled here), so to watch it answer requests a test adds a server to the very
// image the deploy pushed: busybox httpd for web and api, and for the proxy real nginx from Debian's
// package (unpacked by the peers, with the shared libraries it links), whose only site configuration is
// the file compose-ecs delivers as a config. Every layer is FROM the pushed image, so the files served
// are the ones the deploy built.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Engine {
  docker: string;
  env: NodeJS.ProcessEnv;
}

/** Like the official nginx image: the main file includes conf.d/*.conf, where a site is configured. */
const NGINX_MAIN_CONF = `user nobody nogroup;
worker_processes 1;
error_log stderr notice;
pid /run/nginx.pid;
events { worker_connections 64; }
http {
    access_log /dev/stdout;
    include /etc/nginx/conf.d/*.conf;
}
`;

/** `from` plus busybox's httpd serving `home` on `port`. */
export async function withHttpd(engine: Engine, from: string, tag: string, port: number, home: string) {
  const dir = await mkdtemp(join(tmpdir(), 'serving-httpd-'));
  await copyFile('/bin/busybox', join(dir, 'busybox'));
  await writeFile(
    join(dir, 'Dockerfile'),
    [
      `FROM ${from}`,
      'COPY busybox /bin/busybox',
      `ENTRYPOINT ["/bin/busybox", "httpd", "-f", "-v", "-p", "${port}", "-h", "${home}"]`,
      '',
    ].join('\n'),
  );
  await build(engine, tag, dir);
}

/** `from` plus nginx (the binary unpacked at `nginx`, with its shared libraries), configured by conf.d only. */
export async function withNginx(engine: Engine, from: string, tag: string, nginx: string) {
  if (!existsSync(nginx))
    throw new Error(
      `nginx is not at ${nginx}: scripts/peers/start.sh unpacks Debian's package there (see its log)`,
    );
  const dir = await mkdtemp(join(tmpdir(), 'serving-nginx-'));
  const rootfs = join(dir, 'rootfs');
  const put = async (source: string, target: string) => {
    await mkdir(dirname(join(rootfs, target)), { recursive: true });
    await copyFile(source, join(rootfs, target));
  };
  await put(nginx, '/usr/sbin/nginx');
  // ldd prints `name => /path (address)` and the loader as `/path (address)`.
  const { stdout } = await run('ldd', [nginx]);
  for (const library of stdout.matchAll(/(\/\S+) \(0x/g)) await put(library[1]!, library[1]!);
  for (const d of ['etc/nginx/conf.d', 'var/lib/nginx', 'var/log/nginx', 'run', 'tmp'])
    await mkdir(join(rootfs, d), { recursive: true });
  await writeFile(join(rootfs, 'etc/nginx/nginx.conf'), NGINX_MAIN_CONF);
  await writeFile(
    join(rootfs, 'etc/passwd'),
    'root:x:0:0::/root:/sbin/nologin\nnobody:x:65534:65534::/:/sbin/nologin\n',
  );
  await writeFile(join(rootfs, 'etc/group'), 'root:x:0:\nnogroup:x:65534:\n');
  await writeFile(
    join(dir, 'Dockerfile'),
    `FROM ${from}\nCOPY rootfs/ /\nENTRYPOINT ["/usr/sbin/nginx", "-g", "daemon off;"]\n`,
  );
  await build(engine, tag, dir);
}

async function build(engine: Engine, tag: string, dir: string) {
  await run(engine.docker, ['build', '-q', '-t', tag, dir], {
    env: { ...engine.env, DOCKER_BUILDKIT: '1' },
  });
}
