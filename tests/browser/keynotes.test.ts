/** Keynote catalogue for organisers in Chromium: filters in the URL, shortlist, enquiry mailto, print one-sheet. */
import { describe, expect, it } from 'vitest';
import { site } from '~/site.config';
import en from '~/i18n/en.json';
import { hasBrowser, useSite } from '../support/browser';

const encode = (s: string) =>
  encodeURIComponent(s.replace(/\n/g, '\r\n')).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

describe.skipIf(!hasBrowser)('keynote catalogue in a real browser', () => {
  const s = useSite();

  it('filters by topic and format without a reload, and keeps the filter in the URL', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    await page.goto('/en/keynotes/');
    const visible = () =>
      page
        .locator('[data-keynote]:visible .keynote-card')
        .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset));
    const all = await visible();
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(all[0]!.name).toBe('early-warning-system');

    await page.getByRole('combobox', { name: 'Topic', exact: true }).selectOption('leadership');
    await page.getByRole('combobox', { name: 'Format', exact: true }).selectOption('workshop');
    const filtered = await visible();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    for (const card of filtered) {
      expect(card.topics!.split(' ')).toContain('leadership');
      expect(card.formats!.split(' ')).toContain('workshop');
    }
    expect(new URL(page.url()).search).toBe('?topic=leadership&format=workshop');

    // A shared link opens the same filtered view.
    const second = await context.newPage();
    await second.goto(`/en/keynotes/?topic=leadership&format=workshop`);
    expect(await second.locator('[data-keynote]:visible').count()).toBe(filtered.length);
    await context.close();
  });

  it('shows every keynote and no filters that could not work without JavaScript', async () => {
    const context = await s.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/keynotes/?format=webinar');
    expect(await page.locator('[data-keynote]:visible').count()).toBe(
      await page.locator('[data-keynote]').count(),
    );
    await expect(page.locator('.keynote-filters').isVisible()).resolves.toBe(false);
    await context.close();

    const withScript = await s.newContext();
    const enhanced = await withScript.newPage();
    await enhanced.goto('/en/keynotes/');
    await expect(enhanced.locator('.keynote-filters').isVisible()).resolves.toBe(true);
    await withScript.close();
  });

  it('shortlists two keynotes and sends one enquiry whose mailto cannot be hijacked', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    for (const slug of ['early-warning-system', 'team-leaders-as-coaches']) {
      await page.goto(`/en/keynotes/${slug}/`);
      await page.getByRole('button', { name: 'Add to shortlist' }).click();
      expect(
        await page
          .getByRole('button', { name: 'Remove from shortlist' })
          .getAttribute('aria-pressed'),
      ).toBe('true');
    }
    await page.goto('/en/shortlist/');
    const titles = await page
      .locator('[data-shortlist-item]:visible')
      .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.title!));
    expect(titles).toHaveLength(2);

    // Required fields and a past date are flagged before anything is sent.
    await page.getByLabel(/Event date/).fill('2020-01-01');
    await page.getByRole('button', { name: 'Email my enquiry' }).click();
    const errors = page.locator('[data-errors]');
    expect(await errors.textContent()).toContain('Please fill in “Your name”.');
    expect(await errors.textContent()).toContain('The event date is in the past.');
    // Without a date and without "flexible", the date is asked for.
    await page.getByLabel(/Event date/).fill('');
    await page.getByRole('button', { name: 'Email my enquiry' }).click();
    expect(await errors.textContent()).toContain(en['enquiry.errorDate']);

    // A flexible date may stay empty: no date, the box ticked, and no complaint about it.
    await page.getByLabel(/Event date/).fill('');
    await page.getByLabel(en['enquiry.dateFlexible']).check();

    const eventName = 'CX Summit&cc=evil@example.org\r\nBcc: evil@example.org';
    await page.getByLabel(/Your name/).fill('Dana Organiser');
    await page.getByLabel(/Organisation/).fill('Service Forum e.V.');
    await page.getByLabel(/Event name/).fill(eventName);
    await page.getByLabel(en['enquiry.theme']).fill('Service that scales');
    await page.getByLabel(/City/).fill('online');
    await page.getByLabel(/Expected audience size/).fill('250');
    await page.getByLabel(en['enquiry.audienceProfile']).fill('Team leaders and planners');
    await page.getByLabel(en['enquiry.slot']).selectOption({ label: '45 minutes' });
    await page.getByLabel(en['enquiry.qa']).selectOption({ label: 'Another 15 minutes' });
    await page.getByLabel(en['enquiry.customisation']).fill('Examples from utilities');
    await page.getByLabel(en['enquiry.budget']).selectOption({ label: '€5,000 to €10,000' });
    await page.getByLabel(en['enquiry.travel']).selectOption({ label: en['enquiry.toDiscuss'] });
    await page.getByLabel(/Message/).fill('Two slots possible.\nMorning preferred.');
    await page.getByRole('button', { name: 'Email my enquiry' }).click();
    const href = await page.locator('[data-mailto]').getAttribute('href');

    const typedEvent = await page.getByLabel(/Event name/).inputValue();
    const flat = typedEvent.replace(/\s+/g, ' ').trim();
    const body = [
      `${en['enquiry.keynotes']}:`,
      ...titles.map((t) => `- ${t}`),
      '',
      `${en['enquiry.name']}: Dana Organiser`,
      `${en['enquiry.organisation']}: Service Forum e.V.`,
      `${en['enquiry.event']}: ${flat}`,
      `${en['enquiry.theme']}: Service that scales`,
      `${en['enquiry.date']}:`,
      `${en['enquiry.dateFlexible']}: Yes`,
      `${en['enquiry.city']}: online`,
      `${en['enquiry.audienceSize']}: 250`,
      `${en['enquiry.audienceProfile']}: Team leaders and planners`,
      `${en['enquiry.slot']}: 45 minutes`,
      `${en['enquiry.qa']}: Another 15 minutes`,
      `${en['enquiry.customisation']}: Examples from utilities`,
      `${en['enquiry.budget']}: €5,000 to €10,000`,
      `${en['enquiry.travel']}: To discuss`,
      `${en['enquiry.language']}: English`,
      '',
      `${en['enquiry.message']}:`,
      'Two slots possible.\nMorning preferred.',
      '',
    ].join('\n');
    const subject = en['enquiry.subject'].replace('{{event}}', flat);
    expect(href).toBe(
      `mailto:${site.email.bookings}?subject=${encode(subject)}&body=${encode(body)}`,
    );
    const url = new URL(href!);
    expect(url.pathname).toBe(site.email.bookings);
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['keynote-shortlist']);
    await context.close();
  });

  it('counts the shortlist in the header, live on the page and across tabs, named for screen readers', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    const other = await context.newPage();
    await page.goto('/en/keynotes/early-warning-system/');
    await other.goto('/de/articles/');
    const link = (p: typeof page) => p.locator('.site-header a.shortlist-link');
    expect(await link(page).getAttribute('aria-label')).toBe('Shortlist, 0 talks');
    expect(await link(page).locator('[data-count]').isVisible()).toBe(false);
    const place = async () => {
      const { x, width, height } = (await link(page).boundingBox())!;
      return { x, width, height };
    };
    const before = await place();

    await page.getByRole('button', { name: 'Add to shortlist' }).click();
    await expect.poll(() => link(page).getAttribute('aria-label')).toBe('Shortlist, 1 talk');
    expect(await link(page).locator('[data-count]').textContent()).toBe('1');
    // The number appears over the icon's corner: the link keeps its place and size.
    expect(await place()).toEqual(before);
    // The other tab (German) hears of it through the storage event.
    await expect.poll(() => link(other).getAttribute('aria-label')).toBe('Merkliste, 1 Vortrag');

    await other.goto('/de/keynotes/team-leaders-as-coaches/');
    await other.getByRole('button', { name: 'Auf die Merkliste' }).click();
    await expect.poll(() => link(page).getAttribute('aria-label')).toBe('Shortlist, 2 talks');
    expect(await page.getByRole('link', { name: 'Shortlist, 2 talks' }).count()).toBe(1);
    await context.close();
  });

  it('keeps the header shortlist a plain link, without a number, when JavaScript is off', async () => {
    const context = await s.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/zh/keynotes/');
    const link = page.getByRole('link', { name: '候选清单', exact: true });
    expect(await link.getAttribute('href')).toBe('/zh/shortlist/');
    expect(await link.locator('[data-count]').isVisible()).toBe(false);
    await link.click();
    await page.waitForURL('**/zh/shortlist/');
    await context.close();
  });

  it('prints a keynote as one page with no navigation and the speaker’s contact', async () => {
    const context = await s.newContext();
    const page = await context.newPage();
    await page.goto('/en/keynotes/early-warning-system/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.language-select').isVisible()).toBe(false);
    expect(await page.locator('button:visible').count()).toBe(0);
    expect(await page.locator('.print-contact').textContent()).toContain(site.email.bookings);
    expect(await page.locator('.print-contact').textContent()).toContain(
      `${site.url}/en/keynotes/early-warning-system/`,
    );
    const links = [];
    for (const locale of ['en', 'de']) {
      await page.goto(`/${locale}/keynotes/`);
      links.push(
        ...(await page
          .locator('.keynote-card .card-title a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))),
      );
    }
    for (const link of new Set(links)) {
      await page.goto(link);
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: false });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
        expect(pages.length, `${link} ${format}`).toBe(1);
      }
    }
    await context.close();
  });
});
