// Fluent's design tokens, trimmed for the bundle: @fluentui/tokens' webLightTheme and webDarkTheme hold 459 tokens
// each (32 KB minified together), the task pane's stylesheet names a few dozen. This esbuild plugin answers the import
// of '@fluentui/tokens' with a module holding only the tokens shared/ui/themeFluent.ts names as var(--token), with the
// package's own values. Type-checking and the unit tests still see the real package.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { src } from './common.mjs';

const require = createRequire(import.meta.url);

export async function usedFluentTokens() {
  const css = await readFile(src('shared/ui/themeFluent.ts'), 'utf8');
  return [...new Set([...css.matchAll(/var\(--([A-Za-z0-9]+)\)/g)].map((m) => m[1]))];
}

export function fluentTokensPlugin() {
  return {
    name: 'fluent-tokens-subset',
    setup(build) {
      build.onResolve({ filter: /^@fluentui\/tokens$/ }, () => ({ path: 'fluent-tokens-subset', namespace: 'fluent-tokens' }));
      build.onLoad({ filter: /.*/, namespace: 'fluent-tokens' }, async () => {
        const { webLightTheme, webDarkTheme } = require('@fluentui/tokens');
        const names = await usedFluentTokens();
        const missing = names.filter((n) => webLightTheme[n] === undefined || webDarkTheme[n] === undefined);
        if (missing.length) throw new Error(`shared/ui/themeFluent.ts names Fluent tokens that @fluentui/tokens does not have: ${missing.join(', ')}`);
        const pick = (theme) => Object.fromEntries(names.map((n) => [n, theme[n]]));
        return {
          contents: `export const webLightTheme = ${JSON.stringify(pick(webLightTheme))};\nexport const webDarkTheme = ${JSON.stringify(pick(webDarkTheme))};\n`,
          loader: 'js',
        };
      });
    },
  };
}
