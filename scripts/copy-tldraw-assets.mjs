#!/usr/bin/env node
/**
 * Copies @tldraw/assets' fonts, icons, translations and embed icons into public/tldraw/, so the
 * canvas loads them from this server instead of tldraw's CDN (STACK.md trap 4). Idempotent:
 * files that are already there with the same size and age are left alone. Run before dev/build.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const FOLDERS = ["fonts", "icons", "translations", "embed-icons"];
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const assetsRoot = dirname(require.resolve("@tldraw/assets/package.json"));
const target = join(root, "public", "tldraw");

let copied = 0;
let kept = 0;

function copyTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const destination = join(to, entry.name);
    if (entry.isDirectory()) {
      copyTree(source, destination);
      continue;
    }
    const sourceStat = statSync(source);
    if (existsSync(destination)) {
      const destinationStat = statSync(destination);
      if (destinationStat.size === sourceStat.size && destinationStat.mtimeMs >= sourceStat.mtimeMs) {
        kept++;
        continue;
      }
    }
    copyFileSync(source, destination);
    copied++;
  }
}

for (const folder of FOLDERS) {
  const source = join(assetsRoot, folder);
  if (!existsSync(source)) throw new Error(`@tldraw/assets has no ${folder}/ folder at ${source}`);
  copyTree(source, join(target, folder));
}
process.stdout.write(`tldraw assets: ${copied} copied, ${kept} unchanged -> public/tldraw\n`);
