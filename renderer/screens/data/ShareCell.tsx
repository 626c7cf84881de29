export type ShareCellProps = {
  readonly value: string;
  readonly counts: string;
};

/** A share in a metrics table: the percentage, with its counts ("2 of 5") on a line below. */
export function ShareCell({ value, counts }: ShareCellProps) {
  return (
    <>
      {value}
      {counts && <span className="hint block">{counts}</span>}
    </>
  );
}
