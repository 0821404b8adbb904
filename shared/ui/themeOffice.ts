/**
 * Light or dark from the user's Office theme. Office.context.officeTheme
 * (https://learn.microsoft.com/javascript/api/office/office.officetheme) gives the theme's colours as "#RRGGBB"
 * strings and, in newer Office, `isDarkTheme`; where that flag is absent the background colour's luminance decides.
 * Outside Office, or where officeTheme is undefined (Office on the web before the theme API), the pane stays light.
 */
export interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/** Relative luminance (WCAG 2) of "#rrggbb" or "#rgb", 0 (black) to 1 (white); undefined for anything else. */
export function luminance(color: string): number | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return undefined;
  const hex = m[1].length === 3 ? m[1].replace(/./g, (c) => c + c) : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Whether the Office theme is dark: isDarkTheme where Office gives it, else a body background darker than mid grey. */
export function isDarkOfficeTheme(theme: OfficeThemeLike | undefined | null): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  const l = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : undefined;
  // 0.18 is about the luminance of mid grey (#777, 0.184): Office's Dark Gray (#666) and Black (#262626) fall below it.
  return l !== undefined && l < 0.18;
}
