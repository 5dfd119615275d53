/**
 * A tiny TCP load balancer for tests: each new connection goes to the next backend in turn,
 * skipping backends that refuse it (a killed instance), with no sticky sessions, as an ordinary
 * load balancer in front of several instances would.
 */
import { createServer, connect, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export class RoundRobinProxy {
  private next = 0;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    private readonly backends: number[],
  ) {}

  /** Listens on a random port of 127.0.0.1 in front of `backendPorts`. */
  static async start(backendPorts: number[]): Promise<RoundRobinProxy> {
    const server = createServer();
    const proxy = new RoundRobinProxy(server, backendPorts);
    server.on("connection", (client) => proxy.route(client));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private route(client: Socket): void {
    this.track(client);
    client.pause();
    const start = this.next++;
    const tryBackend = (attempt: number) => {
      if (attempt >= this.backends.length || client.destroyed) return void client.destroy();
      const port = this.backends[(start + attempt) % this.backends.length]!;
      const upstream = connect(port, "127.0.0.1");
      this.track(upstream);
      let connected = false;
      upstream.once("error", () => (connected ? client.destroy() : tryBackend(attempt + 1)));
      upstream.once("connect", () => {
        connected = true;
        client.pipe(upstream).pipe(client);
        client.resume();
        client.on("error", () => upstream.destroy());
        client.on("close", () => upstream.destroy());
        upstream.on("close", () => client.destroy());
      });
    };
    tryBackend(0);
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on("error", () => {});
    socket.on("close", () => this.sockets.delete(socket));
  }
}
