/**
 * The mathjs instance behind KPI_EVAL, built from only the factories it needs (parse, compile, arithmetic,
 * comparison, logic and the whitelisted functions). Only kpiEval.ts requires this module, lazily.
 */
import {
  create,
  parseDependencies, compileDependencies,
  addDependencies, subtractDependencies, multiplyDependencies, divideDependencies, unaryMinusDependencies,
  unaryPlusDependencies, powDependencies, modDependencies,
  smallerDependencies, largerDependencies, smallerEqDependencies, largerEqDependencies, equalDependencies,
  unequalDependencies, andDependencies, orDependencies, notDependencies,
  minDependencies, maxDependencies, absDependencies, roundDependencies, sqrtDependencies, expDependencies,
  logDependencies, meanDependencies, sumDependencies,
} from 'mathjs';

/** The parts of a mathjs node that the whitelist reads. */
export interface MathNodeLike {
  type: string;
  name?: string;
  value?: unknown;
  op?: string;
  fn?: unknown;
  args?: MathNodeLike[];
  content?: MathNodeLike;
  condition?: MathNodeLike;
  trueExpr?: MathNodeLike;
  falseExpr?: MathNodeLike;
  toString(): string;
  compile(): { evaluate(scope: Record<string, number>): unknown };
}

export interface SafeMath {
  parse(expr: string): MathNodeLike;
}

export function createSafeMath(): SafeMath {
  const m = create(
    {
      parseDependencies, compileDependencies,
      addDependencies, subtractDependencies, multiplyDependencies, divideDependencies, unaryMinusDependencies,
      unaryPlusDependencies, powDependencies, modDependencies,
      smallerDependencies, largerDependencies, smallerEqDependencies, largerEqDependencies, equalDependencies,
      unequalDependencies, andDependencies, orDependencies, notDependencies,
      minDependencies, maxDependencies, absDependencies, roundDependencies, sqrtDependencies, expDependencies,
      logDependencies, meanDependencies, sumDependencies,
    },
    { number: 'number' },
  );
  return { parse: (expr: string) => m.parse!(expr) as unknown as MathNodeLike };
}
