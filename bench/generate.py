"""Synthetic Indonesian diplomatic news articles for the benchmarks, deterministic per seed.

Each article is drawn from its own random stream (seed and index), so the first 10,000 articles
of a 10,100-article run are byte-identical to a 10,000-article run: the incremental case adds
articles 10,000 to 10,099 to a store built from 0 to 9,999.

Actor, place, position, meeting, document and sector names are the ontology's own labels, read
with queries/lexicon.rq (the query the extractor uses); the same ontology and seed give the same
bytes. Unknown actors are made up ("Duta Besar Rusia untuk ASEAN Daren Kostova"). The articles
carry the genre's page furniture: breadcrumbs, "Baca Juga:" links, bylines, copyright lines.

    python bench/generate.py --count 10000 --out /tmp/articles
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
# Used only when the ontology has no labels of a kind yet (a gazetteer still to be written).
FALLBACK = {
    "Country": ["Indonesia", "Rusia", "Malaysia", "Tiongkok", "Jepang", "India", "Vietnam", "Thailand"],
    "Organization": ["ASEAN", "BRICS", "PBB", "SCO", "APEC"],
    "Place": ["Jakarta", "Moskow", "Kuala Lumpur", "Beijing", "Bangkok", "Hanoi", "Kazan"],
    "Sector": [
        "perdagangan",
        "investasi",
        "energi",
        "pendidikan",
        "pariwisata",
        "ketahanan pangan",
        "ekonomi digital",
        "pertahanan",
        "kesehatan",
        "kebudayaan",
        "perikanan",
        "infrastruktur",
    ],
    "Person": [],
    "Position": ["Presiden", "Menteri Luar Negeri", "Perdana Menteri", "Duta Besar", "Wakil Menteri"],
    "Summit": ["pertemuan bilateral", "KTT", "forum bisnis", "dialog", "kunjungan kerja"],
    "Agreement": ["Nota Kesepahaman", "Deklarasi Bersama", "rencana aksi", "peta jalan"],
}
OUTLETS = ["ANTARA", "MINA", "Pantau", "Bisnis", "Kompas", "Tempo", "Republika", "Kontan"]
SYLLABLES = [
    "ka",
    "ren",
    "do",
    "mi",
    "sa",
    "tor",
    "vel",
    "ni",
    "ko",
    "ra",
    "li",
    "an",
    "mar",
    "te",
    "yu",
    "go",
    "sha",
    "ber",
    "di",
    "no",
    "la",
    "vin",
    "zo",
    "pe",
]
FILLER = [
    "Kedua pihak sepakat untuk terus memperkuat dialog dan saling pengertian di tengah dinamika kawasan.",
    "Menurut para pengamat, hubungan kedua negara menunjukkan tren yang positif dalam beberapa tahun terakhir.",
    "Pemerintah menegaskan bahwa kerja sama tersebut dibangun atas dasar saling menghormati dan saling menguntungkan.",
    "Sejumlah pelaku usaha menyambut baik langkah tersebut karena dinilai membuka peluang pasar yang lebih luas.",
    "Pihak kementerian menyatakan akan menindaklanjuti hasil pembicaraan melalui kelompok kerja teknis.",
    "Para analis menilai bahwa langkah ini mencerminkan upaya menjaga keseimbangan di tengah persaingan global.",
    "Dalam keterangan tertulisnya, juru bicara menyebut pertemuan berlangsung dalam suasana yang hangat dan terbuka.",
    "Selain itu, kedua delegasi juga bertukar pandangan mengenai isu-isu regional dan global"
    " yang menjadi perhatian bersama.",
    "Langkah tersebut diharapkan dapat meningkatkan volume perdagangan yang sempat menurun akibat pandemi.",
    "Ia menambahkan bahwa komunikasi yang intensif antarpemimpin menjadi kunci keberhasilan kemitraan ini.",
    "Hingga berita ini diturunkan, belum ada keterangan resmi mengenai jadwal pertemuan lanjutan.",
    "Pernyataan itu disampaikan dalam konferensi pers bersama usai pertemuan tertutup"
    " yang berlangsung sekitar dua jam.",
]
RELATED = [
    "Harga Minyak Dunia Naik Tipis Jelang Akhir Pekan",
    "Rupiah Dibuka Menguat terhadap Dolar AS",
    "Timnas Indonesia Bersiap Hadapi Laga Uji Coba",
    "Cuaca Ekstrem Diprediksi Landa Sejumlah Wilayah",
    "Pasar Saham Asia Ditutup Bervariasi",
    "Pemerintah Siapkan Insentif Baru untuk UMKM",
]


@dataclass(frozen=True, slots=True)
class Names:
    """Labels by kind, and for known persons whom they represent (as a label)."""

    by_kind: dict[str, list[str]]
    persons: list[tuple[str, str | None]]

    def pick(self, rng: random.Random, kind: str) -> str:
        return rng.choice(self.by_kind[kind])


def load_names() -> Names:
    """Indonesian (else English) labels of the ontology, in a stable order."""
    from kg.iris import ONTOLOGY_GRAPH
    from kg.settings import Settings
    from kg.store import memory_store, select

    settings = Settings()
    ontology = memory_store(settings.ontology_files(), ONTOLOGY_GRAPH)  # where lexicon.rq reads it, as a build does
    rows = select(ontology, (settings.queries_dir / "lexicon.rq").read_text(encoding="utf-8")).rows
    labels: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    concept_labels: dict[str, str] = {}
    for concept, kind, label, lang, prop in rows:
        if concept is None or kind is None or label is None:
            continue
        if prop is not None and prop.value.endswith("hiddenLabel") and kind.value != "Sector":
            continue  # cue words and variant spellings: not how a writer names the thing
        language = lang.value if lang is not None else ""
        if language in ("id", "") or kind.value in ("Person", "Sector"):
            labels[kind.value][language].add(label.value)
        if language in ("id", "en", "") and (concept.value not in concept_labels or language == "id"):
            concept_labels[concept.value] = label.value
    by_kind = {
        k: sorted(labels[k].get("id", set()) | labels[k].get("", set())) or sorted(labels[k].get("en", set()))
        for k in labels
    }
    for kind, fallback in FALLBACK.items():
        if not by_kind.get(kind):
            by_kind[kind] = list(fallback)
    persons = _persons(settings, concept_labels)
    return Names(by_kind, persons)


def _persons(settings: object, concept_labels: dict[str, str]) -> list[tuple[str, str | None]]:
    from kg import lexicon as lexicon_module

    lexicon = lexicon_module.load(settings.ontology_files(), settings.queries_dir)  # type: ignore[attr-defined]
    out = []
    for concept, kind in sorted(lexicon.kinds.items()):
        if kind != "Person":
            continue
        represents = lexicon.related(concept, "https://w3id.org/dkg/ontology#represents")
        country = concept_labels.get(represents[0]) if represents else None
        out.append((lexicon.label(concept), country))
    return out


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def made_up_name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    return f"{word()} {word()}"


def date_text(rng: random.Random, year: int) -> tuple[str, int, int]:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    form = rng.randrange(3)
    if form == 0:
        return f"{DAYS[rng.randrange(7)]}, {day} {MONTHS[month - 1]} {year}", month, day
    if form == 1:
        return f"{DAYS[rng.randrange(7)]} ({day}/{month}/{year})", month, day
    return f"{day} {MONTHS[month - 1]} {year}", month, day


class _Article:
    """One article's paragraphs, drawn from one random stream."""

    def __init__(self, names: Names, rng: random.Random) -> None:
        self.n, self.rng = names, rng
        self.year = rng.randint(2015, 2025)
        self.outlet = rng.choice(OUTLETS)
        self.countries = rng.sample(names.by_kind["Country"], k=min(3, len(names.by_kind["Country"])))
        self.city = names.pick(rng, "Place")

    def actor(self, country: str) -> str:
        """A title with a known person of that country, or a made-up one."""
        rng = self.rng
        known = [p for p, c in self.n.persons if c == country]
        if known and rng.random() < 0.6:
            return f"{_cap(self.n.pick(rng, 'Position'))} {country} {rng.choice(known)}"
        return f"{_cap(self.n.pick(rng, 'Position'))} {country} {made_up_name(rng)}"

    def sectors(self, k: int) -> str:
        items = self.rng.sample(self.n.by_kind["Sector"], k=min(k, len(self.n.by_kind["Sector"])))
        return ", ".join(items[:-1]) + (" dan " if len(items) > 1 else "") + items[-1]

    def header(self) -> list[str]:
        rng, title = self.rng, self.title()
        out = [
            rng.choice(["Berita Dunia", "Kabar Diplomasi", self.outlet]),
            "HOME  ⁄  Internasional  ⁄  " + rng.choice(["Diplomasi", "Asia", "Eropa", "Global"]),
            title,
        ]
        if rng.random() < 0.5:
            out.append(f"Oleh {made_up_name(rng)}")
        return out

    def title(self) -> str:
        a, b = self.countries[0], self.countries[1]
        return self.rng.choice(
            [
                f"{a} dan {b} Perkuat Kerja Sama di {self.city}",
                f"Menlu {a} Temui Mitranya dari {b}, Bahas Kemitraan Strategis",
                f"{a}-{b} Sepakati Peta Jalan Baru Hubungan Bilateral",
            ]
        )

    def lead(self) -> str:
        when, _, _ = date_text(self.rng, self.year)
        a, b = self.actor(self.countries[0]), self.actor(self.countries[1])
        dateline = self.rng.choice([f"{self.city} ({self.outlet}) – ", f"{self.city}, {self.outlet} – ", ""])
        verb = self.rng.choice(["bertemu dengan", "menggelar pertemuan dengan", "menerima kunjungan"])
        return (
            f"{dateline}{a} {verb} {b} di {self.city} pada {when}, dalam rangka memperkuat "
            f"{self.n.pick(self.rng, 'Summit')} kedua negara."
        )

    def sectors_para(self) -> str:
        return (
            f"Pertemuan tersebut membahas berbagai sektor prioritas, mulai dari {self.sectors(self.rng.randint(2, 5))}."
        )

    def agreement(self) -> str:
        when, _, _ = date_text(self.rng, self.year)
        doc = self.n.pick(self.rng, "Agreement")
        return (
            f"Kedua pihak juga menandatangani {doc} tentang kerja sama {self.sectors(self.rng.randint(1, 3))} "
            f"pada {when}."
        )

    def unknown_actor(self) -> str:
        org = self.rng.choice(self.n.by_kind["Organization"])
        return (
            f"Duta Besar {self.countries[2]} untuk {org} {made_up_name(self.rng)} mengatakan bahwa pihaknya "
            f"mendukung upaya memperluas kerja sama di bidang {self.sectors(2)}."
        )

    def planned(self) -> str:
        month = MONTHS[self.rng.randrange(12)]
        return (
            f"{_cap(self.n.pick(self.rng, 'Summit'))} berikutnya dijadwalkan digelar di "
            f"{self.n.pick(self.rng, 'Place')} pada {month} {self.year + 1}."
        )

    def footer(self) -> list[str]:
        name = made_up_name(self.rng)
        return [f"Penulis : {name}", f"Editor : {made_up_name(self.rng)}", f"Copyright © {self.outlet} {self.year}"]


