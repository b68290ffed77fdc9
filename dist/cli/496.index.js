export const id = 496;
export const ids = [496];
export const modules = {

/***/ 7496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   markdownToTerminal: () => (/* binding */ markdownToTerminal),
/* harmony export */   renderTerminal: () => (/* binding */ renderTerminal)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5996);
// The run report for a person at a terminal: the comment's own markdown (renderMarkdown, uncut), read
// back into plain lines, so the terminal shows exactly the comment's facts and nothing that belongs to
// GitHub (hidden markers, HTML folds, link syntax, emoji whose width terminals disagree on). Colour only
// when asked for (src/cli-output.ts decides: a TTY, and NO_COLOR unset).

function palette(color) {
    const sgr = (open, close) => (text) => color && text ? `\x1b[${open}m${text}\x1b[${close}m` : text;
    return {
        bold: sgr(1, 22),
        dim: sgr(2, 22),
        red: sgr(31, 39),
        green: sgr(32, 39),
        yellow: sgr(33, 39),
        cyan: sgr(36, 39),
    };
}
/** The comment's icons as one-column symbols; a terminal aligns them, and colour says the rest. */
const ICONS = [
    [/➕/gu, '+'],
    [/✏️/gu, '~'],
    [/➖/gu, '-'],
    [/📥/gu, '<'],
    [/❔/gu, '?'],
    [/✅/gu, '✓'],
    [/❌/gu, '✗'],
    [/⏳/gu, '…'],
    [/↩️/gu, '↩'],
    [/⚠️/gu, '!'],
    [/⛔/gu, '✗'],
    [/(📋|🗑️) ?/gu, ''],
];
/** Inline markdown and HTML to plain text: code spans, emphasis, links, line breaks, escaped pipes. */
function inline(text, p) {
    let out = text;
    for (const [icon, symbol] of ICONS)
        out = out.replace(icon, symbol);
    return out
        .replace(/<br>/g, '; ')
        .replace(/<\/?(b|code|sub|summary)>/g, '')
        .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, label, url) => label === url ? url : `${label} ${p.cyan(url)}`)
        .replace(/\*\*([^*]+)\*\*/g, (_, t) => p.bold(t))
        .replace(/`([^`]+)`/g, '$1')
        .replace(/\\\|/g, '|');
}
/** Splits a markdown table row into its cells (a `\|` inside a cell is not a border). */
function cells(row) {
    return row
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((c) => c.trim());
}
const SGR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const visible = (text) => [...text.replace(SGR, '')].length;
const pad = (text, width) => text + ' '.repeat(Math.max(0, width - visible(text)));
/** A markdown table as aligned columns, the header dimmed; the last column is never padded. */
function table(rows, p) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => visible(r[i] ?? ''))));
    return rows.map((row, n) => {
        const line = row.map((c, i) => (i === row.length - 1 ? c : pad(c, widths[i]))).join('  ');
        return `  ${n === 0 ? p.dim(line) : line}`.trimEnd();
    });
}
/** A line of a fenced block: diff lines in colour, everything indented. */
function fenced(line, language, p) {
    if (language === 'diff' && line.startsWith('+'))
        return `    ${p.green(line)}`;
    if (language === 'diff' && line.startsWith('-'))
        return `    ${p.red(line)}`;
    return `    ${line}`;
}
/** The markdown subset renderMarkdown writes, as terminal lines. */
function markdownToTerminal(markdown, style) {
    const p = palette(style.color);
    const out = [];
    const lines = markdown.replace(/<!--[\s\S]*?-->/g, '').split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const fence = /^(`{3,})(\w*)$/.exec(line);
        if (fence) {
            for (i++; i < lines.length && lines[i] !== fence[1]; i++)
                out.push(fenced(lines[i], fence[2], p));
            continue;
        }
        if (line.startsWith('|')) {
            const rows = [];
            for (; i < lines.length && lines[i].startsWith('|'); i++)
                if (!/^\|( *-+ *\|)+$/.test(lines[i]))
                    rows.push(cells(lines[i]).map((c) => inline(c, p)));
            i--;
            out.push(...table(rows, p));
            continue;
        }
        if (line === '> [!CAUTION]') {
            const text = [];
            for (i++; i < lines.length && lines[i].startsWith('> '); i++)
                text.push(lines[i].slice(2));
            i--;
            out.push(p.red(`error: ${inline(text.join(' '), p)}`));
            continue;
        }
        if (line === '</details>')
            continue;
        const heading = /^### (.*)$/.exec(line);
        if (heading) {
            out.push(p.bold(inline(heading[1], p)));
            continue;
        }
        // A folded part and a section title read the same in a terminal: a title over its content.
        const title = /^<details><summary>(.*)<\/summary>$/.exec(line) ?? /^\*\*([^*]+)\*\*$/.exec(line);
        if (title) {
            out.push(p.bold(inline(title[1].replace(/<[^>]+>/g, ''), p)));
            continue;
        }
        const footer = /^<sub>(.*)<\/sub>$/.exec(line);
        out.push(footer ? p.dim(inline(footer[1], p)) : inline(line.replace(/^(\s*)- /, '$1  - '), p));
    }
    return `${out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()}\n`;
}
/** The report as the CLI prints it: every fact of the comment, none of GitHub's markup, nothing cut. */
function renderTerminal(report, style) {
    return markdownToTerminal((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdown */ .Gc)(report, Number.MAX_SAFE_INTEGER), style);
}


/***/ })

};
