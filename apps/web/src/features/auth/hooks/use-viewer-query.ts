import { useQuery } from "@apollo/client/react";
import { meQuery } from "../api/me";

/** The signed-in user, or the error that says there is none. */
export function useViewerQuery() {
  return useQuery(meQuery);
}
