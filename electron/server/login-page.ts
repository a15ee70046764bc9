/**
 * The reading room's sign-in page: plain HTML and a stylesheet of its own (no script, so it
 * passes the strict CSP), in Chinese first and English beneath, as every page of the archive.
 */
export const LOGIN_PATH = '/login';
export const LOGIN_CSS_PATH = '/login.css';

export type LoginNotice =
  | { kind: 'none' }
  | { kind: 'failed' }
  | { kind: 'throttled'; seconds: number }
  | { kind: 'locked'; minutes: number }
  | { kind: 'signed-out' }
  | { kind: 'bad-request' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function noticeHtml(notice: LoginNotice): string {
  const say = (zh: string, en: string, role: 'alert' | 'status' = 'alert'): string =>
    `<div class="notice ${role}" role="${role}"><p>${zh}</p><p lang="en">${en}</p></div>`;
  switch (notice.kind) {
    case 'none':
      return '';
    case 'failed':
      return say('账号名称或密码不对。请重试；多次失败后需等待片刻才能再试。', 'The account name or password is wrong. Try again; after several failures you will have to wait before trying again.');
    case 'throttled':
      return say(`失败次数过多，请等待 ${notice.seconds} 秒后再试。`, `Too many failed attempts: wait ${notice.seconds} seconds, then try again.`);
    case 'locked':
      return say(
        `失败次数过多，此账号或此电脑已被暂时锁定，请 ${notice.minutes} 分钟后再试，或请管理员协助。`,
        `Too many failed attempts: this account or this computer is locked for ${notice.minutes} minutes. Try again later, or ask the administrator.`,
      );
    case 'signed-out':
      return say('您已退出登录，或登录已过期。', 'You are signed out, or your session has ended.', 'status');
    case 'bad-request':
      return say('请填写账号名称和密码。', 'Fill in the account name and the password.');
  }
}

export function loginPageHtml(notice: LoginNotice, name = ''): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>登录 · 内刊档案 Bulletin Archive</title>
<link rel="stylesheet" href="${LOGIN_CSS_PATH}">
</head>
<body>
<main>
<h1>内刊档案 · 阅览室<span lang="en">Bulletin Archive · Reading room</span></h1>
${noticeHtml(notice)}
<form method="post" action="${LOGIN_PATH}">
<label for="name">账号名称 <span lang="en">Account name</span></label>
<input id="name" name="name" autocomplete="username" required maxlength="64" value="${escapeHtml(name)}"${name === '' ? ' autofocus' : ''}>
<label for="password">密码 <span lang="en">Password</span></label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="256"${name === '' ? '' : ' autofocus'}>
<button type="submit">登录 <span lang="en">Sign in</span></button>
</form>
<p class="hint">账号由管理员开设；忘记密码请找管理员。<span lang="en">Accounts are made by the administrator; if you forgot your password, ask them.</span></p>
</main>
</body>
</html>
`;
}

export const LOGIN_CSS = `:root { color-scheme: light; font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif; }
body { margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center; background: #f4f1ea; color: #222; }
main { width: min(26rem, calc(100vw - 2rem)); background: #fff; border: 1px solid #d8d2c4; border-radius: 6px; padding: 1.5rem 1.75rem; box-shadow: 0 2px 8px rgb(0 0 0 / 0.06); }
h1 { font-size: 1.35rem; margin: 0 0 1.25rem; color: #8b1a1a; }
h1 span { display: block; font-size: 0.95rem; color: #555; font-weight: normal; margin-top: 0.25rem; }
label { display: block; margin: 0.9rem 0 0.3rem; font-weight: 600; }
label span, .hint span, .notice p[lang="en"] { color: #555; font-weight: normal; }
input { box-sizing: border-box; width: 100%; font: inherit; padding: 0.5rem 0.6rem; border: 1px solid #b9b2a3; border-radius: 4px; }
input:focus, button:focus { outline: 2px solid #1a5fb4; outline-offset: 1px; }
button { margin-top: 1.25rem; width: 100%; font: inherit; padding: 0.6rem; background: #8b1a1a; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
button span { opacity: 0.85; }
.notice { border-radius: 4px; padding: 0.5rem 0.75rem; margin-bottom: 0.5rem; }
.notice p { margin: 0.2rem 0; }
.notice.alert { background: #fdecea; border: 1px solid #e6a19a; }
.notice.status { background: #eef4fb; border: 1px solid #a9c4e4; }
.hint { font-size: 0.85rem; color: #555; margin-top: 1rem; }
.hint span { display: block; }
`;
