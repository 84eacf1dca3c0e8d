"""Tests for rekg.ingest: reading, decoding, repairing and cleaning article files."""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from rekg.ingest import (IngestError, aligned_tables, clean_text, field_lines, iter_article_files, parse_html,
                         pipe_tables, read_article, repair_text, unwrap_lines)
from rekg.model import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data" / "ingest"


def seed(prefix: str) -> Path:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


def seed_text(prefix: str) -> str:
    return seed(prefix).read_text(encoding="utf-8")


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- IngestError


def test_ingest_error_names_path_and_reason() -> None:
    error = IngestError(Path("a/b.txt"), "empty file")
    assert error.path == Path("a/b.txt")
    assert error.reason == "empty file"
    assert str(error) == "a/b.txt: empty file"
    assert str(pickle.loads(pickle.dumps(error))) == "a/b.txt: empty file"


# --------------------------------------------------------------------------- repair


def test_repair_thai_code_page_mojibake_in_seed_003() -> None:
    repaired = repair_text(seed_text("003"))
    assert "โ" not in repaired
    for expected in (
        "China’s Ministry of Industry",
        "on MIIT’s 2025 National Key",
        "Baogang Group—China Northern Rare Earth Group",
        "Research Institute—to participate",
        "new materials—two pillars of China’s industrial strategy—and is designed",
        "signals Beijing’s intent",
        "longer-term “15th Five-Year Plan” strategy",
        "the broader “Rare Earth +” strategy",
        "Rare Earth Exchanges™ continues",
        "industrial dominance—faster",
    ):
        assert expected in repaired


def test_repair_mangled_closing_quote_in_seed_000() -> None:
    repaired = repair_text(seed_text("000"))
    assert "the “industrial MSG” due to their unique physical properties" in repaired
    assert "†" not in repaired
    assert repair_text("called the “MSG†, and “vitamins† too") == "called the “MSG”, and “vitamins” too"
    assert repair_text("Smith† and “a† b”") == "Smith† and “a” b”"  # a real dagger is kept


def test_repair_cp1252_mojibake() -> None:
    assert repair_text("Chinaâ€™s quota is â€œtightâ€\x9d â€” for now.") == "China’s quota is “tight” — for now."


@pytest.mark.parametrize(
    ("broken", "repaired"),
    [
        ("from 2020โ2025 onwards", "from 2020–2025 onwards"),
        ("the companiesโ profits", "the companies’ profits"),
        ("it called โthe firmsโ profits", "it called “the firms” profits"),
        ("weโll see, they donโt, Iโm sure", "we’ll see, they don’t, I’m sure"),
        ("prices rose โ sharply", "prices rose – sharply"),
        ("(โsmart minesโ)", "(“smart mines”)"),
        ("He said: โWe are ready.โ", "He said: “We are ready.”"),
        ("and so onโฆ", "and so on…"),
        ("โข cheaper magnets", "• cheaper magnets"),
        ("costs โฌ100", "costs €100"),
        ("Chinaโs\nsaid โno", "China’s\nsaid “no"),
    ],
)
def test_repair_lost_punctuation_from_its_neighbours(broken: str, repaired: str) -> None:
    assert repair_text(broken) == repaired


def test_repair_leaves_real_thai_text_alone() -> None:
    thai = "โรงงานแรร์เอิร์ธ ในมณฑลเจียงซี โฆษณา โขลง และ Baogang Group"
    assert repair_text(thai) == thai


def test_repair_leaves_text_without_mojibake_unchanged() -> None:
    for prefix in ("001", "002", "004"):
        assert repair_text(seed_text(prefix)) == seed_text(prefix)
    text = "包钢集团 (专精特新) — “quoted” ‘single’ ﬁne ＡＢＣ &amp; café † footnote 2020–2025"
    assert repair_text(text) == text


def test_repair_is_idempotent() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        once = repair_text(path.read_text(encoding="utf-8"))
        assert repair_text(once) == once


# --------------------------------------------------------------------------- clean


def test_clean_removes_new_tab_notes_and_emphasis() -> None:
    text = "**Abstract**\nBaogang announced (opens in a new tab) that __output__ rose *sharply*."
    assert clean_text(text) == "Abstract\nBaogang announced that output rose sharply."


