"""kg eval: the same figures as the shared scorer, missing articles counted as missed, and the
matching rules on small hand-made cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from rdflib.term import URIRef

from kg import store as kgstore
from kg.cli import main
from kg.evaluate import CATEGORIES, evaluate
from kg.evaluate.gold import GoldRecord
from kg.evaluate.scoring import Extracted, agreement_weight, summit_weight

from .conftest import EXAMPLES, SHARED, shared_dir, shared_score

SUMMARY = {
    "summits": "summits",
    "participants": "summit_participants",
    "sectors": "summit_sectors",
    "agreements": "agreements",
    "actors": "actors",
}


# -- parity with the shared scorer -------------------------------------------------------------
def _reference(store: Path, gold: Path, sectors: list[Path], out: Path) -> dict:
    """The shared scorer's JSON result on an export of the store."""
    return shared_score(store, gold, sectors, out)


@pytest.fixture(scope="module", params=["samples", "dev", "examples"])
def both(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, object]:
    """(the shared scorer's result, kg eval's result) on one corpus."""
    shared_dir("eval")
    if request.param == "samples":
        store, gold, sectors = request.getfixturevalue("sample_store"), SHARED / "gold", []
    elif request.param == "dev":
        gold = SHARED / "dev" / "gold"
        store, sectors = request.getfixturevalue("dev_store"), [SHARED / "gold" / "sectors.yaml"]
        sectors.append(SHARED / "dev" / "extra-sectors.yaml")
    else:
        store, gold = request.getfixturevalue("example_store"), EXAMPLES.parent / "gold"
        # the examples' gold names sectors of both shared vocabularies and has none of its own
        sectors = [SHARED / "gold" / "sectors.yaml", SHARED / "dev" / "extra-sectors.yaml"]
    reference = _reference(store, gold, sectors, tmp_path_factory.mktemp(f"ref-{request.param}"))
    ours = evaluate(kgstore.open_store(store, read_only=True), gold, sector_files=sectors or None)
    return reference, ours


@pytest.mark.parametrize("category", [*CATEGORIES, "overall"])
def test_evaluate_f1_agrees_with_the_shared_scorer(both: tuple, category: str) -> None:
    reference, ours = both
    mine = ours.overall if category == "overall" else ours.f1(category)
    assert mine == pytest.approx(reference["summary"][category], abs=0.01)


@pytest.mark.parametrize("category", CATEGORIES)
def test_evaluate_lists_the_shared_scorers_errors(both: tuple, category: str) -> None:
    reference, ours = both
    expected, score = reference["metrics"][SUMMARY[category]], ours.scores[category]
    assert (score.gold, score.extracted) == (expected["gold"], expected["extracted"])
    assert score.false_positives[:50] == expected["false_positives"]
    assert score.false_negatives[:50] == expected["false_negatives"]


# -- gold articles the store lacks ------------------------------------------------------------
def _gold_dir(tmp_path: Path, docs: dict[str, dict]) -> Path:
    gold = tmp_path / "gold"
    gold.mkdir()
    for name, doc in docs.items():
        (gold / name).write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return gold


def _example_gold(name: str) -> dict:
    return yaml.safe_load((EXAMPLES.parent / "gold" / name).read_text(encoding="utf-8"))


def _renamed(doc: dict, article: str) -> dict:
    return dict(doc, article=article)


