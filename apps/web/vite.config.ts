import { fileURLToPath, URL } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const apiServer = "http://localhost:4000";

// The server owns these paths; in development the console is served by Vite and forwards
// them so the browser sees one origin (session cookies stay same-origin).
const proxiedPaths = ["/graphql", "/dev/", "/schema.graphql", "/healthz", "/readyz"];

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./src", import.meta.url)),
    },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      proxiedPaths.map((path) => [path, { target: apiServer, changeOrigin: false }]),
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
        // The big libraries change far less often than the console: in chunks of their own,
        // browsers keep them cached across releases. Only libraries the first page needs are
        // named here, so nothing of the lazily loaded explorer is pulled forward.
        codeSplitting: {
          groups: [
            {
              name: "react",
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            { name: "mantine", test: /[\\/]node_modules[\\/](@mantine|@floating-ui)[\\/]/ },
            {
              name: "apollo",
              test: /[\\/]node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