@pytest.mark.parametrize(
    "chrome",
    [
        "Home > News",
        "Home » Markets » Rare Earths",
        "Leave a Reply",
        "contact us",
        "0 Comments",
        "12 comments",
        "No replies yet",
        "Loading new replies...",
        "Moderator",
        "Join the full discussion at the Rare Earth Exchanges Forum →",
        "Share this",
        "Share on LinkedIn",
        "Subscribe to our newsletter",
        "Sign up for our newsletter to get weekly updates",
        "Tags: rare earths, magnets",
        "© 2024 Rare Earth Daily. All rights reserved.",
        "Read more »",
        "Back to top",
        "Hot links: Baotou Xinghai Rare Earth Metals named to Inner Mongolia green factory list",
        "Related: MIIT holds seminar on magnet exports | Vice Minister Qiao visits Shenghe Resources in Chengdu",
        "See also: Ganzhou Jinlong Rare Earth joins the green mine list",
        "More from the tracker: Fujian Minxi Industrial Group buys Sanming smelter · Quota season explained",
    ],
)
def test_clean_drops_chrome_lines(chrome: str) -> None:
    assert clean_text(f"Lynas expanded output.\n{chrome}\nPrices rose.") == "Lynas expanded output.\nPrices rose."


def test_clean_drops_the_links_under_a_related_stories_heading() -> None:
    text = ("Baogang raised output.\n\nRelated reports:\n- Li Xiao inspects Wuhai Mining (video)\n"
            "- Inner Mongolia releases rare earth plan\n\nPrices rose.\nYou may also like\n"
            "Ganzhou output exceeds 100 billion yuan\nMagnet exports fell in May.\nRelated documents:\n"
            "- MIIT publishes 2025 Green Factory List\nRELATED CASES\n- Prosecutors sue Minjiang Metals, parent of Hexin Smelting\n")
    assert clean_text(text) == "Baogang raised output.\n\nPrices rose.\nMagnet exports fell in May."
    text = ("Text.\nRelated commentary: Why Ruvuma Rare Earths ships its concentrate to Japan\nRelated releases:\n"
            "- Xiamen Customs commends Jinlu Rare Earth, a Xiamen Tungsten subsidiary\nEnd.")
    assert clean_text(text) == "Text.\nEnd."


def test_clean_keeps_content_lines_that_mention_chrome_words() -> None:
    text = (
        "Please contact us for the full report, the company said.\n"
        "Investors can subscribe to new shares until May.\n"
        "Copyright law protects the patents of Baotou Research Institute.\n"
        "US/China trade talks resumed."
    )
    assert clean_text(text) == text


def test_clean_keeps_a_plain_text_table_whose_header_looks_like_breadcrumbs() -> None:
    table = ("No. | Subsidiary | Place of registration | Stake\n1 | Baotou Huiteng Metals Co., Ltd. | Baotou | 75%\n"
             "2 | Huiteng Trading Limited | Hong Kong | 100%")
    assert clean_text(f"Home | News | Data\n4.3 Major subsidiaries\n{table}") == f"4.3 Major subsidiaries\n{table}"


def test_clean_drops_markdown_footnote_marks_but_keeps_the_notes() -> None:
    text = "| Huamei Rare Earth[^1] | Ganzhou |\n\n[^1]: Formerly Ganzhou Huamei."
    assert clean_text(text) == "| Huamei Rare Earth | Ganzhou |\n\n[^1]: Formerly Ganzhou Huamei."


def test_clean_collapses_whitespace_and_keeps_paragraph_lines() -> None:
    text = "  First   paragraph.  \t\n\n\n\nSecond\tparagraph.   \r\nThird\u2028Fourth\u2029Fifth\n\n"
    assert clean_text(text) == "First paragraph.\n\nSecond\tparagraph.\nThird\nFourth\nFifth"


def test_clean_drops_control_characters_and_lone_surrogates() -> None:
    assert clean_text("Rare\x07 earth\x1b\tmagnets \ud800ok") == "Rare earth\tmagnets \ufffdok"


def test_clean_repairs_before_dropping_control_characters(tmp_path: Path) -> None:
    mojibake = "Chinaâ€™s quota is â€œtightâ€\x9d.\r\n"  # \x9d is a clue ftfy needs
    assert clean_text(mojibake) == "China’s quota is “tight”."
    assert read_article(write(tmp_path, "a.txt", mojibake)).text == "China’s quota is “tight”."


def test_clean_is_idempotent_on_seeds() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        once = clean_text(path.read_text(encoding="utf-8"))
        assert clean_text(once) == once


def test_clean_seed_chrome_is_gone() -> None:
    assert not clean_text(seed_text("001")).startswith("Home")
    assert not clean_text(seed_text("001")).endswith("contact us")
    assert clean_text(seed_text("002")).endswith("defense supply chains.")
    cleaned_003 = clean_text(seed_text("003"))
    assert cleaned_003.endswith("investment or policy decisions.")
    assert "(MIIT) has selected" in cleaned_003
    assert "opens in a new tab" not in cleaned_003


# --------------------------------------------------------------------------- HTML


