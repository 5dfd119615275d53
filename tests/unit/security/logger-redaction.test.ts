import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { loggerOptions } from "@/lib/server/logger";

/** A logger with the app's options that writes its JSON lines into an array. */
function capturingLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ ...loggerOptions, level: "info" }, sink), lines };
}

const TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoicjEifQ.c2lnbmF0dXJl";
const EMAIL = "ann.peeters@school.example";

describe("logger redaction", () => {
  it("masks tokens, cookies, e-mail addresses and names in a request-shaped record", () => {
    const { logger, lines } = capturingLogger();
    logger.error(
      {
        req: {
          method: "GET",
          url: `/yjs/room-1?token=${TOKEN}&v=2`,
          headers: {
            cookie: `next-auth.session-token=${TOKEN}`,
            authorization: `Bearer ${TOKEN}`,
            "x-forwarded-for": "203.0.113.7",
            host: "cocreate.school.example",
          },
        },
        url: `/join/ABC123?code=ABC123`,
        user: { email: EMAIL, displayName: "Ann Peeters", id: "user-1" },
        to: EMAIL,
        token: TOKEN,
      },
      "request failed",
    );
    const output = lines.join("");
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(EMAIL);
    expect(output).not.toContain("Ann Peeters");
    expect(output).not.toContain("203.0.113.7");
    const record = JSON.parse(output);
    // What helps debugging stays: the path, the method, ids.
    expect(record.req.url).toBe("/yjs/room-1?token=[Redacted]&v=2");
    expect(record.req.method).toBe("GET");
    expect(record.req.headers.host).toBe("cocreate.school.example");
    expect(record.user.id).toBe("user-1");
    expect(record.url).toBe("/join/ABC123?code=[Redacted]");
  });

  it("masks a token inside an error's message and stack", () => {
    const { logger, lines } = capturingLogger();
    logger.error({ err: new Error(`upgrade failed for /yjs/r?token=${TOKEN}`) }, "upgrade failed");
    const record = JSON.parse(lines.join(""));
    expect(JSON.stringify(record)).not.toContain(TOKEN);
    expect(record.err.message).toBe("upgrade failed for /yjs/r?token=[Redacted]");
    expect(record.err.type).toBe("Error");
  });
});
