import type { Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";

/** A running HTTP server. */
export interface RunningServer {
  /** `http://host:port`. */
  url: string;
  port: number;
  /**
   * Stop accepting connections, let in-flight requests finish (up to `graceMs`), then close idle keep-alive
   * connections. Resolves when the server is closed.
   */
  close(graceMs?: number): Promise<void>;
}

/**
 * Serve a fetch handler (the Hono app) on a host and port.
 *
 * @param fetch - The app's fetch function.
 * @param options - Host (default 127.0.0.1) and port (0 for any free port).
 * @returns The running server.
 * @example
 * const server = await startServer(app.fetch, { port: 0 })
 * server.url
 * //=> "http://127.0.0.1:41234"
 */
export async function startServer(
  fetch: (request: Request) => Response | Promise<Response>,
  options: { host?: string; port?: number } = {},
): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const server = createAdaptorServer({ fetch, hostname: host }) as Server;
  // Keep-alive sockets would otherwise hold close() open until they time out.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  // While closing, a connection whose response just finished is idle: close it instead of keeping it alive.
  server.on("request", (_request, response: ServerResponse) => {
    response.on("finish", () => {
      if (closing !== undefined) setImmediate(() => server.closeIdleConnections());
    });
  });
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    close(graceMs = 10_000) {
      closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        // Idle keep-alive connections carry no request: close them now; busy ones close after their response.
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