def article_text(names: Names, seed: int, index: int) -> str:
    """The text of article ``index`` under ``seed``: 2–6 KB of UTF-8."""
    rng = random.Random(f"{seed}:{index}")
    art = _Article(names, rng)
    target = rng.randint(2000, 5600)
    body = [art.lead(), art.sectors_para()]
    extras = [art.agreement, art.unknown_actor, art.planned, art.sectors_para]
    for make in rng.sample(extras, k=rng.randint(2, 4)):
        body.append(make())
    related = f"Baca Juga: {rng.choice(RELATED)}"
    body.insert(rng.randint(1, len(body)), related)
    head, foot = art.header(), art.footer()
    size = len("\n\n".join(head + body + foot).encode())
    while size < target:
        para = " ".join(rng.sample(FILLER, k=rng.randint(2, 4)))
        if size + len(para.encode()) + 2 > 6000:
            break
        body.insert(rng.randint(1, len(body)), para)
        size += len(para.encode()) + 2
    return "\n\n".join(head + body + foot) + "\n"


# The popular event: one meeting that many articles report, each in its own words. Every report
# names the same day and the same two leaders (so the build merges them into one meeting: the
# merge key is the day and the countries taking part), and picks its own verb, date form,
# dateline, subset of the sectors, filler and furniture.
POPULAR_DAY = "14 Mei 2025"
POPULAR_DATES = ["Rabu (14/5/2025)", "Rabu, 14 Mei 2025", "14 Mei 2025", "Rabu (14/5)"]
POPULAR_HOSTS = ["Presiden Rusia Vladimir Putin", "Presiden Vladimir Putin", "Kepala negara Rusia Vladimir Putin"]
POPULAR_GUESTS = [
    "Perdana Menteri Malaysia Anwar Ibrahim",
    "PM Malaysia Anwar Ibrahim",
    "Perdana Menteri Anwar Ibrahim",
]
POPULAR_VERBS = [
    "bertemu dengan",
    "menggelar pertemuan bilateral dengan",
    "menerima kunjungan",
    "mengadakan pembicaraan dengan",
]
POPULAR_PLACES = ["di Istana Kremlin, Moskow", "di Moskow", "di Kremlin"]
POPULAR_SECTORS = ["Energi", "Perdagangan", "Pendidikan", "Ketahanan Pangan", "Investasi", "Pariwisata", "Teknologi"]
POPULAR_DOCUMENTS = ["Nota kesepahaman", "nota kesepakatan", "memorandum saling pengertian"]


