"""The build's cache of file identities: unchanged files are not read again, changed ones are,
and a missing, damaged or foreign cache only means reading everything."""

from __future__ import annotations

import json
import os
import time
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import known_files
from kg.cli import main
from kg.known_files import CACHE_NAME
from kg.pipeline import BuildReport, build
from kg.settings import Settings

from .conftest import EXAMPLES, export_bytes

NAMES = ("jokowi-xi-chengdu.txt", "lavrov-asean-kuala-lumpur.txt", "anwar-xi-beijing.txt")
HOUR_AGO = time.time() - 3600


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three example articles last modified an hour ago (a file modified just now is not cached)."""
    found = tmp_path / "in"
    found.mkdir()
    for name in NAMES:
        path = found / name
        path.write_bytes((EXAMPLES / name).read_bytes())
        os.utime(path, (HOUR_AGO, HOUR_AGO))
    return found


def _build(folder: Path, store: Path) -> BuildReport:
    return build([folder], replace(Settings(), store_dir=store), workers=1)


def test_known_files_an_unchanged_file_is_not_read_again(folder: Path, tmp_path: Path) -> None:
    first = _build(folder, tmp_path / "s")
    second = _build(folder, tmp_path / "s")
    assert (first.hashed, first.articles) == (3, 3)
    assert (second.hashed, second.unchanged, second.articles) == (0, 3, 0)


def test_known_files_the_summary_says_how_many_files_were_hashed(folder: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "s")
    CliRunner().invoke(main, ["build", "-q", "--store", store, str(folder)])
    result = CliRunner().invoke(main, ["build", "-q", "--store", store, str(folder)])
    assert result.exit_code == 0
    assert "│ files hashed       │ 0 " in result.stdout
    assert "│ articles in store  │ 3 " in result.stdout


def test_known_files_a_touched_file_is_read_again(folder: Path, tmp_path: Path) -> None:
    _build(folder, tmp_path / "s")
    os.utime(folder / NAMES[0], (HOUR_AGO - 60, HOUR_AGO - 60))  # same text, another time
    report = _build(folder, tmp_path / "s")
    assert (report.hashed, report.unchanged, report.articles) == (1, 3, 0)


def test_known_files_a_file_of_another_size_is_rebuilt(folder: Path, tmp_path: Path) -> None:
    _build(folder, tmp_path / "s")
    target = folder / NAMES[1]
    target.write_text(target.read_text(encoding="utf-8").replace("pariwisata", "perikanan"), encoding="utf-8")
    os.utime(target, (HOUR_AGO, HOUR_AGO))  # the old time: the size tells
    report = _build(folder, tmp_path / "s")
    assert (report.hashed, report.unchanged, report.articles) == (1, 2, 1)
    assert "fisheries" in export_bytes(tmp_path / "s", "nquads").decode().lower()


def test_known_files_text_changed_under_the_same_size_and_time_is_trusted(folder: Path, tmp_path: Path) -> None:
    """The documented limit, as in make and rsync: --force rebuilds such a file."""
    _build(folder, tmp_path / "s")
    target = folder / NAMES[1]
    text = target.read_text(encoding="utf-8")
    assert "Lavrov" in text
    target.write_text(text.replace("Lavrov", "Lavrow"), encoding="utf-8")  # same length
    os.utime(target, (HOUR_AGO, HOUR_AGO))
    assert _build(folder, tmp_path / "s").unchanged == 3
    forced = build([folder], replace(Settings(), store_dir=tmp_path / "s"), force=True, workers=1)
    assert forced.articles == 3 and "Lavrow" in export_bytes(tmp_path / "s", "nquads").decode()


def test_known_files_a_file_modified_just_now_is_read_again(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its time may not change with a second write in the same clock tick, so it is not cached."""
    monkeypatch.setattr(known_files, "RACY_SECONDS", 600.0)  # "just now" however slow the build
    os.utime(folder / NAMES[2])  # now
    _build(folder, tmp_path / "s")
    assert _build(folder, tmp_path / "s").hashed == 1


@pytest.mark.parametrize(
    "cache",
    [
        b"\x00\xff not json",
        b'{"version": "0.1.0", "files": {',  # cut short
        b"[1, 2, 3]",
    ],
    ids=["binary", "truncated", "a-list"],
)
def test_known_files_a_damaged_cache_is_ignored(folder: Path, tmp_path: Path, cache: bytes) -> None:
    _build(folder, tmp_path / "s")
    (tmp_path / "s" / CACHE_NAME).write_bytes(cache)
    target = folder / NAMES[1]
    target.write_text(target.read_text(encoding="utf-8").replace("pariwisata", "perikanan"), encoding="utf-8")
    report = _build(folder, tmp_path / "s")
    assert (report.hashed, report.unchanged, report.articles) == (3, 2, 1)
    _build(folder, tmp_path / "fresh")
    assert export_bytes(tmp_path / "s", "nquads") == export_bytes(tmp_path / "fresh", "nquads")


def test_known_files_an_entry_with_another_identity_is_read_again_when_the_file_changes(
    folder: Path, tmp_path: Path
) -> None:
    """A cached identity is used only while the file's size, time and inode are the recorded ones."""
    _build(folder, tmp_path / "s")
    cache = tmp_path / "s" / CACHE_NAME
    data = json.loads(cache.read_text(encoding="utf-8"))
    key = str((folder / NAMES[0]).resolve())
    data["files"][key][0] += 1  # the recorded size no longer matches the file
    data["files"][key][3:] = ["0" * 16, "0" * 64, "0" * 64]  # a wrong identity that must not be used
    cache.write_text(json.dumps(data), encoding="utf-8")
    report = _build(folder, tmp_path / "s")
    assert (report.hashed, report.unchanged, report.articles) == (1, 3, 0)


def test_known_files_a_cache_made_by_other_code_is_ignored(folder: Path, tmp_path: Path) -> None:
    """Identities depend on the identification code: another version's entries are not used."""
    _build(folder, tmp_path / "s")
    cache = tmp_path / "s" / CACHE_NAME
    data = json.loads(cache.read_text(encoding="utf-8"))
    data["version"] = "another program"
    for entry in data["files"].values():
        entry[3:] = ["0" * 16, "0" * 64, "0" * 64]
    cache.write_text(json.dumps(data), encoding="utf-8")
    report = _build(folder, tmp_path / "s")
    assert (report.hashed, report.unchanged, report.articles) == (3, 3, 0)
