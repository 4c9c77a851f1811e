// Generated from src/export/xml.ts by scripts/generate-explorer-modules.ts (npm run generate:explorer): do not edit.
/**
 * XML 1.0 text: escapes markup characters, and strips what XML 1.0 cannot
 * carry at all (control characters other than tab and newlines, lone
 * surrogates, U+FFFE/U+FFFF), which a news text may contain and which would
 * make Gephi and every XML parser reject the whole file.
 */
// Everything outside the XML 1.0 Char production. With the u flag a lone surrogate is one code point and matches too.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
    // Character references, so attribute-value normalization does not turn them into spaces.
    '\t': '&#9;',
    '\n': '&#10;',
    '\r': '&#13;',
};
/** Safe both as element text and inside a double- or single-quoted attribute. */
export function escapeXml(text) {
    return text.replace(FORBIDDEN, '').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]);
}
/** ` name="value"` pairs for the given attributes, skipping absent ones. */
export function xmlAttributes(attrs) {
    let out = '';
    for (const [name, value] of Object.entries(attrs)) {
        if (value === null || value === undefined)
            continue;
        out += ` ${name}="${escapeXml(String(value))}"`;
    }
    return out;
}
