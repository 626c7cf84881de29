import { describe, expect, it } from 'vitest';
import { NOT_CALCULATED, spreadsheetError } from '../../../shared/csv/spreadsheet-errors';
import { importBytes, previewText, summaryOf, utf8 } from './helpers';

describe('a cell holding a spreadsheet error is not a value', () => {
  it.each<[string, string | null]>([
    ['#N/A', '#N/A'],
    ['#DIV/0!', '#DIV/0!'],
    ['#VALUE!', '#VALUE!'],
    ['#REF!', '#REF!'],
    ['#NAME?', '#NAME?'],
    ['#NUM!', '#NUM!'],
    ['#NULL!', '#NULL!'],
    ['#SPILL!', '#SPILL!'],
    [' #N/A ', '#N/A'],
    ['Err:502', 'Err:502'],
    [NOT_CALCULATED, NOT_CALCULATED],
    ['#1 priority', null],
    ['#team-support', null],
    ['Error', null],
    ['N/A', null],
    ['u1', null],
    ['', null],
  ])('%j → %j', (cell, error) => {
    expect(spreadsheetError(cell)).toBe(error);
  });
});

describe('rows whose mapped cells hold spreadsheet errors are rejected with that reason', () => {
  const header = 'user_id,date,uses,team,notes';
  it.each<[string, string, string, string, RegExp]>([
    ['a failed lookup as the user (once read as a user called “#N/A”)', '#N/A,2025-01-14,3,Support,', 'spreadsheet_error', 'userId', /User ID holds the spreadsheet error #N\/A/],
    ['a failed lookup as the group', 'u1,2025-01-14,3,#N/A,', 'spreadsheet_error', 'group', /holds the spreadsheet error #N\/A/],
    ['a division by zero as the uses', 'u1,2025-01-14,#DIV/0!,Support,', 'spreadsheet_error', 'uses', /#DIV\/0!/],
    ['a broken reference as the date', 'u1,#REF!,3,Support,', 'spreadsheet_error', 'date', /#REF!/],
    ['a formula saved without its value', `u1,2025-01-14,${NOT_CALCULATED},Support,`, 'formula_not_calculated', 'uses', /result the workbook does not hold/],
  ])('%s', (_, row, code, field, message) => {
    const { result } = importBytes(utf8(`${header}\nu0,2025-01-13,1,Support,\n${row}\n`), { kind: 'usage' });
    const summary = summaryOf(result);
    expect(summary).toMatchObject({ accepted: 1, rejected: 1 });
    expect(summary.rejections).toHaveLength(1);
    const group = summary.rejections[0]!;
    expect([group.code, group.field, group.examples[0]?.line]).toEqual([code, field, 3]);
    expect(group.examples[0]?.message).toMatch(message);
  });

  it('leaves an error in a column the import does not use alone', () => {
    const { result } = importBytes(utf8(`${header}\nu1,2025-01-14,3,Support,#N/A\n`), { kind: 'usage' });
    expect(summaryOf(result)).toMatchObject({ accepted: 1, rejected: 0 });
  });

  it('shows the reason in the preview too', () => {
    // With a user beside it: a column of nothing but #N/A holds no value at all, and is not proposed (no-value.ts).
    const preview = previewText(`${header}\nu0,2025-01-13,1,Support,\n#N/A,2025-01-14,3,Support,`, 'usage');
    expect(preview.rows[1]?.rejection).toMatchObject({ code: 'spreadsheet_error', field: 'userId' });
  });
});
