import { DeltaT_EspenakMeeus } from 'astronomy-engine';
import { type EpochMs, JD_UNIX_EPOCH, MS_PER_DAY } from '../time/day.js';
import { RAD } from './angles.js';

// Re-exported for importers that predate astronomy/settle.ts; new code imports it from there.
export { settle } from './settle.js';

/**
 * Cheap estimates of new and full moons: J. Meeus, Astronomical Algorithms (2nd ed. 1998), ch. 49, the mean phase
 * with its periodic and planetary terms. Meeus dates phases by the Sun's apparent longitude, astronomy-engine's
 * SearchMoonPhase by its geometric one (20.5″ ahead, which the Moon needs 26–56 s to gain on the Sun, 40.6 s
 * on average: added below). Measured against astronomy-engine for every new and full moon of 1897–2103 (all
 * the library can ask for) the estimate is off by at most 17.5 s; callers allow 40 s and use the precise search
 * whenever a decision falls inside that margin (fast-moon.test.ts checks every lunation of 1897–2103). A wider
 * margin would only send more decisions to the precise search, whose first call costs ~12 ms of start-up.
 */
export const PHASE_ESTIMATE_ERROR_MS = 40_000;
const MEAN_ABERRATION_SHIFT_MS = 40_600;

const NEW_MOON_TERMS = [-0.4072, 0.17241, 0.01608, 0.01039, 0.00739, -0.00514, 0.00208] as const;
const FULL_MOON_TERMS = [-0.40614, 0.17302, 0.01614, 0.01043, 0.00734, -0.00515, 0.00209] as const;

/** Planetary arguments A2…A14 (degrees at k = 0, per lunation) and their coefficients in days. */
const PLANETARY: readonly (readonly [number, number, number])[] = [
  [251.88, 0.016321, 0.000165],
  [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011],
  [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056],
  [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004],
  [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
];

/** Julian Ephemeris Day of the new (phase 0) or full (phase 180) moon of lunation k (k = 0: January 2000). */
function phaseJde(k: number, phase: 0 | 180): number {
  const lunation = phase === 0 ? k : k + 0.5;
  const t = lunation / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  let jde =
    2_451_550.09766 + 29.530588861 * lunation + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = (2.5534 + 29.1053567 * lunation - 0.0000014 * t2 - 0.00000011 * t3) * RAD;
  const mp = (201.5643 + 385.81693528 * lunation + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * RAD;
  const f = (160.7108 + 390.67050284 * lunation - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * RAD;
  const omega = (124.7746 - 1.56375588 * lunation + 0.0020672 * t2 + 0.00000215 * t3) * RAD;
  const c = phase === 0 ? NEW_MOON_TERMS : FULL_MOON_TERMS;
  jde +=
    c[0] * Math.sin(mp) +
    c[1] * e * Math.sin(m) +
    c[2] * Math.sin(2 * mp) +
    c[3] * Math.sin(2 * f) +
    c[4] * e * Math.sin(mp - m) +
    c[5] * e * Math.sin(mp + m) +
    c[6] * e * e * Math.sin(2 * m) -
    0.00111 * Math.sin(mp - 2 * f) -
    0.00057 * Math.sin(mp + 2 * f) +
    0.00056 * e * Math.sin(2 * mp + m) -
    0.00042 * Math.sin(3 * mp) +
    0.00042 * e * Math.sin(m + 2 * f) +
    0.00038 * e * Math.sin(m - 2 * f) -
    0.00024 * e * Math.sin(2 * mp - m) -
    0.00017 * Math.sin(omega) -
    0.00007 * Math.sin(mp + 2 * m) +
    0.00004 * Math.sin(2 * mp - 2 * f) +
    0.00004 * Math.sin(3 * m) +
    0.00003 * Math.sin(mp + m - 2 * f) +
    0.00003 * Math.sin(2 * mp + 2 * f) -
    0.00003 * Math.sin(mp + m + 2 * f) +
    0.00003 * Math.sin(mp - m + 2 * f) -
    0.00002 * Math.sin(mp - m - 2 * f) -
    0.00002 * Math.sin(3 * mp + m) +
    0.00002 * Math.sin(4 * mp);
  jde += 0.000325 * Math.sin((299.77 + 0.107408 * lunation - 0.009173 * t2) * RAD);
  // Indexed, not destructured: the first year a process asks for runs interpreted, where that matters.
  for (let i = 0; i < PLANETARY.length; i++) {
    const row = PLANETARY[i]!;
    jde += row[2] * Math.sin((row[0] + row[1] * lunation) * RAD);
  }
  return jde;
}

const J2000_MS = Date.UTC(2000, 0, 1, 12);

/** Terrestrial minus Universal Time in ms, by astronomy-engine's default ΔT model so both paths agree on it. */
export const deltaTMs = (instant: EpochMs): number =>
  DeltaT_EspenakMeeus((instant - J2000_MS) / MS_PER_DAY) * 1000;

/** The estimated instant (UTC) of lunation k's new moon (phase 0) or full moon (phase 180). */
export function estimatePhase(k: number, phase: 0 | 180): EpochMs {
  const terrestrial = (phaseJde(k, phase) - JD_UNIX_EPOCH) * MS_PER_DAY;
  return terrestrial - deltaTMs(terrestrial) + MEAN_ABERRATION_SHIFT_MS;
}
