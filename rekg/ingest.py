"""Ingest: turn article files (.txt, .md, .html, .htm) into clean `Article`s.

Reading is strict about what is not text (binary files, bad encodings) and forgiving
about what is merely ugly: mojibake is repaired, web chrome and markup are removed.
"""

from __future__ import annotations

import codecs
import csv
import errno
import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

import ftfy
from bs4 import BeautifulSoup, NavigableString, Tag

from rekg.model import Article

_ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
_HTML_SUFFIXES = (".html", ".htm")


class IngestError(Exception):
    """A file that cannot be read as an article, and why."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


# --------------------------------------------------------------------------- files


def iter_article_files(paths: Iterable[Path]) -> Iterator[Path | IngestError]:
    """Expand files and folders into article files, in a deterministic order.

    Folders are walked recursively in sorted order, following symlinks but visiting
    each real folder and file once (so symlink cycles end). Hidden entries are skipped
    inside folders. A path that cannot be used yields an `IngestError` instead.
    """
    seen: set[Path] = set()
    for path in paths:
        yield from _walk(Path(path), seen)


def _walk(top: Path, seen: set[Path]) -> Iterator[Path | IngestError]:
    """Depth-first walk with an explicit stack, so deep folder trees cannot overflow."""
    stack = [top]
    while stack:
        path = stack.pop()
        problem = _path_problem(path)
        if problem:
            yield IngestError(path, problem)
        elif path.is_dir():
            real = path.resolve()
            if real in seen:
                continue
            seen.add(real)
            try:
                children = sorted(child for child in path.iterdir() if not child.name.startswith("."))
            except OSError as error:
                yield IngestError(path, _os_error_reason(error))
                continue
            stack.extend(reversed([c for c in children if c.is_dir() or _is_article_name(c)]))
        elif not path.is_file():
            yield IngestError(path, "not a regular file")
        elif not _is_article_name(path):  # only a path given explicitly gets here
            yield IngestError(path, f"unsupported file type (expected {', '.join(_ARTICLE_SUFFIXES)})")
        elif not os.access(path, os.R_OK):
            yield IngestError(path, "permission denied")
        elif (real := path.resolve()) not in seen:
            seen.add(real)
            yield path


def _path_problem(path: Path) -> str | None:
    """Why `path` cannot be used at all (missing, dangling or looping link), or None."""
    if not os.path.lexists(path):
        return "no such file or directory"
    try:
        path.stat()
    except OSError as error:
        if path.is_symlink() and isinstance(error, FileNotFoundError):
            return "broken symlink (its target does not exist)"
        return _os_error_reason(error)
    return None


def _is_article_name(path: Path) -> bool:
    return path.suffix.lower() in _ARTICLE_SUFFIXES


def _os_error_reason(error: OSError) -> str:
    """A short, user-facing reason for an operating-system error."""
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    if error.errno == errno.ELOOP:
        return "symlink loop (the link points back to itself)"
    return f"cannot read ({error.strerror or error})"


# --------------------------------------------------------------------------- reading


def read_article(path: Path) -> Article:
    """Read one article file: decode, extract (HTML/Markdown), repair, clean, add metadata."""
    path = Path(path)
    raw = _normalise_line_breaks(_decode(path, _read_bytes(path)))
    if not raw.strip():
        raise IngestError(path, "empty file (only whitespace)")
    suffix = path.suffix.lower()
    if suffix in _HTML_SUFFIXES:
        raw_title, body, html_date = _parse_html_page(raw)
        text = clean_text(nested_lists(body))
        title = clean_text(raw_title) or _text_title(text)
        article_date = html_date or _find_date(text)
    else:
        markdown_title = _markdown_title(raw) if suffix == ".md" else ""
        raw = unwrap_lines(field_lines(aligned_tables(delimited_tables(pipe_tables(field_runs(nested_lists(
            wiki_tables(raw))))))))
        text = clean_text(_strip_markdown(bold_questions(raw)) if suffix == ".md" else raw)
        title = clean_text(markdown_title) or _text_title(text)
        article_date = _find_date(text)
    if not text:
        raise IngestError(path, "no article text left after removing markup and web chrome")
    return Article(id=_article_id(text), text=text, title=title, source=path.name, date=article_date)


def _article_id(text: str) -> str:
    """The stable id of a cleaned text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _read_bytes(path: Path) -> bytes:
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise IngestError(path, _os_error_reason(error)) from error
    if stat.S_ISDIR(mode):
        raise IngestError(path, "is a directory, not a file")
    if not stat.S_ISREG(mode):
        raise IngestError(path, "not a regular file")
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise IngestError(path, "file vanished while reading") from error
    except OSError as error:
        raise IngestError(path, _os_error_reason(error)) from error
    if not data:
        raise IngestError(path, "empty file")
    return data


_MAGIC_NUMBERS = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"PK\x03\x04", "ZIP or Office document"),
    (b"\x1f\x8b", "gzip"),
    (b"\xd0\xcf\x11\xe0", "old Office document"),
    (b"\x7fELF", "executable"),
)


def _decode(path: Path, data: bytes) -> str:
    """Decode UTF-8 (BOM optional) or UTF-16 with a BOM; reject binary data."""
    for magic, kind in _MAGIC_NUMBERS:
        if data.startswith(magic):
            raise IngestError(path, f"binary file (looks like {kind}), not an article")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16", "surrogatepass")
        except UnicodeDecodeError as error:
            raise IngestError(path, f"not valid UTF-16 text ({error.reason})") from error
    if b"\x00" in data:
        raise IngestError(path, "binary file (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig", "surrogatepass")
    except UnicodeDecodeError as error:
        bad = data[error.start]
        raise IngestError(path, f"not valid UTF-8 text (byte 0x{bad:02x} at offset {error.start})") from error