def test_parse_html_keeps_article_body_and_drops_chrome() -> None:
    title, body = parse_html((DATA / "article.html").read_text(encoding="utf-8"))
    assert title == "Baogang Opens Magnet Plant in Baotou"
    assert body == (
        "Baogang Opens Magnet Plant in Baotou\n"
        "By Li Wei, March 4, 2024\n"
        "Baogang Group opened a new magnet plant in Baotou, Inner Mongolia.\n"
        "The plant will make NdFeB magnets.\n"
        "Output targets\n"
        "- 5,000 tonnes a year\n"
        "- Supplies to BYD\n"
        "China Northern Rare Earth’s chairman said the plant is “a milestone”."
    )
    for chrome in ("SCRIPT", "hidden-style", "NAV", "SITE", "ASIDE", "COMMENT", "NOSCRIPT", "FORM", "IFRAME", "SVG"):
        assert chrome not in body


def test_read_html_article_metadata() -> None:
    article = read_article(DATA / "article.html")
    assert article.title == "Baogang Opens Magnet Plant in Baotou"
    assert article.date == "2024-03-05"  # article:published_time wins over <time>
    assert article.source == "article.html"
    assert "Share this" not in article.text


def test_read_html_page_without_article_element() -> None:
    article = read_article(DATA / "page_without_article.htm")
    assert article.title == "Lynas Signs Offtake Deal"
    assert article.date == "2023-01-12"  # from the text
    assert article.text == (
        "Lynas Signs Offtake Deal\n"
        "Lynas Rare Earths signed an offtake agreement with a Japanese buyer.\n"
        "Published 12 January 2023."
    )


def test_a_page_of_its_own_text_and_news_teasers_is_read_whole() -> None:
    """The longest <article> is the body only if it holds at least half of <main>: an "About
    us" page with a list of short news items keeps its own text."""
    html = ("<html><body><nav>Home | News</nav><main><section><h1>About Kexing</h1>"
            "<p>Kexing Magnetics makes sintered NdFeB magnets in Baotou and supplies Hengrui Motors.</p>"
            "<p>Its largest shareholder is China Northern Rare Earth Group.</p></section>"
            "<article><p>2025-05-01 New line opens.</p></article>"
            "<article><p>2025-04-02 Trade fair.</p></article></main></body></html>")
    assert parse_html(html) == ("About Kexing", "About Kexing\n"
                                "Kexing Magnetics makes sintered NdFeB magnets in Baotou and supplies Hengrui Motors.\n"
                                "Its largest shareholder is China Northern Rare Earth Group.\n"
                                "2025-05-01 New line opens.\n2025-04-02 Trade fair.")


def test_html_title_and_date_fallbacks() -> None:
    assert parse_html("<title> Only  a title </title><p>Body.</p>") == ("Only a title", "Body.")
    assert parse_html("<p>No title here.</p>") == ("", "No title here.")
    html = '<html><body><article><h1>Headline</h1><time datetime="2021-06-30">Wed</time><p>Text.</p></article></body></html>'
    assert parse_html(html) == ("Headline", "Headline\nWed\nText.")


def test_html_table_rows_become_markdown_table_rows() -> None:
    html = ("<h2>Our group</h2><table><thead><tr><th>Company</th><th>Ownership</th></tr></thead>"
            "<tbody><tr><td>Tianjiao <b>Magnetics</b></td><td>100%</td></tr>"
            "<tr><td>A | B Trading</td><td><p>55%</p></td></tr></tbody></table><p>After.</p>")
    assert parse_html(html) == ("", "Our group\n| Company | Ownership |\n|---|---|\n"
                                "| Tianjiao Magnetics | 100% |\n| A / B Trading | 55% |\nAfter.")
    headless = "<table><tr><td>Plant</td><td>Location</td></tr><tr><td>Xishan Plant</td><td>Baotou</td></tr></table>"
    assert parse_html(headless)[1] == "| Plant | Location |\n|---|---|\n| Xishan Plant | Baotou |"


def test_html_definition_list_terms_and_definitions_become_field_lines() -> None:
    html = ("<h2>Xunwu Hongtu Mining Co., Ltd.</h2><dl><dt>Address</dt><dd>Xunwu county, <b>Ganzhou</b></dd>"
            "<dt>Ownership:</dt><dd>China Rare Earth Group (70%)</dd><dd>Second definition</dd></dl><p>After.</p>")
    assert parse_html(html)[1] == ("Xunwu Hongtu Mining Co., Ltd.\nAddress: Xunwu county, Ganzhou\n"
                                   "Ownership: China Rare Earth Group (70%)\nSecond definition\nAfter.")


def test_html_time_element_gives_date(tmp_path: Path) -> None:
    path = write(tmp_path, "a.html", '<article><p>Text <time datetime="2021-06-30T10:00">Wednesday</time>.</p></article>')
    assert read_article(path).date == "2021-06-30"


