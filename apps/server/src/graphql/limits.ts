import { ApolloArmor } from "@escape.tech/graphql-armor";

/**
 * Query limits. 30 aliases leaves room for integrators batching lookups (each aliased sign-in is
 * still counted by the rate limiter); `__typename` is no free pass.
 */
export function queryLimits() {
  const armor = new ApolloArmor({
    maxAliases: { n: 30, allowList: [] },
    maxDepth: { n: 12 },
    costLimit: { maxCost: 10_000 },
    maxDirectives: { n: 20 },
    maxTokens: { enabled: false }, // Apollo's parseOptions.maxTokens answers 400 instead of 500
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect();
}

export const MAX_TOKENS = 5_000;

/** The largest request body /graphql parses; a larger one is 413 PAYLOAD_TOO_LARGE. */
export const MAX_BODY_SIZE = 100 * 1024;
