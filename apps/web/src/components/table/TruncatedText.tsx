import { Anchor } from "@mantine/core";
import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from "react";
import { Link } from "react-router";
import classes from "./table.module.css";

type TruncatedTextProps = {
  /** The full text: shown cut with an ellipsis when it does not fit, whole on hover and focus. */
  text: string;
  /** When given, the text is a link in the theme's style (its accessible name is the full text). */
  to?: string;
  /** The widest the text may be before it is cut. */
  maxWidth?: CSSProperties["maxWidth"];
  mono?: boolean;
  /** Always show the full text on hover and focus (an id shortened on purpose). */
  alwaysTip?: boolean;
  /** Placed after the text inside the same hover/focus area (a copy button). */
  after?: ReactNode;
};

/**
 * One line of text in a dense table. A cut text keeps its whole value in the page (so screen
 * readers and search find it), and shows it whole in a tip on hover and on keyboard focus: a
 * link is focusable anyway; plain text becomes focusable only when it is actually cut. The tip
 * is CSS generated content (no positioning library on the first page, no second copy of the
 * text in the document).
 */
export function TruncatedText({
  text,
  to,
  maxWidth = 320,
  mono = false,
  alwaysTip = false,
  after,
}: TruncatedTextProps) {
  const ref = useRef<HTMLElement>(null);
  const [cut, setCut] = useState(false);

  // Measured when the browser has laid the row out anyway (a ResizeObserver reports each
  // element once when observed, and again when its width changes), never by forcing a layout
  // from the render: a table of fifty rows measuring itself in a layout effect restyles the
  // page fifty times over on a slow phone.
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setCut(element.scrollWidth > element.clientWidth + 1);
    if (typeof ResizeObserver === "undefined") {
      measure();
      return;
    }
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [text]);

  const truncated = cut || alwaysTip;
  const className = `${classes.truncate}${mono ? ` ${classes.mono}` : ""}`;
  return (
    <span className={classes.cell} style={{ maxWidth }} data-tip={truncated ? text : undefined}>
      {to ? (
        <Anchor
          component={Link}
          to={to}
          ref={ref as React.Ref<HTMLAnchorElement>}
          className={className}
          fz="sm"
        >
          {text}
        </Anchor>
      ) : (
        <span
          ref={ref as React.Ref<HTMLSpanElement>}
          className={className}
          tabIndex={cut && !after ? 0 : undefined}
        >
          {text}
        </span>
      )}
      {after}
    </span>
  );
}
