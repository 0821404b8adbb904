/**
 * A bounded history of steps for Ctrl+Z / Ctrl+Y: undo takes the newest done step and keeps it for redo; a new step
 * forgets what was undone (as every spreadsheet does). The workbook keeps one step per change beside HyperFormula's
 * own undo entry for it, so the sheets' metadata (formats, rules, widths) goes back and forth with the cells.
 */
export class UndoStack<T> {
  private done: T[] = [];
  private undone: T[] = [];

  constructor(private readonly limit: number) {
    if (!(limit >= 0)) throw new Error(`An undo history needs a limit of 0 or more steps, not ${limit}.`);
  }

  push(step: T): void {
    this.done.push(step);
    // The oldest steps go first, as HyperFormula drops its oldest entries past its undoLimit.
    if (this.done.length > this.limit) this.done.splice(0, this.done.length - this.limit);
    this.undone = [];
  }

  /** The step to take back (now redoable), or undefined when there is none. */
  undo(): T | undefined {
    const step = this.done.pop();
    if (step !== undefined) this.undone.push(step);
    return step;
  }

  /** The step to do again (now undoable), or undefined when there is none. */
  redo(): T | undefined {
    const step = this.undone.pop();
    if (step !== undefined) this.done.push(step);
    return step;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
