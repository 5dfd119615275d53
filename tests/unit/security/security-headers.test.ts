import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, securityHeaders } from "@/lib/server/http/security-headers";

const base = { host: "cocreate.school.example", nonce: "bm9uY2U=", dev: false, https: false };

describe("security headers", () => {
  it("allows only this site's scripts, with the nonce, and no framing", () => {
    const policy = contentSecurityPolicy(base);
    expect(policy).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("connect-src 'self' ws://cocreate.school.example wss://cocreate.school.example data: blob:");
  });

  it("ignores a Host header that could inject a directive", () => {
    const policy = contentSecurityPolicy({ ...base, host: "evil; script-src *" });
    expect(policy).not.toContain("evil");
    expect(policy).toContain("connect-src 'self' data: blob:");
  });

  it("adds HSTS and upgrade-insecure-requests only behind https", () => {
    expect(securityHeaders(base)["Strict-Transport-Security"]).toBeUndefined();
    const https = securityHeaders({ ...base, https: true });
    expect(https["Strict-Transport-Security"]).toBe("max-age=31536000");
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
    expect(https).toMatchObject({ "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff" });
  });

  it("makes a different nonce every time", () => {
    expect(createNonce()).not.toBe(createNonce());
    expect(createNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
