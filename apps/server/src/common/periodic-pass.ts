/**
 * A background worker's beat: runs `pass` every `intervalMs` once started, and at once when woken
 * (work was just written), never overlapping itself in this process; a failed pass is reported and
 * the next beat tries again. `stop` waits for the pass under way. The outbox, the webhook deliveries
 * and the bulk-request jobs each drain their own table this way (claims with leases make several
 * processes safe; this keeps one process from racing itself).
 */
export class PeriodicPass {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly pass: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(intervalMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.run(), intervalMs);
    this.timer.unref();
  }

  /** A pass now, once started; never waits for it. */
  wake(): void {
    if (this.timer) void this.run();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One pass, or the one already under way. */
  run(): Promise<void> {
    this.running ??= this.pass()
      .catch(this.onError)
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}
