import type { DataSource } from "typeorm";
import { API_DATABASE_ROLE, createDataSource } from "../database/data-source";

export type ApiPools = { readonly apiDb: DataSource; readonly authDb: DataSource };

/**
 * The API's two pools (see createApp), as its own database role, for a test file that needs them of a given size or
 * reaching PostgreSQL at an address of its own: made once the hooks declared before this run, closed after the tests.
 */
export function useApiPools(url: () => string, sizes: { apiDb: number; authDb: number }): ApiPools {
  let pools: { apiDb: DataSource; authDb: DataSource } | undefined;
  beforeAll(async () => {
    const asApi = { url: url(), role: API_DATABASE_ROLE };
    pools = { apiDb: createDataSource({ ...asApi, poolSize: sizes.apiDb }), authDb: createDataSource({ ...asApi, poolSize: sizes.authDb }) };
    await Promise.all([pools.apiDb.initialize(), pools.authDb.initialize()]);
  });
  afterAll(async () => {
    await Promise.all([pools?.apiDb.destroy(), pools?.authDb.destroy()]);
  });
  const ready = () => {
    if (!pools) throw new Error("The API's pools are ready only inside tests and hooks.");
    return pools;
  };
  return {
    get apiDb() {
      return ready().apiDb;
    },
    get authDb() {
      return ready().authDb;
    },
  };
}
