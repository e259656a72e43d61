import { describe, expect, it } from 'vitest';
import { parseUrlState } from '../../../src/state/url-state';
import { EMBED_FRAME_ATTRIBUTE, embedLink, embedSnippet, shareableLink } from '../../../src/share/links';

const PAGE = 'https://news.example/maps/zhejiang-5g/';

describe('shareableLink', () => {
  it('keeps view, metric, popup and always the language, on the same path', () => {
    const { state } = parseUrlState('?view=hangzhou&popup=hangzhou&metric=residents-per-km2', 'en');
    const link = new URL(shareableLink(`${PAGE}#data`, state));
    expect(link.origin + link.pathname).toBe(PAGE);
    expect(Object.fromEntries(link.searchParams)).toEqual({
      view: 'hangzhou',
      popup: 'hangzhou',
      metric: 'residents-per-km2',
      lang: 'en',
    });
    expect(link.hash).toBe('');
    // The link reproduces the state for a reader whose browser speaks the other language.
    expect(parseUrlState(link.search, 'zh').state).toEqual(state);
  });
  it('leaves out the sender’s kiosk and embed settings but keeps loaded files', () => {
    const { state } = parseUrlState('?kiosk=1&idle=5&tour-interval=1&embed=1&data=data/q1.csv&lang=zh', 'zh');
    expect(Object.fromEntries(new URL(shareableLink(PAGE, state)).searchParams)).toEqual({
      lang: 'zh',
      data: 'data/q1.csv',
    });
  });
});

describe('embedSnippet', () => {
  const { state } = parseUrlState('?view=shaoxing&lang=zh', 'en');
  const snippet = embedSnippet({
    pageUrl: `${PAGE}index.html?x=1`,
    state,
    title: '交互地图："浙江" & <5G>',
    initialHeightPx: 560,
  });

  it('frames the current deep link in embed mode, titled and lazy, with no inline style or script', () => {
    const src = /<iframe src="([^"]+)"/u.exec(snippet)?.[1]?.replaceAll('&amp;', '&');
    expect(src).toBe(embedLink(`${PAGE}index.html`, state));
    expect(Object.fromEntries(new URL(src!).searchParams)).toEqual({ view: 'shaoxing', lang: 'zh', embed: '1' });
    expect(snippet).toContain('title="交互地图：&quot;浙江&quot; &amp; &lt;5G&gt;"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain(EMBED_FRAME_ATTRIBUTE);
    expect(snippet).not.toMatch(/style=|<script>|on\w+=/u);
  });
  it('loads the resizer from the map’s own folder', () => {
    expect(snippet).toContain(`<script src="${PAGE}embed.js" async></script>`);
  });
});
