"""What users read is tested: the README lists every command and option that --help shows."""

import re
import tomllib
from importlib import import_module

import click
import pytest

from kg.cli import main

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(command: str) -> str:
    m = re.search(rf"^### kg {command}\n(.*?)(?=^### |^## )", README, re.S | re.M)
    assert m, f"README has no '### kg {command}' section"
    return m.group(1)


@pytest.mark.parametrize("name", sorted(main.commands))
def test_docs_every_command_has_a_readme_section_with_an_example(name: str) -> None:
    section = _section(name)
    assert f"kg {name}" in section.split("```sh", 1)[1], f"no example of kg {name}"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_docs_every_option_is_in_the_readme_section(name: str) -> None:
    section = _section(name)
    command = main.commands[name]
    for param in command.params:
        if isinstance(param, click.Option) and param.name != "help":
            longest = max(param.opts, key=len)
            assert longest in section, f"kg {name}: {longest} is not in the README"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_docs_every_command_has_help_with_an_example(name: str) -> None:
    help_text = main.commands[name].help or ""
    assert help_text.strip()
    assert "Example: kg " + name in help_text


def test_docs_readme_commands_exist() -> None:
    documented = set(re.findall(r"^### kg (\w+)", README, re.M))
    assert documented == set(main.commands)


def test_docs_quick_start_is_make_demo_and_make_test() -> None:
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    assert re.findall(r"^make \w+", quick, re.M) == ["make demo", "make test"]


def test_docs_entry_points_resolve() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for target in project["project"]["scripts"].values():
        module, _, attr = target.partition(":")
        assert callable(getattr(import_module(module), attr))


def test_docs_exit_codes_are_documented() -> None:
    table = README.split("## Exit codes", 1)[1]
    for code in ("| 0 |", "| 1 |", "| 2 |"):
        assert code in table
