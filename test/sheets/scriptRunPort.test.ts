/**
 * The sidebar's Host port for Sheets (src/sheets/scriptRunPort.ts) against a fake of Apps Script's client API,
 * google.script.run (developers.google.com/apps-script/guides/html/reference/run):
 * - `google.script.run.myFunction(...)` "Executes the server-side Apps Script function with the corresponding name";
 *   it is asynchronous and returns nothing: the value reaches the success handler. The fake answers in a later task.
 * - withSuccessHandler(function) / withFailureHandler(function) return a runner "for chaining"; the failure handler runs
 *   "if the server-side function throws an exception", with "The Error object ... passed to the function as the first
 *   argument".
 * - "Legal parameters are JavaScript primitives like a Number, Boolean, String, or null, as well as JavaScript objects
 *   and arrays composed of primitives": the fake refuses undefined and Dates as arguments, so a port that let one
 *   through fails here.
 * Outside Sheets (no HtmlService page) there is no `google` at all.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OUTSIDE_SHEETS, scriptRunAvailable, scriptRunPort } from '../../src/sheets/scriptRunPort';

type Server = Record<string, (...args: unknown[]) => unknown>;

function legal(v: unknown): boolean {
  if (v === null || ['number', 'boolean', 'string'].includes(typeof v)) return true;
  if (Array.isArray(v)) return v.every((x) => x === undefined || legal(x)); // "undefined fields within arrays become null"
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.values(v as object).every(legal);
  return false;
}

/** google.script.run answering from `server`; every call is recorded as [function name, arguments]. */
function fakeScriptRun(server: Server) {
  const calls: [string, unknown[]][] = [];
  const runner = (onSuccess?: (v: unknown) => void, onFailure?: (e: unknown) => void): unknown => new Proxy({}, {
    get(_, prop) {
      if (prop === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, onFailure);
      if (prop === 'withFailureHandler') return (f: (e: unknown) => void) => runner(onSuccess, f);
      if (typeof prop !== 'string') return undefined;
      return (...args: unknown[]) => {
        if (!args.every(legal)) throw new Error(`google.script.run.${prop}: an argument is not of a legal type`);
        calls.push([prop, args]);
        setTimeout(() => {
          let value: unknown;
          try {
            value = server[prop](...args);
          } catch (e) {
            onFailure?.(e);
            return;
          }
          onSuccess?.(value);
        }, 0);
      };
    },
  });
  return { calls, google: { script: { run: runner() } } };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('scriptRunPort', () => {
  it('knows whether the client API is there: not without google, google.script or google.script.run', async () => {
    // Outside an HtmlService page the name `google` is not declared at all (reading it would be a ReferenceError).
    expect(Reflect.has(globalThis, 'google')).toBe(false);
    expect(scriptRunAvailable()).toBe(false);
    for (const google of [undefined, null, {}, { script: {} }]) {
      vi.stubGlobal('google', google);
      expect(scriptRunAvailable(), JSON.stringify(google)).toBe(false);
    }
    vi.stubGlobal('google', fakeScriptRun({}).google);
    expect(scriptRunAvailable()).toBe(true);
  });

  it('outside Sheets, refuses every call with a sentence that says where the sidebar runs', async () => {
    expect(Reflect.has(globalThis, 'google')).toBe(false);
    expect(OUTSIDE_SHEETS).toBe('Goalpost\'s sidebar runs inside Google Sheets: open a spreadsheet and choose Extensions > Goalpost > Goal wizard. '
      + 'Opened on its own (for example, as a file in a browser) it cannot reach a spreadsheet.');
    await expect(scriptRunPort.listGoals()).rejects.toThrow(OUTSIDE_SHEETS);
    vi.stubGlobal('google', { script: {} });
    await expect(scriptRunPort.refreshTrafficLights()).rejects.toThrow(OUTSIDE_SHEETS);
  });

  it('calls each server function by its name with its arguments, null for no cascade, and resolves with its answer', async () => {
    const server: Server = new Proxy({}, { get: (_, name) => (...args: unknown[]) => ({ answered: name, args }) });
    const run = fakeScriptRun(server);
    vi.stubGlobal('google', run.google);
    const p = scriptRunPort;
    expect(p.kind).toBe('sheets');
    const goal = { statement: 'Grow', level: 'Company' as const, kpis: [] };
    const cases: [Promise<unknown>, string, unknown[]][] = [
      [p.applyTemplate({ template: 'cascade', exampleData: true }), 'applyTemplate', [{ template: 'cascade', exampleData: true }]],
      [p.refreshTrafficLights(), 'refreshTrafficLights', []],
      [p.listCascades(), 'listCascades', []],
      [p.listGoals(), 'listGoals', [null]],
      [p.listGoals('Goals (2)'), 'listGoals', ['Goals (2)']],
      [p.addGoal(goal), 'addGoal', [goal]],
      [p.checkGoals(), 'checkGoals', [null]],
      [p.checkGoals('Goals (2)'), 'checkGoals', ['Goals (2)']],
      [p.selectCell({ sheet: 'Goals', row: 1, col: 2 }), 'selectCell', [{ sheet: 'Goals', row: 1, col: 2 }]],
      [p.listKpis(), 'listKpis', [null]],
      [p.listKpis('Goals (2)'), 'listKpis', ['Goals (2)']],
      [p.checkIn({ kpiId: 'K1', value: 3 }), 'checkIn', [{ kpiId: 'K1', value: 3 }]],
      [p.goalTree(), 'goalTree', [null]],
      [p.goalTree('Goals (2)'), 'goalTree', ['Goals (2)']],
      [p.listReviews(), 'listReviews', [null]],
      [p.listReviews('Goals (2)'), 'listReviews', ['Goals (2)']],
      [p.saveReview({ goalId: 'G1', grade: 0.7 }), 'saveReview', [{ goalId: 'G1', grade: 0.7 }]],
      [p.listNextCycle(), 'listNextCycle', [null]],
      [p.listNextCycle('Goals (2)'), 'listNextCycle', ['Goals (2)']],
      [p.startNextCycle(['G1', 'G2']), 'startNextCycle', [['G1', 'G2'], null]],
      [p.startNextCycle(['G1'], 'Goals (2)'), 'startNextCycle', [['G1'], 'Goals (2)']],
      [p.workbookSummary(), 'workbookSummary', [null]],
      [p.workbookSummary('Goals (2)'), 'workbookSummary', ['Goals (2)']],
    ];
    expect(run.calls).toEqual(cases.map(([, name, args]) => [name, args]));
    for (const [promise, name, args] of cases) await expect(promise, name).resolves.toEqual({ answered: name, args });
  });

  it("rejects with the server's message; a thrown text is the message; nothing at all says which call failed", async () => {
    const thrown: unknown[] = [new Error('There is no sheet named "Gone".'), 'Exception: Service unavailable', ''];
    const run = fakeScriptRun({
      selectCell: () => {
        throw thrown.shift();
      },
    });
    vi.stubGlobal('google', run.google);
    const ref = { sheet: 'Gone', row: 0, col: 0 };
    await expect(scriptRunPort.selectCell(ref)).rejects.toThrow(new Error('There is no sheet named "Gone".'));
    await expect(scriptRunPort.selectCell(ref)).rejects.toThrow(new Error('Exception: Service unavailable'));
    await expect(scriptRunPort.selectCell(ref)).rejects.toThrow(new Error('selectCell failed.'));
  });
});
