/**
 * The WordPress import (src/lib/wordpress, scripts/import-wordpress.ts):
 * body conversion, Polylang data, language and topic mapping, and the command
 * run on tests/fixtures/wordpress into a temporary copy of tests/fixtures/valid.
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { mdxProblem } from '~/lib/mdx-problem';
import { splitFrontmatter } from '~/lib/frontmatter';
import { descriptionFrom } from '~/lib/wordpress/description';
import { htmlToMdx } from '~/lib/wordpress/html-to-mdx';
import { planImport, type ImportPlan, type PlanOptions } from '~/lib/wordpress/import-plan';
import { preflight } from '~/lib/wordpress/preflight';
import { assetResolver, type AssetCopy } from '~/lib/wordpress/uploads';
import { postLanguage, siteLocaleFor } from '~/lib/wordpress/languages';
import { unserializePhp } from '~/lib/wordpress/php-serialize';
import { segmentFromSlug } from '~/lib/wordpress/slugs';
import { readTopicMap, topicsFor } from '~/lib/wordpress/topics';
import { parseTranslationGroup, translationGroups } from '~/lib/wordpress/translations';
import { parseWxr, type WxrItem } from '~/lib/wordpress/wxr';
import { hashTree } from '../support/hash-tree';
import { projectRoot } from '../support/paths';
import { runTsx } from '../support/run';

const fixture = path.join(projectRoot, 'tests/fixtures/wordpress');
const exportFile = path.join(fixture, 'export.xml');
const mapFile = path.join(fixture, 'topics-map.yaml');
const temp = mkdtempSync(path.join(os.tmpdir(), 'wordpress-import-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The topics the fixture's map uses beyond those in tests/fixtures/valid. */
const EXTRA_TOPICS = [
  'customer-service: { en: Customer Service, de: Kundenservice, zh: 客户服务 }',
  'people-management: { en: People Management, de: Personalführung, zh: 人员管理 }',
  'leadership: { en: Leadership, de: Führung, zh: 领导力 }',
].join('\n');

let sites = 0;
/** A fresh site folder: `content/` copied from tests/fixtures/valid (plus the extra topics) and an empty `public/`. */
function makeSite(extraTopics = true): { root: string; content: string; publicDir: string } {
  const root = path.join(temp, `site-${++sites}`);
  const content = path.join(root, 'content');
  cpSync(path.join(projectRoot, 'tests/fixtures/valid'), content, { recursive: true });
  if (extraTopics) appendFileSync(path.join(content, 'topics.yaml'), `${EXTRA_TOPICS}\n`);
  return { root, content, publicDir: path.join(root, 'public') };
}

function runCli(args: string[]) {
  return runTsx('scripts/import-wordpress.ts', args);
}

const fullArgs = (site: ReturnType<typeof makeSite>, ...more: string[]) => [
  exportFile,
  '--topics',
  mapFile,
  '--uploads',
  path.join(fixture, 'uploads'),
  '--content',
  site.content,
  '--public',
  site.publicDir,
  ...more,
];

function frontmatter(file: string): Record<string, unknown> {
  const split = splitFrontmatter(readFileSync(file, 'utf8'));
  if (!split.ok) throw new Error(split.problem);
  return split.data;
}

/** As src/lib/mdx-problem.ts (and @astrojs/mdx for this site) compile a body. */
const SITE_COMPILE = {
  features: { gfm: true, smartPunctuation: true },
  jsxImportSource: 'astro',
  elementAttributeNameCase: 'html',
  optimizeStatic: { component: 'Fragment', prop: 'set:html' },
} as const;

/** The HTML a reader gets from an MDX body: compiled as the site compiles it, where static text becomes one `set:html` string. */
function rendered(mdx: string): string {
  expect(mdxProblem(mdx, 1)).toBeUndefined();
  const code = mdxToJs(mdx, SITE_COMPILE).code;
  const html = /"set:html": ("(?:[^"\\]|\\.)*")/.exec(code)?.[1];
  if (!html) throw new Error(`the body did not compile to static HTML:\n${code}`);
  return JSON.parse(html) as string;
}

