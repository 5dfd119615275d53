/**
 * A tiny SMTP server on loopback that accepts every message and keeps it, so tests check real
 * mail delivery (the app's nodemailer speaks real SMTP to it) without a mail server or a mock.
 * Speaks just enough of RFC 5321: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT.
 */
import { createServer, type Server, type Socket } from "node:net";

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The raw message: headers, blank line, body (dot-stuffing undone). */
  data: string;
}

export interface SmtpSink {
  port: number;
  url: string;
  messages: ReceivedMail[];
  /** Resolves with the first message (now or later) that `match` accepts. */
  waitFor: (match: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>;
  close: () => Promise<void>;
}

function handleConnection(socket: Socket, deliver: (mail: ReceivedMail) => void): void {
  let buffer = "";
  let inData = false;
  let from = "";
  let to: string[] = [];
  let dataLines: string[] = [];
  const reply = (line: string) => socket.write(`${line}\r\n`);

  const handleCommand = (line: string) => {
    const verb = line.slice(0, 4).toUpperCase();
    if (verb === "EHLO") return reply("250-sink.local\r\n250 8BITMIME");
    if (verb === "HELO") return reply("250 sink.local");
    if (verb === "MAIL") {
      from = /<([^>]*)>/.exec(line)?.[1] ?? "";
      to = [];
      return reply("250 OK");
    }
    if (verb === "RCPT") {
      to.push(/<([^>]*)>/.exec(line)?.[1] ?? "");
      return reply("250 OK");
    }
    if (verb === "DATA") {
      inData = true;
      dataLines = [];
      return reply("354 End data with <CR><LF>.<CR><LF>");
    }
    if (verb === "RSET" || verb === "NOOP") return reply("250 OK");
    if (verb === "QUIT") {
      reply("221 Bye");
      return socket.end();
    }
    return reply("502 Command not implemented");
  };

  socket.setEncoding("utf8");
  socket.on("data", (chunk: string) => {
    buffer += chunk;
    let index: number;
    while ((index = buffer.indexOf("\r\n")) >= 0) {
      const line = buffer.slice(0, index);
      buffer = buffer.slice(index + 2);
      if (!inData) {
        handleCommand(line);
      } else if (line === ".") {
        inData = false;
        deliver({ from, to, data: dataLines.join("\r\n") });
        reply("250 OK: queued");
      } else {
        dataLines.push(line.startsWith("..") ? line.slice(1) : line);
      }
    }
  });
  socket.on("error", () => socket.destroy());
  reply("220 sink.local ESMTP test sink");
}

/** Starts the sink on a free loopback port. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    handleConnection(socket, (mail) => {
      messages.push(mail);
      for (const wake of waiters) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("SMTP sink has no port");

  const waitFor = (match: (mail: ReceivedMail) => boolean, timeoutMs = 10_000) =>
    new Promise<ReceivedMail>((resolve, reject) => {
      const check = () => {
        const found = messages.find(match);
        if (!found) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no matching mail within ${timeoutMs} ms (${messages.length} received)`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });

  return {
    port: address.port,
    url: `smtp://127.0.0.1:${address.port}`,
    messages,
    waitFor,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
