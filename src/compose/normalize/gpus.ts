// GPU requests: `deploy.resources.reservations.devices` with `capabilities: [gpu]`, and the service-level
// `gpus:` short form (compose-spec: `gpus: all`, or a list of { driver, count, device_ids, options }).
// ECS reserves GPUs by count only (ResourceRequirements Type GPU), so `device_ids` cannot be honoured
// and is an error naming the field; `count: all` means every GPU of the chosen instance type.
import type { GpuCount } from '../model.js';
import type { Node } from '../node.js';
import { toPlain } from '../node.js';
import { asMap, expected, fields, int, stringList, str, type Ctx, type Path } from './read.js';

const NO_DEVICE_IDS =
  'ECS reserves GPUs by count, not by device id (ResourceRequirements Type GPU); replace device_ids with count';

/** Adds two requests; `all` absorbs any count. */
export function addGpus(a: GpuCount | undefined, b: GpuCount | undefined): GpuCount | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a === 'all' || b === 'all' ? 'all' : a + b;
}

/** `count`: a whole number of 1 or more, or `all`. */
function gpuCount(ctx: Ctx, node: Node, path: Path): GpuCount | undefined {
  if (node.kind === 'scalar' && node.value === 'all') return 'all';
  if (node.kind === 'scalar' && (node.value === -1 || node.value === '-1')) return 'all'; // Docker's -1
  return int(ctx, node, path, 1);
}

/** One device request (a `devices:` item or a `gpus:` item); `gpu` tells whether it asks for GPUs. */
function deviceRequest(
  ctx: Ctx,
  node: Node,
  path: Path,
  shortForm: boolean,
): { gpu: boolean; count?: GpuCount } | undefined {
  const map = asMap(ctx, node, path);
  if (!map) return undefined;
  let capabilities: string[] | undefined = shortForm ? ['gpu'] : undefined;
  let count: GpuCount | undefined;
  fields(
    ctx,
    map,
    path,
    {
      capabilities: (v, p) => (capabilities = stringList(ctx, v, p)),
      count: (v, p) => (count = gpuCount(ctx, v, p)),
      device_ids: (v, p) => ctx.diags.error(NO_DEVICE_IDS, p, v.loc),
      driver: (v, p) => {
        const driver = str(ctx, v, p);
        if (driver !== undefined && driver !== 'nvidia')
          ctx.diags.error(
            `the ECS GPU-optimized AMI has NVIDIA drivers only; driver ${JSON.stringify(driver)} cannot be honoured`,
            p,
            v.loc,
          );
      },
      options: (v, p) =>
        ctx.diags.warn(
          `ignored on ECS: driver options ${JSON.stringify(toPlain(v))} are not passed to the GPU driver`,
          p,
          v.loc,
        ),
    },
    'a device request',
  );
  if (!shortForm && capabilities === undefined) {
    ctx.diags.error('a device request needs capabilities (e.g. [gpu])', path, map.loc);
    return undefined;
  }
  const gpu = (capabilities ?? []).includes('gpu');
  if (!gpu) {
    ctx.diags.error(
      `ECS tasks can reserve GPUs only; capabilities ${JSON.stringify(capabilities)} cannot be honoured`,
      [...path, 'capabilities'],
      map.entries.get('capabilities')?.value.loc ?? map.loc,
    );
    return undefined;
  }
  // Compose: a GPU request without count or device_ids takes all GPUs.
  return { gpu, count: count ?? (map.entries.has('device_ids') ? undefined : 'all') };
}

/** `deploy.resources.reservations.devices`: the GPUs asked for (undefined when none). */
export function reservedDevices(ctx: Ctx, node: Node, path: Path): GpuCount | undefined {
  if (node.kind !== 'seq') return expected(ctx, node, path, 'a list of device requests');
  let total: GpuCount | undefined;
  node.items.forEach((item, i) => {
    const request = deviceRequest(ctx, item, [...path, i], false);
    if (request?.count !== undefined) total = addGpus(total, request.count);
  });
  return total;
}

/** Service-level `gpus:`: `all`, or a list of requests (capabilities implied). */
export function serviceGpus(ctx: Ctx, node: Node, path: Path): GpuCount | undefined {
  if (node.kind === 'scalar' && node.value === 'all') return 'all';
  if (node.kind !== 'seq') return expected(ctx, node, path, '"all" or a list of GPU requests');
  let total: GpuCount | undefined;
  node.items.forEach((item, i) => {
    const request = deviceRequest(ctx, item, [...path, i], true);
    if (request?.count !== undefined) total = addGpus(total, request.count);
  });
  return total;
}
