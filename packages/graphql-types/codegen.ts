import type { CodegenConfig } from "@graphql-codegen/cli";

const scalars = { DateTimeISO: "string" };

// Codegen reads the committed schema, never a running server, so CI can regenerate
// offline and fail on drift.
const config: CodegenConfig = {
  schema: "../../schema.graphql",
  generates: {
    "src/gql/": {
      documents: [
        "../../apps/web/src/**/*.{ts,tsx}",
        "!../../apps/web/src/**/__tests__/**",
        "!../../apps/web/src/**/*.test.{ts,tsx}",
      ],
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
        scalars,
        strictScalars: true,
      },
    },
    // The server's API tests send their operations as the same kind of typed documents, so a
    // schema change that breaks one fails the typecheck, not a test run later. The output
    // sits beside the tests: only the tests (apps/server/test and src/**/__tests__) import it.
    "../../apps/server/test/gql/": {
      documents: [
        "../../apps/server/test/**/*.ts",
        "!../../apps/server/test/gql/**",
        "../../apps/server/src/**/__tests__/**/*.ts",
      ],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        enumType: "string-literal",
        useTypeImports: true,
        // The tests' plain fetch client adds no __typename, so the types carry it only where
        // an operation selects it.
        skipTypename: true,
        scalars,
        strictScalars: true,
      },
    },
  },
};

export default config;
