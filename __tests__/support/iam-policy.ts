// A small evaluator of IAM policy documents, for the README's policies (moto does not evaluate IAM):
// Allow/Deny with Action/NotAction, Resource, and the condition operators those policies use. An explicit
// Deny wins, then an Allow; anything else is an implicit deny.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}
export interface PolicyDocument {
  Version: string;
  Statement: Statement[];
}
export interface Request {
  action: string;
  resource: string;
  context?: Record<string, string | string[]>;
}

const list = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

/** `*` and `?` as IAM wildcards; actions compare case-insensitively. */
export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, ignoreCase ? 'i' : '').test(value);
}

function conditionHolds(condition: Statement['Condition'], context: Request['context'] = {}): boolean {
  for (const [operator, keys] of Object.entries(condition ?? {})) {
    for (const [key, expected] of Object.entries(keys)) {
      const given = context[key];
      const patterns = list(expected);
      const values = list(given);
      const one = (v: string) =>
        operator.endsWith('StringEquals') || operator === 'ArnEquals'
          ? patterns.includes(v)
          : patterns.some((p) => globMatch(p, v));
      if (operator.startsWith('ForAllValues:')) {
        // AWS: true when the key is absent or every value matches.
        if (!values.every(one)) return false;
      } else if (!['StringEquals', 'StringLike', 'ArnLike', 'ArnEquals'].includes(operator)) {
        throw new Error(`condition operator ${operator} is not evaluated by this test`);
      } else if (given === undefined || !values.some(one)) return false;
    }
  }
  return true;
}

function applies(statement: Statement, request: Request): boolean {
  const action = statement.Action
    ? list(statement.Action).some((a) => globMatch(a, request.action, true))
    : !list(statement.NotAction).some((a) => globMatch(a, request.action, true));
  return (
    action &&
    list(statement.Resource).some((r) => globMatch(r, request.resource)) &&
    conditionHolds(statement.Condition, request.context)
  );
}

export function decide(policy: PolicyDocument, request: Request): 'allow' | 'deny' | 'implicit deny' {
  const matching = policy.Statement.filter((s) => applies(s, request));
  if (matching.some((s) => s.Effect === 'Deny')) return 'deny';
  return matching.some((s) => s.Effect === 'Allow') ? 'allow' : 'implicit deny';
}
