import { describe, expect, it } from 'vitest';
import { htmlToParagraphLines } from '../../../electron/core/importers/docx/html-lines';

describe('htmlToParagraphLines', () => {
  it('makes a line of every block and every line break, and decodes entities', () => {
    const html =
      '<h1>标题</h1><p><strong>加粗</strong>正文 &amp; &lt;注&gt; &#20013;</p><p>第一行<br />第二行</p><table><tr><td><p>甲</p></td><td><p>乙</p></td></tr></table><p>\t</p>';
    expect(htmlToParagraphLines(html)).toBe('标题\n\n加粗正文 & <注> 中\n\n第一行\n\n第二行\n\n甲\n\n乙');
  });
});
