// Lint rules, including the import boundaries that keep each folder to its one job.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const serverOnly = ["@/lib/server/*", "@/lib/server/**", "@/server/*", "@/server/**", "@prisma/*", "**/generated/**"];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "public/tldraw/**", "lib/server/db/generated/**", "data/**", "tmp/**"],
  },
  {
    // lib/shared runs everywhere: no app, server, client, Node-only or database imports.
    files: ["lib/shared/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...serverOnly, "@/lib/client/**", "@/app/**", "@/components/**", "node:*", "react", "react-dom"] },
      ],
    },
  },
  {
    // Browser code never reaches the database or the Node process.
    files: ["components/**/*.{ts,tsx}", "lib/client/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: serverOnly }] },
  },
  {
    files: ["tests/**/*.ts", "bench/**/*.ts", "scripts/**/*.{ts,mjs}"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
];

export default config;
