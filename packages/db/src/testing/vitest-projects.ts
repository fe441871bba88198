import { fileURLToPath } from 'node:url';
import type { TestProjectInlineConfiguration } from 'vitest/config';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the run's throwaway PostgreSQL server; absent outside the postgres project. */
    postgresAdminUrl: string;
  }
}

const globalSetup = fileURLToPath(new URL('./postgres-global-setup.ts', import.meta.url));
let announced = false;

/**
 * The vitest project that runs `include` on PostgreSQL: a throwaway server for the run (the
 * globalSetup fails the run when it cannot start one). With SKIP_POSTGRES_TESTS=1 there is no such
 * project, and that is said out loud.
 */
export function postgresProject(files: {
  include: string[];
  exclude?: string[];
}): TestProjectInlineConfiguration[] {
  if (process.env.SKIP_POSTGRES_TESTS === '1') {
    if (!announced)
      console.warn(
        `\n*** SKIP_POSTGRES_TESTS=1: the PostgreSQL tests of ${process.env.npm_package_name ?? process.cwd()} are SKIPPED ***\n`,
      );
    announced = true;
    return [];
  }
  return [
    {
      extends: true,
      test: {
        name: 'postgres',
        globalSetup: [globalSetup],
        include: files.include,
        exclude: files.exclude ?? [],
      },
    },
  ];
}
