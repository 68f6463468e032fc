// Cross-entry rules that a per-file schema cannot see.
import type { Entry, Section } from './types.js';

export function crossCheck(entries: readonly Entry[], sections: readonly Section[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) problems.push(`duplicate id ${e.id}`);
    ids.add(e.id);
  }
  const sectionIds = new Set(sections.map((s) => s.id));
  const kindOf = new Map(entries.map((e) => [e.id, e.kind]));
  for (const e of entries) {
    if (!sectionIds.has(e.section)) problems.push(`${e.id}: unknown section ${e.section}`);
    for (const r of e.related) {
      if (!ids.has(r)) problems.push(`${e.id}: related id ${r} does not exist`);
      if (r === e.id) problems.push(`${e.id}: relates to itself`);
    }
    for (const q of e.questions ?? []) {
      if (kindOf.get(q) !== 'reflection-question')
        problems.push(`${e.id}: ${q} is not a reflection question`);
    }
    if (e.verdict && e.verdict !== e.section)
      problems.push(`${e.id}: verdict ${e.verdict} in section ${e.section}`);
  }
  return problems;
}
