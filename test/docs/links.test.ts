/**
 * The guide stays inside the repository: every link and image in README.md and docs/*.md is relative, its file exists,
 * and its #anchor is a heading of that file as GitHub makes anchors from headings.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorsOf, linksOf } from './markdown';

const ROOT = resolve(__dirname, '../..');
const PAGES = ['README.md', ...readdirSync(resolve(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

describe('links of README.md and docs/', () => {
  it('GitHub anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered', () => {
    expect(anchorsOf('# Install in Excel\n## For your organisation: production hosting\n## KPI_ATTAINMENT\n## A / B\n## A / B\n```\n# not a heading\n```'))
      .toEqual(['install-in-excel', 'for-your-organisation-production-hosting', 'kpi_attainment', 'a--b', 'a--b-1']);
  });

  it('finds links, images, reference links and bare addresses, but not code', () => {
    const md = '[a](x.md#y) ![p](images/p.png)\n[r]: https://example.com/r\nsee https://example.org and `https://in.code`\n```\n[no](z.md)\n```';
    expect(linksOf(md).map((l) => l.target)).toEqual(['x.md#y', 'images/p.png', 'https://example.com/r', 'https://example.org']);
  });

  it.each(PAGES)('%s: every link is relative and resolves, anchors included', (page) => {
    const text = readFileSync(resolve(ROOT, page), 'utf8');
    const bad: string[] = [];
    for (const { target, line } of linksOf(text)) {
      const where = `${page}:${line} ${target}`;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) {
        bad.push(`${where}: points outside the repository`);
        continue;
      }
      const [path, anchor] = target.split('#');
      const file = path ? resolve(ROOT, dirname(page), decodeURIComponent(path)) : resolve(ROOT, page);
      if (relative(ROOT, file).startsWith('..')) {
        bad.push(`${where}: leaves the repository`);
        continue;
      }
      if (!existsSync(file)) {
        bad.push(`${where}: no such file`);
        continue;
      }
      if (anchor !== undefined) {
        if (statSync(file).isDirectory() || !file.endsWith('.md')) bad.push(`${where}: an anchor into a file that is not markdown`);
        else if (!anchorsOf(readFileSync(file, 'utf8')).includes(anchor)) bad.push(`${where}: no heading makes #${anchor}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('every how-to page has its picture from the browser tests, and the guide lists every page', () => {
    const index = readFileSync(resolve(ROOT, 'docs/README.md'), 'utf8');
    for (const page of PAGES.filter((p) => p.startsWith('docs/') && p !== 'docs/README.md')) {
      expect(index, `docs/README.md links ${page}`).toContain(`](${page.slice(5)}`);
    }
    for (const page of ['apply-template', 'wizard', 'cascade', 'check-in', 'dashboard', 'review', 'next-cycle', 'install-excel', 'install-sheets']) {
      expect(readFileSync(resolve(ROOT, `docs/${page}.md`), 'utf8'), page).toMatch(/!\[[^\]]+\]\(images\/[\w-]+\.png\)/);
    }
  });
});