describe('body conversion', () => {
  it('keeps headings, lists, links, blockquotes, emphasis, code and tables', () => {
    const html = [
      '<h2>Queues</h2><p>Read <a href="https://example.org/erlang">the <strong>Erlang</strong> note</a> and <em>breathe</em>.</p>',
      '<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>',
      '<blockquote><p>Service is a promise.</p></blockquote>',
      '<p>Use <code>AHT</code> with care.</p><pre><code>wait = calls / agents</code></pre>',
      '<table><thead><tr><th>KPI</th><th>Target</th></tr></thead><tbody><tr><td>FCR</td><td>80%</td></tr></tbody></table>',
    ].join('\n');
    const { mdx } = htmlToMdx(html);
    expect(mdx).toContain('## Queues');
    expect(mdx).toContain('[the **Erlang** note](https://example.org/erlang)');
    expect(mdx).toContain('*breathe*');
    expect(mdx).toContain('- one\n- two');
    expect(mdx).toContain('1. first');
    expect(mdx).toContain('> Service is a promise.');
    expect(mdx).toContain('`AHT`');
    expect(mdx).toContain('```\nwait = calls / agents\n```');
    expect(mdx).toMatch(/\| KPI +\| Target \|\n\| -+ \| -+ \|\n\| FCR +\| 80% +\|/);
    expect(mdxProblem(mdx, 1)).toBeUndefined();
  });

  it('keeps images with their alt text and reports images without one', () => {
    const result = htmlToMdx('<p><img src="/a.png" alt="Queue chart"> <img src="/b.png"></p>');
    expect(result.mdx).toContain('![Queue chart](/a.png)');
    expect(result.mdx).toContain('![](/b.png)');
    expect(result.warnings).toEqual([
      expect.stringMatching(/^image without alt text \(\/b\.png\)/),
    ]);
  });

  it('turns [caption] into the image followed by the caption in italics', () => {
    const html =
      '[caption id="attachment_9" align="alignnone" width="300"]<a href="/big.png"><img src="/small.png" alt="Floor plan" width="300" /></a> The floor in 2019[/caption]';
    expect(htmlToMdx(html).mdx).toBe(
      '[![Floor plan](/small.png)](/big.png)\n\n*The floor in 2019*\n',
    );
    expect(htmlToMdx('[caption caption="Old style"]<img src="/x.png" alt="X">[/caption]').mdx).toBe(
      '![X](/x.png)\n\n*Old style*\n',
    );
  });

  it('drops Gutenberg block comments and does not add paragraphs to block posts', () => {
    const html =
      '<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:image {"id":3} -->\n<figure class="wp-block-image"><img src="/a.png" alt="A"/><figcaption>Caption</figcaption></figure>\n<!-- /wp:image -->';
    const { mdx } = htmlToMdx(html);
    expect(mdx).toBe('One\n\n![A](/a.png)\n\n*Caption*\n');
    expect(mdx).not.toContain('wp:');
  });

  it('makes paragraphs of a classic post without <p> tags (blank line → paragraph, line break → <br>)', () => {
    const { mdx } = htmlToMdx(
      'First paragraph,\nsame paragraph.\n\nSecond paragraph.\n<h2>Heading</h2>\nAfter the heading.',
    );
    expect(mdx).toBe(
      'First paragraph,\\\nsame paragraph.\n\nSecond paragraph.\n\n## Heading\n\nAfter the heading.\n',
    );
  });

  it('keeps other shortcodes as visible text and reports them', () => {
    const result = htmlToMdx(
      '<p>Photos: [gallery ids="1,2"]</p><p>[embed]https://video.example.com/v/1[/embed] and [sic]</p>',
    );
    expect(result.shortcodes).toEqual(['gallery', 'embed']);
    expect(result.mdx).toContain('\\[gallery ids="1,2"]');
    expect(mdxProblem(result.mdx, 1)).toBeUndefined();
  });

  it('escapes braces, < and lines starting with import/export, and the result compiles to the same text', () => {
    const html =
      '<p>Placeholders {like this} and {customer_name}.</p><p>I &lt;3 queues; a &lt; b; x > y.</p><p>import the list first</p><p>export it every Monday</p>';
    const { mdx } = htmlToMdx(html);
    expect(mdx).toContain('\\{like this}');
    expect(mdx).toContain('\\<3');
    expect(mdxProblem(mdx, 1)).toBeUndefined();
    const js = mdxToJs(mdx).code;
    expect(js).toContain('Placeholders {like this} and {customer_name}.');
    expect(js).toContain('I <3 queues; a < b; x > y.');
    expect(js).toContain('import the list first');
    expect(js).toContain('export it every Monday');
  });

  it('unwraps span, font and div; drops iframes, scripts and styles with a warning', () => {
    const html =
      '<div class="x"><p><span style="color:red">Red</span> and <font face="Arial">plain</font></p></div><iframe src="https://video.example.com/embed/1"></iframe><script>track()</script><style>p{}</style>';
    const result = htmlToMdx(html);
    expect(result.mdx).toBe('Red and plain\n');
    expect(result.warnings).toEqual([
      'embedded frame removed (https://video.example.com/embed/1)',
      'script removed',
      'style block removed',
    ]);
  });

  it('keeps <sub> and <sup> as HTML, so H2O and 10th do not turn into "H2O" and "10th"', () => {
    const { mdx } = htmlToMdx(
      '<p>H<sub>2</sub>O, the 10<sup>th</sup> caller, A<sup>N</sup>/N! and a note<sup><a href="#n1">1</a></sup>; x<sub>{i}</sub></p>',
    );
    expect(mdx).toBe(
      'H<sub>2</sub>O, the 10<sup>th</sup> caller, A<sup>N</sup>/N! and a note<sup>[1](#n1)</sup>; x<sub>\\{i}</sub>\n',
    );
    expect(rendered(mdx)).toBe(
      '<p>H<sub>2</sub>O, the 10<sup>th</sup> caller, A<sup>N</sup>/N! and a note<sup><a href="#n1">1</a></sup>; x<sub>{i}</sub></p>',
    );
  });

  it('keeps the lines of multi-line code: a <pre> block, and inline <code> broken by <br> or new lines', () => {
    // A classic-editor post: new lines become <br>, indentation stays.
    const classic = htmlToMdx(
      'This is how the wallboard worked it out:\n<code>service_level = answered_within_20s\n    / (offered - abandoned_within_5s)</code>\nEvery Monday.',
    );
    expect(classic.mdx).toBe(
      'This is how the wallboard worked it out:\n\n```\nservice_level = answered_within_20s\n    / (offered - abandoned_within_5s)\n```\n\nEvery Monday.\n',
    );
    expect(rendered(classic.mdx)).toContain(
      '<pre><code>service_level = answered_within_20s\n    / (offered - abandoned_within_5s)\n</code></pre>',
    );
    // A block-editor post: <br> inside <code>, in the middle of a paragraph.
    expect(htmlToMdx('<p>Set <code>queue = sales<br>wrap_up = 30</code> first.</p>').mdx).toBe(
      'Set\n\n```\nqueue = sales\nwrap_up = 30\n```\n\nfirst.\n',
    );
    expect(htmlToMdx('<pre><code>SELECT queue<br />FROM calls;</code></pre>').mdx).toBe(
      '```\nSELECT queue\nFROM calls;\n```\n',
    );
    // Where no block can go, each line becomes its own code span.
    const heading = htmlToMdx('<h2>The <code>wrap_up\ntimer</code> setting</h2>').mdx;
    expect(rendered(heading)).toBe(
      '<h2>The <code>wrap_up</code><br>\n<code>timer</code> setting</h2>',
    );
    const table = htmlToMdx(
      '<table><tr><th>Setting</th></tr><tr><td><p>Use <code>queue = sales<br>wrap_up = 30</code></p></td></tr></table>',
    ).mdx;
    expect(rendered(table)).toContain(
      '<td>Use <code>queue = sales</code> <code>wrap_up = 30</code></td>',
    );
    // One line stays inline.
    expect(htmlToMdx('<p>Use <code>AHT</code>.</p>').mdx).toBe('Use `AHT`.\n');
  });

  it('shows no stray backslash for a caption or emphasis that ends with a line break', () => {
    const caption = htmlToMdx(
      '[caption id="attachment_72" width="1024"]<img src="/board.png" alt="Team board" /> The team board in week 12<br />[/caption]',
    ).mdx;
    expect(caption).toBe('![Team board](/board.png)\n\n*The team board in week 12*\n');
    expect(rendered(caption)).toContain('<p><em>The team board in week 12</em></p>');
    const figure = htmlToMdx(
      '<figure><img src="/a.png" alt="A"><figcaption>Handover at 22:00<br></figcaption></figure><p><strong>Note:<br></strong> read it twice.</p>',
    ).mdx;
    expect(figure).not.toContain('\\\\');
    expect(rendered(figure)).toContain('<p><em>Handover at 22:00</em></p>');
    expect(rendered(figure)).toContain('<p><strong>Note:</strong><br>\nread it twice.</p>');
  });

  it('keeps the background image of a cover block as an image before its text, and resolves its URL like any image', () => {
    const url = 'https://blog.example.com/wp-content/uploads/2021/06/late-shift.jpg';
    const resolveUrl = (u: string) => (u === url ? '/uploads/2021/06/late-shift.jpg' : undefined);
    // Before WordPress 5.7: the image is CSS on the block (and in the block comment).
    const styled = htmlToMdx(
      `<!-- wp:cover {"url":"${url}","id":81,"dimRatio":60} -->\n<div class="wp-block-cover has-background-dim" style="background-image:url(${url})"><div class="wp-block-cover__inner-container"><!-- wp:paragraph {"align":"center"} -->\n<p class="has-text-align-center">The floor after the late shift</p>\n<!-- /wp:paragraph --></div></div>\n<!-- /wp:cover -->`,
      { resolveUrl },
    );
    expect(styled.mdx).toBe(
      '![](/uploads/2021/06/late-shift.jpg)\n\nThe floor after the late shift\n',
    );
    expect(styled.warnings).toEqual([
      `image without alt text (${url}): add a short description for readers who cannot see it`,
    ]);
    // Since 5.7: an <img> in the block, here with alt text.
    expect(
      htmlToMdx(
        `<!-- wp:cover {"url":"${url}","alt":"Empty desks at night"} -->\n<div class="wp-block-cover"><img class="wp-block-cover__image-background wp-image-81" alt="Empty desks at night" src="${url}" data-object-fit="cover"/><div class="wp-block-cover__inner-container"><p>Night shift</p></div></div>\n<!-- /wp:cover -->`,
        { resolveUrl },
      ).mdx,
    ).toBe('![Empty desks at night](/uploads/2021/06/late-shift.jpg)\n\nNight shift\n');
    // Only the comment has it: the image is still kept, with the comment's alt text.
    expect(
      htmlToMdx(
        `<!-- wp:cover {"url":"${url}","alt":"Empty desks"} --><div class="wp-block-cover"><p>Night</p></div><!-- /wp:cover -->`,
        { resolveUrl },
      ).mdx,
    ).toBe('![Empty desks](/uploads/2021/06/late-shift.jpg)\n\nNight\n');
    // A video cover is not an image: the player is removed and reported.
    const video = htmlToMdx(
      '<!-- wp:cover {"url":"/v.mp4","backgroundType":"video"} --><div class="wp-block-cover"><video class="wp-block-cover__video-background" src="/v.mp4"></video><p>Night</p></div>',
    );
    expect(video.mdx).toBe('Night\n');
    expect(video.warnings).toEqual(['video player removed (/v.mp4)']);
  });

  it('reports the same problem once per post, with the count and the first URLs', () => {
    const images = Array.from(
      { length: 80 },
      (_, i) => `<li><figure><img src="/gallery/${i + 1}.jpg" alt=""></figure></li>`,
    );
    const { warnings } = htmlToMdx(
      `<figure class="wp-block-gallery"><ul>${images.join('')}</ul></figure><p><img src="/gallery/1.jpg"></p><iframe src="https://video.example.com/1"></iframe><iframe src="https://video.example.com/2"></iframe>`,
    );
    expect(warnings).toEqual([
      '80 images without alt text (/gallery/1.jpg, /gallery/2.jpg, /gallery/3.jpg and 77 more): add a short description to each for readers who cannot see them',
      '2 embedded frames removed (https://video.example.com/1, https://video.example.com/2)',
    ]);
  });

  it('starts headings at level 2 without skipping levels', () => {
    expect(htmlToMdx('<h1>A</h1><h3>B</h3><h2>C</h2>').mdx).toBe('## A\n\n### B\n\n### C\n');
  });

  it('rewrites URLs through the resolver', () => {
    const { mdx } = htmlToMdx(
      '<p><img src="https://blog.example.com/wp-content/uploads/a.png" alt="A"></p>',
      { resolveUrl: (url) => (url.includes('/uploads/') ? '/uploads/a.png' : undefined) },
    );
    expect(mdx).toBe('![A](/uploads/a.png)\n');
  });
});

