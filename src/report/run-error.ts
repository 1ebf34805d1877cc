import { inertMarkdown } from './escape.js';

/**
 * The job summary of a run that stopped on an error before it could report. Everything after the
 * writes reports its own failures, so this is reached before any write; the wording still only
 * claims what is certain.
 */
export function renderRunError(message: string): string {
  return [
    '## ❌ inbound-guard stopped before it could report',
    '',
    inertMarkdown(message, 2000),
    '',
    'The log shows how far it got.',
  ].join('\n');
}
