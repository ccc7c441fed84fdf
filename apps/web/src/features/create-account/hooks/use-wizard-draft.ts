import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

/** What a wizard keeps of a request not yet sent, besides the form's values. */
export type DraftProgress = {
  /** The identifier (with its approver) the server checked when the person went on from it. */
  checked: string | null;
  /** The identifier whose existing accounts the person has seen and gone on with. */
  acknowledged: string | null;
};

type StoredDraft<TValues> = DraftProgress & { version: 1; values: TValues };

const NO_PROGRESS: DraftProgress = { checked: null, acknowledged: null };

/** The session-storage key of a wizard's draft, per person: another sign-in never sees it. */
export function draftKey(wizard: string, userId: string) {
  return `sam.request-draft.${wizard}.${userId}`;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Storage refused (a privacy setting): the wizard still works, without surviving a reload.
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The stored values laid over the defaults, keeping only the fields the form has, each of the
 * type it has there: a draft from an older version of the form, or one edited by hand, never
 * puts a value of the wrong shape into the form.
 */
function overDefaults<T>(defaults: T, stored: unknown): T {
  if (!isRecord(defaults) || !isRecord(stored)) return defaults;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, fallback] of Object.entries(defaults)) {
    const value = stored[key];
    if (isRecord(fallback)) merged[key] = overDefaults(fallback, value);
    else if (fallback === undefined ? typeof value === "string" : typeof value === typeof fallback)
      merged[key] = value;
  }
  return merged as T;
}

function readDraft<TValues>(key: string, defaults: TValues) {
  const text = storage()?.getItem(key);
  if (!text) return null;
  try {
    const stored: unknown = JSON.parse(text);
    if (!isRecord(stored) || stored.version !== 1) return null;
    return {
      values: overDefaults(defaults, stored.values),
      checked: typeof stored.checked === "string" ? stored.checked : null,
      acknowledged: typeof stored.acknowledged === "string" ? stored.acknowledged : null,
    };
  } catch {
    return null;
  }
}

/** Plain data (what a form holds) compared by value. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => sameData(item, b[index]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameData(a[key], b[key]));
  }
  return false;
}

/**
 * The initial state of a wizard: the draft kept in this tab's session storage, or the defaults.
 * Read once, before the form is made, as its default values.
 */
export function useStoredDraft<TValues>(key: string, defaults: TValues) {
  const [initial] = useState(() => readDraft(key, defaults));
  return {
    values: initial?.values ?? defaults,
    progress: initial
      ? { checked: initial.checked, acknowledged: initial.acknowledged }
      : NO_PROGRESS,
  };
}

type WizardDraftOptions<TValues extends FieldValues> = {
  key: string;
  form: Pick<UseFormReturn<TValues>, "watch" | "getValues">;
  /** The form as it opens, empty: a draft equal to it holds no work. */
  pristine: TValues;
  /** The progress the stored draft held when the wizard opened (`useStoredDraft`). */
  initial: DraftProgress;
  /** The identifier whose existing accounts the person has seen and gone on with, as it moves. */
  acknowledged: string | null;
  /** Fields the wizard sets itself (from the server's checks), not work of the person's. */
  derived?: readonly (keyof TValues)[];
};

/**
 * Keeps a wizard's draft in session storage as it is typed: every field of every step, and how
 * far the server's checks went, so that Back, Forward and Reload find it again. Session storage
 * belongs to the tab and goes when the tab is closed. `dirty` says whether the draft holds work
 * the person would lose; `clear()` forgets it (after sending, or when the person cancels).
 * `checked` is the identifier the server checked when the person last went on from it, and
 * `markChecked` records that as they go on (see there).
 */
export function useWizardDraft<TValues extends FieldValues>({
  key,
  form,
  pristine,
  initial,
  acknowledged,
  derived = [],
}: WizardDraftOptions<TValues>) {
  const holdsWork = useCallback(
    (values: TValues) => {
      const strip = (data: TValues) => {
        const copy: Record<string, unknown> = { ...data };
        for (const field of derived) delete copy[field as string];
        return copy;
      };
      return !sameData(strip(values), strip(pristine));
    },
    // The pristine values and derived fields are constants of the wizard.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const [dirty, setDirty] = useState(() => holdsWork(form.getValues()));
  const cleared = useRef(false);
  const [checked, setChecked] = useState(initial.checked);
  const progressRef = useRef<DraftProgress>({ checked: initial.checked, acknowledged });

  const save = useCallback(
    (values: TValues) => {
      if (cleared.current) return;
      const work = holdsWork(values);
      setDirty(work);
      const store = storage();
      if (!store) return;
      if (!work) {
        store.removeItem(key);
        return;
      }
      const draft: StoredDraft<TValues> = { version: 1, values, ...progressRef.current };
      try {
        store.setItem(key, JSON.stringify(draft));
      } catch {
        // Full or refused: the draft lives on in the page, as before.
      }
    },
    [holdsWork, key],
  );

  useEffect(() => {
    const subscription = form.watch((values) => save(values as TValues));
    return () => subscription.unsubscribe();
  }, [form, save]);

  // An acknowledgement is saved with the values when it moves.
  useEffect(() => {
    if (progressRef.current.acknowledged === acknowledged) return;
    progressRef.current = { ...progressRef.current, acknowledged };
    save(form.getValues());
  }, [acknowledged]); // eslint-disable-line react-hooks/exhaustive-deps

  /**
   * The person goes on from a checked identifier (having just acknowledged its existing
   * accounts, if `acknowledged` is given). Saved at once, before the render that shows the next
   * step: the browser's address changes before React renders, and a reload in between would
   * otherwise find the step the person left not done.
   */
  const markChecked = useCallback(
    (identifier: string, acknowledgedNow?: string) => {
      progressRef.current = {
        checked: identifier,
        acknowledged: acknowledgedNow ?? progressRef.current.acknowledged,
      };
      save(form.getValues());
      setChecked(identifier);
    },
    [form, save],
  );

  const clear = useCallback(() => {
    cleared.current = true;
    setDirty(false);
    storage()?.removeItem(key);
  }, [key]);

  return { dirty, clear, checked, markChecked };
}
