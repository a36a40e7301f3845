// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsView } from '@/components/OptionsView';
import { KINDS } from '@/lib/types';
import { ATTR, MARK_SELECTOR } from '@/utils/dom-contract';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';

afterEach(cleanup);

function renderOptions(settings: Partial<Settings> = {}, theme: 'light' | 'dark' = 'light') {
  const onHighlightStyle = vi.fn();
  render(
    <OptionsView
      settings={{ ...DEFAULT_SETTINGS, ...settings }}
      dataset={{ people: 1, countries: 1, organisations: 1, asOf: '2025-06-01' }}
      onHedgeCategory={vi.fn()}
      onSiteOff={vi.fn()}
      onPause={vi.fn()}
      custom={{ entities: [], exportText: '', onImport: vi.fn(async () => []), onRemove: vi.fn() }}
      onHighlightStyle={onHighlightStyle}
      theme={theme}
    />,
  );
  return onHighlightStyle;
}

const presetGroup = () => screen.getByRole('radiogroup', { name: 'Colour preset' });

describe('options: highlight colours', () => {
  it('offers the presets as one radio group, with the reader’s choice checked', () => {
    renderOptions({ preset: 'colour-blind' });
    const radios = within(presetGroup()).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.value)).toEqual(['standard', 'colour-blind', 'high-contrast']);
    // One name: the browser moves the choice with the arrow keys and Tab enters the group once.
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    expect(radios.filter((r) => r.checked).map((r) => r.value)).toEqual(['colour-blind']);
    expect(radios.every((r) => !r.disabled && r.tabIndex >= 0)).toBe(true);
    const safe = screen.getByRole('radio', { name: 'Colour-blind safe' });
    expect(safe.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(safe.getAttribute('aria-describedby')!)!.textContent).toMatch(/tritanopia/);
  });

  it('reports a new preset and a new tint choice', () => {
    const onChange = renderOptions();
    fireEvent.click(screen.getByRole('radio', { name: 'High contrast' }));
    expect(onChange).toHaveBeenLastCalledWith({ preset: 'high-contrast' });
    const style = screen.getByRole('radiogroup', { name: 'Highlight style' });
    expect((within(style).getByRole('radio', { name: 'Tint and underline' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(style).getByRole('radio', { name: 'Underline only' }));
    expect(onChange).toHaveBeenLastCalledWith({ tint: false });
  });

  it('previews the three kinds in each preset with the attribute the page gets', () => {
    renderOptions({ tint: false }, 'dark');
    const previews = [...presetGroup().querySelectorAll(`[${ATTR.style}]`)];
    expect(previews.map((p) => p.getAttribute(ATTR.style))).toEqual([
      'standard underline-only',
      'colour-blind underline-only',
      'high-contrast underline-only',
    ]);
    for (const preview of previews) {
      expect(preview.getAttribute(ATTR.theme)).toBe('dark');
      expect(preview.getAttribute('aria-hidden')).toBe('true');
      expect([...preview.querySelectorAll(MARK_SELECTOR)].map((m) => m.getAttribute(ATTR.kind))).toEqual([...KINDS]);
    }
  });

  it('previews follow the tint choice', () => {
    renderOptions({ preset: 'high-contrast', tint: true });
    const previews = [...presetGroup().querySelectorAll(`[${ATTR.style}]`)];
    expect(previews.map((p) => p.getAttribute(ATTR.style))).toEqual(['standard', 'colour-blind', 'high-contrast']);
    expect(previews[0]!.getAttribute(ATTR.theme)).toBe('light');
  });
});
