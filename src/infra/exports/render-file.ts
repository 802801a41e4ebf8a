// Turns a reply's file request into bytes: the writers here are heavy, so adapters import this module lazily.
import type { ReplyFile } from '../../core/chat/handle-message.js';

export interface RenderedFile {
  filename: string;
  title: string;
  bytes: Uint8Array;
}

/** The file a reply asked for: a ledger workbook, the 年报 workbook, a Word summary or a chart. */
export async function renderReplyFile(file: ReplyFile): Promise<RenderedFile> {
  if (file.kind === 'ledger') {
    const { ledgerToXlsx } = await import('./write-ledger-xlsx.js');
    return { filename: file.name, title: file.ledger.title, bytes: await ledgerToXlsx(file.ledger) };
  }
  if (file.kind === 'stats') {
    const { statsToXlsx } = await import('./write-stats-xlsx.js');
    return { filename: file.name, title: `${file.report.body}年报（${file.report.period.label}）`, bytes: await statsToXlsx(file.report) };
  }
  if (file.kind === 'docx') {
    const { summaryToDocx } = await import('./summary-docx.js');
    return { filename: file.name, title: file.text.split('\n')[0] ?? '工作总结', bytes: new Uint8Array(await summaryToDocx(file.text)) };
  }
  const { chartToPng } = await import('./render-chart.js');
  return { filename: file.name, title: file.chart.title, bytes: await chartToPng(file.chart) };
}