_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\u2028\u2029]")
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # category Cc but \t and \n


def _normalise_line_breaks(text: str) -> str:
    """Turn \\r\\n, \\r, form feeds and Unicode line/paragraph separators into \\n."""
    return _LINE_BREAKS.sub("\n", text)


def _drop_control_characters(text: str) -> str:
    """Drop control characters (but \\n and \\t) and replace lone surrogates with U+FFFD."""
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")  # pairs join
    return _CONTROL_CHARACTERS.sub("", text)


# --------------------------------------------------------------------------- HTML

_SKIPPED_TAGS = frozenset(
    {"head", "title", "nav", "header", "footer", "aside", "script", "style", "noscript", "form",
     "iframe", "svg", "template", "button"}
)
_AD_CLASS = re.compile(  # <li class="sponsored">, <div class="ad-slot">: an advert
    r"(?<![\w-])(?:ads?|advert\w*|advertisement|sponsored\w*|promo(?:ted|tion)?|(?:ad|promo)[-_]\w+)(?![\w-])",
    re.IGNORECASE)
_BLOCK_TAGS = frozenset(
    {"address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
     "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre",
     "section", "table", "td", "th", "tr", "ul"}
)
_DATE_META_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.date",
)


def parse_html(html: str) -> tuple[str, str]:
    """Return (title, body text) of an HTML page: the article body without web chrome.

    The body is taken from the longest `<article>` (unless it holds less than half of
    `<main>`: a page of its own text and news teasers), else `<main>`, else `<body>`; nav,
    header, footer, aside, script, style, noscript, form, iframe, svg and comments are
    dropped (a `<header>` or `<aside>` inside the article or main element is the article's
    own, its heading or fact box, and is kept). Paragraphs, headings and list items ("- item") become lines, table rows
    markdown table rows ("| cell | cell |", the first row a header), a definition list's
    terms and definitions "Term: definition" lines.
    """
    title, body, _ = _parse_html_page(html)
    return title, body


def _parse_html_page(html: str) -> tuple[str, str, str | None]:
    """Return (title, body text, ISO publication date or None) of an HTML page."""
    soup = BeautifulSoup(html, "html.parser")
    root = _content_root(soup)
    skipped = _SKIPPED_TAGS - {"header", "aside"} if root.name in ("article", "main") else _SKIPPED_TAGS
    return _html_title(soup, root), _html_text(root, skipped), _html_date(soup, root)


def _content_root(soup: BeautifulSoup) -> Tag:
    """The longest `<article>`, unless it holds less than half the text of the page's `<main>`
    (a page whose main part is its own text with a list of news teasers), else `<main>`, else `<body>`."""
    main = soup.find("main") or soup.find("body") or soup
    articles = soup.find_all("article")
    if articles:
        longest = max(articles, key=lambda article: len(article.get_text()))
        if 2 * len(longest.get_text(strip=True)) >= len(main.get_text(strip=True)):
            return longest
    return main


def _html_text(root: Tag, skipped: frozenset[str]) -> str:
    """The visible text of `root`, one line per block; iterative, so depth is no limit."""
    lines: list[str] = []
    parts: list[str] = []
    bullet = 0  # the depth of the list item the next line begins (0: none)
    depth = 0  # of list items around the node

    def break_line(new_bullet: int = 0) -> None:
        nonlocal bullet
        line = " ".join("".join(parts).split())
        parts.clear()
        if line:
            lines.append(f"{'  ' * (bullet - 1)}- {line}" if bullet else line)  # a nested item indented
            bullet = new_bullet
        else:
            bullet = bullet or new_bullet

    headers: dict[int, list[str]] = {}  # a table's header cells, once written
    spanned: dict[int, dict[int, tuple[int, str]]] = {}  # a table's cells spanning rows below: column -> (rows, text)
    defined: set[int] = set()  # <dd> elements already written after their <dt>
    stack: list[Tag | NavigableString | object | None] = [root]
    while stack:
        node = stack.pop()
        if node is None or node is _ITEM_END:  # marks the end of a block element (a list item)
            break_line()
            depth -= node is _ITEM_END
        elif isinstance(node, Tag):
            if node.name in skipped or _AD_CLASS.search(" ".join(node.get_attribute_list("class")) or ""):
                continue
            if node.name == "tr":  # a markdown table row; a table's first row (or its <thead>) is its header
                break_line()
                table = id(node.find_parent("table"))
                cells = _row_cells(node, spanned.setdefault(table, {}))
                if table in headers and node.parent.name == "thead" and node.find_previous_sibling("tr"):
                    cells = [a if a == b else f"{a} {b}" for a, b in zip(headers[table], cells)]
                    del lines[-2:]  # a header's second row ("Volume (t)" under "Q1 2026") joins the first
                    headers.pop(table)
                if any(cells):
                    lines.append(f"| {' | '.join(cells)} |")
                    if table not in headers:
                        headers[table] = cells
                        lines.append(f"|{'---|' * len(cells)}")
                continue
            if node.name == "dt" and (definition := node.find_next_sibling()) is not None and definition.name == "dd":
                break_line()  # a definition list's term and definition: a "Field: value" line
                term, value = (" ".join(tag.get_text(" ").split()) for tag in (node, definition))
                lines.append(f"{term.rstrip(':')}: {value}")
                defined.add(id(definition))
                continue
            if id(node) in defined:
                continue
            if node.name in _BLOCK_TAGS:
                depth += node.name == "li"
                break_line(new_bullet=depth if node.name == "li" else 0)
                stack.append(_ITEM_END if node.name == "li" else None)
            stack.extend(reversed(node.contents))
        elif type(node) is NavigableString:  # not a comment, doctype or CDATA
            parts.append(str(node))
    break_line()
    return "\n".join(lines)


