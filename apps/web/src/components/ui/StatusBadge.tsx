import { Badge, type MantineColor } from "@mantine/core";

/** The seven Smart Account states of the SPEC. */
export type SmartAccountStatusValue =
  | "PENDING_DOMAIN_APPROVAL"
  | "PENDING_CUSTOMER_ACCEPTANCE"
  | "PENDING_CUSTOMER_ADDRESS"
  | "ACTIVE"
  | "DECLINED_BY_CUSTOMER"
  | "LAPSED"
  | "CANCELLED";

// One colour per meaning, so a column of badges reads at a glance: green is usable, amber is
// waiting on someone, red was refused, grey is over.
const appearance: Record<SmartAccountStatusValue, { color: MantineColor; label: string }> = {
  ACTIVE: { color: "green", label: "Active" },
  PENDING_DOMAIN_APPROVAL: { color: "yellow", label: "Pending Domain Approval" },
  PENDING_CUSTOMER_ACCEPTANCE: { color: "yellow", label: "Pending Customer Acceptance" },
  PENDING_CUSTOMER_ADDRESS: { color: "yellow", label: "Pending Customer Address" },
  DECLINED_BY_CUSTOMER: { color: "red", label: "Declined by Customer" },
  LAPSED: { color: "gray", label: "Lapsed" },
  CANCELLED: { color: "gray", label: "Cancelled" },
};

export function StatusBadge({ status }: { status: SmartAccountStatusValue }) {
  const { color, label } = appearance[status];
  return (
    <Badge color={color} variant="light" radius="sm" data-status={status}>
      {label}
    </Badge>
  );
}
