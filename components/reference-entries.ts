import causes from '../generated/knowledge-causes.json';
import { withCauses, type CompactCauses } from '../src/knowledge/compact.ts';
import { ENTRIES } from './knowledge.ts';

/** The entries with their causes, which only the quick reference shows. */
export const REFERENCE_ENTRIES = withCauses(ENTRIES, causes as unknown as CompactCauses);