_ITEM_END = object()  # marks the end of a list item on _html_text's stack
MAX_SPAN = 100  # rows or columns one cell may span ("rowspan=99999" is no reason to write a million cells)


def _row_cells(row: Tag, above: dict[int, tuple[int, str]]) -> list[str]:
    """A row's cell texts, a cell repeated over the columns it spans and the cells of rows above
    spanning down into it in their columns; `above` becomes what spans down from this row."""
    cells: list[str] = []
    below: dict[int, tuple[int, str]] = {}

    def carry_down() -> None:
        while len(cells) in above:
            rows, text = above.pop(len(cells))
            if rows > 1:
                below[len(cells)] = (rows - 1, text)
            cells.append(text)

    for cell in row.find_all(("td", "th"), recursive=False):
        carry_down()
        text = _cell_text(cell)
        rows = _span(cell, "rowspan")
        for _ in range(_span(cell, "colspan")):
            if rows > 1:
                below[len(cells)] = (rows - 1, text)
            cells.append(text)
    carry_down()
    above.clear()
    above.update(below)
    return cells


def _span(cell: Tag, attribute: str) -> int:
    value = str(cell.get(attribute) or "1").strip()
    return min(max(int(value), 1), MAX_SPAN) if re.fullmatch(r"[0-9]{1,9}", value) else 1  # not "²", not "x"


def _cell_text(cell: Tag) -> str:
    """A table cell's text on one line, its line breaks ("Xie Wenbo (Chairman)<br>Fang Lirong") as "; "
    (but as a space before a parenthesis: "JL Mag<br>(Ganzhou, Jiangxi)")."""
    for line_break in cell.find_all("br"):
        line_break.replace_with("; ")
    return " ".join(cell.get_text(" ").replace("|", "/").split()).replace(" ; ", "; ").replace("; (", " (")


def _html_title(soup: BeautifulSoup, root: Tag) -> str:
    """og:title, else the article's `<h1>`, else `<title>`."""
    og_title = soup.find("meta", attrs={"property": "og:title"})
    candidates = [
        og_title.get("content", "") if og_title else "",
        _tag_text(root.find("h1")),
        _tag_text(soup.find("title")),
    ]
    return next((" ".join(c.split()) for c in candidates if c and c.strip()), "")


def _tag_text(tag: Tag | None) -> str:
    return tag.get_text(" ") if tag else ""


