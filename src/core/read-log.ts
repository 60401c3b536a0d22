import type { Facts } from './classify/types.ts';
import { findStatus } from './extract/codes.ts';
import { parseLogLine, type LogRecord } from './extract/log.ts';
import { completeFacts } from './facts.ts';
import type { Line } from './text.ts';

export interface LogFinding {
  facts: Facts;
  /** Where the diagnostic starts in the input. */
  offset: number;
}

/** Lines logged by Postfix, Sendmail or Exim; null when no line is one. */
export function readLog(lines: Line[]): LogFinding[] | null {
  const records: Array<{ record: LogRecord; line: Line }> = [];
  for (const line of lines) {
    const record = parseLogLine(line.text);
    if (record) records.push({ record, line });
  }
  if (records.length === 0) return null;

  return records
    .filter(({ record }) => record.status !== 'sent')
    .flatMap(({ record, line }) =>
      (record.recipients.length > 0 ? record.recipients : [null]).map((recipient) => ({
        facts: completeFacts({
          recipient,
          diagnostic: record.diagnostic,
          // `dsn=` is whatever the line says: only an RFC 3464 code may reach the result
          status: findStatus(record.dsn ?? ''),
          remoteHost: record.host,
          action: actionOf(record.status),
        }),
        offset: line.start + record.offset,
      })),
    );
}

/** The RFC 3464 action a log status stands for. */
function actionOf(status: LogRecord['status']): string | null {
  if (status === 'deferred' || status === 'connection') return 'delayed';
  if (status === 'bounced' || status === 'expired') return 'failed';
  return 'delivered';
}
