import { Button } from "@mantine/core";

type CsvDownloadButtonProps = {
  /** The server's export route with the list's filters and order, e.g. /export/directory.csv. */
  href: string;
  /** What is downloaded, for the accessible name: "Download CSV of …". */
  of: string;
  /** CSV (the default) or NDJSON, one JSON object a line, for a route that offers both. */
  format?: "CSV" | "NDJSON";
};

/**
 * A plain link to the server's CSV route: the browser downloads it with the session cookie, and
 * the server streams every page, so nothing is held in the page.
 */
export function CsvDownloadButton({ href, of, format = "CSV" }: CsvDownloadButtonProps) {
  return (
    <Button
      component="a"
      href={href}
      download
      variant="default"
      size="xs"
      aria-label={`Download ${format} of ${of}`}
    >
      Download {format}
    </Button>
  );
}

/** An export route with its query string, leaving out empty values. */
export function exportHref(path: string, params: Record<string, string | null | undefined>) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
