import { ActionIcon } from "@mantine/core";
import { useEffect, useState } from "react";
import { TruncatedText } from "./TruncatedText";

/**
 * An id shortened to its first characters, whole on hover and focus, with a button that copies
 * it. The button is named "Copy ID" and says "Copied" (politely announced) once it has.
 */
export function CopyId({ id }: { id: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(id);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, or permission refused): the id stays selectable.
      setCopied(false);
    }
  };

  return (
    <TruncatedText
      text={id}
      mono
      maxWidth="9.5ch"
      alwaysTip
      after={
        <>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label="Copy ID"
            onClick={() => void copy()}
          >
            {copied ? (
              <span aria-hidden>✓</span>
            ) : (
              <svg aria-hidden width="14" height="14" viewBox="0 0 24 24" fill="none">
                <rect
                  x="9"
                  y="9"
                  width="11"
                  height="11"
                  rx="2"
                  stroke="currentColor"
                  strokeWidth="2"
                />
                <path d="M5 15V5a2 2 0 0 1 2-2h10" stroke="currentColor" strokeWidth="2" />
              </svg>
            )}
          </ActionIcon>
          <span
            role="status"
            style={{
              position: "absolute",
              width: 1,
              height: 1,
              overflow: "hidden",
              clipPath: "inset(50%)",
              whiteSpace: "nowrap",
            }}
          >
            {copied ? "Copied" : ""}
          </span>
        </>
      }
    />
  );
}
