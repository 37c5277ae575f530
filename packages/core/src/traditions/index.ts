import type { TraditionDefinition } from '../types.js';
import { alevism } from './alevism.js';
import { christianity } from './christianity.js';
import { international } from './international.js';
import { islam } from './islam.js';
import { judaism } from './judaism.js';

/** Every tradition the library knows, in display order. */
export const TRADITIONS: readonly TraditionDefinition[] = [
  christianity,
  judaism,
  islam,
  alevism,
  international,
];
