import "reflect-metadata";
import { benchServer } from "./bench-database";
import { benches } from "./benches";
import { formatFigure, meets } from "./figures";

/** The report is what a benchmark is for: it goes to standard output, unlike the API's structured log. */
const print = (line: string) => process.stdout.write(`${line}\n`);

/**
 * `npm run bench [name…]`: runs the named benchmarks (all of them with none named) one after another on one
 * PostgreSQL server, prints each figure against its target, and fails when a target is missed.
 */
async function main(names: readonly string[]): Promise<number> {
  const unknown = names.filter((name) => !benches.some((bench) => bench.name === name));
  if (unknown.length > 0) {
    console.error(`No benchmark named ${unknown.join(", ")}. There are: ${benches.map((bench) => bench.name).join(", ")}.`);
    return 2;
  }
  const chosen = names.length === 0 ? benches : benches.filter((bench) => names.includes(bench.name));
  const server = await benchServer();
  let missed = 0;
  try {
    for (const bench of chosen) {
      print(`\n${bench.name}: ${bench.description}`);
      for (const figure of await bench.run(server)) {
        print(formatFigure(figure));
        if (!meets(figure)) missed++;
      }
    }
  } finally {
    await server.stop();
  }
  print(missed === 0 ? "\nEvery target met." : `\n${missed} target(s) missed.`);
  return missed === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
