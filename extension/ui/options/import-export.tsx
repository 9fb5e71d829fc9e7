import type { Settings } from '@core/contracts/settings.ts';
import { send } from '@/messaging/client.ts';

/** Export the settings as a JSON file, and import one back (a malformed or foreign file changes nothing). */
export function ImportExport({ settings, onImported, onError }: { settings: Settings; onImported: (s: unknown, notices: string[]) => void; onError: (message: string) => void }) {
  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(settings, null, 2)}\n`], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'tactful-settings.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 200_000) return onError('That file is too large to be a Tactful settings export; nothing was changed.');
    let value: unknown;
    try {
      value = JSON.parse(await file.text());
    } catch {
      return onError('That file is not valid JSON; nothing was changed.');
    }
    try {
      const reply = await send({ type: 'importSettings', settings: value });
      onImported(reply.settings, reply.notices);
    } catch (e) {
      onError(`${(e as Error).message} Nothing was changed.`);
    }
  };
  return (
    <div class="toolbar">
      <button type="button" data-action="export" onClick={exportFile}>Export settings</button>
      <label>
        Import settings
        <input type="file" accept="application/json,.json" data-testid="import" onChange={(e) => void importFile((e.target as HTMLInputElement).files?.[0])} />
      </label>
    </div>
  );
}
