// @vitest-environment happy-dom
/**
 * The host themes (shared/ui/theme.ts, themeFluent.ts, themeGoogle.ts, themeOffice.ts) and the panel's stylesheets
 * (styles.ts, panelStyles.ts) in happy-dom, which computes styles from the page's <style> elements (var() included):
 * installTheme's style element and root attributes, Fluent's tokens light and dark, the Office theme's darkness, and
 * the rules a user would lose if a stylesheet went missing. Expected colours come from @fluentui/tokens' published
 * values (webLightTheme / webDarkTheme), Google's add-on CSS guide and WCAG 2's luminance formula, worked out by hand.
 */
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PLAIN_THEME, installTheme, type HostTheme } from '../../shared/ui/theme';
import { FLUENT_TOKENS_USED, fluentTheme } from '../../shared/ui/themeFluent';
import { GOOGLE_BLUE, GOOGLE_THEME } from '../../shared/ui/themeGoogle';
import { isDarkOfficeTheme, luminance } from '../../shared/ui/themeOffice';
import { mountUi } from './mountUi';

/** Clear what a theme leaves on the page: the style element and the tokens on <html>. */
function clearPage() {
  cleanup();
  document.getElementById('gp-host-theme')?.remove();
  document.documentElement.removeAttribute('style');
  document.body.replaceChildren();
}
beforeEach(clearPage);
afterEach(clearPage);

const hostStyles = () => [...document.head.querySelectorAll('style')].filter((s) => s.id === 'gp-host-theme');
const token = (name: string) => document.documentElement.style.getPropertyValue(`--${name}`);
const newRoot = (cls?: string) => {
  const root = document.createElement('div');
  if (cls) root.className = cls;
  document.body.append(root);
  return root;
};

describe('installTheme', () => {
  it('adds the theme\'s stylesheet once to <head> as #gp-host-theme and marks the root with data-gp-look', () => {
    const root = newRoot();
    const theme: HostTheme = { look: 'google', dark: false, css: '.a{color:red}' };
    installTheme(root, theme);
    const [style] = hostStyles();
    expect(hostStyles()).toHaveLength(1);
    expect(style.tagName).toBe('STYLE');
    expect(style.parentElement).toBe(document.head);
    expect(style.textContent).toBe('.a{color:red}');
    expect(root.getAttribute('data-gp-look')).toBe('google');
    expect(root.hasAttribute('data-gp-dark')).toBe(false);
    // Again (the Office theme changed): still one element.
    installTheme(root, theme);
    expect(hostStyles()).toHaveLength(1);
    expect(hostStyles()[0]).toBe(style);
    expect(style.textContent).toBe('.a{color:red}');
  });

  it('replaces an earlier theme: its stylesheet text, look and dark flag; the root\'s own classes stay', () => {
    const root = newRoot('addin wide');
    installTheme(root, { look: 'fluent', dark: true, css: '.dark{}' });
    expect(root.getAttribute('data-gp-look')).toBe('fluent');
    expect(root.getAttribute('data-gp-dark')).toBe('');
    expect(hostStyles().map((s) => s.textContent)).toEqual(['.dark{}']);
    installTheme(root, { look: 'google', dark: false, css: '.light{}' });
    expect(root.getAttribute('data-gp-look')).toBe('google');
    expect(root.hasAttribute('data-gp-dark')).toBe(false);
    expect(hostStyles().map((s) => s.textContent)).toEqual(['.light{}']);
    expect(root.className).toBe('addin wide');
  });

  it('leaves the stylesheet alone when only the tokens change (Fluent light to dark): the page does not parse it again', async () => {
    const root = newRoot();
    installTheme(root, fluentTheme(false));
    const style = hostStyles()[0];
    const changes: MutationRecord[] = [];
    const watch = new MutationObserver((records) => changes.push(...records));
    watch.observe(style, { childList: true, characterData: true, subtree: true });
    installTheme(root, fluentTheme(true));
    await new Promise((r) => setTimeout(r, 0));
    changes.push(...watch.takeRecords());
    watch.disconnect();
    expect(changes).toEqual([]);
    expect(root.getAttribute('data-gp-dark')).toBe('');
    expect(token('colorNeutralBackground1')).toBe('#292929');
  });

  it('calls the theme\'s apply with the root, every time; a theme without apply is fine', () => {
    const root = newRoot();
    const apply = vi.fn();
    installTheme(root, { look: 'fluent', dark: false, css: '', apply });
    installTheme(root, { look: 'fluent', dark: false, css: '', apply });
    expect(apply.mock.calls).toEqual([[root], [root]]);
    expect(() => installTheme(root, PLAIN_THEME)).not.toThrow();
    expect(root.getAttribute('data-gp-look')).toBe('fluent');
    expect(hostStyles().map((s) => s.textContent)).toEqual(['']);
  });

  it('the plain theme (no host) is Fluent\'s class names, light, without a stylesheet of its own', () => {
    expect(PLAIN_THEME).toEqual({ look: 'fluent', dark: false, css: '' });
  });
});

