/**
 * The Excel task pane's (and the playground's) look: Microsoft's Fluent UI 2. The colours, radii and type come from
 * Fluent's own design tokens (@fluentui/tokens webLightTheme / webDarkTheme), set as CSS custom properties the way the
 * Fluent web components' setTheme() does (one `--tokenName` per token on the document), and the controls get the
 * Fluent component styles below (values from Fluent 2's Button, Input, Select, Textarea, Checkbox, Label and Spinner).
 * The build keeps only the tokens this stylesheet names (scripts/build/fluentTokens.mjs), not all 459 of each theme.
 */
import { webDarkTheme, webLightTheme } from '@fluentui/tokens';
import type { HostTheme } from './theme';

const L = '[data-gp-look=fluent] .gp';
export const FLUENT_CSS = `
[data-gp-look=fluent]{background:var(--colorNeutralBackground1);color:var(--colorNeutralForeground1);color-scheme:light}
[data-gp-look=fluent][data-gp-dark]{color-scheme:dark}
body:has(>[data-gp-look=fluent]){background:var(--colorNeutralBackground1);margin:0}
${L}{font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase300);line-height:var(--lineHeightBase300);color:var(--colorNeutralForeground1)}
${L} h2{border-color:var(--colorNeutralStroke2)}
${L} .fui-Button{min-width:96px;padding:5px 12px;border:var(--strokeWidthThin) solid var(--colorNeutralStroke1);border-radius:var(--borderRadiusMedium);background:var(--colorNeutralBackground1);color:var(--colorNeutralForeground1);font-weight:var(--fontWeightSemibold);margin:2px 4px 2px 0}
${L} .fui-Button:not(:disabled):hover{background:var(--colorNeutralBackground1Hover);border-color:var(--colorNeutralStroke1Hover)}
${L} .fui-Button:not(:disabled):active{background:var(--colorNeutralBackground1Pressed)}
${L} .fui-Button--primary{background:var(--colorBrandBackground);border-color:transparent;color:var(--colorNeutralForegroundOnBrand)}
${L} .fui-Button--primary:not(:disabled):hover{background:var(--colorBrandBackgroundHover);border-color:transparent}
${L} .fui-Button--primary:not(:disabled):active{background:var(--colorBrandBackgroundPressed)}
${L} .fui-Button:disabled{background:var(--colorNeutralBackgroundDisabled);border-color:var(--colorNeutralStrokeDisabled);color:var(--colorNeutralForegroundDisabled);opacity:1}
${L} .fui-Input,${L} .fui-Select,${L} .fui-Textarea{min-height:32px;padding:5px 10px;border:var(--strokeWidthThin) solid var(--colorNeutralStroke1);border-bottom-color:var(--colorNeutralStrokeAccessible);border-radius:var(--borderRadiusMedium);background:var(--colorNeutralBackground1);color:var(--colorNeutralForeground1)}
${L} .fui-Input:hover,${L} .fui-Select:hover,${L} .fui-Textarea:hover{border-color:var(--colorNeutralStroke1Hover)}
${L} .fui-Input:focus-visible,${L} .fui-Select:focus-visible,${L} .fui-Textarea:focus-visible{outline:none;border-bottom:2px solid var(--colorCompoundBrandStroke)}
${L} .fui-Button:focus-visible{outline:2px solid var(--colorStrokeFocus2);outline-offset:1px}
${L} .fui-Label{font-weight:var(--fontWeightSemibold);color:var(--colorNeutralForeground1)}
${L} .fui-Checkbox{font-weight:400}
${L} .fui-Checkbox input{accent-color:var(--colorCompoundBrandBackground);width:16px;height:16px}
${L} .fui-Checkbox input:focus-visible{outline:2px solid var(--colorStrokeFocus2)}
${L} .gp-link,${L} .gp-help,${L} a{color:var(--colorBrandForegroundLink)}
${L} .gp-status{color:var(--colorPaletteGreenForeground1)}
${L} .gp-error,${L} .gp-status.gp-error{color:var(--colorPaletteRedForeground1)}
${L} .gp-hint,${L} .gp-warnings{color:var(--colorNeutralForeground3)}
${L} .gp-kpi{border-color:var(--colorNeutralStroke2)}
${L} .fui-Spinner .gp-spinner-ring{border-color:var(--colorNeutralStroke1);border-top-color:var(--colorCompoundBrandStroke)}
`;

/** The token names the stylesheet uses: only these are set on the page (and kept in the bundle). */
export const FLUENT_TOKENS_USED = [...new Set([...FLUENT_CSS.matchAll(/var\(--([A-Za-z0-9]+)\)/g)].map((m) => m[1]))];

/** Fluent in light or dark: the tokens of webLightTheme or webDarkTheme on the document, the stylesheet above. */
export function fluentTheme(dark: boolean): HostTheme {
  const tokens: Record<string, string | number> = dark ? webDarkTheme : webLightTheme;
  return {
    look: 'fluent',
    dark,
    css: FLUENT_CSS,
    apply(root) {
      // As Fluent's setTheme() falls back to: custom properties on <html>, so the page's background follows too.
      const target = root.ownerDocument.documentElement;
      for (const name of FLUENT_TOKENS_USED) if (tokens[name] !== undefined) target.style.setProperty(`--${name}`, String(tokens[name]));
    },
  };
}