def test_html_nested_10000_levels_deep(tmp_path: Path) -> None:
    depth = 10_000
    html = "<html><body>" + "<div><span>" * depth + "<p>Deep text.</p>" + "</span></div>" * depth + "</body></html>"
    assert parse_html(html) == ("", "Deep text.")
    unclosed = "<html><body><article>" + "<div><b>" * depth + "Unclosed text."
    assert parse_html(unclosed) == ("", "Unclosed text.")
    article = read_article(write(tmp_path, "deep.html", html))
    assert article.text == "Deep text."


# --------------------------------------------------------------------------- Markdown


def test_read_markdown() -> None:
    article = read_article(DATA / "notes.md")
    assert article.title == "China Tightens Rare Earth Export Controls"
    assert article.date == "2023-07-03"
    assert article.text == (
        "China Tightens Rare Earth Export Controls\n\n"
        "Published 2023-07-03\n\n"
        "The Ministry of Commerce announced controls on gallium and germanium.\n\n"
        "Reactions"
    )


# --------------------------------------------------------------------------- seeds


@pytest.mark.parametrize(
    ("prefix", "title", "date"),
    [
        ("000", "After a period of chaotic and unregulated mining, the rare earth industry—already suffering from…", None),
        ("001", "Chinese Policies Escort The Rare Earth Industry", "2020-09-19"),
        ("002", "Baogang Group’s leadership inspects key rare earth subsidiaries, emphasizing technological…", None),
        ("003", "China's MIIT selected two Baogang Group subsidiaries for a national pilot program designed to…", None),
        ("004", "China’s Baogang Group is transforming rare earth operations through advanced digital systems…", None),
    ],
)
def test_seed_titles_and_dates(prefix: str, title: str, date: str | None) -> None:
    article = read_article(seed(prefix))
    assert (article.title, article.date) == (title, date)
    assert article.source == seed(prefix).name
    assert article.text == clean_text(seed_text(prefix))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Summary\nLynas Expands Malaysian Plant\nLynas said on Monday it would expand.", "Lynas Expands Malaysian Plant"),
        ("Key Takeaways:\nMP Materials posts record quarter?\nBody text follows here.", "MP Materials posts record quarter?"),
        ("Prices of NdPr oxide rose. Traders expect more gains.", "Prices of NdPr oxide rose"),
        ("The U.S. Department of Defense funds a magnet plant. It opens in 2025.", "The U.S. Department of Defense funds a magnet plant"),
        ("Lynas reported revenue growth in the quarter.\nShort Section Heading", "Lynas reported revenue growth in the quarter"),
    ],
)
def test_plain_text_title_rule(tmp_path: Path, text: str, title: str) -> None:
    assert read_article(write(tmp_path, "a.txt", text)).title == title


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Sep. 19, 2020", "2020-09-19"),
        ("September 19, 2020", "2020-09-19"),
        ("Sept 9th 2020", "2020-09-09"),
        ("19 September 2020", "2020-09-19"),
        ("2020-09-19", "2020-09-19"),
        ("2020/9/19 08:00", "2020-09-19"),
        ("2020年9月19日", "2020-09-19"),
        ("On April 2, Baogang announced", None),
        ("February 30, 2020", None),
        ("in 2025 the plan", None),
    ],
)
def test_dates(tmp_path: Path, line: str, iso: str | None) -> None:
    path = write(tmp_path, "a.txt", f"Headline Here\n{line}\nBody text of the article.")
    assert read_article(path).date == iso


