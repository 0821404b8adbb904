/** Which sheet is shown and which cell is selected: view state shared by the grid, the adapter and persistence. */
export interface CellPosition {
  sheet: string;
  row: number;
  col: number;
}

export class Selection {
  private current: CellPosition;
  private readonly listeners = new Set<(p: CellPosition) => void>();

  constructor(initial: CellPosition) {
    this.current = { ...initial };
  }

  get(): CellPosition {
    return { ...this.current };
  }

  set(p: CellPosition): void {
    const next = { sheet: p.sheet, row: Math.max(0, p.row), col: Math.max(0, p.col) };
    if (next.sheet === this.current.sheet && next.row === this.current.row && next.col === this.current.col) return;
    this.current = next;
    for (const l of [...this.listeners]) l(this.get());
  }

  onChange(listener: (p: CellPosition) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
