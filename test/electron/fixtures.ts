import { mkdtempSync, rmSync } from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import { createPlan } from '../../shared/model/plan-factory';
import type { Plan } from '../../shared/model/schema';

export const FIXED_NOW = new Date('2026-11-22T06:40:00.000Z');

/** A complete, valid plan (default checklist, thresholds and the team-pilot stages). */
export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return { ...createPlan({ name: 'Claims triage assistant', templateId: 'team-workflow-pilot', now: FIXED_NOW }), ...overrides };
}

/**
 * The plan as the first preview builds stored it (schema "version 0", see migrate.ts):
 * no schemaVersion, revision, archive flag, template, score history, editing limit,
 * confidence switch or tier answers.
 */
export function makeVersion0Plan(): Record<string, unknown> {
  const {
    schemaVersion: _schemaVersion,
    revision: _revision,
    archived: _archived,
    templateId: _templateId,
    scoreHistory: _scoreHistory,
    editingShareLimit: _editingShareLimit,
    statisticalConfidence: _statisticalConfidence,
    tierAnswers: _tierAnswers,
    ...rest
  } = makePlan({ name: 'Preview-era plan' });
  return rest;
}

/** A fresh temporary folder per test; `cleanup` removes it. */
export function makeTempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'rollout-electron-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh data folder for each test of the file, removed after it: `data.dir`. */
export function useTempDataDir(): { readonly dir: string } {
  let current: { dir: string; cleanup: () => void } | null = null;
  beforeEach(() => {
    current = makeTempDir();
  });
  afterEach(() => current?.cleanup());
  return {
    get dir() {
      if (current === null) throw new Error('useTempDataDir: no test is running');
      return current.dir;
    },
  };
}

/** A stand-in for the app window's webContents: a PDF it "renders", and a print dialog the test answers. */
export interface FakeWindow {
  readonly webContents: {
    printToPDF: (options: PrintToPDFOptions) => Promise<Uint8Array>;
    print: (options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void) => void;
  };
  readonly pdfCalls: PrintToPDFOptions[];
  readonly printCalls: WebContentsPrintOptions[];
  /** What the system print dialog answers: [success, failureReason]. */
  printAnswer: [boolean, string];
}

/** The first bytes of every PDF, then some content, so a test can recognise the written file. */
export const FAKE_PDF = new Uint8Array(Buffer.from('%PDF-1.7\n% stakeholder summary\n%%EOF\n', 'latin1'));

export function makeFakeWindow(): FakeWindow {
  const pdfCalls: PrintToPDFOptions[] = [];
  const printCalls: WebContentsPrintOptions[] = [];
  const window: FakeWindow = {
    pdfCalls,
    printCalls,
    printAnswer: [true, ''],
    webContents: {
      printToPDF: async (options) => {
        pdfCalls.push(options);
        return FAKE_PDF;
      },
      print: (options, callback) => {
        printCalls.push(options);
        // Electron calls back once the dialog closes, never synchronously.
        setTimeout(() => callback(...window.printAnswer), 5);
      },
    },
  };
  return window;
}
