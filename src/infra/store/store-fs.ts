// The file operations the folder store uses that can fail from outside (a full disk, a read-only folder),
// as one replaceable value: tests inject ENOSPC or EACCES here even when they run as root.
import * as fsp from 'node:fs/promises';

/** The subset of node:fs/promises the store's writers and lock use. */
export type StoreFs = Pick<typeof fsp, 'open' | 'link' | 'unlink' | 'readFile' | 'writeFile' | 'stat' | 'mkdir' | 'readdir' | 'rename' | 'rmdir'>;

/** The real file system. */
export const nodeFs: StoreFs = fsp;
