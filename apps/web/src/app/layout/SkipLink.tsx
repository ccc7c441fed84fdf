import classes from "./shell.module.css";

export const MAIN_ID = "main-content";

/** The first Tab stop: past the top bar and the navigation, straight to the page. */
export function SkipLink() {
  return (
    <a
      href={`#${MAIN_ID}`}
      className={classes.skipLink}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      Skip to content
    </a>
  );
}
