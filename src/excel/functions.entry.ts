/**
 * dist/excel/functions.js: runs in Excel's JavaScript-only custom-functions runtime as well as in the shared runtime
 * page. It touches nothing but `CustomFunctions` at load.
 */
import { associateAll } from './customFunctions';

associateAll();