/** The 28 tokens FLUENT_CSS names in var(--...), in the order they first appear (read off the stylesheet by hand). */
const TOKENS = [
  'colorNeutralBackground1', 'colorNeutralForeground1', 'fontFamilyBase', 'fontSizeBase300', 'lineHeightBase300', 'colorNeutralStroke2',
  'strokeWidthThin', 'colorNeutralStroke1', 'borderRadiusMedium', 'fontWeightSemibold', 'colorNeutralBackground1Hover', 'colorNeutralStroke1Hover',
  'colorNeutralBackground1Pressed', 'colorBrandBackground', 'colorNeutralForegroundOnBrand', 'colorBrandBackgroundHover', 'colorBrandBackgroundPressed',
  'colorNeutralBackgroundDisabled', 'colorNeutralStrokeDisabled', 'colorNeutralForegroundDisabled', 'colorNeutralStrokeAccessible',
  'colorCompoundBrandStroke', 'colorStrokeFocus2', 'colorCompoundBrandBackground', 'colorBrandForegroundLink', 'colorPaletteGreenForeground1',
  'colorPaletteRedForeground1', 'colorNeutralForeground3',
];

describe('fluentTheme', () => {
  it('names exactly the tokens its stylesheet uses', () => {
    expect(FLUENT_TOKENS_USED).toEqual(TOKENS);
  });

  it('light: the look, not dark, webLightTheme\'s tokens on <html> (and only the ones the stylesheet names)', () => {
    const theme = fluentTheme(false);
    expect(theme.look).toBe('fluent');
    expect(theme.dark).toBe(false);
    const root = newRoot();
    theme.apply!(root);
    expect(token('colorBrandBackground')).toBe('#0f6cbd');
    expect(token('colorNeutralBackground1')).toBe('#ffffff');
    expect(token('colorNeutralForeground1')).toBe('#242424');
    expect(token('colorPaletteRedForeground1')).toBe('#bc2f32');
    expect(token('borderRadiusMedium')).toBe('4px');
    expect(token('fontWeightSemibold')).toBe('600');
    expect(token('fontFamilyBase')).toContain('Segoe UI');
    // Set on the document, not on the panel's root.
    expect(root.style.getPropertyValue('--colorBrandBackground')).toBe('');
    // A token the stylesheet never names stays off the page.
    expect(token('colorBrandBackground2')).toBe('');
    const html = document.documentElement.style;
    expect(Array.from({ length: html.length }, (_, i) => html.item(i)).filter((p) => p.startsWith('--')).sort()).toEqual(TOKENS.map((t) => `--${t}`).sort());
  });

  it('dark: webDarkTheme\'s tokens, which differ from the light ones where it matters', () => {
    const theme = fluentTheme(true);
    expect(theme.look).toBe('fluent');
    expect(theme.dark).toBe(true);
    theme.apply!(newRoot());
    expect(token('colorBrandBackground')).toBe('#115ea3');
    expect(token('colorNeutralBackground1')).toBe('#292929');
    expect(token('colorNeutralForeground1')).toBe('#ffffff');
    expect(token('colorPaletteRedForeground1')).toBe('#e37d80');
    // Switching back to light (OfficeThemeChanged) overwrites them.
    fluentTheme(false).apply!(newRoot());
    expect(token('colorNeutralBackground1')).toBe('#ffffff');
  });

  it('on the mounted panel (dark): dark surface, light text, the brand-blue primary button, Segoe UI', async () => {
    const ui = await mountUi({ theme: fluentTheme(true) });
    expect(ui.root.getAttribute('data-gp-look')).toBe('fluent');
    expect(ui.root.getAttribute('data-gp-dark')).toBe('');
    const root = getComputedStyle(ui.root);
    expect(root.backgroundColor).toBe('#292929');
    const gp = getComputedStyle(ui.root.querySelector('.gp')!);
    expect(gp.color).toBe('#ffffff');
    expect(gp.fontFamily).toContain('Segoe UI');
    await ui.openTask('Traffic lights');
    const primary = screen.getByRole('button', { name: 'Refresh traffic lights' });
    expect(primary.className).toBe('fui-Button fui-Button--primary gp-primary');
    expect(getComputedStyle(primary).backgroundColor).toBe('#115ea3');
    const back = screen.getByRole('button', { name: /Home/ });
    expect(getComputedStyle(back).backgroundColor).toBe('#292929');
    expect(getComputedStyle(back).borderRadius).toBe('4px');
  });

  it('on the mounted panel (light), an error in the status line is Fluent\'s red', async () => {
    const ui = await mountUi({ theme: fluentTheme(false), initialStatus: { text: 'Something went wrong.', error: true } });
    expect(ui.root.hasAttribute('data-gp-dark')).toBe(false);
    expect(getComputedStyle(ui.root).backgroundColor).toBe('#ffffff');
    const status = ui.status();
    expect(status.textContent).toBe('Something went wrong.');
    expect(getComputedStyle(status).color).toBe('#bc2f32');
  });
});

