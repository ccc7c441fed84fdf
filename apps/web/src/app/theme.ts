import {
  createTheme,
  darken,
  DEFAULT_THEME,
  luminance,
  type CSSVariablesResolver,
} from "@mantine/core";

// A quiet enterprise console: one blue for actions, small radii, dense type.
export const theme = createTheme({
  primaryColor: "blue",
  // The 8th shade keeps white text on buttons and blue links on white above 4.5:1 (WCAG AA).
  primaryShade: 8,
  defaultRadius: "sm",
  // People who ask their system for less motion get dialogs and toasts without animation.
  respectReducedMotion: true,
  fontFamily:
    "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  headings: { fontWeight: "600" },
  components: {
    // Plain objects rather than Modal.extend(): the theme would otherwise pull the dialog and
    // toast components into the first page's JavaScript.
    Modal: { defaultProps: { closeButtonProps: { "aria-label": "Close" } } },
    // Mantine renders a dialog's title bar as <header>; in a dialog portalled to <body> that is
    // a second `banner` landmark beside the console's top bar. A plain box says nothing.
    ModalHeader: { defaultProps: { component: "div" } },
    DrawerHeader: { defaultProps: { component: "div" } },
    // A long status in a narrow column wraps rather than hiding behind an ellipsis.
    Badge: {
      styles: {
        root: { height: "auto", minHeight: "var(--badge-height)", maxWidth: "100%" },
        label: { whiteSpace: "normal", overflow: "visible", lineHeight: 1.3 },
      },
    },
    Notification: {
      defaultProps: { closeButtonProps: { "aria-label": "Dismiss" } },
      styles: { description: { color: "var(--mantine-color-dimmed)" } },
    },
  },
});

const colorNames = Object.keys(DEFAULT_THEME.colors);

/** The colour, darkened in steps until white text on it reaches 4.5:1 (WCAG AA). */
function readableUnderWhite(color: string): string {
  let shade = color;
  for (let step = 0; step < 12 && 1.05 / (luminance(shade) + 0.05) < 4.5; step++) {
    shade = darken(shade, 0.06);
  }
  return shade;
}

/**
 * Text on light backgrounds dark enough to read: dimmed text, links, and the text of light and
 * outline badges and alerts (Mantine's defaults fall under 4.5:1 for several colours).
 */
export const cssVariablesResolver: CSSVariablesResolver = (current) => {
  // Filled buttons and badges carry white text in both schemes: green 8 is 3.4:1, yellow 8 2.5:1.
  const filled = colorNames.flatMap((name) => {
    const shade = readableUnderWhite(current.colors[name]?.[8] ?? "#000");
    return [
      [`--mantine-color-${name}-filled`, shade],
      [`--mantine-color-${name}-filled-hover`, darken(shade, 0.1)],
    ];
  });
  return {
    variables: {},
    light: {
      "--mantine-color-dimmed": current.colors.gray[7],
      "--mantine-color-anchor": current.colors.blue[9],
      // Error messages and the borders of fields in error (red 6 is 3.3:1 on white).
      "--mantine-color-error": current.colors.red[9],
      ...Object.fromEntries(filled),
      ...Object.fromEntries(
        colorNames.flatMap((name) => {
          // 0.35: yellow, the lightest, stays above 4.5:1 on its own light background.
          const readable = darken(current.colors[name]?.[9] ?? "#000", 0.35);
          return [
            [`--mantine-color-${name}-light-color`, readable],
            [`--mantine-color-${name}-outline`, readable],
            [`--mantine-color-${name}-text`, readable],
          ];
        }),
      ),
    },
    // The dark scheme reads light shades on dark grey: shade 3 of every colour is above 4.5:1 on
    // the body (dark 7) and on the colour's own light background; red 8 for errors is not.
    dark: {
      "--mantine-color-dimmed": current.colors.dark[1],
      "--mantine-color-anchor": current.colors.blue[3],
      "--mantine-color-error": current.colors.red[4],
      "--mantine-color-placeholder": current.colors.dark[2],
      ...Object.fromEntries(filled),
      ...Object.fromEntries(
        colorNames.flatMap((name) => {
          const readable = current.colors[name]?.[name === "dark" ? 0 : 3] ?? "#fff";
          return [
            [`--mantine-color-${name}-light-color`, readable],
            [`--mantine-color-${name}-outline`, readable],
            [`--mantine-color-${name}-text`, readable],
          ];
        }),
      ),
    },
  };
};
