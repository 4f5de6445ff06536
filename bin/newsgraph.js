#!/usr/bin/env node
// The compiled CLI (`npm run build`, run by `npm ci`): see scripts/build.mjs.
await import("../dist/cli/main.js");
