import { describe, expect, it } from 'vitest';
import { CardRenderError, loadTemplate, render } from '../../src/cards/render.js';
import { welcomeView } from '../../src/features/qa/cards/welcome.js';

describe('render', () => {
  it('loads each template once', () => {
    expect(loadTemplate('welcome')).toBe(loadTemplate('welcome'));
  });

  it('does not change the cached template', () => {
    const before = JSON.stringify(loadTemplate('welcome'));
    render('welcome', welcomeView('fr'));
    expect(JSON.stringify(loadTemplate('welcome'))).toBe(before);
  });

  it('throws a CardRenderError naming what the view model lacks', () => {
    const view = Object.entries(welcomeView('en')).filter(([key]) => key !== 'examples');
    const incomplete = Object.fromEntries(view);
    let error: unknown;
    try {
      render('welcome', incomplete);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CardRenderError);
    expect((error as CardRenderError).template).toBe('welcome');
    expect((error as CardRenderError).leftovers).toEqual(['${examples}']);
  });
});
