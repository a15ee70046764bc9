import type { FileKind, MessageLanguage, SystemRefusal } from './messages';

/** A file's role on an issue (`role` of file-attached), in words rather than its code. */
/** Reading-room roles (issue 18), as a person is told theirs. */
const ROLE_ZH: Record<'reader' | 'cataloguer' | 'admin', string> = { reader: '读者', cataloguer: '编目员', admin: '管理员' };
const FILE_ROLE: Readonly<Record<string, string>> = { original: '原件', representation: '另一格式', variant: '异本', 'better-scan': '更好的扫描件' };
const KIND_ARG: Record<FileKind, string> = { txt: '文件.txt', pdf: '文件.pdf', docx: '文件.docx', json: '文件.json', image: '扫描件.png' };
const KIND: Record<FileKind, string> = { txt: '文本文件', pdf: 'PDF 文件', docx: 'Word 文件', json: 'JSON 文件', image: '扫描图片' };

// 不是期刊时的建议按文件种类说：PDF 和 Word 文件不该被叫去找 .txt 文件。
const NOT_A_BULLETIN_ADVICE: Record<FileKind, string> = {
  txt: '请确认这是一期期刊的正文（刊名、“年第 N 期”、文章）。',
  pdf: '请确认这个 PDF 是一期期刊；用 bulletin-archive parse 文件 --text 可以查看读出的文字。',
  docx: '请确认这个 Word 文件是一期期刊；用 bulletin-archive parse 文件 --text 可以查看读出的文字。',
  json: '请确认这是内刊档案导出的期刊 JSON 文件。',
  image: '请确认这张扫描图片是一期期刊的页面；用 bulletin-archive parse 文件 --text 可以查看识别出的文字。',
};

const REFUSAL: Record<SystemRefusal, string> = {
  'disk-full': '磁盘已满',
  'read-only': '磁盘或文件夹是只读的',
  'no-permission': '没有写入权限',
  busy: '有文件正被另一个程序占用',
};

const DOCX_DAMAGE: Record<'broken-xml' | 'corrupt-zip' | 'incomplete', string> = {
  'broken-xml': '其中的文字内容已损坏（XML 格式不完整）',
  'corrupt-zip': '文件有部分损坏或被截短',
  incomplete: '文档缺少部分内容',
};

const JOURNAL_PROBLEM: Record<'emptied' | 'missing' | 'unreadable-start', string> = {
  emptied: ' 被清空了',
  missing: ' 不见了',
  'unreadable-start': ' 开头已损坏（被覆盖或填满了零字节）',
};

