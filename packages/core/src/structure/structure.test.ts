import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize/normalize-text.ts';
import { findExfiltrationUrls } from './exfiltration-urls.ts';
import { extractHiddenHtml } from './html.ts';
import { collectTextLeaves } from './walk-json.ts';

describe('extractHiddenHtml', () => {
  it('extracts comments, hidden elements and descriptive attributes with offsets', () => {
    const html =
      '<p>Hi</p><!-- note for the AI --><span style="display: none">secret words here</span><img alt="describe this picture please" src="x.png">';
    const segments = extractHiddenHtml(html);
    expect(segments.map((segment) => [segment.encoding, segment.text.trim()])).toEqual([
      ['html_comment', 'note for the AI'],
      ['html_hidden', 'secret words here'],
      ['html_attribute', 'describe this picture please'],
    ]);
    const comment = segments[0] as { start: number; end: number };
    expect(html.slice(comment.start, comment.end)).toBe(' note for the AI ');
  });

  it('returns nothing for plain text', () => {
    expect(extractHiddenHtml('a < b and c > d')).toEqual([]);
  });
});

describe('findExfiltrationUrls', () => {
  const find = (text: string) => findExfiltrationUrls(text, normalizeText(text));
  it('flags images with data in the query and URLs with placeholders', () => {
    expect(find('![a](https://x.example/i.png?data=abc)')[0]?.subcategory).toBe(
      'markdown_image_url',
    );
    expect(find('visit https://x.example/c?q={user_password} now')[0]?.severity).toBe('high');
  });

  it('leaves ordinary links alone', () => {
    expect(
      find('See https://docs.example.com/guide?page=2 and ![logo](https://example.com/logo.png)'),
    ).toEqual([]);
  });
});

describe('collectTextLeaves', () => {
  it('returns string leaves and long keys with paths, in document order', () => {
    const leaves = collectTextLeaves({
      a: ['x', { 'a key that is quite long': 'y' }],
      b: 2,
      c: 'z',
    });
    expect(leaves.leaves).toEqual([
      { path: '$.a[0]', text: 'x' },
      { path: '$.a[1]["a key that is quite long"]#key', text: 'a key that is quite long' },
      { path: '$.a[1]["a key that is quite long"]', text: 'y' },
      { path: '$.c', text: 'z' },
    ]);
  });

  it('stops at depth and node limits and reports it', () => {
    let deep: unknown = 'x';
    for (let depth = 0; depth < 100; depth++) deep = { d: deep };
    expect(collectTextLeaves(deep, { maxDepth: 10, maxNodes: 1000, maxChars: 1000 }).tooDeep).toBe(
      true,
    );
    expect(
      collectTextLeaves(Array(50).fill('x'), { maxDepth: 10, maxNodes: 10, maxChars: 1000 })
        .truncated,
    ).toBe(true);
  });
});
