import { AMAZONSES } from './amazonses.ts';
import { AOL } from './aol.ts';
import { AU } from './au.ts';
import { COX } from './cox.ts';
import { DOCOMO } from './docomo.ts';
import { EXCHANGE } from './exchange.ts';
import { FACEBOOK } from './facebook.ts';
import { GMAIL } from './gmail.ts';
import { GMAIL_STATE } from './gmail-state.ts';
import { GODADDY } from './godaddy.ts';
import { ICLOUD } from './icloud.ts';
import { IUA } from './iua.ts';
import { MESSAGELABS } from './messagelabs.ts';
import { MIMECAST } from './mimecast.ts';
import { ORANGE } from './orange.ts';
import { OUTLOOK } from './outlook.ts';
import type { ProviderTable } from './provider.ts';
import { SPECTRUM } from './spectrum.ts';
import { TENCENT } from './tencent.ts';
import { YAHOO } from './yahoo.ts';

/** Every provider table, in the order they are consulted when more than one applies. */
export const PROVIDER_TABLES: readonly ProviderTable[] = [
  AU,
  DOCOMO,
  GMAIL,
  GMAIL_STATE,
  OUTLOOK,
  EXCHANGE,
  ICLOUD,
  AOL,
  YAHOO,
  MIMECAST,
  ORANGE,
  COX,
  AMAZONSES,
  GODADDY,
  TENCENT,
  MESSAGELABS,
  FACEBOOK,
  SPECTRUM,
  IUA,
];
