/** A figure a benchmark reports, with the target the issue set for it when there is one. */
export type Figure = Readonly<{
  label: string;
  value: number;
  unit: string;
  target?: Readonly<{ atMost?: number; atLeast?: number }>;
}>;

export function meets(figure: Figure): boolean {
  const { atMost, atLeast } = figure.target ?? {};
  return (atMost === undefined || figure.value <= atMost) && (atLeast === undefined || figure.value >= atLeast);
}

function describeTarget(figure: Figure): string {
  if (!figure.target) return "";
  const { atMost, atLeast } = figure.target;
  const wanted = [atMost !== undefined ? `≤ ${atMost}` : "", atLeast !== undefined ? `≥ ${atLeast}` : ""].filter(Boolean).join(" and ");
  return `  (target ${wanted}: ${meets(figure) ? "met" : "MISSED"})`;
}

function rounded(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);
}

export function formatFigure(figure: Figure): string {
  return `  ${figure.label}: ${rounded(figure.value)} ${figure.unit}${describeTarget(figure)}`;
}
