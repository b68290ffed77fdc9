import {
  FilterLogEventsCommand,
  GetLogEventsCommand,
  type CloudWatchLogsClient,
} from '@aws-sdk/client-cloudwatch-logs';
import { NotFound } from '../failures.js';
import type { Logs } from '../edge.js';

export function sdkLogs(logs: CloudWatchLogsClient): Logs {
  return {
    async tail(group, stream, limit) {
      try {
        // startFromHead false: the newest `limit` events, returned oldest first.
        const out = await logs.send(
          new GetLogEventsCommand({
            logGroupName: group,
            logStreamName: stream,
            limit,
            startFromHead: false,
          }),
        );
        return (out.events ?? []).map((e) => ({
          timestamp: new Date(e.timestamp ?? 0),
          message: e.message ?? '',
          stream,
        }));
      } catch (err) {
        if (err instanceof NotFound) return [];
        throw err;
      }
    },
    async read(group, options) {
      const out = await logs.send(
        new FilterLogEventsCommand({
          logGroupName: group,
          logStreamNamePrefix: options.streamPrefix,
          startTime: options.since?.getTime(),
          nextToken: options.nextToken,
        }),
      );
      return {
        lines: (out.events ?? []).map((e) => ({
          timestamp: new Date(e.timestamp ?? 0),
          message: e.message ?? '',
          stream: e.logStreamName ?? '',
        })),
        nextToken: out.nextToken,
      };
    },
  };
}
