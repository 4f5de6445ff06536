import { configDefaults, defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

// `npm run test:browser`: the tests that drive a real browser (Debian's chromium), which `npm test`
// leaves out because a fresh machine may not have one. .ci/run installs it and runs these.
// Spread rather than mergeConfig: that would add these globs to the base's instead of replacing them.
export default defineConfig({
  ...base,
  test: { ...base.test, include: ["test/browser/**/*.test.ts"], exclude: configDefaults.exclude },
});
