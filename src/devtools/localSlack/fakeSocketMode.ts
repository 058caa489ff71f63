import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * The server side of Slack's Socket Mode for local runs and tests, on `ws`: says hello to each client,
 * sends envelopes and collects their acks. (`ws` answers pings and closes as RFC 6455 asks.)
 */
export class FakeSocketMode {
  private readonly server = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private readonly waiting = new Map<string, (ack: Record<string, unknown>) => void>();
  private onConnect: Array<() => void> = [];

  get connected(): number {
    return this.sockets.size;
  }

  /** Resolves once a client is connected (and has been sent hello). */
  whenConnected(timeoutMs = 10_000): Promise<void> {
    if (this.sockets.size > 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no Socket Mode client connected')), timeoutMs);
      this.onConnect.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Sends an envelope (slash_commands, interactive, events_api) and resolves with the client's ack. */
  send(
    type: 'slash_commands' | 'interactive' | 'events_api',
    payload: Record<string, unknown>,
    timeoutMs = 5000,
  ): Promise<Record<string, unknown>> {
    const socket = [...this.sockets][0];
    if (!socket) return Promise.reject(new Error('no Socket Mode client connected'));
    const envelopeId = randomUUID();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(envelopeId);
        reject(new Error(`no ack for ${type} envelope within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          retry_attempt: 0,
          retry_reason: '',
        }),
      );
    });
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (client) => {
      this.sockets.add(client);
      client.on('message', (data, isBinary) => {
        if (!isBinary) this.onAck(JSON.parse(data.toString()) as Record<string, unknown>);
      });
      client.on('close', () => this.sockets.delete(client));
      client.on('error', () => this.sockets.delete(client));
      client.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'docket-fake', approximate_connection_time: 3600 },
        }),
      );
      for (const notify of this.onConnect.splice(0)) notify();
    });
  }

  private onAck(message: Record<string, unknown>): void {
    const id = message.envelope_id;
    if (typeof id !== 'string') return;
    this.waiting.get(id)?.(message);
    this.waiting.delete(id);
  }

  close(): void {
    for (const socket of this.sockets) socket.terminate();
    // The server itself stays open (noServer: it holds no port), so the fake can start again.
    this.sockets.clear();
  }
}
