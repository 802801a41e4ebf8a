// One error family for the whole app: a code, a Chinese message that says what to do next, and a cause.

/** Every user-facing error text, keyed by code; a test checks each code has one. */
export const ERROR_MESSAGES = {
  file_unreadable: '无法读取这个文件。请确认它是 .txt/.md/.docx/.doc/.pdf 格式且没有损坏，然后重新导入。',
  file_unsupported: '暂不支持这种文件格式。请上传 .txt、.md、.docx、.doc 或 .pdf 文件。',
  file_too_large: '文件超出导入上限。请只保留工作要点正文（删去附件、图片和重复内容），或拆成几个文件分别导入。',
  file_empty: '文件里没有找到文字内容。如果是扫描件 PDF，请先转换成文字版再导入。',
  ledger_unreadable: '无法读取这个台账。请确认它是 .xlsx，或 UTF-8 / GB18030（GBK）编码的 .csv，且没有损坏；可在 Excel 或 WPS 中打开后另存为 .xlsx 再导入。',
  ledger_unsupported: '台账请用 .xlsx 或 .csv 文件。.xls、.et 等格式请先在 Excel 或 WPS 中另存为 .xlsx，然后重新导入。',
  ledger_too_large: '台账超出导入上限（文件 50 MB，.xlsx 解压后 200 MB，200,000 行）。请删去图片和无关的工作表，或按月份拆成几个文件分别导入。',
  ledger_unfinished: '台账没有导入完。已导入的行已保存：请重新导入同一文件（已导入的行会被跳过），或按月份拆成几个文件分别导入。',
  ledger_empty: '台账里没有找到表格内容。请把数据放在第一个工作表（或名为“活动台账”的工作表）中，然后重新导入。',
  plan_is_summary: '工作总结、年度报告和月报报告的是已做的工作，其中的数字是成果而不是目标。原有计划未改动；如有计划部分（“下一步打算”“明年工作计划”），可以只把那部分导入。',
  plan_is_notice: '原有计划未改动。请导入工作要点、工作计划或活动方案（.txt/.md/.docx/.doc/.pdf）。',
  plan_no_items: '没有在文件中找到任务（编号条目、任务表格，或写明要做什么、何时完成的段落）。请检查文件内容后重新导入，原有计划未改动。',
  store_corrupt: '数据文件已损坏，kexie 没有改动它。请从备份恢复该文件，或把它移走后重试。',
  store_busy: '数据正被另一个程序写入，这次没有保存。请稍后重试；如果一直出现，请告诉管理员。',
  store_full: '请管理员清理这块磁盘、腾出空间后重试（已保存的数据不受影响）。',
  store_read_only: '请管理员把磁盘重新以可写方式挂载，或把 KEXIE_DATA_DIR 指向可写的文件夹后重试（已保存的数据不受影响）。',
  store_denied: '请管理员把这个文件夹（连同其中的文件）的所有者改成运行 kexie 的用户，或给它写入权限，然后重试（已保存的数据不受影响）。',
  store_unavailable: '暂时连不上数据库，请稍后重试；如果一直出现，请告诉管理员检查数据库。',
  record_invalid: '这条记录没有保存：其中的数字无法保存。请改成正常的数字后重新发送。',
  record_clash: '这条记录的编号与已有记录重复，没有保存。请重新发送一次。',
  not_found: '没有找到对应的记录，请检查编号后重试。',
  not_allowed: '只有记录的作者或管理员可以修改这条记录。',
  bad_input: '没能看懂这条输入。请按帮助中的格式重试（发送“帮助”查看）。',
  bad_date: '日期格式不对，请写成 YYYY-MM-DD，例如 2026-05-17。',
  no_plan: '还没有导入工作计划。请先用“导入”命令导入本年度的工作要点。',
  model_failed: '语言模型暂时不可用，已改用离线方式起草。',
  config_invalid: '配置有误，请按 .env.example 检查环境变量。',
  signup_closed: '该活动的报名已截止，如需调整请联系组织者。',
  export_failed: '请稍后重试；如果一直出现，请告诉管理员检查服务器磁盘的剩余空间和写入权限。',
  internal: '出了点问题，请稍后重试；如果一直出现，请把事件编号告诉管理员。',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** An error the user can act on: its message is shown as is. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;
  constructor(code: ErrorCode, detail?: string, options?: { cause?: unknown }) {
    const userMessage = detail ? `${detail}\n${ERROR_MESSAGES[code]}` : ERROR_MESSAGES[code];
    super(userMessage, options);
    this.name = 'AppError';
    this.code = code;
    this.userMessage = userMessage;
  }
}

/** A file that could not be read as a plan. */
export class PlanParseError extends AppError {
  constructor(
    code: 'file_unreadable' | 'file_unsupported' | 'file_too_large' | 'file_empty' | 'plan_no_items' | 'plan_is_summary' | 'plan_is_notice',
    readonly line?: number,
    detail?: string,
    options?: { cause?: unknown },
  ) {
    super(code, detail, options);
    this.name = 'PlanParseError';
  }
}

/** A record that does not exist. */
export class NotFoundError extends AppError {
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super('not_found', `没有找到${kind}“${id}”。`);
    this.name = 'NotFoundError';
  }
}

/** The language model failed: status and retry hint when the server gave them. */
export class ModelError extends AppError {
  constructor(
    readonly status: number | undefined,
    readonly retryAfterMs: number | undefined,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super('model_failed', detail, options);
    this.name = 'ModelError';
  }
}

/** The store cannot be read or written. */
export class StoreError extends AppError {
  constructor(code: 'store_corrupt' | 'store_busy' | 'store_full' | 'store_read_only' | 'store_denied' | 'store_unavailable' | 'record_invalid' | 'record_clash', readonly file: string, detail?: string, options?: { cause?: unknown }) {
    super(code, detail, options);
    this.name = 'StoreError';
  }
}
