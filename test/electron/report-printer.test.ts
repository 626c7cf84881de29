import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileDialogs, type DialogLike } from '../../electron/files';
import { createReportPrinter, type ReportPrinter } from '../../electron/report-printer';
import { FAKE_PDF, makeFakeWindow, makeTempDir, type FakeWindow } from './fixtures';

vi.mock('electron', () => ({ default: {} }));

let dir: string;
let cleanup: () => void;
let window: FakeWindow;
let printer: ReportPrinter;
let nextSavePath: string | null;
const showSaveDialog = vi.fn<DialogLike['showSaveDialog']>();

beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  window = makeFakeWindow();
  nextSavePath = null;
  showSaveDialog.mockReset();
  showSaveDialog.mockImplementation(async () =>
    nextSavePath ? { canceled: false, filePath: nextSavePath } : { canceled: true, filePath: '' },
  );
  const files = createFileDialogs({ showSaveDialog, showOpenDialog: vi.fn() }, () => dir);
  printer = createReportPrinter(() => window, files);
});
afterEach(() => cleanup());

describe('print to PDF', () => {
  it.each(['A4', 'Letter'] as const)('renders the window on %s paper and writes the PDF to the chosen path', async (paper) => {
    nextSavePath = join(dir, 'Summary for the board.pdf');
    const result = await printer.printReport({ paper, target: 'pdf', suggestedName: 'Claims summary' });

    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'Summary for the board.pdf' } });
    expect(readFileSync(nextSavePath).equals(Buffer.from(FAKE_PDF))).toBe(true);
    // The report's own @page size wins (the renderer set it from the same paper); pageSize is only the fallback.
    expect(window.pdfCalls).toEqual([{ pageSize: paper, printBackground: true, preferCSSPageSize: true }]);
    const options = showSaveDialog.mock.calls[0]?.[0];
    expect(options?.defaultPath).toBe(join(dir, 'Claims summary.pdf'));
    expect(options?.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(window.printCalls).toEqual([]);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const result = await printer.printReport({ paper: 'A4', target: 'pdf', suggestedName: 'Claims summary.pdf' });
    expect(result).toEqual({ ok: true, value: { saved: false, fileName: '' } });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a PDF the window could not render as an io error, without asking where to save', async () => {
    window.webContents.printToPDF = async () => {
      throw new Error('Failed to generate PDF');
    };
    const result = await printer.printReport({ paper: 'A4', target: 'pdf', suggestedName: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining('Failed to generate PDF') as unknown } });
    expect(showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('print to a printer', () => {
  it('opens the system print dialog with the paper size and resolves once it is done', async () => {
    const result = await printer.printReport({ paper: 'Letter', target: 'printer', suggestedName: 'Claims summary' });
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'Claims summary' } });
    expect(window.printCalls).toEqual([{ silent: false, printBackground: true, pageSize: 'Letter' }]);
    expect(window.pdfCalls).toEqual([]);
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('answers saved: false when the user cancels the print dialog', async () => {
    window.printAnswer = [false, 'Print job canceled'];
    expect(await printer.printReport({ paper: 'A4', target: 'printer', suggestedName: 'x' })).toEqual({
      ok: true,
      value: { saved: false, fileName: '' },
    });
  });

  it('reports a failed print job as an io error', async () => {
    window.printAnswer = [false, 'Print job failed'];
    expect(await printer.printReport({ paper: 'A4', target: 'printer', suggestedName: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringContaining('Print job failed') as unknown },
    });
  });
});

it('says so when there is no window to print', async () => {
  const windowless = createReportPrinter(() => null, createFileDialogs({ showSaveDialog, showOpenDialog: vi.fn() }, () => dir));
  expect(await windowless.printReport({ paper: 'A4', target: 'pdf', suggestedName: 'x' })).toMatchObject({
    ok: false,
    error: { code: 'not_found' },
  });
  expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
});
