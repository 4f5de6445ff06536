import { createRequire } from "node:module";
import { configDefaults, defineConfig } from "vitest/config";

// graphql ships an ES build (index.mjs) and a CommonJS one (index.js). Vite
// would hand our sources the first while Pothos and yoga require the second,
// and two graphql realms break `instanceof` checks (printSchema, error
// masking). One path for everyone: the CommonJS build Node itself resolves.
const graphql = createRequire(import.meta.url).resolve("graphql");

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphql }] },
  test: {
    include: ["test/**/*.test.ts"],
    // They need a browser: `npm run test:browser` (vitest.browser.config.ts), which .ci/run runs.
    exclude: [...configDefaults.exclude, "test/browser/**"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
