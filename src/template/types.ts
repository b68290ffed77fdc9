// CloudFormation template shapes, as plain JSON-compatible objects.

export interface Template {
  AWSTemplateFormatVersion: '2010-09-09';
  Description?: string;
  Metadata?: Record<string, unknown>;
  Parameters?: Record<string, TemplateParameter>;
  Conditions?: Record<string, unknown>;
  Resources: Record<string, Resource>;
  Outputs?: Record<string, TemplateOutput>;
}

export interface TemplateParameter {
  Type: string;
  Description?: string;
  Default?: string;
  NoEcho?: boolean;
  AllowedValues?: string[];
  AllowedPattern?: string;
}

export interface Resource {
  Type: string;
  Condition?: string;
  DependsOn?: string | string[];
  DeletionPolicy?: 'Delete' | 'Retain' | 'Snapshot' | 'RetainExceptOnCreate';
  UpdateReplacePolicy?: 'Delete' | 'Retain' | 'Snapshot';
  Properties?: Record<string, unknown>;
}

export interface TemplateOutput {
  Description?: string;
  Value: unknown;
  Export?: { Name: unknown };
}
