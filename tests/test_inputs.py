"""`kg build` on hostile article files: one line per bad file, the rest built, nothing stored lost."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg import store as kgstore
from kg.cli import main
from kg.export import export
from kg.ingest import read_article

from .conftest import EXAMPLES

GOOD = (EXAMPLES / "prabowo-putin-st-petersburg.txt").read_text(encoding="utf-8")
KEPT = EXAMPLES / "jokowi-xi-chengdu.txt"
ARTICLE_GRAPH = "https://w3id.org/dkg/id/article/"


def _build(store: Path, *paths: Path, extra: tuple[str, ...] = ()) -> Result:
    args = ["build", "--quiet", "--store", str(store), *extra, *map(str, paths)]
    return CliRunner().invoke(main, args, catch_exceptions=False)


def _errors(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


def _graph_size(store: Path, name: str) -> int:
    """Quads in the graph of the article read from the file named ``name`` (without suffix)."""
    db = kgstore.open_store(store, read_only=True)
    rows = kgstore.select(
        db, "SELECT ?g ?f WHERE { GRAPH ?g { ?a <https://w3id.org/dkg/ontology#sourceFile> ?f } }"
    ).rows
    graphs = {g.value for g, f in rows if g is not None and f is not None and Path(f.value).stem == name}
    out = io.BytesIO()
    export(db, "nquads", out)
    text = out.getvalue().decode("utf-8")
    return sum(text.count(f"<{g}> .\n") for g in graphs)


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store already holding one article, built before the hostile build."""
    store = tmp_path_factory.mktemp("before") / "store"
    assert _build(store, KEPT).exit_code == 0
    return store


