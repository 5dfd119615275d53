import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Several server instances on PostgreSQL + Redis (tests/helpers/multi-instance.ts). */
const MULTI_INSTANCE_TESTS = "tests/integration/multi-instance/**/*.test.ts";

const root = fileURLToPath(new URL(".", import.meta.url)).replace(/\/$/, "");

/**
 * One runner, three projects: unit (pure code), integration (real server pieces, real websockets,
 * real SQLite, or PostgreSQL with TEST_DATABASE=postgres) and e2e (the built app in the real
 * Chromium). `npm test` runs all three; `vitest run --project unit` runs one. With
 * TEST_DATABASE=postgres a fourth, multi-instance, exists (npm run test:postgres runs it).
 */
export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    environment: "node",
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: [MULTI_INSTANCE_TESTS],
        },
      },
      // Only with TEST_DATABASE=postgres (npm run test:postgres): they need PostgreSQL and Redis
      // and fail without them. One file at a time: each starts two server processes.
      ...(process.env.TEST_DATABASE === "postgres"
        ? [
            {
              extends: true as const,
              test: {
                name: "multi-instance",
                include: [MULTI_INSTANCE_TESTS],
                fileParallelism: false,
                testTimeout: 90_000,
              },
            },
          ]
        : []),
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 90_000,
        },
      },
    ],
  },
});
