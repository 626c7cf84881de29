/**
 * The plan-list part of `npm run bench:app` (target 5 of issue 12): opening the app with 1 plan and
 * with 100 plans, each in its own fresh browser context, reloaded alternately.
 *   list shown   navigation start (the reload) → the sidebar lists every plan, at the next frame
 *   plan open    navigation start → the plan opened at start-up shows its heading
 * The 100 plans are copies of the one made through the UI (new ids and names), each with a previous
 * version, put into IndexedDB by the page in one transaction, stored exactly as the app stores a plan.
 * Every IndexedDB request and transaction the window makes during a reload is counted, per store
 * (the window's only: from 20 plans on the start-up scan worker reads the plans and settings in one
 * more transaction, which this does not see).
 * Every wait has a timeout that names what it waited for.
 */

const WAIT_MS = 60_000;

/** Installed before the app's code runs: request counters, and the time the list (and the open plan) appeared. */
function listInstruments() {
  const seen = { listedAt: null, shownAt: null, openAt: null, requests: {}, transactions: 0 };
  window.__rrList = seen;
  for (const [kind, proto] of [['', IDBObjectStore.prototype], ['index ', IDBIndex.prototype]]) {
    for (const method of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'put', 'add', 'delete']) {
      const original = proto[method];
      if (!original) continue;
      proto[method] = function (...args) {
        const key = `${kind}${kind ? this.objectStore.name : this.name}.${method}`;
        seen.requests[key] = (seen.requests[key] ?? 0) + 1;
        return original.apply(this, args);
      };
    }
  }
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    seen.transactions++;
    return transaction.apply(this, args);
  };
  const expected = Number(sessionStorage.getItem('rr-bench-plans') ?? '0');
  const planName = sessionStorage.getItem('rr-bench-open') ?? '';
  const observer = new MutationObserver(() => {
    if (seen.listedAt === null && document.querySelectorAll('nav[aria-label="Plans"] ul.plan-list > li').length >= expected && expected > 0) {
      seen.listedAt = performance.now();
      requestAnimationFrame(() => setTimeout(() => (seen.shownAt = performance.now()), 0));
    }
    if (seen.openAt === null && planName !== '' && [...document.querySelectorAll('h1')].some((h) => h.textContent === planName)) {
      seen.openAt = performance.now();
    }
    if (seen.listedAt !== null && seen.openAt !== null) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Waits for `test` in the page, or fails naming `what`. */
async function waitFor(page, what, test, arg) {
  try {
    await page.waitForFunction(test, arg, { timeout: WAIT_MS });
  } catch (error) {
    throw new Error(`plan-list bench: gave up after ${WAIT_MS / 1000} s waiting for ${what}`, { cause: error });
  }
}

/**
 * Stores `count - 1` copies of the page's one plan (new ids and names) in one transaction. Each copy is sealed as
 * the app seals a plan it saves (shared/service/plan-seal.ts: the SHA-256 of the plan without its seal, written as
 * tab-indented JSON): a copy with the original's seal would be listed as changed outside the app.
 */
function addCopies(page, count) {
  return page.evaluate(
    (count) =>
      new Promise((done, fail) => {
        const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
        const sealed = async (plan) => {
          if (!('seal' in plan)) return plan;
          const { seal, ...content } = plan;
          const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(content, undefined, '\t')));
          return { ...content, seal: { ...seal, sha256: hex(digest) } };
        };
        const open = indexedDB.open('rollout-readiness');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction(['plans'], 'readonly').objectStore('plans').getAll();
          read.onerror = () => fail(read.error);
          read.onsuccess = async () => {
            const [plan] = read.result;
            if (!plan) return fail(new Error('no plan to copy'));
            const copies = [];
            for (let i = 2; i <= count; i++) {
              const id = crypto.randomUUID();
              copies.push(await sealed({ ...structuredClone(plan), id, name: `Bench plan ${String(i).padStart(3, '0')}` }));
            }
            const tx = db.transaction(['plans', 'previousPlans'], 'readwrite');
            for (const copy of copies) {
              tx.objectStore('plans').put(copy, copy.id);
              // Every plan saved twice or more has its previous version kept beside it, as the app keeps it.
              tx.objectStore('previousPlans').put(copy, copy.id);
            }
            tx.oncomplete = () => {
              db.close();
              done(undefined);
            };
            tx.onerror = () => fail(tx.error);
          };
        };
      }),
    count,
  );
}

