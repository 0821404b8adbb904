/**
 * The layout of the task-by-task panel (issue 14): Home with the workbook's numbers and one button per task, one task
 * at a time with a way back, and a status bar that stays in view inside the open task. Only layout lives here: the
 * look of buttons and inputs is the host theme's (styles.ts, controls.tsx).
 */
export const PANEL_STYLES = `
.gp-lead{margin:0 0 8px}
.gp-summary{list-style:none;padding:0;margin:0 0 10px;display:grid;grid-template-columns:repeat(auto-fill,minmax(120px,1fr));gap:6px}
.gp-summary li{border:1px solid #d2d0ce;border-radius:4px;padding:4px 6px;min-width:0;overflow-wrap:anywhere}
.gp-summary .gp-num{display:block;font-size:18px;font-weight:600;line-height:1.2}
.gp-summary .gp-attention{border-color:#c19c00;background:#fff8e1}
.gp-summary .gp-wide{grid-column:1/-1}
.gp-tasks{list-style:none;padding:0;margin:4px 0 0;display:flex;flex-direction:column;gap:4px}
.gp-tasks button{width:100%;text-align:left}
.gp-taskbar{display:flex;align-items:center;gap:8px;margin:0 0 2px}
.gp-task h2{outline:none}
.gp-task h2:focus-visible{outline:2px solid #0f6cbd;outline-offset:1px}
.gp-taskstatus{padding:4px 0;margin-top:6px}
.gp-taskstatus.gp-sticky{position:sticky;bottom:0;background:#fff;border-top:1px solid #edebe9}
.gp-taskstatus.gp-empty{border-top:none;padding:0;margin:0}
.gp-taskstatus .gp-status{margin:0}
.gp-sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.gp-progress{display:flex;align-items:center;gap:8px;margin:0 0 4px}
.gp-progress progress{flex:1;min-width:0;max-width:160px;height:6px}
`;
