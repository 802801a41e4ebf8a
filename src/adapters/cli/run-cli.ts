// The kexie command line: `npm run -s kexie -- <command> [--json] [--workspace W] [--today D]`.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../config.js';
import { composeKexie } from '../../compose.js';
import type { Clock } from '../../core/clock.js';
import { AppError } from '../../core/errors.js';
import { isCivilDate } from '../../core/dates/civil-date.js';
import { MAX_MESSAGE_CHARS, stripControls, tooLongMessage } from '../../core/text/sanitize.js';
import { createStderrLogger } from '../../infra/logger.js';
// Every command's own modules (chat and log, edit, signups, exports, ledgers, documents, summaries, the store tools)
// load when that command runs: a question loads the core and the store, nothing else.

export interface CliIo {
  argv: string[];
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  env: Record<string, string | undefined>;
  clock?: Clock;
}

const USAGE = `用法：npm run -s kexie -- <命令> [选项]
命令：
  import <文件>                 导入工作计划（.txt .md .docx .doc .pdf）
  plans                         列出已导入的计划
  ask "<问题>"                  提问，例如 ask "这个月有什么要做的"
  log "<消息>"                  记录活动，例如 log "昨天举办科普讲座,参加120人"（没把握时先问一句，退出码 3）
  chat "<话>"                   和聊天一样说一句：回答问题（记录 / 不是活动 / 日期是11月5日）、更正刚才那条、提问
  activities [--from D --to D]  列出活动
  activities import <文件>      导入台账（.xlsx/.csv，按中文表头读取，已有记录跳过）
  export [--from D --to D | --year 2026] --xlsx <文件>   导出活动台账工作簿
  edit <编号> [--headcount N] [--date D] [--title T] [--metrics 份=300,场=2] [--item 三/2] [--category 竞赛,科技活动周]
  undo <编号>                   撤销活动记录
  signup <活动> <人数> <单位>    报名登记；headcount <活动> 查看报名
  summary --quarter 2026Q2 | --half 2026H1 | --year 2026 | --from D --to D [--docx 文件]
  stats [--year 2026 | --half 2026H1 | --quarter 2026Q2 | --from D --to D] [--xlsx 文件]   年报：科普活动表、科协基本情况表及每个数的明细
  doctor                        列出无法读取的记录
  migrate --from-folder <目录>  把数据文件夹复制到 KEXIE_DATABASE_URL 指定的 Postgres
  remind add --channel C --kind monthly|weekly|deadline|overdue|unreported [--at HH:MM] [--days N]
  remind list | remind remove <编号> | remind preview --from D --to D   订阅提醒与预览
通用选项：--json（只输出一个 JSON 对象） --workspace W（默认 local） --today YYYY-MM-DD --user U`;

