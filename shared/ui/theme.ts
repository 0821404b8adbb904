/**
 * The host theme: which native look the shared panel takes. One component code (controls.tsx), one theme per host:
 * 'fluent' in Excel and the playground (Microsoft's Fluent UI, following the Office theme, dark included), 'google' in
 * the Sheets sidebar (Google's add-on CSS look). The theme's stylesheet comes with the theme object, so a host's bundle
 * carries only its own look (the sidebar never bundles Fluent's tokens, the task pane never Google's CSS).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type HostLook = 'fluent' | 'google';

export interface HostTheme {
  look: HostLook;
  /** Light text on a dark background (Excel's Black / Dark Gray Office themes). */
  dark: boolean;
  /** The look's stylesheet, added once to the page's head (the sidebar cannot fetch one). */
  css: string;
  /** Sets the look's CSS custom properties (Fluent's design tokens) on the page; called again when the theme changes. */
  apply?(root: HTMLElement): void;
}

/** Without a host theme the panel keeps the generic stylesheet (styles.ts) and the Fluent class names. */
export const PLAIN_THEME: HostTheme = { look: 'fluent', dark: false, css: '' };

export const HostThemeContext = createContext<HostTheme>(PLAIN_THEME);
export const useHostTheme = () => useContext(HostThemeContext);

const STYLE_ID = 'gp-host-theme';

/**
 * Put the theme on the page: its stylesheet in <head> (replacing an earlier theme's), its attributes on the panel's root
 * (data-gp-look=fluent|google, data-gp-dark) and its tokens. Safe to call again when the user switches the Office theme.
 */
export function installTheme(root: HTMLElement, theme: HostTheme): void {
  const doc = root.ownerDocument;
  let style = doc.getElementById(STYLE_ID) as HTMLStyleElement | null;
  if (!style) {
    style = doc.createElement('style');
    style.id = STYLE_ID;
    doc.head.appendChild(style);
  }
  if (style.textContent !== theme.css) style.textContent = theme.css;
  // Attributes, not classes: the page's own classes on the root stay as they were (the playground's #addin).
  root.dataset.gpLook = theme.look;
  if (theme.dark) root.dataset.gpDark = '';
  else delete root.dataset.gpDark;
  theme.apply?.(root);
}
