import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { applySettingsPatch, type SettingsPatch } from '@core/contracts/settings-patch.ts';
import { parseSettings, type Settings } from '@core/contracts/settings.ts';
import { send } from '@/messaging/client.ts';

export interface Status {
  text: string;
  error?: boolean;
}

/** Storage keys that hold the settings (the value, its pieces, the copy kept on this computer). */
const isSettingsKey = (key: string) => key.startsWith('tactful:settings');

/**
 * The options page's view of the stored settings. Changes go to the background as patches of what the
 * user changed (applied there to the value stored at that moment); changes made elsewhere (a LinkedIn
 * tab, another options page, sync) are shown as they land. While a change of ours is on its way, a
 * refresh waits for its reply, which already includes everything stored before it.
 */
export function useStoredSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [damaged, setDamaged] = useState(false);
  const [status, setStatus] = useState<Status>({ text: '' });
  const pending = useRef(0);

  const show = (reply: { settings: unknown; damaged?: boolean | undefined }) => {
    setSettings(parseSettings(reply.settings).settings);
    setDamaged(reply.damaged === true);
  };

  const refresh = async (withNotices = false) => {
    try {
      const reply = await send({ type: 'getSettings' });
      if (pending.current > 0) return;
      show(reply);
      if (withNotices && reply.notices.length > 0) setStatus({ text: reply.notices.join(' ') });
    } catch (e) {
      setStatus({ text: (e as Error).message, error: true });
    }
  };

  useEffect(() => {
    void refresh(true);
    const onChanged = (changes: Record<string, unknown>) => {
      if (Object.keys(changes).some(isSettingsKey)) void refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  /** Sends one change; the page shows it at once and then what the background stored. */
  const change = async (patch: SettingsPatch) => {
    setSettings((current) => {
      try {
        return current && applySettingsPatch(current, patch);
      } catch {
        return current; // over a limit: the background refuses it too, with the reason
      }
    });
    pending.current += 1;
    try {
      const reply = await send({ type: 'updateSettings', patch });
      pending.current -= 1;
      if (pending.current === 0) show(reply);
      setStatus({ text: reply.notices.length ? reply.notices.join(' ') : 'Saved. Open LinkedIn tabs use it right away.' });
    } catch (e) {
      pending.current -= 1;
      setStatus({ text: `Not saved: ${(e as Error).message}`, error: true });
      void refresh();
    }
  };

  /** Replaces the whole value: only for the user's explicit choices (reset, keeping what is shown over damaged settings). */
  const replace = async (next: Settings, done: string) => {
    pending.current += 1;
    try {
      const reply = await send({ type: 'saveSettings', settings: next });
      pending.current -= 1;
      show(reply);
      setStatus({ text: reply.notices.length ? reply.notices.join(' ') : done });
    } catch (e) {
      pending.current -= 1;
      setStatus({ text: `Not saved: ${(e as Error).message}`, error: true });
    }
  };

  return { settings, damaged, status, setStatus, change, replace, show };
}
