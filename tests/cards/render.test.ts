// The one renderer (src/cards/render.ts), on a Q&A template and a team one.
import { describe, expect, it } from 'vitest';
import { CardRenderError, loadTemplate, render } from '../../src/cards/render.js';
import { welcomeView } from '../../src/features/qa/cards/welcome.js';
import { quizQuestionView } from '../../src/features/quiz/cards/question.js';
import { quizResultsView } from '../../src/features/quiz/cards/results.js';
import { question, results } from '../features/quiz/card-inputs.js';

const failure = (run: () => unknown): CardRenderError => {
  try {
    run();
  } catch (e) {
    return e as CardRenderError;
  }
  throw new Error('no error');
};

describe('render', () => {
  it('loads each template once', () => {
    expect(loadTemplate('welcome')).toBe(loadTemplate('welcome'));
  });

  it.each([
    ['welcome', () => render('welcome', welcomeView('fr'))],
    ['quiz-question', () => render('quiz-question', quizQuestionView(question, 'fr'))],
  ] as const)('does not change the cached %s template', (name, run) => {
    const before = JSON.stringify(loadTemplate(name));
    run();
    expect(JSON.stringify(loadTemplate(name))).toBe(before);
  });

  it('throws a CardRenderError naming what the view model lacks', () => {
    const view = Object.entries(welcomeView('en')).filter(([key]) => key !== 'examples');
    const error = failure(() => render('welcome', Object.fromEntries(view)));
    expect(error).toBeInstanceOf(CardRenderError);
    expect(error.template).toBe('welcome');
    expect(error.leftovers).toEqual(['${examples}']);
  });

  it('names what a team card’s view model lacks the same way', () => {
    const view = Object.entries(quizResultsView(results, 'en')).filter(([key]) => key !== 'title');
    const error = failure(() => render('quiz-results', Object.fromEntries(view)));
    expect(error).toBeInstanceOf(CardRenderError);
    expect(error.leftovers).toEqual(['${title}']);
  });
});
