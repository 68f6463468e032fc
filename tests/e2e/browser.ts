// Driving Microsoft 365 Agents Playground in headless Debian Chromium (never a downloaded browser), offline:
// the page may only reach the Playground on loopback; its web fonts and animations on the Office CDN are
// refused (the UI falls back to local fonts). Selectors are the Playground's accessible names and the
// Adaptive Cards renderer's classes: treeitem "Personal Chat", the message box (role textbox), the
// mention menu (#typeahead-menu), cards (.ac-adaptiveCard), card rows with a selectAction
// (.ac-selectable, role button, named by their title), card buttons (role button, named by their title).
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { ROOT } from '../../scripts/playground.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'tests', 'e2e', 'screenshots');
/** Waiting for the bot's reply: generous, the first turn also loads the catalogue's caches. */
export const REPLY_TIMEOUT = 120_000;
/** The name the Playground's built-in configuration gives the bot. */
export const BOT_NAME = 'Test Bot';

/** The window people use Teams in on a laptop: the cards' first views are measured at this size. */
export const VIEWPORT = { width: 1280, height: 1000 };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function assertChromium(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}: apt-get install chromium chromium-driver (or set CHROMIUM_PATH)`,
    );
}

export async function launchBrowser(): Promise<Browser> {
  assertChromium();
  // playwright-core gives each launch a fresh temporary profile (its own --user-data-dir).
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A new page on the Playground, with every request off loopback refused. */
export async function openPlayground(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.route('**/*', (route) =>
    LOOPBACK.has(new URL(route.request().url()).hostname) ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(url, { timeout: 120_000 });
  await page.getByRole('treeitem', { name: 'Personal Chat' }).waitFor({ timeout: 120_000 });
  return page;
}

export type Place = 'Personal Chat' | 'Group Chat' | 'My Team - General';

export async function openConversation(page: Page, place: Place): Promise<void> {
  await page.getByRole('treeitem', { name: place }).click();
  await composer(page, place).waitFor();
}

/** The chat's message box; in a channel, "Start a new post" (reply boxes come after it). */
function composer(page: Page, place: Place): Locator {
  const boxes = page.getByRole('textbox');
  return place === 'My Team - General' ? boxes.first() : boxes.last();
}

/** Types a message as a person would: in a group chat or channel, "@", then the bot from the menu. */
export async function send(page: Page, place: Place, text: string): Promise<void> {
  const box = composer(page, place);
  await box.click();
  if (place !== 'Personal Chat') {
    await box.pressSequentially(`@${BOT_NAME.split(' ')[0]}`);
    await page
      .locator('#typeahead-menu')
      .getByRole('menuitem', { name: new RegExp(BOT_NAME) })
      .click();
    await box.pressSequentially(' ');
  }
  await box.pressSequentially(text);
  if (place === 'My Team - General')
    await page.getByRole('button', { name: 'Post', exact: true }).click();
  else await box.press('Enter');
}

/** How many cards the conversation shows: a reply adds one, an update in place does not. */
export const cardCount = (page: Page): Promise<number> => page.locator('.ac-adaptiveCard').count();

/**
 * The card that arrives after `before` cards were shown (waits for it), with `hasText` when given: a
 * greeting the Playground's install event brings late must not pass for the reply. Chats add
 * messages at the bottom; a channel shows the newest post first, so there new cards come first.
 */
export async function newCard(
  page: Page,
  before: number,
  place?: Place,
  hasText?: string | RegExp,
): Promise<Locator> {
  const cards = page.locator('.ac-adaptiveCard');
  const deadline = Date.now() + REPLY_TIMEOUT;
  for (;;) {
    const count = await cards.count();
    const fresh = Array.from({ length: Math.max(0, count - before) }, (_, i) =>
      place === 'My Team - General' ? i : before + i,
    );
    for (const i of fresh) {
      const card = cards.nth(i);
      if (!hasText) return card;
      const text = await card.innerText();
      if (typeof hasText === 'string' ? text.includes(hasText) : hasText.test(text)) return card;
    }
    if (Date.now() > deadline)
      throw new Error(`no new card${hasText ? ` with ${String(hasText)}` : ''}`);
    await page.waitForTimeout(100);
  }
}

/** The newest Adaptive Card with this text. */
export async function cardWith(page: Page, text: string | RegExp): Promise<Locator> {
  const card = page.locator('.ac-adaptiveCard', { hasText: text }).last();
  await card.waitFor({ state: 'visible', timeout: REPLY_TIMEOUT });
  return card;
}

/** What the page-side callbacks use of a DOM element (this project's TypeScript has no DOM library). */
interface PageElement {
  getAttribute(name: string): string | null;
  scrollIntoView(options: { block: 'start' }): void;
  readonly parentElement: PageElement | null;
  scrollTop: number;
}

/** The card's rows that act when clicked (Action.Execute selectActions), by their accessible names. */
export async function rows(card: Locator): Promise<{ name: string; row: Locator }[]> {
  const all = card.locator('.ac-selectable[role="button"]');
  const names = await all.evaluateAll((els: PageElement[]) =>
    els.map((el) => el.getAttribute('aria-label') ?? ''),
  );
  return names.map((name, i) => ({ name, row: all.nth(i) }));
}

/** Visible text, whitespace folded. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ');
}

/** Scrolls the conversation so the element's top is in view, `above` pixels below the pane's top. */
export async function reveal(locator: Locator, above = 0): Promise<void> {
  await locator.evaluate((el: PageElement, above: number) => {
    el.scrollIntoView({ block: 'start' });
    // Then the nearest ancestor that scrolls (the conversation pane) scrolls back by `above`.
    for (let pane = el.parentElement; pane && above > 0; pane = pane.parentElement) {
      const before = pane.scrollTop;
      pane.scrollTop = before - above;
      if (pane.scrollTop !== before) break;
    }
  }, above);
}

/** Where E2E_UPDATE_DOCS=1 keeps each step's screenshot for the docs (committed). */
const DOC_SHOTS = path.join(ROOT, 'docs', 'e2e');

export async function screenshot(page: Page, step: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${step}.png`);
  await page.screenshot({ path: file });
  if (process.env.E2E_UPDATE_DOCS === '1' && !step.endsWith('-failed')) {
    mkdirSync(DOC_SHOTS, { recursive: true });
    copyFileSync(file, path.join(DOC_SHOTS, `${step}.png`));
  }
  return file;
}

