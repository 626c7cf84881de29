import { describe, expect, it } from 'vitest';
import { digestSeals, hashTextInBrowser, nativeDigest } from '../../../renderer/api/hash-text';
import { checkSeal, checkSealAsync, sealedText, sealPlan, sealPlanAsync } from '../../../shared/service/plan-seal';

const plan = (name: string) => sealPlan({ id: `p-${name}`, name, stages: [{ id: 's1', threshold: 90 }] }, hashTextInBrowser, new Date('2026-12-07T10:00:00Z'));

describe('the seals digested ahead with Web Crypto (the start-up scan)', () => {
  it('give each sealed record the SHA-256 the app would work out itself, by key; records without a seal get none', async () => {
    const records = [
      { key: 'a', value: plan('Alpha') },
      { key: 'b', value: plan('Beta') },
      { key: 'old', value: { id: 'p-old', name: 'Saved before seals' } },
    ];
    const digests = await digestSeals(records);
    expect([...digests.keys()].sort()).toEqual(['a', 'b']);
    for (const { key, value } of records.slice(0, 2)) expect(digests.get(key)).toBe(hashTextInBrowser(sealedText(value)!));
  });

  it.each([
    ['as saved', (p: ReturnType<typeof plan>) => p, 'sealed'],
    ['a threshold lowered by hand', (p: ReturnType<typeof plan>) => ({ ...p, stages: [{ id: 's1', threshold: 80 }] }), 'changed'],
  ])('a record %s reads the same with the digest as without it', async (_, edit, state) => {
    const value = edit(plan('Alpha'));
    const digests = await digestSeals([{ key: 'a', value }]);
    expect(checkSeal(value, hashTextInBrowser, digests.get('a')).state).toBe(state);
    expect(checkSeal(value, hashTextInBrowser).state).toBe(state);
  });

  it('digest only `inFlight` seals at a time, so only that many plans\' texts are held at once, and still digest every one', async () => {
    const records = [...Array.from({ length: 7 }, (_, i) => ({ key: `k${i}`, value: plan(`Plan ${i}`) })), { key: 'old', value: { id: 'p-old', name: 'Saved before seals' } }];
    let running = 0;
    let most = 0;
    // Web Crypto itself, counting the digests under way.
    const counting = {
      digest: async (algorithm: AlgorithmIdentifier, data: BufferSource) => {
        running += 1;
        most = Math.max(most, running);
        try {
          return await crypto.subtle.digest(algorithm, data);
        } finally {
          running -= 1;
        }
      },
    } as unknown as SubtleCrypto;
    const digests = await digestSeals(records, counting, 2);
    expect(most).toBe(2);
    expect([...digests.keys()].sort()).toEqual(records.slice(0, 7).map((r) => r.key));
    for (const { key, value } of records.slice(0, 7)) expect(digests.get(key)).toBe(hashTextInBrowser(sealedText(value)!));
  });

  it('without Web Crypto (a page not served securely) nothing is digested ahead: each seal is then hashed as it is checked', async () => {
    expect((await digestSeals([{ key: 'a', value: plan('Alpha') }], null)).size).toBe(0);
  });
});

describe('Web Crypto for the seals of the window’s own reads and saves', () => {
  it('seals and checks a plan exactly as the app’s own SHA-256 does', async () => {
    const digest = nativeDigest()!;
    const content = { id: 'p-1', name: 'Alpha', stages: [{ id: 's1', threshold: 90 }] };
    const at = new Date('2026-12-07T10:00:00Z');
    const sealed = await sealPlanAsync(content, digest, at);
    expect(sealed).toEqual(sealPlan(content, hashTextInBrowser, at));
    expect((await checkSealAsync(sealed, digest)).state).toBe('sealed');
    expect((await checkSealAsync({ ...sealed, name: 'Edited' }, digest)).state).toBe('changed');
    expect((await checkSealAsync(content, digest)).state).toBe('unsealed');
  });

  it('is not offered where Web Crypto is missing (the app’s own SHA-256 is used)', () => {
    expect(nativeDigest(null)).toBeNull();
  });
});
