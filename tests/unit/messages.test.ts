/** Every UI string exists in Dutch and in English, and no two message files claim one namespace. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/i18n/locales";
import { MESSAGE_FILES } from "@/i18n/message-files";

function load(locale: string, file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`messages/${locale}/${file}.json`, "utf8")) as Record<string, unknown>;
}

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  it("has the same keys in every locale, none empty", () => {
    for (const file of MESSAGE_FILES) {
      const [first, ...others] = LOCALES.map((locale) => load(locale, file));
      const expected = keyPaths(first).sort();
      for (const other of others) expect(keyPaths(other).sort()).toEqual(expected);
      for (const locale of LOCALES) {
        for (const path of keyPaths(load(locale, file)).filter(Boolean)) {
          const text = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], load(locale, file));
          expect(typeof text === "string" && text.trim().length > 0, `${locale}/${file}: ${path}`).toBe(true);
        }
      }
    }
  });

  it("keeps top-level namespaces disjoint across files", () => {
    const seen = new Map<string, string>();
    for (const file of MESSAGE_FILES) {
      for (const namespace of Object.keys(load("nl", file))) {
        expect(seen.get(namespace), `namespace ${namespace} in ${file}`).toBeUndefined();
        seen.set(namespace, file);
      }
    }
  });
});
