/**
 * A plan file's import writes several records one after another: the plan, each import's rows, then the
 * decision log. A crash or power cut between two of them would leave a plan that opens as if complete
 * without its rows or its log. So the import writes a marker first and removes it last; at start-up a plan
 * with a marker is kept only if everything the file carried is stored, and otherwise put back as it was
 * before the import (a new plan removed, a replaced plan restored), and the user is told.
 */
import { z } from 'zod';
import { canonicalJson } from '../canonical-json';
import { importDataParts, type StartupNotice } from '../api';
import type { DecisionEntry } from '../decisions/schema';
import { formatPlural, formatTimestamp } from '../format/format';
import { migratePlan } from '../model/migrate';
import { planSchema, type Plan } from '../model/schema';
import type { PlanRules } from './plan-rules-types';
import { hashTextPortably } from './plan-seal';
import { WriteFailure, type RecordStore } from './record-store';

export const IMPORT_MARKER_VERSION = 1;

const markerSchema = z.object({
  version: z.literal(IMPORT_MARKER_VERSION),
  planId: z.string(),
  planName: z.string(),
  startedAt: z.string(),
  /** SHA-256 of the plan as imported (canonical JSON): the stored plan is the imported one only if it matches. */
  planHash: z.string(),
  /** The parts of imports the file carried, each of which must be stored. */
  parts: z.array(z.object({ importId: z.string(), part: z.enum(importDataParts) })),
  /** The ids of the file's decisions, each of which must be in the log. */
  decisionIds: z.array(z.string()),
  /** How many entries the plan id's log held before the import: what it gained is told. */
  logLengthBefore: z.number().int().nonnegative(),
  /** The plan a "replace" overwrote, put back if the import was cut off; null for a new plan. */
  previous: z.unknown(),
});

export type ImportMarker = z.infer<typeof markerSchema>;

type MarkerStore = Pick<RecordStore, 'readImportMarkers' | 'writeImportMarker' | 'removeImportMarker' | 'readImportData' | 'deleteImportData' | 'hashText'>;

export interface CutImportDeps {
  readonly store: MarkerStore;
  readonly plans: Pick<PlanRules, 'get' | 'save' | 'remove'>;
  /** The readable entries kept under a plan id (a plan's log, or a deleted plan's). */
  readonly keptDecisions: (planId: string) => Promise<readonly DecisionEntry[]>;
  readonly now: () => Date;
}

export interface ImportInProgress {
  readonly planId: string;
  /** Removes the marker: every write of the import has returned (each failure already told with the outcome). */
  finish(): Promise<void>;
}

/** What the start-up says about an import found cut off, in words for the user. */
export function cutImportMessage(marker: Pick<ImportMarker, 'planName' | 'startedAt'>, restored: boolean, logGained: number): string {
  const when = formatTimestamp(marker.startedAt);
  const what = restored
    ? `The import of the plan file “${marker.planName}” was cut off on ${when} (the app or the computer stopped), so it was not kept: the plan is back as it was before that import.`
    : `The import of the plan file “${marker.planName}” was cut off on ${when} (the app or the computer stopped), so it was not kept. Import the file again.`;
  if (logGained === 0) return what;
  return (
    `${what} ${formatPlural(logGained, 'decision of the file had', 'decisions of the file had')} already been added to the decision log kept under that plan’s id; ` +
    'they stay there (the log is append-only), and importing the file again does not add them twice.'
  );
}

export function finishedImportMessage(marker: Pick<ImportMarker, 'planName' | 'startedAt'>): string {
  return `The import of the plan file “${marker.planName}” started on ${formatTimestamp(marker.startedAt)} had stored everything when the app stopped, so the plan is kept. Check it before you rely on it.`;
}

