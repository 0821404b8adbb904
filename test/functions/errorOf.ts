import { GoalError } from '../../shared/functions';

/** The typed error a call throws; fails the test when it throws nothing or something else. */
export function errorOf(f: () => unknown): GoalError {
  try {
    f();
  } catch (e) {
    if (e instanceof GoalError) return e;
    throw e;
  }
  throw new Error('expected a GoalError');
}
