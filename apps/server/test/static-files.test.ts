import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { loadConfig } from "../src/config";
import { startServer, type RunningServer } from "../src/server";
import { testDatabaseUrl } from "./harness";

// How the server sends the built console: the build's precompressed files chosen by the
// request's Accept-Encoding, hashed assets cached for a year, the page itself never taken from a
// cache without asking. The console here is a made-up build in a temporary folder, so the suite
// needs no web build.

const SCRIPT = "assets/index-Ab12Cd34.js";
const SCRIPT_TEXT = `export const rows = [${Array.from({ length: 200 }, (_, i) => `"row ${i}"`).join(",")}];\n`;
const STYLE = "assets/index-Ef56Gh78.css";
const STYLE_TEXT = "body{margin:0}\n";
const PAGE_TEXT = `<!doctype html><html lang="en"><head><title>Console</title><script type="module" src="/${SCRIPT}"></script></head><body><div id="root"></div></body></html>\n`;

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** A GET whose body is kept as sent (fetch would decode it, and choose its own encodings). */
function get(base: string, url: string, acceptEncoding?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { accept: "*/*" };
    if (acceptEncoding !== undefined) headers["accept-encoding"] = acceptEncoding;
    http
      .get(`${base}${url}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

function decode(res: RawResponse): string {
  switch (res.headers["content-encoding"]) {
    case "br":
      return zlib.brotliDecompressSync(res.body).toString("utf8");
    case "gzip":
      return zlib.gunzipSync(res.body).toString("utf8");
    case undefined:
      return res.body.toString("utf8");
    default:
      throw new Error(`Unexpected content encoding ${res.headers["content-encoding"]}`);
  }
}

function writeBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sam-web-dist-"));
  fs.mkdirSync(path.join(dir, "assets"));
  const write = (file: string, text: string, compressed: boolean) => {
    fs.writeFileSync(path.join(dir, file), text);
    if (!compressed) return;
    fs.writeFileSync(path.join(dir, `${file}.br`), zlib.brotliCompressSync(text));
    fs.writeFileSync(path.join(dir, `${file}.gz`), zlib.gzipSync(text));
  };
  write("index.html", PAGE_TEXT, true);
  write(SCRIPT, SCRIPT_TEXT, true);
  // Too small to be worth compressing: the build writes no .br or .gz for it.
  write(STYLE, STYLE_TEXT, false);
  write("favicon.svg", `<svg xmlns="http://www.w3.org/2000/svg">${" ".repeat(400)}</svg>\n`, true);
  return dir;
}

let server: RunningServer;
beforeAll(async () => {
  const config = loadConfig({
    PORT: "0",
    DATABASE_URL: await testDatabaseUrl(),
    LOG_LEVEL: "silent",
    NODE_ENV: "production",
    SMTP_URL: "smtp://127.0.0.1:2525",
    APP_URL: "https://accounts.example.com",
  });
  server = await startServer(
    { ...config, webDistDir: writeBuild() },
    { mailTransport: null, startJobs: false },
  );
});
afterAll(async () => {
  await server.close();
});

describe("hashed assets", () => {
  it.each([
    ["brotli to a browser that accepts it", "gzip, deflate, br, zstd", "br"],
    ["brotli first whatever the order the browser lists", "br;q=0.5, gzip", "br"],
    ["gzip to a client that accepts only gzip", "gzip", "gzip"],
    ["gzip when brotli is refused", "br;q=0, gzip", "gzip"],
    ["the file as built to a client that asks for no encoding", undefined, undefined],
    ["the file as built to a client that accepts only identity", "identity", undefined],
    ["the file as built to a client that accepts none the build wrote", "deflate", undefined],
  ])("sends %s", async (_name, acceptEncoding, encoding) => {
    const res = await get(server.url, `/${SCRIPT}`, acceptEncoding);
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe(encoding);
    expect(res.headers["content-type"]).toMatch(/^text\/javascript; charset=utf-8$/i);
    expect(res.headers["vary"]).toMatch(/Accept-Encoding/i);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(decode(res)).toBe(SCRIPT_TEXT);
    if (encoding) expect(res.body.length).toBeLessThan(Buffer.byteLength(SCRIPT_TEXT));
  });

  it("sends an asset the build did not compress as it is, cached for a year", async () => {
    const res = await get(server.url, `/${STYLE}`, "gzip, br");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.headers["content-type"]).toBe("text/css; charset=utf-8");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.body.toString("utf8")).toBe(STYLE_TEXT);
  });

  it("answers a missing asset with 404, not the console page", async () => {
    const res = await get(server.url, "/assets/index-Old00000.js", "br");
    expect(res.status).toBe(404);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.headers["cache-control"] ?? "").not.toMatch(/immutable/);
  });
});

describe("the console page", () => {
  it.each(["/", "/directory", "/smart-accounts/4b7c2d4e", "/index.html"])(
    "is compressed, never cached without asking, and says the mode on %s",
    async (url) => {
      for (const [acceptEncoding, encoding] of [
        ["gzip, deflate, br", "br"],
        ["gzip", "gzip"],
        [undefined, undefined],
      ] as const) {
        const res = await get(server.url, url, acceptEncoding);
        expect(res.status).toBe(200);
        expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
        expect(res.headers["content-encoding"]).toBe(encoding);
        expect(res.headers["cache-control"]).toBe("no-cache");
        expect(res.headers["vary"]).toMatch(/Accept-Encoding/i);
        const html = decode(res);
        expect(html).toContain(`<script type="module" src="/${SCRIPT}">`);
        expect(html).toContain('<meta name="sam-mode" content="production" />');
      }
    },
  );
});

describe("other public files", () => {
  it("are compressed and cached for an hour, not for a year", async () => {
    const res = await get(server.url, "/favicon.svg", "gzip, br");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toBe("image/svg+xml");
    expect(res.headers["cache-control"]).toBe("public, max-age=3600");
    expect(decode(res)).toContain("<svg");
  });
});
