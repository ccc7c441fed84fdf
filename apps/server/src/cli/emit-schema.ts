import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { createSchema, printSortedSchema, resolverClasses } from "../graphql/schema";

// Resolvers are never called while printing, so bare instances without services will do.
async function main() {
  const schema = await createSchema(
    resolverClasses.map((cls) => Object.create(cls.prototype) as object),
  );
  const target = path.resolve(__dirname, "..", "..", "..", "..", "schema.graphql");
  fs.writeFileSync(target, printSortedSchema(schema));
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

void main();
