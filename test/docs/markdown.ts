/** Markdown helpers of the docs tests: headings' anchors as GitHub makes them, and the links of a page. */

/** GitHub's anchor for a heading: lower case, punctuation other than - and _ dropped, spaces to -, repeats get -1, -2. */
export function anchorsOf(markdown: string): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = m[1]
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
      .replace(/<[^>]+>/g, '')
      .replace(/[`*]/g, '');
    const base = text.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.push(n ? `${base}-${n}` : base);
  }
  return out;
}

/** Every link and image target of a page, outside code, with its line number. */
export function linksOf(markdown: string): { target: string; line: number }[] {
  const out: { target: string; line: number }[] = [];
  let fenced = false;
  markdown.split('\n').forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
    if (fenced) return;
    const line = raw.replace(/`[^`]*`/g, '');
    for (const m of line.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push({ target: m[1], line: i + 1 });
    for (const m of line.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/g)) out.push({ target: m[1], line: i + 1 });
    for (const m of line.matchAll(/<a\s[^>]*href="([^"]+)"/g)) out.push({ target: m[1], line: i + 1 });
    for (const m of line.matchAll(/<img\s[^>]*src="([^"]+)"/g)) out.push({ target: m[1], line: i + 1 });
    // Bare addresses (GitHub links them) in what is left once the links above are taken out.
    const rest = line.replace(/!?\[[^\]]*\]\([^)]*\)/g, '').replace(/^\s*\[[^\]]+\]:\s*\S+/, '').replace(/<[^>]+>/g, '');
    for (const m of rest.matchAll(/\bhttps?:\/\/[^\s)>]+/g)) out.push({ target: m[0], line: i + 1 });
  });
  return out;
}
