/** The page learns this run's API token from a meta tag only it can read (same-origin). */
export const TOKEN_META_NAME = 'archive-token';

export function injectToken(html: string, token: string): string {
  const meta = `<meta name="${TOKEN_META_NAME}" content="${token}">`;
  return html.includes('</head>') ? html.replace('</head>', `  ${meta}\n  </head>`) : meta + html;
}

export const RENDERER_MISSING_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>内刊档案</title></head>
<body><h1>内刊档案：界面尚未构建</h1>
<p>The user interface has not been built yet. Run <code>npm run build</code>, then start the server again.</p>
</body></html>`;
