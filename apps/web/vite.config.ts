import { fileURLToPath, URL } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression } from "vite-plugin-compression2";
import { entryCompileHints } from "./scripts/compile-hints";
import { firstPageShims } from "./scripts/first-page-shims";
import { pagePreloads } from "./scripts/page-preloads";
import {
  graphqlDocumentImports,
  operationNamesFile,
  sessionQueryInPage,
} from "./scripts/graphql-document-imports";

const apiServer = "http://localhost:4000";

// The server owns these paths; in development the console is served by Vite and forwards
// them so the browser sees one origin (session cookies stay same-origin).
const proxiedPaths = ["/graphql", "/dev/", "/schema.graphql", "/healthz", "/readyz"];

export default defineConfig({
  plugins: [
    react(),
    firstPageShims(),
    entryCompileHints(),
    // Every lazy page also waits for Mantine's whole stylesheet (src/lib/all-styles.ts).
    pagePreloads({
      everyPageStyles: [
        "@mantine/core/styles.layer.css",
        "@mantine/notifications/styles.layer.css",
      ],
    }),
    // The first page's code at low priority, its preloads as its entry script: the stylesheet,
    // which the frame of index.html needs to draw, comes first (the build drops the entry
    // script's own attribute when it rewrites the element).
    {
      name: "low-priority-first-page-code",
      transformIndexHtml: {
        order: "post",
        handler: (html) =>
          html.replace(
            /<(?:link rel="modulepreload"|script type="module")(?![^>]*fetchpriority)/g,
            (element) => `${element} fetchpriority="low"`,
          ),
      },
    },
    graphqlDocumentImports(
      fileURLToPath(new URL("./src/", import.meta.url)),
      fileURLToPath(new URL("../../packages/graphql-types/src/gql", import.meta.url)),
    ),
    // The query whose answer the server writes into the page (src/app/session-in-page.ts).
    sessionQueryInPage(
      fileURLToPath(new URL("../../packages/graphql-types/src/gql", import.meta.url)),
      "MeDocument",
    ),
    // The operation names the server's metrics may use as labels (apps/server/src/http/metrics.ts).
    operationNamesFile(
      fileURLToPath(new URL("../../packages/graphql-types/src/gql", import.meta.url)),
    ),
    // Each text file also as .br and .gz beside it (brotli at its best quality, gzip at 9): the
    // server sends the one the browser accepts, without compressing on every request.
    compression({
      algorithms: ["brotliCompress", "gzip"],
      exclude: [/\.map$/],
      logLevel: "silent",
    }),
  ],
  resolve: {
    alias: [
      { find: "@", replacement: fileURLToPath(new URL("./src", import.meta.url)) },
      // zod set up for the Content-Security-Policy by whichever form loads it first.
      { find: /^zod$/, replacement: fileURLToPath(new URL("./src/lib/zod.ts", import.meta.url)) },
    ],
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      proxiedPaths.map((path) => [
        path,
        // /graphql carries the subscriptions' WebSocket too.
        { target: apiServer, changeOrigin: false, ws: path === "/graphql" },
      ]),
    ),
  },
  build: {
    outDir: "dist",
    sourcemap: true,
    // Read by scripts/check-bundle-budget.mjs after the build.
    manifest: true,
    // GraphiQL, loaded only when the explorer opens, is the one chunk above Vite's default.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The first page's code in one chunk with the entry: it all loads at once anyway,
            // and each small chunk cost a phone a task of its own to receive and compile.
            { name: "first-page", tags: ["$initial"], priority: 3 },
            // The rest of Mantine, and the forms' libraries, for the pages and dialogs that load
            // later: one chunk each rather than one per component (a page took some thirty).
            {
              name: "mantine",
              test: /node_modules[\\/]@(mantine[\\/](core|hooks)|floating-ui[\\/][\w-]+)[\\/].*\.m?js$/,
              priority: 2,
            },
            {
              name: "forms",
              test: /node_modules[\\/](zod|react-hook-form|@hookform[\\/]resolvers)[\\/]/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
