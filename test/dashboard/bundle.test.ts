/** The playground's charting library is a chunk of its own: main.js only imports it dynamically (run after the build). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../hosts/loaders';

const dir = join(DIST, 'playground');
describe('the playground bundle', () => {
  it('keeps Chart.js out of main.js: a separate chunk, imported dynamically', () => {
    expect(existsSync(join(dir, 'main.js')), 'run the build first').toBe(true);
    const main = readFileSync(join(dir, 'main.js'), 'utf8');
    const chunk = readdirSync(join(dir, 'chunks')).find((f) => /^charts-.*\.js$/.test(f));
    expect(chunk).toBeDefined();
    expect(readFileSync(join(dir, 'chunks', chunk!), 'utf8')).toMatch(/BarController|indexAxis/);
    // Only a dynamic import() names the chunk; no Chart.js code in main.js.
    expect(main).toMatch(new RegExp(`import\\(["']\\./chunks/${chunk!.replace(/[.]/g, '\\.')}["']\\)`));
    expect(main).not.toMatch(/\bfrom\s*["']\.\/chunks\/charts-/);
    expect(main).not.toMatch(/indexAxis|BarController|maintainAspectRatio/);
  });
});