def test_first_date_in_text_wins(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Headline\nOn 3 May 2021 talks began; on 2020-01-01 they had not.")
    assert read_article(path).date == "2021-05-03"


# --------------------------------------------------------------------------- ids and decoding


def test_ids_are_stable_content_hashes(tmp_path: Path) -> None:
    article = read_article(seed("001"))
    assert article.id == hashlib.sha256(article.text.encode("utf-8")).hexdigest()[:16]
    assert read_article(seed("001")).id == article.id
    copy = write(tmp_path, "other-name.txt", seed("001").read_bytes().replace(b"\n", b"\r\n"))
    assert read_article(copy) == Article(article.id, article.text, article.title, "other-name.txt", article.date)
    assert len({read_article(path).id for path in SEEDS.glob("*.txt")}) == 5


@pytest.mark.parametrize(
    "encoded",
    [
        "Rare earth – 包钢\n".encode("utf-8"),
        "\ufeffRare earth – 包钢\n".encode("utf-8"),
        "\ufeffRare earth – 包钢\n".encode("utf-16-le"),
        "\ufeffRare earth – 包钢\n".encode("utf-16-be"),
        "Rare earth – 包钢\n".encode("utf-16"),
    ],
)
def test_decodes_utf8_and_utf16_with_bom(tmp_path: Path, encoded: bytes) -> None:
    assert read_article(write(tmp_path, "a.txt", encoded)).text == "Rare earth – 包钢"


def test_utf16_lone_surrogate_is_replaced(tmp_path: Path) -> None:
    data = b"\xff\xfe" + "Rare ".encode("utf-16-le") + b"\x00\xd8" + " earth".encode("utf-16-le")
    assert read_article(write(tmp_path, "a.txt", data)).text == "Rare \ufffd earth"


# --------------------------------------------------------------------------- read errors


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b" \n\t\r\n", "empty file (only whitespace)"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (looks like PNG), not an article"),
        ("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file (looks like PDF), not an article"),
        ("nul.txt", b"Rare earth\x00\x01\x02 data", "binary file (contains NUL bytes), not an article"),
        ("latin1.txt", "Caf\u00e9 r\u00e9sum\u00e9".encode("latin-1"), "not valid UTF-8 text (byte 0xe9 at offset 3)"),
        ("odd.txt", b"\xff\xfeR\x00a", "not valid UTF-16 text (truncated data)"),
        ("chrome.html", b"<nav>Home</nav><p>Share this</p><script>x()</script>", "no article text left after removing markup and web chrome"),
    ],
)
def test_read_errors(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(IngestError) as caught:
        read_article(path)
    assert caught.value.path == path
    assert caught.value.reason == reason
    assert str(caught.value) == f"{path}: {reason}"


def test_read_directory_named_like_an_article(tmp_path: Path) -> None:
    folder = tmp_path / "x.txt"
    folder.mkdir()
    with pytest.raises(IngestError, match="is a directory, not a file$"):
        read_article(folder)


def test_read_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no such file or directory$"):
        read_article(tmp_path / "missing.txt")


def test_read_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 000 does not stop root, so simulate the error the operating system raises.
    path = write(tmp_path, "secret.txt", "text")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(IngestError, match="permission denied$"):
        read_article(path)


def test_read_file_that_vanishes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "gone.txt", "text")

    def vanish(self: Path) -> bytes:
        self.unlink()
        raise FileNotFoundError(2, "No such file or directory", str(self))

    monkeypatch.setattr(Path, "read_bytes", vanish)
    with pytest.raises(IngestError, match="file vanished while reading$"):
        read_article(path)


def test_read_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(IngestError, match="not a regular file$"):
        read_article(fifo)


# --------------------------------------------------------------------------- listing files


def relative(items: list[Path | IngestError], root: Path) -> list[str]:
    return [
        f"error {item.path.relative_to(root)}: {item.reason}" if isinstance(item, IngestError) else str(item.relative_to(root))
        for item in items
    ]


def test_iter_expands_folders_sorted_and_skips_hidden(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "sub/c.html", "sub/d.htm", "sub/deeper/e.TXT", "z.pdf", "notes.json",
                 ".hidden.txt", ".git/f.txt", "sub/.cache/g.txt"):
        write(tmp_path, name, "text")
    found = list(iter_article_files([tmp_path]))
    assert relative(found, tmp_path) == ["a.md", "b.txt", "sub/c.html", "sub/d.htm", "sub/deeper/e.TXT"]


def test_iter_explicit_files_in_given_order_without_duplicates(tmp_path: Path) -> None:
    b = write(tmp_path, "b.txt", "text")
    a = write(tmp_path, "a.txt", "text")
    (tmp_path / "link.txt").symlink_to(a)
    found = list(iter_article_files([b, a, tmp_path, tmp_path / "link.txt", str(b)]))
    assert found == [b, a]


def test_iter_reports_missing_unsupported_and_broken_paths(tmp_path: Path) -> None:
    write(tmp_path, "folder/ok.txt", "text")
    (tmp_path / "folder" / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "folder" / "self.txt").symlink_to(tmp_path / "folder" / "self.txt")
    pdf = write(tmp_path, "paper.pdf", b"%PDF")
    found = list(iter_article_files([tmp_path / "missing.txt", pdf, tmp_path / "folder"]))
    assert relative(found, tmp_path) == [
        "error missing.txt: no such file or directory",
        "error paper.pdf: unsupported file type (expected .txt, .md, .html, .htm)",
        "error folder/dangling.txt: broken symlink (its target does not exist)",
        "folder/ok.txt",
        "error folder/self.txt: symlink loop (the link points back to itself)",
    ]


def test_iter_follows_directory_symlinks_without_looping(tmp_path: Path) -> None:
    write(tmp_path, "root/a.txt", "text")
    write(tmp_path, "other/b.txt", "text")
    (tmp_path / "root" / "loop").symlink_to(tmp_path / "root")  # points back at its parent
    (tmp_path / "root" / "other").symlink_to(tmp_path / "other")
    (tmp_path / "root" / "other-again").symlink_to(tmp_path / "other")
    found = list(iter_article_files([tmp_path / "root"]))
    assert relative(found, tmp_path) == ["root/a.txt", "root/other/b.txt"]


