import { describe, expect, it } from 'vitest';
import { countText, readableText, readingMinutes } from '~/lib/reading-time';
import { site } from '~/site.config';

const english = { unit: 'words', perMinute: 230 } as const;
const chinese = { unit: 'characters', perMinute: 400 } as const;

/** 20 Han characters, no spaces. */
const PHRASE = '呼叫中心的领导需要关注客户体验和排班质量';

describe('reading time', () => {
  it('gives 460 English words at 230 words a minute 2 minutes', () => {
    expect(readingMinutes('word '.repeat(460), english)).toBe(2);
  });

  it('uses the German rate configured for de (400 words at 200/min is 2 minutes)', () => {
    expect(site.locales.de.readingRate).toEqual({ unit: 'words', perMinute: 200 });
    expect(readingMinutes('Wort '.repeat(400), site.locales.de.readingRate)).toBe(2);
  });

  it('rounds to the nearest whole minute', () => {
    expect(readingMinutes('word '.repeat(340), english)).toBe(1); // 1.48
    expect(readingMinutes('word '.repeat(350), english)).toBe(2); // 1.52
  });

  it('counts Chinese by characters, not by spaces: 1200 characters without spaces take 3 minutes at 400/min', () => {
    const text = PHRASE.repeat(60);
    expect(text).not.toContain(' ');
    expect(countText(text).characters).toBe(1200);
    expect(readingMinutes(text, chinese)).toBe(3);
    expect(readingMinutes(text, chinese)).not.toBe(1);
  });

  it('uses the character rate configured for zh', () => {
    expect(readingMinutes(PHRASE.repeat(60), site.locales.zh.readingRate)).toBe(3);
  });

  it('does not treat a run of Chinese characters as one word', () => {
    expect(countText(PHRASE.repeat(10))).toEqual({ words: 0, characters: 200 });
  });

  it('counts the Latin words in a Chinese article as two characters each', () => {
    // 200 characters + 300 words × 2 = 800 character units → 2 minutes at 400/min
    const mixed = `${PHRASE.repeat(10)}\n\n${'KPI '.repeat(300)}`;
    expect(readingMinutes(mixed, chinese)).toBe(2);
  });

  it('never says less than 1 minute, even for an empty article', () => {
    expect(readingMinutes('', english)).toBe(1);
    expect(readingMinutes('Hi.', english)).toBe(1);
    expect(readingMinutes('', chinese)).toBe(1);
  });

  it('does not count words inside ``` code blocks', () => {
    const code = 'const x = 1; '.repeat(400);
    const withFence = `Short intro.\n\n\`\`\`js\n${code}\n\`\`\`\n\nShort outro.`;
    expect(countText(withFence).words).toBe(4);
    expect(readingMinutes(withFence, english)).toBe(1);
    // the same text outside a code block would take longer
    expect(readingMinutes(`Short intro.\n\n${code}`, english)).toBeGreaterThan(1);
  });

  it('counts a link by its text, not by its URL', () => {
    expect(
      countText('[two words](https://example.com/a/very/long/path/with/many/segments?q=1)').words,
    ).toBe(2);
    expect(countText('![a chart](https://example.com/img/chart-of-service-level.png)').words).toBe(
      2,
    );
  });

  it('does not count MDX import and export lines', () => {
    const source =
      "import Chart from '../../components/Chart.astro';\nexport const meta = { kind: 'note' };\n\nHello world";
    expect(countText(source).words).toBe(2);
  });

  it('does not count JSX tags and their attributes, only the text inside', () => {
    expect(
      countText('<Callout type="warning" title="ignored attribute">Careful now</Callout>').words,
    ).toBe(2);
  });

  it('does not count Markdown markup such as headings, emphasis and tables', () => {
    expect(readableText('## Heading')).not.toContain('#');
    expect(countText('## Heading\n\n**bold** and _italic_\n\n| a | b |\n|---|---|').words).toBe(6);
  });

  it('does not count words inside ~~~ code blocks either', () => {
    const source = `Short intro.\n\n~~~\n${'code '.repeat(1000)}\n~~~\n`;
    expect(readingMinutes(source, english)).toBe(1); // actual: 4
  });

  it('does not count the lines of a multi-line MDX import', () => {
    const source = "import {\n  Chart,\n  Callout,\n} from '../../components';\n\nHello world";
    expect(countText(source).words).toBe(2); // actual: 6
  });
});
