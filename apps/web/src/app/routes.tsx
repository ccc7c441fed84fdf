import { isValidElement, lazy, Suspense, type ComponentType } from "react";
import { matchRoutes, Navigate, useLocation, useRoutes, type RouteObject } from "react-router";
import { PageSkeleton } from "@/components/ui/PageSkeleton";
import { loadAllStyles } from "@/lib/all-styles";
import { DirectoryPage } from "@/features/directory/components/DirectoryPage";
import { ProtectedLayout } from "./layout/ProtectedLayout";
import { PublicLayout } from "./layout/PublicLayout";
import { SessionAwareLayout } from "./layout/SessionAwareLayout";
import { NotFoundPage } from "./NotFoundPage";
import { RouteErrorBoundary } from "./RouteError";

/**
 * A page in its own chunk, fetched when first visited: the directory (where people land) stays
 * small, and the wizards and decision pages load when opened.
 */
function lazyPage<TModule>(
  load: () => Promise<TModule>,
  pick: (module: TModule) => ComponentType,
  label: string,
) {
  // With all of Mantine's styles: the first page's share may lack what this page uses.
  const loadPage = () => Promise.all([load(), loadAllStyles()]);
  const Page = lazy(() => loadPage().then(([module]) => ({ default: pick(module) })));
  const element = (
    <Suspense fallback={<PageSkeleton label={label} />}>
      <Page />
    </Suspense>
  );
  pageLoaders.set(element, loadPage);
  return element;
}

/** Each lazy page's element → what fetches its code (the module loader caches it). */
const pageLoaders = new WeakMap<object, () => Promise<unknown>>();

/**
 * Starts fetching the code of the page at `pathname`, if it is a lazy one: called before the
 * first render, the page's chunks download while the session is being checked, instead of
 * after.
 */
export function preloadPage(pathname: string): void {
  for (const { route } of matchRoutes(routes, pathname) ?? []) {
    const load = isValidElement(route.element) ? pageLoaders.get(route.element) : undefined;
    if (load) void load();
  }
}

// GraphiQL is large and only for development: its own chunk, fetched when opened.
const ExplorerPage = lazy(() =>
  Promise.all([import("@/features/explorer/components/ExplorerPage"), loadAllStyles()]).then(
    ([module]) => ({ default: module.ExplorerPage }),
  ),
);