/** E2E_UPDATE_DOCS=1 refreshes the README's screenshot (docs/playground.png) from this one. */
export function maybeUpdateDocs(file: string): void {
  if (process.env.E2E_UPDATE_DOCS === '1')
    copyFileSync(file, path.join(ROOT, 'docs', 'playground.png'));
}

/** Runs one step, timing it; on failure keeps a screenshot (<step>-failed.png) and the page's text. */
export async function step<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    const result = await run();
    console.log(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)}s`);
    return result;
  } catch (error) {
    await screenshot(page, `${name}-failed`).catch(() => undefined);
    throw error;
  }
}

/**
 * The Playground open on `conversation` for the tests of one file: a browser launched before them,
 * closed after. `page` is set once they start.
 */
export function inConversation(conversation: Place): { readonly page: Page } {
  const session: { browser?: Browser; page?: Page } = {};
  beforeAll(async () => {
    session.browser = await launchBrowser();
    session.page = await openPlayground(session.browser, inject('playgroundUrl'));
    await openConversation(session.page, conversation);
    // The bot greets a conversation it joins (welcome or team help card): let that arrive first when
    // it comes, so tests that count cards count only their own replies (newCard also checks text).
    await session.page
      .locator('.ac-adaptiveCard')
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return {
    get page() {
      if (!session.page) throw new Error('the Playground is not open yet');
      return session.page;
    },
  };
}
