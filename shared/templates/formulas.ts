/**
 * The template's formulas for each host flavour (templates.md):
 * - excel: per-row formulas with our functions under GOALS. (KPIs is a table, so its formulas become calculated columns);
 * - sheets: ONE array formula per computed column in its header cell, over whole columns: every custom-function cell is
 *   a separate server execution in Sheets, so never one per row;
 * - playground: per-row formulas without the prefix, evaluated by HyperFormula with our plugin.
 * Only built-in functions that exist in Excel, Sheets and HyperFormula are used besides ours.
 */
import type { HostKind } from '../host/port';
import { quoteSheet } from '../host/plan';
import { settingCell, type SettingKey } from './layout';

export interface SheetNames {
  Strategy: string; Goals: string; KPIs: string; OKRs: string; NPS: string; Review: string; Settings: string;
}

export class Formulas {
  constructor(readonly host: HostKind, readonly names: SheetNames, readonly goalRows: number, readonly kpiRows: number) {}

  /** Our function's name in this host's formulas. */
  fn(name: string): string {
    return this.host === 'excel' ? `GOALS.${name}` : name;
  }
  ref(sheet: keyof SheetNames, a1: string): string {
    return `${quoteSheet(this.names[sheet])}!${a1}`;
  }
  setting(k: SettingKey): string {
    return this.ref('Settings', settingCell(k));
  }
  /** A setting as a conditional-format rule reads it: Sheets rules cannot refer to other sheets except via INDIRECT. */
  settingForRule(k: SettingKey): string {
    if (this.host !== 'sheets') return this.setting(k);
    const a1 = settingCell(k).replace(/\$/g, '');
    return `INDIRECT("${quoteSheet(this.names.Settings).replace(/"/g, '""')}!${a1}")`;
  }
  get lastGoalRow() {
    return this.goalRows + 1;
  }
  get lastKpiRow() {
    return this.kpiRows + 1;
  }
  get perRow() {
    return this.host !== 'sheets';
  }

  // ----- KPIs ----------------------------------------------------------------------------------------------------
  /** The computed KPI columns, header -> formula for row r (per-row flavours) or the header-cell array formula (sheets). */
  kpiColumns(): Record<string, (r: number) => string> {
    const K = this.lastKpiRow;
    const G = this.lastGoalRow;
    const goals = (a1: string) => this.ref('Goals', a1);
    if (this.perRow) {
      return {
        Attainment: (r) => `=${this.fn('KPI_ATTAINMENT')}(L${r},K${r},J${r},G${r})`,
        Pace: (r) => `=${this.fn('KPI_PACE')}(L${r},K${r},M${r},N${r},${this.setting('asOf')},J${r},G${r})`,
        Status: (r) => `=${this.fn('KPI_STATUS')}(O${r},${this.setting('greenAt')},${this.setting('yellowAt')})`,
        Team: (r) => `=IF(B${r}="","",IFERROR(VLOOKUP(B${r},${goals(`$A$2:$D$${G}`)},4,0),""))`,
        Check: (r) => `=IF(A${r}="","",IF(I${r}="","No owner",IF(K${r}="","No target",IF(N${r}="","No deadline",` +
          `IF(COUNTIF(I$2:I$${K},I${r})>${this.setting('maxKpisPerPerson')},"Owner has too many KPIs",` +
          `IF(AND(R${r}<>"",COUNTIF(R$2:R$${K},R${r})>${this.setting('maxKpisPerTeam')}),"Team has too many KPIs","OK"))))))`,
      };
    }
    return {
      Attainment: () => `={"Attainment";${this.fn('KPI_ATTAINMENT')}(L2:L,K2:K,J2:J,G2:G)}`,
      Pace: () => `={"Pace";${this.fn('KPI_PACE')}(L2:L,K2:K,M2:M,N2:N,${this.setting('asOf')},J2:J,G2:G)}`,
      Status: () => `={"Status";${this.fn('KPI_STATUS')}(O2:O,${this.setting('greenAt')},${this.setting('yellowAt')})}`,
      Team: () => `={"Team";ARRAYFORMULA(IF(B2:B="","",IFERROR(VLOOKUP(B2:B,${goals('$A$2:$D')},4,0),"")))}`,
      Check: () => `={"Check";ARRAYFORMULA(IF(A2:A="","",IF(I2:I="","No owner",IF(K2:K="","No target",IF(N2:N="","No deadline",` +
        `IF(COUNTIF(I2:I,I2:I)>${this.setting('maxKpisPerPerson')},"Owner has too many KPIs",` +
        `IF((R2:R<>"")*(COUNTIF(R2:R,R2:R)>${this.setting('maxKpisPerTeam')}),"Team has too many KPIs","OK")))))))}`,
    };
  }

  // ----- Goals ---------------------------------------------------------------------------------------------------
  goalColumns(): Record<string, (r: number) => string> {
    const G = this.lastGoalRow;
    const K = this.lastKpiRow;
    const kpis = (a1: string) => this.ref('KPIs', a1);
    if (this.perRow) {
      return {
        'SMART check': (r) => `=${this.fn('SMART_CHECK')}(F${r},H${r},C${r})`,
        Status: (r) => `=${this.fn('KPI_STATUS')}(K${r},${this.setting('greenAt')},${this.setting('yellowAt')})`,
        KPIs: (r) => `=IF(A${r}="","",COUNTIF(${kpis(`$B$2:$B$${K}`)},A${r}))`,
        Check: (r) => `=IF(A${r}="","",IF(M${r}=0,"No KPI",IF(E${r}="","No owner",IF(H${r}="","No deadline","OK"))))`,
      };
    }
    return {
      'SMART check': () => `={"SMART check";${this.fn('SMART_CHECK')}(F2:F,H2:H,C2:C)}`,
      'Roll-up': () => `={"Roll-up";${this.fn('CASCADE_ROLLUP')}(A2:A,C2:C,${kpis('B2:B')},${kpis('O2:O')},,I2:I)}`,
      Status: () => `={"Status";${this.fn('KPI_STATUS')}(K2:K,${this.setting('greenAt')},${this.setting('yellowAt')})}`,
      KPIs: () => `={"KPIs";ARRAYFORMULA(IF(A2:A="","",COUNTIF(${kpis('B2:B')},A2:A)))}`,
      Check: () => `={"Check";ARRAYFORMULA(IF(A2:A="","",IF(M2:M=0,"No KPI",IF(E2:E="","No owner",IF(H2:H="","No deadline","OK")))))}`,
    };
    void G;
  }

  /** The goal tree's roll-up: one spilled call in Roll-up row 2 (per-row flavours; Goals is not an Excel table for it). */
  rollup(): string {
    const G = this.lastGoalRow;
    const K = this.lastKpiRow;
    return `=${this.fn('CASCADE_ROLLUP')}(A2:A${G},C2:C${G},${this.ref('KPIs', `B2:B${K}`)},${this.ref('KPIs', `O2:O${K}`)},,I2:I${G})`;
  }
}
