/**
 * The playground's file bar: download the workbook as .xlsx, open an .xlsx (it replaces the playground's workbook,
 * after asking), and start a new, empty workbook (after asking).
 */
import { friendlyFileError } from './friendlyErrors';
import { loadWorkbook } from './persistence';
import type { Selection } from './selection';
import type { PlaygroundWorkbook } from './workbook';
import { loadExcelJs, workbookToXlsx, XLSX_TYPE, xlsxToSaved } from './xlsxFile';

export const DOWNLOAD_NAME = 'goalpost-playground.xlsx';

export class FileActions {
  readonly element: HTMLElement;
  private readonly status: HTMLElement;

  constructor(
    private readonly wb: PlaygroundWorkbook,
    private readonly selection: Selection,
    private readonly doc: Document = document,
  ) {
    this.element = doc.createElement('div');
    this.element.className = 'file-actions';

    const download = this.button('Download .xlsx', () => this.download());
    download.dataset.testid = 'download';

    const openLabel = doc.createElement('label');
    openLabel.className = 'button-like';
    openLabel.textContent = 'Open .xlsx…';
    const picker = doc.createElement('input');
    picker.type = 'file';
    picker.accept = `.xlsx,${XLSX_TYPE}`;
    picker.className = 'visually-hidden';
    picker.dataset.testid = 'upload';
    picker.addEventListener('change', () => {
      const file = picker.files?.[0];
      picker.value = '';
      if (file) void this.open(file);
    });
    openLabel.append(picker);

    const reset = this.button('New workbook', () => this.newWorkbook());
    this.status = doc.createElement('span');
    this.status.className = 'file-status';
    this.status.setAttribute('role', 'status');
    this.status.dataset.testid = 'file-status';
    this.element.append(download, openLabel, reset, this.status);
  }

  private button(text: string, onClick: () => void): HTMLButtonElement {
    const b = this.doc.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.addEventListener('click', onClick);
    return b;
  }

  say(text: string, error = false): void {
    this.status.textContent = text;
    this.status.classList.toggle('error', error);
  }

  private hasContent(): boolean {
    return this.wb.sheetNames().some((s) => {
      const { rows, cols } = this.wb.size(s);
      return rows > 0 || cols > 0 || this.wb.meta(s).conditionalRules.length > 0;
    });
  }

  private confirm(question: string): boolean {
    return !this.hasContent() || (this.doc.defaultView?.confirm(question) ?? true);
  }

  async download(): Promise<void> {
    try {
      this.say('Preparing the .xlsx…');
      const bytes = await workbookToXlsx(this.wb, await loadExcelJs());
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
      const a = this.doc.createElement('a');
      a.href = url;
      a.download = DOWNLOAD_NAME;
      this.doc.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      this.say(`Downloaded ${DOWNLOAD_NAME}.`);
    } catch (e) {
      this.say(`Could not write the .xlsx: ${e instanceof Error ? e.message : String(e)}`, true);
    }
  }

  async open(file: File): Promise<void> {
    try {
      if (!this.confirm(`Open ${file.name}? It replaces the workbook in the playground (download it first to keep it).`)) return;
      this.say(`Opening ${file.name}…`);
      const saved = await xlsxToSaved(new Uint8Array(await file.arrayBuffer()), await loadExcelJs());
      loadWorkbook(this.wb, saved);
      this.selection.set({ sheet: this.wb.sheetNames()[0], row: 0, col: 0 });
      this.say(`Opened ${file.name}: ${saved.sheets.length} sheet${saved.sheets.length === 1 ? '' : 's'}.`);
    } catch (e) {
      this.say(`Could not open ${file.name}. ${friendlyFileError(e instanceof Error ? e.message : String(e))}`, true);
    }
  }

  newWorkbook(): void {
    if (!this.confirm('Start a new, empty workbook? The current one is not kept (download it first to keep it).')) return;
    this.wb.batch(() => {
      this.wb.clear();
      this.wb.addSheet('Sheet1');
    });
    this.selection.set({ sheet: 'Sheet1', row: 0, col: 0 });
    this.say('New workbook.');
  }
}
