// Writes ZIP files for the example exports, the browser tests and the benchmark. Entries are deflated or
// stored; a padding entry can be gigabytes long, written in pieces so it is never held in memory. The
// names are written as given, so tests can make hostile archives (`../` names, lying sizes) on purpose.
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

const MAX32 = 0xffffffff;

function localHeader(name, method, crc, compressedSize, size) {
  const nameBytes = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6); // names in UTF-8
  header.writeUInt16LE(method, 8);
  header.writeUInt32LE(crc, 14);
  header.writeUInt32LE(compressedSize, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes]);
}

function directoryRecord({ name, method, crc, compressedSize, size, offset }) {
  const nameBytes = Buffer.from(name, 'utf8');
  const record = Buffer.alloc(46);
  record.writeUInt32LE(0x02014b50, 0);
  record.writeUInt16LE(20, 4);
  record.writeUInt16LE(20, 6);
  record.writeUInt16LE(0x0800, 8);
  record.writeUInt16LE(method, 10);
  record.writeUInt32LE(crc, 16);
  record.writeUInt32LE(compressedSize, 20);
  record.writeUInt32LE(size, 24);
  record.writeUInt16LE(nameBytes.length, 28);
  record.writeUInt32LE(offset, 42);
  return Buffer.concat([record, nameBytes]);
}

function endRecord(count, directorySize, directoryOffset) {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return end;
}

/**
 * Writes a ZIP to `path` (or returns it as a Buffer when `path` is undefined). Each entry is
 * `{ name, data }` (a string or Buffer, deflated unless `store` is set), or `{ name, repeat, times }`, a
 * block stored `times` over (padding: photos and videos stand-ins). `claimedSize` overrides the size
 * written in the directory, to make an archive that lies about an entry.
 */
export function writeZip(path, entries) {
  const chunks = [];
  const fd = path === undefined ? undefined : openSync(path, 'w');
  let offset = 0;
  const write = (buffer) => {
    if (fd === undefined) chunks.push(buffer);
    else writeSync(fd, buffer);
    offset += buffer.length;
  };
  const records = [];
  try {
    for (const entry of entries) {
      const start = offset;
      if (entry.repeat) {
        let crc = 0;
        for (let i = 0; i < entry.times; i++) crc = crc32(entry.repeat, crc);
        const size = entry.repeat.length * entry.times;
        if (size > MAX32)
          throw new RangeError('entries over 4 GB need ZIP64, which this writer does not write');
        write(localHeader(entry.name, 0, crc, size, size));
        for (let i = 0; i < entry.times; i++) write(entry.repeat);
        records.push({ name: entry.name, method: 0, crc, compressedSize: size, size, offset: start });
        continue;
      }
      const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
      const packed = entry.store ? data : deflateRawSync(data, { level: 6 });
      const method = entry.store ? 0 : 8;
      const crc = crc32(data);
      const size = entry.claimedSize ?? data.length;
      write(localHeader(entry.name, method, crc, packed.length, size));
      write(packed);
      records.push({ name: entry.name, method, crc, compressedSize: packed.length, size, offset: start });
    }
    const directoryOffset = offset;
    for (const record of records) write(directoryRecord(record));
    write(endRecord(records.length, offset - directoryOffset, directoryOffset));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return fd === undefined ? Buffer.concat(chunks) : undefined;
}

/** The ZIP of `entries` as a Buffer (see writeZip). */
export function zipBuffer(entries) {
  return /** @type {Buffer<ArrayBuffer>} */ (writeZip(undefined, entries));
}
