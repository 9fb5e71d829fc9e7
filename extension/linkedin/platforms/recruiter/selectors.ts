/** Recruiter's selectors (/talent/…). See ../../selectors.ts for the rules they follow. Facts: the team's salesnav-recruiter reference, sections in []. */

export { dialog } from '../../selectors.ts';

/** The InMail composer's Quill editor (2024-08 →) and the older / inbox-reply textarea [2.2, 2.3]. */
export const recruiterEditor = [
  '[data-test-compose-body] .ql-editor[contenteditable="true"]',
  '[data-test-rich-text-editor] .ql-editor[contenteditable="true"]',
  '.messaging-composer .ql-editor[contenteditable="true"]',
  'textarea.compose-textarea__textarea',
  'textarea[data-test-compose-textarea-input]',
].join(', ');
/** The composer around it: right-rail InMail composer, or the inbox reply box [2.3, 2.2]. */
export const recruiterComposeRoot = '.messaging-composer, .multi-message-composer, [data-test-base-composer-textarea], .compose-body';
/** Notes look like replies; they are not messages [2.5]. */
export const recruiterNote = '.create-edit-note__form, .note__reply, [data-test-create-edit-note-form]';
export const recruiterSubject = 'input[data-test-compose-subject-input], input.compose-subject__input';
export const recruiterSend = 'button[data-test-messaging-submit-btn], button[data-live-test-messaging-submit-btn], .compose-actions__submit-button';
/** Candidate on the profile or slide-in [2.4]. */
export const recruiterName = '[data-test-row-lockup-full-name], [data-live-test-profile-container] .artdeco-entity-lockup__title';
export const recruiterHeadline = '[data-test-row-lockup-headline]';
export const recruiterCompany = '[data-test-current-company], [data-test-latest-company]';
export const recruiterSchool = '[data-test-latest-education]';