// The mailbox and the explorer are development tools, but they are routed in every build: the
// server decides whether they work (it serves /dev/mailbox and /explorer only outside
// production), and it serves this same built bundle in development too. Only the links to
// them are limited to development builds (env.DEV).
export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      {
        path: "register",
        element: lazyPage(
          () => import("@/features/auth/components/RegisterPage"),
          (module) => module.RegisterPage,
          "Loading",
        ),
      },
      {
        path: "verify-email",
        element: lazyPage(
          () => import("@/features/auth/components/VerifyEmailPage"),
          (module) => module.VerifyEmailPage,
          "Loading",
        ),
      },
      {
        path: "sign-in",
        element: lazyPage(
          () => import("@/features/auth/components/SignInPage"),
          (module) => module.SignInPage,
          "Loading",
        ),
      },
      {
        path: "forgot-password",
        element: lazyPage(
          () => import("@/features/auth/components/ForgotPasswordPage"),
          (module) => module.ForgotPasswordPage,
          "Loading",
        ),
      },
      {
        path: "reset-password",
        element: lazyPage(
          () => import("@/features/auth/components/ResetPasswordPage"),
          (module) => module.ResetPasswordPage,
          "Loading",
        ),
      },
    ],
  },
  {
    path: "mailbox",
    element: <SessionAwareLayout />,
    children: [
      {
        index: true,
        element: lazyPage(
          () => import("@/features/mailbox/components/MailboxPage"),
          (module) => module.MailboxPage,
          "Loading the mailbox",
        ),
      },
    ],
  },
  {
    element: <ProtectedLayout />,
    children: [
      { index: true, element: <Navigate to="/directory" replace /> },
      { path: "directory", element: <DirectoryPage /> },
      {
        // The form, and its review at ".../review": each step an address of its own.
        path: "directory/request/customer/:step?",
        element: lazyPage(
          () => import("@/features/create-account/components/RequestForCustomerPage"),
          (module) => module.RequestForCustomerPage,
          "Loading the request form",
        ),
      },
      {
        path: "directory/request/customer/complete/:id",
        // In the form's chunk, as the company request's completion is in its wizard's.
        element: lazyPage(
          () => import("@/features/create-account/components/RequestForCustomerPage"),
          (module) => module.CustomerRequestCompletePage,
          "Loading the request",
        ),
      },
      {
        // A partner's file of customers; the job it became at ".../:jobId", followed until done.
        path: "directory/request/bulk/:jobId?",
        element: lazyPage(
          () => import("@/features/bulk-request/components/BulkRequestPage"),
          (module) => module.BulkRequestPage,
          "Loading the bulk request",
        ),
      },
      {
        // One route for every step (".../company-information" and so on): the wizard stays
        // mounted, with its form, as the person moves between steps.
        path: "directory/request/company/:step?",
        element: lazyPage(
          () => import("@/features/create-account/components/RequestForCompanyPage"),
          (module) => module.RequestForCompanyPage,
          "Loading the request form",
        ),
      },
      {
        path: "directory/request/company/complete/:id",
        // In the wizard's chunk: it is where the wizard ends, and a chunk of its own would pull
        // modules out of the first page's into shared ones, which compress worse.
        element: lazyPage(
          () => import("@/features/create-account/components/RequestForCompanyPage"),
          (module) => module.RequestCompletePage,
          "Loading the request",
        ),
      },
      {
        path: "pending-requests/:id",
        element: lazyPage(
          () => import("@/features/pending-request/components/PendingRequestPage"),
          (module) => module.PendingRequestPage,
          "Loading the request",
        ),
      },
      {
        path: "smart-accounts/:id",
        element: lazyPage(
          () => import("@/features/smart-account/components/SmartAccountPage"),
          (module) => module.SmartAccountPage,
          "Loading the Smart Account",
        ),
      },
      {
        path: "requests",
        element: lazyPage(
          () => import("@/features/requests/components/RequestsPage"),
          (module) => module.RequestsPage,
          "Loading your requests",
        ),
      },
      {
        path: "access-requests",
        element: lazyPage(
          () => import("@/features/access-requests/components/AccessRequestsPage"),
          (module) => module.AccessRequestsPage,
          "Loading the access requests",
        ),
      },
      {
        path: "domain-approvals",
        element: lazyPage(
          () => import("@/features/domain-approvals/components/DomainApprovalsPage"),
          (module) => module.DomainApprovalsPage,
          "Loading the domain approvals",
        ),
      },
      {
        path: "overview",
        element: lazyPage(
          () => import("@/features/overview/components/OverviewPage"),
          (module) => module.OverviewPage,
          "Loading the overview",
        ),
      },
      {
        path: "audit-log",
        element: lazyPage(
          () => import("@/features/audit-log/components/AuditLogPage"),
          (module) => module.AuditLogPage,
          "Loading the audit log",
        ),
      },
      {
        path: "nominations",
        element: lazyPage(
          () => import("@/features/nominations/components/MyNominationsPage"),
          (module) => module.MyNominationsPage,
          "Loading your nominations",
        ),
      },
      {
        path: "api-tokens",
        element: lazyPage(
          () => import("@/features/api-tokens/components/ApiTokensPage"),
          (module) => module.ApiTokensPage,
          "Loading your API tokens",
        ),
      },
      {
        path: "explorer",
        element: (
          <Suspense fallback={<PageSkeleton label="Loading the GraphQL Explorer" />}>
            <ExplorerPage />
          </Suspense>
        ),
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

/**
 * The console's pages under the browser's (or a test's) router. Declarative routing, not a data
 * router: pages fetch their own data with Apollo, and the data router's loaders and actions
 * would add some 15 KB to the first download for nothing.
 */
export function AppRoutes() {
  const location = useLocation();
  const page = useRoutes(routes);
  return <RouteErrorBoundary resetKey={location.pathname}>{page}</RouteErrorBoundary>;
}
