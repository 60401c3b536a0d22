import type { Facts } from './classify/types.ts';
import { findCommand, findHost, findReply, findStatus } from './extract/codes.ts';
import { providerFor, providerOf } from './extract/provider.ts';
import { fold } from './text.ts';

/** The facts a reader states; the rest is read from the diagnostic. */
export type Stated = Partial<Facts> & { diagnostic: string };

/**
 * Fills what a reader did not state from the diagnostic's own words. `reporter` is the host
 * that wrote the bounce: it names the provider when neither recipient nor remote host does.
 */
export function completeFacts(stated: Stated, reporter: string | null = null): Facts {
  const diagnostic = fold(stated.diagnostic);
  const lower = diagnostic.toLowerCase();
  const statusInText = findStatus(diagnostic);
  const remoteHost = stated.remoteHost ?? findHost(diagnostic);
  const recipient = stated.recipient ?? null;

  return {
    recipient,
    diagnostic,
    status: betterStatus(stated.status ?? null, statusInText),
    reply: stated.reply ?? findReply(diagnostic),
    command: stated.command ?? findCommand(lower),
    action: stated.action ?? null,
    diagnosticType: stated.diagnosticType ?? null,
    remoteHost,
    provider: stated.provider ?? providerFor(recipient, remoteHost) ?? providerOf(reporter),
    reason: stated.reason ?? null,
    context: fold(stated.context ?? ''),
  };
}

/**
 * A DSN's Status field is often a generic `5.0.0` while the diagnostic names the precise code;
 * the precise one is kept when both are of the same class.
 */
function betterStatus(stated: string | null, inText: string | null): string | null {
  if (!stated || !/^\d\.\d{1,3}\.\d{1,3}$/.test(stated)) return inText ?? stated;
  if (!inText) return stated;
  const generic = /^\d\.0\.0$/.test(stated);
  return generic && inText[0] === stated[0] ? inText : stated;
}
