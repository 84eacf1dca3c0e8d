"""End-to-end robustness: defective input through the real CLI, long articles, vanishing files.

Every bad file is skipped with a message naming it and the problem; the rest is
ingested; the exit status is non-zero only when nothing could be ingested.
"""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from rekg.extract import _chunks
from rekg.ingest import IngestError, read_article
from rekg.pipeline import Pipeline
from rekg.store import EmbeddedStore

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
REKG = [str(Path(sys.executable).parent / "rekg")]


def rekg(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a subprocess."""
    return subprocess.run([*REKG, *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          timeout=300, check=False)


def count(store: Path, sparql: str) -> int:
    """One integer from a query, read through a read-only store."""
    (row,) = EmbeddedStore(store, read_only=True).query(sparql)
    return int(row[0].value)


ARTICLES = "SELECT (COUNT(*) AS ?n) { ?a a rekg:Article }"


@pytest.fixture(scope="module")
def defective_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with one good article and every kind of defect the CLI must survive."""
    folder = tmp_path_factory.mktemp("defective")
    good = SEEDS[0].read_text(encoding="utf-8")
    files: dict[str, bytes] = {
        "a_good.txt": good.encode(),
        "b_empty.txt": b"",
        "c_blank.md": b" \n\t\n",
        "d_png.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "e_pdf.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        "f_latin1.txt": "Baotou Steel’s café".encode("cp1252"),
        "g_nul.txt": b"Northern Rare Earth\x00\x00 owns things",
        "h_utf16.txt": codecs.BOM_UTF16_LE + "Baotou Steel owns Northern Rare Earth.\n".encode("utf-16-le"),
        "i_surrogate.txt": "Baotou Steel \ud800owns Northern Rare Earth.\u2028Next line.".encode(
            "utf-8", "surrogatepass"),
        "j_deep.html": ("<div>" * 10_000 + "<p>China Northern Rare Earth Group produces NdPr oxide.</p>"
                        + "</div>" * 10_000).encode(),
        "k_chrome.html": b"<html><body><nav>Home | About</nav><footer>Privacy Policy</footer></body></html>",
    }
    for name, content in files.items():
        (folder / name).write_bytes(content)
    (folder / "sub").mkdir()
    (folder / "sub" / "loop").symlink_to(folder)  # a directory symlink loop
    (folder / "sub" / "self.txt").symlink_to(folder / "sub" / "self.txt")  # a symlink to itself
    (folder / "sub" / "dangling.txt").symlink_to(folder / "missing.txt")
    return folder


def test_cli_skips_each_defect_with_its_reason_and_ingests_the_rest(defective_folder: Path,
                                                                   tmp_path: Path) -> None:
    result = rekg("ingest", defective_folder, "--store", tmp_path / "store", cwd=tmp_path)
    d = defective_folder
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"skipped {d}/b_empty.txt: empty file",
        f"skipped {d}/c_blank.md: empty file (only whitespace)",
        f"skipped {d}/d_png.txt: binary file (looks like PNG), not an article",
        f"skipped {d}/e_pdf.txt: binary file (looks like PDF), not an article",
        f"skipped {d}/f_latin1.txt: not valid UTF-8 text (byte 0x92 at offset 12)",
        f"skipped {d}/g_nul.txt: binary file (contains NUL bytes), not an article",
        f"skipped {d}/k_chrome.html: no article text left after removing markup and web chrome",
        f"skipped {d}/sub/dangling.txt: broken symlink (its target does not exist)",
        f"skipped {d}/sub/self.txt: symlink loop (the link points back to itself)",
    ]
    assert result.stdout.startswith("4 ingested, 0 unchanged, 9 skipped; ")
    store = tmp_path / "store"
    assert count(store, ARTICLES) == 4
    sources = EmbeddedStore(store, read_only=True).query(
        "SELECT ?f { ?a rekg:sourceFile ?f } ORDER BY ?f")
    assert [row["f"].value for row in sources] == ["a_good.txt", "h_utf16.txt", "i_surrogate.txt",
                                                   "j_deep.html"]
    texts = EmbeddedStore(store, read_only=True).query("SELECT ?t { ?a dcterms:title ?t }")
    for row in texts:  # no lone surrogate and no U+2028 reaches the store
        assert "\ud800" not in row["t"].value and "\u2028" not in row["t"].value
    assert read_article(d / "i_surrogate.txt").text == "Baotou Steel \ufffdowns Northern Rare Earth.\nNext line."

    again = rekg("ingest", defective_folder, "--store", store, cwd=tmp_path)
    assert again.returncode == 0
    assert again.stdout.startswith("0 ingested, 4 unchanged, 9 skipped; ")


def test_cli_fails_only_when_nothing_could_be_ingested(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"")
    result = rekg("ingest", tmp_path / "bad.txt", tmp_path / "nowhere", "--store", tmp_path / "s",
                  cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"skipped {tmp_path}/bad.txt: empty file",
        f"skipped {tmp_path}/nowhere: no such file or directory",
        "Error: nothing could be ingested",
    ]
    assert result.stdout == "0 ingested, 0 unchanged, 2 skipped; 0 relation triples written; store holds " \
        f"{count(tmp_path / 's', 'SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }')} quads\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file without read permission "
                    "(tests/test_ingest.py covers the message with a simulated PermissionError)")
