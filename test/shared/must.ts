/** The value of a result the test expects to be ok; otherwise the test fails with the result's message. */
export const must = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error.message}`);
  return result.value;
};
