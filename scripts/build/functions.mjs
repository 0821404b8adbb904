// The custom functions for both hosts: dist/excel/functions.{js,json} and dist/sheets/{core,functions}.js.
import * as esbuild from 'esbuild';
import { base, dist, importTs, src, write } from './common.mjs';

/**
 * Replace shared/functions/safeMathLoader.ts in a host bundle with a module that keeps a separately bundled,
 * tree-shaken mathjs inside a function body: it is parsed with the bundle but runs on the first KPI_EVAL only.
 */
export function lazyMathPlugin(target) {
  return {
    name: 'lazy-mathjs',
    setup(b) {
      b.onResolve({ filter: /[\\/]safeMathLoader(\.ts)?$|^\.\/safeMathLoader$/ }, (args) => ({ path: args.path, namespace: 'lazy-mathjs' }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-mathjs' }, async () => {
        const inner = await esbuild.build({
          ...base,
          entryPoints: [src('shared/functions/safeMath.ts')],
          write: false,
          format: 'iife',
          globalName: '__goalpostSafeMath',
          target,
          minify: true,
          supported: { 'class-field': false, 'class-static-field': false, 'class-private-field': false },
        });
        const code = inner.outputFiles[0].text;
        return {
          loader: 'js',
          contents: `export function loadSafeMath() {\n${code}\nreturn __goalpostSafeMath.createSafeMath();\n}\n`,
        };
      });
    },
  };
}

export async function buildFunctions() {
  const codegen = await importTs('scripts/codegen.ts');

  // Excel: one script for the JavaScript-only runtime and the shared-runtime page alike.
  await esbuild.build({
    ...base,
    entryPoints: [src('src/excel/functions.entry.ts')],
    outfile: dist('excel/functions.js'),
    format: 'iife',
    target: 'es2019',
    minify: true,
    plugins: [lazyMathPlugin('es2019')],
  });
  await write(dist('excel/functions.json'), JSON.stringify(codegen.excelMetadata(), null, 2) + '\n');

  // Sheets: the core as an IIFE with a global name, plus the generated top-level wrappers with @customfunction JSDoc.
  // es2020 and no minified class fields: Apps Script's V8 does not parse #private or static class fields.
  await esbuild.build({
    ...base,
    entryPoints: [src('src/sheets/core.entry.ts')],
    outfile: dist('sheets/core.js'),
    format: 'iife',
    globalName: 'GoalpostCore',
    target: 'es2020',
    supported: { 'class-field': false, 'class-static-field': false, 'class-private-field': false },
    minify: true,
    plugins: [lazyMathPlugin('es2020')],
  });
  await write(dist('sheets/functions.js'), codegen.sheetsWrappers());
}
