import { mergeOverlay } from '../../src/template/overlay.js';

describe('x-aws-cloudformation overlay merge', () => {
  it('merges maps deeply and deletes on null', () => {
    expect(mergeOverlay({ a: { b: 1, c: 2 }, d: 3 }, { a: { c: 20, e: 5 }, d: null })).toEqual({
      a: { b: 1, c: 20, e: 5 },
    });
  });

  it('replaces lists of scalars and lists without a common key', () => {
    expect(mergeOverlay({ l: [1, 2, 3] }, { l: [4] })).toEqual({ l: [4] });
    expect(mergeOverlay({ l: [{ Port: 1 }] }, { l: [{ Port: 2 }] })).toEqual({ l: [{ Port: 2 }] });
  });

  it('merges lists by Name/Key/PolicyName: match merges, new appends, $delete removes', () => {
    const base = {
      Environment: [
        { Name: 'A', Value: '1' },
        { Name: 'B', Value: '2' },
      ],
    };
    const over = {
      Environment: [
        { Name: 'A', Value: 'x' },
        { Name: 'B', $delete: true },
        { Name: 'C', Value: '3' },
      ],
    };
    expect(mergeOverlay(base, over)).toEqual({
      Environment: [
        { Name: 'A', Value: 'x' },
        { Name: 'C', Value: '3' },
      ],
    });
    expect(mergeOverlay({ Tags: [{ Key: 'a', Value: '1' }] }, { Tags: [{ Key: 'b', Value: '2' }] })).toEqual({
      Tags: [
        { Key: 'a', Value: '1' },
        { Key: 'b', Value: '2' },
      ],
    });
  });

  it('replaces a key-mergeable list with $replace', () => {
    const base = { Environment: [{ Name: 'A', Value: '1' }] };
    expect(mergeOverlay(base, { Environment: { $replace: [{ Name: 'Z', Value: '9' }] } })).toEqual({
      Environment: [{ Name: 'Z', Value: '9' }],
    });
  });

  it('does not leak nulls or markers from new values', () => {
    expect(mergeOverlay({}, { R: { a: null, b: [{ Name: 'x', $delete: true }, { Name: 'y' }] } })).toEqual({
      R: { b: [{ Name: 'y' }] },
    });
  });

  it('does not modify its inputs', () => {
    const base = { a: { b: [{ Name: 'x', V: 1 }] } };
    const copy = JSON.parse(JSON.stringify(base));
    mergeOverlay(base, { a: { b: [{ Name: 'x', V: 2 }] } });
    expect(base).toEqual(copy);
  });
});
