// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardViewFor } from '@/components/card-view';
import { EntityCard } from '@/components/EntityCard';
import { OptionsView } from '@/components/OptionsView';
import { PopupView, type PopupCallbacks } from '@/components/PopupView';
import { detect } from '@/lib/detect';
import { summarise } from '@/lib/summary';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { TINY_INDEX, TINY_RECORDS } from '../unit/tiny-dataset';

const text =
  'Abbas Araghchi, Iran’s foreign minister, met Dina Farouk, an analyst at a think tank, in Oman. Araghchi said talks could resume.';
const summary = summarise(text, detect(text, TINY_INDEX), TINY_INDEX);

afterEach(cleanup);

describe('cards', () => {
  it('shows a dataset person with what the article calls them and the mention count', () => {
    const view = cardViewFor({ kind: 'person', text: 'Araghchi', entity: 'abbas-araghchi', ref: 'abbas-araghchi' }, summary, TINY_RECORDS)!;
    render(<EntityCard view={view} />);
    expect(screen.getByRole('heading').textContent).toBe('Abbas Araghchi');
    expect(screen.getByText('Iran’s foreign minister')).toBeTruthy();
    expect(screen.getByText('2 mentions in this article')).toBeTruthy();
    expect(screen.getByText(/as of June 2025/)).toBeTruthy();
  });

  it('steps through the mentions in the page when given a way to', () => {
    const onStep = vi.fn();
    const view = cardViewFor({ kind: 'person', text: 'Araghchi', entity: 'abbas-araghchi', ref: 'abbas-araghchi' }, summary, TINY_RECORDS)!;
    render(<EntityCard view={view} mentionNav={{ index: 0, total: 2, onStep }} />);
    expect(screen.getByRole('group', { name: '2 mentions in this article' }).textContent).toContain('1 of 2 mentions in this article');
    fireEvent.click(screen.getByRole('button', { name: 'Next mention' }));
    expect(onStep).toHaveBeenCalledWith(1);
  });

  it('never shows an empty card for someone the dataset does not know', () => {
    const view = cardViewFor({ kind: 'person', text: 'Dina Farouk', ref: 'person:Dina Farouk' }, summary, TINY_RECORDS)!;
    render(<EntityCard view={view} />);
    expect(screen.getByRole('heading').textContent).toBe('Dina Farouk');
    expect(screen.getByText(/Not in Backstory’s dataset/)).toBeTruthy();
    expect(screen.getByText('an analyst at a think tank')).toBeTruthy();
  });

  it('explains a hedge and closes on request', () => {
    const onClose = vi.fn();
    render(<EntityCard view={{ type: 'hedge', category: 'speculation', phrase: 'could' }} onClose={onClose} />);
    expect(screen.getByRole('heading').textContent).toBe('Speculation');
    fireEvent.click(screen.getByRole('button', { name: 'Close card' }));
    expect(onClose).toHaveBeenCalled();
  });
});

function callbacks(overrides: Partial<PopupCallbacks> = {}): PopupCallbacks {
  return {
    onToggle: vi.fn(),
    onSiteOff: vi.fn(),
    onPause: vi.fn(),
    onShowMention: vi.fn(async (_ref: string, index: number) => ({ index, total: 2 })),
    onShowHedge: vi.fn(),
    ...overrides,
  };
}

const article = { status: 'report' as const, report: { status: 'article' as const, title: 'Talks', host: 'example.org', summary } };

