// Damage stays with what it holds: a read of a damaged document (StoreError store_corrupt) that an answer can do
// without gives a fallback, and the answer says which file it went without and what to do.
import { StoreError } from './errors.js';

/** The damaged files one answer went without. */
export class Unreadable {
  private reads = 0;
  private readonly failed: Array<{ file: string; read: number }> = [];

  /**
   * The damaged files in the order their reads were asked for: reads run at once (Promise.all) fail in whatever
   * order the disk answers, and the same damage must give the same reply.
   */
  get files(): string[] {
    return [...this.failed].sort((a, b) => a.read - b.read).map((f) => f.file);
  }

  /** The document, or `fallback` when its file is damaged (other failures still throw). */
  async or<T>(read: Promise<T>, fallback: T): Promise<T> {
    const order = this.reads++;
    try {
      return await read;
    } catch (error) {
      if (!(error instanceof StoreError) || error.code !== 'store_corrupt') throw error;
      const known = this.failed.find((f) => f.file === error.file);
      if (!known) this.failed.push({ file: error.file, read: order });
      else known.read = Math.min(known.read, order);
      return fallback;
    }
  }

  /** One line for the reply, empty when nothing was damaged. */
  note(): string {
    const files = this.files;
    if (files.length === 0) return '';
    return `注意：数据文件 ${files.join('、')} 已损坏、无法读取（原样保留），这次的回答没有用到其中的内容。请管理员运行 npm run -s kexie -- doctor 查看，从备份恢复该文件。`;
  }
}
