/**
 * A news site's page around an article, built at run time (the article text
 * comes from the caller, e.g. a seed, and is never committed): a title with
 * the site name, navigation, a script, the article with names in inline
 * markup, an aside of "most read" headlines, a comment form and a footer.
 * The furniture is our own text and names people and numbers on purpose, so
 * a comparer that reads it reports findings no article contains.
 */
export interface PageOptions {
  /** Words to wrap in <b>/<a>/<span> markup wherever they occur. */
  marked?: readonly string[];
  /** Line endings of the page. */
  eol?: string;
}

export const FURNITURE = {
  nav: ['Home', 'World', 'Politics', 'Economy', 'Sport', 'Kremlin spokesman Ivanov resigns'],
  mostRead: [
    'Kremlin spokesperson Sergei Ivanov says 40 ballots were forged',
    'Opposition leader Mehmet Yilmaz quits the race after 12 days',
    'Central bank raises rates to 35 percent',
  ],
  footer: '© 2023 Daily Example Media. All rights reserved. Contact: newsroom@example.org',
} as const;

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Escapes `text` and puts each marked word in inline markup (cycling through <b>, <a>, <span>). */
function inline(text: string, marked: readonly string[]): string {
  let html = escape(text);
  marked.forEach((word, i) => {
    const tag = (['b', 'a href="/tag/x"', 'span class="name"'] as const)[i % 3] as string;
    const close = tag.split(' ')[0] as string;
    html = html.split(escape(word)).join(`<${tag}>${escape(word)}</${close}>`);
  });
  return html;
}

/** The article (headline on the first line, paragraphs separated by blank lines) inside a page. */
export function newsPage(article: string, options: PageOptions = {}): string {
  const eol = options.eol ?? '\n';
  const marked = options.marked ?? [];
  const blocks = article.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const [headline = '', ...paragraphs] = blocks;
  const lines = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '  <meta charset="utf-8">',
    `  <title>${escape(headline)} | Daily Example</title>`,
    '  <style>body { font-family: serif; } .name { font-weight: bold; }</style>',
    '  <script>window.dataLayer = [{ "section": "world", "author": "Kremlin Spokesperson Markov" }];</script>',
    '</head>',
    '<body>',
    '  <header class="site-header"><a href="/" class="logo">Daily Example</a>',
    '    <nav class="main-menu"><ul>',
    ...FURNITURE.nav.map((item) => `      <li><a href="/${encodeURIComponent(item)}">${escape(item)}</a></li>`),
    '    </ul></nav>',
    '  </header>',
    '  <main>',
    '    <article class="story">',
    `      <h1 class="headline">${inline(headline, marked)}</h1>`,
    '      <div class="byline">By Staff Reporter</div>',
    '      <div class="story-body">',
    ...paragraphs.map((p) => `        <p>${inline(p, marked)}</p>`),
    '      </div>',
    '    </article>',
    '    <aside class="sidebar most-read">',
    '      <h2>Most read</h2>',
    '      <ol>',
    ...FURNITURE.mostRead.map((h) => `        <li><a href="/story">${escape(h)}</a></li>`),
    '      </ol>',
    '    </aside>',
    '    <section class="comments"><h2>Comments</h2><form><textarea name="c"></textarea><button>Post comment</button></form></section>',
    '  </main>',
    '  <script>document.querySelectorAll("a").forEach(function (a) { a.dataset.track = "Peskov said 99"; });</script>',
    `  <footer class="site-footer"><p>${escape(FURNITURE.footer)}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ];
  return lines.join(eol);
}
