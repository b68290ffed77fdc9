// termination-protection through the typed edge: one UpdateTerminationProtection call with the stack's id,
// and a refusal is a warning, never a failed deploy.
import { protectStack } from '../../src/deploy/termination-protection.js';
import { StreamLogger } from '../../src/log.js';
import { fakeEdge } from '../support/fake-edge.js';

const STACK_ID = 'arn:aws:cloudformation:us-east-1:123456789012:stack/shop/1a2b';

describe('protectStack', () => {
  it('turns protection on for the stack just created and says what it means', async () => {
    const aws = fakeEdge({ stacks: { setTerminationProtection: async () => undefined } });
    const lines: string[] = [];
    await protectStack(aws, STACK_ID, new StreamLogger((l) => lines.push(l)));
    expect(aws.argsOf('stacks.setTerminationProtection')).toEqual([[STACK_ID, true]]);
    expect(lines).toEqual([
      'termination protection is on: the stack cannot be deleted until it is turned off',
    ]);
  });

  it('a refused call leaves the deploy successful, with a warning naming the reason', async () => {
    const aws = fakeEdge({
      stacks: {
        setTerminationProtection: async () => {
          throw Object.assign(
            new Error('User is not authorized to perform: cloudformation:UpdateTerminationProtection'),
            {
              name: 'AccessDenied',
            },
          );
        },
      },
    });
    const lines: string[] = [];
    await expect(
      protectStack(aws, STACK_ID, new StreamLogger((l) => lines.push(l))),
    ).resolves.toBeUndefined();
    expect(lines).toEqual([
      'warning: could not turn termination protection on: User is not authorized to perform: cloudformation:UpdateTerminationProtection',
    ]);
  });
});
