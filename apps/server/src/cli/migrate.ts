import { fail, withServices } from "./bootstrap";

withServices(async (_services, config) => {
  console.log(`database migrated (${config.database.kind})`);
}).catch(fail);
