import { useEffect, useRef, useState } from "react";

/**
 * Fields that hold an error, in page order: inputs Mantine marks invalid, and inside a group the
 * page marks `data-invalid` (choices, the identifier and its Edit button) the first control.
 */
const INVALID =
  '[aria-invalid="true"], [data-invalid] input:not([type="hidden"]):not(:disabled), [data-invalid] button:not(:disabled)';

/**
 * Where focus goes in a wizard, so that it never falls to the page's body: to the new step's
 * heading after the step changes (not when the wizard first opens), and to the first field in
 * error after a Continue that failed (asked with `focusFirstError()`, done once the errors show).
 */
export function useWizardFocus(step: number) {
  const container = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  const [errorsAsked, setErrorsAsked] = useState(0);

  useEffect(() => {
    if (shownStep.current === step) return;
    // A negative step is no step shown yet (the wizard's bare address, on its way to step 1).
    const opening = shownStep.current < 0;
    shownStep.current = step;
    if (!opening) heading.current?.focus();
  }, [step]);

  useEffect(() => {
    if (errorsAsked === 0) return;
    container.current?.querySelector<HTMLElement>(INVALID)?.focus();
  }, [errorsAsked]);

  return {
    container,
    heading,
    focusFirstError: () => setErrorsAsked((count) => count + 1),
  };
}
