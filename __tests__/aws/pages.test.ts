import { allPages } from '../../src/aws/sdk/pages.js';

describe('allPages', () => {
  it('asks with each NextToken it was given until a page has none, and returns the pages in order', async () => {
    const asked: Array<string | undefined> = [];
    const pages = await allPages(async (token) => {
      asked.push(token);
      return token === undefined
        ? { n: 1, NextToken: 'a' }
        : token === 'a'
          ? { n: 2, NextToken: 'b' }
          : { n: 3 };
    });
    expect(asked).toEqual([undefined, 'a', 'b']);
    expect(pages.map((p) => p.n)).toEqual([1, 2, 3]);
  });
});
