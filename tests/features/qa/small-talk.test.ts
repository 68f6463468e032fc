import { describe, expect, it } from 'vitest';
import { readSmallTalk } from '../../../src/features/qa/small-talk.js';
import { questionParts } from '../../../src/features/qa/question-parts.js';

describe('small talk', () => {
  it.each([
    ['hi', 'greeting', 'en'],
    ['Hello there!', 'greeting', 'en'],
    ['good morning', 'greeting', 'en'],
    ['thanks a lot 🙏', 'thanks', 'en'],
    ['ok thank you', 'thanks', 'en'],
    ['Merci beaucoup!', 'thanks', 'fr'],
    ['bonjour', 'greeting', 'fr'],
    ['bye', 'goodbye', 'en'],
    ['merci, bonne journée', 'goodbye', 'fr'],
  ])('"%s" is %s (%s)', (text, kind, lang) => {
    expect(readSmallTalk(text)).toEqual({ kind, lang });
  });
  it.each(['thanks, can I share this petition?', 'hello can I post my cat', 'petition', ''])(
    '"%s" is not small talk',
    (text) => expect(readSmallTalk(text)).toBeUndefined(),
  );
});

describe('question parts', () => {
  it('cuts at question marks', () => {
    expect(questionParts('Can I sign a petition? And can I post pictures of my dog?')).toEqual([
      'Can I sign a petition?',
      'And can I post pictures of my dog?',
    ]);
  });
  it('keeps a short follow-up with its question', () => {
    expect(questionParts('Can I sign a petition? Really?')).toEqual([
      'Can I sign a petition? Really?',
    ]);
  });
});
