import { useStore } from '@nanostores/preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  audienceFigures,
  parseAudienceFields,
  type AudienceField,
  type AudienceFigures,
} from '../../lib/audience/compare';
import { formatCount, formatPercent } from '../../lib/numbers/format';
import {
  comparatorDraft,
  MAX_ACCOUNT_NAME,
  MAX_AUDIENCE_FIELD,
  type ComparedAccount as Account,
} from '../../lib/audience/draft';
import { $latestEstimate, type LatestEstimate } from '../../stores/estimate';
import { KeptNote } from '../shared/KeptNote';
import { ScrollRegion } from '../shared/ScrollRegion';
import { TextField } from '../shared/TextField';
import { AudienceChart } from './AudienceChart';

const blank = (name: string): Account => ({
  name,
  fields: { followers: '', fakeShare: '', engagementRate: '' },
});

const percentText = (share: number) => String(Math.round(share * 10_000) / 100);

function withEstimate(account: Account, estimate: LatestEstimate): Account {
  const fields = { ...account.fields };
  if (estimate.followers !== undefined) fields.followers = String(estimate.followers);
  if (estimate.engagementRate !== undefined) fields.engagementRate = percentText(estimate.engagementRate);
  let imported = account.imported;
  if (estimate.fakeShare) {
    fields.fakeShare = percentText(estimate.fakeShare.share);
    imported = {
      text: fields.fakeShare,
      low: estimate.fakeShare.low,
      high: estimate.fakeShare.high,
      label: estimate.label,
    };
  }
  return { ...account, fields, imported };
}

const BLANK: [Account, Account] = [blank('Account A'), blank('Account B')];

export default function AudienceComparator() {
  const [accounts, setAccounts] = useState<[Account, Account]>(BLANK);
  // What was typed last time is read after hydration (the page is static); nothing is written before an edit.
  const edited = useRef(false);
  const [unsaved, setUnsaved] = useState(false);
  useEffect(() => {
    const stored = comparatorDraft.read();
    if (stored) setAccounts(stored);
  }, []);
  useEffect(() => {
    if (edited.current) setUnsaved(!comparatorDraft.write(accounts));
  }, [accounts]);
  const latest = useStore($latestEstimate);
  const figures = accounts.map((account) => {
    const parsed = parseAudienceFields(account.fields);
    if (!parsed.value) return { parsed, figures: undefined };
    const { imported } = account;
    const fakeShare =
      imported && imported.text === account.fields.fakeShare
        ? { share: parsed.value.fakeShare.share, low: imported.low, high: imported.high }
        : parsed.value.fakeShare;
    return { parsed, figures: audienceFigures({ ...parsed.value, fakeShare }) };
  });
  const [first, second] = figures;
  const typed = accounts.some(
    (account, index) =>
      account.name !== BLANK[index]!.name || Object.values(account.fields).some((text) => text !== ''),
  );

  const update = (index: 0 | 1, account: Account) => {
    edited.current = true;
    setAccounts((current) => (index === 0 ? [account, current[1]] : [current[0], account]));
  };

  return (
    <div class="comparator">
      <div class="comparator-accounts">
        {accounts.map((account, index) => (
          <AccountForm
            key={index}
            account={account}
            errors={figures[index]!.parsed.errors}
            latest={latest}
            onChange={(next) => update(index as 0 | 1, next)}
          />
        ))}
      </div>
      {first?.figures && second?.figures ? (
        <ComparisonResult
          names={[accounts[0].name || 'Account A', accounts[1].name || 'Account B']}
          figures={[first.figures, second.figures]}
        />
      ) : (
        <p class="meta">Fill in both accounts to see how many real, engaged people each one reaches.</p>
      )}
      <KeptNote
        unsaved={unsaved}
        canClear={typed}
        onClear={() => {
          edited.current = false;
          comparatorDraft.clear();
          setAccounts(BLANK);
          setUnsaved(false);
        }}
      >
        Clear both accounts
      </KeptNote>
    </div>
  );
}

