import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createConnection } from "mysql2/promise";

const serverDir = path.resolve(__dirname, "..", "..");

/** A fresh database on the test server, named after the suite. */
export async function freshDatabase(suffix: string): Promise<string> {
  const base = process.env.TEST_DATABASE_URL as string;
  const url = new URL(base);
  const name = `${url.pathname.slice(1) || "test"}_${suffix}`;
  const admin = await createConnection({ uri: base });
  await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  url.pathname = `/${name}`;
  return url.toString();
}

/** Starts real server processes (as `node src/main.ts`) and stops them all at the end. */
export class ServerProcesses {
  private readonly children: ChildProcess[] = [];
  private readonly byUrl = new Map<string, ChildProcess>();

  start(env: Record<string, string>): Promise<string> {
    const child = spawn(process.execPath, ["-r", "@swc-node/register", "src/main.ts"], {
      cwd: serverDir,
      env: { ...process.env, ...env, PORT: "0", LOG_LEVEL: "info", NODE_ENV: "development" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.children.push(child);
    return new Promise((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const port = out.match(/"port":(\d+).*"msg":"server listening"/)?.[1];
        if (port) {
          const url = `http://127.0.0.1:${port}`;
          this.byUrl.set(url, child);
          resolve(url);
        }
      });
      child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
      child.on("exit", (code) => reject(new Error(`server exited with ${code}: ${out}`)));
    });
  }

  /** Ends one process at once, as a crash would: SIGKILL, no shutdown of any kind. */
  async kill(url: string): Promise<void> {
    const child = this.byUrl.get(url);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGKILL");
    await exited;
  }

  stopAll(): void {
    for (const child of this.children) child.kill("SIGTERM");
  }
}
