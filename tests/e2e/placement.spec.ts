import type { Page } from '@playwright/test';
import { expect, panel, test, typeInto } from './harness.ts';

/**
 * The panel never covers the composer, its Send button or its dialog: their centres and corners are
 * hit-tested (elementFromPoint, through shadow roots) at common window widths, on every fixture
 * surface; where no room is left the panel is its badge.
 */
const WIDTHS = [1920, 1366, 1280, 1024];
const HEIGHT = 800;

interface Scene {
  name: string;
  fixture: string;
  path: string;
  editor: string;
  /** The Send button: a selector (searched through shadow roots), optionally the button's text. */
  send: string;
  sendText?: string;
  before?: (page: Page) => Promise<void>;
  text?: string;
}

const SCENES: Scene[] = [
  { name: 'messaging page', fixture: 'messaging-thread', path: '/messaging/thread/2-ABC/', editor: 'form#msg-form-ember412 [contenteditable="true"]', send: 'form#msg-form-ember412 button[type="submit"]' },
  { name: 'chat bubble over the messaging page', fixture: 'messaging-thread', path: '/messaging/thread/2-ABC/', editor: '#msg-form-ember883 [contenteditable="true"]', send: '#msg-form-ember883 button[type="submit"]' },
  { name: 'bubble in the shadow root', fixture: 'profile-shadow-bubble', path: '/in/sam-sample/', editor: '#interop-outlet form.msg-form [contenteditable="true"]', send: 'form.msg-form button[type="submit"]' },
  { name: 'New message with a subject (InMail)', fixture: 'new-message-inmail', path: '/feed/', editor: 'form.msg-form [contenteditable="true"]', send: 'form.msg-form button[type="submit"]' },
  { name: 'invitation note (artdeco modal)', fixture: 'invite-ember', path: '/in/noah-fischer/', editor: 'textarea#custom-message', send: 'button[aria-label="Send now"]' },
  {
    name: 'invitation note (shadow root, two steps)',
    fixture: 'invite-shadow',
    path: '/in/sam-sample/',
    editor: '#interop-outlet textarea[name="message"]',
    send: 'button[aria-label="Send invitation"]',
    before: (page) => page.locator('#interop-outlet button[aria-label="Add a note"]').click(),
  },
  { name: 'Sales Navigator InMail', fixture: 'salesnav-lead-inmail', path: '/sales/lead/ACwAAExample,NAME_SEARCH,Ab1', editor: 'form[data-x-conversation-widget] textarea[name="message"]', send: 'form[data-x-conversation-widget] button', sendText: 'Send' },
  { name: 'Sales Navigator inbox', fixture: 'salesnav-inbox', path: '/sales/inbox/2-ABC', editor: '.thread-container textarea[name="message"]', send: '.thread-container button', sendText: 'Send' },
  { name: 'Sales Navigator note', fixture: 'salesnav-connect', path: '/sales/lead/ACwAAExample,NAME_SEARCH,Ab1', editor: 'textarea#connect-cta-form__invitation', send: '.connect-cta-form__send' },
  { name: 'Recruiter InMail', fixture: 'recruiter-inmail', path: '/talent/profile/AEMAExample', editor: '[data-test-compose-body] .ql-editor', send: '[data-test-messaging-submit-btn]' },
  { name: 'Recruiter inbox', fixture: 'recruiter-inbox', path: '/talent/inbox/0/main/id/2-ABC', editor: 'textarea[data-test-compose-textarea-input]', send: '[data-test-messaging-submit-btn]' },
];

