export type NumericHeadProps = {
  /** The row-label column ("Period", "Reviewer"). */
  readonly first: string;
  /** The figure columns, right-aligned. */
  readonly heads: readonly string[];
};

/** The header row of a metrics table: one label column, then the figures. */
export function NumericHead({ first, heads }: NumericHeadProps) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {heads.map((h) => (
          <th key={h} scope="col" className="num">
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}