def _html_date(soup: BeautifulSoup, root: Tag) -> str | None:
    """Publication date from meta tags, else from a `<time datetime>`."""
    for meta in soup.find_all("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _DATE_META_KEYS and (found := _find_date(meta.get("content", ""))):
            return found
    time_tag = root.find("time", attrs={"datetime": True}) or soup.find("time", attrs={"datetime": True})
    return _find_date(time_tag["datetime"]) if time_tag else None


# --------------------------------------------------------------------------- Markdown

_MARKDOWN_TITLE = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_MARKDOWN_HEADING_MARK = re.compile(r"^#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE)
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


def _markdown_title(text: str) -> str:
    """The first `# Heading` of a Markdown text, or ''."""
    match = _MARKDOWN_TITLE.search(text)
    return match.group(1) if match else ""


_BOLD_LINE = re.compile(r"^[ \t]*(?:\*\*|__)(?P<question>[^*_\n]+?)(?:\*\*|__)[ \t]*$")


def bold_questions(text: str) -> str:
    """An interview whose questions are bold paragraphs ("**Where does your metal come from?**",
    two or more of them questions) labelled as a "Q:"/"A:" interview: each bold paragraph of
    four words or more, then the paragraph after it."""
    lines = text.split("\n")
    bold = {i: match.group("question").strip() for i, line in enumerate(lines) if (match := _BOLD_LINE.match(line))}
    if sum(question.endswith("?") for question in bold.values()) < 2:
        return text
    answer_due = False
    for i, line in enumerate(lines):
        question = i in bold and len(bold[i].split()) >= 4
        if question:
            lines[i] = f"Q: {bold[i]}"
        elif answer_due and line.strip():
            lines[i] = f"A: {line.strip()}"
        answer_due = question or answer_due and not line.strip()
    return "\n".join(lines)


def _strip_markdown(text: str) -> str:
    """Drop heading marks and images; keep the text of links."""
    text = _MARKDOWN_HEADING_MARK.sub(r"\1", text)
    text = _MARKDOWN_IMAGE.sub("", text)
    return _MARKDOWN_LINK.sub(r"\1", text)


# --------------------------------------------------------------------------- repair

_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,  # entities were decoded by the HTML parser; "&amp;" in text is text
    fix_latin_ligatures=False,
    fix_character_width=False,  # keep full-width CJK punctuation
    uncurl_quotes=False,  # keep typographic quotes
    fix_line_breaks=False,  # done by _normalise_line_breaks
    normalization=None,  # leave text that is not mojibake exactly as it is
)

_THAI = re.compile(r"[\u0e00-\u0e7f]")
# UTF-8 punctuation read as TIS-620: E2 became "โ", continuation bytes 80-9F were lost,
# bytes A1-FB became Thai letters. So E2 84 A2 (™) and E2 80 A2 (•) read "โข",
# E2 80 A6 (…) reads "โฆ" and E2 82 AC (€) reads "โฌ"; a bare "โ" was ’ “ ” – or —.
_TIS620_MOJIBAKE = re.compile(r"[“”]|โ[ขฆฌ]?|†")
_CONTRACTION_TAIL = re.compile(r"(?:s|t|d|m|ll|re|ve)(?![^\W\d_])", re.IGNORECASE)
_OPENERS = "([{"


def repair_text(text: str) -> str:
    """Repair broken encodings; text without mojibake comes back unchanged.

    First ftfy (UTF-8 read as cp1252 and similar, e.g. "â€™" → "’"), then UTF-8
    punctuation read as the Thai code page, which ftfy cannot undo because bytes were
    lost: "โ" is restored from its neighbours (’ “ ” — –), "โข" → "™", "โฆ" → "…",
    "โฌ" → "€"; and a "†" right after a word inside an open “quote is a mangled "” ".
    Real Thai text (Thai letters next to "โ") is left alone.
    """
    if text.isascii() and not _CONTROL_CHARACTERS.search(text):
        return text  # ftfy leaves printable ASCII as it is (its fixes need other characters)
    text = ftfy.fix_text(text, _FTFY_CONFIG)
    if "โ" not in text and "†" not in text:
        return text
    return "\n".join(_repair_lossy_line(line) for line in text.split("\n"))


def _repair_lossy_line(line: str) -> str:
    """Repair one paragraph, tracking whether a “quote is open."""
    quote_open = False

    def replace(match: re.Match[str]) -> str:
        nonlocal quote_open
        found, start, end = match.group(), match.start(), match.end()
        before = line[start - 1] if start > 0 else ""
        after = line[end] if end < len(line) else ""
        if found in "“”":
            quote_open = found == "“"
            return found
        if _THAI.match(before) or _THAI.match(after):
            return found  # real Thai text
        if found == "†":
            if quote_open and before.isalnum():
                quote_open = False
                return "” " if after.isalnum() else "”"  # the lost byte was a no-break space
            return found
        if len(found) == 2:
            return _repair_three_byte_symbol(found[1], before)
        repaired = _repair_lost_punctuation(line, end, before, after, quote_open)
        if repaired in "“”":
            quote_open = repaired == "“"
        return repaired

    return _TIS620_MOJIBAKE.sub(replace, line)


def _repair_three_byte_symbol(last: str, before: str) -> str:
    if last == "ข":
        return "•" if before == "" or before.isspace() else "™"
    return {"ฆ": "…", "ฌ": "€"}[last]


def _repair_lost_punctuation(line: str, end: int, before: str, after: str, quote_open: bool) -> str:
    """Which of ’ “ ” — – a bare "โ" was, judged from the characters around it."""
    word_start = before == "" or before.isspace() or before in _OPENERS
    if word_start:
        if after == "" or after.isspace():
            return "–"  # a spaced dash
        return "“"
    if after.isalnum():
        if before.isdigit() and after.isdigit():
            return "–"  # a range, 2020–2025
        if before.isalpha() and _CONTRACTION_TAIL.match(line, end):
            return "’"  # China’s, don’t, we’ll
        return "—"  # word—word
    if quote_open:
        return "”"
    return "’" if before.isalpha() else "”"  # companies’ profits; said.”


# --------------------------------------------------------------------------- cleaning

_NEW_TAB_NOTE = re.compile(r"[ \t]*\((?:opens|open) in (?:a )?new (?:tab|window)\)", re.IGNORECASE)
_FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]{1,10}\](?!:)")  # Markdown's "Baotou Huamei[^4]" (not the note "[^4]: ...")
_EMPHASIS = (
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
    re.compile(r"__(?=\S)(.+?)(?<=\S)__"),
    re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"),
)
_SPACE_RUNS = re.compile(r"[ \t]{2,}")
_BLANK_RUNS = re.compile(r"\n{3,}")
_CRUMB = r"[\w'’&.,-]+(?:[ ][\w'’&.,-]+){0,4}"  # one to five words
_CHROME_LINE = re.compile(
    rf"""
    (?: {_CRUMB} (?: \s*[>»›]\s* | \s+[/|]\s+ ) {_CRUMB} (?: (?: \s*[>»›]\s* | \s+[/|]\s+ ) {_CRUMB} )*  # breadcrumbs
      | (?: \d+ | no ) \s (?: comments? | replies | responses ) (?: \s yet )?
      | (?: leave | post | add | write ) \s an? \s (?: reply | comment | response )
      | (?: loading | load | show | view ) (?: \s (?: new | more | all | previous ) )? \s (?: replies | comments )
      | moderator | reply | report (?: \s abuse )?
      | join \s the (?: \s full )? \s (?: discussion | conversation ) \b .*
      | share (?: \s this (?: \s (?: article | story | post | page ) )? )? (?: \s on \s \w+ )?
      | (?: tweet | email | print ) (?: \s this (?: \s (?: article | story | post | page ) )? )?
      | facebook | twitter | linkedin | whatsapp | wechat | weibo
      | (?: subscribe | sign \s up ) (?: \s (?: now | today ) )?
      | (?: subscribe | sign \s up ) \s (?: to | for ) \s (?: our | the ) \s newsletter \b .*
      | contact (?: \s us )? | about (?: \s us )? | privacy (?: \s policy )? | home | menu | search
      | terms \s (?: of \s (?: use | service ) | (?: and | & ) \s conditions )
      | cookie \s (?: policy | settings | preferences )
      | (?: copyright \s* ©? | © ) \s* \d{{4}} .* | all \s rights \s reserved
      | back \s to \s top | read \s more | continue \s reading | skip \s to (?: \s main )? \s content
      | (?: previous | next ) (?: \s (?: article | post | story ) )?
      | tags? \s? : .* | log \s? in | sign \s? in | register
      | (?: (?: hot | quick | useful | related | popular | trending ) \s links?
          | related (?: \s (?: stories | articles | news | reports | coverage | reading | posts | commentary
                              | analysis | research | releases ) )?
          | see \s also | read \s also | further \s reading | related \s reads
          | more \s (?: from | on ) \s [^:]{{1,40}} ) \s? : .*
    ) [\s.:!…→>»|-]*
    """,
    re.IGNORECASE | re.VERBOSE,
)

