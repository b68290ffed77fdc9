import { describe, expect, it } from '@jest/globals';
import { repositoryFrom, runUrlFrom } from '../../src/action/repository.js';

describe('the repository and run link from the runner environment', () => {
  it('reads owner/repo and the run link', () => {
    const env = {
      GITHUB_REPOSITORY: 'octo-org/shop',
      GITHUB_RUN_ID: '42',
      GITHUB_SERVER_URL: 'https://ghe.example',
    };
    const repository = repositoryFrom(env);
    expect(repository).toEqual({ owner: 'octo-org', repo: 'shop' });
    expect(runUrlFrom(env, repository)).toBe('https://ghe.example/octo-org/shop/actions/runs/42');
    expect(runUrlFrom({ GITHUB_RUN_ID: '42' }, repository)).toBe(
      'https://github.com/octo-org/shop/actions/runs/42',
    );
  });
  it.each([undefined, '', 'shop', 'a/b/c', 'a/'])(
    'has no repository for GITHUB_REPOSITORY=%p, and no run link',
    (value) => {
      const env = { GITHUB_REPOSITORY: value, GITHUB_RUN_ID: '42' };
      expect(repositoryFrom(env)).toBeUndefined();
      expect(runUrlFrom(env, repositoryFrom(env))).toBeUndefined();
    },
  );
});
