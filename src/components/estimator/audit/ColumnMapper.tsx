import { useId, useState } from 'preact/hooks';
import { AUDIT_PLATFORMS, type AuditPlatform } from '../../../lib/estimator/audit/plan';
import { PROFILE_FIELDS, type ColumnMapping, type ProfileField } from '../../../lib/csv/columns';
import { clip } from '../../../lib/text/clip';

// Column names are the file's own text: a 50 MB "header" must not become a 50 MB option.
const MAX_OPTION_CHARS = 60;
const optionText = (name: string, index: number) =>
  name ? clip(name, MAX_OPTION_CHARS) : `Column ${index + 1}`;

/** A column serves one field only: choosing it for one field takes it away from any other. */
function withColumn(mapping: ColumnMapping, field: ProfileField, value: string): ColumnMapping {
  const next: ColumnMapping = {};
  const column = value === '' ? undefined : Number(value);
  for (const [key, index] of Object.entries(mapping) as [ProfileField, number][]) {
    if (key !== field && index !== column) next[key] = index;
  }
  if (column !== undefined) next[field] = column;
  return next;
}

/** The form for matching columns by hand when detection could not, with the platform the file is from. */
export function ColumnMapper({
  header,
  initial,
  platform: initialPlatform,
  problems,
  onSubmit,
}: {
  header: string[];
  initial: ColumnMapping;
  platform: AuditPlatform;
  problems: string[];
  onSubmit: (mapping: ColumnMapping, platform: AuditPlatform) => void;
}) {
  const [mapping, setMapping] = useState<ColumnMapping>(initial);
  const [platform, setPlatform] = useState<AuditPlatform>(initialPlatform);
  const id = useId();
  return (
    <form
      class="tool-form column-mapper"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(mapping, platform);
      }}
    >
      <h3 id={`${id}-title`}>Match the columns by hand</h3>
      <div role="alert">
        <p>Nothing has been scored yet:</p>
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
      <div class="field">
        <label for={`${id}-platform`}>Which platform are these followers from?</label>
        <select
          id={`${id}-platform`}
          value={platform}
          onChange={(event) => setPlatform(event.currentTarget.value as AuditPlatform)}
        >
          {AUDIT_PLATFORMS.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <p class="meta">
        Pick the column that holds each piece of information. Leave out what the file does not have.
      </p>
      {PROFILE_FIELDS.map(({ field, label, help }) => (
        <div class="field" key={field}>
          <label for={`${id}-${field}`}>{label}</label>
          <select
            id={`${id}-${field}`}
            aria-describedby={`${id}-${field}-help`}
            value={mapping[field] === undefined ? '' : String(mapping[field])}
            onChange={(event) => setMapping(withColumn(mapping, field, event.currentTarget.value))}
          >
            <option value="">Not in this file</option>
            {header.map((name, index) => (
              <option key={index} value={String(index)}>
                {optionText(name, index)}
              </option>
            ))}
          </select>
          <p class="field-hint" id={`${id}-${field}-help`}>
            {help}
          </p>
        </div>
      ))}
      <button type="submit" class="button primary">
        Score the file with these columns
      </button>
    </form>
  );
}
