/** One bar: its label, its value and the words said beside it (the number, so nothing is said by length or colour alone). */
export type Bar = { label: string; value: number; text: string };

const ROW = 28;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 260;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 90;

/**
 * A horizontal bar chart drawn on the server, as SVG: each bar with its label and its figure in words, scaled to
 * `max`. A screen reader reads its title and is sent to the table beside it, which holds the same figures.
 */
export function BarChart({ id, title, description, bars, max }: { id: string; title: string; description: string; bars: readonly Bar[]; max: number }) {
  const height = bars.length * ROW + 8;
  return (
    <svg className="bar-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMinYMin meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {bars.map((bar, index) => {
        const y = index * ROW + 4;
        const width = max > 0 ? Math.round((bar.value / max) * BAR_WIDTH) : 0;
        return (
          <g key={bar.label} aria-hidden="true">
            <text className="bar-chart__label" x={LABEL_WIDTH - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle">
              {bar.label}
            </text>
            <rect className="bar-chart__bar" x={LABEL_WIDTH} y={y + 4} width={width} height={ROW - 10} />
            <text className="bar-chart__value" x={LABEL_WIDTH + width + 6} y={y + ROW / 2} dominantBaseline="middle">
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
