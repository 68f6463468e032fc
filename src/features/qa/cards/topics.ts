// Browsing the catalogue: without a section, the list of sections; with one, that section's
// entries in catalogue order and a row back to all sections. An unknown section id (e.g. from an
// old card after a catalogue change) falls back to the section list.
import type { CardJson } from '../../../contract/activities.js';
import type { Entry, Lang, Section } from '../../../guidance/types.js';
import { render } from '../../../cards/render.js';
import { entryRow, type EntryRow } from '../../../cards/rows.js';
import { STRINGS, type UiStrings } from '../../../i18n/strings.js';
import { baseView, type BaseView } from '../../../cards/view.js';

export interface TopicsCatalogue {
  readonly sections: readonly Section[];
  readonly entries: readonly Entry[];
}

export interface SectionRow {
  readonly sectionId: string;
  readonly title: string;
}

export interface TopicsView extends BaseView {
  readonly s: UiStrings['topics'];
  readonly heading: string;
  readonly intro: string;
  readonly sections: readonly SectionRow[];
  readonly entries: readonly EntryRow[];
  readonly hasBack: boolean;
}

function sectionListView(catalogue: TopicsCatalogue, lang: Lang): TopicsView {
  const s = STRINGS[lang].topics;
  // Sections without entries would lead to an empty page: leave them out.
  const used = new Set(catalogue.entries.map((e) => e.section));
  const sections = catalogue.sections
    .filter((section) => used.has(section.id))
    .map((section) => ({ sectionId: section.id, title: section[lang].title }));
  return {
    ...baseView(lang),
    s,
    heading: s.title,
    intro: s.intro,
    sections,
    entries: [],
    hasBack: false,
  };
}

export function topicsView(catalogue: TopicsCatalogue, lang: Lang, sectionId?: string): TopicsView {
  const section = catalogue.sections.find((candidate) => candidate.id === sectionId);
  const entries = catalogue.entries.filter((entry) => entry.section === section?.id);
  if (!section || entries.length === 0) return sectionListView(catalogue, lang);
  const s = STRINGS[lang].topics;
  return {
    ...baseView(lang),
    s,
    heading: section[lang].title,
    intro: s.sectionIntro,
    sections: [],
    entries: entries.map((entry) => entryRow(entry, lang)),
    hasBack: true,
  };
}

export function topicsCard(catalogue: TopicsCatalogue, lang: Lang, sectionId?: string): CardJson {
  return render('topics', topicsView(catalogue, lang, sectionId));
}
