// A minimal zip writer for tests: deflated entries, optionally with a lying size in the directory.
import { createRequire } from 'node:module';
import * as zlib from 'node:zlib';
import { deflateRawSync } from 'node:zlib';

const require = createRequire(import.meta.url);

// zlib.crc32 is in Node 20.15+.
const crc32 = (data: Buffer): number => (zlib as unknown as { crc32(d: Buffer): number }).crc32(data);

export interface ZipInput {
  name: string;
  data: Buffer;
  /** Declare this uncompressed size in the headers instead of the real one (a zip bomb's lie). */
  declaredSize?: number;
  /** Deflate level (default 9, or 1 for entries over 1 MB); 9 packs a repeated row about 1,000 to 1. */
  level?: number;
}

export function makeZip(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const packed = deflateRawSync(entry.data, { level: entry.level ?? (entry.data.length > 1_000_000 ? 1 : 9) });
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A .docx whose body is `paragraphs` short paragraphs (written as a repeated string: cheap to build). */
export function docxWithParagraphs(paragraphs: number, options: { lieAboutSize?: boolean } = {}): Buffer {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
  const body = '<w:p><w:r><w:t>一、科普</w:t></w:r></w:p>'.repeat(paragraphs);
  const xml = Buffer.from(`${head}${body}</w:body></w:document>`);
  return makeZip([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>') },
    { name: '_rels/.rels', data: Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>') },
    { name: 'word/document.xml', data: xml, ...(options.lieAboutSize ? { declaredSize: 1000 } : {}) },
  ]);
}

/** A minimal .pdf with `pages` page objects and one Flate stream of `inflated` zero bytes (tiny on disk). */
export function pdfWith(options: { pages?: number; inflated?: number }): Buffer {
  const { deflateSync } = require('node:zlib') as typeof import('node:zlib');
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n')];
  const kids = Array.from({ length: options.pages ?? 1 }, (_, i) => `${10 + i} 0 R`).join(' ');
  parts.push(Buffer.from(`2 0 obj << /Type /Pages /Kids [${kids}] /Count ${options.pages ?? 1} >> endobj\n`));
  for (let i = 0; i < (options.pages ?? 1); i++) parts.push(Buffer.from(`${10 + i} 0 obj << /Type /Page /Parent 2 0 R /Contents 3 0 R >> endobj\n`));
  const packed = deflateSync(Buffer.alloc(options.inflated ?? 10));
  parts.push(Buffer.from(`3 0 obj << /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`), packed, Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'));
  return Buffer.concat(parts);
}

/** One entry of a zip (a .docx part) as text, read through the central directory; undefined when absent. */
export function readZipText(zip: Buffer, name: string): string | undefined {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) return undefined;
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + skip;
  }
  return undefined;
}
