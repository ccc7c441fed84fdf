import { ComboboxChevron } from "@mantine/core";
import { MenuButton } from "@/components/ui/MenuButton";

export function CreateSmartAccountMenu() {
  return (
    <MenuButton
      items={[
        { kind: "link", label: "Request for a customer", to: "/directory/request/customer" },
        { kind: "link", label: "Request for my company", to: "/directory/request/company" },
      ]}
      buttonProps={{ rightSection: <ComboboxChevron aria-hidden /> }}
    >
      Create Smart Account
    </MenuButton>
  );
}
