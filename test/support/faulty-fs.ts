// A file system that fails as a full disk, a read-only disk or a folder owned by someone else would, for the
// store's fault tests: it works on real files, and works even when the tests run as root (where chmod stops nothing).
import type { FileHandle } from 'node:fs/promises';
import { nodeFs, type StoreFs } from '../../src/infra/store/store-fs.js';

export type Fault = 'none' | 'ENOSPC' | 'EACCES' | 'EROFS';

const failure = (code: Exclude<Fault, 'none'>, syscall: string, path: unknown) =>
  Object.assign(new Error(`${code}: simulated, ${syscall} '${String(path)}'`), { code, syscall, path: String(path) });

/** The real file system with a switchable fault (`only`: on those paths alone); change it at any time ("space freed"). */
export function faultyFs(): StoreFs & { fault: Fault; only?: RegExp } {
  const fs = {
    fault: 'none' as Fault,
    only: undefined as RegExp | undefined,
    ...nodeFs,
    async writeFile(path: Parameters<StoreFs['writeFile']>[0], data: Parameters<StoreFs['writeFile']>[1], options?: Parameters<StoreFs['writeFile']>[2]) {
      if (!hits(path)) return nodeFs.writeFile(path, data, options);
      if (fs.fault === 'ENOSPC') {
        // As on a real full disk: the file is made, its contents are not.
        await nodeFs.writeFile(path, '', options).catch(() => undefined);
        throw failure('ENOSPC', 'write', path);
      }
      if (fs.fault !== 'none') throw failure(fs.fault, 'open', path);
      return nodeFs.writeFile(path, data, options);
    },
    async open(path: Parameters<StoreFs['open']>[0], flags?: Parameters<StoreFs['open']>[1], mode?: Parameters<StoreFs['open']>[2]): Promise<FileHandle> {
      const writing = typeof flags === 'string' && /[wa+]/.test(flags) && hits(path);
      if (writing && (fs.fault === 'EACCES' || fs.fault === 'EROFS')) throw failure(fs.fault, 'open', path);
      const handle = await nodeFs.open(path, flags, mode);
      if (!writing || fs.fault !== 'ENOSPC') return handle;
      // Half of what is written reaches the file, then the disk is full.
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writeFile') {
            return async (data: string) => {
              await target.writeFile(data.slice(0, Math.ceil(data.length / 2)));
              throw failure('ENOSPC', 'write', path);
            };
          }
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
  };
  const hits = (path: unknown) => fs.only === undefined || fs.only.test(String(path));
  for (const name of ['link', 'mkdir', 'rename', 'unlink', 'rmdir'] as const) {
    const real = nodeFs[name] as (...args: unknown[]) => Promise<unknown>;
    (fs as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      // A full disk still lets files be removed and renamed; a read-only or foreign folder does not.
      if (hits(args[0]) && (fs.fault === 'EACCES' || fs.fault === 'EROFS' || (fs.fault === 'ENOSPC' && name === 'mkdir'))) throw failure(fs.fault, name, args[0]);
      return real(...args);
    };
  }
  return fs as StoreFs & { fault: Fault; only?: RegExp };
}
