import type { CodegenConfig } from "@graphql-codegen/cli";

// Codegen reads the committed schema, never a running server, so CI can regenerate
// offline and fail on drift.
const config: CodegenConfig = {
  schema: "../../schema.graphql",
  documents: [
    "../../apps/web/src/**/*.{ts,tsx}",
    "!../../apps/web/src/**/__tests__/**",
    "!../../apps/web/src/**/*.test.{ts,tsx}",
  ],
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: {
        // Components read the fields they asked for directly; masking would force an
        // unmask call at every use without protecting anything in a codebase this size.
        fragmentMasking: false,
      },
      config: {
        enumType: "string-literal",
        useTypeImports: true,
        // Apollo adds __typename to every selection, so the types (and the test mocks
        // written against them) carry it too.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        scalars: { DateTimeISO: "string" },
        strictScalars: true,
      },
    },
  },
};

export default config;
