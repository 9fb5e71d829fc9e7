import { check, editorText, expect, finding, overlapsBox, panel, test, typeInto } from './harness.ts';

test.describe('chat bubble inside #interop-outlet (flagship-web)', () => {
  const EDITOR = '#interop-outlet form.msg-form [contenteditable="true"]';

  test('coaches the bubble in the shadow root and ignores hidden decoys', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('profile-shadow-bubble', '/in/sam-sample/');
    await typeInto(page, EDITOR, 'Hi Sam, I came across your profile and would love to connect.');
    await expect(finding(page, 'template-phrase')).toBeVisible();
    await expect(panel(page).locator('[data-testid="coaching"]')).toContainText('Sam Sample');
    // No message list entries: a cold first message, so the first-approach checklist applies.
    await expect(check(page, 'introduces-self')).toHaveAttribute('data-done', 'false');
    await expect(check(page, 'greets-by-name')).toHaveAttribute('data-done', 'true');
  });

  test('applies a fix inside the shadow root, with Send enabled and undo', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('profile-shadow-bubble', '/in/sam-sample/');
    await typeInto(page, EDITOR, 'Hi Sam, i enjoyed your talk on pricing at SaaStr.');
    await finding(page, 'capitalization').locator('[data-action="apply-fix"]').click();
    await expect.poll(() => editorText(page, EDITOR)).toBe('Hi Sam, I enjoyed your talk on pricing at SaaStr.');
    await expect(page.locator('#interop-outlet form.msg-form button[type="submit"]')).toBeEnabled();
    await page.locator(EDITOR).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, EDITOR)).toBe('Hi Sam, i enjoyed your talk on pricing at SaaStr.');
  });

  test('the panel does not cover the bubble', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('profile-shadow-bubble', '/in/sam-sample/');
    await typeInto(page, EDITOR, 'Hello!');
    const box = (await panel(page).boundingBox())!;
    const bubble = (await page.locator('#interop-outlet [role="dialog"]').boundingBox())!;
    expect(overlapsBox(box, bubble)).toBe(false);
  });
});

test.describe('New message bubble with a subject (InMail)', () => {
  test('reads the recipient chip and checks the subject', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('new-message-inmail', '/feed/');
    await typeInto(page, 'input[name="subject"]', 'Re: Quick question');
    await typeInto(page, 'form.msg-form [contenteditable="true"]', 'Hi Priya, your blog post on idempotent retries was great. Would you be open to a call? Thanks!');
    await expect(finding(page, 'fake-reply-subject')).toBeVisible();
    await expect(panel(page).locator('[data-testid="coaching"]')).toContainText('Priya Raman');
    await finding(page, 'fake-reply-subject').locator('[data-action="apply-fix"]').click();
    await expect(page.locator('input[name="subject"]')).toHaveValue('Quick question');
    await expect(finding(page, 'subject-generic')).toBeVisible();
  });
});

test.describe('connection note (invitation modal)', () => {
  test('older artdeco modal: coaches the note, reads the limit, and clicks in the panel keep the modal open', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('invite-ember', '/in/noah-fischer/');
    await typeInto(page, 'textarea#custom-message', 'Hi Noah, fellow Georgia Tech alum here. Would love to connect, thx!');
    await expect(finding(page, 'slang')).toBeVisible();
    await expect(panel(page).locator('[data-testid="coaching"]')).toContainText('Noah Fischer');
    await expect(panel(page).locator('[data-testid="length"]')).toContainText('LinkedIn limit');
    await finding(page, 'slang').locator('[data-action="apply-fix"]').click();
    await expect(page.locator('textarea#custom-message')).toHaveValue('Hi Noah, fellow Georgia Tech alum here. Would love to connect, thanks!');
    await expect(page.locator('[role="dialog"].send-invite')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __modalClosed?: boolean }).__modalClosed ?? false)).toBe(false);
    await page.locator('textarea#custom-message').click();
    await page.keyboard.press('Control+z');
    await expect(page.locator('textarea#custom-message')).toHaveValue('Hi Noah, fellow Georgia Tech alum here. Would love to connect, thx!');
  });

  test('2026 two-step modal in the shadow root: note limit 200, Send enabled by the fix', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('invite-shadow', '/in/sam-sample/');
    await page.locator('#interop-outlet button[aria-label="Add a note"]').click();
    const note = '#interop-outlet textarea[name="message"]';
    await typeInto(page, note, 'Hi Sam, I read your post on pricing pages at Examplecorp and would love to connect. I lead growth at a small fintech in Lisbon and we are rethinking our own pricing page this quarter too :)');
    await expect(finding(page, 'emoji')).toBeVisible();
    await expect(finding(page, 'note-limit')).toHaveCount(0);
    await expect(panel(page).locator('[data-testid="length"]')).toContainText('/200');
    await finding(page, 'emoji').locator('[data-action="apply-fix"]').click();
    await expect(page.locator(note)).toHaveValue(/this quarter too$/);
    await expect(page.locator('#interop-outlet button[aria-label="Send invitation"]')).toBeEnabled();
    // The panel lives inside the dialog, so the modal stays open after clicks on it.
    await expect(page.locator('#interop-outlet [role="dialog"] tactful-panel')).toHaveCount(1);
    await panel(page).locator('[data-action="collapse"]').click();
    await expect(page.locator('#interop-outlet [role="dialog"]')).toBeVisible();
    const box = (await panel(page).boundingBox())!;
    const dialog = (await page.locator('#interop-outlet [role="dialog"]').boundingBox())!;
    expect(overlapsBox(box, dialog)).toBe(false);
  });
});