describe('Polylang data', () => {
  it('reads PHP-serialized arrays, counting string lengths in bytes', () => {
    expect(unserializePhp('a:2:{s:2:"en";i:12;s:2:"de";i:15;}')).toEqual({ en: 12, de: 15 });
    expect(unserializePhp('a:2:{s:6:"locale";s:5:"zh_CN";s:4:"name";s:6:"中文";}')).toEqual({
      locale: 'zh_CN',
      name: '中文',
    });
    expect(unserializePhp('a:1:{i:0;b:1;}')).toEqual({ 0: true });
    expect(unserializePhp('a:2:{s:2:"en";i:12;')).toBeUndefined();
    expect(unserializePhp('not serialized')).toBeUndefined();
  });

  it('pairs translations from the post_translations term and the posts', () => {
    expect([...parseTranslationGroup('a:2:{s:2:"en";i:12;s:2:"de";i:15;}')]).toEqual([
      ['en', 12],
      ['de', 15],
    ]);
    const wxr = parseWxr(readFileSync(exportFile, 'utf8'));
    const groups = translationGroups(wxr.items, wxr.terms);
    expect(groups.members.get(12)).toEqual([12, 15]);
    expect(groups.members.get(15)).toEqual([12, 15]);
    expect(groups.members.get(21)).toBeUndefined();
    expect(groups.languageHint.get(15)).toBe('de');
  });
});

