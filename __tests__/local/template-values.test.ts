// The values the local task runner reads from a deployed template must be CloudFormation's for the stack:
// checked on the shop example's golden template.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templateValues, type TemplateDocument } from '../../scripts/local/template-values.js';

const template = JSON.parse(
  readFileSync(join(import.meta.dirname, '../template/golden/shop-example.json'), 'utf8'),
) as TemplateDocument;
const stack = { stackName: 'shop-prod', region: 'eu-west-1', account: '111122223333', parameters: {} };

describe('templateValues', () => {
  it('fills pseudo parameters and resource names into Fn::Sub, and stack parameters into Fn::Join', () => {
    const { value } = templateValues(template, {
      ...stack,
      parameters: { DbPasswordSecretArn: 'arn:secret', DbPasswordSecretVersion: 'v-1' },
    });
    const task = value(template.Resources.ApiTaskDefinition!.Properties) as {
      ContainerDefinitions: Array<{ Name: string; Secrets?: Array<{ ValueFrom: string }> }>;
    };
    const init = task.ContainerDefinitions.find((c) => c.Name === 'compose-secrets-init')!;
    expect(init.Secrets!.map((s) => s.ValueFrom)).toEqual([
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/api-key-AbCdEf',
      'arn:secret:::v-1',
    ]);
    expect(value(template.Resources.DnsNamespace!.Properties!.Name)).toBe('shop-prod.compose.internal');
    const proxy = value(template.Resources.ProxyService!.Properties) as {
      ServiceRegistries: Array<{ RegistryArn: string }>;
    };
    expect(proxy.ServiceRegistries[0]!.RegistryArn).toBe(
      'arn:aws:servicediscovery:eu-west-1:111122223333:service/ProxyDiscovery',
    );
  });

  it('evaluates Fn::If by the template’s conditions over the stack’s parameters', () => {
    const filesystem = template.Resources.ApiUploadsAccessPoint!.Properties!.FileSystemId;
    expect(templateValues(template, stack).value(filesystem)).toBe('UploadsFilesystem');
    const retained = { ...stack, parameters: { UploadsFilesystemRetainedId: 'fs-0123' } };
    expect(templateValues(template, retained).value(filesystem)).toBe('fs-0123');
  });

  it('keeps Fn::Sub’s ${!Literal} escape as a literal and refuses what it does not know', () => {
    const { value } = templateValues(template, stack);
    expect(value({ 'Fn::Sub': 'echo ${!HOME} in ${AWS::Region}' })).toBe('echo ${HOME} in eu-west-1');
    expect(() => value({ Ref: 'Nowhere' })).toThrow('Ref to Nowhere, which the template does not declare');
    expect(() => value({ 'Fn::Base64': 'x' })).toThrow('Fn::Base64 is not understood');
  });
});
