import { defineConfig } from 'prisma/config';

// The URL is only used by Prisma's own CLI (e.g. `prisma migrate deploy` where the native engine
// can be downloaded). Docket itself connects through driver adapters (src/store/client.ts).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/docket' },
});
