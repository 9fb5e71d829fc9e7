/** Set once the welcome page was opened: it never opens again, even if the browser reports another install. */
export const WELCOMED_KEY = 'tactful:welcomed';

export interface WelcomeApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  tabs: { create(options: { url: string }): Promise<unknown> };
  runtime: { getURL(path: string): string };
}

/** Opens the welcome page on a first install only (not on updates, not after it was shown once). */
export async function welcomeOnInstall(reason: string, api: WelcomeApi): Promise<boolean> {
  if (reason !== 'install') return false;
  const stored = await api.storage.local.get(WELCOMED_KEY);
  if (stored[WELCOMED_KEY]) return false;
  await api.storage.local.set({ [WELCOMED_KEY]: true });
  await api.tabs.create({ url: api.runtime.getURL('/welcome.html') });
  return true;
}
