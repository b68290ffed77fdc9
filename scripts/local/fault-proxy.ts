// A fault-injecting proxy in front of the AWS emulator, for what moto cannot produce on its own
// (throttling, server errors, states it never reaches, calls it does not implement). Requests pass
// through unchanged unless a rule, a rewrite or an answer matches.
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FaultRule {
  /** The API operation, as the SDK names it: `DescribeStacks` (query protocol) or `GetAuthorizationToken` (JSON). */
  operation: string;
  /** How many matching requests to fail before letting them through. */
  times: number;
  status: number;
  /** The error code the SDK sees, e.g. Throttling, ThrottlingException, InternalFailure. */
  code: string;
  message?: string;
}

/** Changes what the emulator answered, for states it never reaches (a rolled-back ECS deployment). */
export interface ResponseRewrite {
  operation: string;
  /** Gets the parsed JSON answer and returns the one to send (JSON protocols: ECS, ECR, ...). */
  transform?: (answer: any) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Gets the raw answer and returns the one to send (the query protocol's XML: CloudFormation, EC2). */
  transformText?: (answer: string) => string;
}

/**
 * The proxy answers an operation itself, without asking the emulator: only for calls the emulator does not
 * implement (moto 5.2 has no CancelUpdateStack and no UpdateTerminationProtection), so that what the
 * action asks can still be checked. Undefined lets the request through.
 */
export interface Answer {
  operation: string;
  respond: (body: string) => AnswerBody | undefined | Promise<AnswerBody | undefined>;
}

export interface AnswerBody {
  status?: number;
  contentType?: string;
  body: string;
}

export interface ProxyOptions {
  answers?: Answer[];
  /** Sees each request as it arrives, before it is answered or forwarded (to act at that moment). */
  onRequest?: (operation: string, body: string) => void;
}

export interface FaultProxy {
  url: string;
  /** Faults injected so far, by operation. */
  injected: Map<string, number>;
  /** Every operation that passed through, in order. */
  operations: string[];
  /** Every request's operation and body (the query protocol's form parameters, or JSON), in order. */
  requests: Array<{ operation: string; body: string }>;
  close(): Promise<void>;
}

/** The query protocol's empty success answer for `operation` (what CloudFormation sends for a call with no result). */
export function queryAnswer(operation: string, result = ''): { contentType: string; body: string } {
  return {
    contentType: 'text/xml',
    body: `<${operation}Response xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">${result ? `<${operation}Result>${result}</${operation}Result>` : ''}<ResponseMetadata><RequestId>fault-proxy</RequestId></ResponseMetadata></${operation}Response>`,
  };
}

/** The operation a request calls: the query protocol's Action, or the JSON protocol's X-Amz-Target. */
export function operationOf(headers: IncomingHttpHeaders, body: string): string {
  const target = headers['x-amz-target'];
  if (typeof target === 'string') return target.split('.').pop() ?? target;
  return new URLSearchParams(body).get('Action') ?? '';
}

function errorBody(headers: IncomingHttpHeaders, rule: FaultRule): { type: string; body: string } {
  const message = rule.message ?? 'Rate exceeded';
  if (headers['x-amz-target']) {
    return { type: 'application/x-amz-json-1.1', body: JSON.stringify({ __type: rule.code, message }) };
  }
  return {
    type: 'text/xml',
    body: `<ErrorResponse><Error><Type>Sender</Type><Code>${rule.code}</Code><Message>${message}</Message></Error><RequestId>fault-proxy</RequestId></ErrorResponse>`,
  };
}

export async function startFaultProxy(
  target: string,
  rules: FaultRule[],
  rewrites: ResponseRewrite[] = [],
  options: ProxyOptions = {},
): Promise<FaultProxy> {
  const upstream = new URL(target);
  const remaining = new Map(rules.map((r) => [r.operation, r.times]));
  const proxy: FaultProxy = {
    url: '',
    injected: new Map(),
    operations: [],
    requests: [],
    close: async () => {},
  };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const text = body.toString('utf8');
    const operation = operationOf(req.headers, text);
    proxy.operations.push(operation);
    proxy.requests.push({ operation, body: text });
    options.onRequest?.(operation, text);
    const answer = await options.answers?.find((a) => a.operation === operation)?.respond(text);
    if (answer) {
      res.writeHead(answer.status ?? 200, { 'content-type': answer.contentType ?? 'text/xml' });
      res.end(answer.body);
      return;
    }
    const rule = rules.find((r) => r.operation === operation);
    if (rule && (remaining.get(operation) ?? 0) > 0) {
      remaining.set(operation, remaining.get(operation)! - 1);
      proxy.injected.set(operation, (proxy.injected.get(operation) ?? 0) + 1);
      const error = errorBody(req.headers, rule);
      res.writeHead(rule.status, { 'content-type': error.type });
      res.end(error.body);
      return;
    }
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      async (answer) => {
        const rewrite = rewrites.find((r) => r.operation === operation);
        if (!rewrite || answer.statusCode !== 200) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        const parts: Buffer[] = [];
        for await (const part of answer) parts.push(part as Buffer);
        const text = Buffer.concat(parts).toString('utf8');
        let rewritten: Buffer;
        try {
          rewritten = Buffer.from(
            rewrite.transformText
              ? rewrite.transformText(text)
              : JSON.stringify(rewrite.transform?.(JSON.parse(text))),
          );
        } catch (err) {
          // A broken rewrite must fail the request visibly, not leave the client waiting.
          res.writeHead(502, { 'content-type': 'text/plain' });
          res.end(`fault proxy: rewrite of ${operation} failed: ${String(err)}`);
          return;
        }
        const { 'transfer-encoding': _chunked, ...headers } = answer.headers;
        res.writeHead(200, { ...headers, 'content-length': String(rewritten.length) });
        res.end(rewritten);
      },
    );
    forward.on('error', (err) => {
      res.writeHead(502);
      res.end(String(err));
    });
    forward.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return proxy;
}

/**
 * moto answers DescribeStacks with a List parameter's value as a Python list repr (`['subnet-a', 'subnet-b']`);
 * CloudFormation returns the value as it was given, the comma-separated ids
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Parameter.html). This rewrite gives
 * the answer CloudFormation's form, so the paths that compare or reuse parameter values (the no-change check,
 * the network taken from the stack) run against the emulator as they run against AWS.
 */
export const LIST_PARAMETERS_AS_CLOUDFORMATION: ResponseRewrite = {
  operation: 'DescribeStacks',
  transformText: (xml) =>
    xml.replace(
      /<ParameterValue>\[([^<]*)\]<\/ParameterValue>/g,
      (_match, items: string) =>
        `<ParameterValue>${items
          .split(',')
          .map((item) =>
            item.trim().replace(/^(?:'|&#x27;|&#39;|&apos;)(.*)(?:'|&#x27;|&#39;|&apos;)$/, '$1'),
          )
          .join(',')}</ParameterValue>`,
    ),
};
