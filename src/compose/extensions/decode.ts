// Every x-aws-* extension, decoded once, in the loader, into typed `aws` fields of the model (issue 7). The
// converter reads only those fields; a wrong type or value is a load error with its file and line, and an
// unknown x-aws-* key is warned about once, where it was written. Each extension's decoder has its own file
// beside this one; this file walks the model and calls them.
import type { ModelPath } from '../../errors.js';
import type { Extensions, Project } from '../model.js';
import { decodeAutoscaling } from './autoscaling.js';
import { decodeDeployment } from './deployment.js';
import { decodeDomain } from './domain.js';
import { decodeInstanceType } from './instance-type.js';
import { decodeCapacity } from './capacity.js';
import { LB_SCHEMES, LB_TYPES, PLACES, PORT_PROTOCOLS, RETENTION_DAYS, X } from './names.js';
import { Reader, setAws, type Reporter } from './reader.js';
import { decodeRoute } from './route.js';
import { secretKeys } from './secret-keys.js';
import { decodeHealth } from './target-health.js';
import type { ProjectAws, ServiceAws } from './types.js';

/** Decodes every extension of the project into its `aws` fields, reporting bad values and unknown keys. */
export function decodeAwsExtensions(project: Project, report: Reporter): void {
  const r = new Reader(report);
  r.unknown(project.extensions, PLACES.project, []);
  setAws(project, decodeProject(r, project.extensions));
  for (const [name, s] of Object.entries(project.services)) {
    const at: ModelPath = ['services', name];
    r.unknown(s.extensions, PLACES.service, at);
    setAws(s, decodeService(r, s.extensions, at));
    if (s.build) r.unknown(s.build.extensions, PLACES.build, [...at, 'build']);
    s.ports.forEach((port, i) => {
      const p = [...at, 'ports', i];
      r.unknown(port.extensions, PLACES.port, p);
      setAws(port, {
        protocol: r.oneOf(port.extensions, X.protocol, p, PORT_PROTOCOLS),
        certificate: r.string(port.extensions, X.certificate, p),
        healthcheck: decodeHealth(r, port.extensions, p),
        route: decodeRoute(r, port.extensions, p),
      });
    });
    s.secrets.forEach((ref, i) => r.unknown(ref.extensions, PLACES.fileReference, [...at, 'secrets', i]));
    s.configs.forEach((ref, i) => r.unknown(ref.extensions, PLACES.fileReference, [...at, 'configs', i]));
    if (s.deploy) {
      const d = [...at, 'deploy'];
      r.unknown(s.deploy.extensions, PLACES.deploy, d);
      setAws(s.deploy, { autoscaling: decodeAutoscaling(r, s.deploy.extensions, d) });
      const uc = s.deploy.updateConfig;
      if (uc) {
        const u = [...d, 'update_config'];
        r.unknown(uc.extensions, PLACES.updateConfig, u);
        setAws(uc, {
          minPercent: r.number(uc.extensions, X.minPercent, u, { min: 0, max: 100 }),
          maxPercent: r.number(uc.extensions, X.maxPercent, u, { min: 100, max: 200 }),
        });
      }
    }
  }
  for (const [name, n] of Object.entries(project.networks)) {
    const at = ['networks', name];
    r.unknown(n.extensions, PLACES.network, at);
    const securityGroup = r.string(n.extensions, X.securityGroup, at);
    if (securityGroup !== undefined)
      report.warn(
        [...at, X.securityGroup],
        `${X.securityGroup} is deprecated: use external: true with the group id as name`,
      );
    setAws(n, { securityGroup });
  }
  for (const [name, v] of Object.entries(project.volumes))
    r.unknown(v.extensions, PLACES.volume, ['volumes', name]);
  for (const [name, d] of Object.entries(project.secrets)) {
    const at = ['secrets', name];
    r.unknown(d.extensions, PLACES.secret, at);
    setAws(d, {
      keys: secretKeys(report, r.stringList(d.extensions, X.keys, at), [...at, X.keys]),
      secretArn: r.string(d.extensions, X.secretArn, at),
    });
  }
  for (const [name, d] of Object.entries(project.configs)) {
    const at = ['configs', name];
    r.unknown(d.extensions, PLACES.config, at);
    const parameter = r.string(d.extensions, X.parameter, at);
    if (parameter !== undefined && !d.external)
      report.error(
        [...at, X.parameter],
        `${X.parameter} names where an external config is read: add external: true`,
      );
    setAws(d, { parameter });
  }
}

function decodeProject(r: Reader, ext: Extensions): ProjectAws {
  const logsRetention = r.number(ext, X.logsRetention, [], { min: 1, max: 3653 });
  if (logsRetention !== undefined && !RETENTION_DAYS.includes(logsRetention))
    r.report.error(
      [X.logsRetention],
      `${X.logsRetention} must be one of ${RETENTION_DAYS.join(', ')} (days)`,
    );
  const loadBalancerSecurityGroup = r.string(ext, X.loadBalancerSecurityGroup, []);
  const badGroup =
    loadBalancerSecurityGroup !== undefined && !/^sg-[0-9a-f]+$/.test(loadBalancerSecurityGroup);
  if (badGroup)
    r.report.error(
      [X.loadBalancerSecurityGroup],
      `${X.loadBalancerSecurityGroup} must be a security group id (sg-…)`,
    );
  return {
    cluster: r.string(ext, X.cluster, []),
    vpc: r.string(ext, X.vpc, []),
    loadBalancer: r.string(ext, X.loadBalancer, []),
    loadBalancerSecurityGroup: badGroup ? undefined : loadBalancerSecurityGroup,
    loadBalancerScheme: r.oneOf(
      ext,
      X.loadBalancerScheme,
      [],
      LB_SCHEMES,
    ) as ProjectAws['loadBalancerScheme'],
    loadBalancerType: r.oneOf(ext, X.loadBalancerType, [], LB_TYPES) as ProjectAws['loadBalancerType'],
    cloudformation: r.object(ext, X.cloudformation, []),
    logsRetention: RETENTION_DAYS.includes(logsRetention ?? -1) ? logsRetention : undefined,
  };
}

function decodeService(r: Reader, ext: Extensions, at: ModelPath): ServiceAws {
  const policies = r.stringList(ext, X.policies, at)?.filter((arn) => {
    if (arn.startsWith('arn:')) return true;
    r.report.error([...at, X.policies], `${X.policies} takes managed policy ARNs, got ${arn}`);
    return false;
  });
  let role = r.object(ext, X.role, at);
  if (role && !Array.isArray(role.Statement) && typeof role.Statement !== 'object') {
    r.report.error([...at, X.role], `${X.role} must be an IAM policy document with a Statement`);
    role = undefined;
  }
  return {
    role,
    policies,
    pullCredentials: r.string(ext, X.pullCredentials, at),
    healthcheck: decodeHealth(r, ext, at),
    sidecarOf: r.string(ext, X.sidecarOf, at),
    enableExec: r.boolean(ext, X.enableExec, at),
    deployment: decodeDeployment(r, ext, at),
    domain: decodeDomain(r, ext, at),
    instanceType: decodeInstanceType(r, ext, at),
    capacity: decodeCapacity(r, ext, at),
  };
}
