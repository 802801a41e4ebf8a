// Removes what is not the document: page furniture from document sites, page-break numbers, stray marks.
const FURNITURE = [
  /^上传人[:：]/u,
  /文档编号[:：]/u,
  /^返回\s*下载/u,
  /_第\d+页$/u,
  /^第\s*\d+\s*页\s*\/\s*共\s*\d+\s*页$/u,
  /^点击查看更多/u,
  /^资源描述$/u,
  /由会员分享/u,
  /^[?？\s]*$/u,
  /^\s*-\s*\d+\s*-\s*$/u,
  /^\d+\s*\/\s*\d+$/u,
  /^(相关|举报|下载|收藏|分享|展开阅读全文|相关资源|相关搜索)$/u,
  /^当前位置[:：]/u,
  /^本站为文档/u,
  /备案号|ICP备/u,
];

const TERMINAL = /[。；;！!？?：:”」』）)]$/u;
const MARKER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[)）]|第[一二三四五六七八九十]+[篇章部分])/u;
const INLINE_MARKER = /[ \t　]+(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}、))/gu;

/** Lines of a document without furniture, with page-break numbers joined back into their sentences. */
export function cleanLines(raw: string): string[] {
  const text = raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const logical: string[] = [];
  for (const rawLine of text.split('\n')) {
    let line = rawLine.replace(/^#{1,6}\s+/u, '').replace(/[?？]{3,}/gu, '').replace(/\s+$/u, '').replace(/^[\s\u3000]+/u, '');
    line = line.replace(/[（(]第\s*\d+\s*[/／]\s*\d+\s*页[)）]$/u, '');
    if (line === '' || FURNITURE.some((re) => re.test(line))) {
      if (line === '' && logical.length > 0 && logical[logical.length - 1] !== '') logical.push('');
      continue;
    }
    appendLine(logical, line);
  }
  // A long paragraph collapsed by a web page: put outline markers after spaces back on their own lines.
  const out = logical.flatMap((line) => (line.length > 120 ? line.split(INLINE_MARKER).map((p) => p.trim()) : [line]));
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** Adds a line, or joins it to the previous one when it is a page-break number inside a sentence. */
function appendLine(out: string[], line: string): void {
  const pageBreak = /^(\d{1,3})、/u.exec(line);
  let prevIndex = out.length - 1;
  while (prevIndex >= 0 && out[prevIndex] === '') prevIndex--;
  const prev = prevIndex >= 0 ? (out[prevIndex] ?? '') : '';
  if (pageBreak && prev.length > 60 && !TERMINAL.test(prev) && !MARKER.test(line.slice(pageBreak[0].length))) {
    out.length = prevIndex + 1;
    out[prevIndex] = prev + line.slice(pageBreak[0].length);
    return;
  }
  // A page of a scraped document starts with its page number and is cut mid-sentence at its end.
  if (pageBreak && line.length > 120 && !TERMINAL.test(line)) {
    out.push(line.slice(pageBreak[0].length));
    return;
  }
  out.push(line);
}
