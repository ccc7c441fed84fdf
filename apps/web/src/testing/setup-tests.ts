import "@testing-library/jest-dom";
import { cleanNotifications } from "@mantine/notifications";
import { act, configure } from "@testing-library/react";
import { server } from "./server";

// Lazily loaded pages compile on first import, and a page of fifty table rows takes jsdom a
// second or two to draw; on a busy CI machine (the server suite on the other core) either can be
// several times slower and exceed the default 1 s wait of findBy* queries, and even 5 s (a
// directory page change took longer than that once). A query that never matches still fails,
// only later; each test's own limit stays 40 s.
configure({ asyncUtilTimeout: 15_000 });

// Browser APIs Mantine relies on that jsdom does not implement.
Object.defineProperty(window, "matchMedia", {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

/**
 * As in a browser, an observed element is reported once after it is laid out (jsdom lays
 * nothing out, so once, soon after `observe`), and never after `disconnect`.
 */
class ResizeObserverStub {
  private readonly observed = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.observed.add(target);
    setTimeout(() => {
      if (!this.observed.has(target)) return;
      const entry = { target, contentRect: target.getBoundingClientRect() } as ResizeObserverEntry;
      this.callback([entry], this as unknown as ResizeObserver);
    }, 0);
  }
  unobserve(target: Element) {
    this.observed.delete(target);
  }
  disconnect() {
    this.observed.clear();
  }
}
window.ResizeObserver = ResizeObserverStub;
Element.prototype.scrollIntoView = () => undefined;

// jest-fixed-jsdom gives the window Node's AbortController so that fetch (and msw) work, but
// jsdom's own addEventListener then rejects those signals. Mantine passes one when it
// listens for drags, so honour such a signal here instead of handing it to jsdom.
const addEventListener = EventTarget.prototype.addEventListener;
EventTarget.prototype.addEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) {
  if (typeof options !== "object" || !options.signal) {
    addEventListener.call(this, type, listener, options);
    return;
  }
  const { signal, ...rest } = options;
  if (signal.aborted) return;
  addEventListener.call(this, type, listener, rest);
  signal.addEventListener("abort", () => this.removeEventListener(type, listener, rest), {
    once: true,
  });
};

// The same swap gives the window Node's FormData, which cannot be built from a <form>. React
// builds one from the submitted form when a submit lands during a transition (a route change,
// say), so let it: collect the form's successful controls the way a browser does.
const NodeFormData = globalThis.FormData;
class FormDataFromForm extends NodeFormData {
  constructor(form?: HTMLFormElement, submitter?: HTMLElement | null) {
    super();
    if (!form) return;
    for (const element of Array.from(form.elements)) {
      if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
        if (element instanceof HTMLSelectElement && element.name && !element.disabled) {
          this.append(element.name, element.value);
        }
        continue;
      }
      if (!element.name || element.disabled) continue;
      if (element instanceof HTMLInputElement) {
        if ((element.type === "checkbox" || element.type === "radio") && !element.checked) continue;
        if (["submit", "button", "reset", "image", "file"].includes(element.type)) continue;
      }
      this.append(element.name, element.value);
    }
    if (submitter instanceof HTMLButtonElement && submitter.name) {
      this.append(submitter.name, submitter.value);
    }
  }
}
globalThis.FormData = FormDataFromForm as typeof FormData;

// A request no handler answers is a test that does not know what the page does.
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  // Toasts live in a module-level store that outlives each rendered tree.
  act(() => cleanNotifications());
});
afterAll(() => server.close());