describe('languages', () => {
  it.each([
    ['en', 'en'],
    ['en_GB', 'en'],
    ['EN-us', 'en'],
    ['de-DE', 'de'],
    ['de_AT', 'de'],
    ['zh', 'zh'],
    ['zh-cn', 'zh'],
    ['zh_CN', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh_TW', undefined],
    ['fr', undefined],
    ['', undefined],
  ])('maps %j to %j', (code, locale) => {
    expect(siteLocaleFor(code)).toBe(locale);
  });

  const item = (terms: WxrItem['terms'], meta: Record<string, string> = {}) => ({
    ...post(1),
    terms,
    meta,
  });
  it('uses Polylang first, then WPML post meta, then the fallback locale', () => {
    const polylang = new Map([['cn', 'zh_CN']]);
    expect(
      postLanguage(
        item([{ domain: 'language', nicename: 'de', label: 'Deutsch' }]),
        polylang,
        'en',
      ),
    ).toEqual({ ok: true, locale: 'de', source: 'polylang' });
    expect(
      postLanguage(item([{ domain: 'language', nicename: 'cn', label: '中文' }]), polylang, 'en'),
    ).toEqual({ ok: true, locale: 'zh', source: 'polylang' });
    expect(postLanguage(item([], { _wpml_language: 'de' }), polylang, 'en')).toEqual({
      ok: true,
      locale: 'de',
      source: 'wpml',
    });
    expect(postLanguage(item([]), polylang, 'de')).toEqual({
      ok: true,
      locale: 'de',
      source: 'default',
    });
    expect(
      postLanguage(
        item([{ domain: 'language', nicename: 'fr', label: 'Français' }]),
        polylang,
        'en',
      ),
    ).toEqual({ ok: false, code: 'fr' });
  });
});

describe('slugs and descriptions', () => {
  it.each([
    ['queue-basics', 'queue-basics'],
    ['rückrufe-in-der-warteschlange', 'rueckrufe-in-der-warteschlange'],
    ['Straße_über_Öl', 'strasse-ueber-oel'],
    ['café--crème', 'cafe-creme'],
    ['如何辅导新上任的班组长', undefined],
    ['', undefined],
  ])('turns slug %j into %j', (slug, segment) => {
    expect(segmentFromSlug(slug)).toBe(segment);
  });

  it('cuts a description at a word boundary', () => {
    const text =
      'Service level is the share of calls answered within a threshold, and it says little about the customers who waited longest or gave up before anyone could answer them.';
    const cut = descriptionFrom(text);
    expect(cut.length).toBeLessThanOrEqual(161);
    expect(cut).toMatch(/ \w+…$/);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    expect(descriptionFrom('Short.')).toBe('Short.');
  });
});

describe('topics', () => {
  const ids = new Set(['operations', 'leadership', 'people-management']);

  it('maps categories and tags directly or through the map, and lists the unmapped ones', () => {
    const map = new Map([
      ['betrieb', ['operations']],
      ['coaching', ['people-management', 'leadership']],
      ['uncategorized', []],
    ]);
    const terms: WxrItem['terms'] = [
      { domain: 'post_tag', nicename: 'coaching', label: 'Coaching' },
      { domain: 'category', nicename: 'leadership', label: 'Leadership' },
      { domain: 'category', nicename: 'betrieb', label: 'Betrieb' },
      { domain: 'category', nicename: 'uncategorized', label: 'Uncategorized' },
      { domain: 'post_tag', nicename: 'wallboards', label: 'Wallboards' },
      { domain: 'language', nicename: 'de', label: 'Deutsch' },
    ];
    expect(topicsFor({ ...post(1), terms }, ids, map)).toEqual({
      topics: ['leadership', 'operations', 'people-management'],
      unmapped: [{ kind: 'tag', slug: 'wallboards' }],
    });
  });

  it('refuses a map that names an unknown topic id, naming the file', () => {
    const file = path.join(temp, 'bad-map.yaml');
    writeFileSync(file, 'betrieb: operations\nkundenservice: customer-care\n');
    expect(() => readTopicMap(file, ids)).toThrow(
      `${file}: "kundenservice: customer-care" ("customer-care" is not a topic id)`,
    );
    expect(() => readTopicMap(path.join(temp, 'missing.yaml'), ids)).toThrow(
      /Cannot read the topics map .*missing\.yaml: the file does not exist/,
    );
  });
});

function post(id: number, overrides: Partial<WxrItem> = {}): WxrItem {
  return {
    id,
    title: `Post ${id}`,
    type: 'post',
    status: 'publish',
    slug: `post-number-${id}`,
    date: '2022-03-01 10:00:00',
    dateGmt: '',
    pubDate: '',
    content: '<p>Body text.</p>',
    excerpt: 'An excerpt.',
    hasPassword: false,
    link: `https://blog.example.com/post-number-${id}/`,
    guid: `https://blog.example.com/?p=${id}`,
    terms: [{ domain: 'category', nicename: 'operations', label: 'Operations' }],
    meta: {},
    ...overrides,
  };
}

describe('import plan', () => {
  const options = (site: ReturnType<typeof makeSite>): PlanOptions => ({
    contentDir: site.content,
    publicDir: site.publicDir,
    fallbackLocale: 'en',
    topicIds: new Set(['operations', 'quality-assurance']),
    topicMap: new Map(),
  });

  it('gives a second post with the same name a -2 suffix and says so', () => {
    const site = makeSite(false);
    const plan = planImport(
      {
        version: '1.2',
        siteUrls: ['https://blog.example.com'],
        terms: [],
        items: [post(1, { slug: 'same' }), post(2, { slug: 'same', date: '2022-04-01 10:00:00' })],
      },
      options(site),
    );
    expect(plan.files.map((f) => `${f.locale}/${f.name}`)).toEqual(['en/same', 'en/same-2']);
    expect(plan.warnings).toEqual([
      `'Post 2' (post 2): the name "same" is already taken by 'Post 1' (post 1) in this import; named same-2`,
    ]);
  });

  it('names a group without a default-locale post after its earliest post; translations keep their slug', () => {
    const site = makeSite(false);
    const lang = (code: string) => ({ domain: 'language', nicename: code, label: code });
    const items = [
      post(5, {
        slug: 'spaeter',
        date: '2022-05-01 10:00:00',
        terms: [...post(0).terms, lang('de')],
      }),
      post(6, { slug: '早', date: '2022-04-01 10:00:00', terms: [...post(0).terms, lang('zh')] }),
      post(7, {
        slug: 'zuerst',
        date: '2022-03-01 10:00:00',
        terms: [...post(0).terms, lang('de')],
      }),
    ];
    const terms = [
      {
        taxonomy: 'post_translations',
        slug: 'pll_x',
        name: 'pll_x',
        description: 'a:2:{s:2:"de";i:5;s:2:"zh";i:6;}',
      },
    ];
    const plan = planImport(
      { version: '1.2', siteUrls: ['https://blog.example.com'], terms, items },
      options(site),
    );
    expect(plan.files.map((f) => `${f.locale}/${f.name}`)).toEqual([
      'de/zuerst',
      'zh/post-6',
      'de/post-6',
    ]);
    expect(frontmatterOf(plan.files[2]!.text).slug).toBe('spaeter');
  });

  it('skips drafts, pages, password-protected posts, unknown languages and posts without a topic, each with a reason', () => {
    const site = makeSite(false);
    const items = [
      post(1, { status: 'draft' }),
      post(2, { status: 'pending' }),
      post(3, { type: 'page' }),
      post(4, { hasPassword: true }),
      post(5, {
        terms: [{ domain: 'language', nicename: 'fr', label: 'Français' }, ...post(0).terms],
      }),
      post(6, {
        terms: [
          { domain: 'category', nicename: 'news', label: 'News' },
          { domain: 'category', nicename: 'misc', label: 'Misc' },
          { domain: 'post_tag', nicename: 'wfm', label: 'WFM' },
        ],
      }),
      post(7, { terms: [] }),
      post(8, { type: 'attachment', status: 'inherit' }),
      post(9, { type: 'attachment', status: 'inherit' }),
    ];
    const plan = planImport(
      { version: '1.2', siteUrls: ['https://blog.example.com'], terms: [], items },
      options(site),
    );
    expect(plan.files).toEqual([]);
    expect(plan.skipped).toEqual([
      "draft 'Post 1' (post 1)",
      "pending review 'Post 2' (post 2)",
      "page 'Post 3' (post 3): only posts are imported",
      "password-protected 'Post 4' (post 4): the site has no passwords, so it stays in WordPress",
      "'Post 5' (post 5): language fr is not one of the site's locales (en, de, zh)",
      '2 attachments (media library entries; the images a post shows are handled with the post)',
      "'Post 6' (post 6): no topic: categories 'news', 'misc' and tag 'wfm' are not mapped; add them to the --topics file",
      "'Post 7' (post 7): no topic: it has no categories or tags; give it a category in WordPress or add the topics by hand",
    ]);
  });

  it('points links between imported posts at their new addresses, before or after them, and reports links left on the old blog', () => {
    const site = makeSite(false);
    const items = [
      post(1, {
        slug: 'first',
        link: 'https://blog.example.com/2022/03/first/',
        content:
          '<p>See <a href="https://www.blog.example.com/2022/04/second/#numbers">the second post</a>, <a href="http://blog.example.com/?p=2">again</a> and <a href="https://blog.example.com/about/">about me</a>.</p>',
      }),
      post(2, {
        slug: 'second',
        date: '2022-04-01 10:00:00',
        link: 'https://blog.example.com/2022/04/second/',
        content: '<p>Back to <a href="https://blog.example.com/2022/03/first">the first</a>.</p>',
      }),
    ];
    const plan = planImport(
      { version: '1.2', siteUrls: ['https://blog.example.com'], terms: [], items },
      options(site),
    );
    const [first, second] = plan.files;
    expect(first!.text).toContain(
      '[the second post](/en/articles/second/#numbers), [again](/en/articles/second/)',
    );
    expect(first!.text).toContain('[about me](https://blog.example.com/about/)');
    expect(second!.text).toContain('[the first](/en/articles/first/)');
    expect(plan.warnings).toEqual([
      "'Post 1' (post 1): link to the old blog kept: https://blog.example.com/about/ (no imported post has that address)",
    ]);
  });

  it('finds a linked post whose permalink changed, by normalised URL or by its slug when no other imported post has it', () => {
    const site = makeSite(false);
    const lang = (code: string) => ({ domain: 'language', nicename: code, label: code });
    const links = [
      'https://blog.example.com/2019/03/12/my-post/', // date drifted by a day
      'http://www.blog.example.com/2019/03/11/my-post', // http, www., no trailing slash
      'https://blog.example.com/2019/03/11/my-post/amp/',
      'https://blog.example.com/index.php/2019/03/11/my-post/comment-page-2/#comments',
      '/callbacks/#faq', // relative, and the permalinks lost their dates
      'https://blog.example.com/?page_id=2',
      'https://blog.example.com/category/callbacks/', // an archive, not the post
      '/about/', // a page that was not imported
      'https://blog.example.com/2019/05/02/shared/', // two imported posts have this slug
      'https://other.example.org/2019/03/11/my-post/', // another site
    ];
    const items = [
      post(1, { slug: 'my-post', link: 'https://blog.example.com/2019/03/11/my-post/' }),
      post(2, { slug: 'callbacks', link: 'https://blog.example.com/2019/04/02/callbacks/' }),
      post(3, { slug: 'shared', link: 'https://blog.example.com/2019/05/01/shared/' }),
      post(4, {
        slug: 'shared',
        link: 'https://blog.example.com/de/2019/05/01/shared/',
        terms: [...post(0).terms, lang('de')],
      }),
      post(5, {
        slug: 'links',
        link: 'https://blog.example.com/2019/06/01/links/',
        content: `<ul>${links.map((href, i) => `<li><a href="${href}">link ${i}</a></li>`).join('')}</ul>`,
      }),
    ];
    const plan = planImport(
      { version: '1.2', siteUrls: ['https://blog.example.com'], terms: [], items },
      options(site),
    );
    const text = plan.files.find((f) => f.name === 'links')!.text;
    expect(text.split('\n').filter((line) => line.startsWith('- '))).toEqual([
      '- [link 0](/en/articles/my-post/)',
      '- [link 1](/en/articles/my-post/)',
      '- [link 2](/en/articles/my-post/)',
      '- [link 3](/en/articles/my-post/#comments)',
      '- [link 4](/en/articles/callbacks/#faq)',
      '- [link 5](/en/articles/callbacks/)',
      '- [link 6](https://blog.example.com/category/callbacks/)',
      '- [link 7](https://blog.example.com/about/)',
      '- [link 8](https://blog.example.com/2019/05/02/shared/)',
      '- [link 9](https://other.example.org/2019/03/11/my-post/)',
    ]);
    expect(plan.warnings.filter((w) => w.startsWith("'Post 5'"))).toEqual([
      "'Post 5' (post 5): 2 links to the old blog kept: https://blog.example.com/category/callbacks/, https://blog.example.com/about/ (no imported post has those addresses)",
      `'Post 5' (post 5): link to the old blog kept: https://blog.example.com/2019/05/02/shared/ (2 imported posts have the slug "shared"; point it at one by hand)`,
    ]);
  });

  it('reports the remote images of a post on one line with their count, and keeps their full URLs for the skipped line', () => {
    const site = makeSite(false);
    const gallery = Array.from(
      { length: 80 },
      (_, i) =>
        `<img src="https://blog.example.com/wp-content/uploads/2019/03/shift-${i + 1}.jpg?w=300" alt="Shift photo ${i + 1}">`,
    );
    const plan = planImport(
      {
        version: '1.2',
        siteUrls: ['https://blog.example.com'],
        terms: [],
        items: [post(1, { content: `<p>${gallery.join('')}${gallery[0]}</p>` })],
      },
      options(site),
    );
    const url = (n: number) =>
      `https://blog.example.com/wp-content/uploads/2019/03/shift-${n}.jpg?w=300`;
    expect(plan.warnings).toEqual([
      `'Post 1' (post 1): 80 remote images kept: ${url(1)}, ${url(2)}, ${url(3)} and 77 more; the site must not load from other origins — rerun with --uploads <copy of wp-content/uploads>`,
    ]);
    expect(plan.files[0]!.remoteImages).toHaveLength(80);
  });

  it('keeps the old URL of an image whose target in content/images/ holds a different file', () => {
    const site = makeSite(false);
    const target = path.join(site.content, 'images/uploads/2021/05/wallboard.png');
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, 'not the same image');
    const url = 'https://blog.example.com/wp-content/uploads/2021/05/wallboard.png';
    const plan = planImport(
      {
        version: '1.2',
        siteUrls: ['https://blog.example.com'],
        terms: [],
        items: [post(1, { content: `<p><img src="${url}" alt="Board"></p>` })],
      },
      { ...options(site), uploadsDir: path.join(fixture, 'uploads') },
    );
    expect(plan.conflicts).toEqual([
      `${target} already exists with different content: not overwritten, image URL kept: ${url} ('Post 1' (post 1))`,
    ]);
    expect(plan.files[0]!.text).toContain(`![Board](${url})`);
    expect(plan.files[0]!.copies).toEqual([]);
  });
});

