import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { repositoryRoot } from "../src/config/repository-root";
import { packReader } from "./pack-reader";

type PackContext = { token: string };

/**
 * How far GraphQL alone takes the pack from its SQL baseline: Apollo Server 5 behind Express, with the API's own
 * schema, answering the portal's pack query from the baseline's one statement (`pack-reader.ts`), every field by
 * Apollo's default resolver. What the API adds beyond this is its resolvers, loaders, entities, round trips and audit.
 */
async function main(port: number, databaseUrl: string): Promise<void> {
  const packs = packReader(databaseUrl);
  const apollo = new ApolloServer<PackContext>({
    typeDefs: readFileSync(path.join(repositoryRoot(), "schema", "schema.graphql"), "utf8"),
    resolvers: { Query: { preReviewPack: (_root: unknown, { reviewId }: { reviewId: string }, { token }: PackContext) => packs.read(token, reviewId) } },
  });
  await apollo.start();
  const app = express();
  app.get("/readyz", (_request, response) => {
    response.send("ready");
  });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, { context: async ({ req }) => ({ token: /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "" }) }),
  );
  createServer(app).listen(port, "127.0.0.1");
}

void main(Number(process.env.PORT), process.env.DATABASE_URL ?? "");
