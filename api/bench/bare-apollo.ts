import { createServer } from "node:http";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { Pool } from "pg";

/**
 * The ceiling a request to the API is measured against: Apollo Server 5 behind Express, answering `{ me { firstName } }`
 * from memory, with nothing of ours in front of it (no session, claims, transaction or audit). Given a `DATABASE_URL`,
 * it reads the name from PostgreSQL instead, in one prepared statement on a pooled connection: the floor under any
 * request that asks the database anything at all.
 */
async function main(port: number, databaseUrl: string | undefined): Promise<void> {
  const pool = databaseUrl ? new Pool({ connectionString: databaseUrl, max: 10 }) : null;
  const firstName = async () =>
    pool ? (await pool.query<{ first_name: string }>({ name: "first-name", text: "SELECT $1::text AS first_name", values: ["Sam"] })).rows[0]!.first_name : "Sam";
  const apollo = new ApolloServer({
    typeDefs: "type Person { firstName: String! } type Query { me: Person }",
    resolvers: { Query: { me: async () => ({ firstName: await firstName() }) } },
  });
  await apollo.start();
  const app = express();
  app.get("/readyz", (_request, response) => {
    response.send("ready");
  });
  app.use("/graphql", express.json({ limit: "1mb" }), expressMiddleware(apollo));
  createServer(app).listen(port, "127.0.0.1");
}

void main(Number(process.env.PORT), process.env.DATABASE_URL);
