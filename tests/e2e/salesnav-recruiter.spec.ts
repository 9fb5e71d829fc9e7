import { expect, finding, panel, test, typeInto, overlapsBox } from './harness.ts';

test.describe('Sales Navigator', () => {
  const BODY = 'form[data-x-conversation-widget] textarea[name="message"]';
  const SUBJECT = 'input[aria-label="Subject (required)"]';

  test('InMail overlay on a lead page: findings, subject, recipient, a cold first message', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('salesnav-lead-inmail', '/sales/lead/ACwAAExample,NAME_SEARCH,Ab1');
    await typeInto(page, SUBJECT, 'Quick question');
    await typeInto(page, BODY, 'Hi Jordan, our platform helps companies like yours cut fuel costs by 20%. Can I book a demo?');
    await expect(finding(page, 'sales-pitch').first()).toBeVisible();
    await expect(finding(page, 'subject-generic')).toBeVisible();
    await expect(panel(page).locator('[data-testid="coaching"]')).toContainText('Jordan Reyes');
    // No history in the overlay: a cold message, so the first-approach checklist applies.
    await expect(panel(page).locator('[data-check-id="introduces-self"]')).toHaveCount(1);
    const box = (await panel(page).boundingBox())!;
    const dialog = (await page.locator('section[role="dialog"]').boundingBox())!;
    expect(overlapsBox(box, dialog)).toBe(false);
  });

  test('a fix in the textarea goes through the editing path: text, Send and undo', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('salesnav-lead-inmail', '/sales/lead/ACwAAExample,NAME_SEARCH,Ab1');
    await typeInto(page, SUBJECT, 'Routing for your Austin expansion');
    await typeInto(page, BODY, 'Hi Jordan, i saw Hill Country Freight is expanding to Austin.');
    const send = page.locator('form[data-x-conversation-widget] button', { hasText: 'Send' });
    await expect(send).toBeEnabled();
    await finding(page, 'capitalization').locator('[data-action="apply-fix"]').click();
    await expect(page.locator(BODY)).toHaveValue('Hi Jordan, I saw Hill Country Freight is expanding to Austin.');
    await expect(send).toBeEnabled();
    await page.locator(BODY).click();
    await page.keyboard.press('Control+z');
    await expect(page.locator(BODY)).toHaveValue('Hi Jordan, i saw Hill Country Freight is expanding to Austin.');
  });

  test('2025 era: a hashed compose form without the dialog, to a 1st-degree lead (no subject)', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('salesnav-compose-era-b', '/sales/lead/ACwAAExample,NAME_SEARCH,Ab1');
    await typeInto(page, 'form[id*="compose-form"] textarea[name="message"]', 'Hi Jordan, could u send the route map ASAP?');
    await expect(finding(page, 'pushy')).toBeVisible();
    await expect(finding(page, 'subject-missing')).toHaveCount(0);
    await expect(panel(page).locator('[data-testid="coaching"]')).toContainText('Jordan Reyes');
  });

  test('inbox reply: the thread is read from "Message from you", and asked-for pricing is not a pitch', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('salesnav-inbox', '/sales/inbox/2-ABC');
    await typeInto(page, '.thread-container textarea[name="message"]', 'Thanks Jordan! Our pricing for 40 trucks is attached, and I can set up a demo next week.');
    await expect(panel(page).locator('[data-testid="verdict"]')).toHaveText('Ready to send');
    await expect(finding(page, 'sales-pitch')).toHaveCount(0);
    await expect(panel(page).locator('[data-check-id="introduces-self"]')).toHaveCount(0);
  });

  test('connection note: limit 300, and the modal stays open when the panel is used', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('salesnav-connect', '/sales/lead/ACwAAExample,NAME_SEARCH,Ab1');
    await typeInto(page, 'textarea#connect-cta-form__invitation', 'Hi Jordan, I came across your profile and would love to connect!');
    await expect(finding(page, 'template-phrase')).toBeVisible();
    await expect(panel(page).locator('[data-testid="length"]')).toContainText('/300');
    await finding(page, 'template-phrase').locator('[data-action="dismiss"]').click();
    await expect(page.locator('[role="dialog"][aria-labelledby="connect-cta-form__header"]')).toBeVisible();
  });
});

test.describe('Recruiter', () => {
  const EDITOR = '[data-test-compose-body] .ql-editor';

  test('InMail composer (Quill): template variables are not leftovers, a stray [Name] is', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('recruiter-inmail', '/talent/profile/AEMAExample');
    await typeInto(page, 'input[data-test-compose-subject-input]', 'Staff data engineer role at Contoso');
    await typeInto(page, EDITOR, 'Hi {firstName}, your Kafka work at {currentCompany} stood out. I lead data hiring at [Company].');
    await expect(finding(page, 'unfilled-placeholder')).toHaveCount(1);
    await expect(finding(page, 'unfilled-placeholder')).toContainText('[Company]');
    await expect(panel(page).locator('[data-check-id="greets-by-name"]')).toHaveAttribute('data-done', 'true');
    await expect(panel(page).locator('[data-testid="coaching"]')).toContainText('Nathan Brooks');
  });

  test('a fix in Quill reaches Quill’s own model: Send stays enabled and Quill’s undo restores', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('recruiter-inmail', '/talent/profile/AEMAExample');
    await typeInto(page, 'input[data-test-compose-subject-input]', 'Staff data engineer role at Contoso');
    await typeInto(page, EDITOR, 'Hi Nathan, your Kafka talk was great. Could u share the slides?');
    await expect(finding(page, 'slang')).toBeVisible();
    // The writer paused: Quill closes its current undo group (it groups edits less than a second apart).
    await page.evaluate(() => (window as unknown as { __quill: { history: { cutoff(): void } } }).__quill.history.cutoff());
    await finding(page, 'slang').locator('[data-action="apply-fix"]').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __quill: { getText(): string } }).__quill.getText().trim())).toBe('Hi Nathan, your Kafka talk was great. Could you share the slides?');
    await expect(page.locator('[data-test-messaging-submit-btn]')).toBeEnabled();
    await page.locator(EDITOR).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __quill: { getText(): string } }).__quill.getText().trim())).toBe('Hi Nathan, your Kafka talk was great. Could u share the slides?');
  });

  test('inbox reply (textarea): the conversation is "unknown", so coldness rules stay quiet; notes are not coached', async ({ openLinkedIn }) => {
    const page = await openLinkedIn('recruiter-inbox', '/talent/inbox/0/main/id/2-CONV');
    await typeInto(page, 'textarea[aria-label="Add a note"]', 'Strong candidate, send ASAP');
    await expect(page.locator('tactful-panel')).toHaveCount(0);
    await typeInto(page, '[data-test-base-composer-textarea] textarea', 'As discussed, here is our pricing. Would Tuesday work?');
    await expect(panel(page).locator('[data-testid="score"]')).toBeVisible();
    await expect(finding(page, 'false-familiarity')).toHaveCount(0);
    await expect(finding(page, 'sales-pitch')).toHaveCount(0);
    await expect(finding(page, 'no-context')).toHaveCount(0);
  });
});
