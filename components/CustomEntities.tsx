import { useState } from 'preact/hooks';
import type { PersonRecord } from '@/lib/types';

interface Props {
  entities: PersonRecord[];
  /** Imports a JSON text; resolves to the errors, empty when it was saved. */
  onImport: (json: string) => Promise<string[]>;
  onRemove: (id: string) => void;
  /** The saved entities as a JSON file's text. */
  exportText: string;
}

/** The reader's own people: import and export as JSON, and remove one by one. */
export function CustomEntities({ entities, onImport, onRemove, exportText }: Props) {
  const [errors, setErrors] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const importText = async (text: string) => {
    const found = await onImport(text);
    setErrors(found);
    setMessage(found.length ? '' : 'Imported. Pages opened from now on use these entities.');
  };
  return (
    <section aria-labelledby="custom-heading">
      <h2 id="custom-heading">Your own entities</h2>
      <p class="options-note">
        Add people Backstory does not know, or override a bundled one by using its id, with a JSON file: a list of{' '}
        <code>{'{"id", "name", "aliases", "description", "roles"}'}</code>. A file with any error is not imported, and nothing saved is
        lost.
      </p>
      <label class="option-row">
        Import a JSON file{' '}
        <input
          type="file"
          accept=".json,application/json"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            if (file) await importText(await file.text());
            e.currentTarget.value = '';
          }}
        />
      </label>
      {errors.length ? (
        <div role="alert" class="import-errors">
          <p>The file was not imported:</p>
          <ul>
            {errors.slice(0, 20).map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
          {errors.length > 20 ? <p>…and {errors.length - 20} more.</p> : null}
        </div>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
      {entities.length === 0 ? <p class="options-note">None yet.</p> : null}
      <ul class="site-list">
        {entities.map((entity) => (
          <li key={entity.id}>
            {entity.name} <span class="options-note">({entity.id})</span>{' '}
            <button type="button" onClick={() => onRemove(entity.id)} aria-label={`Remove ${entity.name}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      {entities.length ? (
        <a
          class="export-link"
          download="backstory-entities.json"
          href={`data:application/json;charset=utf-8,${encodeURIComponent(exportText)}`}
        >
          Export as JSON
        </a>
      ) : null}
    </section>
  );
}
