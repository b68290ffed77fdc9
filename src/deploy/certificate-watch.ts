// The certificate a stack waits for. CloudFormation creates an AWS::CertificateManager::Certificate and
// stays in CREATE_IN_PROGRESS, silently, until ACM has issued it: with DNS validation that is once the
// validation CNAME resolves (minutes for a first issue, up to 72 hours before ACM gives up:
// https://docs.aws.amazon.com/acm/latest/userguide/dns-validation.html). This reads each certificate in
// creation through DescribeCertificate (every READ_EVERY_MS at most; no call while none is in creation),
// shows ACM's status as a reason on the certificate's row of the stack progress, and keeps ACM's
// FailureReason so a failed deploy names it with what to do. It shows, never decides: a read that fails is
// left out and CloudFormation's outcome stands.
import type { CertificateDetail } from '@aws-sdk/client-acm';
import type { AwsEdge } from '../aws/edge.js';
import { errorMessage } from '../aws/errors.js';
import type { Logger } from '../log.js';
import type { OperationEvent } from './events.js';

export const CERTIFICATE = 'AWS::CertificateManager::Certificate';
export const READ_EVERY_MS = 15_000;

interface Watched {
  arn?: string;
  /** CloudFormation's last status for the resource. */
  status: string;
  line?: string;
}

/** What to do about each FailureReason ACM documents (API_CertificateDetail, FailureReason). */
const ADVICE: Record<string, string> = {
  CAA_ERROR:
    'a CAA record of the domain (or a parent) does not allow amazon.com, amazontrust.com, awstrust.com or amazonaws.com to issue: add one of them to the CAA records',
  NO_AVAILABLE_CONTACTS: 'no contact for email validation: use DNS validation in a Route 53 zone of the name',
  DOMAIN_NOT_ALLOWED: 'ACM does not issue for this name (ask AWS Support to review it)',
  INVALID_PUBLIC_DOMAIN: 'the name is not a valid public domain: check its spelling and top-level domain',
  DOMAIN_VALIDATION_DENIED: 'validation of the name was denied: ask AWS Support',
  ADDITIONAL_VERIFICATION_REQUIRED: 'ACM needs more information for this name: open a case with AWS Support',
};
const TIMED_OUT =
  'ACM never saw the validation CNAME: the hosted zone must be authoritative for the name (its NS records delegated from the parent zone or registrar), and the record must resolve publicly';

/** One line of ACM's state for the report and the log. */
export function certificateLine(c: CertificateDetail): string {
  const pending = (c.DomainValidationOptions ?? []).filter((o) => o.ValidationStatus !== 'SUCCESS');
  switch (c.Status) {
    case 'PENDING_VALIDATION': {
      const names = pending.map((o) => {
        const r = o.ResourceRecord;
        const zone =
          o.ValidationDomain && o.ValidationDomain !== o.DomainName ? o.ValidationDomain : undefined;
        const record = r
          ? ` (record ${r.Name?.replace(/\.$/, '')} ${r.Type}${zone ? ` in zone ${zone}` : ''})`
          : '';
        return `${o.DomainName}${record}`;
      });
      return `ACM: pending DNS validation of ${names.join(', ') || c.DomainName}; a first issue can take minutes`;
    }
    case 'ISSUED':
      return `ACM: issued for ${[c.DomainName, ...(c.SubjectAlternativeNames ?? []).filter((n) => n !== c.DomainName)].join(', ')}`;
    default:
      return `ACM: ${c.Status ?? 'unknown status'}${c.FailureReason ? ` (${c.FailureReason})` : ''}`;
  }
}

/** The deploy's root cause when ACM failed the certificate; undefined otherwise. */
export function certificateFailure(logicalId: string, c: CertificateDetail): string | undefined {
  if (c.Status === 'VALIDATION_TIMED_OUT')
    return `ACM validation of ${logicalId} (${c.DomainName}) timed out: ${TIMED_OUT}`;
  if (c.Status !== 'FAILED') return undefined;
  const reason = c.FailureReason ?? 'OTHER';
  const advice = ADVICE[reason] ?? 'see the certificate in the ACM console for the name that failed';
  return `ACM failed certificate ${logicalId} (${c.DomainName}): ${reason}: ${advice}`;
}

export class CertificateWatch {
  private readonly watched = new Map<string, Watched>();
  private lastRead: number;
  private failed?: string;

  constructor(
    private readonly aws: Pick<AwsEdge, 'certificates'>,
    private readonly logger: Logger,
    /** The report's progress: a certificate's row gains ACM's status as its reason. */
    private readonly onEvent: (event: OperationEvent) => void,
    private readonly now: () => number,
  ) {
    this.lastRead = now();
  }

  /** Every event of the operation passes here: certificates are followed from CREATE_IN_PROGRESS on. */
  see(event: OperationEvent): void {
    if (event.type !== CERTIFICATE) return;
    const known = this.watched.get(event.logicalId);
    if (!known && event.status !== 'CREATE_IN_PROGRESS') return;
    // The ARN appears on the "Resource creation Initiated" event, once ACM has the request.
    const arn = event.physicalId?.startsWith('arn:') ? event.physicalId : known?.arn;
    this.watched.set(event.logicalId, { ...known, status: event.status, ...(arn ? { arn } : {}) });
  }

  /**
   * Between two polls of the stack: reads the certificates in creation when READ_EVERY_MS has passed.
   * `force` (the operation failed): reads the ones CloudFormation failed, once, for ACM's reason.
   */
  async tick(force = false): Promise<void> {
    const due = [...this.watched].filter(([, w]) =>
      force ? w.arn && w.status === 'CREATE_FAILED' : w.arn && w.status === 'CREATE_IN_PROGRESS',
    );
    if (!due.length || (!force && this.now() - this.lastRead < READ_EVERY_MS)) return;
    this.lastRead = this.now();
    for (const [logicalId, w] of due) {
      try {
        const detail = await this.aws.certificates.describe(w.arn!);
        if (!detail) continue;
        this.failed ??= certificateFailure(logicalId, detail);
        const line = certificateLine(detail);
        // A forced read restates the line on the failed row: ACM's reason, not CloudFormation's, stays in sight.
        if (line === w.line && !force) continue;
        w.line = line;
        this.logger.info(`${logicalId} ${line}`);
        const at = new Date(this.now());
        this.onEvent({
          id: `acm|${logicalId}|${w.status}|${line}`,
          timestamp: at,
          logicalId,
          type: CERTIFICATE,
          status: w.status,
          reason: line,
        });
      } catch (err) {
        this.logger.debug?.(`could not read certificate ${w.arn}: ${errorMessage(err)}`);
      }
    }
  }

  /** ACM's failure of a certificate seen during the operation, with what to do. */
  failure(): string | undefined {
    return this.failed;
  }
}