/** Writes and checks the markers of plan-file imports; a store without markers (no `writeImportMarker`) imports as before. */
export function createCutImports({ store, plans, keptDecisions, now }: CutImportDeps) {
  const hash = store.hashText ?? hashTextPortably;
  // As the plan rules store it: the hash compares like with like.
  const planHash = (plan: unknown): string => {
    const parsed = planSchema.safeParse(plan);
    return hash(canonicalJson(parsed.success ? parsed.data : plan));
  };

  async function isComplete(marker: ImportMarker): Promise<boolean> {
    const stored = await plans.get(marker.planId);
    if (!stored.ok || planHash(stored.plan) !== marker.planHash) return false;
    for (const { importId, part } of marker.parts) {
      if ((await store.readImportData(marker.planId, importId, part)) === undefined) return false;
    }
    const logged = new Set((await keptDecisions(marker.planId)).map((entry) => entry.id));
    return marker.decisionIds.every((id) => logged.has(id));
  }

  /** Puts the records back as they were before the import; true when the plan was restored, false when removed. */
  async function undo(marker: ImportMarker): Promise<boolean> {
    const previous = marker.previous === null ? null : migratePlan(marker.previous);
    const keptImports = new Set(previous?.ok ? previous.plan.imports.map((record) => record.id) : []);
    if (previous?.ok) {
      const stored = await plans.get(marker.planId);
      if (!stored.ok || planHash(stored.plan) !== planHash(previous.plan)) {
        const saved = await plans.save(previous.plan);
        if (!saved.ok) throw new WriteFailure(saved.error.message);
      }
    } else {
      const removed = await plans.remove(marker.planId);
      if (!removed.ok && removed.error.code !== 'not_found') throw new WriteFailure(removed.error.message);
    }
    // Rows an import of the plan before it kept are the same rows (an import's id is its rows'); the others go.
    for (const importId of new Set(marker.parts.map((part) => part.importId))) {
      if (!keptImports.has(importId)) await store.deleteImportData(marker.planId, importId);
    }
    return previous?.ok === true;
  }

  return {
    /**
     * Writes the marker before the first write of an import. Null when the store keeps no markers.
     * Throws WriteFailure when the marker cannot be written: then nothing of the import is written either.
     */
    async begin(plan: Plan, carried: { readonly parts: ImportMarker['parts']; readonly decisionIds: readonly string[] }, previous: Plan | null): Promise<ImportInProgress | null> {
      if (store.writeImportMarker === undefined || store.removeImportMarker === undefined) return null;
      const remove = store.removeImportMarker.bind(store);
      const marker: ImportMarker = {
        version: IMPORT_MARKER_VERSION,
        planId: plan.id,
        planName: plan.name,
        startedAt: now().toISOString(),
        planHash: planHash(plan),
        parts: [...carried.parts],
        decisionIds: [...carried.decisionIds],
        logLengthBefore: (await keptDecisions(plan.id)).length,
        previous,
      };
      await store.writeImportMarker(plan.id, marker);
      return {
        planId: plan.id,
        async finish() {
          try {
            await remove(plan.id);
          } catch (error) {
            // Every write was made: the start-up check finds the import complete and keeps it.
            if (!(error instanceof WriteFailure)) throw error;
          }
        },
      };
    },

    /** At start-up, before the plans are listed: each import found cut off is kept if complete, undone otherwise. True when anything was found. */
    async recover(tell: (key: string, notice: StartupNotice) => void): Promise<boolean> {
      // Markers that cannot be read are left for the next start: the plans are listed all the same.
      const found = (await store.readImportMarkers?.().catch(() => undefined)) ?? [];
      for (const { planId, value } of found) {
        const parsed = markerSchema.safeParse(value);
        const key = `cut-import:${planId}`;
        if (!parsed.success) {
          tell(key, { kind: 'recovered-corrupt-file', message: 'A plan-file import was cut off when the app stopped, and the app cannot tell which plan it wrote. Check the plan list: a plan imported just before that may be incomplete.' });
          // Told once: a marker that cannot be removed (a read-only folder) must not stop the plans being listed.
          await store.removeImportMarker?.(planId).catch(() => undefined);
          continue;
        }
        const marker = parsed.data;
        try {
          if (await isComplete(marker)) {
            tell(key, { kind: 'recovered-corrupt-file', message: finishedImportMessage(marker) });
          } else {
            const restored = await undo(marker);
            const gained = Math.max(0, (await keptDecisions(marker.planId)).length - marker.logLengthBefore);
            tell(key, { kind: 'recovered-corrupt-file', message: cutImportMessage(marker, restored, gained) });
          }
          await store.removeImportMarker?.(planId);
        } catch (error) {
          // The marker stays, so the next start tries again; the notice says not to rely on the plan meanwhile. Any
          // failure is told, never thrown: one cut-off import must not stop the other plans being listed.
          const reason = error instanceof WriteFailure ? error.reason : error instanceof Error ? error.message : String(error);
          tell(key, {
            kind: 'recovered-corrupt-file',
            message: `The import of the plan file “${marker.planName}” was cut off on ${formatTimestamp(marker.startedAt)}, and what it wrote could not be undone because ${reason}. Do not rely on that plan; the app tries again at its next start.`,
          });
        }
      }
      return found.length > 0;
    },
  };
}
