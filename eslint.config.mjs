import js from "@eslint/js";
import tseslint from "typescript-eslint";
import graphqlPlugin from "@graphql-eslint/eslint-plugin";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import boundaries from "eslint-plugin-boundaries";

// Server tests: a string handed to the client, and GraphQL text outside a graphql() call.
const sendsText = {
  selector:
    "CallExpression[callee.property.name=/^gql(Dynamic)?$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]",
  message: "Write the operation with graphql() from test/gql and send it with gql().",
};
// An operation or fragment, or the `{ field { … } }` shorthand of an anonymous query.
const operationText =
  "/^\\s*((query|mutation|subscription|fragment)\\b[\\s\\w$:!(),\\[\\]]*|\\{\\s*\\w+[\\s\\w$:!(),\\[\\]]*)\\{/";
const graphqlText = [
  {
    selector: `TemplateLiteral[quasis.0.value.raw=${operationText}]:not(CallExpression[callee.name='graphql'] > TemplateLiteral)`,
    message: "GraphQL text belongs in a graphql() call from test/gql, so codegen types it.",
  },
  {
    selector: `Literal[value=${operationText}]`,
    message: "GraphQL text belongs in a graphql() call from test/gql, so codegen types it.",
  },
];

/** A server layer that may import only the listed layers (its own included). */
const layer = (from, to) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } } },
});

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/coverage/**",
      "**/data/**",
      "packages/graphql-types/src/**",
      "apps/server/test/gql/**",
      "apps/server/src/db/migrations/**",
      "apps/web/e2e/artifacts/**",
      "apps/web/test-results/**",
      "apps/web/playwright-report/**",
    ],
  },
  {
    files: ["**/*.{ts,tsx}"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Server tests (apps/server/test and src/**/__tests__) send only typed documents written with
    // graphql() from test/gql: Client.gql takes no string, and no GraphQL text may be written
    // outside a graphql() call, so every operation is checked against schema.graphql by codegen
    // and the typecheck.
    files: ["apps/server/test/**/*.ts", "apps/server/src/**/__tests__/**/*.ts"],
    rules: {
      "@typescript-eslint/no-deprecated": "error",
      "no-restricted-syntax": ["error", sendsText, ...graphqlText],
    },
  },
  {
    // The account policy suites build their selections from the schema at run time, from text
    // templates parsed there; the HTTP edge and platform suites post raw request bodies with fetch
    // (batched, malformed or invalid ones on purpose). None sends a string through the client.
    files: [
      "apps/server/test/account-policy*.test.ts",
      "apps/server/test/http-edge.test.ts",
      "apps/server/test/platform.test.ts",
    ],
    rules: { "no-restricted-syntax": ["error", sendsText] },
  },
  {
    // Only the account policy suites, which build their selections from the schema at run time,
    // may send a document built there.
    files: ["apps/server/test/**/*.ts", "apps/server/src/**/__tests__/**/*.ts"],
    ignores: ["apps/server/test/account-policy*.test.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          property: "gqlDynamic",
          message: "Write the operation with graphql() from test/gql and send it with gql().",
        },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  // ---- Server (apps/server) ----------------------------------------------------------------
  // One-way layers between the server's modules, lowest first (docs/architecture.md):
  // common <- mail <- user <- account core <- sub-resource entities <- policy <- sub-resources
  // <- directory, lifecycle <- GraphQL API. A layer imports only itself and the layers below it;
  // `pnpm lint` also runs madge, which fails on any import cycle. Descriptors match in order.
  {
    files: ["apps/server/src/**/*.ts"],
    ignores: ["apps/server/src/**/__tests__/**"],
    plugins: { boundaries },
    settings: {
      "import/resolver": { typescript: { project: "apps/server/tsconfig.json" } },
      "boundaries/elements": [
        {
          type: "server-api",
          mode: "full",
          pattern: [
            "apps/server/src/modules/*/*.{resolver,types}.ts",
            "apps/server/src/modules/*/dto/*.ts",
            "apps/server/src/modules/user/user.presenter.ts",
            "apps/server/src/graphql/*.ts",
            "apps/server/src/http/*.ts",
            "apps/server/src/{app,server,services,main}.ts",
          ],
        },
        { type: "server-common", mode: "full", pattern: "apps/server/src/common/**" },
        { type: "server-mail", mode: "full", pattern: "apps/server/src/modules/mail/**" },
        {
          type: "server-user",
          mode: "full",
          pattern: "apps/server/src/modules/{user,api-token}/**",
        },
        // Pure functions on identifiers, which the core's columns are derived with.
        {
          type: "server-identifier",
          mode: "full",
          pattern: "apps/server/src/modules/domain/domain-identifier.ts",
        },
        {
          type: "server-core",
          mode: "full",
          pattern: [
            "apps/server/src/modules/smart-account/{smart-account.entity,account-event.entity,sequence-counter.entity,event-sequencer,approver.entity,account-writer,smart-account.states,smart-account.errors,approval-links,account-emails,account-fields}.ts",
            // The directory's membership table and its writer, which every service that changes
            // membership calls; the directory's reads stay above the sub-resources.
            "apps/server/src/modules/directory/{directory-membership.entity,membership-writer,account-lists}.ts",
          ],
        },
        {
          type: "server-entity",
          mode: "full",
          pattern: "apps/server/src/modules/*/*.entity.ts",
        },
        {
          type: "server-policy",
          mode: "full",
          pattern: "apps/server/src/modules/policy/**",
        },
        // Above the sub-resources: the lifecycle orchestrates them; the directory and the
        // insights (aggregate counts for the overview pages) read them.
        {
          type: "server-lifecycle",
          mode: "full",
          pattern: "apps/server/src/modules/{lifecycle,directory,insights}/**",
        },
        {
          type: "server-sub",
          mode: "full",
          pattern: "apps/server/src/modules/*/**",
          capture: ["module"],
        },
      ],
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          policies: [
            layer("server-common", ["server-common"]),
            layer("server-mail", ["server-common", "server-mail"]),
            layer("server-user", ["server-common", "server-mail", "server-user"]),
            layer("server-core", [
              "server-common",
              "server-mail",
              "server-user",
              "server-identifier",
              "server-core",
            ]),
            layer("server-entity", [
              "server-common",
              "server-user",
              "server-core",
              "server-entity",
            ]),
            // The policy reads the sub-resources' entities, never their services.
            layer("server-policy", [
              "server-common",
              "server-user",
              "server-core",
              "server-entity",
              "server-policy",
            ]),
            // A sub-resource imports its own module; across modules only the layers below, the
            // role module (nominations, access requests and virtual accounts grant through it)
            // and, for the account's reads, the domain's look-alike check.
            {
              from: { element: { type: "server-sub" } },
              allow: [
                {
                  to: {
                    element: {
                      types: {
                        anyOf: [
                          "server-common",
                          "server-mail",
                          "server-user",
                          "server-identifier",
                          "server-core",
                          "server-entity",
                          "server-policy",
                        ],
                      },
                    },
                  },
                },
                {
                  to: {
                    element: {
                      type: "server-sub",
                      captured: { module: "{{ from.element.captured.module }}" },
                    },
                  },
                },
                {
                  to: { element: { type: "server-sub", captured: { module: "role" } } },
                },
              ],
            },
            {
              from: {
                element: { type: "server-sub", captured: { module: "smart-account" } },
              },
              allow: { to: { element: { type: "server-sub", captured: { module: "domain" } } } },
            },
            layer("server-lifecycle", [
              "server-common",
              "server-mail",
              "server-user",
              "server-identifier",
              "server-core",
              "server-entity",
              "server-policy",
              "server-sub",
              "server-lifecycle",
            ]),
            {
              from: { element: { type: "server-api" } },
              allow: { to: { element: { type: "*" } } },
            },
          ],
        },
      ],
    },
  },
  // ---- end of Server ----------------------------------------------------------------------
  // ---- Web (apps/web) ---------------------------------------------------------------------
  // Hooks rules; one-way imports (app -> features -> shared; a feature reaches no other feature);
  // the operations in each api/ file checked against the committed schema. main.tsx (the entry)
  // and env.ts (read by every layer) stay unclassified.
  {
    files: ["apps/web/src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, boundaries },
    settings: {
      "import/resolver": { typescript: { project: "apps/web/tsconfig.json" } },
      "boundaries/elements": [
        { type: "web-app", pattern: "apps/web/src/app" },
        {
          type: "web-feature",
          pattern: "apps/web/src/features/*",
          capture: ["feature"],
        },
        {
          type: "web-shared",
          pattern: "apps/web/src/{components,lib,hooks,api}",
        },
        { type: "web-testing", pattern: "apps/web/src/testing" },
      ],
    },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          policies: [
            {
              from: { element: { type: "web-app" } },
              allow: {
                to: { element: { types: { anyOf: ["web-app", "web-feature", "web-shared"] } } },
              },
            },
            {
              from: { element: { type: "web-feature" } },
              allow: [
                {
                  to: {
                    element: {
                      type: "web-feature",
                      captured: { feature: "{{ from.element.captured.feature }}" },
                    },
                  },
                },
                { to: { element: { type: "web-shared" } } },
              ],
            },
            {
              from: { element: { type: "web-shared" } },
              allow: { to: { element: { type: "web-shared" } } },
            },
            // Test helpers render whole routes, so they may reach everything.
            {
              from: { element: { type: "web-testing" } },
              allow: { to: { element: { type: "*" } } },
            },
          ],
        },
      ],
    },
  },
  {
    // Tests exercise routes through the public surface: they may import any layer.
    files: ["apps/web/src/**/__tests__/**"],
    rules: { "boundaries/dependencies": "off" },
  },
  {
    files: ["apps/web/src/**/api/*.ts"],
    processor: graphqlPlugin.processor,
  },
  {
    // The documents the processor plucks from `graphql(`…`)` calls in those files.
    files: ["apps/web/src/**/api/*.ts/*.graphql"],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: {
        graphQLConfig: { schema: "./schema.graphql", documents: "apps/web/src/**/api/*.ts" },
      },
    },
    plugins: { "@graphql-eslint": graphqlPlugin },
    rules: graphqlPlugin.configs["flat/operations-recommended"].rules,
  },
  // ---- end of Web -------------------------------------------------------------------------
  {
    files: ["schema.graphql"],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema: "./schema.graphql" } },
    },
    plugins: { "@graphql-eslint": graphqlPlugin },
    rules: {
      "@graphql-eslint/require-description": [
        "error",
        {
          types: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          OperationDefinition: false,
          rootField: true,
        },
      ],
    },
  },
);
