import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ExportEdge, ExportNode } from '../../src/model/export-rows.js';
import type { GraphWriter } from '../../src/export/writer.js';

/**
 * A small RFC 4180 reader for the round-trip tests: quoted fields with doubled
 * quotes, commas and line breaks inside quotes, CRLF or LF records. Written
 * independently of the writer, so the two cannot share a mistake.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      if (c === '"') throw new Error(`stray quote at offset ${i}`);
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** CSV records as objects keyed by the header line. */
export function csvObjects(text: string): { header: string[]; rows: Array<Record<string, string>> } {
  const [header = [], ...rest] = parseCsv(text);
  return { header, rows: rest.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

/** Turns a nodes.csv row back into the node it was written from. */
export function nodeFromCsv(r: Record<string, string>): ExportNode {
  return {
    id: r.id!,
    label: r.label!,
    kind: r.kind as ExportNode['kind'],
    type: r.type!,
    aliases: list(r.aliases!),
    mentionCount: int(r.mentionCount!),
    documentCount: int(r.documentCount!),
    date: r.date || null,
    sourceCount: int(r.sourceCount!),
  };
}

export function edgeFromCsv(r: Record<string, string>): ExportEdge {
  return {
    id: r.id!,
    source: r.source!,
    target: r.target!,
    label: r.label!,
    relation: r.relation!,
    role: r.role || null,
    directed: r.directed === 'true',
    weight: Number(r.weight),
    sourceCount: int(r.sourceCount!),
    confidence: r.confidence === '' ? null : Number(r.confidence),
    docIds: list(r.docIds!),
  };
}

const list = (s: string) => (s === '' ? [] : s.split('|'));
const int = (s: string) => (s === '' ? null : Number.parseInt(s, 10));

/** Parses exported XML as a reader would: attributes kept, character references decoded, text untouched. */
export function parseXml(xml: string): Record<string, any> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    htmlEntities: true,
    isArray: (name) => ['key', 'node', 'edge', 'data', 'attribute', 'attributes', 'attvalue'].includes(name),
  });
  return parser.parse(xml) as Record<string, any>;
}

/**
 * What XML 1.0 forbids that a lenient parser lets through: raw characters
 * outside the Char production, and character references other than the tab,
 * LF and CR the writers use. Returns the first offending text, or null.
 */
export function xmlForbidden(xml: string): string | null {
  const m = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]|&#(?!(?:9|10|13);)[^;]*;/u.exec(xml);
  return m ? JSON.stringify(m[0]) : null;
}

/** Runs a writer over rows in the required order and returns the whole text. */
export function render(writer: GraphWriter, nodes: ExportNode[], edges: ExportEdge[]): string {
  return writer.start() + nodes.map((n) => writer.node(n)).join('') + edges.map((e) => writer.edge(e)).join('') + writer.end();
}
