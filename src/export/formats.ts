/** The export formats and the writers each one needs. */
import { csvEdgesWriter, csvNodesWriter } from './csv.js';
import { gexfWriter } from './gexf.js';
import { graphmlWriter } from './graphml.js';
import { jsonWriter } from './json.js';
import type { GraphWriter } from './writer.js';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How people call each format. */
export const FORMAT_NAMES: Record<ExportFormat, string> = { graphml: 'GraphML', gexf: 'GEXF', csv: 'CSV', json: 'JSON' };

/** The writers of a format with where each one's text goes. */
export function writersFor(format: ExportFormat, date = new Date().toISOString().slice(0, 10)): Array<{ writer: GraphWriter; file: string }> {
  switch (format) {
    case 'graphml':
      return [{ writer: graphmlWriter(), file: '' }];
    case 'gexf':
      return [{ writer: gexfWriter({ date }), file: '' }];
    case 'json':
      return [{ writer: jsonWriter(), file: '' }];
    case 'csv':
      return [
        { writer: csvNodesWriter(), file: 'nodes.csv' },
        { writer: csvEdgesWriter(), file: 'edges.csv' },
      ];
  }
}
