import { createServer } from "node:http";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";

/**
 * The ceiling a request to the API is measured against: Apollo Server 5 behind Express, answering `{ me { firstName } }`
 * from memory, with nothing of ours in front of it (no session, claims, transaction or audit).
 */
async function main(port: number): Promise<void> {
  const apollo = new ApolloServer({
    typeDefs: "type Person { firstName: String! } type Query { me: Person }",
    resolvers: { Query: { me: () => ({ firstName: "Sam" }) } },
  });
  await apollo.start();
  const app = express();
  app.get("/readyz", (_request, response) => {
    response.send("ready");
  });
  app.use("/graphql", express.json({ limit: "1mb" }), expressMiddleware(apollo));
  createServer(app).listen(port, "127.0.0.1");
}

void main(Number(process.env.PORT));
