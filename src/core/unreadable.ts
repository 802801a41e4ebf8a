// Damage stays with what it holds: a read of a damaged document (StoreError store_corrupt) that an answer can do
// without gives a fallback, and the answer says which file it went without and what to do.
import { StoreError } from './errors.js';

/** The damaged files one answer went without. */
export class Unreadable {
  readonly files: string[] = [];

  /** The document, or `fallback` when its file is damaged (other failures still throw). */
  async or<T>(read: Promise<T>, fallback: T): Promise<T> {
    try {
      return await read;
    } catch (error) {
      if (!(error instanceof StoreError) || error.code !== 'store_corrupt') throw error;
      if (!this.files.includes(error.file)) this.files.push(error.file);
      return fallback;
    }
  }

  /** One line for the reply, empty when nothing was damaged. */
  note(): string {
    if (this.files.length === 0) return '';
    return `注意：数据文件 ${this.files.join('、')} 已损坏、无法读取（原样保留），这次的回答没有用到其中的内容。请管理员运行 npm run -s kexie -- doctor 查看，从备份恢复该文件。`;
  }
}
