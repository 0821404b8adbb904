/** The function list and argument hints worked out from the formula text up to the caret. */
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import {
  argumentRange, callsIn, completeFunction, findFunction, formulaContext, functionCatalogue, knownSignatures, matchFunctions, misfitCall,
  signatureParts, type FunctionInfo,
} from '../../src/playground/functionHints';

/** A few of HyperFormula's built-in names as it lists them, with our names and aliases among them as it does. */
const BUILTINS = ['SUM', 'SUMIF', 'SUMPRODUCT', 'IF', 'KPI_ATTAINMENT', 'GOALS.KPI_ATTAINMENT', 'ABS', 'TRUE'];
const catalogue = functionCatalogue(BUILTINS);
const names = (list: FunctionInfo[]) => list.map((f) => f.name);

describe('formulaContext', () => {
  it('hints nothing for text that is not a formula', () => {
    expect(formulaContext('KPI_A')).toEqual({});
    expect(formulaContext('')).toEqual({});
  });

  it('finds the name being typed and where it starts', () => {
    expect(formulaContext('=KPI_A')).toEqual({ typing: { prefix: 'KPI_A', start: 1 } });
    expect(formulaContext('=1+su')).toEqual({ typing: { prefix: 'su', start: 3 } });
    expect(formulaContext('=GOALS.KPI_')).toEqual({ typing: { prefix: 'GOALS.KPI_', start: 1 } });
  });

  it('finds the call and the argument the caret is in', () => {
    expect(formulaContext('=KPI_ATTAINMENT(')).toEqual({ call: { name: 'KPI_ATTAINMENT', argIndex: 0 } });
    expect(formulaContext('=KPI_ATTAINMENT(B2,')).toEqual({ call: { name: 'KPI_ATTAINMENT', argIndex: 1 } });
    expect(formulaContext('=KPI_ATTAINMENT(B2, C2, D2, ')).toEqual({ call: { name: 'KPI_ATTAINMENT', argIndex: 3 } });
  });

  it('counts commas only at the depth of the innermost call', () => {
    expect(formulaContext('=IF(SUM(A1,A2,A3)>1,')).toEqual({ call: { name: 'IF', argIndex: 1 } });
    expect(formulaContext('=IF(A1>1,SUM(A1,')).toEqual({ call: { name: 'SUM', argIndex: 1 } });
    // A plain bracket is not a call: the hint stays on the call around it.
    expect(formulaContext('=ROUND((1,')).toEqual({ call: { name: 'ROUND', argIndex: 0 } });
  });

  it('ignores commas and brackets inside quoted text and quoted sheet names', () => {
    expect(formulaContext('=IF(A1="a, b (c",')).toEqual({ call: { name: 'IF', argIndex: 1 } });
    expect(formulaContext('=IF(A1="say ""hi, there""",')).toEqual({ call: { name: 'IF', argIndex: 1 } });
    expect(formulaContext("=SUM('Q1, (draft)'!A1,")).toEqual({ call: { name: 'SUM', argIndex: 1 } });
  });

  it('offers no list while the caret is inside an unclosed quote', () => {
    expect(formulaContext('=IF(A1="KPI_A')).toEqual({});
  });

  it('does not take a cell reference after a sheet name or a colon for a function name', () => {
    expect(formulaContext('=SUM(Sheet1!A')).toEqual({ call: { name: 'SUM', argIndex: 0 } });
    expect(formulaContext('=SUM(A1:B')).toEqual({ call: { name: 'SUM', argIndex: 0 } });
  });

  it('does not count the commas of an array constant and hints nothing inside one', () => {
    expect(formulaContext('=SUM({1,2,3},')).toEqual({ call: { name: 'SUM', argIndex: 1 } });
    expect(formulaContext('=SUM({1,2,')).toEqual({});
  });

  it('leaves a closed call', () => {
    expect(formulaContext('=SUM(1,2)+')).toEqual({});
    expect(formulaContext('=IF(SUM(1,2),')).toEqual({ call: { name: 'IF', argIndex: 1 } });
  });

  it('does not take the letters of a number for a name', () => {
    expect(formulaContext('=1E')).toEqual({});
  });
});

describe('functionCatalogue and matchFunctions', () => {
  it('lists ours first with their descriptions and parameters from the registry, built-ins once each', () => {
    const ours = catalogue.filter((f) => f.ours);
    expect(ours[0]).toMatchObject({
      name: 'KPI_ATTAINMENT',
      description: expect.stringContaining('towards its target'),
      params: [{ name: 'actual', description: expect.stringContaining('current value') }, { name: 'target', description: 'The target value.' }, { name: 'baseline', optional: true }, { name: 'direction', optional: true }],
    });
    expect(names(catalogue.filter((f) => !f.ours))).toEqual(['ABS', 'IF', 'SUM', 'SUMIF', 'SUMPRODUCT', 'TRUE']);
  });

  it('filters by the start of the name, case-insensitively', () => {
    expect(names(matchFunctions('kpi_a', catalogue))).toEqual(['KPI_ATTAINMENT']);
    expect(names(matchFunctions('SUM', catalogue))).toEqual(['SUM', 'SUMIF', 'SUMPRODUCT']);
    expect(matchFunctions('', catalogue)).toEqual([]);
    expect(matchFunctions('ZZZ', catalogue)).toEqual([]);
  });

  it('finds only ours under the GOALS. namespace', () => {
    expect(names(matchFunctions('GOALS.KPI_A', catalogue))).toEqual(['KPI_ATTAINMENT']);
    expect(matchFunctions('GOALS.SUM', catalogue)).toEqual([]);
  });

  it('finds a called function with or without the namespace', () => {
    expect(findFunction('goals.kpi_status', catalogue)?.name).toBe('KPI_STATUS');
    expect(findFunction('sum', catalogue)?.name).toBe('SUM');
    expect(findFunction('GOALS.SUM', catalogue)).toBeUndefined();
    expect(findFunction('NOPE', catalogue)).toBeUndefined();
  });
});