describe('uploads', () => {
  const uploads = path.join(temp, 'uploads-folder');
  mkdirSync(path.join(uploads, '2019/03'), { recursive: true });
  for (const name of ['photo.jpg', 'photo-1024x768.jpg', 'chart-600x400.png'])
    writeFileSync(path.join(uploads, '2019/03', name), `bytes of ${name}`);

  it('serves WordPress.com media (<blog>.files.wordpress.com) from the uploads folder, preferring the original of a resized copy', () => {
    const site = makeSite(false);
    const assets = assetResolver({
      uploadsDir: uploads,
      publicDir: site.publicDir,
      imagesDir: path.join(site.content, 'images'),
    });
    const cases: [string, string | undefined][] = [
      ['https://myblog.files.wordpress.com/2019/03/photo.jpg?w=1024', 'uploads/2019/03/photo.jpg'],
      ['http://myblog.files.wordpress.com/2019/03/photo-1024x768.jpg', 'uploads/2019/03/photo.jpg'],
      [
        'https://blog.example.com/wp-content/uploads/2019/03/photo-300x225.jpg',
        'uploads/2019/03/photo.jpg',
      ],
      // No original in the folder: the resized copy it has.
      [
        'https://i0.wp.com/myblog.files.wordpress.com/2019/03/chart-600x400.png?resize=600%2C400',
        'uploads/2019/03/chart-600x400.png',
      ],
      ['https://myblog.files.wordpress.com/2019/03/missing.jpg', undefined],
    ];
    expect(cases.map(([url]) => assets.resolve(url, 'image'))).toEqual(cases.map(([, to]) => to));
    expect(assets.copies.map((c) => path.relative(uploads, c.from))).toEqual([
      '2019/03/photo.jpg',
      '2019/03/chart-600x400.png',
    ]);
    // Pictures go where every picture lives, so Astro's image pipeline resizes them.
    expect(assets.copies.map((c) => path.relative(site.content, c.to))).toEqual([
      'images/uploads/2019/03/photo.jpg',
      'images/uploads/2019/03/chart-600x400.png',
    ]);
    expect(assets.warnings()).toEqual([
      `image not found in the uploads folder, URL kept: https://myblog.files.wordpress.com/2019/03/missing.jpg (looked for ${path.join(uploads, '2019/03/missing.jpg')})`,
    ]);
  });
});