_CONTACT_LINE = re.compile(  # "Hannah Roe | Chief Financial Officer | Aldermoor Ltd": a signature, no breadcrumb trail
    r"[^|\n]+\s\|\s(?:[\w.&-]+\s){0,3}?(?:officer|manager|director|chair(?:man|woman|person)?|president|ceo|cfo|coo|"
    r"secretary|analyst|engineer|buyer|spokes(?:man|woman|person)|head\s+of(?:\s[\w&]+){1,3})\b(?:,[^|\n]{1,40})?"
    r"(?:\s\|\s[^|\n]+)?", re.IGNORECASE)  # also "Wendy Zhao | Overseas Sales Manager" over the company's line

_RELATED_HEADING = re.compile(  # "Related reports:", "Related documents", "Read more"; not "Latest announcements"
    r"(?:related|more|recommended|popular|latest|trending)(?:\s+(?:reports?|stories|articles|news|coverage|cases|"
    r"commentary|analysis|research|releases|"
    r"reading|links|posts|content|videos?|episodes|issues|editions|interviews|podcasts|on\s+this\s+(?:topic|story)))?"
    r"|related\s+(?:documents|files|notices|transcripts|items|pages|topics|filings|companies|profiles|questions|"
    r"bulletins|announcements)"
    r"|other\s+(?:notices|stories|news|articles|cases|announcements)(?:\s+(?:on|from|by|in)\s+this\s+[\w-]+)?"
    r"|(?:read|see)\s+(?:more|also)|further\s+reading|most\s+read|you\s+(?:may|might)\s+also\s+like"
    r"|people\s+(?:also\s+)?(?:viewed|read|liked|follow(?:ed)?)"
    r"|more\s+(?:from|in|on)\s+[\w&'’ -]{1,40}",
    re.IGNORECASE)
_BULLETS = "-–•*·▪►▶▸➤"  # the marks a list item starts with
_LINKED_ITEM = re.compile(rf"(?:[{_BULLETS}>]|\d{{1,2}}[.)])\s+.+|[^.!?;:\"”]{{1,120}}")  # a bullet, or a headline


def _without_chrome(lines: list[str]) -> Iterator[str]:
    """The lines that are neither site chrome nor the links listed under a "Related stories" heading;
    a plain text table's header ("No. | Subsidiary | Stake") is no breadcrumb trail."""
    under_related = False
    table = _plain_table_lines(lines)
    for i, line in enumerate(lines):
        if i in table:
            yield line
        elif _RELATED_HEADING.fullmatch(line.strip(" :.…→>»|-【】[]")):  # "【Recommended reading】"
            under_related = True
        elif not (under_related and line.strip() and _LINKED_ITEM.fullmatch(line.strip())):
            under_related = under_related and not line
            if not _CHROME_LINE.fullmatch(line) or _CONTACT_LINE.fullmatch(line):
                yield line


def _plain_table_lines(lines: list[str]) -> set[int]:
    """The lines of runs of three or more with as many cells between pipes (two pipes or more)."""
    table: set[int] = set()
    start = 0
    for i in range(1, len(lines) + 1):
        if i == len(lines) or lines[i].count("|") != lines[start].count("|"):
            if i - start >= 3 and lines[start].count("|") >= 2 and not lines[start].startswith("|"):
                table.update(range(start, i))
            start = i
    return table


_COLUMN_RULE = re.compile(r"^[ \t]*-{3,}(?:[ \t]+-{3,})+[ \t]*$")  # "-------  ------  ---": a text table's
_COLUMN_GAP = re.compile(r"[ \t]{3,}")  # three spaces apart inside a line: columns, not prose
_ALIGNED_LABEL = re.compile(r"^[A-Z][\w &/-]{0,40}:[ \t]+")  # "Feedstock:      Ion-adsorption ...": one field, no columns
_CELL_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")  # "No.  Indicator holder": two spaces or more between cells
_NEW_ITEM = re.compile(  # a line that starts something of its own: a bullet, "(a)", "2.", a label ("Guests: "), a table row
    rf"^[ \t]*(?:[{_BULLETS}][ \t]|\(?[a-z\d]{{1,2}}\)[ \t]|\d{{1,2}}\.[ \t]|[A-Z][\w .,&/'’()-]{{0,50}}:[ \t]|\||[-=_]{{3,}}|#)")
_RULE_LINE = re.compile(r"[ \t]*[-=_*]{3,}[ \t]*")  # "--------": a line of its own
MAX_WRAP_WIDTH = 120  # a longer line is a paragraph of its own, not a hard-wrapped one


_WIKI_TABLE = re.compile(r"^[ \t]*\{\|[^\n]*\n(?P<body>(?:.*\n)*?)[ \t]*\|\}[ \t]*$", re.MULTILINE)
_WIKI_CELL_ATTRIBUTES = re.compile(r"^(?:[\w-]+=(?:\"[^\"]*\"|'[^']*'|\S+)\s*)+\|(?!\|)")  # 'style="..." | 55%'
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")  # "[[Baotou|the city]]": "the city"


def wiki_tables(text: str) -> str:
    """MediaWiki tables ("{|" to "|}": "!" headings, "|-" between rows, cells apart by "||" or
    one to a line) rewritten as pipe tables; a caption ("|+") becomes the line above."""
    def table(match: re.Match[str]) -> str:
        caption: list[str] = []
        rows: list[list[str]] = []
        row_open = False
        for line in match.group("body").split("\n"):
            line = line.strip()
            if line.startswith("|+"):
                caption.append(_wiki_cell(line[2:]))
            elif line.startswith("|-"):
                row_open = False
            elif line[:1] in ("!", "|"):
                if not row_open:
                    rows.append([])
                    row_open = True
                rows[-1].extend(_wiki_cell(cell) for cell in re.split(r"\|\||!!", line[1:]))
        if not rows:
            return match.group(0)
        width = max(len(row) for row in rows)
        lines = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
        return "\n".join([*caption, lines[0], "|" + "---|" * width, *lines[1:]])

    return _WIKI_TABLE.sub(table, text)


