/**
 * The Sheets sidebar's look: Google's CSS package for Editor add-ons
 * (https://developers.google.com/workspace/add-ons/guides/css, ssl.gstatic.com/docs/script/css/add-ons1.css), inlined
 * here because the sidebar is one self-contained HtmlService file that fetches nothing. Its conventions: Arial (Roboto
 * first, as Sheets itself now uses) at 13 px, a blue <button class="action"> for the primary action, grey plain buttons
 * for the others, .block and .form-group spacing, a 300 px wide sidebar.
 */
import type { HostTheme } from './theme';

const G = '[data-gp-look=google] .gp';
/** Google's blue "action" button and its hover / focus shades (Google Material blue 600 / 700; add-ons1.css had #4d90fe). */
export const GOOGLE_BLUE = '#1a73e8';
export const GOOGLE_CSS = `
[data-gp-look=google]{background:#fff;color:#222}
${G}{font-family:Roboto,Arial,sans-serif;font-size:13px;line-height:1.4;color:#222;width:300px;max-width:100%;padding:8px 12px}
${G} h1{font-size:16px;font-weight:normal}
${G} h2{font-size:13px;font-weight:bold;border-color:#e5e5e5}
${G} .block,${G} section{margin-bottom:14px}
${G} .form-group{margin-bottom:8px}
${G} label{font-weight:bold;color:#222}
${G} button{font-family:inherit;font-size:13px;font-weight:bold;height:29px;line-height:27px;min-width:72px;padding:0 8px;margin:2px 4px 2px 0;border:1px solid #dcdcdc;border-radius:2px;background:linear-gradient(#f5f5f5,#f1f1f1);color:#444;cursor:pointer}
${G} button:not(:disabled):hover{border-color:#c6c6c6;background:linear-gradient(#f8f8f8,#f1f1f1);color:#333;box-shadow:0 1px 1px rgba(0,0,0,.1)}
${G} button.action,${G} button.action:not(:disabled):hover{background:${GOOGLE_BLUE};border-color:${GOOGLE_BLUE};color:#fff}
${G} button.action:not(:disabled):hover{background:#1967d2;border-color:#1967d2}
${G} button:disabled{opacity:.5;cursor:default}
${G} button:focus-visible{outline:2px solid ${GOOGLE_BLUE};outline-offset:1px}
${G} button.gp-link,${G} button.gp-node{height:auto;line-height:inherit;min-width:0;background:none;border:none;font-weight:normal;box-shadow:none}
${G} input[type=text],${G} input[type=number],${G} input[type=date],${G} select,${G} textarea{font-family:inherit;font-size:13px;border:1px solid #d9d9d9;border-top-color:#c0c0c0;border-radius:1px;padding:4px 8px;background:#fff;color:#222}
${G} input[type=text],${G} input[type=number],${G} input[type=date],${G} select{height:29px}
${G} input:focus-visible,${G} select:focus-visible,${G} textarea:focus-visible{outline:none;border:1px solid ${GOOGLE_BLUE};box-shadow:inset 0 1px 2px rgba(0,0,0,.1)}
${G} input[type=checkbox]{accent-color:${GOOGLE_BLUE};width:13px;height:13px}
${G} .gp-check{font-weight:normal}
${G} .gp-link,${G} a{color:#15c}
${G} .gp-status.gp-error,${G} .gp-error{color:#dd4b39}
${G} .gp-hint{color:#777}
${G} .gp-spinner .gp-spinner-ring{border-color:#e5e5e5;border-top-color:${GOOGLE_BLUE}}
`;

export const GOOGLE_THEME: HostTheme = { look: 'google', dark: false, css: GOOGLE_CSS };
