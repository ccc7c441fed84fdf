import { TransientScope } from "../transient-scope";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("TransientScope", () => {
  it("holds each scope's store across awaits, apart from the others", async () => {
    const scope = new TransientScope<string>();
    const seen: (string | undefined)[] = [];
    let closeA = () => {};
    let closeB = () => {};
    const a = new Promise<void>((resolve) => {
      closeA = scope.enter("a", () => {
        void (async () => {
          await tick();
          seen.push(scope.get());
          resolve();
        })();
      });
    });
    const b = new Promise<void>((resolve) => {
      closeB = scope.enter("b", () => {
        void (async () => {
          await tick();
          await tick();
          seen.push(scope.get());
          resolve();
        })();
      });
    });
    await a;
    closeA();
    await b;
    expect(seen).toEqual(["a", "b"]);
    closeB();
    expect(scope.get()).toBeUndefined();
  });

  it("keeps an open scope's store when another closes, and none once all have closed", async () => {
    const scope = new TransientScope<number>();
    let inside: () => number | undefined = () => undefined;
    const closeOne = scope.enter(1, () => {
      inside = () => scope.get();
    });
    let later: Promise<number | undefined> = Promise.resolve(undefined);
    const closeTwo = scope.enter(2, () => {
      later = tick().then(() => scope.get());
    });
    closeOne();
    closeOne(); // closing twice counts once
    expect(await later).toBe(2);
    closeTwo();
    expect(inside()).toBeUndefined();
    expect(scope.get()).toBeUndefined();
  });

  it("closes the scope when its function throws", () => {
    const scope = new TransientScope<string>();
    expect(() =>
      scope.enter("x", () => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(scope.get()).toBeUndefined();
    let seen: string | undefined;
    const close = scope.enter("y", () => {
      seen = scope.get();
    });
    close();
    expect(seen).toBe("y");
  });
});
