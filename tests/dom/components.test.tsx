// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardViewFor } from '@/components/card-view';
import { EntityCard } from '@/components/EntityCard';
import { PopupView } from '@/components/PopupView';
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

describe('popup view', () => {
  it('lists people first, then countries, and switches call back with the new state', () => {
    const onToggle = vi.fn();
    render(
      <PopupView
        state={{ status: 'report', report: { status: 'article', title: 'Talks', summary } }}
        settings={DEFAULT_SETTINGS}
        records={TINY_RECORDS}
        onToggle={onToggle}
      />,
    );
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual(['Talks', 'Abbas Araghchi', 'Dina Farouk', 'Iran', 'Oman']);
    fireEvent.click(screen.getByRole('switch', { name: 'Hedges' }));
    expect(onToggle).toHaveBeenCalledWith('hedge', false);
  });

  it('says so on a page that is not an article, and on a page it cannot reach', () => {
    const { rerender } = render(
      <PopupView
        state={{ status: 'report', report: { status: 'not-article', title: 'x' } }}
        settings={DEFAULT_SETTINGS}
        records={TINY_RECORDS}
        onToggle={() => {}}
      />,
    );
    expect(screen.getByText(/doesn’t look like a news article/)).toBeTruthy();
    rerender(<PopupView state={{ status: 'unavailable' }} settings={DEFAULT_SETTINGS} records={TINY_RECORDS} onToggle={() => {}} />);
    expect(screen.getByText(/can’t run on this page/)).toBeTruthy();
  });
});
