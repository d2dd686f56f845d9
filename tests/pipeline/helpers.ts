/** Shared helpers for pipeline tests: the shipped gazetteer and a one-call article → events. */
import { loadGazetteer } from '../../src/cli/loadGazetteer';
import { parseArticle } from '../../src/pipeline/article';
import { extractEvents } from '../../src/pipeline/events';
import type { SituationEvent } from '../../src/types';

export const gazetteer = loadGazetteer();

/** Events of a small article given as body text and a publication date. */
export function eventsOf(body: string, published: string | null = '2021-07-08', id = 't'): SituationEvent[] {
  const fm = published ? `---\ntitle: "Test"\npublished: ${published}\n---\n` : '---\ntitle: "Test"\n---\n';
  return extractEvents(parseArticle(id, fm + body), gazetteer);
}

/** A compact, readable row per event (the shape fixture files store). */
export function row(e: SituationEvent): Record<string, unknown> {
  const base = { kind: e.kind, date: e.date, precision: e.datePrecision, claimant: e.claimant, quote: `${e.quoteStart}-${e.quoteEnd}` };
  if (e.kind === 'control') return { ...base, place: e.placeId, controller: e.controller, extent: e.extent, figure: e.figure ?? null, ...(e.denial ? { denial: true } : {}) };
  if (e.kind === 'movement') return { ...base, from: e.fromId, to: e.toId, via: e.viaId ?? null, group: e.group, count: e.count, qualifier: e.countQualifier, direction: e.direction };
  return { ...base, place: e.placeId };
}
