/** "dark" when the page paints a dark background, whatever the system theme says. */
export function pageTheme(doc: Document): 'dark' | 'light' {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = parseRgb(getComputedStyle(el).backgroundColor);
    if (rgb && rgb.alpha > 0) return luminance(rgb) < 0.35 ? 'dark' : 'light';
  }
  return 'light';
}

interface Rgb {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

export function parseRgb(value: string): Rgb | undefined {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return undefined;
  const alphaText = m[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number.parseFloat(alphaText) / 100 : Number(alphaText);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), alpha };
}

function luminance({ r, g, b }: Rgb): number {
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
