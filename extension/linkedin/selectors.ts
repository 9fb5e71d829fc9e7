/**
 * Every LinkedIn selector Tactful uses, and nothing else in the extension knows LinkedIn's markup.
 * Prefer structure and semantics (form, role, name, data-*) over localized labels or hashed classes.
 * Each entry says where it appears; the fixtures in tests/fixtures/linkedin/ exercise each of them
 * (extension/linkedin/selectors.test.ts). Facts: the team's linkedin-dom reference, sections in [].
 */

/** Message editors: the contenteditable textbox in every messaging composer (page, bubbles, New message) [1.2]. */
export const messageEditor = '[contenteditable="true"][role="textbox"], [contenteditable="plaintext-only"][role="textbox"]';

/** The connection-request note: `textarea#custom-message[name=message]` in the invitation modal, 2017–2026 [2.2]. */
export const noteTextarea = 'textarea[name="message"]';

/** Containers a message editor belongs to: the composer form (`form.msg-form`, `form#msg-form-…`) or a bubble/modal dialog [1.2, 8.4]. */
export const composerForm = 'form';
export const dialog = '[role="dialog"]';

/** The invitation modal: `.send-invite` / `aria-labelledby="send-invite-modal"` (Ember 2019–2026, and in #interop-outlet 2025–2026) [2.2]. */
export const inviteDialog = '[role="dialog"].send-invite, [role="dialog"][aria-labelledby="send-invite-modal"], [role="dialog"][data-test-modal-id="send-invite-modal"]';

/** InMail / New message subject field: `input[name=subject]` (class msg-form__subject), 2016–2026 [1.2]. */
export const subjectInput = 'input[name="subject"]';

/** Send: the form's only submit button (`msg-form__send-button` / `msg-form__send-btn`) [1.2]. */
export const sendButton = 'button[type="submit"]';

/** The flagship-web overlay host whose open shadow root holds bubbles and the invitation modal (2025-12 → 2026) [Exec 2]. */
export const interopOutlet = '#interop-outlet';

/** Hidden interop iframe under /preload/ that holds decoy editors [Exec 2, 8.3]. */
export const preloadFrame = 'iframe[src*="/preload/"], iframe[data-testid="interop-iframe"]';

/** Chat bubbles: `.msg-overlay-conversation-bubble` / 2026 `data-view-name` [1.1, 7b]. */
export const bubble = '.msg-overlay-conversation-bubble, [data-view-name="message-overlay-conversation-bubble-item"], .msg-convo-wrapper';

/** The messaging page's open thread (`.msg-thread`, detail pane) [3.1]. */
export const pageThread = '.msg-thread, .scaffold-layout__detail';

/** Recipient name: bubble header link to a profile, thread lockup title, thread profile link [3.1, 3.2]. */
export const recipientName = [
  '.msg-overlay-bubble-header__title a[href*="/in/"]',
  'h2 a[href*="/in/"]',
  '.msg-entity-lockup__entity-title',
  'a.msg-thread__link-to-profile',
  '.profile-card-one-to-one__profile-link',
];
/** New message bubble: the recipient chip `button[aria-label="Remove {Name}"]` (2026) / `.artdeco-pill` (older) [3.2]. */
export const recipientChip = 'button[aria-label^="Remove "], .artdeco-pill';
/** Recipient headline: thread lockup info, profile card subtitle [3.1, 3.3]. */
export const recipientHeadline = ['.msg-entity-lockup__entity-info', '.artdeco-entity-lockup__subtitle'];
/** Invitee in the invitation modal: "Personalize your invitation to <strong>Name</strong>…" [2.2]. */
export const inviteeName = '.artdeco-modal__content strong, [role="dialog"] p strong';
/** The profile page's name, when a profile is on screen (Ember h1 / flagship-web h1) [3.5]. */
export const profileName = 'main h1';
/** Profile headline (Ember) [3.5]. */
export const profileHeadline = '[data-generated-suggestion-target], [data-view-name="profile-top-card"] p';
/** Profile current company / education buttons (Ember 2022–2024) [3.5]. */
export const profileCompany = 'button[aria-label^="Current company:"]';
export const profileSchool = 'button[aria-label^="Education:"]';

/** Messages in a conversation: `div.msg-s-event-listitem[data-event-urn]`; incoming ones carry `--other` [3.4]. */
export const messageListItem = '.msg-s-event-listitem, [data-event-urn]';
export const incomingModifier = 'msg-s-event-listitem--other';
/** The message list itself: present means the conversation can be read [3.4]. */
export const messageList = '.msg-s-message-list-content, .msg-s-message-list, ul[class*="message-list"]';

/** The writer's own name: the nav avatar's alt text [3.4 "Me"]. */
export const ownName = 'img.global-nav__me-photo[alt], .global-nav__me img[alt]';

/** The note's character counter "0/200" / "0/300" next to the textarea [2.2]. */
export const noteCounter = /\b\d{1,3}\s*\/\s*(200|300)\b/;

/** Titles that are not a person's name ("New message" bubbles, localized) [3.2]. */
export const notANameTitle = /^(?:new message|nuevo mensaje|nouveau message|neue nachricht|nuovo messaggio|nova mensagem|messaging|mensajes)$/i;

// ── Sales Navigator (/sales/…): see the team's salesnav-recruiter reference, sections in [] ────────

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

// ── Recruiter (/talent/…) ─────────────────────────────────────────────────────────────────────────

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

// ── Invitations started from a card (search results, "People you may know") [2.1] ─────────────────

/** The Connect control: labelled "Invite {Name} to connect" (2020–2026), a link to /preload/custom-invite/, or a button reading "Connect". */
export const connectControl = '[aria-label^="Invite "][aria-label$=" to connect"], a[href*="custom-invite"]';
/** A plain button counts only when it reads "Connect" (localized where LinkedIn is). */
export const connectText = /^(?:connect|conectar|se connecter|vernetzen|collegati|ligar-se)$/i;
export const inviteLabel = /^Invite\s+(.+?)\s+to connect$/;
/** The person's name on a card: the title link of a search result, a PYMK card's name, or any profile link with text. */
export const cardName = '.entity-result__title-text a[href*="/in/"], .discover-person-card__name, .artdeco-entity-lockup__title, a[href*="/in/"]:not(:empty)';

// ── The viewer's own account, as LinkedIn's navigation shows it [4 of the interfaces] ──────────────

/** Free accounts: the "Try Premium" upsell in the global navigation. */
export const premiumUpsell = '#global-nav a[href*="/premium/products"], .global-nav a[href*="/premium/products"], .premium-upsell-link';
/** Premium members: the Premium badge on their own photo, or an app that comes with Premium (Sales Navigator, Recruiter) in the navigation. */
export const premiumBadge = '.global-nav__me [aria-label="Premium member"], .global-nav__me li-icon[color="premium"], #global-nav a[href*="/sales/index"], .global-nav a[href*="/sales/index"], .global-nav a[href*="/talent/"]';
