import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type ClassType, type NonEmptyArray } from "type-graphql";
import { ApiTokenResolver } from "../modules/api-token/api-token.resolver";
import { UserResolver } from "../modules/user/user.resolver";
import { DomainFieldResolver, DomainResolver } from "../modules/domain/domain.resolver";
import { AccessRequestResolver } from "../modules/access-request/access-request.resolver";
import { DirectoryResolver } from "../modules/directory/directory.resolver";
import { RoleResolver } from "../modules/role/role.resolver";
import { AccountDetailsResolver } from "../modules/smart-account/account-details.resolver";
import { VirtualAccountResolver } from "../modules/virtual-account/virtual-account.resolver";
import { NominationResolver } from "../modules/nomination/nomination.resolver";
import { SmartAccountResolver } from "../modules/smart-account/smart-account.resolver";
import { validateInput } from "../common/input-hygiene";
import { authChecker } from "./auth-checker";

export const resolverClasses: NonEmptyArray<ClassType> = [
  UserResolver,
  ApiTokenResolver,
  SmartAccountResolver,
  DomainFieldResolver,
  DomainResolver,
  NominationResolver,
  AccessRequestResolver,
  RoleResolver,
  VirtualAccountResolver,
  AccountDetailsResolver,
  DirectoryResolver,
];

/** Builds the schema; resolver instances come from the composition root, never from a global. */
export async function createSchema(resolvers: object[]): Promise<GraphQLSchema> {
  const byClass = new Map<unknown, object>(resolvers.map((r) => [r.constructor, r]));
  const schema = await buildSchema({
    resolvers: resolverClasses,
    authChecker,
    // Trims every text input (secrets excepted) and then runs the inputs' class-validator rules.
    validateFn: validateInput,
    container: {
      get(someClass: ClassType) {
        const instance = byClass.get(someClass);
        if (!instance) throw new Error(`No instance of ${someClass.name} was provided`);
        return instance;
      },
    },
  });
  // type-graphql gives the root types no description; the published schema documents them too.
  schema.getQueryType()!.description =
    "What can be read: accounts, requests, the directory, your session.";
  schema.getMutationType()!.description =
    "What can be done: every change goes through one of these.";
  return schema;
}

/** The published SDL: sorted, so that it only changes when the schema does. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