def test_evaluate_missing_articles_get_zero_recall_and_a_warning(example_store: Path, tmp_path: Path) -> None:
    gold = _gold_dir(
        tmp_path,
        {
            "one.yaml": _renamed(_example_gold("anwar-xi-beijing.yaml"), "missing-one.txt"),
            "two.yaml": _renamed(_example_gold("jokowi-putin-moscow.yaml"), "missing-two.txt"),
        },
    )
    result = CliRunner().invoke(main, ["eval", str(gold), "--store", str(example_store), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.stderr == "warning: 2 gold articles are not in the store: missing-one.txt, missing-two.txt\n"
    data = json.loads(result.stdout)
    assert {c: data[c]["recall"] for c in CATEGORIES} == {c: 0.0 for c in CATEGORIES}
    assert data["overall"]["f1"] == 0.0


def test_evaluate_present_articles_give_no_warning(example_store: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(EXAMPLES.parent / "gold"), "--store", str(example_store)])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "overall" in result.stdout


def test_evaluate_counts_only_the_missing_article_as_missed(example_store: Path, tmp_path: Path) -> None:
    present = _example_gold("anwar-xi-beijing.yaml")
    gold = _gold_dir(tmp_path, {"a.yaml": present, "b.yaml": _renamed(present, "missing-copy.txt")})
    result = evaluate(kgstore.open_store(example_store, read_only=True), gold)
    assert result.missing == ["missing-copy.txt"]
    summits = result.scores["summits"]
    assert summits.gold == 2 * len(present["summits"])
    assert summits.true_gold == len(present["summits"])  # every summit of the present copy is found


# -- the matching rules on hand-made records ---------------------------------------------------
def _gold(date: tuple[int, ...] | None, members: tuple[int, ...], name: str = "talks") -> GoldRecord:
    from kg.evaluate.names import tokens

    return GoldRecord(article="a", name=name, date=date, members=members, tokens=tokens(name))


def _extracted(dates: list[tuple[int, ...]], stands_for: dict[str, set[int]], label: str = "meeting") -> Extracted:
    from kg.evaluate.names import tokens

    members = {URIRef(f"urn:x:{m}"): ids for m, ids in stands_for.items()}
    return Extracted(
        node=URIRef("urn:x:record"),
        label=label,
        dates=dates,
        members=list(members),
        stands_for=members,
        location_keys=set(),
        names=[tokens(label)],
        sectors=[],
        sector_keys=set(),
        articles={"a"},
    )


@pytest.mark.parametrize(
    ("gold_date", "extracted_date", "matches"),
    [
        ((2025, 5), (2025, 5, 14), True),  # a more precise date agrees
        ((2025, 5, 14), (2025, 5, 14), True),
        ((2025, 5, 14), (2025, 5), False),  # a vaguer date never agrees
        ((2025, 5), (2025, 6, 1), False),
        ((2025,), (2025, 12, 31), True),
    ],
)
def test_evaluate_summit_date_agrees_at_the_golds_precision(gold_date, extracted_date, matches) -> None:
    weight = summit_weight(_gold(gold_date, (0,)), _extracted([extracted_date], {"putin": {0}}))
    assert (weight is not None) == matches


def test_evaluate_summit_needs_a_shared_participant() -> None:
    gold = _gold((2025, 5, 14), (0, 1))
    assert summit_weight(gold, _extracted([(2025, 5, 14)], {"modi": {2}})) is None
    assert summit_weight(gold, _extracted([(2025, 5, 14)], {"modi": {2}, "putin": {1}})) is not None


@pytest.mark.parametrize(
    ("gold_parties", "extracted_date", "label", "matches"),
    [
        ((0, 1), (2024, 7, 9), "nota kesepahaman", True),  # parties and date
        ((0, 1), (2023, 1, 1), "nota kesepahaman", False),  # parties, wrong date, other name
        ((2,), (2024, 7, 9), "nota kesepahaman", False),  # date, no shared party
        ((2,), (2023, 1, 1), "Joint Statement on Energy", True),  # a close name is enough
    ],
)
def test_evaluate_agreement_matches_by_parties_and_date_or_a_close_name(
    gold_parties, extracted_date, label, matches
) -> None:
    gold = _gold((2024, 7, 9), gold_parties, name="Joint Statement on Energy Cooperation")
    weight = agreement_weight(gold, _extracted([extracted_date], {"russia": {0}, "india": {1}}, label=label))
    assert (weight is not None) == matches


_GRAPH = """
@prefix dkg: <https://w3id.org/dkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
<urn:a:article> a dkg:Article ; schema:identifier "talks.txt" .
<urn:a:putin> a dkg:Person ; rdfs:label "Vladimir Putin"@en ; dkg:represents <urn:a:russia> ;
    dkg:mentionedIn <urn:a:article> .
<urn:a:russia> a dkg:Country ; rdfs:label "Russian Federation"@en ; dkg:mentionedIn <urn:a:article> .
<urn:a:modi> a dkg:Person ; rdfs:label "Narendra Modi"@en ; dkg:mentionedIn <urn:a:article> .
<urn:a:summit> a dkg:Summit ; rdfs:label "Putin-Modi talks"@en ; dkg:date "2024-07-09" ;
    dkg:participant <urn:a:putin>, <urn:a:modi> ; dkg:mentionedIn <urn:a:article> .
"""


@pytest.mark.parametrize(
    ("participants", "true_gold"),
    [(["Russia", "Narendra Modi"], 2), (["Vladimir Putin", "Narendra Modi"], 2), (["China", "Narendra Modi"], 1)],
)
def test_evaluate_person_counts_for_the_country_it_represents(tmp_path: Path, participants, true_gold) -> None:
    (tmp_path / "a.ttl").write_text(_GRAPH, encoding="utf-8")
    db = kgstore.memory_store([tmp_path / "a.ttl"], graph="urn:a:graph/talks")
    summit = {"name": "Putin–Modi talks", "date": "2024-07", "participants": participants}
    actors = [{"name": n} for n in participants]
    gold = _gold_dir(tmp_path, {"talks.yaml": {"article": "talks.txt", "actors": actors, "summits": [summit]}})
    result = evaluate(db, gold)
    assert result.scores["summits"].true_gold == 1
    assert result.scores["participants"].true_gold == true_gold
