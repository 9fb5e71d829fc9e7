/** Sales Navigator's selectors (/sales/…). See ../../selectors.ts for the rules they follow. Facts: the team's salesnav-recruiter reference, sections in []. */

export { dialog } from '../../selectors.ts';

/** The compose overlay (2026-07-24+: a dialog labelled "Conversation with …"), the inbox thread, or the compose form of any era [1.4, 3b]. */
export const salesNavComposeRoot = [
  'section[role="dialog"][aria-label^="Conversation with "]',
  '.thread-container',
  'form[data-x-conversation-widget="compose-form"]',
  'form[id*="compose-form"]',
  '#message-overlay',
].join(', ');
/** The message body: a plain textarea in every era (`name=message` 2025-12 →; BEM class ≤2021; hashed class 2025) [1.2]. */
export const salesNavMessage = 'textarea[name="message"], textarea.compose-form__message-field, textarea[class*="_message-field_"]';
/** InMail / Open Profile subject (only present then) [1.4]. */
export const salesNavSubject = 'input[aria-label="Subject (required)"], input[class*="_subject-field_"], input.compose-form__subject-field, input[id*="compose-form-subject"]';
/** The connection-request note in Sales Navigator's invite modal, maxlength 300 [1.7]. */
export const salesNavNote = 'textarea#connect-cta-form__invitation';
export const salesNavConnectDialog = '[role="dialog"][aria-labelledby="connect-cta-form__header"], .connect-cta-form';
/** LinkedIn's own PII-masking hooks, stable across Sales Navigator's CSS churn [1.5]. */
export const salesNavPersonName = '[data-anonymize="person-name"]';
export const salesNavHeadline = '[data-anonymize="headline"], [data-x--lead-profile-card--headline]';
export const salesNavCompany = '[data-anonymize="company-name"]';
/** Messages in a thread: `article`s; mine carry `address [aria-label="Message from you"]` (localized) [1.6]. */
export const salesNavMessageItem = 'article';
export const salesNavFromYou = /^(?:message from you|mensaje de ti|mensaje de usted|message de (?:vous|toi)|nachricht von (?:ihnen|dir)|messaggio da te|mensagem de voc[eê]|bericht van jou|you)$/i;
