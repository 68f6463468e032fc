// The Canada School of Public Service courses the guidance lists under "Learning", by the code it
// gives each one. The guidance (../shared/seeds) names them without addresses; these are the
// School's own course catalogue pages for those codes, English and French, on its official site.
import type { Lang } from '../../guidance/types.js';

type CoursePages = Readonly<Record<Lang, string>>;

const catalogue = (code: string): CoursePages => ({
  en: `https://www.csps-efpc.gc.ca/catalogue/courses-eng.aspx?code=${code}`,
  fr: `https://www.csps-efpc.gc.ca/catalogue/courses-fra.aspx?code=${code}`,
});

/** Only the guidance's own courses: another code in the text stays plain text. */
export const CSPS_COURSES: Readonly<Record<string, CoursePages>> = {
  DDN250: catalogue('DDN250'),
  TRN125: catalogue('TRN125'),
  'DDN2-A29': catalogue('DDN2-A29'),
  TRN506: catalogue('TRN506'),
};

/** "Course name (CODE)" as the guidance writes it: the code in parentheses at the end. */
const COURSE_CODE = /\(([A-Z]{3}[0-9A-Z-]*)\)$/;

/** The course page for a learning item written "Name (CODE)", in the reader's language. */
export function coursePage(item: string, lang: Lang): string | undefined {
  const code = COURSE_CODE.exec(item.trim())?.[1];
  return code !== undefined ? CSPS_COURSES[code]?.[lang] : undefined;
}
