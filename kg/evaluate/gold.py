"""The gold annotations of a folder: one actor registry, the summits and agreements per article.

An actor named in several places (declared under ``actors``, a participant, a party, whom a
person represents) is one gold actor when the names share a matching key or a Wikidata id.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg.errors import InputError
from kg.evaluate.names import Date, format_date, key, norm, parse_date, tokens


@dataclass(slots=True)
class GoldActor:
    names: list[str]  # declared spellings first
    keys: set[str]
    articles: set[str]  # article stems


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """A gold summit (members: participants) or agreement (members: parties)."""

    article: str  # the article's stem
    name: str
    date: Date | None
    members: tuple[int, ...]  # gold actor indexes
    sectors: tuple[str, ...] = ()  # normalized sector names
    sectors_optional: tuple[str, ...] = ()
    location: str | None = None
    tokens: frozenset[str] = frozenset()

    def title(self) -> str:
        return f"{self.name} [{format_date(self.date)}] ({self.article})"


@dataclass(slots=True)
class Gold:
    files: dict[str, str] = field(default_factory=dict)  # article stem → the file the gold names
    actors: list[GoldActor] = field(default_factory=list)
    summits: list[GoldRecord] = field(default_factory=list)
    agreements: list[GoldRecord] = field(default_factory=list)
    sector_names: dict[str, str] = field(default_factory=dict)  # normalized → display name
    _by_key: dict[str, int] = field(default_factory=dict)

    def actor(self, name: object) -> int | None:
        """The index of the gold actor a name stands for, if any."""
        text = _name(name)
        return None if text is None else self._by_key.get(key(text))

    def actors_named(self, keys: set[str]) -> set[int]:
        return {self._by_key[k] for k in keys if k in self._by_key}

    def actor_name(self, index: int) -> str:
        return self.actors[index].names[0]

    def sector_name(self, normalized: str) -> str:
        return self.sector_names.get(normalized, normalized)


def load_gold(gold_dir: Path, sector_files: list[Path] | None = None) -> Gold:
    """The gold of a folder (YAML files that are not a mapping, like sectors.yaml, are skipped).

    ``sector_files``: sector vocabularies (default: ``sectors.yaml`` in the folder, if any),
    used for the canonical spelling of sector names.

    Raises:
        InputError: a YAML file cannot be parsed, or the folder has no gold file.
    """
    docs = _documents(gold_dir)
    if not docs:
        raise InputError(gold_dir, "no gold annotation files (YAML mappings with 'article', 'summits'...)")
    gold = Gold(files={stem: str(doc.get("article") or stem) for stem, doc in docs})
    _register_actors(gold, docs)
    for stem, doc in docs:
        _add_records(gold, stem, doc)
    default = gold_dir / "sectors.yaml"
    files = sector_files if sector_files else ([default] if default.is_file() else [])
    gold.sector_names.update(_sector_vocabulary(files))
    return gold


def gold_documents(gold_dir: Path) -> list[dict[str, Any]]:
    """The gold files of a folder as they are written, one mapping per article."""
    return [doc for _, doc in _documents(gold_dir)]


def _documents(gold_dir: Path) -> list[tuple[str, dict[str, Any]]]:
    docs = []
    for path in sorted(gold_dir.glob("*")):
        if path.suffix not in (".yaml", ".yml") or not path.is_file():
            continue
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as e:
            raise InputError(path, f"not valid YAML ({str(e).splitlines()[0]})") from None
        if isinstance(doc, dict):
            docs.append((Path(str(doc.get("article") or path.stem)).stem, doc))
    return docs


def _sector_vocabulary(files: list[Path]) -> dict[str, str]:
    names = {}
    for path in files:
        try:
            entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        except (OSError, yaml.YAMLError) as e:
            raise InputError(path, f"cannot read the sector vocabulary ({str(e).splitlines()[0]})") from None
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and entry.get("name"):
                names[norm(entry["name"])] = str(entry["name"])
    return names


def _as_list(value: object) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _name(value: object) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    return None if value is None else str(value).strip() or None


# -- actors ------------------------------------------------------------------------------
@dataclass(slots=True)
class _Mention:
    name: str
    article: str
    declared: bool
    keys: set[str]


def _mentions(stem: str, doc: dict[str, Any]) -> list[_Mention]:
    """Every place the document names an actor, declared actors first."""
    found: list[tuple[object, bool, object]] = []  # (name, declared, wikidata)
    for a in _as_list(doc.get("actors")):
        a = a if isinstance(a, dict) else {"name": a}
        found.append((a.get("name"), True, a.get("wikidata")))
        found.extend((r, False, None) for r in _as_list(a.get("represents")))
    for m in _as_list(doc.get("memberships")):
        if isinstance(m, dict):
            found.extend([(m.get("member"), False, None), (m.get("organization"), False, None)])
    for field_name, members in (("summits", "participants"), ("agreements", "parties")):
        for record in _as_list(doc.get(field_name)):
            if isinstance(record, dict):
                found.extend((n, False, None) for n in _as_list(record.get(members)))
    out = []
    for name, declared, wikidata in found:
        text = _name(name)
        if text:
            keys = {key(text)} | ({f"wd:{str(wikidata).strip()}"} if str(wikidata or "").strip() else set())
            out.append(_Mention(text, stem, declared, keys))
    return out


def _register_actors(gold: Gold, docs: list[tuple[str, dict[str, Any]]]) -> None:
    """Group the mentions sharing a key (transitively) into gold actors."""
    mentions = [m for stem, doc in docs for m in _mentions(stem, doc)]
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, m in enumerate(mentions):
        for k in m.keys:
            if k in first:
                parent[find(i)] = find(first[k])
            else:
                first[k] = i
    groups: dict[int, list[_Mention]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[find(i)].append(m)
    for group in groups.values():
        group.sort(key=lambda m: not m.declared)
        actor = GoldActor(
            names=list(dict.fromkeys(m.name for m in group)),
            keys=set().union(*(m.keys for m in group)),
            articles={m.article for m in group},
        )
        for k in actor.keys:
            gold._by_key[k] = len(gold.actors)
        gold.actors.append(actor)


# -- summits and agreements ----------------------------------------------------------------
def _add_records(gold: Gold, stem: str, doc: dict[str, Any]) -> None:
    for s in _as_list(doc.get("summits")):
        if isinstance(s, dict):
            name = str(s.get("name") or s.get("id") or "summit")
            gold.summits.append(_record(gold, stem, name, s, "participants", location=_name(s.get("location"))))
    for a in _as_list(doc.get("agreements")):
        if isinstance(a, dict):
            gold.agreements.append(_record(gold, stem, str(a.get("name") or "agreement"), a, "parties"))


def _record(
    gold: Gold, stem: str, name: str, raw: dict[str, Any], members: str, location: str | None = None
) -> GoldRecord:
    return GoldRecord(
        article=stem,
        name=name,
        date=parse_date(raw.get("date")),
        members=tuple(_actor_indexes(gold, raw.get(members))),
        sectors=_sectors(gold, raw.get("sectors")),
        sectors_optional=_sectors(gold, raw.get("sectors_optional")),
        location=location,
        tokens=tokens(name),
    )


def _actor_indexes(gold: Gold, names: object) -> list[int]:
    out: list[int] = []
    for name in _as_list(names):
        i = gold.actor(name)
        if i is not None and i not in out:
            out.append(i)
    return out


def _sectors(gold: Gold, names: object) -> tuple[str, ...]:
    out: list[str] = []
    for raw in _as_list(names):
        text = _name(raw)
        if text and norm(text) not in out:
            out.append(norm(text))
            gold.sector_names.setdefault(norm(text), text)  # the gold's spelling, unless a vocabulary has one
    return tuple(out)
