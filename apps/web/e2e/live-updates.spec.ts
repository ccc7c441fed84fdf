import { expect, test } from "./fixtures";
import {
  apiSession,
  gql,
  registerVerified,
  requestActiveAccount,
  signIn,
  uniqueDomain,
} from "./support";

// Live updates: an administrator's console, left open, shows a new access request in the
// navigation's counter and in the account's history as soon as someone else asks, with no reload.

test("the navigation counter and the open account page change when another session acts", async ({
  page,
  request,
  baseURL,
}) => {
  const domain = uniqueDomain("live");
  const admin = `ada@${domain}`;
  const requester = `robin@${domain}`;
  const accountName = `Live ${domain.split(".")[0]}`;
  await registerVerified(request, { email: admin, name: "Ada Admin", company: "Live" });
  await registerVerified(request, { email: requester, name: "Robin Requester", company: "Live" });
  const adminApi = await apiSession(baseURL!, admin);
  const account = await requestActiveAccount(adminApi, { name: accountName, company: "Live" });
  await adminApi.dispose();

  await page.goto(`/smart-accounts/${account.id}`);
  await signIn(page, admin);
  await expect(page.getByRole("heading", { name: accountName, level: 1 })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  const accessRequests = nav.getByRole("link", { name: /^Access Requests/ });
  await expect(accessRequests).toHaveAccessibleName("Access Requests");
  // Marks this document: a reload would lose it.
  await page.evaluate(() => {
    (window as unknown as { liveMark: boolean }).liveMark = true;
  });
  const requesterApi = await apiSession(baseURL!, requester);
  const asked = await gql<{ requestAccess: { accessRequests: { id: string }[] } }>(
    requesterApi,
    `mutation ($input: RequestAccessInput!) { requestAccess(input: $input) { accessRequests { id } } }`,
    {
      input: {
        smartAccountId: account.id,
        forMyself: true,
        reason: "I run the lab orders.",
        role: "USER",
      },
    },
  );
  await expect(accessRequests).toHaveAccessibleName("Access Requests 1 waiting for your decision");

  // And when they cancel it, the counter goes and the account's history says so.
  await gql(
    requesterApi,
    `mutation ($input: CancelAccessRequestInput!) { cancelAccessRequest(input: $input) { accessRequest { id } } }`,
    { input: { accessRequestId: asked.requestAccess.accessRequests[0].id } },
  );
  await requesterApi.dispose();
  await expect(accessRequests).toHaveAccessibleName("Access Requests");
  const history = page.getByRole("list", { name: "Account history, newest first" });
  await expect(history.getByText("Access request cancelled")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { liveMark?: boolean }).liveMark)).toBe(
    true,
  );
});
