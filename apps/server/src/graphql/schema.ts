import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { ApiTokenResolver } from "../modules/api-token/api-token.resolver";
import { UserResolver } from "../modules/user/user.resolver";
import { authChecker } from "./auth-checker";

export const resolverClasses: NonEmptyArray<Function> = [UserResolver, ApiTokenResolver];

/** Builds the schema; resolver instances come from the composition root, never from a global. */
export function createSchema(resolvers: object[]): Promise<GraphQLSchema> {
  const byClass = new Map<Function, object>(resolvers.map((r) => [r.constructor, r]));
  return buildSchema({
    resolvers: resolverClasses,
    authChecker,
    validate: { forbidUnknownValues: true, stopAtFirstError: false },
    container: {
      get(someClass: Function) {
        const instance = byClass.get(someClass);
        if (!instance) throw new Error(`No instance of ${someClass.name} was provided`);
        return instance;
      },
    },
  });
}

/** The published SDL: sorted, so that it only changes when the schema does. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
