import { compactBody } from '../../src/steps/convert.js';
import { convert } from '../../src/template/convert.js';
import { canonicalTemplate, serialize } from '../../src/template/serialize.js';
import type { Template } from '../../src/template/types.js';
import { loadShopExample } from './shop-example.js';

describe('canonicalTemplate', () => {
  const given = (): Template =>
    ({
      Outputs: {},
      Resources: {
        B: { Properties: { Zeta: 1, Alpha: 2 }, Type: 'AWS::X', DependsOn: ['A'] },
        A: { Type: 'AWS::Y', Properties: { Alpha: 1, Beta: { Zed: 1, Abc: 2 } } },
      },
      Parameters: { Vpc: { Type: 'String' } },
      AWSTemplateFormatVersion: '2010-09-09',
    }) as unknown as Template;

  it('orders sections, logical IDs, resource attributes and top-level properties; nested values keep their order', () => {
    const text = serialize(canonicalTemplate(given()));
    const keys = (o: object) => Object.keys(o);
    const out = JSON.parse(text);
    expect(keys(out)).toEqual(['AWSTemplateFormatVersion', 'Parameters', 'Resources']);
    expect(keys(out.Resources)).toEqual(['A', 'B']);
    expect(keys(out.Resources.B)).toEqual(['Type', 'DependsOn', 'Properties']);
    expect(keys(out.Resources.B.Properties)).toEqual(['Alpha', 'Zeta']);
    expect(keys(out.Resources.A.Properties.Beta)).toEqual(['Zed', 'Abc']);
  });

  it('leaves the template it is given as it was, and gives the same text for the same content', () => {
    const template = given();
    const before = JSON.stringify(template);
    const first = serialize(canonicalTemplate(template));
    expect(JSON.stringify(template)).toBe(before);
    expect(serialize(canonicalTemplate(canonicalTemplate(template)))).toBe(first);
  });
});

describe('the compact body CloudFormation is given', () => {
  it('is the readable body of the template convert returns without its indents, written from the template', async () => {
    const { template, body } = convert(await loadShopExample());
    expect(compactBody(template)).toBe(JSON.stringify(JSON.parse(body)));
    expect(compactBody(template).length).toBeLessThan(body.length / 1.5);
  });
});
