/**
 * The LinkedIn selectors every app shares (its dialogs, the global navigation, the note's counter).
 * Each app's own markup is in platforms/<app>/selectors.ts; nothing outside extension/linkedin knows
 * LinkedIn's markup. Prefer structure and semantics (form, role, name, data-*) over localized labels
 * or hashed classes. Each entry says where it appears; the fixtures in tests/fixtures/linkedin/
 * exercise each of them (extension/linkedin/adapter.test.ts). Facts: the team's linkedin-dom
 * reference, sections in [].
 */

/** A bubble or modal dialog, in every app [1.2, 8.4]. */
export const dialog = '[role="dialog"]';

/** Where a subject field and its message editor meet: a form, a dialog, Recruiter's rail or composer. */
export const subjectFieldRoot = 'form, [role="dialog"], aside, .messaging-composer';

/** The writer's own name: the nav avatar's alt text [3.4 "Me"]. */
export const ownName = 'img.global-nav__me-photo[alt], .global-nav__me img[alt]';

/** The note's character counter "0/200" / "0/300" next to the textarea [2.2]. */
export const noteCounter = /\b\d{1,3}\s*\/\s*(200|300)\b/;

// ── The viewer's own account, as LinkedIn's navigation shows it [4 of the interfaces] ──────────────

/** Free accounts: the "Try Premium" upsell in the global navigation. */
export const premiumUpsell = '#global-nav a[href*="/premium/products"], .global-nav a[href*="/premium/products"], .premium-upsell-link';
/** Premium members: the Premium badge on their own photo, or an app that comes with Premium (Sales Navigator, Recruiter) in the navigation. */
export const premiumBadge = '.global-nav__me [aria-label="Premium member"], .global-nav__me li-icon[color="premium"], #global-nav a[href*="/sales/index"], .global-nav a[href*="/sales/index"], .global-nav a[href*="/talent/"]';
