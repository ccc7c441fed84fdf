// The package's public surface: the `graphql()` function that turns an operation string
// into a TypedDocumentNode, and every generated operation, fragment and enum type.
export * from "./gql/gql";
export * from "./gql/graphql";
