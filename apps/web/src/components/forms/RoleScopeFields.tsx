import { Checkbox, Radio, Select, Stack } from "@mantine/core";
import type { AccountRole } from "@sam/graphql-types";
import { Controller, useWatch, type Control, type FieldValues, type Path } from "react-hook-form";
import { accountRoles, roleWords } from "@/lib/roles";
import { virtualAccountTree } from "@/lib/virtual-account-tree";

/** The fields a form granting a role has, whatever else it asks. */
export type RoleScopeValues = {
  role: AccountRole;
  scope: "ACCOUNT" | "VIRTUAL_ACCOUNTS";
  virtualAccountIds: string[];
};

type VirtualAccount = { id: string; name: string; parentId?: string | null };

type RoleScopeFieldsProps<TValues extends FieldValues & RoleScopeValues> = {
  control: Control<TValues>;
  virtualAccounts: readonly VirtualAccount[];
  roleLabel: string;
  autoFocusRole?: boolean;
};

/**
 * A role, and where it applies: the whole account, or chosen virtual accounts picked from the
 * tree. Shared by approving an access request and by setting a user's roles.
 */
export function RoleScopeFields<TValues extends FieldValues & RoleScopeValues>({
  control,
  virtualAccounts,
  roleLabel,
  autoFocusRole = false,
}: RoleScopeFieldsProps<TValues>) {
  // The names are the fields of RoleScopeValues, which every TValues has.
  const name = (field: keyof RoleScopeValues) => field as Path<TValues>;
  const scope = useWatch({ control, name: name("scope") }) as RoleScopeValues["scope"];

  return (
    <>
      <Controller
        control={control}
        name={name("role")}
        render={({ field, fieldState }) => (
          <Select
            label={roleLabel}
            required
            allowDeselect={false}
            data-autofocus={autoFocusRole ? true : undefined}
            data={accountRoles.map((role) => ({ value: role, label: roleWords[role] }))}
            value={field.value as AccountRole}
            onChange={(value) => field.onChange((value ?? "USER") as AccountRole)}
            error={fieldState.error?.message}
          />
        )}
      />
      <Controller
        control={control}
        name={name("scope")}
        render={({ field, fieldState }) => (
          <Radio.Group
            label="Scope"
            value={field.value as RoleScopeValues["scope"]}
            onChange={field.onChange}
            error={fieldState.error?.message}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="ACCOUNT" label="The whole account" />
              <Radio
                value="VIRTUAL_ACCOUNTS"
                label="Chosen virtual accounts"
                disabled={virtualAccounts.length === 0}
              />
            </Stack>
          </Radio.Group>
        )}
      />
      {scope === "VIRTUAL_ACCOUNTS" ? (
        <Controller
          control={control}
          name={name("virtualAccountIds")}
          render={({ field, fieldState }) => (
            <Checkbox.Group
              label="Virtual accounts"
              value={field.value as string[]}
              onChange={field.onChange}
              error={fieldState.error?.message}
            >
              <Stack gap={6} mt="xs">
                {virtualAccountTree(virtualAccounts).map(({ node, depth }) => (
                  <Checkbox key={node.id} value={node.id} label={node.name} ml={depth * 20} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        />
      ) : null}
    </>
  );
}