describe('GOOGLE_THEME', () => {
  it('is Google\'s look, light, with no tokens to set', () => {
    expect(GOOGLE_THEME.look).toBe('google');
    expect(GOOGLE_THEME.dark).toBe(false);
    expect(GOOGLE_THEME.apply).toBeUndefined();
    expect(GOOGLE_BLUE).toBe('#1a73e8');
  });

  it('on the mounted panel: Roboto/Arial 13 px, 300 px wide, a blue "action" button, a grey plain one, Google red errors', async () => {
    const ui = await mountUi({ theme: GOOGLE_THEME, initialStatus: { text: 'Could not read the sheet.', error: true } });
    expect(ui.root.getAttribute('data-gp-look')).toBe('google');
    expect(ui.root.hasAttribute('data-gp-dark')).toBe(false);
    const gp = getComputedStyle(ui.root.querySelector('.gp')!);
    expect(gp.fontFamily.split(',')[0].trim()).toBe('Roboto');
    expect(gp.fontFamily).toContain('Arial');
    expect(gp.fontSize).toBe('13px');
    expect(gp.width).toBe('300px');
    expect(getComputedStyle(ui.status()).color).toBe('#dd4b39');
    // No Fluent token on the page.
    expect(token('colorBrandBackground')).toBe('');
    await ui.openTask('Traffic lights');
    const primary = screen.getByRole('button', { name: 'Refresh traffic lights' });
    expect(primary.className).toBe('action gp-primary');
    expect(getComputedStyle(primary).backgroundColor).toBe('#1a73e8');
    expect(getComputedStyle(primary).color).toBe('#fff');
    const back = screen.getByRole('button', { name: /Home/ });
    expect(back.className).toBe('gp-back');
    expect(getComputedStyle(back).backgroundImage).toBe('linear-gradient(#f5f5f5, #f1f1f1)');
  });
});