function AccountForm({
  account,
  errors,
  latest,
  onChange,
}: {
  account: Account;
  errors: Partial<Record<AudienceField, string>>;
  latest: LatestEstimate | null;
  onChange: (account: Account) => void;
}) {
  const id = useId();
  const setField = (field: AudienceField) => (text: string) => {
    onChange({ ...account, fields: { ...account.fields, [field]: text } });
  };
  // An empty field waits quietly; anything typed (or taken from the estimator) gets its message at once.
  const shown = (field: AudienceField) => (account.fields[field] === '' ? undefined : errors[field]);
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
          onInput={(event) => onChange({ ...account, name: event.currentTarget.value })}
        />
      </div>
      <TextField
        label="Followers"
        value={account.fields.followers}
        onInput={setField('followers')}
        maxLength={MAX_AUDIENCE_FIELD}
        error={shown('followers')}
        inputMode="numeric"
      />
      <TextField
        label="Fake followers"
        suffix="%"
        value={account.fields.fakeShare}
        onInput={setField('fakeShare')}
        maxLength={MAX_AUDIENCE_FIELD}
        error={shown('fakeShare')}
        hint={
          account.imported && account.imported.text === account.fields.fakeShare
            ? `From the ${account.imported.label.toLowerCase()}: ${formatPercent(account.imported.low)} to ${formatPercent(account.imported.high)}.`
            : undefined
        }
      />
      <TextField
        label="Engagement rate per post"
        suffix="%"
        value={account.fields.engagementRate}
        onInput={setField('engagementRate')}
        maxLength={MAX_AUDIENCE_FIELD}
        error={shown('engagementRate')}
      />
      {latest && (
        <button type="button" class="button" onClick={() => onChange(withEstimate(account, latest))}>
          Use the estimator’s result ({latest.label})
        </button>
      )}
    </fieldset>
  );
}

function ComparisonResult({
  names,
  figures,
}: {
  names: [string, string];
  figures: [AudienceFigures, AudienceFigures];
}) {
  const [a, b] = figures;
  const leader =
    a.engagedPerPost === b.engagedPerPost ? undefined : a.engagedPerPost > b.engagedPerPost ? 0 : 1;
  return (
    <section class="tool-result" aria-labelledby="comparison-title">
      <h3 id="comparison-title">Real and engaged people</h3>
      <p role="status">
        {leader === undefined
          ? `Both accounts reach about ${formatCount(a.engagedPerPost)} engaged people per post.`
          : `${names[leader]} reaches more engaged people per post: about ${formatCount(figures[leader].engagedPerPost)} against ${formatCount(figures[1 - leader]!.engagedPerPost)}${
              figures[leader].followers < figures[1 - leader]!.followers ? ', with fewer followers' : ''
            }.`}
      </p>
      <AudienceChart names={names} figures={figures} />
      <ScrollRegion label="The numbers in the chart">
        <table>
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Followers</th>
              <th scope="col">Likely real people</th>
              <th scope="col">Engaged per post</th>
              <th scope="col">Engaged per 100 real followers</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((figure, index) => (
              <tr key={index}>
                <th scope="row">{names[index]}</th>
                <td>{formatCount(figure.followers)}</td>
                <td>
                  {formatCount(figure.real.count)}
                  {figure.real.low !== figure.real.high &&
                    ` (${formatCount(figure.real.low)} to ${formatCount(figure.real.high)})`}
                </td>
                <td>{formatCount(figure.engagedPerPost)}</td>
                <td>{formatCount(Math.round(figure.engagedPerHundredReal * 10) / 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p class="meta">
        Engaged people are estimated as followers times the engagement rate, counting one like or comment per
        person. The real-people range comes from the fake-share range when the estimator supplied one.
      </p>
    </section>
  );
}
