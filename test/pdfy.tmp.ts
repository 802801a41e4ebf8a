import { readFile } from 'node:fs/promises';
const { getDocumentProxy } = await import('unpdf');
const pdf = await getDocumentProxy(new Uint8Array(await readFile(process.argv[2]!)));
const c = await (await pdf.getPage(1)).getTextContent();
for (const i of c.items as Array<{ str: string; transform: number[] }>) if (i.str.trim()) console.log(i.transform[5]?.toFixed(1), i.transform[4]?.toFixed(1), i.transform[3]?.toFixed(1), i.str.slice(0, 20));
