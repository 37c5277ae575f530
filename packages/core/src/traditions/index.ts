import type { TraditionDefinition } from '../types.js';
import { alevism } from './alevism.js';
import { bahai } from './bahai.js';
import { buddhism } from './buddhism.js';
import { chinese } from './chinese.js';
import { christianity } from './christianity.js';
import { hinduism } from './hinduism.js';
import { international } from './international.js';
import { islam } from './islam.js';
import { jainism } from './jainism.js';
import { japanese } from './japanese.js';
import { judaism } from './judaism.js';
import { korean } from './korean.js';
import { orientalOrthodox } from './oriental-orthodox.js';
import { orthodoxChristianity } from './orthodox-christianity.js';
import { persian } from './persian.js';
import { seasonal } from './seasonal.js';
import { sikhism } from './sikhism.js';
import { vietnamese } from './vietnamese.js';
import { yazidism } from './yazidism.js';
import { zoroastrianism } from './zoroastrianism.js';

/** Every tradition the library knows, in display order. */
export const TRADITIONS: readonly TraditionDefinition[] = [
  christianity,
  orthodoxChristianity,
  orientalOrthodox,
  judaism,
  islam,
  alevism,
  yazidism,
  hinduism,
  sikhism,
  jainism,
  buddhism,
  bahai,
  zoroastrianism,
  persian,
  chinese,
  korean,
  vietnamese,
  japanese,
  seasonal,
  international,
];
