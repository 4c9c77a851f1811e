// The page's JavaScript type-checked against its JSDoc (tsconfig.web.json, checkJs,
// strict), inside `npm test` so CI runs it: the page has no build step that would.
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';

function pageDiagnostics(): string[] {
  const configFile = join(PACKAGE_ROOT, 'tsconfig.web.json');
  const read = ts.readConfigFile(configFile, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const config = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(configFile));
  const program = ts.createProgram(config.fileNames, config.options);
  return [...config.errors, ...ts.getPreEmitDiagnostics(program)].map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return text;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${relative(PACKAGE_ROOT, d.file.fileName)}:${line + 1}:${character + 1} ${text}`;
  });
}

describe('the explorer page', () => {
  // A whole program with the DOM library and cytoscape's types: tens of seconds on a busy machine.
  it('type-checks (tsconfig.web.json)', { timeout: 180_000 }, () => {
    expect(pageDiagnostics()).toEqual([]);
  });

  it('checks every module of the page', () => {
    const read = ts.readConfigFile(join(PACKAGE_ROOT, 'tsconfig.web.json'), ts.sys.readFile);
    const config = ts.parseJsonConfigFileContent(read.config, ts.sys, PACKAGE_ROOT);
    const checked = config.fileNames.map((f) => relative(PACKAGE_ROOT, f));
    expect(config.options.checkJs).toBe(true);
    expect(config.options.strict).toBe(true);
    expect(checked).toEqual(expect.arrayContaining(['web/explorer/main.js', 'web/explorer/graph-view.js', 'web/explorer/ontology.generated.js']));
  });
});
