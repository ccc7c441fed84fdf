import { MantineProvider } from "@mantine/core";
import { render, screen } from "@testing-library/react";
import { StatusBadge, type SmartAccountStatusValue } from "../StatusBadge";

const expectations: [SmartAccountStatusValue, string, string][] = [
  ["ACTIVE", "Active", "green"],
  ["PENDING_DOMAIN_APPROVAL", "Pending Domain Approval", "yellow"],
  ["PENDING_CUSTOMER_ACCEPTANCE", "Pending Customer Acceptance", "yellow"],
  ["PENDING_CUSTOMER_ADDRESS", "Pending Customer Address", "yellow"],
  ["DECLINED_BY_CUSTOMER", "Declined by Customer", "red"],
  ["LAPSED", "Lapsed", "gray"],
  ["CANCELLED", "Cancelled", "gray"],
];

describe("StatusBadge", () => {
  it.each(expectations)("shows %s as “%s” in %s", (status, words, color) => {
    render(
      <MantineProvider>
        <StatusBadge status={status} />
      </MantineProvider>,
    );

    const badge = screen.getByText(words).closest("[data-status]");
    expect(badge).toHaveAttribute("data-status", status);
    expect(badge?.getAttribute("style")).toContain(`--mantine-color-${color}-`);
  });
});
