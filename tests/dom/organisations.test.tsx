// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardViewFor, organisationViewFor, recordsOf } from '@/components/card-view';
import { EntityCard } from '@/components/EntityCard';
import { ArticleAnnotator } from '@/entrypoints/content/annotator';
import { PopupView, type PopupCallbacks } from '@/components/PopupView';
import { detect } from '@/lib/detect';
import { compileOrganisations, detectOrganisations } from '@/lib/detectors/organisations';
import { compileDataset } from '@/lib/entity-index';
import type { OrganisationRecord } from '@/lib/organisations';
import { summarise } from '@/lib/summary';
import type { PersonRecord } from '@/lib/types';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { country, person, TINY } from '../unit/tiny-dataset';

function organisation(id: string, name: string, extra: Partial<OrganisationRecord> = {}): OrganisationRecord {
  return {
    id,
    kind: 'organisation',
    name,
    aliases: [],
    type: 'intergovernmental',
    description: `${name}, an organisation written up for these tests only.`,
    asOf: '2025-06-01',
    ...extra,
  };
}

const grossi: PersonRecord = {
  ...person('rafael-grossi', 'Rafael Grossi', ['Grossi']),
  roles: [{ title: 'Director General', org: 'International Atomic Energy Agency', since: '2019-12' }],
};
const ORGS = [
  organisation('iaea', 'International Atomic Energy Agency', {
    aliases: ['IAEA'],
    type: 'un-agency',
    country: 'austria',
    headquarters: 'Vienna',
    founded: 1957,
    leader: { title: 'Director General', person: 'rafael-grossi' },
  }),
  organisation('nato', 'North Atlantic Treaty Organization', {
    aliases: ['NATO'],
    type: 'alliance',
    leader: { title: 'Secretary General', name: 'Test Leader' },
  }),
  organisation('opec', 'Organization of the Petroleum Exporting Countries', { aliases: ['OPEC'], country: 'austria' }),
];
const austria = country('austria', 'Austria', { flag: '🇦🇹' });
const records = recordsOf([...TINY.people, grossi], [...TINY.countries, austria], ORGS);
const orgIndex = compileOrganisations(ORGS);

const text =
  'Rafael Grossi, who leads the IAEA, said inspectors would return to Iran. NATO allies welcomed the step; the IAEA board meets in June.';
const index = compileDataset({ people: [...TINY.people, grossi], countries: TINY.countries });
const summary = summarise(text, detect(text, index), index, { mentions: detectOrganisations(text, orgIndex), names: orgIndex.names });

afterEach(cleanup);

