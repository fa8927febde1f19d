import { createServer, type IncomingMessage } from "node:http";
import { packReader } from "./pack-reader";

async function bodyOf(request: IncomingMessage): Promise<{ reviewId?: string }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as { reviewId?: string };
}

/**
 * The ceiling the pack is measured against: a server that reads the pack the hand-written way (`pack-reader.ts`: one
 * round trip, one statement) and answers `{ data: { preReviewPack } }`. No GraphQL, no ORM, no audit.
 */
function main(port: number, databaseUrl: string): void {
  const packs = packReader(databaseUrl);
  createServer((request, response) => {
    if (request.method === "GET") {
      response.end("ready");
      return;
    }
    void (async () => {
      const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? "")?.[1] ?? "";
      const { reviewId = "" } = await bodyOf(request);
      try {
        const pack = await packs.read(token, reviewId);
        response.writeHead(pack ? 200 : 404, { "content-type": "application/json" });
        response.end(JSON.stringify(pack ? { data: { preReviewPack: pack } } : { errors: [{ message: "not found" }] }));
      } catch (error) {
        response.writeHead(500).end(String(error));
      }
    })();
  }).listen(port, "127.0.0.1");
}

main(Number(process.env.PORT), process.env.DATABASE_URL ?? "");
