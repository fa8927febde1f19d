import type { DataSource } from "typeorm";
import type { Account } from "../accounts/account.entity";
import type { Logger } from "../logging/logger";
import { createLoaders, type Loaders } from "./loaders";
import type { Services } from "./services";

/** Who is asking: set from a valid session token, or null for someone not signed in. */
export type Viewer = Readonly<{ account: Account; sessionId: string }>;

export type Context = Readonly<{
  requestId: string;
  log: Logger;
  viewer: Viewer | null;
  loaders: Loaders;
  services: Services;
}>;

export function createContext(args: {
  requestId: string;
  log: Logger;
  viewer: Viewer | null;
  db: DataSource;
  services: Services;
}): Context {
  const { db, ...rest } = args;
  return { ...rest, loaders: createLoaders(db) };
}