/** Runs one CLI command; returns the exit code. */
export async function runCli(io: CliIo): Promise<number> {
  let args: ReturnType<typeof parse>;
  // Escape sequences, control and bidi characters never reach the store or the terminal.
  const argv = io.argv.map(stripControls);
  const long = argv.find((a) => a.length > MAX_MESSAGE_CHARS);
  if (long !== undefined) {
    io.stderr.write(`${tooLongMessage(long.length)}\n`);
    if (argv.includes('--json')) io.stdout.write(`${JSON.stringify({ error: { code: 'bad_input', message: tooLongMessage(long.length) } })}\n`);
    return 2;
  }
  try {
    args = parse(argv);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const json = args.values.json === true;
  const emit = (data: unknown, text: string): void => {
    io.stdout.write(json ? `${JSON.stringify(data)}\n` : `${stripControls(text)}\n`);
  };
  const fail = (code: string, message: string, exit = 1): number => {
    if (json) io.stdout.write(`${JSON.stringify({ error: { code, message } })}\n`);
    io.stderr.write(`${message}\n`);
    return exit;
  };
  const [command, ...rest] = args.positionals;
  if (!command || command === 'help') {
    io.stdout.write(json ? `${JSON.stringify({ usage: USAGE })}\n` : `${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (args.values.today !== undefined && !isCivilDate(args.values.today)) return fail('bad_date', '--today 应写成 YYYY-MM-DD，例如 2026-05-17。', 2);
  let kexie: ReturnType<typeof composeKexie>;
  try {
    const config = loadConfig(io.env);
    kexie = composeKexie(config, { clock: io.clock, logger: createStderrLogger(io.stderr, true) });
  } catch (error) {
    if (error instanceof ConfigError) return fail('config_invalid', error.message, 2);
    throw error;
  }
  const ctx = kexie.context({ workspace: args.values.workspace, user: args.values.user ?? io.env.USER ?? 'cli', today: args.values.today, source: { kind: 'cli' } });

  try {
    switch (command) {
      case 'import': {
        const file = rest[0];
        if (!file) return fail('bad_input', '请给出要导入的文件，例如：import 工作要点.docx', 2);
        const { readDocument } = await import('../../infra/documents/read-document-safely.js');
        const { text } = await readDocument(file);
        const result = await kexie.importPlan(ctx, { text, source: file });
        const { plan, warnings, changes } = result;
        const { importFileReplyText } = await import('../../core/plans/describe-import.js');
        emit({ plan, warnings, changes: changes ?? null, report: result.report ?? null }, importFileReplyText(result));
        return 0;
      }
      case 'plans': {
        const plans = await kexie.listPlans(ctx);
        emit({ plans: plans.map(({ items, ...p }) => ({ ...p, itemCount: items.length })) }, plans.length === 0 ? '还没有导入计划。' : plans.map((p) => `• ${p.title}（${p.year}年，${p.items.length} 条）`).join('\n'));
        return 0;
      }
      case 'ask': {
        const question = rest.join(' ').trim();
        if (!question) return fail('bad_input', '请写出问题，例如：ask "这个月有什么要做的"', 2);
        const answer = await kexie.ask(ctx, question);
        emit(answer, answer.answer);
        return 0;
      }
      case 'log':
        return await (await import('./chat-command.js')).runLogCommand(kexie, ctx, rest.join(' ').trim(), { emit, fail, json, stdout: io.stdout, stderr: io.stderr });
      case 'chat':
        return await (await import('./chat-command.js')).runChatCommand(kexie, ctx, rest.join(' ').trim(), { emit, fail, json, stdout: io.stdout, stderr: io.stderr });
      case 'activities': {
        if (rest[0] === 'import') return await (await import('./export-command.js')).runLedgerImport(kexie, ctx, rest[1], { emit, fail });
        for (const d of [args.values.from, args.values.to]) if (d !== undefined && !isCivilDate(d)) return fail('bad_date', '--from/--to 应写成 YYYY-MM-DD。', 2);
        // Without --from/--to: last year and this year, never the whole history.
        const from = args.values.from ?? `${Number((args.values.to ?? ctx.today).slice(0, 4)) - 1}-01-01`;
        const to = args.values.to ?? `${Math.max(Number(ctx.today.slice(0, 4)), Number(from.slice(0, 4)))}-12-31`;
        const list = await kexie.activities(ctx, { from, to });
        const note = args.values.from || args.values.to ? '' : `（${from.slice(0, 4)}年至${to.slice(0, 4)}年；其他时间请用 --from/--to）\n`;
        emit({ activities: list }, list.length === 0 ? `${note}这段时间没有活动记录。` : note + list.map((a) => `• ${a.id} ${a.date} ${a.title}${a.headcount !== null ? ` ${a.approximate ? '约' : ''}${a.headcount}${a.headcountUnit ?? '人'}` : ''}`).join('\n'));
        return 0;
      }
      case 'edit':
        return await (await import('./edit-command.js')).runEditCommand(kexie, ctx, rest[0], args.values, { emit, fail });
      case 'undo': {
        const activity = await kexie.undo(ctx, rest[0]);
        emit({ activity }, `已撤销 ${activity.id}（${activity.date} ${activity.title}）。`);
        return 0;
      }
      case 'signup': {
        const [event, countText, unit] = rest;
        const count = Number(countText?.replace(/[人名]$/u, ''));
        if (!event || !unit || !Number.isInteger(count)) return fail('bad_input', '用法：signup <活动> <人数> <单位>', 2);
        const { describeSignup, registerSignup } = await import('../../core/headcounts/manage-signups.js');
        const signup = await registerSignup(kexie.deps.storeFor(ctx.workspace), ctx, { event, count, unit });
        emit({ signup }, describeSignup(signup));
        return 0;
      }
      case 'headcount': {
        const { describeSignup, getSignup } = await import('../../core/headcounts/manage-signups.js');
        const signup = await getSignup(kexie.deps.storeFor(ctx.workspace), rest.join(' '));
        emit({ signup }, describeSignup(signup));
        return 0;
      }
      case 'export':
        return await (await import('./export-command.js')).runExportCommand(kexie, ctx, args.values, { emit, fail });
      case 'summary':
        return await (await import('./summary-command.js')).runSummaryCommand(kexie, ctx, args.values, { emit, fail });
      case 'stats':
        return await (await import('./stats-command.js')).runStatsCommand(kexie, ctx, args.values, { emit, fail });
      case 'doctor':
      case 'migrate':
        return (await (await import('./store-commands.js')).runStoreCommand(command, kexie, ctx, args.values, io.env, { emit, fail, progress: (text) => io.stderr.write(`${text}\n`) })) ?? 2;
      case 'remind':
        return await (await import('./remind-command.js')).runRemindCommand(kexie, ctx, rest, args.values, { emit, fail });
      default:
        return fail('bad_input', `不认识的命令“${command}”。\n${USAGE}`, 2);
    }
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.userMessage);
    const incident = Math.random().toString(36).slice(2, 8);
    io.stderr.write(`${JSON.stringify({ level: 'error', incident, message: (error as Error)?.message })}\n`);
    return fail('internal', `出了点问题（事件编号 ${incident}），请稍后重试或联系管理员。`);
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      workspace: { type: 'string' },
      today: { type: 'string' },
      user: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      quarter: { type: 'string' },
      half: { type: 'string' },
      year: { type: 'string' },
      docx: { type: 'string' },
      xlsx: { type: 'string' },
      headcount: { type: 'string' },
      date: { type: 'string' },
      title: { type: 'string' },
      item: { type: 'string' },
      metrics: { type: 'string' },
      category: { type: 'string' },
      'from-folder': { type: 'string' },
      channel: { type: 'string' },
      kind: { type: 'string' },
      at: { type: 'string' },
      days: { type: 'string' },
    },
  });
}

export type CliValues = ReturnType<typeof parse>['values'];