def test_cli_skips_unreadable_file(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("Baotou Steel owns Northern Rare Earth.", encoding="utf-8")
    locked.chmod(0)
    result = rekg("ingest", locked, SEEDS[0], "--store", tmp_path / "s", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr.splitlines() == [f"skipped {locked}: permission denied"]


def test_file_that_disappears_mid_run_is_skipped(tmp_path: Path) -> None:
    """The folder is listed first; a file deleted before it is read is reported, not fatal."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"")
    for name, seed in zip(("b.txt", "c.txt"), SEEDS):
        (folder / name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    errors: list[str] = []

    def on_error(error: IngestError) -> None:  # runs when a.txt fails, before c.txt is read
        errors.append(str(error))
        (folder / "c.txt").unlink(missing_ok=True)

    report = Pipeline(EmbeddedStore(tmp_path / "store")).ingest([folder], on_error=on_error)
    assert errors == [f"{folder}/a.txt: empty file", f"{folder}/c.txt: no such file or directory"]
    assert report.ingested == ["b.txt"]


def _paragraphs(n: int) -> Iterator[str]:
    body = SEEDS[1].read_text(encoding="utf-8")
    for i in range(n):
        yield f"Part {i}.\n\n{body}"


def test_article_longer_than_spacy_max_length_is_read_whole(tmp_path: Path) -> None:
    """Nothing is truncated: chunks at line breaks, offsets relative to the whole article."""
    (tmp_path / "long.txt").write_text("\n\n".join(_paragraphs(6)), encoding="utf-8")
    article = read_article(tmp_path / "long.txt")
    pipeline = Pipeline(EmbeddedStore(tmp_path / "store"))
    whole = pipeline.extractor.read(article)
    pipeline.extractor.nlp.max_length = 2_000  # forces about a dozen chunks
    chunked = pipeline.extractor.read(article)
    assert len(article.text) > 6 * 2_000
    for mention in chunked.mentions:
        assert article.text[mention.start:mention.end] == mention.text
    for relation in chunked.relations:
        evidence = relation.evidence
        assert article.text[evidence.start:evidence.end].strip() == evidence.sentence
    last_part = article.text.rindex("Part 5.")
    assert any(r.evidence.start > last_part for r in chunked.relations)  # the end was read
    assert {(r.subject.text, r.predicate, r.object.text, r.evidence.start) for r in chunked.relations} \
        == {(r.subject.text, r.predicate, r.object.text, r.evidence.start) for r in whole.relations}

    report = pipeline.ingest([tmp_path / "long.txt"])
    assert report.ingested == ["long.txt"] and report.triples > 0


def test_20_mb_article_is_read_completely_and_split_under_max_length(tmp_path: Path) -> None:
    body = read_article(SEEDS[1]).text  # already clean, so reading it again changes nothing
    text = "\n\n".join(f"Part {i}.\n\n{body}" for i in range(20_000_000 // len(body) + 1))
    (tmp_path / "huge.txt").write_text(text, encoding="utf-8")
    assert (tmp_path / "huge.txt").stat().st_size > 20_000_000
    article = read_article(tmp_path / "huge.txt")
    assert article.text == text
    chunks = list(_chunks(article.text, 1_000_000))
    assert "".join(chunk for chunk, _ in chunks) == article.text
    assert [last for _, last in chunks] == [False] * (len(chunks) - 1) + [True]
    assert all(len(chunk) <= 1_000_000 for chunk, _ in chunks)
    assert all(chunk.endswith("\n\n") for chunk, _ in chunks[:-1])


def test_chunks_without_line_breaks_cut_at_spaces_then_hard() -> None:
    assert list(_chunks("aaa bbb ccc", 5)) == [("aaa ", False), ("bbb ", False), ("ccc", True)]
    assert list(_chunks("abcdefgh", 3)) == [("abc", False), ("def", False), ("gh", True)]
    assert list(_chunks("a\nb c\n\nd", 7)) == [("a\nb c\n\n", False), ("d", True)]


def test_store_in_use_by_another_process_is_a_clear_error_and_readers_keep_working(
        tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = rekg("ingest", SEEDS[0], "--store", store, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); "
         "print('open', flush=True); sys.stdin.read()", str(store)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        second = rekg("ingest", SEEDS[1], "--store", store, cwd=tmp_path)
        assert second.returncode == 1
        assert second.stderr == (f"Error: store {store} is in use by another rekg process; "
                                 "wait for it to finish\n")
        reader = rekg("query", "SELECT (COUNT(*) AS ?n) { ?a a rekg:Article }", "--format", "csv",
                      "--store", store, cwd=tmp_path)
        assert (reader.returncode, reader.stdout) == (0, "n\n1\n")  # text mode reads CRLF as LF
    finally:
        holder.communicate("")
    after = rekg("ingest", SEEDS[1], "--store", store, cwd=tmp_path)
    assert after.returncode == 0 and count(store, ARTICLES) == 2
