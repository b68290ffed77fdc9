import type { LoadedProject } from '../compose/model.js';
import { UserError } from '../errors.js';
import { buildSecretLeaks, unsetBuildSecrets } from '../images/build-support.js';
import type { Logger } from '../log.js';
import { documentLeaks, secretLeaks, unsetSecrets } from '../secrets/leaks.js';
import { secretValues } from '../secrets/values.js';
import type { Template } from '../template/types.js';

/**
 * The secrets' values, masked in the log from here on; a run stops before anything is built when a secret
 * has no value (convert needs none: the template takes ARNs) or a value would reach a template or an image.
 */
export async function guardSecrets(
  loaded: LoadedProject,
  environment: Record<string, string | undefined>,
  needsValues: boolean,
  logger: Logger,
  template: Template,
): Promise<Array<{ secret: string; value: string }>> {
  const secrets = await secretValues(loaded, environment);
  for (const { value } of secrets) logger.mask(value);
  const unset = needsValues
    ? [...unsetSecrets(loaded, environment), ...unsetBuildSecrets(loaded, environment)]
    : [];
  if (unset.length) throw new UserError(`${unset.length} secret(s) have no value`, unset);
  const leaks = secretLeaks(loaded, secrets);
  if (leaks.length)
    throw new UserError(`${leaks.length} field(s) would put a secret's value into the template`, leaks);
  refuseLeaks(template, secrets, 'template');
  const imageLeaks = buildSecretLeaks(loaded, secrets);
  if (imageLeaks.length)
    throw new UserError(
      `${imageLeaks.length} build field(s) would put a secret's value into an image`,
      imageLeaks,
    );
  return secrets;
}

/**
 * Refuses a document that holds a secret's value anywhere (the whole template, a release record): each
 * place is named by its path in the document, never by the value.
 */
export function refuseLeaks(
  document: unknown,
  secrets: Array<{ secret: string; value: string }>,
  what: 'template' | 'release record',
): void {
  const leaks = documentLeaks(document, secrets);
  if (leaks.length)
    throw new UserError(
      `${leaks.length} place(s) of the ${what} would hold a secret's value`,
      leaks.map((l) => ({
        message: `${l.path} contains the value of secret ${l.secret}, which would be stored in clear in the ${what} (and the change set and the release); pass it with secrets: instead`,
      })),
    );
}