def _wiki_cell(cell: str) -> str:
    """A wiki table cell's text: without its attributes, links as their text, no bold or italic quotes."""
    return _WIKI_LINK.sub(r"\1", _WIKI_CELL_ATTRIBUTES.sub("", cell.strip())).replace("'''", "").replace("''", "").strip()


def pipe_tables(text: str) -> str:
    """Text tables whose columns are ruled by dashes ("Name      Place" over "-------  -----")
    rewritten as pipe tables: the header lines above the rule joined per column, a row with an
    empty first cell continuing the row above."""
    lines = text.split("\n")
    for i in reversed(range(1, len(lines))):
        if not _COLUMN_RULE.match(lines[i]):
            continue
        starts = [m.start() for m in re.finditer(r"-{3,}", lines[i])]
        top = i
        while top > 0 and lines[top - 1].strip() and i - top < 3:
            top -= 1
        end = i + 1
        while end < len(lines) and lines[end].strip():
            end += 1
        header = [" ".join(filter(None, cells)) for cells in zip(*(_fixed_cells(line, starts) for line in lines[top:i]))]
        rows: list[list[str]] = []
        for line in lines[i + 1:end]:
            cells = _fixed_cells(line, starts)
            if rows and not cells[0]:
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells)]
            else:
                rows.append(cells)
        table = [header or [""] * len(starts), ["---"] * len(starts), *rows]
        lines[top:end] = _pipe_rows(table)
    return "\n".join(lines)


_CSV_HEADER = re.compile(r"[A-Za-z][\w /().-]{0,40}(?:,[A-Za-z][\w /().-]{0,40}){2,}")  # "company,parent,province"
_PADDED_PIPE = re.compile(r"[^\S\n]*\|[^\S\n]*")  # "No.   | Enterprise      | Location"
_BARE_PIPE_HEADER = re.compile(  # "No. | Shareholder | Share"
    r"[A-Za-z][\w /().%-]{0,40}(?: \| [A-Za-z][\w /().%-]{0,40}){2,}")


def delimited_tables(text: str) -> str:
    """Rows (one or more, as many cells each) under a header line of three or more column names,
    cells split by commas ("company,parent,province") or by " | " without outer pipes
    ("No. | Shareholder | Share"), rewritten as pipe tables. A bare pipe row whose first cell
    is empty ("    | Holding Co., Ltd.) |  |") continues the cells of the row above."""
    def table_at(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
        header = lines[i].strip()
        split = (_csv_cells if _CSV_HEADER.fullmatch(header)
                 else _bare_pipe_cells if _BARE_PIPE_HEADER.fullmatch(_PADDED_PIPE.sub(" | ", header)) else None)
        if split is None:
            return None
        width, end = len(split(header)), i + 1
        rows = [split(header)]
        while end < len(lines) and lines[end].strip():
            if len(cells := split(lines[end])) == width:
                rows.append(cells)
            elif split is _bare_pipe_cells and len(rows) > 1 and len(more := _continued_cells(lines[end])) == width:
                rows[-1] = [f"{cell} {extra}".strip() for cell, extra in zip(rows[-1], more)]
            else:
                break
            end += 1
        too_few = len(rows) < (3 if split is _csv_cells else 2)  # a comma header wants two rows, being likelier prose
        return None if too_few else (rows, end - i)

    return _rewrite_tables(text, table_at)


def _continued_cells(line: str) -> list[str]:
    """The cells of a bare pipe row that continues the row above: its first cell is empty."""
    cells = [cell.strip() for cell in line.split("|")]
    return cells if len(cells) > 2 and not cells[0] else []


def _csv_cells(line: str) -> list[str]:
    return [cell.strip() for cell in next(csv.reader([line]))]


def _bare_pipe_cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().split(" | ")] if not line.lstrip().startswith("|") else []