@pytest.fixture
def store(stored: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(stored, copy)
    return copy


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def _unreadable(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod 000; where that does not bite (tests run as root), opening the file is refused."""
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    if os.access(path, os.R_OK):
        real_open = Path.open

        def refuse(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refuse)


def _loop(folder: Path) -> Path:
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to("..", target_is_directory=True)
    return folder / "sub" / "up"


Maker = Callable[[Path, pytest.MonkeyPatch], Path]
REFUSED: dict[str, tuple[Maker, str]] = {
    "empty": (lambda f, mp: _write(f / "empty.txt", b""), "empty file"),
    "binary": (lambda f, mp: _write(f / "bin.txt", bytes(range(256)) * 8), "binary file, not a text or HTML article"),
    "folder named x.txt": (lambda f, mp: _mkdir(f / "x.txt"), "a folder named like an article file; skipped"),
    "unreadable": (lambda f, mp: _call(_unreadable, f / "locked.txt", mp), "cannot read file (Permission denied)"),
    "dangling link": (lambda f, mp: _link(f / "gone.txt", "nowhere.txt"), "broken symbolic link"),
    "link to itself": (lambda f, mp: _link(f / "self.txt", "self.txt"), "symbolic link loop"),
    "symlink loop": (lambda f, mp: _loop(f), "symbolic link loop (leads back to a folder above it)"),
    "too large": (lambda f, mp: _write(f / "big.txt", b"kata " * 500_000), "too large (2.4 MB; the limit is 2 MB"),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _mkdir(path: Path) -> Path:
    path.mkdir()
    (path / "inside.txt").write_text(GOOD, encoding="utf-8")
    return path


def _link(path: Path, target: str) -> Path:
    path.symlink_to(target)
    return path


def _call(f: Callable[[Path, pytest.MonkeyPatch], None], path: Path, mp: pytest.MonkeyPatch) -> Path:
    f(path, mp)
    return path


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_inputs_bad_file_is_one_line_and_the_rest_is_built(
    case: str, tmp_path: Path, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make, problem = REFUSED[case]
    folder = _folder(tmp_path)
    bad = make(folder, monkeypatch)
    kept_before = _graph_size(store, KEPT.stem)
    result = _build(store, folder)
    assert result.exit_code == 1, result.output
    errors = _errors(result)
    assert len(errors) == 1 and errors[0].startswith(f"error: {bad}: {problem}"), errors
    assert _graph_size(store, "good") > 100  # the rest of the build went on
    assert _graph_size(store, KEPT.stem) == kept_before  # what was stored before is not lost


def test_inputs_a_loop_in_the_folder_still_builds_every_file_once(tmp_path: Path, store: Path) -> None:
    folder = _folder(tmp_path)
    _loop(folder)
    (folder / "sub" / "second.txt").write_text(GOOD.replace("Putin", "Lavrov"), encoding="utf-8")
    result = _build(store, folder)
    assert len(_errors(result)) == 1
    assert _graph_size(store, "good") > 100 and _graph_size(store, "second") > 100


def test_inputs_a_stored_article_whose_file_turns_bad_keeps_its_graph(tmp_path: Path, store: Path) -> None:
    before = _graph_size(store, KEPT.stem)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / KEPT.name).write_bytes(b"\x00\x01\x02\x03" * 100)
    result = _build(store, folder)
    assert result.exit_code == 1
    assert _graph_size(store, KEPT.stem) == before


def test_inputs_max_size_raises_the_limit(tmp_path: Path, store: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "long.txt").write_text(GOOD + "\n\n" + "Kedua pemimpin membahas energi. " * 80_000, encoding="utf-8")
    refused = _build(store, folder)
    assert refused.exit_code == 1 and "long.txt: too large" in refused.stderr
    assert "--max-size" in refused.stderr
    allowed = _build(store, folder, extra=("--max-size", "3MB"))
    assert allowed.exit_code == 0, allowed.output
    assert _graph_size(store, "long") > 100


def test_inputs_max_size_that_is_not_a_size_is_a_usage_error(tmp_path: Path) -> None:
    result = _build(tmp_path / "s", EXAMPLES, extra=("--max-size", "lots"))
    assert result.exit_code == 2
    assert "2MB, 500KB or a number of bytes" in result.stderr


def _cp1252(folder: Path) -> Path:
    return _write(folder / "cp.txt", GOOD.replace("Putin", "Putin di caf\u00e9 \u201cNeva\u201d").encode("cp1252"))


def _utf16(folder: Path) -> Path:
    return _write(folder / "u16.txt", GOOD.encode("utf-16"))


def _nul(folder: Path) -> Path:
    return _write(folder / "nul.txt", GOOD[:400].encode() + b"\x00" + GOOD[400:].encode())


def _html(folder: Path) -> Path:
    paragraphs = "".join(f'<p style="color:red">{p}</p>' for p in GOOD.split("\n\n"))
    page = (
        "<html><head><style>.hidden{display:none}</style><script>var scriptSecret = 1;</script></head>"
        f"<body><article>{paragraphs}<script>document.write('scriptSecret')</script>"
        "<style>p{color:blue}</style></article></body></html>"
    )
    return _write(folder / "page.html", page.encode("utf-8"))


DECODED: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "cp1252": (_cp1252, "café “Neva”", "\ufffd"),
    "utf-16 with BOM": (_utf16, "Deklarasi Kemitraan Strategis", "\x00"),
    "NUL inside text": (_nul, "Deklarasi Kemitraan Strategis", "\x00"),
    "html with script and style": (_html, "Deklarasi Kemitraan Strategis", "scriptSecret"),
}


@pytest.mark.parametrize("case", sorted(DECODED))
def test_inputs_odd_but_readable_file_is_built(case: str, tmp_path: Path, store: Path) -> None:
    make, present, absent = DECODED[case]
    folder = _folder(tmp_path)
    path = make(folder)
    result = _build(store, folder)
    assert result.exit_code == 0, result.output
    assert _graph_size(store, path.stem) > 100
    out = io.BytesIO()
    export(kgstore.open_store(store, read_only=True), "nquads", out)
    quads = out.getvalue().decode("utf-8").splitlines()
    text = read_article(path).text
    assert present in text
    assert absent not in text and absent not in "\n".join(quads)
    assert "color" not in text
