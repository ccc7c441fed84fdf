import { AppShell } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ViewerFieldsFragment } from "@sam/graphql-types";
import { PageOutlet } from "../RouteError";
import { ViewerContext } from "@/hooks/viewer-context";
import { SideNav } from "./SideNav";
import { TopBar } from "./TopBar";

/** The signed-in console: top bar, left navigation and the page. */
export function ConsoleLayout({ viewer }: { viewer: ViewerFieldsFragment }) {
  const [navOpened, { toggle, close }] = useDisclosure(false);

  return (
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
      <AppShell.Main>
        <ViewerContext.Provider value={viewer}>
          <PageOutlet />
        </ViewerContext.Provider>
      </AppShell.Main>
    </AppShell>
  );
}
