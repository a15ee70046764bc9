import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PrintElement } from '../../../shared/contract/export';
import { PrintTree } from '../../../renderer/src/print/PrintTree';

describe('the renderer draws a print document', () => {
  it('as text and listed tags only, whatever arrives over the transport', () => {
    const hostile = {
      tag: 'div',
      cls: 'pd',
      onclick: 'alert(1)',
      children: [
        '<img src=x onerror=alert(1)>',
        { tag: 'script', children: ['alert(1)'] },
        { tag: 'iframe', children: [] },
        {
          tag: 'p',
          cls: 'pd-p',
          style: 'background:url(javascript:alert(1))',
          dangerouslySetInnerHTML: { __html: '<b>x</b>' },
          children: ['正文'],
        },
        { tag: 'h2', id: 'pd-a', lang: 'zh-CN', children: [{ tag: 'mark', cls: 'pd-hl', children: ['划线'] }] },
        42,
        null,
      ],
    } as unknown as PrintElement;
    const html = renderToStaticMarkup(<PrintTree root={hostile} />);
    expect(html).toBe(
      '<div class="pd">&lt;img src=x onerror=alert(1)&gt;<p class="pd-p">正文</p><h2 id="pd-a" lang="zh-CN"><mark class="pd-hl">划线</mark></h2></div>',
    );
  });
});
