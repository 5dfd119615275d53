/** Which session a group fills in when it opens its success and risk factors. */
import { describe, expect, it } from "vitest";
import { pickDefaultSession } from "@/lib/shared/process/default-session";

const now = new Date("2026-03-10T12:00:00Z");
const session = (id: string, startsAt: string | null) => ({ id, startsAt });

describe("pickDefaultSession", () => {
  it("takes the latest session that has started", () => {
    const sessions = [
      session("s1", "2026-02-01T09:00:00Z"),
      session("s2", "2026-03-01T09:00:00Z"),
      session("s2b", null),
      session("s3", "2026-04-01T09:00:00Z"),
    ];
    expect(pickDefaultSession(sessions, now)).toBe("s2");
  });

  it("takes the first session when none has started, and null without sessions", () => {
    expect(pickDefaultSession([session("s1", "2026-05-01T09:00:00Z"), session("s2", null)], now)).toBe("s1");
    expect(pickDefaultSession([session("s1", null)], now)).toBe("s1");
    expect(pickDefaultSession([], now)).toBeNull();
  });
});