describe('preflight', () => {
  it('runs the content check on the planned files and skips any it would refuse', () => {
    const site = makeSite(false);
    const file = (
      name: string,
      topics: string,
      body = 'Body.\n',
      copies: AssetCopy[] = [],
      remoteImages: string[] = [],
    ) => ({
      file: path.join(site.content, `articles/en/${name}.mdx`),
      locale: 'en' as const,
      name,
      post: `'${name}' (post 1)`,
      copies,
      remoteImages,
      text: `---\ntitle: "T"\ndescription: "D."\ndate: 2022-01-01\ntopics: [${topics}]\n---\n${body}`,
    });
    // Five images on the old blog, the first with a URL longer than the check quotes in full.
    const gallery = [
      'https://servicefloornotes.files.wordpress.com/2021/06/a-rather-long-file-name-1024x768.png?w=1024',
      ...[1, 2, 3, 4].map((n) => `https://blog.example.com/wp-content/uploads/shift-${n}.png`),
    ];
    const wallboard = path.join(fixture, 'uploads/2021/05/wallboard.png');
    const plan: ImportPlan = {
      files: [
        file('fine', 'operations'),
        file('odd', 'gardening'),
        file('pictured', 'operations', '![Wallboard](uploads/2021/05/wallboard.png)\n', [
          {
            from: wallboard,
            to: path.join(site.content, 'images/uploads/2021/05/wallboard.png'),
          },
        ]),
        file('remote', 'operations', '![Wallboard](https://blog.example.com/wallboard.png)\n'),
        file(
          'gallery',
          'operations',
          gallery.map((url) => `![](${url})\n`).join('\n'),
          [],
          gallery,
        ),
      ],
      skipped: [],
      conflicts: [],
      warnings: [],
    };
    const refused = preflight(plan, site.content, site.publicDir);
    expect(plan.files.map((f) => f.name)).toEqual(['fine', 'pictured']);
    expect(plan.skipped).toEqual([
      `'odd' (post 1): the content check would refuse it (topics: unknown topic id "gardening" (known ids are in content/topics.yaml)); copy it over by hand`,
      expect.stringMatching(
        /^'remote' \(post 1\): the content check would refuse it \(line 7: image "https:\/\/blog\.example\.com\/wallboard\.png" would be loaded from another site \(blog\.example\.com\).*\); rerun with --uploads/,
      ),
      `'gallery' (post 1): the content check would refuse it (lines 7, 9, 11 and 2 more: 5 images would be loaded from other sites (servicefloornotes.files.wordpress.com, blog.example.com): ${gallery.slice(0, 3).join(', ')} and 2 more; the site loads nothing from other sites); rerun with --uploads pointing at a copy of wp-content/uploads, so its images are copied into the site`,
    ]);
    expect(refused).toEqual([
      { post: "'odd' (post 1)", remoteImages: [] },
      { post: "'remote' (post 1)", remoteImages: ['https://blog.example.com/wallboard.png'] },
      { post: "'gallery' (post 1)", remoteImages: gallery },
    ]);
    expect(existsSync(path.join(site.content, 'articles/en/fine.mdx'))).toBe(false);
    expect(existsSync(site.publicDir)).toBe(false);
  });
});

const frontmatterOf = (text: string) => {
  const split = splitFrontmatter(text);
  if (!split.ok) throw new Error(split.problem);
  return split.data;
};

