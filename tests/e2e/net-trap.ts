import { createServer, type Server } from 'node:http';

/**
 * A catch-all HTTP proxy on 127.0.0.1 that answers nothing and remembers everything. The test
 * browsers send all non-local traffic to it (Chromium's --proxy-server, Firefox's network.proxy
 * prefs; loopback addresses go direct, so the fixture server is unaffected). That covers every
 * process: pages, the popup, the extension's service worker or background page, and the browser
 * itself. Nothing should ever arrive here.
 */
export interface NetTrap {
  /** host:port to hand to the browser as its HTTP and HTTPS proxy. */
  readonly host: string;
  readonly port: number;
  /** Every request that reached the trap as a proxy, in order: "GET http://…", "CONNECT host:443", … */
  readonly hits: readonly string[];
  /**
   * Requests sent to the trap directly, as a server: the browser's own services that the test
   * points here (Chromium's sign-in and component updater, see drivers/chromium.ts).
   */
  readonly direct: readonly string[];
  /** A URL on the trap for a browser service to be pointed at. */
  serviceURL(name: string): string;
  close(): Promise<void>;
}

export async function startNetTrap(): Promise<NetTrap> {
  const hits: string[] = [];
  const direct: string[] = [];
  const server: Server = createServer((req, res) => {
    // A proxied request names its target in full ("GET http://host/…"); a direct one has a path.
    (req.url?.startsWith('/') ? direct : hits).push(`${req.method ?? '?'} ${req.url ?? ''}`);
    res.writeHead(502, { 'content-type': 'text/plain', connection: 'close' }).end('Backstory tests: the network is closed');
  });
  server.on('connect', (req, socket) => {
    hits.push(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\nconnection: close\r\n\r\n');
  });
  server.on('upgrade', (req, socket) => {
    hits.push(`UPGRADE ${req.url ?? ''}`);
    socket.destroy();
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    host: '127.0.0.1',
    port,
    hits,
    direct,
    serviceURL: (name) => `http://127.0.0.1:${port}/${name}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
