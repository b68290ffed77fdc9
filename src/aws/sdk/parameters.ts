import {
  DeleteParametersCommand,
  GetParametersByPathCommand,
  GetParametersCommand,
  PutParameterCommand,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import type { ParameterStore } from '../edge.js';
import { allPages } from './pages.js';

/** GetParameters takes at most 10 names per call. */
const NAMES_PER_CALL = 10;

export function sdkParameters(ssm: SSMClient): ParameterStore {
  return {
    async existing(names) {
      const found = new Set<string>();
      for (let i = 0; i < names.length; i += NAMES_PER_CALL) {
        const out = await ssm.send(new GetParametersCommand({ Names: names.slice(i, i + NAMES_PER_CALL) }));
        for (const p of out.Parameters ?? []) if (p.Name) found.add(p.Name);
      }
      return found;
    },
    async create(input) {
      // Overwrite false: a content-addressed parameter is written once; PutParameter refuses to
      // replace one (ParameterAlreadyExists) rather than silently changing what running tasks read.
      await ssm.send(
        new PutParameterCommand({
          Name: input.name,
          Value: input.value,
          Type: 'String',
          Tier: 'Standard',
          Overwrite: false,
          Description: input.description,
          Tags: Object.entries(input.tags).map(([Key, Value]) => ({ Key, Value })),
        }),
      );
    },
    async under(path) {
      const pages = await allPages((NextToken) =>
        ssm.send(new GetParametersByPathCommand({ Path: path, Recursive: true, NextToken })),
      );
      return pages.flatMap((out) => out.Parameters ?? []).flatMap((p) => (p.Name ? [p.Name] : []));
    },
    async remove(names) {
      // DeleteParameters takes at most 10 names per call.
      for (let i = 0; i < names.length; i += NAMES_PER_CALL)
        await ssm.send(new DeleteParametersCommand({ Names: names.slice(i, i + NAMES_PER_CALL) }));
    },
  };
}
