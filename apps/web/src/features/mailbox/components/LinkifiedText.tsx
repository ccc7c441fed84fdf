import { Anchor } from "@mantine/core";
import { Link } from "react-router";
import { linkify } from "../lib/linkify";

/**
 * Plain text with its URLs as real links. Links into this app stay in the app (a verification
 * link opens the verify page without a reload); others open in a new tab.
 */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {linkify(text).map((segment, index) => {
        if (segment.kind === "text") return segment.text;
        const { url } = segment;
        if (url.origin === window.location.origin) {
          return (
            <Anchor key={index} component={Link} to={`${url.pathname}${url.search}${url.hash}`}>
              {segment.text}
            </Anchor>
          );
        }
        return (
          <Anchor key={index} href={url.href} target="_blank" rel="noopener noreferrer">
            {segment.text}
          </Anchor>
        );
      })}
    </>
  );
}
