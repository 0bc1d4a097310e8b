"""The rule files beside kg/patterns are read as the YAML they are, once per process."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kg import patterns

FILES = sorted(p.stem for p in Path(patterns.__file__).parent.glob("*.yaml"))


@pytest.mark.parametrize("name", FILES)
def test_patterns_are_read_as_the_pure_python_safe_loader_reads_them(name: str) -> None:
    text = (Path(patterns.__file__).parent / f"{name}.yaml").read_text(encoding="utf-8")
    assert patterns._load(name) == yaml.safe_load(text)


def test_patterns_each_file_is_parsed_once() -> None:
    assert patterns._load("cues") is patterns._load("cues")


def test_patterns_welcoming_a_nation_s_investment_is_no_meeting_but_welcoming_a_leader_is() -> None:
    meet = patterns.cues()["meet"]
    assert meet.search("Mr Srettha welcomed Chinese investment in semiconductors") is None
    assert meet.search("The minister welcomed Saudi investors to the forum") is None
    assert meet.search("Anwar welcomed Xi to the palace") is not None
    assert meet.search("He welcomed President Joko Widodo at the airport") is not None