describe('luminance (WCAG 2 relative luminance)', () => {
  it('is 1 for white and 0 for black, in six- and three-digit forms, with or without #, any case, around spaces', () => {
    expect(luminance('#ffffff')).toBe(1);
    expect(luminance('#FFFFFF')).toBe(1);
    expect(luminance('#fff')).toBe(1);
    expect(luminance('FFF')).toBe(1);
    expect(luminance('  #ffffff ')).toBe(1);
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#000')).toBe(0);
  });

  it('weighs red, green and blue 0.2126, 0.7152 and 0.0722', () => {
    expect(luminance('#ff0000')).toBeCloseTo(0.2126, 10);
    expect(luminance('#00ff00')).toBeCloseTo(0.7152, 10);
    expect(luminance('#0000ff')).toBeCloseTo(0.0722, 10);
    expect(luminance('#f00')).toBeCloseTo(0.2126, 10);
  });

  it('linearises each channel: ((c + 0.055) / 1.055) ^ 2.4 above 0.03928, c / 12.92 at or below', () => {
    // 0x77 = 119: (119/255 + 0.055) / 1.055 = 0.49451; ^2.4 = 0.18447.
    expect(luminance('#777777')).toBeCloseTo(0.18447, 4);
    // 0x26 = 38: 0.19337 ^ 2.4 = 0.01938 (Office's Black theme background).
    expect(luminance('#262626')).toBeCloseTo(0.01938, 4);
    // 0x66 = 102: 0.43128 ^ 2.4 = 0.13287 (Office's Dark Gray).
    expect(luminance('#666666')).toBeCloseTo(0.13287, 4);
    // 1/255 = 0.003922 is in the linear part: / 12.92 = 0.0003035 (the power curve would give 0.00098).
    expect(luminance('#010101')).toBeCloseTo(0.0003035, 6);
    // 10/255 = 0.039216, just at or below 0.03928: 0.0030353.
    expect(luminance('#0a0a0a')).toBeCloseTo(0.0030353, 6);
    // 11/255 = 0.043137, just above: ((0.043137 + 0.055) / 1.055) ^ 2.4 = 0.0033465 (c / 12.92 would be 0.0033388).
    expect(luminance('#0b0b0b')).toBeCloseTo(0.0033465, 6);
    // #f80 is #ff8800: 0.2126 + 0.7152 * (0x88 = 136: 0.55766 ^ 2.4 = 0.24620) = 0.38869.
    expect(luminance('#f80')).toBeCloseTo(0.38869, 4);
    expect(luminance('#ff8800')).toBeCloseTo(0.38869, 4);
    // Each channel read from its own two digits: #102030.
    // 0x10 = 16: 0.06275 -> 0.005182; 0x20 = 32: 0.12549 -> 0.014444; 0x30 = 48: 0.18824 -> 0.029557.
    expect(luminance('#102030')).toBeCloseTo(0.2126 * 0.005182 + 0.7152 * 0.014444 + 0.0722 * 0.029557, 5);
  });

  it('is undefined for anything but #rgb / #rrggbb', () => {
    for (const bad of ['', 'red', '#ff', '#ffff', '#fffffff', '#ggg', '#12345g', 'x#fff', '#fffx', 'rgb(0,0,0)', '##fff']) {
      expect(luminance(bad), bad).toBeUndefined();
    }
  });
});