/** Which of the composer, Send and dialog have a centre or corner under the panel; and whether the panel is its badge. */
async function coverage(page: Page, scene: Scene) {
  return page.evaluate(({ editor, send, sendText }) => {
    const deepAll = (selector: string): Element[] => {
      const out: Element[] = [];
      const visit = (root: Document | ShadowRoot) => {
        out.push(...root.querySelectorAll(selector));
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
      };
      visit(document);
      return out;
    };
    const closestDeep = (el: Element, selector: string): Element | null => {
      for (let node: Element | null = el; node; node = (node.getRootNode() as ShadowRoot).host ?? null) {
        const found = node.closest(selector);
        if (found) return found;
      }
      return null;
    };
    const host = deepAll('tactful-panel')[0]!;
    const hit = (x: number, y: number): Element | null => {
      let el = document.elementFromPoint(x, y);
      while (el?.shadowRoot) {
        const inner = el.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === el) break;
        el = inner;
      }
      return el;
    };
    const underPanel = (el: Element | null) => {
      for (let n: Node | null = el; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === host) return true;
      return false;
    };
    // Selectors are Playwright's, which pierce shadow roots: here the host's part is dropped and every root searched.
    const inRoots = (selector: string) => selector.replace(/^#interop-outlet\s+/, '');
    const composer = deepAll(inRoots(editor)).find((el) => el.getBoundingClientRect().width > 0)!;
    // The composer's own Send button (the fixtures hold hidden decoy composers too).
    const scope = closestDeep(composer, 'form') ?? closestDeep(composer, '[role="dialog"]');
    const sendButton = deepAll(inRoots(send)).find((el) => (!scope || scope.contains(el)) && (!sendText || (el.textContent ?? '').trim().endsWith(sendText)));
    const targets = { composer, send: sendButton, dialog: closestDeep(composer, '[role="dialog"]') };
    const covered: string[] = [];
    for (const [name, el] of Object.entries(targets)) {
      if (!el) continue;
      const r = el.getBoundingClientRect();
      const inset = 2;
      const points = [
        [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
        [r.left + inset, r.top + inset],
        [r.right - inset, r.top + inset],
        [r.left + inset, r.bottom - inset],
        [r.right - inset, r.bottom - inset],
      ];
      for (const [x, y] of points) {
        if (x! < 0 || y! < 0 || x! >= innerWidth || y! >= innerHeight) continue;
        const at = hit(x!, y!);
        if (underPanel(at)) covered.push(`${name} at ${Math.round(x!)},${Math.round(y!)} (${at?.nodeName}.${at?.className})`);
      }
    }
    const rect = (el: Element | null | undefined) => el && [el.getBoundingClientRect()].map((r) => [r.left, r.top, r.right, r.bottom].map(Math.round).join(','))[0];
    return { covered, badge: !!host.shadowRoot!.querySelector('[data-action="expand"]'), found: { send: !!sendButton }, rects: { panel: rect(host), composer: rect(composer), send: rect(sendButton), dialog: rect(targets.dialog) } };
  }, { editor: scene.editor, send: scene.send, sendText: scene.sendText });
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function assertNeverCovers(page: Page, scene: Scene, widths: number[], expectBadge?: boolean): Promise<void> {
  for (const width of widths) {
    await page.setViewportSize({ width, height: HEIGHT });
    await settle(page);
    const seen = await coverage(page, scene);
    expect(seen.found.send, `${scene.name}: Send button found`).toBe(true);
    expect(seen.covered, `${scene.name} at ${width}px: ${JSON.stringify(seen.rects)}`).toEqual([]);
    if (expectBadge !== undefined) expect(seen.badge, `${scene.name} at ${width}px: badge ${JSON.stringify(seen.rects)}`).toBe(expectBadge);
  }
}

test.describe('the panel never covers the composer, its Send button or its dialog', () => {
  for (const scene of SCENES) {
    test(`${scene.name}, at ${WIDTHS.join(', ')} px`, async ({ openLinkedIn }) => {
      const page = await openLinkedIn(scene.fixture, scene.path);
      await page.setViewportSize({ width: WIDTHS[0]!, height: HEIGHT });
      await scene.before?.(page);
      await typeInto(page, scene.editor, scene.text ?? 'Hi, could u send the deck ASAP?');
      await expect(panel(page).locator('[data-testid="score"]')).toBeVisible();
      await assertNeverCovers(page, scene, WIDTHS);
    });
  }

  test('a composer that fills the page (Spanish, two unanswered messages): the badge, over nothing that matters', async ({ openLinkedIn }) => {
    const scene: Scene = { name: 'full-width composer', fixture: 'composer-fills-page', path: '/messaging/thread/2-XYZ/', editor: 'form.msg-form [contenteditable="true"]', send: 'form.msg-form button[type="submit"]' };
    const page = await openLinkedIn(scene.fixture, scene.path);
    await page.setViewportSize({ width: WIDTHS[0]!, height: HEIGHT });
    await typeInto(page, scene.editor, 'Hola Alex, ¿pudiste ver el documento?');
    await expect(panel(page).locator('[data-testid="score"]')).toBeVisible();
    await assertNeverCovers(page, scene, WIDTHS, true);
  });

  test('a composer across the page width with room above it: the panel, not over Send', async ({ openLinkedIn }) => {
    const scene: Scene = { name: 'wide composer', fixture: 'composer-full-width', path: '/messaging/thread/2-XYZ/', editor: 'form.msg-form [contenteditable="true"]', send: 'form.msg-form button[type="submit"]' };
    const page = await openLinkedIn(scene.fixture, scene.path);
    await page.setViewportSize({ width: WIDTHS[0]!, height: HEIGHT });
    await typeInto(page, scene.editor, 'Hi Alex, any news on the deck?');
    await expect(panel(page).locator('[data-testid="score"]')).toBeVisible();
    await assertNeverCovers(page, scene, WIDTHS, false);
  });

  test('a bubble at the bottom right of a narrow window', async ({ openLinkedIn }) => {
    const scene: Scene = { name: 'bubble, narrow window', fixture: 'profile-shadow-bubble', path: '/in/sam-sample/', editor: '#interop-outlet form.msg-form [contenteditable="true"]', send: 'form.msg-form button[type="submit"]' };
    const page = await openLinkedIn(scene.fixture, scene.path);
    await page.setViewportSize({ width: 480, height: 640 });
    await typeInto(page, scene.editor, 'Hi Sam, could u send the deck?');
    await expect(panel(page).locator('[data-testid="score"]')).toBeVisible();
    await assertNeverCovers(page, scene, [480, 420, 360]);
  });
});
