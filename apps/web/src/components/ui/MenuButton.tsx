import { Button, type ButtonProps } from "@mantine/core";
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Link } from "react-router";
import classes from "./MenuButton.module.css";

export type MenuEntry =
  | { kind: "link"; label: string; to: string }
  | { kind: "action"; label: string; onSelect: () => void; danger?: boolean }
  /** One choice of a group (a label above it names the group): selecting it keeps the menu. */
  | { kind: "radio"; label: string; checked: boolean; onSelect: () => void }
  | { kind: "label"; label: string }
  | { kind: "divider" };

type MenuButtonProps = {
  children: ReactNode;
  items: MenuEntry[];
  /** Width of the open menu, in pixels. */
  width?: number;
  buttonProps?: ButtonProps;
};

/**
 * A button that opens a short menu of links and actions, following the WAI-ARIA menu button
 * pattern: Enter, Space or the arrow keys open it, the arrow keys, Home and End move between
 * items, Escape closes it and returns to the button, Tab or a click elsewhere closes it. Small
 * enough for the pages people land on, where a positioning library would cost more than the page.
 */
export function MenuButton({ children, items, width = 240, buttonProps }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<Array<HTMLElement | null>>([]);
  const menuId = useId();
  const buttonId = useId();
  const interactive = items.flatMap((item, index) =>
    item.kind === "label" || item.kind === "divider" ? [] : [index],
  );

  const openAt = (position: number) => {
    setFocusIndex((position + interactive.length) % interactive.length);
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  // The item to focus, by its place among all items: stable across the parent's re-renders.
  const focusItem = interactive[focusIndex];
  useEffect(() => {
    if (open && focusItem !== undefined) itemRefs.current[focusItem]?.focus();
  }, [open, focusItem]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      openAt(0);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      openAt(-1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: focusIndex + 1,
      ArrowUp: focusIndex - 1,
      Home: 0,
      End: -1,
    };
    if (event.key in moves) {
      event.preventDefault();
      openAt(moves[event.key]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") {
      close(false);
    }
  };

  return (
    <div className={classes.root} ref={rootRef}>
      <Button
        {...buttonProps}
        ref={buttonRef}
        id={buttonId}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {children}
      </Button>
      {open ? (
        <div
          className={classes.menu}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          style={{ width }}
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item, index) => {
            const ref = (element: HTMLElement | null) => {
              itemRefs.current[index] = element;
            };
            switch (item.kind) {
              case "label":
                return (
                  <div key={index} className={classes.label} role="presentation">
                    {item.label}
                  </div>
                );
              case "divider":
                return <hr key={index} className={classes.divider} role="separator" />;
              case "link":
                return (
                  <Link
                    key={index}
                    ref={ref}
                    to={item.to}
                    role="menuitem"
                    tabIndex={-1}
                    className={classes.item}
                    onClick={() => close(false)}
                  >
                    {item.label}
                  </Link>
                );
              case "action":
                return (
                  <button
                    key={index}
                    ref={ref}
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    className={`${classes.item} ${item.danger ? classes.danger : ""}`}
                    onClick={() => {
                      close(true);
                      item.onSelect();
                    }}
                  >
                    {item.label}
                  </button>
                );
              case "radio":
                return (
                  <button
                    key={index}
                    ref={ref}
                    type="button"
                    role="menuitemradio"
                    aria-checked={item.checked}
                    tabIndex={-1}
                    className={`${classes.item} ${classes.radio}`}
                    onClick={() => {
                      setFocusIndex(interactive.indexOf(index));
                      item.onSelect();
                    }}
                  >
                    {item.label}
                  </button>
                );
            }
          })}
        </div>
      ) : null}
    </div>
  );
}
