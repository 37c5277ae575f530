import type { Importance } from '@interkal/core';
import { listTraditions } from '../library.js';

export interface FeedChoice {
  traditions: string[];
  scope: 'major' | 'major,minor' | 'all';
}

const IMPORTANCE_OF_SCOPE: Record<FeedChoice['scope'], Importance[]> = {
  major: ['major'],
  'major,minor': ['major', 'minor'],
  all: ['major', 'minor', 'observance'],
};

/** The feed path for a subscribe-page choice: the simplest URL that means it. */
export function feedPath(choice: FeedChoice, locale: string): string {
  if (choice.traditions.length === 0 && choice.scope === 'major') return `/feeds/all.ics?lang=${locale}`;
  const params = new URLSearchParams();
  if (choice.traditions.length > 0) params.set('traditions', choice.traditions.join(','));
  params.set('lang', locale);
  params.set('importance', IMPORTANCE_OF_SCOPE[choice.scope].join(','));
  return `/feeds/custom.ics?${params.toString().replaceAll('%2C', ',')}`;
}

/** What calendar apps show as the subscription's name: the chosen traditions in the feed's language. */
export function feedName(locale: string, traditions: readonly string[]): string {
  const names = listTraditions(locale)
    .filter((t) => traditions.includes(t.id))
    .map((t) => t.name);
  return names.length > 0 ? `interkal: ${names.join(', ')}` : 'interkal';
}
