import { getMetadataStorage, validate, type ValidatorOptions } from "class-validator";
import { ArgumentValidationError, type ValidatorFn } from "type-graphql";
import { trimText } from "./text";

/**
 * Input fields whose value is a secret, taken exactly as typed: a password may begin or end with a
 * space, and a token is compared byte for byte. Every other text input is trimmed.
 */
export const SECRET_FIELDS: ReadonlySet<string> = new Set([
  "password",
  "newPassword",
  "currentPassword",
  "token",
  "secret",
]);

const VALIDATOR_OPTIONS: ValidatorOptions = {
  forbidUnknownValues: true,
  stopAtFirstError: false,
  // type-graphql's own default: null and absent optional fields are not validated.
  skipMissingProperties: true,
};

type FieldRules = { optional: boolean; requiresText: boolean };
const rulesCache = new WeakMap<object, Map<string, FieldRules>>();

/** Which fields of an input class are optional, and which refuse empty text. */
function fieldRules(target: object): Map<string, FieldRules> {
  const cached = rulesCache.get(target);
  if (cached) return cached;
  const rules = new Map<string, FieldRules>();
  const metadata = getMetadataStorage().getTargetValidationMetadatas(
    target as new () => object,
    "",
    true,
    false,
  );
  for (const m of metadata) {
    const rule = rules.get(m.propertyName) ?? { optional: false, requiresText: false };
    const min = Number((m.constraints as unknown[] | undefined)?.[0] ?? 0);
    if (m.name === "isOptional") rule.optional = true;
    if (((m.name === "isLength" || m.name === "minLength") && min >= 1) || m.name === "isNotEmpty")
      rule.requiresText = true;
    rules.set(m.propertyName, rule);
  }
  rulesCache.set(target, rules);
  return rules;
}

/**
 * Trims every text in an input in place, nested inputs and lists included, secrets excepted. An
 * optional text left empty becomes null (a message of spaces is no message), unless the field
 * refuses empty text (a new name): then the empty text stays, for validation to name the field.
 */
export function trimInput(value: unknown): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (typeof value[i] === "string") value[i] = trimText(value[i] as string);
      else trimInput(value[i]);
    }
    return;
  }
  if (value === null || typeof value !== "object" || value instanceof Date) return;
  const record = value as Record<string, unknown>;
  const rules = fieldRules(value.constructor);
  for (const [key, field] of Object.entries(record)) {
    if (SECRET_FIELDS.has(key)) continue;
    if (typeof field === "string") {
      const trimmed = trimText(field);
      const rule = rules.get(key);
      record[key] = trimmed === "" && rule?.optional && !rule.requiresText ? null : trimmed;
    } else {
      trimInput(field);
    }
  }
}

/**
 * type-graphql's validation step for every argument: hygiene first (trimming), then the input
 * classes' own class-validator rules, so that "   " meets the same rules as "".
 */
export const validateInput: ValidatorFn = async (argValue) => {
  if (argValue === null || typeof argValue !== "object" || argValue instanceof Date) return;
  trimInput(argValue);
  const items: unknown[] = Array.isArray(argValue) ? argValue : [argValue];
  const errors = (
    await Promise.all(
      items
        .filter((item) => item !== null && typeof item === "object")
        .map((item) => validate(item as object, VALIDATOR_OPTIONS)),
    )
  ).flat();
  if (errors.length) throw new ArgumentValidationError(errors);
};