def test_iter_reports_unreadable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 000 does not stop root, so simulate the error the operating system raises.
    folder = tmp_path / "locked"
    folder.mkdir()

    def denied(self: Path) -> Iterator[Path]:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", denied)
    assert relative(list(iter_article_files([folder])), tmp_path) == ["error locked: permission denied"]


def test_iter_reports_fifo(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    assert relative(list(iter_article_files([tmp_path])), tmp_path) == ["error pipe.txt: not a regular file"]


def test_a_text_table_ruled_by_dashes_becomes_a_pipe_table():
    text = ("Notes\n\n"
            "  Name of subsidiary          Place of             Equity interest  Principal\n"
            "                              incorporation        Direct  Indirect activities\n"
            "  ----------------------      ----------------     ------  -------- ----------------\n"
            "  Lianhe Mining Co., Ltd.     PRC (Meizhou)        -       70%      Production of rare\n"
            "                                                                    earth carbonate\n"
            "  Lianhe Trading Pte. Ltd.    Singapore            100%    -        Trading\n"
            "\nAfter the table.")
    assert pipe_tables(text) == (
        "Notes\n\n"
        "| Name of subsidiary | Place of incorporation | Equity interest Direct | Indirect | Principal activities |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| Lianhe Mining Co., Ltd. | PRC (Meizhou) | - | 70% | Production of rare earth carbonate |\n"
        "| Lianhe Trading Pte. Ltd. | Singapore | 100% | - | Trading |\n"
        "\nAfter the table.")


def test_a_two_column_layout_becomes_field_lines():
    rows = [("Executive Directors", "Mr. Cai Hong (Chairman)"), ("", "Ms. Lin Yu"),
            ("Independent Non-executive", "Dr. Hu Min"), ("  Directors", "Ms. Ho Wai"), None,
            ("Headquarters", "8/F, Tower 1, Tianhe District,"), ("", "Guangzhou"), None]
    text = ("CORPORATE INFORMATION\n\n" + "".join(f"{row[0]:<30}{row[1]}\n" if row else "\n" for row in rows)
            + "The board met twice.")
    assert field_lines(text) == (
        "CORPORATE INFORMATION\n\n"
        "Executive Directors: Mr. Cai Hong (Chairman)\nExecutive Directors: Ms. Lin Yu\n"
        "Independent Non-executive Directors: Dr. Hu Min\nIndependent Non-executive Directors: Ms. Ho Wai\n"
        "Headquarters: 8/F, Tower 1, Tianhe District, Guangzhou\n\n"
        "The board met twice.")


def test_hard_wrapped_paragraphs_are_joined_but_not_items_labels_or_headings():
    wrapped = ("REPORT\n\n"
               "The site is operated by Jinshan Trading Co., a Dingnan-registered company, and\n"
               "produces roughly 20 tonnes of mixed rare earth carbonate a month, according to\n"
               "three workers.\n\n"
               "XU HAORAN: Six enterprises are on the list of pilot enterprises this year, said\n"
               "the ministry:\n"
               "  - China Rare Earth Group, which separates heavy rare earths in Ganzhou\n"
               "  - JL Mag\n"
               "Host: Wang Lijuan, spokesperson of the Ministry of Industry and Information\n"
               "Guests: Xu Haoran, Director-General of the Raw Material Industry Department\n")
    assert unwrap_lines(wrapped) == (
        "REPORT\n\n"
        "The site is operated by Jinshan Trading Co., a Dingnan-registered company, and produces roughly 20 "
        "tonnes of mixed rare earth carbonate a month, according to three workers.\n\n"
        "XU HAORAN: Six enterprises are on the list of pilot enterprises this year, said the ministry:\n"
        "  - China Rare Earth Group, which separates heavy rare earths in Ganzhou\n"
        "  - JL Mag\n"
        "Host: Wang Lijuan, spokesperson of the Ministry of Industry and Information\n"
        "Guests: Xu Haoran, Director-General of the Raw Material Industry Department\n")
    one_paragraph_a_line = "A long paragraph that runs on and on. " * 5 + "\nNext paragraph on its own line.\n" * 6
    assert unwrap_lines(one_paragraph_a_line) == one_paragraph_a_line


def test_related_notices_quoted_with_a_marker_and_inline_reading_lists_go_but_an_ad_heading_stays():
    text = ("Story.\n\nRelated notices\n> Award: Donglei Motor procures magnets from Kexing Magnet (2025-05-06)\n"
            "> Tender: wire (2025-05-02)\n\nRelated reads: How Tianbao Mining ships clay to Ganzhou · Five myths\n"
            "Further reading: Lynas supplies Japan\nSPONSORED\nEnd.")
    assert clean_text(text) == "Story.\n\nSPONSORED\nEnd."  # the extractor takes what follows "SPONSORED" for an ad


def test_an_email_threads_quoted_replies_are_unwrapped_per_message_and_lose_their_marks(tmp_path: Path):
    thread = ("From: Ana Ruiz <a.ruiz@example.com>\nSubject: RE: oxide\n\nThanks, noted. We will order the same volume of terbium oxide again\n"
              "next quarter, as agreed with the supplier on Monday.\n\n"
              "Ana Ruiz | Chief Financial Officer | Velora Motors Ltd\n\n"
              "> From: Tom Bell\n> Subject: oxide\n>\n"
              "> The material still comes from Longyan Hexin Separation, the unit of\n"
              "> Xiamen Tungsten that separates terbium oxide in Longyan, Fujian.\n"
              ">> Is the licence through? We need the answer before the board meets\n"
              ">> next week, because the first shipment leaves from Shanghai.\n")
    text = read_article(write(tmp_path, "thread.txt", thread)).text
    assert text.split("\n")[3:] == [
        "Thanks, noted. We will order the same volume of terbium oxide again next quarter, as agreed with the "
        "supplier on Monday.", "",
        "Ana Ruiz | Chief Financial Officer | Velora Motors Ltd", "",  # a signature, not a breadcrumb trail
        "From: Tom Bell", "Subject: oxide", "",
        "The material still comes from Longyan Hexin Separation, the unit of Xiamen Tungsten that separates "
        "terbium oxide in Longyan, Fujian.",
        "Is the licence through? We need the answer before the board meets next week, because the first "
        "shipment leaves from Shanghai."]
    assert clean_text("Home | News | Markets") == ""  # a breadcrumb trail still goes


def test_adverts_marked_by_class_and_reading_lists_under_bracketed_or_more_from_headings_go():
    html = ("<html><body><main><p>Story.</p><ul><li class='sponsored'><span>Sponsored</span>"
            "<h2>Kinetic Funds: strategic returns</h2><p>Our fund holds China Northern Rare Earth.</p></li>"
            "<li><h2>Ningbo Yunsheng denies talks</h2></li></ul><div class='ad-slot'>Buy magnets</div>"
            "</main></body></html>")
    assert parse_html(html)[1] == "Story.\n- Ningbo Yunsheng denies talks"
    text = ("Story.\n\n【Recommended reading】\n▶ Xinda Magnet buys 30% of Huamao Precision\n▶ Ten questions\n\n"
            "More from Opinion\n- Vietnam Rare Earth to supply Solvay? Hanoi's moment\n\n"
            "People also viewed\nAva Lin · CEO at Tessaro Motors · Connect\n\n"
            "OTHER NOTICES IN THIS BULLETIN\n * Register 2025-0931  Fortune Metals to merge into Jiangxi Tungsten\n"
            "   Holding (proposal stage)\n\nRelated transcripts\n- Xiamen Tungsten takes control of Golden Dragon\n\n"
            "RELATED INTERVIEWS\n- \"We will supply Europe first\": Nordkapp Minerals CEO Ingrid Solberg\n\n"
            "## Related episodes\n- Ep. 80 — Iluka's Eneabba refinery\n\nEnd.")
    assert clean_text(text) == "Story.\n\nEnd."


def test_html_cells_spanning_rows_and_columns_fill_every_row_and_a_two_row_header_becomes_one() -> None:
    html = ("<table><thead><tr><th rowspan='2'>Exporter</th><th colspan='2'>Q1</th></tr>"
            "<tr><th>Volume</th><th>Value</th></tr></thead>"
            "<tr><td rowspan='2'>JL Mag<br>(Ganzhou, Jiangxi)</td><td>412</td><td>38</td></tr>"
            "<tr><td>265</td><td>24</td></tr><tr><td rowspan='99999999'>Shenghe</td><td colspan='²'>1</td></tr>"
            "</table>")
    assert parse_html(html)[1].split("\n") == [
        "| Exporter | Q1 Volume | Q1 Value |", "|---|---|---|", "| JL Mag (Ganzhou, Jiangxi) | 412 | 38 |",
        "| JL Mag (Ganzhou, Jiangxi) | 265 | 24 |", "| Shenghe | 1 |"]


def test_a_list_nested_under_a_label_joins_the_labels_line_and_other_court_announcements_go(tmp_path: Path):
    text = ("# Profiles\n\n- **Hunan Yaoyang Magnet Co., Ltd.**\n  - Headquarters: Loudi, Hunan\n  - Shareholders:\n"
            "    - Loudi Industrial Investment, 51%\n    - Xiangtan Keda Alloy Co., Ltd., 49%\n  - Chairman: Tan Li\n\n"
            "Other announcements from this court\n- (2025) No. 1102: auction of a 35% interest in Xunwu Jinyuan Mining\n")
    assert read_article(write(tmp_path, "profiles.md", text)).text.split("\n")[2:6] == [
        "- Hunan Yaoyang Magnet Co., Ltd.", "- Headquarters: Loudi, Hunan",
        "- Shareholders: Loudi Industrial Investment, 51%; Xiangtan Keda Alloy Co., Ltd., 49%", "- Chairman: Tan Li"]
    assert "Jinyuan" not in read_article(write(tmp_path, "profiles.md", text)).text


def test_a_text_table_aligned_by_spaces_without_a_rule_becomes_a_pipe_table():
    text = ("Annex\n\nNo.  Indicator holder           Enterprise                    Location\n"
            "1    China Northern Rare Earth  Baotou Huamei Co., Ltd.       Baotou, Inner Mongolia\n"
            "2    China Rare Earth Group     Xinfeng Separation Plant      Xinfeng County, Ganzhou\n\n"
            "Chairman  Wang Li\nSecretary  Zhou Min\n")  # two columns: field lines, no table
    assert aligned_tables(text).split("\n") == [
        "Annex", "", "| No. | Indicator holder | Enterprise | Location |", "| --- | --- | --- | --- |",
        "| 1 | China Northern Rare Earth | Baotou Huamei Co., Ltd. | Baotou, Inner Mongolia |",
        "| 2 | China Rare Earth Group | Xinfeng Separation Plant | Xinfeng County, Ganzhou |", "",
        "Chairman  Wang Li", "Secretary  Zhou Min", ""]


def test_a_markdown_interview_with_bold_questions_is_labelled_q_and_a(tmp_path: Path):
    text = ("# Interview\n\nChen Hao chairs Tianrun Magnetics.\n\n**Where does your metal come from?**\n\n"
            "From China Northern Rare Earth.\n\n**There were reports of a takeover.**\n\nThey were wrong.\n\n"
            "**Who buys your magnets?**\n\nGoldwind.\n\n**Note**\n")
    assert read_article(write(tmp_path, "interview.md", text)).text.split("\n\n")[1:] == [
        "Chen Hao chairs Tianrun Magnetics.", "Q: Where does your metal come from?",
        "A: From China Northern Rare Earth.", "Q: There were reports of a takeover.", "A: They were wrong.",
        "Q: Who buys your magnets?", "A: Goldwind.", "Note"]
    one_bold_question = "# Note\n\n**Why now?**\n\nBecause.\n"
    assert "Q:" not in read_article(write(tmp_path, "note.md", one_bold_question)).text


def test_fields_set_side_by_side_on_one_line_go_one_to_a_line(tmp_path: Path):
    text = ("Our subsidiaries\n\nBaotou Kunlun Magnetic Materials Co., Ltd.\n"
            "  Place of establishment: Baotou, PRC | Date: 6 June 2018 | Interest held: 100%\n")
    assert read_article(write(tmp_path, "subsidiaries.txt", text)).text.split("\n")[2:] == [
        "Baotou Kunlun Magnetic Materials Co., Ltd.", "Place of establishment: Baotou, PRC", "Date: 6 June 2018",
        "Interest held: 100%"]


def test_comma_separated_rows_under_a_header_line_become_a_table(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Capacity table pasted below.\n\ncompany,parent,province,capacity_tpa\n"
                    '"Linyi Dongfang Magnet Co., Ltd.",Baotou Tianrun,Shandong,3000\n'
                    "Wuwei Qilian Metals Co. Ltd.,Gansu Rare Earth,Gansu,3200\n\n"
                    "Baotou, Inner Mongolia, China\n", encoding="utf-8")
    assert read_article(path).text.split("\n")[2:6] == [
        "| company | parent | province | capacity_tpa |", "| --- | --- | --- | --- |",
        "| Linyi Dongfang Magnet Co., Ltd. | Baotou Tianrun | Shandong | 3000 |",
        "| Wuwei Qilian Metals Co. Ltd. | Gansu Rare Earth | Gansu | 3200 |"]


def test_pipe_separated_rows_without_outer_pipes_under_a_header_become_a_table(tmp_path):
    path = tmp_path / "extract.txt"
    path.write_text("--- SHAREHOLDERS (2) ---\nNo. | Shareholder | Share\n1 | Shenghe Resources | 30.00%\n",
                    encoding="utf-8")
    assert read_article(path).text.split("\n")[1:4] == [
        "| No. | Shareholder | Share |", "| --- | --- | --- |", "| 1 | Shenghe Resources | 30.00% |"]