describe('organisation card', () => {
  it('shows what the organisation is, where, since when, who leads it, and how often the article names it', () => {
    const onOpen = vi.fn();
    render(<EntityCard view={organisationViewFor('iaea', summary, records)!} onOpen={onOpen} />);
    expect(screen.getByRole('heading').textContent).toBe('International Atomic Energy Agency');
    expect(screen.getByText('UN agency')).toBeTruthy();
    expect(screen.getByText('Vienna, 🇦🇹 Austria')).toBeTruthy();
    expect(screen.getByText('1957')).toBeTruthy();
    expect(screen.getByText('2 mentions in this article')).toBeTruthy();
    expect(screen.getByText(/as of June 2025/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Rafael Grossi' }));
    expect(onOpen).toHaveBeenCalledWith({ kind: 'person', id: 'rafael-grossi' });
  });

  it('names a leader the dataset lacks without a link', () => {
    render(<EntityCard view={organisationViewFor('nato', summary, records)!} onOpen={vi.fn()} />);
    expect(screen.getByText('Test Leader')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Test Leader' })).toBeNull();
  });

  it('goes back to the card it was opened from', () => {
    const onBack = vi.fn();
    render(<EntityCard view={organisationViewFor('iaea', summary, records)!} onBack={onBack} />);
    fireEvent.click(screen.getByRole('button', { name: 'Back to the previous card' }));
    expect(onBack).toHaveBeenCalled();
  });

  it('is reached from a person’s role and from the country it is based in', () => {
    const onOpen = vi.fn();
    const personView = cardViewFor(
      { kind: 'person', text: 'Rafael Grossi', entity: 'rafael-grossi', ref: 'rafael-grossi' },
      summary,
      records,
    )!;
    const { unmount } = render(<EntityCard view={personView} onOpen={onOpen} />);
    fireEvent.click(screen.getByRole('button', { name: 'International Atomic Energy Agency' }));
    expect(onOpen).toHaveBeenCalledWith({ kind: 'organisation', id: 'iaea' });
    unmount();

    const countryView = cardViewFor({ kind: 'country', text: 'Austria', entity: 'austria', ref: 'austria' }, summary, records)!;
    render(<EntityCard view={countryView} onOpen={onOpen} />);
    const based = screen.getByText('Based here').parentElement!;
    // Intergovernmental bodies before UN agencies (see organisationsIn).
    expect(
      within(based)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Organization of the Petroleum Exporting Countries', 'International Atomic Energy Agency']);
  });
});

describe('a country’s organisations', () => {
  it('lists the most telling kinds first and says how many more the dataset has', () => {
    const companies = Array.from({ length: 9 }, (_, i) =>
      organisation(`company-${i}`, `Company ${i}`, { type: 'company', country: 'austria' }),
    );
    const ministry = organisation('ministry', 'Zeta Ministry', { type: 'government', country: 'austria' });
    const many = recordsOf([], [austria], [...companies, ministry]);
    render(<EntityCard view={cardViewFor({ kind: 'country', text: 'Austria', entity: 'austria' }, undefined, many)!} />);
    const items = screen.getByText('Based here').parentElement!.querySelectorAll('li');
    expect(items[0]!.textContent).toBe('Zeta Ministry');
    expect(items.length).toBe(9);
    expect(items[8]!.textContent).toBe('and 2 more in Backstory’s dataset');
  });
});

describe('the annotator', () => {
  it('counts the organisations of the whole article into its summary, and highlights none of them', async () => {
    document.body.innerHTML =
      '<article><p>Rafael Grossi told the IAEA board that Iran had answered.</p><p>NATO allies and the IAEA welcomed it.</p></article>';
    const result = await new ArticleAnnotator(document.querySelector('article')!, index, orgIndex).pass(new AbortController().signal);
    expect(result!.summary().organisations.map((o) => [o.id, o.mentions])).toEqual([
      ['iaea', 2],
      ['nato', 1],
    ]);
    expect(document.querySelectorAll('[data-backstory-kind]').length).toBeGreaterThan(0);
    expect([...document.querySelectorAll('[data-backstory-kind]')].map((m) => m.textContent)).not.toContain('IAEA');
  });
});

function callbacks(): PopupCallbacks {
  return { onToggle: vi.fn(), onSiteOff: vi.fn(), onPause: vi.fn(), onShowMention: vi.fn(async () => undefined), onShowHedge: vi.fn() };
}

const article = { status: 'report' as const, report: { status: 'article' as const, title: 'Inspections', host: 'example.org', summary } };

describe('popup organisations', () => {
  it('lists the organisations after people and countries, most named first', () => {
    render(<PopupView state={article} settings={DEFAULT_SETTINGS} records={records} {...callbacks()} />);
    const section = screen.getByRole('region', { name: 'Organisations in this article' });
    const titles = within(section)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(titles).toEqual(['International Atomic Energy Agency', 'North Atlantic Treaty Organization']);
    expect(within(section).getByText('Named 2 times')).toBeTruthy();
    expect(within(section).queryByRole('button', { name: 'Show in page' })).toBeNull();
    const all = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(all.indexOf('Iran')).toBeLessThan(all.indexOf('International Atomic Energy Agency'));
  });

  it('filters organisations by name or alias with the same box', () => {
    render(<PopupView state={article} settings={DEFAULT_SETTINGS} records={records} {...callbacks()} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'nato' } });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Inspections',
      'North Atlantic Treaty Organization',
    ]);
  });

  it('opens an organisation from a person’s card, and goes back', () => {
    render(<PopupView state={article} settings={DEFAULT_SETTINGS} records={records} {...callbacks()} />);
    const grossiItem = screen.getByRole('region', { name: 'Rafael Grossi' });
    fireEvent.click(within(grossiItem).getByRole('button', { name: 'International Atomic Energy Agency' }));
    const opened = document.querySelector('.cast-opened')!;
    expect(within(opened as HTMLElement).getByRole('heading').textContent).toBe('International Atomic Energy Agency');
    expect(document.activeElement?.closest('.cast-opened')).toBe(opened);
    fireEvent.click(within(opened as HTMLElement).getByRole('button', { name: 'Rafael Grossi' }));
    expect(within(document.querySelector('.cast-opened') as HTMLElement).getByRole('heading').textContent).toBe('Rafael Grossi');
    fireEvent.click(screen.getByRole('button', { name: 'Back to the previous card' }));
    expect(within(document.querySelector('.cast-opened') as HTMLElement).getByRole('heading').textContent).toBe(
      'International Atomic Energy Agency',
    );
    fireEvent.click(within(document.querySelector('.cast-opened') as HTMLElement).getByRole('button', { name: 'Close card' }));
    expect(document.querySelector('.cast-opened')).toBeNull();
  });
});

describe('country card leaders', () => {
  const austriaWithLeaders = country('austria', 'Austria', {
    flag: '🇦🇹',
    headOfState: { title: 'President', name: 'Test President' },
    headOfGovernment: { title: 'Director General', name: 'Rafael Grossi', person: 'rafael-grossi' },
    leadersNote: 'A note written for this test.',
  });
  const withLeaders = recordsOf([...TINY.people, grossi], [austriaWithLeaders], ORGS);

  it('shows each office, links a leader the dataset has and opens their card', () => {
    const onOpen = vi.fn();
    const view = cardViewFor({ kind: 'country', text: 'Austria', entity: 'austria' }, undefined, withLeaders);
    render(<EntityCard view={view!} onOpen={onOpen} />);
    expect(screen.getByText('Head of state').nextElementSibling?.textContent).toBe('Test President (President)');
    expect(screen.queryByRole('button', { name: 'Test President' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Rafael Grossi' }));
    expect(onOpen).toHaveBeenCalledWith({ kind: 'person', id: 'rafael-grossi' });
    expect(screen.getByText('A note written for this test.')).toBeTruthy();
  });
});
