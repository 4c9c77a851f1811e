// Generated from src/export/xml.ts by scripts/generate-explorer-modules.ts (npm run generate:explorer): do not edit.
/**
 * XML 1.0 text: escapes markup characters, and strips what XML 1.0 cannot
 * carry at all (control characters other than tab and newlines, lone
 * surrogates, U+FFFE/U+FFFF), which a news text may contain and which would
 * make Gephi and every XML parser reject the whole file.
 */
/** Safe both as element text and inside a double- or single-quoted attribute. */
export declare function escapeXml(text: string): string;
/** ` name="value"` pairs for the given attributes, skipping absent ones. */
export declare function xmlAttributes(attrs: Record<string, string | number | null | undefined>): string;
