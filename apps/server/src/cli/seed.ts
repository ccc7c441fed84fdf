import { seedDemoData } from "../db/seed";
import { fail, withServices } from "./bootstrap";

withServices(async (services, config) => {
  if (config.isProduction) throw new Error("The demo seed is refused when NODE_ENV=production.");
  const { created } = await seedDemoData(services);
  console.log(
    created.length ? `demo users created: ${created.join(", ")}` : "demo data already present",
  );
}).catch(fail);
