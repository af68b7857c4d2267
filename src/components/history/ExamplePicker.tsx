import { useId, useState } from 'preact/hooks';
import { PLATFORM_NAMES } from '../../lib/platforms';
import { sitePath } from '../../lib/site/path';

/** The example exports in public/examples/, made by scripts/make-example-exports.mjs. */
const EXAMPLES = [
  { file: 'instagram-export-json.zip', label: 'Instagram, JSON' },
  { file: 'instagram-export-html.zip', label: 'Instagram, HTML' },
  { file: 'tiktok-export-json.zip', label: 'TikTok, JSON' },
  { file: 'tiktok-export-txt.zip', label: 'TikTok, TXT' },
  { file: 'x-archive.zip', label: `${PLATFORM_NAMES.x} archive` },
  { file: 'facebook-export-json.zip', label: 'Facebook, JSON' },
  { file: 'facebook-export-html.zip', label: 'Facebook, HTML' },
] as const;

/** The example exports, one of which is fetched and read as if the owner had chosen it. */
export function ExamplePicker({
  onFile,
  onFailed,
}: {
  onFile: (file: File) => void;
  onFailed: (message: string) => void;
}) {
  const id = useId();
  const [example, setExample] = useState<string>(EXAMPLES[0].file);

  async function useExample() {
    const chosen = EXAMPLES.find((candidate) => candidate.file === example) ?? EXAMPLES[0];
    try {
      const response = await fetch(sitePath(`/examples/${chosen.file}`));
      if (!response.ok) throw new Error(String(response.status));
      onFile(new File([await response.blob()], chosen.file, { type: 'application/zip' }));
    } catch {
      onFailed('The example could not be loaded. Check your connection and try again.');
    }
  }

  return (
    <div class="example-row">
      <label for={id}>No export to hand? Try it with an example:</label>
      <select id={id} value={example} onChange={(event) => setExample(event.currentTarget.value)}>
        {EXAMPLES.map((option) => (
          <option key={option.file} value={option.file}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="button" class="button" onClick={() => void useExample()}>
        Try it with an example
      </button>
    </div>
  );
}