describe('signatureParts', () => {
  const kpi = findFunction('KPI_ATTAINMENT', catalogue)!;
  const render = (info: FunctionInfo, arg: number) => signatureParts(info, arg).map((p) => (p.current ? `**${p.text}**` : p.text)).join('');

  it('marks the current parameter', () => {
    expect(render(kpi, 0)).toBe('KPI_ATTAINMENT(**actual**, target, [baseline], [direction])');
    expect(render(kpi, 1)).toBe('KPI_ATTAINMENT(actual, **target**, [baseline], [direction])');
  });

  it('marks none past the last parameter of a fixed list', () => {
    expect(render(kpi, 4)).toBe('KPI_ATTAINMENT(actual, target, [baseline], [direction])');
  });

  it('keeps the repeating parameter current past the end of the list', () => {
    const sum = findFunction('SUM', catalogue)!;
    expect(render(sum, 0)).toBe('SUM(**number1**, [number2], …)');
    expect(render(sum, 5)).toBe('SUM(number1, **[number2]**, …)');
  });

  it('shows a built-in without a known signature by its name only', () => {
    expect(render(findFunction('SUMPRODUCT', catalogue)!, 0)).toBe('SUMPRODUCT()');
  });
});

describe('completeFunction', () => {
  const kpi = findFunction('KPI_ATTAINMENT', catalogue)!;

  it('replaces the typed part with the name and an opening bracket', () => {
    expect(completeFunction('=KPI_A', 6, 1, kpi)).toEqual({ text: '=KPI_ATTAINMENT(', caret: 16 });
    expect(completeFunction('=1+kpi_a', 8, 3, kpi)).toEqual({ text: '=1+KPI_ATTAINMENT(', caret: 18 });
  });

  it('keeps the text after the caret and does not double a bracket there', () => {
    expect(completeFunction('=KPI_A+1', 6, 1, kpi)).toEqual({ text: '=KPI_ATTAINMENT(+1', caret: 16 });
    expect(completeFunction('=KPI_A(B2)', 6, 1, kpi)).toEqual({ text: '=KPI_ATTAINMENT(B2)', caret: 16 });
  });

  it('keeps the GOALS. namespace when it was typed', () => {
    expect(completeFunction('=goals.kpi', 10, 1, kpi)).toEqual({ text: '=GOALS.KPI_ATTAINMENT(', caret: 22 });
  });
});

describe('callsIn, argumentRange and misfitCall', () => {
  it('counts the arguments of every call, innermost first, skipping quoted commas and array constants', () => {
    expect(callsIn('=IF(SUM(A1,A2)>1,"a, b",KPI_STATUS())')).toEqual([
      { name: 'SUM', args: 2 },
      { name: 'KPI_STATUS', args: 0 },
      { name: 'IF', args: 3 },
    ]);
    expect(callsIn('=SUM({1,2,3})')).toEqual([{ name: 'SUM', args: 1 }]);
    expect(callsIn('=SUM( )')).toEqual([{ name: 'SUM', args: 0 }]);
    expect(callsIn('SUM(1,2)')).toEqual([]);
  });

  it('knows how many arguments a function takes', () => {
    expect(argumentRange(findFunction('KPI_ATTAINMENT', catalogue)!)).toEqual({ min: 2, max: 4 });
    expect(argumentRange(findFunction('SUM', catalogue)!)).toEqual({ min: 1, max: Infinity });
  });

  it('finds the first call given too few or too many arguments', () => {
    const known = knownSignatures();
    expect(misfitCall('=KPI_ATTAINMENT()', known)).toEqual({ info: findFunction('KPI_ATTAINMENT', known), given: 0 });
    expect(misfitCall('=SUM(1,2)+ROUND(1,2,3)', known)).toEqual({ info: findFunction('ROUND', known), given: 3 });
    expect(misfitCall('=KPI_ATTAINMENT(1,2,,"lower")+SUM(1,2,3,4,5)', known)).toBeUndefined();
    // A function whose parameters are not known is never blamed.
    expect(misfitCall('=SUMPRODUCT()', known)).toBeUndefined();
  });
});

describe('the common built-ins\' signatures', () => {
  it('take as many arguments as HyperFormula\'s own metadata says', () => {
    const builtins = knownSignatures().filter((f) => !f.ours);
    expect(builtins.length).toBeGreaterThan(10);
    for (const info of builtins) {
      const plugin = HyperFormula.getFunctionPlugin(info.name) as unknown as {
        implementedFunctions: Record<string, { parameters?: { optionalArg?: boolean; defaultValue?: unknown }[]; repeatLastArgs?: number }>;
      };
      const meta = plugin.implementedFunctions[info.name];
      const params = meta.parameters ?? [];
      const engine = {
        min: params.filter((p) => !p.optionalArg && p.defaultValue === undefined).length,
        max: meta.repeatLastArgs ? Infinity : params.length,
      };
      expect(argumentRange(info), info.name).toEqual(engine);
    }
  });
});