/** A fresh context holding `count` plans, ready to be reloaded. */
export async function contextWith(browser, url, count) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.addInitScript(listInstruments);
  await page.goto(url);
  await page.getByRole('button', { name: 'Create a plan' }).click({ timeout: WAIT_MS });
  await page.getByRole('radio', { name: 'Team workflow pilot' }).check({ timeout: WAIT_MS });
  await page.getByRole('button', { name: 'Create plan' }).click({ timeout: WAIT_MS });
  await page.getByText('Saved', { exact: true }).waitFor({ timeout: WAIT_MS });
  const name = (await page.getByRole('heading', { level: 1 }).first().textContent({ timeout: WAIT_MS })) ?? '';
  if (count > 1) await addCopies(page, count);
  await page.evaluate(([count, name]) => {
    sessionStorage.setItem('rr-bench-plans', String(count));
    sessionStorage.setItem('rr-bench-open', name);
  }, [count, name]);
  return { context, page };
}

/** Reloads and reads the instruments: ms from navigation start to the list and the open plan, and the IndexedDB work. */
export async function reload(page, count, cpu) {
  const cpuAt = cpu();
  await page.reload({ timeout: WAIT_MS });
  await waitFor(page, `the sidebar to list all ${count} plans`, () => typeof window.__rrList?.shownAt === 'number');
  await waitFor(page, 'the plan opened at start-up to show its heading', () => typeof window.__rrList?.openAt === 'number');
  const seen = await page.evaluate(() => window.__rrList);
  const cpuMs = cpu() - cpuAt;
  // A copy the app reads as changed outside the app would time another path (and its notice): the figures would be wrong.
  const changed = await page.locator('nav[aria-label="Plans"]').getByText('Changed outside the app', { exact: true }).count();
  if (changed > 0) throw new Error(`plan-list bench: ${changed} plans read as changed outside the app; the copies are not sealed as the app seals them`);
  return { ...seen, cpu: cpuMs };
}

/**
 * Runs the cases and returns their figures: per count, the list and plan-open times, CPU time,
 * and the IndexedDB transactions and requests of one reload.
 */
export async function benchPlanList({ browser, url, runs, cpu, log }) {
  const counts = [1, 100];
  const fig = Object.fromEntries(counts.map((n) => [n, { listMs: [], openMs: [], cpuMs: [], transactions: [], requests: null }]));
  const pages = {};
  for (const n of counts) pages[n] = await contextWith(browser, url, n);
  try {
    for (let r = 0; r < runs; r++) {
      const order = r % 2 === 0 ? counts : [...counts].reverse();
      for (const n of order) {
        const seen = await reload(pages[n].page, n, cpu);
        fig[n].listMs.push(seen.shownAt);
        fig[n].openMs.push(seen.openAt);
        fig[n].cpuMs.push(seen.cpu);
        fig[n].transactions.push(seen.transactions);
        fig[n].requests = seen.requests;
      }
      log(`plan list run ${r + 1}/${runs} done`);
    }
  } finally {
    for (const n of counts) await pages[n].context.close();
  }
  return fig;
}

/** The plan-list figures, with the target ratio. */
export function printPlanList(fig, row, mark, median) {
  const x = (v) => `${v.toFixed(2)}×`;
  console.log(`\nPlan list at start-up, 1 plan vs 100 plans (fresh contexts, reloaded alternately), median of ${fig[1].listMs.length} runs`);
  for (const n of [1, 100]) {
    row(`${n} plan${n === 1 ? '' : 's'}: reload → all plans listed`, fig[n].listMs);
    row('    reload → the plan opened at start-up shown', fig[n].openMs);
    row('    CPU time of all Chromium processes', fig[n].cpuMs);
    const requests = Object.entries(fig[n].requests ?? {}).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`    IndexedDB per reload (the window's): ${median(fig[n].transactions)} transactions; requests: ${requests}`);
  }
  const ratio = fig[100].listMs.map((ms, i) => ms / fig[1].listMs[i]);
  row('100 plans ÷ 1 plan, list shown, per run [≤ 1.3×]', ratio, x);
  console.log(`    ${mark(median(ratio) <= 1.3)}`);
  const perPlan = (median(fig[100].transactions) - median(fig[1].transactions)) / 99;
  console.log(`    IndexedDB transactions per added plan: ${perPlan.toFixed(2)}`);
}
