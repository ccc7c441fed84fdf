import type { ViewerFieldsFragment } from "@sam/graphql-types";
import { createContext, useContext } from "react";

/** The signed-in user, provided by the console layout to every page inside it. */
export const ViewerContext = createContext<ViewerFieldsFragment | null>(null);

export function useViewer(): ViewerFieldsFragment {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer() is only for pages inside the signed-in console");
  return viewer;
}
