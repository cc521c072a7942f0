import { TurnBatch } from './turn-batch';

describe('TurnBatch', () => {
  function batchOver(found: Record<number, string>) {
    const calls: number[][] = [];
    const batch = new TurnBatch<number, string | null>(
      (keys) => {
        calls.push(keys);
        return Promise.resolve(new Map(keys.filter((k) => k in found).map((k) => [k, found[k]])));
      },
      null,
      2,
    );
    return { batch, calls };
  }

  it('asks once for the keys of one turn, at most maxKeys a statement, and answers each caller its own', async () => {
    const { batch, calls } = batchOver({ 1: 'a', 2: 'b', 3: 'c' });
    const answers = await Promise.all([batch.get(1), batch.get(2), batch.get(1), batch.get(3), batch.get(9)]);
    expect(answers).toEqual(['a', 'b', 'a', 'c', null]);
    expect(calls).toEqual([[1, 2], [3, 9]]);
  });

  it('never shares a statement sent before the caller came', async () => {
    const { batch, calls } = batchOver({ 1: 'a' });
    const first = batch.get(1);
    await new Promise((resolve) => setImmediate(resolve));
    await Promise.all([first, batch.get(1)]);
    expect(calls).toEqual([[1], [1]]);
  });

  it('rejects every caller of a failed statement', async () => {
    const batch = new TurnBatch<number, string>(() => Promise.reject(new Error('gone')), '');
    await expect(Promise.all([batch.get(1), batch.get(2)])).rejects.toThrow('gone');
  });
});