describe('isDarkOfficeTheme', () => {
  it('is light outside Office or where the theme is missing or empty', () => {
    expect(isDarkOfficeTheme(undefined)).toBe(false);
    expect(isDarkOfficeTheme(null)).toBe(false);
    expect(isDarkOfficeTheme({})).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '' })).toBe(false);
  });

  it('follows isDarkTheme where Office gives it, whatever the background says', () => {
    expect(isDarkOfficeTheme({ isDarkTheme: true })).toBe(true);
    expect(isDarkOfficeTheme({ isDarkTheme: true, bodyBackgroundColor: '#FFFFFF' })).toBe(true);
    expect(isDarkOfficeTheme({ isDarkTheme: false, bodyBackgroundColor: '#262626' })).toBe(false);
  });

  it('without the flag, a body background darker than mid grey is dark', () => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#262626' })).toBe(true); // Black
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#666666' })).toBe(true); // Dark Gray
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#000' })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#FFFFFF' })).toBe(false); // White / Colorful
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#e6e6e6' })).toBe(false);
    // Either side of 0.18: #757575 is 0.17788, #767676 is 0.18117.
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#757575' })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#767676' })).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#777777' })).toBe(false);
  });

  it('stays light for a background it cannot read, and ignores an isDarkTheme that is not a boolean', () => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor: 'black' })).toBe(false);
    expect(isDarkOfficeTheme({ isDarkTheme: 'true' as unknown as boolean, bodyBackgroundColor: '#ffffff' })).toBe(false);
    expect(isDarkOfficeTheme({ isDarkTheme: 1 as unknown as boolean, bodyBackgroundColor: '#262626' })).toBe(true);
  });
});

describe('the panel\'s own stylesheets (styles.ts, panelStyles.ts) in the page', () => {
  /** The text of the panel's inline <style> (in <main class="gp">). */
  const panelCss = (root: HTMLElement) => root.querySelector('main.gp > style')!.textContent!;

  it('are in the panel and hold the rules it needs: the error colour, focus rings, the read-out-only status, the sticky status', async () => {
    const ui = await mountUi({ initialStatus: { text: 'Could not refresh.', error: true } });
    const css = panelCss(ui.root);
    // The generic look (no host theme): an error is dark red and bold.
    const status = ui.status();
    expect(status.className).toBe('gp-status gp-error');
    expect(getComputedStyle(status).color).toBe('#a4262c');
    expect(getComputedStyle(status).fontWeight).toBe('600');
    // A keyboard user sees where the focus is.
    expect(css).toContain('.gp button:focus-visible,.gp input:focus-visible,.gp textarea:focus-visible,.gp select:focus-visible{outline:2px solid #0f6cbd;outline-offset:1px}');
    expect(css).toContain('.gp-task h2:focus-visible{outline:2px solid #0f6cbd;outline-offset:1px}');
    // The status a part already shows next to its button is only read out: visually hidden, still in the page.
    expect(css).toContain('.gp-sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}');
    // The goal tree's status stays in view at the bottom.
    expect(css).toContain('.gp-taskstatus.gp-sticky{position:sticky;bottom:0;');
    // The primary action stands out without a host theme.
    expect(css).toContain('.gp .gp-primary{background:#0f6cbd;color:#fff;border-color:#0f6cbd}');
  });

  it('lay out the wizard\'s KPI: a framed group with a bold legend, its fields side by side', async () => {
    const ui = await mountUi({ startTask: 'wizard' });
    await waitFor(() => screen.getByLabelText('Goal statement'));
    const kpi = ui.root.querySelector('fieldset')!;
    expect(kpi.className).toBe('gp-kpi');
    expect(getComputedStyle(kpi).border).toBe('1px solid #d2d0ce');
    expect(getComputedStyle(kpi.querySelector('legend')!).fontWeight).toBe('600');
    const row = kpi.querySelector('.gp-row')!;
    expect(getComputedStyle(row).display).toBe('flex');
  });

  it('hide the read-out-only status: after the wizard adds a goal, its status is in the page but 1 px and absolute', async () => {
    const ui = await mountUi({ startTask: 'wizard' });
    await waitFor(() => screen.getByLabelText('Goal statement'));
    await ui.user.type(screen.getByLabelText('Goal statement'), 'Grow revenue from 10 to 12 M EUR by 2027-12-31');
    await ui.user.click(screen.getByRole('button', { name: 'Add to cascade' }));
    await waitFor(() => expect(ui.argsOf('addGoal')).toHaveLength(1));
    await waitFor(() => expect(ui.status().className).toBe('gp-status gp-sr-only'));
    const style = getComputedStyle(ui.status());
    expect(style.position).toBe('absolute');
    expect(style.width).toBe('1px');
    expect(style.height).toBe('1px');
    expect(style.overflow).toBe('hidden');
  });
});
