import type { RaceEndState } from '../aws/errors.js';
import type { KindWrite } from '../kinds/kind.js';

/**
 * The writes an enforce run makes, as the act stage sees them. `awsEffects` (src/aws/effects.ts)
 * makes each with its kind's AWS half; tests pass fakes. A race (already accepted, cancelled,
 * declined, gone) is thrown as the AWS error it is: the act stage classifies it.
 */
export interface Effects {
  /** In `write.account`, with the clients it was read with; `write.region` for a regional service. */
  write(write: KindWrite): Promise<void>;
  /** After `write` raced: what became of the item, if a re-read can tell (never throws). Optional. */
  endState?(write: KindWrite): Promise<RaceEndState | undefined>;
}
