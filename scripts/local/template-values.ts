// The values of a deployed template's properties, as CloudFormation would resolve them for one stack:
// pseudo parameters, the stack's parameters, conditions, and the intrinsic functions the converter emits.
// A resource's Ref or GetAtt stands for itself (`Logical` or `Logical.Attr`): the task runner only needs
// them as stable names (an EFS file system shared by two services is the same string in both).
// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html

export interface StackContext {
  stackName: string;
  region: string;
  account: string;
  /** The stack's parameter values (as DescribeStacks gives them); defaults from the template otherwise. */
  parameters: Record<string, string>;
}

export interface TemplateDocument {
  Parameters?: Record<string, { Default?: string }>;
  Conditions?: Record<string, unknown>;
  Resources: Record<
    string,
    { Type: string; Properties?: Record<string, unknown>; DependsOn?: string | string[] }
  >;
}

export function templateValues(template: TemplateDocument, stack: StackContext) {
  const pseudo: Record<string, string> = {
    'AWS::StackName': stack.stackName,
    'AWS::Region': stack.region,
    'AWS::AccountId': stack.account,
    'AWS::Partition': 'aws',
    'AWS::URLSuffix': 'amazonaws.com',
  };
  const ref = (name: string): string => {
    if (name in pseudo) return pseudo[name]!;
    if (name in stack.parameters) return stack.parameters[name]!;
    const declared = template.Parameters?.[name];
    if (declared) return declared.Default ?? '';
    if (name in template.Resources) return name;
    throw new Error(`Ref to ${name}, which the template does not declare`);
  };
  const condition = (name: string): boolean => {
    const body = template.Conditions?.[name];
    if (body === undefined) throw new Error(`condition ${name} is not in the template`);
    return truth(body);
  };
  const truth = (body: unknown): boolean => {
    const [fn, args] = Object.entries(body as Record<string, unknown>)[0]!;
    const list = args as unknown[];
    switch (fn) {
      case 'Fn::Equals':
        return String(value(list[0])) === String(value(list[1]));
      case 'Fn::Not':
        return !truth(list[0]);
      case 'Fn::And':
        return list.every(truth);
      case 'Fn::Or':
        return list.some(truth);
      case 'Condition':
        return condition(args as string);
      default:
        throw new Error(`${fn} in a condition is not understood here`);
    }
  };
  const sub = (text: string, vars: Record<string, unknown>): string =>
    text
      .replace(/\$\{([^}!][^}]*)\}/g, (_, name: string) => {
        if (name in vars) return String(value(vars[name]));
        const dot = name.indexOf('.');
        return dot > 0 && !name.startsWith('AWS::') ? name : ref(name);
      })
      .replace(/\$\{!/g, '${'); // `${!Literal}` is Fn::Sub's escape for a literal `${Literal}`
  const value = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(value);
    if (v === null || typeof v !== 'object') return v;
    const entries = Object.entries(v as Record<string, unknown>);
    const [fn, args] = entries[0] ?? [];
    if (entries.length === 1 && fn !== undefined && (fn === 'Ref' || fn.startsWith('Fn::'))) {
      switch (fn) {
        case 'Ref':
          return ref(args as string);
        case 'Fn::Sub':
          return typeof args === 'string'
            ? sub(args, {})
            : sub(
                (args as [string, Record<string, unknown>])[0],
                (args as [string, Record<string, unknown>])[1],
              );
        case 'Fn::Join': {
          const [separator, items] = args as [string, unknown[]];
          return (value(items) as unknown[]).join(separator);
        }
        case 'Fn::If': {
          const [name, yes, no] = args as [string, unknown, unknown];
          return value(condition(name) ? yes : no);
        }
        case 'Fn::GetAtt':
          return (args as string[]).join('.');
        case 'Fn::Select': {
          const [index, items] = args as [number, unknown];
          return (value(items) as unknown[])[Number(index)];
        }
        case 'Fn::Split': {
          const [separator, text] = args as [string, unknown];
          return String(value(text)).split(separator);
        }
        default:
          throw new Error(`${fn} is not understood by the local task runner`);
      }
    }
    return Object.fromEntries(entries.map(([k, x]) => [k, value(x)]));
  };
  return { value, ref };
}
