import { useState } from 'preact/hooks';
import { COUNTRY_OVERRIDE_FIELDS, CUSTOM_ENTITY_EXAMPLES, type CustomEntity } from '@/lib/custom-entities';

interface Props {
  entities: CustomEntity[];
  /** Imports a JSON text; resolves to the errors, empty when it was saved. */
  onImport: (json: string) => Promise<string[]>;
  onRemove: (id: string) => void;
  /** The saved entities as a JSON file's text. */
  exportText: string;
}

const KIND_LABELS: Record<CustomEntity['kind'], string> = { person: 'person', organisation: 'organisation', country: 'country' };

/** What a saved entry is called in the list: a country override has no name of its own, so its id and what it replaces. */
function describe(entity: CustomEntity): { name: string; detail: string } {
  if (entity.kind !== 'country') return { name: entity.name, detail: `${KIND_LABELS[entity.kind]}, ${entity.id}` };
  const fields = COUNTRY_OVERRIDE_FIELDS.filter((f) => entity[f] !== undefined);
  return { name: entity.id, detail: `country, replaces ${fields.join(', ')}` };
}

/** The reader's own people, organisations and country card text: import and export as JSON, and remove one by one. */
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
        Add people and organisations Backstory does not know, or override a bundled one by using its id, and replace a country’s description
        or leaders, with a JSON file: a list of entries like these. <code>kind</code> is <code>"person"</code> when left out; an
        organisation’s <code>type</code> is one of the types its cards show (such as <code>"company"</code>, <code>"political-party"</code>{' '}
        or <code>"un-agency"</code>); a country entry may set <code>description</code>, <code>headOfState</code>,{' '}
        <code>headOfGovernment</code> (each <code>{'{"title", "name"}'}</code>) and <code>leadersNote</code>. A file with any error is not
        imported, and nothing saved is lost.
      </p>
      <pre
        class="options-note"
        style={{ whiteSpace: 'pre-wrap' }}
      >{`[\n  ${CUSTOM_ENTITY_EXAMPLES.map((e) => JSON.stringify(e)).join(',\n  ')}\n]`}</pre>
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
        {entities.map((entity) => {
          const { name, detail } = describe(entity);
          return (
            <li key={entity.id} data-kind={entity.kind}>
              {name} <span class="options-note">({detail})</span>{' '}
              <button type="button" onClick={() => onRemove(entity.id)} aria-label={`Remove ${name}`}>
                Remove
              </button>
            </li>
          );
        })}
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