def popular_text(seed: int, index: int) -> str:
    """Report ``index`` of the popular event: the same meeting as every other report, worded its own way."""
    rng = random.Random(f"popular:{seed}:{index}")
    outlet = rng.choice(OUTLETS)
    when = rng.choice(POPULAR_DATES)
    host, guest = rng.choice(POPULAR_HOSTS), rng.choice(POPULAR_GUESTS)
    dateline = rng.choice([f"Moskow ({outlet}) – ", f"Jakarta, {outlet} – ", ""])
    place = rng.choice(POPULAR_PLACES)
    lead = f"{dateline}{host} {rng.choice(POPULAR_VERBS)} {guest} {place} pada {when}."
    sectors = rng.sample(POPULAR_SECTORS, k=rng.randint(2, 5))
    listed = ", ".join(sectors[:-1]) + " dan " + sectors[-1]
    body = [
        lead,
        rng.choice(["Pertemuan tersebut membahas kerja sama di bidang ", "Kedua pemimpin membahas "]) + f"{listed}.",
    ]
    if rng.random() < 0.5:
        document = rng.choice(POPULAR_DOCUMENTS)
        body.append(f"Kedua pihak juga menandatangani {document} tentang kerja sama energi pada {POPULAR_DAY}.")
    for _ in range(rng.randint(2, 6)):
        body.insert(rng.randint(2, len(body)), " ".join(rng.sample(FILLER, k=rng.randint(2, 4))))
    body.insert(rng.randint(1, len(body)), f"Baca Juga: {rng.choice(RELATED)}")
    head = [outlet, "HOME  ⁄  Internasional  ⁄  Diplomasi", "Putin dan Anwar Bertemu di Moskow"]
    foot = [f"Penulis : {made_up_name(rng)}", f"Editor : {made_up_name(rng)}", f"Copyright © {outlet} 2025"]
    return "\n\n".join(head + body + foot) + "\n"


def generate_popular(out: Path, count: int, *, seed: int = 1) -> list[Path]:
    """Write ``count`` reports of the popular event to ``out`` as popular-NNN.txt."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = out / f"popular-{i:03d}.txt"
        path.write_text(popular_text(seed, i), encoding="utf-8")
        paths.append(path)
    return paths


def generate(out: Path, count: int, *, seed: int = 1, start: int = 0) -> list[Path]:
    """Write articles ``start`` .. ``start + count - 1`` to ``out`` as syn-NNNNNN.txt."""
    names = load_names()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        path = out / f"syn-{i:06d}.txt"
        path.write_text(article_text(names, seed, i), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0, help="index of the first article")
    args = parser.parse_args(argv)
    paths = generate(args.out, args.count, seed=args.seed, start=args.start)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