test.describe('threads and locales', () => {
  test('a second unanswered message is badgering', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('unanswered-thread', '/messaging/thread/2-XYZ/');
    await typeInto(page, 'form.msg-form [contenteditable="true"]', 'Hi Alex, any news on the deck?');
    await expect(finding(page, 'badgering')).toBeVisible();
    await expect(finding(page, 'badgering')).toContainText('2 messages');
  });

  test('Spanish LinkedIn: composers are found by structure, not by labels', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread-es', '/messaging/thread/2-ABC/');
    await typeInto(page, 'form#msg-form-ember412 [contenteditable="true"]', 'Could you send it ASAP?');
    await expect(finding(page, 'pushy')).toBeVisible();
  });

  test('a Spanish draft is coached in Spanish, and says so', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread-es', '/messaging/thread/2-ABC/');
    await typeInto(page, 'form#msg-form-ember412 [contenteditable="true"]', 'Hola Alex, gracias por tu mensaje. El martes me va muy bien para la llamada, te envío la agenda mañana.');
    await expect(panel(page)).toContainText('Coached in Spanish');
    await expect(panel(page).locator('[data-rule-id]')).toHaveCount(0);
    await page.keyboard.type(' Necesito tu respuesta hoy mismo.', { delay: 5 });
    await expect(finding(page, 'pushy')).toBeVisible();
  });

  test('a draft in a language that is not coached gets a short note, not a flood of findings', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('messaging-thread-es', '/messaging/thread/2-ABC/');
    await typeInto(page, 'form#msg-form-ember412 [contenteditable="true"]', 'Ciao Alex, grazie per il tuo messaggio. Martedì per me va molto bene per la chiamata, ti mando l’agenda domani.');
    await expect(panel(page)).toContainText('Coaching covers English, Spanish, Portuguese, French and German');
    await expect(panel(page).locator('[data-rule-id]')).toHaveCount(0);
  });
});

test.describe('a note without maxlength or counter (2024)', () => {
  const NOTE = 'textarea#custom-message';
  const LONG = 'Hi Priya, I read your write-up on idempotent retries in payment systems and it changed how our team handles webhooks at Examplecorp. I lead the platform group there and would value comparing notes on queue design. Would you like to connect?';

  test('a Premium member (seen in the navigation) writes 250 characters without a limit warning, to the person on the card they clicked', async ({ openLinkedIn }) => {
    expect(LONG.length).toBeGreaterThan(200);
    expect(LONG.length).toBeLessThanOrEqual(300);
    const page = await openLinkedIn('invite-no-limit', '/in/evan-example/');
    // The modal opens on the click on the card's Connect (the fixture has it from the start: taken out meanwhile).
    const outlet = page.locator('#artdeco-modal-outlet');
    const modal = await outlet.evaluate((el) => {
      const html = el.innerHTML;
      el.innerHTML = '';
      return html;
    });
    await page.locator('.discover-entity-type-card button').click();
    await outlet.evaluate((el, html) => (el.innerHTML = html), modal);
    await typeInto(page, NOTE, LONG);
    await expect(panel(page).locator('[data-testid="coaching"]')).toContainText('Priya Raman');
    await expect(panel(page).locator('[data-testid="length"]')).toContainText('/300');
    await expect(finding(page, 'note-limit')).toHaveCount(0);
  });

  test('a free account (the Premium upsell in the navigation) is held to 200', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('invite-no-limit-free', '/in/evan-example/');
    await typeInto(page, NOTE, LONG);
    await expect(panel(page).locator('[data-testid="coaching"]')).toContainText('Evan Example');
    await expect(finding(page, 'note-limit')).toBeVisible();
  });
});
