import { annotationPath } from '../../src/action/logger.js';

describe('annotationPath', () => {
  it('makes loader paths relative to the repository, whatever the working directory', () => {
    expect(annotationPath('compose.yaml', '/repo/deploy/app', '/repo')).toBe('deploy/app/compose.yaml');
    expect(annotationPath('../shared/base.yaml', '/repo/deploy/app', '/repo')).toBe(
      'deploy/shared/base.yaml',
    );
    expect(annotationPath('/repo/x/compose.yaml', '/repo/deploy', '/repo')).toBe('x/compose.yaml');
  });
});
