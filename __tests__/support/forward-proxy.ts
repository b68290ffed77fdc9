// A forward proxy on 127.0.0.1 for tests: plain requests (absolute URIs) are forwarded, CONNECT is tunnelled,
// and every target is recorded. `route` maps a host the test made up to where it really listens.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ForwardProxy {
  url: string;
  /** `host:port` of every request and tunnel, in order. */
  targets: string[];
  close(): Promise<void>;
}

export async function startForwardProxy(route: Record<string, number> = {}): Promise<ForwardProxy> {
  const targets: string[] = [];
  const where = (host: string, port: number) =>
    route[host] !== undefined ? { host: '127.0.0.1', port: route[host]! } : { host, port };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url!);
    targets.push(url.host);
    const to = where(url.hostname, Number(url.port || 80));
    const upstream = http.request(
      { ...to, path: `${url.pathname}${url.search}`, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  // Tunnels leave the HTTP server's bookkeeping (closeAllConnections does not see them) but still hold
  // server.close open while a keep-alive agent keeps them: close destroys them itself.
  const tunnels = new Set<net.Socket>();
  server.on('connect', (req: http.IncomingMessage, client: net.Socket) => {
    targets.push(req.url!);
    tunnels.add(client);
    client.on('close', () => tunnels.delete(client));
    const [host, port] = req.url!.split(':');
    if (route[host!] === undefined) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(where(host!, Number(port)), () => {
      tunnels.add(upstream);
      upstream.on('close', () => tunnels.delete(upstream));
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    targets,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        for (const socket of tunnels) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
