/**
 * The main site's selectors (messaging, bubbles, invitations, profiles). See ../../selectors.ts for
 * the rules they follow and the ones every app shares. Facts: the team's linkedin-dom reference, sections in [].
 */

export { dialog } from '../../selectors.ts';

/** Message editors: the contenteditable textbox in every messaging composer (page, bubbles, New message) [1.2]. */
export const messageEditor = '[contenteditable="true"][role="textbox"], [contenteditable="plaintext-only"][role="textbox"]';

/** The connection-request note: `textarea#custom-message[name=message]` in the invitation modal, 2017–2026 [2.2]. */
export const noteTextarea = 'textarea[name="message"]';

/** Containers a message editor belongs to: the composer form (`form.msg-form`, `form#msg-form-…`) or a bubble/modal dialog [1.2, 8.4]. */
export const composerForm = 'form';

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

/** Titles that are not a person's name ("New message" bubbles, localized) [3.2]. */
export const notANameTitle = /^(?:new message|nuevo mensaje|nouveau message|neue nachricht|nuovo messaggio|nova mensagem|messaging|mensajes)$/i;

// ── Invitations started from a card (search results, "People you may know") [2.1] ─────────────────

/** The Connect control: labelled "Invite {Name} to connect" (2020–2026), a link to /preload/custom-invite/, or a button reading "Connect". */
export const connectControl = '[aria-label^="Invite "][aria-label$=" to connect"], a[href*="custom-invite"]';
/** A plain button counts only when it reads "Connect" (localized where LinkedIn is). */
export const connectText = /^(?:connect|conectar|se connecter|vernetzen|collegati|ligar-se)$/i;
export const inviteLabel = /^Invite\s+(.+?)\s+to connect$/;
/** The person's name on a card: the title link of a search result, a PYMK card's name, or any profile link with text. */
export const cardName = '.entity-result__title-text a[href*="/in/"], .discover-person-card__name, .artdeco-entity-lockup__title, a[href*="/in/"]:not(:empty)';
