import { lazy, Suspense } from "react";
import { Navigate, type RouteObject } from "react-router";
import { FullPageLoader } from "@/components/ui/FullPageLoader";
import { AccessRequestsPage } from "@/features/access-requests/components/AccessRequestsPage";
import { ApiTokensPage } from "@/features/api-tokens/components/ApiTokensPage";
import { ForgotPasswordPage } from "@/features/auth/components/ForgotPasswordPage";
import { RegisterPage } from "@/features/auth/components/RegisterPage";
import { ResetPasswordPage } from "@/features/auth/components/ResetPasswordPage";
import { SignInPage } from "@/features/auth/components/SignInPage";
import { VerifyEmailPage } from "@/features/auth/components/VerifyEmailPage";
import { RequestAccountPage } from "@/features/create-account/components/RequestAccountPage";
import { DirectoryPage } from "@/features/directory/components/DirectoryPage";
import { DomainApprovalsPage } from "@/features/domain-approvals/components/DomainApprovalsPage";
import { MailboxPage } from "@/features/mailbox/components/MailboxPage";
import { MyNominationsPage } from "@/features/nominations/components/MyNominationsPage";
import { RequestsPage } from "@/features/requests/components/RequestsPage";
import { ProtectedLayout } from "./layout/ProtectedLayout";
import { PublicLayout } from "./layout/PublicLayout";
import { SessionAwareLayout } from "./layout/SessionAwareLayout";
import { NotFoundPage } from "./NotFoundPage";
import { RouteError } from "./RouteError";

// GraphiQL is large and only for development: its own chunk, fetched when opened.
const ExplorerPage = lazy(() =>
  import("@/features/explorer/components/ExplorerPage").then((module) => ({
    default: module.ExplorerPage,
  })),
);

// The mailbox and the explorer are development tools, but they are routed in every build: the
// server decides whether they work (it serves /dev/mailbox and /explorer only outside
// production), and it serves this same built bundle in development too. Only the links to
// them are limited to development builds (env.DEV).
export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: "register", element: <RegisterPage /> },
          { path: "verify-email", element: <VerifyEmailPage /> },
          { path: "sign-in", element: <SignInPage /> },
          { path: "forgot-password", element: <ForgotPasswordPage /> },
          { path: "reset-password", element: <ResetPasswordPage /> },
        ],
      },
      {
        path: "mailbox",
        element: <SessionAwareLayout />,
        children: [{ index: true, element: <MailboxPage /> }],
      },
      {
        element: <ProtectedLayout />,
        children: [
          { index: true, element: <Navigate to="/directory" replace /> },
          { path: "directory", element: <DirectoryPage /> },
          {
            path: "directory/request/customer",
            element: <RequestAccountPage audience="customer" />,
          },
          {
            path: "directory/request/company",
            element: <RequestAccountPage audience="company" />,
          },
          { path: "requests", element: <RequestsPage /> },
          { path: "access-requests", element: <AccessRequestsPage /> },
          { path: "domain-approvals", element: <DomainApprovalsPage /> },
          { path: "nominations", element: <MyNominationsPage /> },
          { path: "api-tokens", element: <ApiTokensPage /> },
          {
            path: "explorer",
            element: (
              <Suspense fallback={<FullPageLoader label="Loading the GraphQL Explorer" />}>
                <ExplorerPage />
              </Suspense>
            ),
          },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
