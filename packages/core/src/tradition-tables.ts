/**
 * `@interkal/core/traditions`: one holiday table per tradition, for createHolidays. Each is its own export, so
 * a bundler keeps only the tables a page names (and the calendars those need).
 *
 * @module @interkal/core/traditions
 */
import type { TraditionTable } from './public-types.js';
import { alevism as alevismTable } from './traditions/alevism.js';
import { bahai as bahaiTable } from './traditions/bahai.js';
import { buddhism as buddhismTable } from './traditions/buddhism.js';
import { chinese as chineseTable } from './traditions/chinese.js';
import { christianity as christianityTable } from './traditions/christianity.js';
import { hinduism as hinduismTable } from './traditions/hinduism.js';
import { TRADITIONS as EVERY_TABLE } from './traditions/index.js';
import { international as internationalTable } from './traditions/international.js';
import { islam as islamTable } from './traditions/islam.js';
import { jainism as jainismTable } from './traditions/jainism.js';
import { japanese as japaneseTable } from './traditions/japanese.js';
import { judaism as judaismTable } from './traditions/judaism.js';
import { korean as koreanTable } from './traditions/korean.js';
import { orientalOrthodox as orientalOrthodoxTable } from './traditions/oriental-orthodox.js';
import { orthodoxChristianity as orthodoxChristianityTable } from './traditions/orthodox-christianity.js';
import { persian as persianTable } from './traditions/persian.js';
import { seasonal as seasonalTable } from './traditions/seasonal.js';
import { sikhism as sikhismTable } from './traditions/sikhism.js';
import { vietnamese as vietnameseTable } from './traditions/vietnamese.js';
import { yazidism as yazidismTable } from './traditions/yazidism.js';
import { zoroastrianism as zoroastrianismTable } from './traditions/zoroastrianism.js';

export const alevism: TraditionTable = alevismTable;
export const bahai: TraditionTable = bahaiTable;
export const buddhism: TraditionTable = buddhismTable;
export const chinese: TraditionTable = chineseTable;
export const christianity: TraditionTable = christianityTable;
export const hinduism: TraditionTable = hinduismTable;
export const international: TraditionTable = internationalTable;
export const islam: TraditionTable = islamTable;
export const jainism: TraditionTable = jainismTable;
export const japanese: TraditionTable = japaneseTable;
export const judaism: TraditionTable = judaismTable;
export const korean: TraditionTable = koreanTable;
export const orientalOrthodox: TraditionTable = orientalOrthodoxTable;
export const orthodoxChristianity: TraditionTable = orthodoxChristianityTable;
export const persian: TraditionTable = persianTable;
export const seasonal: TraditionTable = seasonalTable;
export const sikhism: TraditionTable = sikhismTable;
export const vietnamese: TraditionTable = vietnameseTable;
export const yazidism: TraditionTable = yazidismTable;
export const zoroastrianism: TraditionTable = zoroastrianismTable;

/** Every tradition table, in display order: createHolidays({ traditions: TRADITIONS }) is the whole library. */
export const TRADITIONS: readonly TraditionTable[] = EVERY_TABLE;

export type { TraditionTable } from './public-types.js';
