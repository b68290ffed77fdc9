import { formatDiagnostic, formatPath } from '../src/errors.js';

describe('formatPath', () => {
  it('renders keys, indexes and awkward keys the way users read them', () => {
    expect(formatPath(['services', 'web', 'ports', 1])).toBe('services.web.ports[1]');
    expect(formatPath(['services', 'my.app', 'image'])).toBe('services["my.app"].image');
  });
});

describe('formatDiagnostic', () => {
  it('leads with file:line:column and the path', () => {
    expect(
      formatDiagnostic({
        message: 'expected a number',
        path: ['services', 'web', 'ports', 0],
        location: { file: 'compose.yaml', line: 4, column: 9 },
      }),
    ).toBe('compose.yaml:4:9 services.web.ports[0]: expected a number');
    expect(formatDiagnostic({ message: 'plain' })).toBe('plain');
  });
});