def aligned_tables(text: str) -> str:
    """Text tables of three or more columns aligned by spaces, with no rule under the header
    ("No.  Indicator holder  Enterprise" over rows whose cells start where its headings do),
    rewritten as pipe tables."""
    def table_at(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
        starts = [0] + [m.end() for m in _CELL_GAP.finditer(lines[i])]
        end = i + 1
        while end < len(lines) and _aligned(lines[end], starts):
            end += 1
        if len(starts) < 3 or lines[i][:1].isspace() or "|" in lines[i] or end - i < 3:
            return None
        return [_fixed_cells(line, starts) for line in lines[i:end]], end - i

    return _rewrite_tables(text, table_at)


def _rewrite_tables(text: str, table_at: Callable[[list[str], int], tuple[list[list[str]], int] | None]) -> str:
    """The text with each table that `table_at` finds starting at a line (its rows, the header
    first, and the number of lines they take) rewritten as pipe table lines under a rule."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        found = table_at(lines, i)
        if found is None:
            i += 1
            continue
        table, taken = found
        table.insert(1, ["---"] * len(table[0]))
        lines[i:i + taken] = _pipe_rows(table)
        i += len(table)
    return "\n".join(lines)


def _pipe_rows(table: list[list[str]]) -> list[str]:
    """A table's rows as pipe table lines, an empty cell as "-"."""
    return ["| " + " | ".join(cell or "-" for cell in cells) + " |" for cells in table]


def _aligned(line: str, starts: list[int]) -> bool:
    """Whether each of the columns starts a cell of the line (a space before it, a word at it)."""
    return bool(line.strip()) and "|" not in line and not line[:1].isspace() and all(
        len(line) > start and line[start - 1] == " " and line[start] != " " for start in starts[1:])


def _fixed_cells(line: str, starts: list[int]) -> list[str]:
    """A text table's line cut into cells at the columns' starts; a cell that runs past its
    column's end (no space at the cut) keeps the word it runs into."""
    cuts = []
    for start in starts[1:]:
        while 0 < start < len(line) and not line[start - 1].isspace() and not line[start].isspace():
            start += 1
        cuts.append(start)
    bounds = zip([0, *cuts], [*cuts, None])
    return [_SPACE_RUNS.sub(" ", line[a:b]).strip() for a, b in bounds]


_LABEL_ONLY = re.compile(  # "  - Subsidiaries:"
    r"^(?P<indent>[ \t]*)(?:[-*•][ \t]+)?\**[A-Z][\w ,&/()-]{0,40}?\**:\**[ \t]*$")
_FIELD_ITEM = re.compile(r"\**[A-Z][\w /()&-]{0,30}\**:\s")  # "Headquarters: Baotou"
_BULLET = re.compile(r"^(?P<indent>[ \t]*)[-*•][ \t]+(?P<item>\S.*?)[ \t]*$")


_FIELD_RUN = re.compile(  # "  Place of establishment: Baotou, PRC | Date: 6 June 2018 | Interest held: 100%"
    r"^(?P<indent>[ \t]*)(?P<fields>[A-Z][^:|\n]{0,40}:[ \t]*[^|\n]*?"
    r"(?:[ \t]+\|[ \t]+[A-Z][^:|\n]{0,40}:[ \t]*[^|\n]*?)+)[ \t]*$", re.MULTILINE)


def field_runs(text: str) -> str:
    """Fields set side by side on one line, apart by " | ", written one to a line."""
    return _FIELD_RUN.sub(lambda run: "\n".join(
        run.group("indent") + field for field in re.split(r"[ \t]+\|[ \t]+", run.group("fields"))), text)


def nested_lists(text: str) -> str:
    """A list nested under a label or an item written on its line, its items apart by "; "
    ("- Shareholders:" over "  - A, 31.21%" and "  - B, 3.18%" makes "- Shareholders: A, 31.21%;
    B, 3.18%"; "- X Co., Ltd. — 100%" over "  - Products: Y" and "  - Ships Y to Z" makes
    "- X Co., Ltd. — 100%; Products: Y; Ships Y to Z"). Only the innermost lists are joined, and
    under an item only a list mostly not of "Field: value" lines (a profile, read as such)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        label = _LABEL_ONLY.match(lines[i])
        parent = label or _BULLET.match(lines[i])
        items: list[str] = []
        j = i + 1
        depths: set[int] = set()
        while parent and j < len(lines) and (item := _BULLET.match(lines[j])) and (
                depth := len(item.group("indent").expandtabs(4))) > len(parent.group("indent").expandtabs(4)):
            items.append(item.group("item"))
            depths.add(depth)
            j += 1
        if len(depths) > 1 or not label and 2 * sum(bool(_FIELD_ITEM.match(item)) for item in items) > len(items):
            items = []  # items with items of their own (each joins its own, further down), or a profile
        out.append(f"{lines[i].rstrip()}{' ' if label else '; '}{'; '.join(items)}" if items else lines[i])
        i = j if items else i + 1
    return "\n".join(out)


_LABEL_AND_VALUE = re.compile(r"^(?P<label>[ \t]*[A-Z][^:\n]*?[^\s:])[ \t]{3,}(?P<value>\S.*)$")  # "Company Secretary   Ms. Tsang"
LABEL_WORDS = 6


def field_lines(text: str) -> str:
    """Two-column layouts ("Executive Directors      Mr. Cai Zhenbang (Chairman)", the values in
    a column of their own) rewritten as "Label: value" lines. A label indented further continues
    the one above ("Independent Non-executive" over "  Directors"); a line alone in the value
    column is another value ("Ms. Ouyang Lin"), or the same one after a comma (an address);
    blank lines between the layout's lines go."""
    out: list[str] = []
    run: list[tuple[list[str], list[str]]] = []  # the layout's labels (in parts) and their values
    column = indent = -1
    blanks = 0
    for line in text.split("\n"):
        match = _LABEL_AND_VALUE.match(line)
        if match and (len(match.group("label").split()) > LABEL_WORDS or _COLUMN_GAP.search(match.group("value"))):
            match = None
        if run and not line.strip():
            blanks += 1
            continue
        value_only = (run and not match and not blanks and len(line) - len(line.lstrip()) == column
                      and not _COLUMN_GAP.search(line.strip()))
        if value_only:
            _add_value(run[-1][1], line.strip())
            continue
        if run and not (match and match.start("value") == column):
            out.extend(f"{' '.join(label)}: {value}" for label, values in run for value in values)
            out.extend([""] * blanks)
            run, blanks = [], 0
        if not match:
            out.append(line)
            continue
        label, value = match.group("label"), match.group("value")
        label_indent = len(label) - len(label.lstrip())
        if run and label_indent > indent and not blanks:
            run[-1][0].append(label.strip())
            _add_value(run[-1][1], value)
        else:
            run.append(([label.strip()], [value]))
            column, indent = match.start("value"), label_indent
        blanks = 0
    out.extend(f"{' '.join(label)}: {value}" for label, values in run for value in values)
    return "\n".join(out)


def _add_value(values: list[str], value: str) -> None:
    """Another value, or the last one's continuation after a comma (an address over two lines)."""
    if values[-1].endswith(","):
        values[-1] += " " + value
    else:
        values.append(value)


_QUOTE_MARKS = re.compile(r"[ \t]*>+(?:[ \t]*>+)*(?:[ \t]+|$)")  # an e-mail's quoting: "> ", ">> ", "> > "


def _quoted(line: str) -> tuple[str, str]:
    """A line's quote marks ("" if none) and the rest of it."""
    marks = _QUOTE_MARKS.match(line)
    if marks is None:
        return "", line
    return marks.group().replace(" ", "").replace("\t", ""), line[marks.end():]


def unwrap_lines(text: str) -> str:
    """A hard-wrapped text's paragraphs joined into one line each. A text is hard-wrapped when
    most of its lines of 40 characters or more are at most 120 long; a line at least 70% as long
    as its usual width is joined to the next, unless the next starts an item of its own (a
    bullet, "(a)", a speaker label, a table row), either line has columns (three spaces apart) or
    the two are quoted to different depths ("> " and ">> ": two e-mails). A joined line's quote
    marks go ("> a" and "> b" make "> a b"), and so does the space after a hyphen ending a line.
    """
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if len(line.strip()) >= 40)
    short = [length for length in lengths if length <= MAX_WRAP_WIDTH]
    if len(short) < 5 or len(short) < 0.8 * len(lengths):
        return text
    width = short[int(0.9 * (len(short) - 1))]
    out: list[str] = []
    joining = False
    for line, following in zip(lines, [*lines[1:], ""]):
        (marks, body), (next_marks, next_body) = _quoted(line), _quoted(following)
        if joining:  # "the Leeds-" and "headquartered group" make "the Leeds-headquartered group"
            previous = out.pop()
            out.append(previous + ("" if re.search(r"[A-Za-z]-$", previous) and body.strip()[:1].islower()
                                   else " ") + body.strip())
        else:
            out.append(line.rstrip())
        joining = (len(line.rstrip()) >= 0.7 * width and bool(next_body.strip()) and marks == next_marks
                   and not _RULE_LINE.fullmatch(body) and not _NEW_ITEM.match(next_body)
                   and not body.rstrip().endswith(":")
                   and not _COLUMN_GAP.search(_ALIGNED_LABEL.sub("", body.strip()))
                   and not _COLUMN_GAP.search(next_body.strip()))
    return "\n".join(out)


