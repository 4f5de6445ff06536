import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents for the example client, from the schema the server prints (schema.graphql).
// `npm run codegen` writes examples/client/src/gql/; `npm run codegen:check` fails when it is stale.
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["examples/client/src/**/*.ts", "!examples/client/src/gql/**"],
  importExtension: ".ts",
  generates: {
    "examples/client/src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: "string" } },
    },
  },
};

export default config;
