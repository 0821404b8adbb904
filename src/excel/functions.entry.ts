/**
 * dist/excel/functions.js: runs in Excel's JavaScript-only custom-functions runtime as well as in the shared runtime
 * page. It touches nothing but `CustomFunctions` at load. Where office.js could not load (the pane then says so in
 * plain words), there is no CustomFunctions to associate with: nothing to do, and no error in the console.
 */
import { associateAll } from './customFunctions';

if (typeof CustomFunctions !== 'undefined') associateAll();
