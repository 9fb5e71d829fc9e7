import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The keyboard shortcuts as the browser has them now (the user may have changed them there). */
export function Shortcuts() {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    // Guarded: a browser without the commands API shows no list.
    const commands = (browser as { commands?: typeof browser.commands }).commands;
    if (!commands?.getAll) return setShortcuts([]);
    commands
      .getAll()
      .then((all) => setShortcuts(all.filter((c) => c.name && c.description).map((c) => ({ name: c.name!, description: c.description!, shortcut: c.shortcut ?? '' }))))
      .catch(() => setShortcuts([]));
  }, []);
  const firefox = navigator.userAgent.includes('Firefox');
  return (
    <>
      <ul class="shortcuts" data-testid="shortcuts">
        {(shortcuts ?? []).map((s) => (
          <li key={s.name} data-command={s.name}>
            {s.shortcut ? <kbd>{s.shortcut}</kbd> : <span>(no shortcut set)</span>}
            <span>{s.description}</span>
          </li>
        ))}
      </ul>
      <p class="privacy">
        {firefox
          ? 'Change them in Firefox: Add-ons and themes (about:addons) → the gear menu → Manage Extension Shortcuts.'
          : 'Change them in your browser: chrome://extensions/shortcuts (Chrome, Edge: edge://extensions/shortcuts).'}
      </p>
    </>
  );
}
