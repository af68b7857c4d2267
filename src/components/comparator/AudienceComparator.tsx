import { useEffect, useRef, useState } from 'preact/hooks';
import {
  audienceFigures,
  comparisonHeadline,
  feeSentence,
  formatCost,
  missingSentence,
  parseAudienceForm,
  unknownFakeShareSentence,
  type AudienceFigures,
} from '../../lib/audience/compare';
import {
  comparatorDraft,
  roomOf,
  tameAccount,
  type AccountText,
  type ComparedAccount as Account,
} from '../../lib/audience/draft';
import { LIKELY_RANGE_GLOSS } from '../../lib/estimator/plain-answer';
import { restoreLatestEstimate } from '../../stores/kept-estimate';
import { formatCount } from '../../lib/numbers/format';
import { KeptNote } from '../shared/KeptNote';
import { restoredNotes, type FieldNotes } from '../shared/restored-notes';
import { AccountForm, isStarted } from './AccountForm';
import { AudienceChart } from './AudienceChart';

const blank = (name: string): Account => ({
  name,
  fields: { followers: '', fakeShare: '', interactions: '', engagementRate: '', fee: '' },
  fakeShareUnknown: false,
  engagementKind: 'interactions',
});

const BLANK: [Account, Account] = [blank('Account A'), blank('Account B')];

export default function AudienceComparator() {
  const [accounts, setAccounts] = useState<[Account, Account]>(BLANK);
  // What was typed last time is read after hydration (the page is static); nothing is written before an edit.
  const edited = useRef(false);
  const [unsaved, setUnsaved] = useState(false);
  const [notes, setNotes] = useState<FieldNotes<AccountText>[]>([{}, {}]);
  useEffect(() => {
    const stored = comparatorDraft.read();
    restoreLatestEstimate();
    if (!stored) return;
    // A stored text that breaks a field's bound (kept before the bound, or by hand) comes back tamed, and says so.
    const [first, second] = stored.map(tameAccount);
    setAccounts([first!.account, second!.account]);
    void Promise.all([first!, second!].map(({ tamed }) => restoredNotes(tamed, 'storage', roomOf))).then(
      setNotes,
    );
  }, []);
  useEffect(() => {
    if (edited.current) setUnsaved(!comparatorDraft.write(accounts));
  }, [accounts]);
  const names: [string, string] = [accounts[0].name || 'Account A', accounts[1].name || 'Account B'];
  const parses = accounts.map((account) => {
    const parsed = parseAudienceForm(account);
    if (!parsed.value) return { parsed, figures: undefined };
    const { imported } = account;
    const { fakeShare } = parsed.value;
    const withRange =
      fakeShare && imported && imported.text === account.fields.fakeShare
        ? { share: fakeShare.share, low: imported.low, high: imported.high }
        : fakeShare;
    return { parsed, figures: audienceFigures({ ...parsed.value, fakeShare: withRange }) };
  });
  const [first, second] = parses;
  const typed = accounts.some((account, index) => account.name !== BLANK[index]!.name || isStarted(account));

  const update = (index: 0 | 1, account: Account) => {
    edited.current = true;
    setAccounts((current) => (index === 0 ? [account, current[1]] : [current[0], account]));
  };

  const complete: [AudienceFigures, AudienceFigures] | undefined =
    first?.figures && second?.figures ? [first.figures, second.figures] : undefined;
  return (
    <div class="comparator">
      <div class="comparator-accounts">
        {accounts.map((account, index) => (
          <AccountForm
            key={index}
            account={account}
            parsed={parses[index]!.parsed}
            notes={notes[index]!}
            onChange={(next) => update(index as 0 | 1, next)}
          />
        ))}
      </div>
      {/* One section and one status line throughout, so a screen reader hears the first sentence as it changes. */}
      <section class="tool-result" aria-labelledby="comparison-title">
        <h3 id="comparison-title">Real and engaged people</h3>
        <p class={complete ? 'headline' : 'meta'} role="status">
          {complete
            ? comparisonHeadline(names, complete)
            : (missingSentence(
                parses.map(({ parsed }, index) => ({ name: names[index]!, missing: parsed.missing })),
              ) ??
              'Correct the fields marked above to see how many real, engaged people each account reaches.')}
        </p>
        {complete && <ComparisonResult names={names} figures={complete} />}
      </section>
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

const tenths = (value: number) => formatCount(Math.round(value * 10) / 10);

/** The table's rows: one figure each, one cell per account, so it stays three columns wide on a phone. */
const ROWS: { label: string; cell: (figure: AudienceFigures) => string; fee?: true }[] = [
  { label: 'Followers', cell: (figure) => formatCount(figure.followers) },
  {
    label: 'Likely real people',
    cell: ({ real, followers }) =>
      !real
        ? `not known (at most ${formatCount(followers)})`
        : real.low === real.high
          ? formatCount(real.count)
          : `${formatCount(real.count)} (likely between ${formatCount(real.low)} and ${formatCount(real.high)})`,
  },
  { label: 'Engaged people per post', cell: (figure) => formatCount(figure.engagedPerPost) },
  {
    label: 'Engaged per 100 real followers',
    cell: (figure) => `${figure.real ? '' : 'at least '}${tenths(figure.engagedPerHundredReal)}`,
  },
  {
    label: 'Fee per post',
    cell: (figure) => (figure.fee === undefined ? 'no fee' : formatCount(figure.fee)),
    fee: true,
  },
  {
    label: 'Cost per engaged follower',
    cell: ({ fee, costPerEngaged }) =>
      fee === undefined ? '–' : costPerEngaged === undefined ? 'nobody engages' : formatCost(costPerEngaged),
    fee: true,
  },
];

function ComparisonResult({
  names,
  figures,
}: {
  names: [string, string];
  figures: [AudienceFigures, AudienceFigures];
}) {
  const fees = figures.flatMap((figure, index) => feeSentence(names[index]!, figure) ?? []);
  const unknown = unknownFakeShareSentence(names.filter((_, index) => !figures[index]!.real));
  const ranged = figures.some(({ real }) => real && real.low !== real.high);
  return (
    <>
      {fees.length > 0 && <p>{fees.join(' ')}</p>}
      <AudienceChart names={names} figures={figures} />
      <table>
        <caption class="sr-only">The numbers in the chart</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">{names[0]}</th>
            <th scope="col">{names[1]}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.filter((row) => !row.fee || fees.length > 0).map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {figures.map((figure, index) => (
                <td key={index}>{row.cell(figure)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {unknown && <p>{unknown}</p>}
      <p class="meta">
        Engaged people are the likes and comments on a typical post (or followers times the engagement rate),
        counting one like or comment per person. The real-people range comes from the estimator’s likely range
        when it supplied one. Cost per engaged follower is the fee divided by the engaged people a post
        brings.{ranged && ` ${LIKELY_RANGE_GLOSS}`}
      </p>
    </>
  );
}
