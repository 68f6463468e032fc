// A message that asks two things ("Can I sign this petition? And can I post about my cat?") is cut
// at its question marks. The bot answers the main (first) part and offers the others' entries as
// related ones. Parts too short to be questions on their own stay with the part before them.
const MIN_PART_WORDS = 4;

export function questionParts(text: string): string[] {
  const parts: string[] = [];
  for (const piece of text.split(/(?<=\?)\s+/u)) {
    const words = piece.split(/\s+/).filter(Boolean).length;
    if (parts.length > 0 && words < MIN_PART_WORDS) parts[parts.length - 1] += ` ${piece}`;
    else parts.push(piece);
  }
  return parts.filter((p) => p.trim());
}
