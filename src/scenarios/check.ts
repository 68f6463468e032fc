// Rules that need the whole bank or the catalogue. They read the raw data defensively, so a scenario
// whose shape is also wrong still gets these problems reported in the same run.
import { LANGS, VERDICTS, type Catalogue, type Entry, type Lang } from '../guidance/types.js';

interface LooseScenario {
  readonly label: string;
  readonly id?: string;
  readonly choiceIds: readonly string[];
  readonly correct?: string;
  readonly verdict?: string;
  readonly questions: readonly string[];
  readonly entries: readonly string[];
  readonly explanation: Partial<Record<Lang, string>>;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const strs = (x: unknown): string[] =>
  Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : [];
const duplicates = (xs: readonly string[]) => [
  ...new Set(xs.filter((x, i) => xs.indexOf(x) !== i)),
];

/** How problems name a scenario: its id, or its position when it has none. */
export function labelOf(raw: unknown, index: number): string {
  return (isRecord(raw) ? str(raw.id) : undefined) ?? `#${index}`;
}

function loosen(raw: unknown, index: number): LooseScenario {
  const r = isRecord(raw) ? raw : {};
  const choices = Array.isArray(r.choices) ? (r.choices as unknown[]) : [];
  const explanation: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const loc = r[lang];
    const text = isRecord(loc) ? str(loc.explanation) : undefined;
    if (text !== undefined) explanation[lang] = text;
  }
  return {
    label: labelOf(raw, index),
    id: str(r.id),
    choiceIds: choices.flatMap((c) => {
      const id = isRecord(c) ? str(c.id) : undefined;
      return id === undefined ? [] : [id];
    }),
    correct: str(r.correct),
    verdict: str(r.verdict),
    questions: strs(r.questions),
    entries: strs(r.entries),
    explanation,
  };
}

/** The three verdicts, offered as the choices of a classification scenario. */
const offersTheVerdicts = (choiceIds: readonly string[]) =>
  choiceIds.length === VERDICTS.length && VERDICTS.every((v) => choiceIds.includes(v));

function checkScenario(s: LooseScenario, catalogue: Catalogue): string[] {
  const problems: string[] = [];

  for (const d of duplicates(s.choiceIds)) problems.push(`choice id ${d} appears more than once`);
  if (s.correct !== undefined && !s.choiceIds.includes(s.correct))
    problems.push(
      `correct answer ${s.correct} is not one of its choices (${s.choiceIds.join(', ')})`,
    );

  for (const d of duplicates(s.entries)) problems.push(`entry ${d} is listed more than once`);
  for (const e of s.entries)
    if (!catalogue.byId.has(e)) problems.push(`unknown catalogue entry ${e}`);

  for (const d of duplicates(s.questions)) problems.push(`question ${d} is listed more than once`);
  for (const q of s.questions) {
    const entry = catalogue.byId.get(q);
    if (!entry) problems.push(`unknown reflection question ${q}`);
    else if (entry.kind !== 'reflection-question')
      problems.push(`${q} is not a reflection question`);
    else
      for (const lang of LANGS) {
        const explanation = s.explanation[lang];
        if (explanation !== undefined && !explanation.includes(entry[lang].title))
          problems.push(
            `the ${lang} explanation does not name ${q} by its text ("${entry[lang].title}")`,
          );
      }
  }

  if (s.verdict !== undefined) {
    const examples = s.entries
      .map((e) => catalogue.byId.get(e))
      .filter((e): e is Entry => e?.kind === 'example');
    if (!examples.some((e) => e.verdict === s.verdict)) {
      const found = examples.map((e) => `${e.id} is ${e.verdict}`).join(', ');
      problems.push(
        `verdict ${s.verdict} matches none of its entries (${found || 'no example among them'})`,
      );
    }
    if (s.correct !== s.verdict)
      problems.push(`correct answer ${s.correct} differs from its verdict ${s.verdict}`);
    if (!offersTheVerdicts(s.choiceIds))
      problems.push('a scenario with a verdict offers exactly the three verdicts as choices');
  } else if (offersTheVerdicts(s.choiceIds)) {
    problems.push('offers the three verdicts as choices but names no verdict (example)');
  }
  return problems;
}

export function crossCheck(raws: readonly unknown[], catalogue: Catalogue): string[] {
  const scenarios = raws.map(loosen);
  const problems = duplicates(scenarios.flatMap((s) => (s.id === undefined ? [] : [s.id]))).map(
    (id) => `duplicate id ${id}`,
  );
  for (const s of scenarios)
    problems.push(...checkScenario(s, catalogue).map((p) => `${s.label}: ${p}`));
  return problems;
}
