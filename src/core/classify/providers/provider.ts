import type { Reason } from '../../reasons.ts';
import type { SmtpCommand } from '../../types.ts';
import type { PhraseRow } from '../types.ts';

/** A phrase that means one reason when a given provider writes it. */
export interface ProviderRow extends PhraseRow {
  reason: Reason;
  /** Only when the reply came at this stage of the session. */
  command?: SmtpCommand;
  /** Only when the enhanced status code is this one. */
  status?: string;
  /** Only when no status code or a generic one (X.0.X) is known: a precise code wins. */
  unlessPreciseStatus?: boolean;
}

export interface ProviderTable {
  /** Rule id suffix, such as `au` in `provider:au`. */
  id: string;
  /** Provider ids from extraction that select this table. */
  providers: readonly string[];
  /** Remote host name suffixes that select it when the provider is not known. */
  hosts: readonly string[];
  /** The rows name the provider themselves (a code only it writes): they apply anywhere. */
  anywhere?: boolean;
  rows: readonly ProviderRow[];
}