/** 简体中文：界面的默认语言，也是中文系统上命令行的语言。 */
export const chinese: MessageLanguage = {
  messages: {
    'no-series': () => '未找到刊名（系列名称）：报头中没有可识别的内刊名称（如“科技情报参考”），请手工填写刊名。',
    'no-year': () => '未找到年份：报头中既没有“YYYY 年第 N 期”，也没有日期行，请手工填写年份。',
    'no-number': () => '未找到期号：报头中没有“第 N 期”，请手工填写期号。',
    'toc-missing': () => '没有找到目录，文章是按版式（较短的标题行）切分的。请核对文章标题。',
    'toc-titles-not-in-text': () => '目录中的标题在正文里一个也没有找到，文章是按版式（较短的标题行）切分的。请核对文章标题。',
    'toc-entry-unmatched': (m) => `目录条目“${m.title}”${m.page === null ? '' : `（第 ${m.page} 页）`}在正文中没有对应的标题。`,
    'toc-entries-unmatched-more': (m) => `另有 ${m.count} 个目录条目在正文中没有对应的标题。`,
    'toc-count-mismatch': (m) => `目录列出 ${m.listed} 篇文章，正文中找到 ${m.found} 篇。`,
    'no-articles': () => '正文中没有找到文章。',
    'pages-out-of-order': () => '目录中的页码没有依次递增。',
    'article-empty': (m) => `文章“${m.title}”没有正文。`,
    'articles-empty-more': (m) => `另有 ${m.count} 篇文章没有正文。`,
    'unrecognised-lines': (m) => `第一篇文章之前有 ${m.count} 行无法识别，已作为未归类文本保留：${m.preview}`,
    'pdf-rotated-text': (m) => `第 ${m.page} 页：${m.count} 处旋转的文字（印章或水印）已略去。`,
    'docx-no-text': (m) => `${m.file} 中没有文字。`,
    'docx-reader-note': (m) => `Word 读取程序提示：${m.note}`,
    'file-empty': (m) => `${m.file} 是空文件，没有可导入的内容。`,
    'file-blank': (m) => `${m.file} 是空的（只有空白字符），没有可导入的内容。`,
    'file-binary': (m) => `${m.file} 看起来是二进制文件（满是控制字符），不是期刊文字。请选择期刊本身的文本、PDF 或 Word 文件。`,
    'unknown-encoding': (m) => `${m.file}：无法识别文字编码（不是 UTF-8、UTF-16、GB18030 或 Big5 中文）。请另存为 UTF-8 文本后重新导入。`,
    'not-a-bulletin': (m) =>
      `${m.file} 看起来不是期刊：没有找到${m.missing === 'series' ? '刊名或报头' : '文章'}。${NOT_A_BULLETIN_ADVICE[m.kind]}`,
    'old-word-format': (m) => `${m.file} 是旧版 Word 文档（.doc）或设有密码的 Word 文件。请用 Word 或 WPS 打开，另存为不带密码的 .docx 后再导入。`,
    'unsupported-kind': (m) => `${m.file} 既不是 PDF 也不是 Word（.docx）文档，无法导入。请确认这是期刊文件。`,
    'too-slow': (m) => `读取 ${m.file} 超过 ${m.seconds} 秒，已停止：文件太大或已损坏。请另存为新的 PDF 或 .docx 后再导入。`,
    'file-too-large': (m) => `${m.file} 超过 ${m.megabytes} MB，远大于一期期刊，未导入。`,
    'out-of-memory': (m) => `读取 ${m.file} 需要超过 ${m.megabytes} MB 内存，已停止：文件太大或是有意耗尽内存的文件，未导入。`,
    'reader-crashed': (m) => `无法读取 ${m.file}：${KIND[m.kind]}读取程序出错（${m.detail}）。请另存为新文件后再导入。`,
    'damaged-docx': (m) => `${m.file} 已损坏，无法作为 Word 文档读取（${m.detail}）。请用 Word 或 WPS 打开，重新另存为 .docx 后再导入。`,
    'docx-too-large': (m) => `${m.file} 解压后超过 ${m.megabytes} MB，远大于一期期刊，可能是“压缩炸弹”，未导入。`,
    'encrypted-pdf': (m) => `${m.file} 设有密码。请打开它，另存一份不带密码的副本后再导入。`,
    'damaged-pdf': (m) => `${m.file} 已损坏，无法读取（${m.detail}）。请用 PDF 阅读器打开；如能打开，重新打印或另存为新的 PDF 后再导入。`,
    'pdf-without-text': (m) => `${m.file} 中既没有文字也没有图片，没有可导入的内容。请确认这是期刊的 PDF。`,
    'scanned-pdf': (m) => `${m.file} 是扫描的 PDF，没有文字层，需要先做文字识别（OCR）才能导入。请先做 OCR，或导入这期期刊的 Word 或文本版本。`,
    'ocr-vertical-text': (m) => `第 ${m.page} 页像是竖排文字，文字识别只读横排文字，这一页的文字可能不全或有误，请对照扫描件核对。`,
    'ocr-page-too-slow': (m) => `识别 ${m.file} 的第 ${m.page} 页超过 ${m.seconds} 秒，已停止：图片太大或已损坏，未导入。可以用较低的分辨率（300 dpi 即可）重新扫描这一页。`,
    'ocr-out-of-memory': (m) => `识别 ${m.file} 需要超过 ${m.megabytes} MB 内存，已停止：图片太大，未导入。请用较低的分辨率（300 dpi 即可）重新扫描。`,
    'ocr-cancelled': (m) => `已取消识别 ${m.file}，书库未被改动。`,
    'ocr-failed': (m) => `无法识别 ${m.file}：文字识别程序出错（${m.detail}）。书库未被改动。`,
    'damaged-image': (m) => `${m.file} 这张图片已损坏，无法读取（${m.detail}）。请重新扫描或另存为 PNG、JPEG 或 TIFF 后再导入。`,
    'too-many-pages': (m) => `${m.file} 自称有 ${m.pages} 页，远多于一期期刊（最多 ${m.max} 页）：文件已损坏或不是期刊，未导入。`,
    'no-such-file': (m) => `${m.file}：没有这个文件。请检查文件名和当前所在的文件夹。`,
    'is-a-folder': (m) => `${m.file} 是文件夹，不是期刊文件。`,
    'not-a-regular-file': (m) => `${m.file} 不是普通文件。`,
    'permission-denied': (m) => `无法读取 ${m.file}${m.denied ? '：没有读取权限' : ''}。`,
    'duplicate-file': () => '书库中已有这个文件。',
    'already-imported-file': (m) => `书库中已有这个文件：${m.ref}（${m.date} 从 ${m.from} 导入），未作改动。`,
    'already-imported-issue': (m) => `书库中已有 ${m.ref}（${m.date} 从 ${m.from} 导入）；这个文件是同一期的另一份，未作改动。`,
    'issue-ref-not-found': (m) => `书库中没有“${m.ref}”。请给出期的编号或“刊名:年:期”（例如 科技情报参考:2024:3）；bulletin-archive list 可列出书库内容。`,
    'already-imported-id': (m) => `书库中已有这一期：${m.ref}（${m.date} 从 ${m.from} 导入），未作改动。`,
    'duplicate-issue': (m) => `书库中已有${m.issue}（来自 ${m.from}），修改未保存。`,
    'issue-not-found': (m) => `书库中没有编号为 ${m.issueId} 的期。`,
    'article-not-found': (m) => `书库中没有编号为 ${m.articleId} 的文章。`,
    'library-locked': (m) =>
      m.program === null
        ? `书库 ${m.dir} 正忙：另一个程序正在写入。已等待 ${m.seconds} 秒，请等它完成后重试。`
        : `书库 ${m.dir} 正忙：${m.program}（进程 ${m.pid ?? '?'}，主机 ${m.host ?? '?'}）自 ${m.since ?? '?'} 起正在写入。已等待 ${m.seconds} 秒，请等它完成后重试。`,
    'texts-missing': (m) => `编号为 ${m.issueId} 的一期，文章正文缺失（${m.file}）。请运行 bulletin-archive verify 并重新导入这一期。`,
    'texts-damaged': (m) => `编号为 ${m.issueId} 的一期，文章正文已损坏（${m.reason}）。请运行 bulletin-archive verify 并重新导入这一期。`,
    'scan-damaged': (m) => `编号为 ${m.issueId} 的一期，扫描识别记录已损坏（${m.file}）。原稿和正文不受影响；请运行 bulletin-archive verify。`,
    'scan-none': () => '这一期不是扫描件，没有原页图像。',
    'scan-page-missing': (m) => `没有第 ${m.page} 页：扫描件共 ${m.pages} 页。`,
    'scan-progress': (m) => `${m.file}：第 ${m.done}/${m.pages} 页${m.secondsLeft === null ? '' : `，约剩 ${m.secondsLeft} 秒`}`,
    'scan-queue-resumed': (m) => `继续上次未完成的扫描批次：还有 ${m.waiting} 个文件。`,
    'scan-queue-summary': (m) => `扫描批次：已导入 ${m.imported} 个，失败 ${m.failed} 个，待处理 ${m.waiting} 个。`,
    'article-text-missing': (m) => `${m.file} 中缺少文章 ${m.articleId} 的正文。`,
    'original-missing': (m) => `这一期的原始文件（${m.name}）在书库中缺失（${m.file}）。请运行 bulletin-archive verify，然后重新导入该文件。`,
    'library-too-new': (m) => `${m.file} 由更新版本的内刊档案写成（格式 ${m.found}，本版本最多读取 ${m.readable}）。请更新程序后再打开这个书库。`,
    'library-is-a-file': (m) => `${m.dir} 是文件，不是书库文件夹。请给出存放 catalog.json 的文件夹。`,
    'no-library': (m) => `${m.dir} 没有书库。用 --library ${m.dir} 导入一期期刊即可新建，或给出已有书库的文件夹。`,
    'library-folder-empty': (m) => `${m.dir} 是空文件夹，还没有书库。导入一期期刊即可新建。`,
    'store-damaged': (m) =>
      `${m.file} 已损坏（${m.reason}），已原样移到 ${m.movedTo}。` +
      (m.backup === null
        ? `没有找到完好的备份，书库从空的 ${m.file} 重新开始；files/ 中的原始文件可以重新导入。`
        : `已恢复备份 ${m.backup}，此后的改动可能缺失。`),
    'store-restored': (m) => `${m.file} 缺失，已恢复备份 ${m.backup}。`,
    'journal-line-skipped': (m) => `${m.file} 中有一条改动（第 ${m.at} 字节处）无法读取，已跳过；合并进 annotations.json 时日志会保留在 ${m.damagedDir}/ 中。`,
    'journal-set-aside': (m) => `${m.file} 中有 ${m.count} 条改动无法读取，已原样复制到 ${m.movedTo}。`,
    'review-expired': () => '这次导入核对已过期或已保存。请重新打开文件进行核对。',
    'bad-port': (m) => `--port 应为 0 到 65535 之间的数字，而不是“${m.given}”。`,
    'interface-not-built': () => '界面尚未构建：请先运行一次 npm run build（npm start 会自动构建），然后重试。',
    'account-exists': (m) => `已有名为“${m.name}”的账号。请换一个名称，或用 users passwd / users role 修改该账号。`,
    'no-such-account': (m) => `没有名为“${m.name}”的账号。用 bulletin-archive users list 查看现有账号。`,
    'last-admin': (m) => `“${m.name}”是最后一位管理员，阅览室将无人管理。请先把另一个账号设为管理员。`,
    'bad-role': (m) => `“${m.given}”不是角色：请用 reader（读者）、cataloguer（编目员）或 admin（管理员）。`,
    'bad-account-name': (m) => `“${m.given}”不能作账号名：请用 1–64 个字母、数字、点、下划线或连字符。`,
    'password-too-short': (m) => `密码太短：至少 ${m.min} 个字符。`,
    'passwords-differ': () => '两次输入的密码不一致，未作任何更改，请重试。',
    'no-password-given': () => '没有提供密码：请在提示时输入，或从标准输入传入（一行）。',
    'accounts-file-damaged': (m) => `${m.file} 无法读取（${m.detail}）；修复或从备份恢复之前，任何人都无法登录。`,
    'no-admin-account': () => '阅览室还没有账号。请先创建一位管理员：bulletin-archive users add 名称 --role admin',
    'lan-needs-host': () => '阅览室须用 --lan 并至少一个 --host 地址启动（本机的某个地址、0.0.0.0 表示全部，或 127.0.0.1 仅本机）；默认不在网络上提供服务。',
    'bad-host': (m) => `--host ${m.given} 不是本机的地址。请用本机的 IP 地址、0.0.0.0（全部地址）或 127.0.0.1（仅本机）。`,
    'plain-http-off-loopback': (m) => `明文 HTTP 只允许在本机（127.0.0.1）使用；${m.host} 在网络上。去掉 --http 即以 HTTPS 提供服务。`,
    'cert-needs-key': () => '--cert 与 --key 须同时给出：证书文件及其私钥文件。',
    'cert-unreadable': (m) => `${m.file} 不能用作证书或私钥（${m.detail}）。请提供 PEM 文件，或去掉 --cert 与 --key 以使用自动生成的证书。`,
    'not-an-issue-export': (m) => `${m.file} 不是内刊档案导出的期刊文件（${m.detail}）。`,
    'issue-export-changed': (m) => `${m.file}：文章与该期的目录记录不一致，文件在导出后被改动过。`,
    'issue-export-damaged': (m) => `${m.file}：其中的原始文件与校验值不符，导出文件已损坏。`,
    'upload-missing': (m) => `${m.file} 没有完整传到（上传已被使用、已过期或中途断开）。请重新导入这个文件。`,
    'upload-too-large': (m) => `文件超过档案可接收的 ${m.megabytes} MB，未保留任何内容。`,
    'interrupted-import-cleared': (m) =>
      `有一次导入在完成前中断（程序意外停止）；它已写入、但没有任何一期引用的 ${m.count} 个文件已清除：${m.files}。如缺少该期，请重新导入该文件。`,
    'pdf-stream-too-large': (m) =>
      `${m.file}：此 PDF 中有一段压缩数据解压后超过 ${m.megabytes} MB，远超任何期刊页面，文件已损坏或是刻意耗尽内存的文件，未导入。`,
    'backup-keep-bad': (m) => `--keep 须为 1 到 1000 的整数，而不是“${m.given}”。`,
    'backup-folder-inside-library': (m) => `${m.folder} 位于档案库之内：备份放在那里会随档案库一起丢失。请选择档案库以外的文件夹（最好是另一块磁盘或 U 盘）。`,
    'backup-unsound': (m) => `备份 ${m.file} 写入后未通过校验（${m.problems} 处问题，第一处：${m.first}），已删除，较早的备份均保留。请检查磁盘后重试。`,
    'job-not-found': () => '找不到这项任务（已结束一段时间，或档案已重新启动）。',
    'job-busy': () => '本档案库另有一项数据包任务正在进行；请等它完成（或取消它）后再试。',
    'job-cancelled': () => '已取消；没有留下写了一半的内容。',
    'package-file-unknown': (m) => `${m.file} 已无法打开。请重新选择数据包。`,
    'package-upload-too-large': (m) => `数据包超过档案经上传可接收的 ${m.gigabytes} GB，未保留任何内容。请在本机或用命令行导入。`,
    'disk-full': (m) => `磁盘已满：无法写入 ${m.path}。请腾出空间（或把书库移到更大的磁盘）后重试；没有写入半截的文件。`,
    'read-only': (m) => `${m.path} 所在的磁盘或文件夹是只读的，无法修改。可以继续阅读；要修改请把书库复制到可写的文件夹。`,
    'no-permission': (m) => `没有写入 ${m.path} 的权限。请申请书库文件夹的写权限（或把书库复制到自己可写的位置）后重试。`,
    'file-busy': (m) => `${m.path} 正被另一个程序占用。请关闭那个程序（或稍等片刻）后重试。`,
    'library-opened-read-only': (m) => `书库 ${m.dir} 以只读方式打开：${REFUSAL[m.reason]}。可以照常阅读和检索；问题解决之前，修改会失败。`,
    'annotations-not-folded': (m) =>
      `最近的标注和批注暂时无法合并进 annotations.json（${REFUSAL[m.reason]}）。它们安全地保存在 annotations.journal 中，以后会自动合并。`,
    'journal-damaged': (m) =>
      `${m.file}${JOURNAL_PROBLEM[m.problem]}：annotations.json 上次写入之后保存的标注或批注可能已丢失。` +
      (m.movedTo === null ? '' : `原有内容已原样保存在 ${m.movedTo}。`) +
      '仍能读出的改动都已恢复。',
    'journal-torn': (m) =>
      `${m.file} 末尾 ${m.bytes} 字节是一条未写完的改动（保存被中断，或文件被截短），未予采用。` + (m.movedTo === null ? '' : `这些字节已原样保存在 ${m.movedTo}。`),
    'catalogue-journal-damaged': (m) =>
      `${m.file}${JOURNAL_PROBLEM[m.problem]}：catalog.json 上次写入之后导入、修改或删除的期刊可能不在目录中。` +
      (m.movedTo === null ? '' : `原有内容已原样保存在 ${m.movedTo}。`) +
      '仍能读出的改动都已恢复；请运行 bulletin-archive verify，并重新导入缺少的期刊文件。',
    'catalogue-journal-line-skipped': (m) => `${m.file} 中有一条改动（第 ${m.at} 字节处）无法读取，已跳过；合并进 catalog.json 时日志会保留在 ${m.damagedDir}/ 中。`,
    'undecodable-bytes': (m) => `有 ${m.count} 个字节无法按 ${m.encoding} 解码（第 ${m.lines} 行），显示为 �（损坏的字）。请对照纸质原件核对这几行。`,
    'damaged-docx-content': (m) =>
      `${m.file} 是损坏的 Word 文件：${DOCX_DAMAGE[m.damage]}。请用 Word 或 WPS 打开（它们常能修复），重新另存为 .docx 后导入；也可以改为导入这一期的 PDF。`,
    'zip-archive': (m) => `${m.file} 是 ZIP 压缩包，不是期刊。请先解压，再导入其中的期刊文件（Word、PDF 或文本文件）。`,
    'ofd-document': (m) => `${m.file} 是 OFD 版式文件。暂不支持导入 OFD：请用 OFD 阅读器打开，导出或打印为 PDF 后导入该 PDF。`,
    'issue-repaired': (m) =>
      `已用这个文件修复 ${m.ref}：${[m.texts ? '重建了文章正文' : '', m.original ? '补回了缺失的原始文件' : ''].filter((s) => s !== '').join('，') || '无需修复'}。`,
    'search-segment-rebuilt': (m) => `检索索引文件 ${m.file} 已损坏，已根据书库重建。`,
    'search-index-not-saved': (m) => `检索索引无法保存（${REFUSAL[m.reason]}）；目前在内存中检索，磁盘可写后会自动保存索引。`,
    'search-index-rebuilt': () => '检索索引已损坏或版本不同，正在根据书库重建。',
    'search-issue-left-out': (m) => `第 ${m.issueId} 期无法检索：其文章正文已损坏或缺失。请运行 verify --repair 用原始文件重建。`,
    // 在后台建立检索索引（issue 19）。
    'search-index-build-failed': (m) => `后台建立检索索引时出错（${m.reason}）；已建好的部分可以检索，下次检索时会继续建立其余部分。`,
    // 不像期刊的文件作为文档保存；未归位的文字（issue 13）。
    'kept-as-document': (m) =>
      `${m.missing === null ? '按要求' : `这个文件看起来不是期刊（没有找到${m.missing === 'series' ? '刊名或报头' : '文章'}），`}已作为一篇文档读入，全部文字都保留。请填写刊名等报头信息后保存。`,
    'document-needs-review': (m) =>
      `${m.file} 看起来不是期刊（没有找到${m.missing === 'series' ? '刊名或报头' : '文章'}），没有自动导入。可以把它作为一篇文档保存：在导入页点“审阅并作为文档保存”并填写刊名，或在命令行用 bulletin-archive import --as-document ${KIND_ARG[m.kind]} --series 刊名。`,
    'document-needs-series': (m) => `作为文档导入 ${m.file} 需要刊名：请加上 --series 刊名（还可以用 --year、--number、--date、--publisher、--title）。`,
    'document-option-invalid': (m) => `${m.option} 的值“${m.given}”不合要求：年份为 1900–2200 的整数，期号为整数，日期写作 YYYY-MM-DD，刊名不能为空。没有导入任何文件。`,
    'unplaced-line-not-found': (m) => `该期（${m.issueId}）中没有第 ${m.line + 1} 行这一条未归位的文字，可能已经处理过。请刷新后再试。`,
    'series-not-found': (m) => `书库中没有刊物“${m.series}”。`,
    'series-exists': (m) => `书库中已有刊物“${m.series}”：要把两种刊物并为一种，请用“合并刊物”。`,
    'series-same': (m) => `“${m.series}”不能与自身合并，请选择另一种刊物。`,
    'series-merge-clash': (m) =>
      `不能把“${m.from}”并入“${m.into}”：有 ${m.count} 期的年份和期号两边都有（${m.issues}）。请先更正其中一边的期号，书库未作改动。`,
    'holdings-number-held': (m) => `${m.series} ${m.year} 年第 ${m.number} 期已在书库中，不是缺期，无需记缺期说明。`,
    'reference-taken': (m) => `档号 ${m.reference} 已由 ${m.ref} 使用，档号必须唯一；未作改动。`,
    'reference-pattern-bad': (m) => `档号规则“${m.pattern}”中有无法识别的字段：${m.unknown}。可用字段：{fonds} {category} {year} {retention} {series} {number} {item:4}。`,
    'same-issue-other-file': (m) =>
      `书库中已有 ${m.ref}（${m.date} 从 ${m.from} 导入），${m.file} 是同一期的另一个文件，内容不同。可以把它作为该期的另一个文件附上、用它替换正文，或作为异本另存；未作改动。`,
    'attach-no-issue': (m) => `${m.file}：书库中没有与它同刊、同年、同期号的期，无法附上。请先导入这一期，或直接导入此文件。`,
    'file-attached': (m) => `已把 ${m.file} 附到 ${m.ref}（${FILE_ROLE[m.role] ?? m.role}）。`,
    'text-replaced': (m) => `已用 ${m.file} 替换 ${m.ref} 的正文。`,
    'issue-file-not-found': (m) => `期 ${m.issueId} 没有校验值为 ${m.sha256.slice(0, 12)}… 的文件。`,
    'history-nothing-to-undo': () => '没有可以撤销的修改。',
    'history-entry-not-found': (m) => `修改记录中没有编号为 ${m.entryId} 的一条。`,
    'history-changed-since': (m) => `${m.ref} 在这次修改之后又被改过，不能直接撤销；请先撤销后来的修改。`,
    'history-not-undoable': (m) => `这类修改（${m.action}）不能撤销。`,
    'recycled-not-found': (m) => `回收区中没有编号为 ${m.issueId} 的期。`,
    'edit-nothing-to-change': () => '没有给出要修改的字段。',
    'edit-value-bad': (m) => `字段 ${m.field} 的值“${m.value}”无效：${m.detail}。书库未被改动。`,
    'articles-edit-bad': (m) => `文章修改无效：${m.detail}。书库未被改动。`,
    // Packages (issue 15), writing and checking bags.
    'package-damaged': (m) => `${m.file} 不是完好的数据包：${m.count} 处问题：${m.problems}。未从中读取任何内容；请重新索取或从来源重新拷贝该数据包。`,
    'package-exists': (m) => `${m.file} 已存在。请为数据包另取名称，或先删除旧的。`,
    'package-selection-empty': () => '没有期次符合所选条件（刊物、年份、期次）：没有可打包的内容。',
    'package-option-bad': (m) => `${m.option} “${m.given}” 无效（年份：2019 或 2019-2021；--issue：期次编号或 刊名:年份:期号）。`,
    'package-cancelled': (m) => `已取消打包；${m.file} 处未留下任何文件。`,
    'package-written': (m) => `数据包已写入：${m.file}（${m.issues} 期，${m.files} 个文件，${m.megabytes} MB）。`,
    'package-valid': (m) => `${m.file} 是完好的数据包：${m.issues} 期，${m.files} 个文件，校验值全部核对无误。`,
    'package-invalid': (m) => `${m.file} 已损坏：${m.count} 处问题。请勿导入；请重新索取或从来源重新拷贝该数据包。`,
    'package-issue-damaged': (m) => `数据包中的期 ${m.issueId} 无法读取（${m.file}：${m.detail}），未合并。`,
    'package-merge-failed': (m) => `${m.ref} 未能合并：${m.detail}。再次导入即可完成。`,
    'package-merge-cancelled': (m) => `合并已取消：${m.total} 期中已合并 ${m.done} 期，已合并的保留。再次导入即可完成。`,
    'restore-not-empty': (m) => `${m.dir} 中已有书库。请恢复到空的或新的文件夹；若要把备份合并进去，请加 --into-existing。`,
    'restore-no-packages': () => '请至少指定一个要恢复的备份（先是完整备份，再是其后的增量备份）。',
    'restore-not-in-order': (m) => `无法在此恢复 ${m.file}：${m.detail}。`,
    'annotation-not-yours': (m) => `这条批注是 ${m.author} 的，只能查看，不能修改或删除。`,
    'annotation-import-not-yours': (m) => `有 ${m.count} 条批注属于其他人，未导入。`,
    'role-needed': (m) => `您的账户是${ROLE_ZH[m.held]}，不能做这件事（${m.method} 需要${ROLE_ZH[m.needed]}权限）。如确有需要，请找管理员。`,
    legacy: (m) => m.text,
  },
  errors: {
    'not-found': '找不到该内容。',
    'not-a-library': '这里不是书库文件夹。',
    'library-too-new': '这个书库由更新版本的内刊档案写成，请更新程序。',
    'library-locked': '书库正忙：另一个程序正在写入，请稍后重试。',
    'library-damaged': '书库中的部分文件已损坏。请运行 bulletin-archive verify 检查。',
    'bad-input': '请求无效。',
    'empty-file': '文件是空的，没有可导入的内容。',
    'binary-file': '这不是文本文件。',
    'not-a-bulletin': '这个文件看起来不是期刊。',
    'unreadable-file': '无法读取这个文件。',
    duplicate: '书库中已有这一项。',
    'io-error': '读写书库时出错，书库未被改动。',
    'scanned-pdf': '这是扫描的 PDF，需要先做文字识别（OCR）。',
    'encrypted-pdf': '这个 PDF 设有密码。',
    'damaged-pdf': '这个 PDF 已损坏。',
    'damaged-docx': '这个 Word 文件已损坏。',
    'docx-too-large': '这个 Word 文件太大。',
    'too-slow': '读取文件用时过长，已停止。',
    'too-large': '文件太大。',
    unsupported: '无法导入这种文件。',
    cancelled: '已取消，书库未被改动。',
    'unknown-method': '程序内部请求有误，请更新或重新启动内刊档案。',
    internal: '内刊档案内部出错，详情已记入日志。请重试。',
    unavailable: '书库暂时无法访问：程序可能已关闭或正在关闭。请重新启动后再试。',
    forbidden: '此页面无权访问书库。',
    'no-viewer': '本机没有能打开这个原始文件的程序。请安装相应的阅读器（如 PDF 阅读器或 Word）后重试。',
  },
};
