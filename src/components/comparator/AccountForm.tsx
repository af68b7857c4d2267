import { useId } from 'preact/hooks';
import type { AudienceField, AudienceParse, EngagementKind } from '../../lib/audience/compare';
import {
  MAX_ACCOUNT_NAME,
  MAX_AUDIENCE_FIELD,
  type AccountText,
  type ComparedAccount as Account,
} from '../../lib/audience/draft';
import { likelyRangeText } from '../../lib/estimator/plain-answer';
import { $latestEstimate, estimatorResultLabel, type EstimatorResult } from '../../stores/estimate';
import { useStore } from '@nanostores/preact';
import { TextField } from '../shared/TextField';
import { tameBox } from '../shared/tamed-input';
import { noteOn, type FieldNotes } from '../shared/restored-notes';

const percentText = (share: number) => String(Math.round(share * 10_000) / 100);

/** The account with every figure the estimator has put in its fields, as if typed. */
export function withEstimate(account: Account, estimate: EstimatorResult): Account {
  const next: Account = { ...account, fields: { ...account.fields } };
  if (estimate.followers !== undefined) next.fields.followers = String(estimate.followers);
  if (estimate.engagementRate !== undefined) {
    next.fields.engagementRate = percentText(estimate.engagementRate);
    next.engagementKind = 'rate';
  }
  if (estimate.fakeShare) {
    next.fields.fakeShare = percentText(estimate.fakeShare.share);
    next.fakeShareUnknown = false;
    next.imported = {
      text: next.fields.fakeShare,
      low: estimate.fakeShare.low,
      high: estimate.fakeShare.high,
      label: estimate.sources.fakeShare ?? 'estimator',
    };
  }
  return next;
}

/** Whether anything has been typed or chosen in the account's fields (its name aside). */
export const isStarted = (account: Account) =>
  account.fakeShareUnknown || Object.values(account.fields).some((text) => text !== '');

export function AccountForm({
  account,
  parsed,
  notes,
  onChange,
}: {
  account: Account;
  parsed: AudienceParse;
  /** What taming cut from each field restored from storage. */
  notes: FieldNotes<AccountText>;
  onChange: (account: Account) => void;
}) {
  const id = useId();
  const latest = useStore($latestEstimate);
  const setField = (field: AudienceField) => (text: string) => {
    onChange({ ...account, fields: { ...account.fields, [field]: text } });
  };
  // An empty field waits quietly until the account is started; then a needed one says it is needed.
  // Anything typed (or taken from the estimator) gets its message at once.
  const started = isStarted(account);
  const shown = (field: AudienceField) =>
    account.fields[field] !== '' || (started && parsed.missing.includes(field))
      ? parsed.errors[field]
      : undefined;
  const rate = account.engagementKind === 'rate';
  const { imported } = account;
  const note = (field: AudienceField) => noteOn(notes, field, account.fields[field]);
  const nameNote = noteOn(notes, 'name', account.name);
  return (
    <fieldset class="comparator-account">
      <legend>{account.name || 'Unnamed account'}</legend>
      <div class="field">
        <label for={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          type="text"
          maxLength={MAX_ACCOUNT_NAME}
          value={account.name}
          aria-describedby={nameNote && `${id}-name-note`}
          onInput={(event) =>
            onChange({ ...account, name: tameBox(event.currentTarget, MAX_ACCOUNT_NAME).text })
          }
        />
        {nameNote && (
          <p id={`${id}-name-note`} class="field-hint" role="status">
            {nameNote}
          </p>
        )}
      </div>
      <TextField
        label="Followers"
        value={account.fields.followers}
        onInput={setField('followers')}
        maxLength={MAX_AUDIENCE_FIELD}
        error={shown('followers')}
        note={note('followers')}
        inputMode="numeric"
      />
      {account.fakeShareUnknown ? (
        <p class="field-hint">
          Fake followers: not known. None are taken off, so the likely real people are at most the follower
          count.
        </p>
      ) : (
        <TextField
          label="Fake followers"
          suffix="%"
          value={account.fields.fakeShare}
          onInput={setField('fakeShare')}
          maxLength={MAX_AUDIENCE_FIELD}
          error={shown('fakeShare')}
          note={note('fakeShare')}
          hint={
            imported && imported.text === account.fields.fakeShare
              ? `From the ${imported.label.toLowerCase()}: ${likelyRangeText({ share: 0, ...imported })}.`
              : undefined
          }
        />
      )}
      <label class="choice">
        <input
          type="checkbox"
          checked={account.fakeShareUnknown}
          onChange={(event) => onChange({ ...account, fakeShareUnknown: event.currentTarget.checked })}
        />
        Don’t know the fake share
      </label>
      <div class="field">
        <label for={`${id}-kind`}>Engagement you know</label>
        <select
          id={`${id}-kind`}
          value={account.engagementKind}
          onChange={(event) =>
            onChange({ ...account, engagementKind: event.currentTarget.value as EngagementKind })
          }
        >
          <option value="interactions">Likes and comments per post</option>
          <option value="rate">Engagement rate per post</option>
        </select>
      </div>
      {rate ? (
        <TextField
          label="Engagement rate per post"
          suffix="%"
          value={account.fields.engagementRate}
          onInput={setField('engagementRate')}
          maxLength={MAX_AUDIENCE_FIELD}
          error={shown('engagementRate')}
          note={note('engagementRate')}
        />
      ) : (
        <TextField
          label="Likes and comments per post"
          hint="Added together, on a typical recent post."
          value={account.fields.interactions}
          onInput={setField('interactions')}
          maxLength={MAX_AUDIENCE_FIELD}
          error={shown('interactions')}
          note={note('interactions')}
        />
      )}
      <TextField
        label="Fee per post (optional)"
        hint="What a post costs, in your currency."
        value={account.fields.fee}
        onInput={setField('fee')}
        maxLength={MAX_AUDIENCE_FIELD}
        error={shown('fee')}
        note={note('fee')}
      />
      {latest && (
        <button type="button" class="button" onClick={() => onChange(withEstimate(account, latest))}>
          Use the estimator’s result ({estimatorResultLabel(latest)})
        </button>
      )}
    </fieldset>
  );
}
