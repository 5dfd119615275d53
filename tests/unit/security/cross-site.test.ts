import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { crossSiteReason, type RequestFacts } from "@/lib/server/http/cross-site";
import { exportedMethods, listApiRoutes } from "../../e2e/fixtures/api-routes-on-disk";

function facts(method: string, headers: Record<string, string>, path = "/api/join"): RequestFacts {
  return { method, path, header: (name) => headers[name] };
}

const HOST = { host: "cocreate.school.example" };

describe("the cross-site rule", () => {
  it("lets same-origin writes from browsers and cookie-less clients through", () => {
    const sameOrigin = { ...HOST, origin: "https://cocreate.school.example", "sec-fetch-site": "same-origin" };
    expect(crossSiteReason(facts("POST", sameOrigin))).toBeNull();
    expect(crossSiteReason(facts("DELETE", { ...HOST, "sec-fetch-site": "same-origin", cookie: "a=b" }))).toBeNull();
    expect(crossSiteReason(facts("PUT", { ...HOST, origin: "http://cocreate.school.example", cookie: "a=b" }))).toBeNull();
    expect(crossSiteReason(facts("POST", { ...HOST }))).toBeNull();
    // A script with a cookie and a JSON body (or PUT/PATCH/DELETE): no browser sends that
    // cross-site without a CORS preflight, which this server never grants.
    const script = { ...HOST, cookie: "a=b", "content-type": "application/json" };
    expect(crossSiteReason(facts("POST", script))).toBeNull();
    expect(crossSiteReason(facts("DELETE", { ...HOST, cookie: "a=b" }))).toBeNull();
  });

  it("refuses writes another site makes a browser send", () => {
    const cookie = { cookie: "next-auth.session-token=x" };
    expect(crossSiteReason(facts("POST", { ...HOST, ...cookie, origin: "https://evil.example" }))).toBe("foreign-origin");
    expect(crossSiteReason(facts("POST", { ...HOST, origin: "null" }))).toBe("foreign-origin");
    expect(crossSiteReason(facts("PATCH", { ...HOST, "sec-fetch-site": "cross-site" }))).toBe("cross-site-fetch");
    expect(crossSiteReason(facts("PATCH", { ...HOST, "sec-fetch-site": "same-site", origin: "https://cocreate.school.example" }))).toBe("cross-site-fetch");
    // What a form can post, from a browser too old to say where it comes from.
    expect(crossSiteReason(facts("POST", { ...HOST, ...cookie }))).toBe("unmarked-form-post");
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      expect(crossSiteReason(facts("POST", { ...HOST, ...cookie, "content-type": type }))).toBe("unmarked-form-post");
    }
    // A look-alike host is another host.
    expect(crossSiteReason(facts("POST", { ...HOST, origin: "https://cocreate.school.example.evil.example" }))).toBe("foreign-origin");
  });

  it("trusts the forwarded host behind a proxy, and NEXTAUTH_URL's host", () => {
    const proxied = { host: "127.0.0.1:3000", "x-forwarded-host": "cocreate.school.example", origin: "https://cocreate.school.example" };
    expect(crossSiteReason(facts("POST", proxied))).toBeNull();
    const configured = { host: "10.0.0.5:3000", origin: "https://cocreate.school.example" };
    expect(crossSiteReason(facts("POST", configured), "https://cocreate.school.example")).toBeNull();
    expect(crossSiteReason(facts("POST", configured), undefined)).toBe("foreign-origin");
  });

  it("leaves reads and next-auth's own endpoints alone", () => {
    const foreign = { ...HOST, origin: "https://evil.example", "sec-fetch-site": "cross-site", cookie: "a=b" };
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(crossSiteReason(facts(method, foreign))).toBeNull();
    expect(crossSiteReason(facts("POST", foreign, "/api/auth/callback/credentials"))).toBeNull();
    expect(crossSiteReason(facts("POST", foreign, "/rooms/abc"))).toBe("cross-site-fetch");
  });
});

describe("every state-changing route handler", () => {
  it("calls assertSameOrigin itself as well (the server's gate is the first line)", () => {
    const writes = listApiRoutes().filter(
      (route) => !route.startsWith("GET ") && !route.includes("/api/auth/"),
    );
    expect(writes.length).toBeGreaterThan(30);
    const missing = writes.filter((route) => {
      const [method = "", path = ""] = route.split(" ");
      const source = readFileSync(`app${path}/route.ts`, "utf8");
      expect(exportedMethods(source)).toContain(method);
      const start = source.search(new RegExp(`export\\s+(async\\s+)?function\\s+${method}\\b`));
      const next = source.slice(start + 1).search(/\nexport\s/);
      const handler = source.slice(start, next === -1 ? undefined : start + 1 + next);
      return !/assertSameOrigin\(request\)/.test(handler);
    });
    expect(missing).toEqual([]);
  });
});
