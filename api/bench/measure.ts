/**
 * How the benchmarks measure: contenders take turns within each round, in an order that rotates from round to round,
 * so a slow spell on this shared machine falls on all of them alike. Figures are medians, and comparisons are ratios
 * between contenders of the same run, never against a number measured on another day.
 */
export type Contender = Readonly<{
  name: string;
  request: () => Promise<void>;
  /** The CPU time the server answering has used so far, in milliseconds, where the benchmark can read it. */
  serverCpuMs?: () => number;
}>;

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error("median of no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function rotated<T>(items: readonly T[], by: number): T[] {
  const start = by % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}

async function timed(request: () => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  await request();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Each contender's median time for one request, in milliseconds, after `warmup` untimed requests each. */
export async function medianLatencies(
  contenders: readonly Contender[],
  { rounds, warmup = 20 }: { rounds: number; warmup?: number },
): Promise<Map<string, number>> {
  for (const contender of contenders) for (let i = 0; i < warmup; i++) await contender.request();
  const samples = new Map(contenders.map((contender) => [contender.name, [] as number[]]));
  for (let round = 0; round < rounds; round++) {
    for (const contender of rotated(contenders, round)) samples.get(contender.name)!.push(await timed(contender.request));
  }
  return new Map([...samples].map(([name, times]) => [name, median(times)]));
}

export type Throughput = Readonly<{
  requestsPerSecond: number;
  failures: number;
  /** The server's CPU time per completed request, in milliseconds, where the contender can read it. */
  serverCpuMsPerRequest?: number;
}>;

/**
 * Requests completed per second by `clients` concurrent callers over `windowMs`, and the server's CPU time for each;
 * failures are counted, not retried.
 */
async function throughputWindow({ request, serverCpuMs }: Contender, clients: number, windowMs: number): Promise<Throughput> {
  const ends = Date.now() + windowMs;
  const cpuBefore = serverCpuMs?.();
  const started = process.hrtime.bigint();
  let completed = 0;
  let failures = 0;
  const client = async () => {
    while (Date.now() < ends) {
      try {
        await request();
        completed++;
      } catch {
        failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = serverCpuMs && cpuBefore !== undefined ? { serverCpuMsPerRequest: (serverCpuMs() - cpuBefore) / completed } : {};
  return { requestsPerSecond: completed / seconds, failures, ...cpu };
}

/** Each contender's median requests per second at `clients` concurrent callers, over `rounds` interleaved windows. */
export async function medianThroughputs(
  contenders: readonly Contender[],
  { clients, windowMs, rounds }: { clients: number; windowMs: number; rounds: number },
): Promise<Map<string, Throughput>> {
  for (const contender of contenders) await throughputWindow(contender, clients, Math.min(windowMs, 500));
  const windows = new Map(contenders.map((contender) => [contender.name, [] as Throughput[]]));
  for (let round = 0; round < rounds; round++) {
    for (const contender of rotated(contenders, round)) {
      windows.get(contender.name)!.push(await throughputWindow(contender, clients, windowMs));
    }
  }
  return new Map(
    [...windows].map(([name, measured]) => {
      const cpu = measured.flatMap((window) => (window.serverCpuMsPerRequest === undefined ? [] : [window.serverCpuMsPerRequest]));
      return [
        name,
        {
          requestsPerSecond: median(measured.map((window) => window.requestsPerSecond)),
          failures: measured.reduce((sum, window) => sum + window.failures, 0),
          ...(cpu.length > 0 ? { serverCpuMsPerRequest: median(cpu) } : {}),
        },
      ];
    }),
  );
}
