/* global window, document */
// Applies the remembered colour scheme (or the system's) before the first paint, so a dark
// console never flashes light. A file of its own: the Content-Security-Policy allows no inline
// script. The key and values are Mantine's (localStorageColorSchemeManager).
(function () {
  var scheme = "auto";
  try {
    scheme = window.localStorage.getItem("mantine-color-scheme-value") || "auto";
  } catch {
    // Storage may be blocked; the system's choice then applies.
  }
  if (scheme !== "light" && scheme !== "dark") {
    scheme = window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  document.documentElement.setAttribute("data-mantine-color-scheme", scheme);
})();