// Each test imports into its own folder, so the CLI runs may overlap.
describe.concurrent('npm run import:wordpress', () => {
  it('imports the published posts, copies the image, and every written file passes the content check', async () => {
    const site = makeSite();
    const { status, stdout, output } = await runCli(fullArgs(site));
    expect(status, output).toBe(0);
    const articles = path.join(site.content, 'articles');

    expect(frontmatter(path.join(articles, 'en/queue-callbacks-what-customers-want.mdx'))).toEqual({
      title: 'Queue callbacks: what customers actually want',
      description:
        'Callbacks turn a long queue into a promise. What customers expect from one, and how to keep it.',
      date: '2021-05-10',
      topics: ['operations'],
    });
    const german = frontmatter(path.join(articles, 'de/queue-callbacks-what-customers-want.mdx'));
    expect(german).toMatchObject({
      title: 'Rückrufe in der Warteschlange: was Kundinnen und Kunden wirklich wollen',
      date: '2021-05-20',
      slug: 'rueckrufe-in-der-warteschlange',
      topics: ['operations'],
    });
    expect(german.description).toMatch(/^Niemand hört gern Warteschleifenmusik\. .*…$/);
    expect(frontmatter(path.join(articles, 'zh/post-21.mdx'))).toMatchObject({
      title: '如何辅导新上任的班组长',
      topics: ['customer-service', 'people-management', 'leadership'],
    });
    expect(frontmatter(path.join(articles, 'en/agent-scripts.mdx'))).toMatchObject({
      title: 'Agent scripts: "say it like you mean it"',
      description:
        'Why customers notice scripts that are read out, and how to write one that agents can talk from.',
    });
    expect(readFileSync(path.join(articles, 'en/reading-a-wallboard.mdx'), 'utf8')).toContain(
      '![A wallboard showing calls waiting, longest wait and service level](uploads/2021/05/wallboard.png)\n\n*The wallboard on a Monday morning*',
    );
    expect(readFileSync(path.join(site.content, 'images/uploads/2021/05/wallboard.png'))).toEqual(
      readFileSync(path.join(fixture, 'uploads/2021/05/wallboard.png')),
    );

    expect(checkContent(site.content, { publicDirs: [site.publicDir] }).errors).toEqual([]);
    expect(stdout).toContain('content check: the imported files have no problems.');
    expect(stdout).toMatch(/^skipped: draft 'Notes on attrition \(unfinished\)' \(post 40\)$/m);
    expect(stdout).toMatch(/^skipped: page 'About Morgan' \(post 50\): only posts are imported$/m);
    expect(stdout).toMatch(
      /^skipped: 'Welcome to the new blog' \(post 42\): no topic: category 'uncategorized' is not mapped; add it to the --topics file$/m,
    );
    expect(stdout).toMatch(
      /^warning: tag 'wallboards' is not mapped to a topic \(used by 'Queue callbacks: what customers actually want' \(post 12\), 'Reading a wallboard without panicking' \(post 30\)\)/m,
    );
    expect(stdout).toMatch(
      /^warning: 'Agent scripts: "say it like you mean it"' \(post 33\): shortcode \[gallery\] kept as text/m,
    );
    expect(stdout).toMatch(
      /^warning: 'Reading a wallboard without panicking' \(post 30\): embedded frame removed \(https:\/\/www\.youtube\.com\/embed\/abc123\)$/m,
    );
    expect(stdout).toMatch(
      /^warning: '如何辅导新上任的班组长' \(post 21\): its slug "如何辅导新上任的班组长" has no letters a–z or digits for a file name; named post-21/m,
    );
    expect(stdout).toMatch(/^copied: .*images\/uploads\/2021\/05\/wallboard\.png$/m);

    // Nothing the old posts showed is lost: superscripts, code lines, captions, the cover
    // image, WordPress.com media, and links to posts whose permalinks changed.
    const targets = readFileSync(path.join(articles, 'en/service-level-targets.mdx'), 'utf8');
    expect(targets).toContain('The 90<sup>th</sup> percentile');
    expect(targets).toContain(
      '```\nservice_level = answered_within_20s\n    / (offered - abandoned_within_5s)\n```',
    );
    expect(targets).toContain(
      "![The team board with the week's service level per queue](uploads/2021/06/team-board.png)\n\n*The team board in week 12*\n",
    );
    expect(targets).toContain('[Reading a wallboard](/en/articles/reading-a-wallboard/)');
    expect(targets).toContain('[Late shift, in pictures](/en/articles/late-shift-in-pictures/)');
    expect(readFileSync(path.join(site.content, 'images/uploads/2021/06/team-board.png'))).toEqual(
      readFileSync(path.join(fixture, 'uploads/2021/06/team-board.png')),
    );
    const pictures = readFileSync(path.join(articles, 'en/late-shift-in-pictures.mdx'), 'utf8');
    expect(pictures).toContain(
      '![](uploads/2021/06/late-shift.png)\n\nThe floor after the late shift\n',
    );
    expect(pictures).toContain(
      '[Service level targets, written out](/en/articles/service-level-targets/)',
    );
    expect(existsSync(path.join(site.content, 'images/uploads/2021/06/late-shift.png'))).toBe(true);
    expect(stdout).toMatch(
      /^warning: 'Late shift, in pictures' \(post 80\): 5 images without alt text \(.*\/late-shift\.png, .*\/shift-1\.png, .*\/shift-2\.png and 2 more\)/m,
    );
    expect(stdout.trim().split('\n').at(-1)).toBe('written 7, skipped 5, conflicts 0, warnings 9');
  });

  it('never overwrites: a second run reports every file as a conflict and changes nothing', async () => {
    const site = makeSite();
    expect((await runCli(fullArgs(site))).status).toBe(0);
    const before = hashTree(site.root);
    const { status, stdout } = await runCli(fullArgs(site));
    expect(status).toBe(0);
    expect(hashTree(site.root)).toBe(before);
    expect(stdout).toMatch(
      /^conflict: .*articles\/en\/reading-a-wallboard\.mdx already exists: 'Reading a wallboard without panicking' \(post 30\) was not imported \(nothing was overwritten\)$/m,
    );
    expect(stdout.trim().split('\n').at(-1)).toMatch(
      /^written 0, skipped 5, conflicts 7, warnings \d+$/,
    );
  });

  it('writes the other files when one already exists', async () => {
    const site = makeSite();
    const existing = path.join(site.content, 'articles/en/agent-scripts.mdx');
    mkdirSync(path.dirname(existing), { recursive: true });
    writeFileSync(
      existing,
      '---\ntitle: "Mine"\ndescription: "Mine."\ndate: 2020-01-01\ntopics: [operations]\n---\nMine.\n',
    );
    const { status, stdout } = await runCli(fullArgs(site));
    expect(status).toBe(0);
    expect(readFileSync(existing, 'utf8')).toContain('title: "Mine"');
    expect(stdout.trim().split('\n').at(-1)).toBe('written 6, skipped 5, conflicts 1, warnings 6');
    expect(checkContent(site.content, { publicDirs: [site.publicDir] }).errors).toEqual([]);
  });

  it('--dry-run writes nothing and lists what it would write', async () => {
    const site = makeSite();
    const before = hashTree(site.content);
    const { status, stdout } = await runCli(fullArgs(site, '--dry-run'));
    expect(status).toBe(0);
    expect(hashTree(site.content)).toBe(before);
    expect(existsSync(site.publicDir)).toBe(false);
    expect(stdout).toMatch(
      /^would write: .*articles\/de\/queue-callbacks-what-customers-want\.mdx from 'Rückrufe/m,
    );
    expect(stdout).toMatch(/^would copy: .*images\/uploads\/2021\/05\/wallboard\.png$/m);
    expect(stdout.trim().split('\n').at(-1)).toBe(
      'would write 7, skipped 5, conflicts 0, warnings 9 (dry run: nothing was written)',
    );
  });

  it('without --uploads does not import a post whose images are on the old blog: one skipped line each (a gallery counted), a total, and links to them kept pointing at the old blog', async () => {
    const site = makeSite();
    const { status, stdout } = await runCli([
      exportFile,
      '--topics',
      mapFile,
      '--content',
      site.content,
      '--public',
      site.publicDir,
    ]);
    expect(status, stdout).toBe(0);
    expect(existsSync(path.join(site.content, 'articles/en/reading-a-wallboard.mdx'))).toBe(false);
    expect(stdout).toMatch(
      /^skipped: 'Reading a wallboard without panicking' \(post 30\): the content check would refuse it \(line \d+: image "https:\/\/blog\.example\.com\/wp-content\/uploads\/2021\/05\/wallboard\.png" would be loaded from another site \(blog\.example\.com\).*\); rerun with --uploads/m,
    );
    expect(stdout).toMatch(
      /^skipped: 'Service level targets, written out' \(post 70\): the content check would refuse it \(line \d+: image "https:\/\/servicefloornotes\.files\.wordpress\.com\/2021\/06\/team-board-1024x768\.png\?w=1024" would be loaded from another site \(servicefloornotes\.files\.wordpress\.com\).*\); rerun with --uploads/m,
    );
    const gallery = stdout.split('\n').filter((line) => line.includes('(post 80)'));
    expect(gallery).toEqual([
      expect.stringMatching(
        /^skipped: 'Late shift, in pictures' \(post 80\): the content check would refuse it \(lines \d+, \d+, \d+ and 4 more: 7 images would be loaded from other sites \(blog\.example\.com\): \S+\/late-shift\.png, \S+\/shift-1\.png, \S+\/shift-2\.png and 4 more; .*\); rerun with --uploads/,
      ),
    ]);
    for (const name of ['reading-a-wallboard', 'service-level-targets', 'late-shift-in-pictures'])
      expect(existsSync(path.join(site.content, `articles/en/${name}.mdx`)), name).toBe(false);
    // A skipped post says so once: none of its images is also reported as "kept".
    expect(stdout).not.toMatch(/remote images? kept/);
    expect(stdout).toMatch(/^remote images: 9 in 3 posts that were not imported; .*--uploads/m);
    expect(stdout).toContain(
      "warning: 'Rückrufe in der Warteschlange: was Kundinnen und Kunden wirklich wollen' (post 15): link to the old blog kept: https://blog.example.com/?p=30",
    );
    expect(stdout).toContain('content check: the imported files have no problems.');
    expect(stdout.trim().split('\n').at(-1)).toBe('written 4, skipped 8, conflicts 0, warnings 8');
    expect(checkContent(site.content, { publicDirs: [site.publicDir] }).errors).toEqual([]);
    expect(existsSync(site.publicDir)).toBe(false);
  });

  it('files posts without Polylang data under --locale', async () => {
    const site = makeSite();
    expect((await runCli(fullArgs(site, '--locale', 'de'))).status).toBe(0);
    expect(existsSync(path.join(site.content, 'articles/de/agent-scripts.mdx'))).toBe(true);
    expect(existsSync(path.join(site.content, 'articles/en/agent-scripts.mdx'))).toBe(false);
  });

  it('stops with one clear line on a broken export, a missing file or a bad map (exit 1), and adds the usage for bad options (exit 2)', async () => {
    const site = makeSite();
    const before = hashTree(site.content);
    const broken = path.join(temp, 'broken.xml');
    writeFileSync(broken, '<rss><channel><item></channel></rss>');
    const cutOff = path.join(temp, 'cut-off.xml');
    const whole = readFileSync(exportFile, 'utf8');
    writeFileSync(cutOff, whole.slice(0, whole.indexOf('</item>') + '</item>'.length)); // cut off after the first post
    const notWordPress = path.join(temp, 'feed.xml');
    writeFileSync(notWordPress, '<rss><channel><title>A feed</title></channel></rss>');
    const cases: [string[], RegExp, 1 | 2][] = [
      [
        [broken, '--content', site.content],
        /^import:wordpress: broken\.xml is not a WordPress export: the XML is broken at line 1: <\/channel> found where <\/item>/,
        1,
      ],
      [
        [cutOff, '--content', site.content],
        /^import:wordpress: cut-off\.xml is not a WordPress export: the XML is broken at line \d+: <[\w:]+> is never closed \(is the file cut off\?\)$/m,
        1,
      ],
      [
        [notWordPress, '--content', site.content],
        /^import:wordpress: feed\.xml is not a WordPress export: there is no <wp:wxr_version> in it/,
        1,
      ],
      [
        [path.join(temp, 'nope.xml'), '--content', site.content],
        /^import:wordpress: Cannot read .*nope\.xml: the file does not exist$/m,
        1,
      ],
      [
        [exportFile, '--topics', mapFile, '--content', makeSite(false).content],
        /^import:wordpress: .*topics-map\.yaml: "客服: customer-service" \("customer-service" is not a topic id\)/,
        1,
      ],
      [
        [exportFile, '--locale', 'fr', '--content', site.content],
        /^import:wordpress: --locale must be one of en, de, zh, not "fr"$/m,
        2,
      ],
      [[exportFile, '--uploads'], /^import:wordpress: --uploads needs a value$/m, 2],
      [['--dry-run'], /^import:wordpress: give the export file/m, 2],
    ];
    const results = await Promise.all(cases.map(([args]) => runCli(args)));
    for (const [i, [, message, exitCode]] of cases.entries()) {
      const { status, stderr, stdout } = results[i]!;
      expect(status, stderr).toBe(exitCode);
      expect(stderr).toMatch(message);
      if (exitCode === 2) expect(stderr).toContain('Usage: npm run import:wordpress');
      else expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(stdout).toBe('');
    }
    expect(hashTree(site.content)).toBe(before);
  });
});
