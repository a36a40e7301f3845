import { ATTR } from './dom-contract';

const DARK = '(prefers-color-scheme: dark)';

/**
 * The popup and the options page follow the system theme. Marking their <html> as the page
 * session marks a dark web page lets the preset colours of entrypoints/content/style.css (which
 * both import) pick their dark shades. Calls back with each change; returns the current theme.
 */
export function followSystemTheme(doc: Document, onChange?: (theme: 'light' | 'dark') => void): 'light' | 'dark' {
  const query = doc.defaultView?.matchMedia?.(DARK);
  const apply = () => {
    const theme = query?.matches ? 'dark' : 'light';
    if (theme === 'dark') doc.documentElement.setAttribute(ATTR.theme, 'dark');
    else doc.documentElement.removeAttribute(ATTR.theme);
    return theme;
  };
  query?.addEventListener?.('change', () => onChange?.(apply()));
  return apply();
}