def clean_text(text: str) -> str:
    """Repair the text, then strip web chrome and markup, keeping one paragraph per line.

    Removes "(opens in a new tab)" notes, Markdown footnote marks ("[^1]"), lines that are only navigation or widget text
    (breadcrumbs, comment counters, share and subscribe prompts, footer links, the links
    under "Related stories"),
    Markdown emphasis and quote marks ("> "); collapses runs of spaces, strips each line and keeps at most
    one blank line between paragraphs.
    """
    # C1 control characters are clues for ftfy, so they are dropped only after repair.
    text = _drop_control_characters(repair_text(_normalise_line_breaks(text)))
    text = _FOOTNOTE_MARK.sub("", _NEW_TAB_NOTE.sub("", text))
    for emphasis in _EMPHASIS:
        text = emphasis.sub(r"\1", text)
    lines = [_SPACE_RUNS.sub(" ", line).strip() for line in text.split("\n")]
    kept = "\n".join(_quoted(line)[1] for line in _without_chrome(lines))
    return _BLANK_RUNS.sub("\n\n", kept).strip()


# --------------------------------------------------------------------------- metadata

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_SPACE = r"[^\S\n]+"
_DATE_PATTERNS = (
    re.compile(rf"\b{_MONTH}{_SPACE}{_DAY},?{_SPACE}{_YEAR}", re.IGNORECASE),  # Sep. 19, 2020
    re.compile(rf"\b{_DAY}{_SPACE}{_MONTH},?{_SPACE}{_YEAR}", re.IGNORECASE),  # 19 September 2020
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"),
    re.compile(r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号]"),
)


def _find_date(text: str) -> str | None:
    """The first full date (day, month and year) in `text` as ISO 'YYYY-MM-DD', or None."""
    found: list[tuple[int, str]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _iso_date(match)
            if iso:
                found.append((match.start(), iso))
                break
    return min(found)[1] if found else None


def _iso_date(match: re.Match[str]) -> str | None:
    month = match["month"]
    month_number = int(month) if month.isdigit() else _MONTHS[month[:3].lower()]
    try:
        return date(int(match["year"]), month_number, int(match["day"])).isoformat()
    except ValueError:
        return None


_GENERIC_HEADING = re.compile(
    r"(?:highlights|abstract|summary|key (?:takeaways|points|findings)|introduction|background"
    r"|overview|conclusions?|contents|table of contents|tl;?dr|editor['’]s note)\s*:?",
    re.IGNORECASE,
)
_MAX_HEADLINE_WORDS = 16
_MAX_TITLE_CHARS = 100
_SENTENCE = re.compile(r".+?(?<!\b[A-Z])[.!?](?=\s+[\"“‘(]?[A-Z0-9]|$)")  # not after U.S


def _text_title(text: str) -> str:
    """Title of a plain-text article.

    The first line that looks like a headline, looking only above the first body
    paragraph (a short line after it is a section heading); else that paragraph's first
    sentence, cut at about 100 characters on a word boundary.
    """
    for line in text.split("\n"):
        if not line or _GENERIC_HEADING.fullmatch(line) or _is_dateline(line):
            continue
        if _looks_like_headline(line):
            return line
        return _first_sentence(line.removeprefix("- "))
    return ""


def _looks_like_headline(line: str) -> bool:
    return (
        not line.startswith("- ")
        and len(line.split()) <= _MAX_HEADLINE_WORDS
        and not line.endswith((".", ",", ";", ":"))
        and any(ch.isalpha() for ch in line)
    )


def _is_dateline(line: str) -> bool:
    """A short line that carries a date, like "Sep. 19, 2020" or "Published 2020-09-19"."""
    return len(line.split()) <= 8 and _find_date(line) is not None


def _first_sentence(paragraph: str) -> str:
    match = _SENTENCE.match(paragraph)
    sentence = (match.group() if match else paragraph).removesuffix(".")
    if len(sentence) <= _MAX_TITLE_CHARS:
        return sentence
    cut = sentence[: _MAX_TITLE_CHARS + 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—–-") + "…"