describe('popup view', () => {
  it('lists people first, then countries, and switches call back with the new state', () => {
    const cb = callbacks();
    render(<PopupView state={article} settings={DEFAULT_SETTINGS} records={TINY_RECORDS} {...cb} />);
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual(['Talks', 'Abbas Araghchi', 'Dina Farouk', 'Iran', 'Oman']);
    fireEvent.click(screen.getByRole('switch', { name: 'Hedges' }));
    expect(cb.onToggle).toHaveBeenCalledWith('hedge', false);
  });

  it('filters the cast with the search box', () => {
    render(<PopupView state={article} settings={DEFAULT_SETTINGS} records={TINY_RECORDS} {...callbacks()} />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Filter people, countries and organisations' }), {
      target: { value: 'analyst' },
    });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Talks', 'Dina Farouk']);
  });

  it('summarises hedges per 1,000 words, expands to sentences, and jumps to one', () => {
    const cb = callbacks();
    render(<PopupView state={article} settings={DEFAULT_SETTINGS} records={TINY_RECORDS} {...cb} />);
    expect(screen.getByText('Speculation')).toBeTruthy();
    expect(screen.getByText(/per 1,000 words/).textContent).toMatch(/\(\d+\.\d per 1,000 words\)/);
    fireEvent.click(screen.getByRole('button', { name: /talks could resume/ }));
    expect(cb.onShowHedge).toHaveBeenCalledWith(0);
    expect(screen.getByText(/attributions? to named people/).textContent).toContain('1 attribution to named people');
  });

  it('steps through mentions of a person', async () => {
    const cb = callbacks();
    render(<PopupView state={article} settings={DEFAULT_SETTINGS} records={TINY_RECORDS} {...cb} />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Next mention' })[0]!);
    expect(cb.onShowMention).toHaveBeenCalledWith('abbas-araghchi', 0);
    expect(await screen.findByText('1 of 2')).toBeTruthy();
  });

  it('turns Backstory off for the site and pauses it everywhere', () => {
    const cb = callbacks();
    render(<PopupView state={article} settings={DEFAULT_SETTINGS} records={TINY_RECORDS} {...cb} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Off on example.org' }));
    expect(cb.onSiteOff).toHaveBeenCalledWith('example.org', true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pause on all sites' }));
    expect(cb.onPause).toHaveBeenCalledWith(true);
  });

  it('says so on a page that is not an article, on a page it cannot reach, and when off', () => {
    const cb = callbacks();
    const { rerender } = render(
      <PopupView
        state={{ status: 'report', report: { status: 'not-article', title: 'x', host: 'example.org' } }}
        settings={DEFAULT_SETTINGS}
        records={TINY_RECORDS}
        {...cb}
      />,
    );
    expect(screen.getByText(/doesn’t look like a news article/)).toBeTruthy();
    rerender(<PopupView state={{ status: 'unavailable' }} settings={DEFAULT_SETTINGS} records={TINY_RECORDS} {...cb} />);
    expect(screen.getByText(/can’t run on this page/)).toBeTruthy();
    rerender(
      <PopupView
        state={{ status: 'report', report: { status: 'off', title: 'x', host: 'example.org' } }}
        settings={DEFAULT_SETTINGS}
        records={TINY_RECORDS}
        {...cb}
      />,
    );
    expect(screen.getByText('Backstory is off on example.org.')).toBeTruthy();
  });
});

describe('options view', () => {
  it('switches hedge categories, adds and removes sites, and credits its sources', () => {
    const onHedgeCategory = vi.fn();
    const onSiteOff = vi.fn();
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['old.example'] };
    render(
      <OptionsView
        settings={settings}
        dataset={{ people: 746, countries: 250, organisations: 188, asOf: '2025-06-01' }}
        onHedgeCategory={onHedgeCategory}
        onSiteOff={onSiteOff}
        onPause={vi.fn()}
        custom={{ entities: [], exportText: '', onImport: vi.fn(async () => []), onRemove: vi.fn() }}
      />,
    );
    fireEvent.click(screen.getByRole('switch', { name: /Vague attribution/ }));
    expect(onHedgeCategory).toHaveBeenCalledWith('vague', false);
    fireEvent.click(screen.getByRole('button', { name: 'Turn Backstory back on for old.example' }));
    expect(onSiteOff).toHaveBeenCalledWith('old.example', false);
    const add = screen.getByRole('button', { name: 'Turn off on this site' }) as HTMLButtonElement;
    fireEvent.input(screen.getByRole('textbox', { name: 'Site to turn off' }), { target: { value: 'not a host' } });
    expect(add.disabled).toBe(true);
    fireEvent.input(screen.getByRole('textbox', { name: 'Site to turn off' }), { target: { value: 'News.Example' } });
    fireEvent.click(add);
    expect(onSiteOff).toHaveBeenCalledWith('news.example', true);
    expect(screen.getByText(/Open Database License/).textContent).toMatch(
      /746 people, 250 countries and territories and 188 organisations, with facts as of 2025-06-01/,
    );
  });
});
