import { Button, ComboboxChevron, Menu } from "@mantine/core";
import { Link } from "react-router";

/** The directory's primary action, as CLC offers it: for a customer, or for my company. */
export function CreateSmartAccountMenu() {
  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        <Button rightSection={<ComboboxChevron aria-hidden />}>Create Smart Account</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/directory/request/customer">
          Request for a customer
        </Menu.Item>
        <Menu.Item component={Link} to="/directory/request/company">
          Request for my company
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
