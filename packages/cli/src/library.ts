import { createHolidays } from '@interkal/core';
import { NAME_TABLES } from '@interkal/core/names';
import { TRADITIONS } from '@interkal/core/traditions';

// The command line answers in any of the ten languages: every tradition, every name table.
export const { getHolidays, listTraditions } = createHolidays({ traditions: TRADITIONS, names: NAME_TABLES });
