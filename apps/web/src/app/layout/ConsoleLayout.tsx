import { AppShell } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ViewerFieldsFragment } from "@sam/graphql-types";
import type { ReactNode } from "react";
import { PageOutlet } from "../RouteError";
import { ViewerContext } from "@/hooks/viewer-context";
import { ConnectionBanner } from "./ConnectionBanner";
import classes from "./shell.module.css";
import { SideNav } from "./SideNav";
import { MAIN_ID, SkipLink } from "./SkipLink";
import { TopBar } from "./TopBar";

type ConsoleLayoutProps = {
  /** Null while the session loads or when it cannot be read: the console stands regardless. */
  viewer: ViewerFieldsFragment | null;
  /** In place of the page: a skeleton while loading, a banner when the session failed. */
  children?: ReactNode;
};

/** The signed-in console: top bar, left navigation and the page. */
export function ConsoleLayout({ viewer, children }: ConsoleLayoutProps) {
  const [navOpened, { toggle, close }] = useDisclosure(false);

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 250, breakpoint: "sm", collapsed: { mobile: !navOpened } }}
        padding="lg"
      >
        <AppShell.Header>
          <TopBar viewer={viewer} navOpened={navOpened} onToggleNav={toggle} />
        </AppShell.Header>
        <AppShell.Navbar aria-label="Main navigation">
          <SideNav viewer={viewer} onNavigate={close} />
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_ID} tabIndex={-1} className={classes.main}>
          <ConnectionBanner />
          {children ?? (
            <ViewerContext.Provider value={viewer}>
              <PageOutlet />
            </ViewerContext.Provider>
          )}
        </AppShell.Main>
      </AppShell>
    </>
  );
}
