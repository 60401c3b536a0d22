import type { ProviderTable } from './provider.ts';

/** Mimecast gateways (*.mimecast.com): https://community.mimecast.com/docs/DOC-1369 */
export const MIMECAST: ProviderTable = {
  id: 'mimecast',
  providers: ['mimecast'],
  hosts: ['.mimecast.com'],
  rows: [
    {
      phrase: 'host network not allowed',
      reason: 'policyviolation',
      seen: 'Mimecast 554: the sender network is not permitted by the customer policy',
    },
    {
      phrase: 'email rejected due to security policies',
      reason: 'virusdetected',
      seen: 'Mimecast 554: a malware or signature policy matched',
    },
    { phrase: 'envelope rejected', reason: 'policyviolation', seen: 'Mimecast 550' },
  ],
};
