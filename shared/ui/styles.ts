/**
 * The generic stylesheet: layout and neutral defaults every host shares, inlined so the Sheets sidebar stays a single
 * self-contained file. Fits 300 px. Each host's look (themeFluent.ts, themeGoogle.ts) restyles the controls on top of it.
 */
export const STYLES = `
.gp{font:13px/1.4 "Segoe UI",Roboto,Arial,sans-serif;color:#1f1f1f;padding:8px 10px;max-width:100%;box-sizing:border-box}
.gp *{box-sizing:border-box}
.gp h1{font-size:18px;margin:0 0 6px}
.gp h2{font-size:14px;margin:14px 0 6px;border-bottom:1px solid #ddd;padding-bottom:2px}
.gp button{font:inherit;padding:5px 10px;margin:2px 0;border:1px solid #8a8886;border-radius:3px;background:#fff;cursor:pointer;max-width:100%}
.gp button:not(.gp-link):not(:disabled):hover{background:#f3f2f1}
.gp button:focus-visible,.gp input:focus-visible,.gp textarea:focus-visible,.gp select:focus-visible{outline:2px solid #0f6cbd;outline-offset:1px}
.gp button:disabled{opacity:.55;cursor:default}
.gp .gp-primary{background:#0f6cbd;color:#fff;border-color:#0f6cbd}
.gp label{display:block;margin:6px 0 2px;font-weight:600}
.gp .gp-check{font-weight:400;display:flex;gap:6px;align-items:center}
.gp textarea,.gp input[type=text],.gp input[type=number],.gp input[type=date],.gp select{width:100%;font:inherit;padding:4px;border:1px solid #8a8886;border-radius:3px}
.gp-status{min-height:1.4em;margin:0 0 4px;color:#0b5a0b}
.gp-status.gp-error{color:#a4262c;font-weight:600}
.gp-findings{list-style:none;padding:0;margin:6px 0}
.gp-findings li{margin:3px 0;padding-left:8px;border-left:3px solid #c8c6c4}
.gp-findings .gp-error{border-color:#a4262c}.gp-findings .gp-warning{border-color:#c19c00}
.gp .gp-link{border:none;background:none;padding:0;color:#0f6cbd;text-decoration:underline;text-align:left}
.gp-criteria{list-style:none;padding:0;margin:6px 0}
.gp-criteria li{margin:4px 0;padding:4px 6px;border-radius:3px}
.gp-criteria .gp-yes{background:#C6EFCE;color:#006100}
.gp-criteria .gp-no{background:#FFC7CE;color:#9C0006}
.gp-criteria .gp-unknown{background:#FFEB9C;color:#9C5700}
.gp-hint{display:block;font-size:12px}
.gp-warnings{color:#9C5700;padding-left:16px;margin:4px 0}
.gp-progress{display:flex;gap:8px;align-items:center;margin:6px 0}
.gp-spinner-ring{width:16px;height:16px;border:2px solid #d1d1d1;border-top-color:#0f6cbd;border-radius:50%;animation:gp-spin 1s linear infinite}
@keyframes gp-spin{to{transform:rotate(360deg)}}
@media (prefers-reduced-motion:reduce){.gp-spinner-ring{animation:none}}
`;
export const WIZARD_STYLES = `
.gp-row{display:flex;gap:6px}.gp-row>span{flex:1;min-width:0}
.gp-kpi{border:1px solid #d2d0ce;border-radius:3px;margin:8px 0;padding:4px 8px 8px}
.gp-kpi legend{font-weight:600;padding:0 4px}
.gp-score{margin:6px 0 0;font-weight:600}
`;
