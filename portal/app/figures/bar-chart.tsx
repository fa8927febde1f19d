/** One bar: its label, its value (the bar's length) and the figure in words said beside the label. */
export type Bar = { key: string; label: string; value: number; text: string };
export type FiguresTableRow = { key: string; label: string; cells: readonly (string | number)[] };
/** A table of figures: the first heading is the rows' own, the others their figures'. */
export type FiguresTableProps = { caption: string; headings: readonly string[]; rows: readonly FiguresTableRow[] };

// As wide as the narrowest screen, so the words are drawn about as large as the page's own at 320 px.
const WIDTH = 320;
const ROW = 48;
const LABEL_BASELINE = 16;
const BAR_TOP = 24;
const BAR_HEIGHT = 16;

/**
 * A horizontal bar chart drawn on the server, as SVG, and the table of the same figures after it. Each bar has its
 * label and its figure in words above it, so nothing is said by length or colour alone; a screen reader hears the
 * chart's title and description, then reads the table. Each label has a line of its own, so a chart is readable
 * at 320 px without scrolling sideways.
 */
export function BarChart({ id, title, description, bars, max, table }: { id: string; title: string; description: string; bars: readonly Bar[]; max?: number; table: FiguresTableProps }) {
  const longest = max ?? Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <figure className="chart">
      <svg className="chart__svg" viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {bars.map((bar, index) => {
          const top = index * ROW;
          return (
            <g key={bar.key}>
              <text className="chart__label" x={0} y={top + LABEL_BASELINE}>
                {bar.label}: <tspan className="chart__value">{bar.text}</tspan>
              </text>
              <rect className="chart__bar" x={0} y={top + BAR_TOP} width={longest > 0 ? Math.round((Math.min(bar.value, longest) / longest) * WIDTH) : 0} height={BAR_HEIGHT} />
            </g>
          );
        })}
      </svg>
      <FiguresTable {...table} />
    </figure>
  );
}

/** Figures in rows, each row named by its first cell, the figures after it aligned as numbers. */
export function FiguresTable({ caption, headings, rows }: FiguresTableProps) {
  const [rowHeading, ...figureHeadings] = headings;
  return (
    <table className="table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          {figureHeadings.map((heading) => (
            <th scope="col" className="table__number" key={heading}>
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label, cells }) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            {cells.map((cell, index) => (
              <td className="table__number" key={index}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
