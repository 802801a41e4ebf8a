// File hosts as the bot meets them: an ordinary HTTP/1.1 one, and an old-style one that answers HTTP/1.0 with no
// Content-Length and marks the end of the body by closing the connection (what crashed the bot in issue 21).
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export type FileHostStyle = 'normal' | 'http10-close' | 'cut-short';

/**
 * Writes a whole HTTP/1.0 answer on a raw socket and closes it: status line, a content type, no Content-Length,
 * no keep-alive, then the body, then FIN. The bytes go out in a few writes, as a slow host sends them.
 */
export function answerHttp10Close(socket: Socket, status: number, body: Uint8Array, contentType = 'application/octet-stream'): void {
  socket.write(`HTTP/1.0 ${status} ${status === 200 ? 'OK' : 'Not Found'}\r\nContent-Type: ${contentType}\r\nServer: old-host/1.0\r\n\r\n`);
  const step = 8192;
  for (let at = 0; at < body.length; at += step) socket.write(body.subarray(at, at + step));
  socket.end();
}

/** Declares the whole length, sends half the body and closes: a download cut short. */
export function answerCutShort(socket: Socket, body: Uint8Array): void {
  socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\nContent-Type: application/octet-stream\r\n\r\n`);
  socket.end(body.subarray(0, Math.floor(body.length / 2)));
}

/** Answers in `style` on a raw socket (404 when there is no file). */
export function answerInStyle(socket: Socket, style: FileHostStyle, bytes: Uint8Array | undefined): void {
  if (style === 'http10-close') return answerHttp10Close(socket, bytes ? 200 : 404, bytes ?? new Uint8Array());
  if (style === 'cut-short' && bytes) return answerCutShort(socket, bytes);
  const body = bytes ?? new Uint8Array();
  socket.write(`HTTP/1.1 ${bytes ? '200 OK' : '404 Not Found'}\r\nContent-Length: ${body.length}\r\nContent-Type: application/octet-stream\r\n\r\n`);
  socket.write(body);
}

export interface FileHost {
  url: string;
  files: Map<string, Uint8Array>;
  /** Requests received, by path. */
  requests: string[];
  close(): Promise<void>;
}

/** A loopback file host on node:net, serving `files` by name under /files/ in the given style. */
export async function createFileHost(style: FileHostStyle): Promise<FileHost> {
  const files = new Map<string, Uint8Array>();
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let head = '';
    socket.on('data', (chunk: Buffer) => {
      if (head.includes('\r\n\r\n')) return;
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      const path = head.split(' ')[1] ?? '/';
      requests.push(path);
      answerInStyle(socket, style, path.startsWith('/files/') ? files.get(decodeURIComponent(path.slice(7))) : undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    files,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
