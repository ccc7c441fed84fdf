import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { createConnection, type Connection } from "mysql2/promise";

export const GALERA_PROVIDER = "/usr/lib/galera/libgalera_smm.so";

/** Installs what a Galera cluster on this machine needs from Debian, when it is missing. */
export function ensureGaleraInstalled(log: (line: string) => void): void {
  const missing = [
    ...(fs.existsSync(GALERA_PROVIDER) ? [] : ["galera-4"]),
    ...(hasCommand("rsync") ? [] : ["rsync"]),
    ...(hasCommand("mariadbd") && hasCommand("mariadb-install-db") ? [] : ["mariadb-server"]),
  ];
  if (missing.length === 0) return;
  log(`installing ${missing.join(", ")} from Debian`);
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const run = (args: string[]) =>
    execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  run(["apt-get", "update"]);
  run(["apt-get", "install", "-y", "--no-install-recommends", ...missing]);
}

function hasCommand(name: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** Three ports per node (client, Galera replication, IST) plus SST, all checked free. */
export async function choosePorts(base: number, nodes: number): Promise<number[]> {
  for (let offset = 0; offset < 2000; offset += 100) {
    const ports = Array.from({ length: nodes * 10 }, (_, i) => base + offset + i);
    const needed = Array.from({ length: nodes }, (_, i) =>
      [0, 1, 2, 3].map((k) => ports[i * 10 + k]),
    ).flat();
    if ((await Promise.all(needed.map(portIsFree))).every(Boolean)) return ports;
  }
  throw new Error(`no free ports from ${base}`);
}

/** One mariadbd of the cluster: its own data directory, socket and ports on 127.0.0.1. */
export class GaleraNode {
  readonly dir: string;
  readonly socket: string;
  private child: ChildProcess | null = null;

  constructor(
    readonly index: number,
    root: string,
    readonly port: number,
    readonly galeraPort: number,
    private readonly clusterAddress: string,
    /** Writes a binary log of every write (its own and the other nodes'), for an async replica. */
    private readonly binlog = false,
  ) {
    this.dir = path.join(root, `node${index}`);
    this.socket = path.join(this.dir, "mysqld.sock");
  }

  get name(): string {
    return `node${this.index}`;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /**
   * The node runs as the mysql user, as Debian's does: the rsync daemon that receives a state
   * transfer runs as its mariadbd's user, and as root it would drop to nobody and be refused.
   */
  install(): void {
    fs.mkdirSync(path.join(this.dir, "data"), { recursive: true });
    execFileSync("chown", ["-R", "mysql:mysql", this.dir]);
    fs.writeFileSync(path.join(this.dir, "my.cnf"), this.config());
    execFileSync(
      "mariadb-install-db",
      [
        "--no-defaults",
        "--user=mysql",
        `--datadir=${path.join(this.dir, "data")}`,
        "--auth-root-authentication-method=normal",
        "--skip-test-db",
      ],
      { stdio: "ignore" },
    );
  }

  private config(): string {
    const g = this.galeraPort;
    return `[mysqld]
datadir=${path.join(this.dir, "data")}
socket=${this.socket}
port=${this.port}
bind-address=127.0.0.1
pid-file=${path.join(this.dir, "mysqld.pid")}
log-error=${path.join(this.dir, "error.log")}
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
performance_schema=OFF
innodb_buffer_pool_size=64M
innodb_log_file_size=48M
innodb_flush_log_at_trx_commit=2
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
max_connections=200
# A lock wait on one node is a conflict with that node's own transactions only (another node's
# surface at certification): give up early, and the unit of work runs again.
innodb_lock_wait_timeout=5
wsrep_on=ON
wsrep_provider=${GALERA_PROVIDER}
wsrep_cluster_name=sam_cluster_test
wsrep_cluster_address=${this.clusterAddress}
wsrep_node_name=${this.name}
wsrep_node_address=127.0.0.1
wsrep_provider_options="base_port=${g};gmcast.listen_addr=tcp://127.0.0.1:${g};ist.recv_addr=127.0.0.1:${g + 1};gcache.size=128M"
wsrep_sst_receive_address=127.0.0.1:${g + 2}
wsrep_sst_method=rsync
wsrep_sync_wait=${process.env.CLUSTER_SYNC_WAIT ?? 1}
${
  this.binlog
    ? `log_bin=${path.join(this.dir, "binlog")}
log_slave_updates=ON
`
    : ""
}`;
  }

  /**
   * After a crash the node's saved position is unknown (grastate.dat says -1): read it back
   * from InnoDB, as Debian's galera_recovery does before systemd starts the node, so that it
   * rejoins by an incremental state transfer (IST) from the others' write-set cache instead of
   * copying every file from a donor (SST, which blocks the donor for its duration).
   */
  async recoverPosition(): Promise<string | null> {
    const recoverLog = path.join(this.dir, "recover.log");
    fs.rmSync(recoverLog, { force: true });
    const ran = await new Promise<boolean>((resolve) => {
      execFile(
        "mariadbd",
        [
          `--defaults-file=${path.join(this.dir, "my.cnf")}`,
          "--user=mysql",
          "--wsrep-recover",
          `--log-error=${recoverLog}`,
        ],
        { timeout: 120_000 },
        (error) => resolve(!error),
      );
    });
    if (!ran) return null;
    const text = fs.existsSync(recoverLog) ? fs.readFileSync(recoverLog, "utf8") : "";
    return /WSREP: Recovered position: (\S+:-?\d+)/.exec(text)?.[1] ?? null;
  }

  /** Starts mariadbd (the first node of a new cluster with --wsrep-new-cluster), niced. */
  start(newCluster: boolean, startPosition: string | null = null): void {
    const out = fs.openSync(path.join(this.dir, "stdout.log"), "a");
    this.child = spawn(
      "nice",
      [
        "-n",
        "10",
        "mariadbd",
        `--defaults-file=${path.join(this.dir, "my.cnf")}`,
        "--user=mysql",
        ...(newCluster ? ["--wsrep-new-cluster"] : []),
        ...(startPosition ? [`--wsrep-start-position=${startPosition}`] : []),
      ],
      { stdio: ["ignore", out, out] },
    );
  }

  /** Waits until the node takes statements and is Synced with the cluster. */
  async waitSynced(timeoutMs = 180_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.running) throw new Error(`${this.name} exited; see ${this.dir}/error.log`);
      try {
        const c = await this.connect();
        try {
          const [rows] = await c.query("SHOW STATUS LIKE 'wsrep_local_state_comment'");
          if ((rows as { Value: string }[])[0]?.Value === "Synced") return;
        } finally {
          await c.end();
        }
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) throw new Error(`${this.name} did not sync in time`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  connect(database?: string): Promise<Connection> {
    return createConnection({
      host: "127.0.0.1",
      port: this.port,
      user: "root",
      database,
      connectTimeout: 3000,
    });
  }

  /** Gone at once, as a crashed machine: no shutdown, connections cut. */
  kill(): void {
    this.child?.kill("SIGKILL");
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    const exited = new Promise((resolve) => this.child!.once("exit", resolve));
    try {
      execFileSync("mariadb-admin", [`--socket=${this.socket}`, "-uroot", "shutdown"], {
        stdio: "ignore",
        timeout: 60_000,
      });
    } catch {
      this.child?.kill("SIGKILL");
    }
    await exited;
  }
}

/**
 * A plain MariaDB (no Galera) replicating one cluster node asynchronously through its binary
 * log, held `delaySeconds` behind it (MASTER_DELAY): the read replica of DATABASE_READ_URLS.
 */
export class AsyncReplica {
  readonly dir: string;
  readonly socket: string;
  private child: ChildProcess | null = null;

  constructor(
    root: string,
    readonly port: number,
  ) {
    this.dir = path.join(root, "replica");
    this.socket = path.join(this.dir, "mysqld.sock");
  }

  install(): void {
    fs.mkdirSync(path.join(this.dir, "data"), { recursive: true });
    execFileSync("chown", ["-R", "mysql:mysql", this.dir]);
    fs.writeFileSync(
      path.join(this.dir, "my.cnf"),
      `[mysqld]
datadir=${path.join(this.dir, "data")}
socket=${this.socket}
port=${this.port}
bind-address=127.0.0.1
pid-file=${path.join(this.dir, "mysqld.pid")}
log-error=${path.join(this.dir, "error.log")}
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
performance_schema=OFF
innodb_buffer_pool_size=64M
innodb_flush_log_at_trx_commit=2
server_id=100
relay_log=${path.join(this.dir, "relay")}
read_only=ON
max_connections=200
`,
    );
    execFileSync(
      "mariadb-install-db",
      [
        "--no-defaults",
        "--user=mysql",
        `--datadir=${path.join(this.dir, "data")}`,
        "--auth-root-authentication-method=normal",
        "--skip-test-db",
      ],
      { stdio: "ignore" },
    );
  }

  start(): void {
    const out = fs.openSync(path.join(this.dir, "stdout.log"), "a");
    this.child = spawn(
      "nice",
      ["-n", "10", "mariadbd", `--defaults-file=${path.join(this.dir, "my.cnf")}`, "--user=mysql"],
      { stdio: ["ignore", out, out] },
    );
  }

  async waitReady(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const c = await this.connect();
        await c.end();
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`the replica did not start; see ${this.dir}`);
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }

  /** Replicates `source` from its binary log's current position, `delaySeconds` behind. */
  async follow(source: GaleraNode, delaySeconds: number): Promise<void> {
    const s = await source.connect();
    let file: string;
    let position: number;
    try {
      const [rows] = await s.query("SHOW MASTER STATUS");
      const status = (rows as { File: string; Position: number }[])[0];
      if (!status) throw new Error(`${source.name} writes no binary log`);
      file = status.File;
      position = Number(status.Position);
    } finally {
      await s.end();
    }
    const r = await this.connect();
    try {
      await r.query(
        "CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = ?, MASTER_USER = 'root', MASTER_PASSWORD = '', MASTER_LOG_FILE = ?, MASTER_LOG_POS = ?, MASTER_DELAY = ?",
        [source.port, file, position, delaySeconds],
      );
      await r.query("START SLAVE");
    } finally {
      await r.end();
    }
  }

  /** Seconds_Behind_Master (null while the replica is not running). */
  async lagSeconds(): Promise<number | null> {
    const c = await this.connect();
    try {
      const [rows] = await c.query("SHOW SLAVE STATUS");
      const value = (rows as { Seconds_Behind_Master: number | null }[])[0]?.Seconds_Behind_Master;
      return value === null || value === undefined ? null : Number(value);
    } finally {
      await c.end();
    }
  }

  connect(database?: string): Promise<Connection> {
    return createConnection({
      host: "127.0.0.1",
      port: this.port,
      user: "root",
      database,
      connectTimeout: 3000,
    });
  }

  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child!.once("exit", resolve));
    try {
      execFileSync("mariadb-admin", [`--socket=${this.socket}`, "-uroot", "shutdown"], {
        stdio: "ignore",
        timeout: 60_000,
      });
    } catch {
      this.child.kill("SIGKILL");
    }
    await exited;
  }

  kill(): void {
    this.child?.kill("SIGKILL");
  }
}
