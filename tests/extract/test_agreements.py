"""Documents: named, described or counted, with the meeting that adopted them."""

from __future__ import annotations

import pytest
from rdflib.namespace import RDF

from kg.pipeline import Context
from kg.rdf import to_graph
from kg.vocab import DKG
from tests.extract.conftest import Reader, labels, local_ids


def test_agreements_a_counted_set_of_documents_is_a_package(read: Reader) -> None:
    text = (
        "Presiden Vietnam Luong Cuong bertemu Presiden Prabowo Subianto di Jakarta pada Senin (10/3/2025). "
        "Usai pertemuan, kedua pemimpin menyaksikan penandatanganan sembilan nota kesepahaman."
    )
    found = read(text, published="2025-03-11")
    kinds = [a.kind.rsplit("#", 1)[-1] for a in found.agreements]
    assert kinds == ["DocumentPackage"]
    assert found.agreements[0].date is not None and found.agreements[0].date.iso == "2025-03-10"


def test_agreements_a_signing_verb_with_a_glued_suffix(read: Reader) -> None:
    text = (
        "Konferensi Tingkat Tinggi G20 di Nusa Dua ditutup Rabu (16/11/2022) dengan disepakatinya "
        "Deklarasi Pemimpin G20 Bali."
    )
    found = read(text, published="2022-11-17")
    assert [a.date.iso for a in found.agreements if a.date] == ["2022-11-16"]


def test_agreements_a_listed_set_names_each_document(read: Reader) -> None:
    """ "empat dokumen: A; B; C; serta D": the items are the documents, the set is not one more,
    and each item keeps the sectors it names."""
    text = (
        "Presiden Filipina Ferdinand Marcos Jr. bertemu Presiden Prabowo Subianto di Jakarta pada Kamis (6/2/2025). "
        "Keduanya menyaksikan penandatanganan tiga dokumen kerja sama: nota kesepahaman tentang pertanian; "
        "rencana kerja sama pariwisata dan ekonomi kreatif; "
        "serta persetujuan pembebasan visa bagi pemegang paspor dinas."
    )
    found = read(text, published="2025-02-07")
    names = [a.name for a in found.agreements]
    assert names == [
        "nota kesepahaman tentang pertanian",
        "rencana kerja sama pariwisata dan ekonomi kreatif",
        "persetujuan pembebasan visa bagi pemegang paspor dinas",
    ]
    kinds = [a.kind.rsplit("#", 1)[-1] for a in found.agreements]
    assert kinds == ["MemorandumOfUnderstanding", "WorkPlan", "Treaty"]
    sectors = [local_ids(a.sectors) for a in found.agreements]
    assert "agriculture" in sectors[0] and "tourism" in sectors[1] and "agriculture" not in sectors[1]
    assert all(a.date is not None and a.date.iso == "2025-02-06" for a in found.agreements)
    assert all(a.adopted_at == found.summits[0].key for a in found.agreements)


def test_agreements_a_list_after_the_set_it_names_in_the_sentence_before(read: Reader) -> None:
    """ "Ketiga kesepakatan itu ialah ..., ..., serta ...": commas separate items only before
    another kind of document, so "Jakarta dan Singapura" stays inside the first."""
    text = (
        "Perdana Menteri Singapura Lee Hsien Loong dan Presiden Joko Widodo menyaksikan penandatanganan "
        "tiga kesepakatan di Bintan, Selasa (25/1/2022). "
        "Ketiga kesepakatan itu ialah perjanjian penerbangan antara Jakarta dan Singapura, perjanjian ekstradisi, "
        "serta pernyataan bersama menteri pertahanan."
    )
    found = read(text, published="2022-01-25")
    assert [a.name for a in found.agreements] == [
        "perjanjian penerbangan antara Jakarta dan Singapura",
        "perjanjian ekstradisi",
        "pernyataan bersama menteri pertahanan",
    ]


def test_agreements_a_list_of_topics_is_not_a_list_of_documents(read: Reader) -> None:
    text = (
        "Kedua menteri menandatangani sejumlah nota kesepahaman di Hanoi, Senin (3/3/2025), antara lain "
        "di bidang perikanan, pertanian dan pendidikan."
    )
    found = read(text, published="2025-03-04")
    assert [a.kind.rsplit("#", 1)[-1] for a in found.agreements] == ["DocumentPackage"]


def test_agreements_an_english_list_with_articles(read: Reader) -> None:
    """Each item is a document; its name starts at its kind, without the article."""
    text = (
        "Prime Minister Anwar Ibrahim met President Xi Jinping in Kuala Lumpur on Wednesday (April 16, 2025). "
        "The two leaders witnessed the signing of two documents: a memorandum of understanding on railway "
        "cooperation and a letter of intent on tourism."
    )
    found = read(text, published="2025-04-17")
    assert [a.name for a in found.agreements] == [
        "memorandum of understanding on railway cooperation",
        "letter of intent on tourism",
    ]


def test_agreements_a_particle_inside_a_place_in_the_name(read: Reader) -> None:
    text = (
        "KTT BRICS digelar di Rio de Janeiro pada 6-7 Juli 2025. Pada hari pertama para pemimpin mengadopsi "
        "Deklarasi Rio de Janeiro, yang menekankan reformasi tata kelola global."
    )
    found = read(text, published="2025-07-08")
    assert [a.name for a in found.agreements] == ["Deklarasi Rio de Janeiro"]


def test_agreements_a_launched_roadmap_is_a_document(read: Reader) -> None:
    text = (
        "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Inggris Elizabeth Truss di Bali pada "
        "7 Juli 2022. Keduanya mendorong implementasi Peta Jalan Kemitraan Indonesia-Inggris yang diluncurkan "
        "pada April 2022."
    )
    found = read(text, published="2022-07-08")
    roadmap = next(a for a in found.agreements if a.name.startswith("Peta Jalan"))
    assert roadmap.date is not None and roadmap.date.iso == "2022-04"


def test_agreements_items_opened_by_ordinals_after_their_set(read: Reader) -> None:
    """ "empat dokumen ... Pertama, Rencana Aksi ... Kedua, persetujuan ... Ketiga, nota kesepahaman ...":
    each ordinal opens a document of the set, described in lower case or named."""
    text = (
        "Presiden Joko Widodo menerima Presiden Filipina Ferdinand Marcos Jr. di Bogor, Senin (5/9/2022). "
        "Pertemuan ditutup dengan penyerahan tiga dokumen kerja sama yang disaksikan kedua presiden. "
        "Pertama, Rencana Aksi Indonesia-Filipina 2022-2027 yang ditandatangani kedua menlu. "
        "Kedua, persetujuan kegiatan kerja sama di bidang pertahanan yang diteken kedua menhan. "
        "Ketiga, nota kesepahaman kerja sama kebudayaan."
    )
    found = read(text, published="2022-09-06")
    names = [a.name for a in found.agreements]
    assert "Rencana Aksi Indonesia-Filipina 2022-2027" in names
    assert "persetujuan kegiatan kerja sama di bidang pertahanan" in names
    assert "nota kesepahaman kerja sama kebudayaan" in names


def test_agreements_a_meeting_opened_by_a_leader_is_the_meeting_told(read: Reader) -> None:
    text = (
        "Presiden Joko Widodo menggelar pertemuan bilateral dengan Presiden Filipina Ferdinand Marcos Jr. di Bogor, "
        "Senin (5/9/2022). Jokowi membuka pertemuan dengan menyampaikan dukacita atas wafatnya mantan Presiden "
        "Filipina Fidel Ramos pada Juli lalu."
    )
    found = read(text, published="2022-09-06")
    assert [s.date.iso for s in found.summits if s.date] == ["2022-09-05"]


def test_agreements_documents_adopted_by_a_summit_of_an_organization(read: Reader) -> None:
    """ "berakhir dengan pengesahan Deklarasi X serta Rencana Aksi Y": the adoption of two documents
    at the summit of the D-8, an organization the gazetteer knows."""
    text = (
        "Konferensi Tingkat Tinggi ke-13 Organisasi Kerja Sama Ekonomi D-8 berakhir di Kairo, Kamis (16/4/2026), "
        "dengan pengesahan Deklarasi Kairo serta Rencana Aksi Energi D-8 2026-2030."
    )
    found = read(text, published="2026-04-17")
    names = {a.name for a in found.agreements}
    assert {"Deklarasi Kairo", "Rencana Aksi Energi D-8 2026-2030"} <= names
    summit = found.summits[0]
    assert "https://w3id.org/dkg/id/org/d8" in {p.target for p in summit.participants}
    assert all(a.adopted_at == summit.key for a in found.agreements)


def test_agreements_a_document_takes_the_day_the_sentences_on_its_meeting_last_named(read: Reader) -> None:
    text = (
        "Konferensi Tingkat Tinggi G20 di Nusa Dua, Bali, ditutup Rabu (16/11/2022).\n\n"
        "Di sela KTT, Selasa (15/11), Presiden Joko Widodo dan Presiden Amerika Serikat Joe Biden meluncurkan "
        "kemitraan transisi energi. Kemitraan itu menjanjikan pendanaan 20 miliar dolar AS. Indonesia dan "
        "negara-negara mitra mengeluarkan pernyataan bersama mengenai kemitraan tersebut."
    )
    found = read(text, published="2022-11-17")
    statement = next(a for a in found.agreements if "pernyataan" in a.name)
    assert statement.date is not None and statement.date.iso == "2022-11-15"


def test_agreements_a_summit_closed_with_a_statement_and_a_signed_accession(read: Reader) -> None:
    text = (
        "KTT ASEAN-GCC pertama digelar di Riyadh, Jumat (20/10/2023). KTT ditutup dengan pernyataan bersama.\n\n"
        "Arab Saudi sendiri meneken aksesi TAC di Jakarta pada Juli lalu."
    )
    found = read(text, published="2023-10-21")
    kinds = {a.kind.rsplit("#", 1)[-1]: a for a in found.agreements}
    assert kinds["JointStatement"].adopted_at == found.summits[0].key
    accession = kinds["Treaty"]
    assert accession.date is not None and accession.date.iso == "2023-07"
    assert "https://w3id.org/dkg/id/country/saudi-arabia" in {p.target for p in accession.parties}


def test_agreements_memoranda_on_different_topics_are_different_documents(read: Reader) -> None:
    """Two MoUs at one meeting, each named by its topic and signed by its own bodies; a third
    mention with no topic of its own is one of them, not another."""
    text = (
        "Prime Minister Anwar Ibrahim received President Shavkat Mirziyoyev in Putrajaya on Tuesday. "
        "The Malaysian Rubber Board and the Uzbek Textile Agency signed an MoU on rubber research, "
        "while the Penang Port Commission and the Tashkent Logistics Centre exchanged an MoU to develop "
        "a dry port in the Fergana valley. The MoU was welcomed by both leaders."
    )
    found = read(text, published="2025-06-11")
    memoranda = [a for a in found.agreements if a.kind.endswith("MemorandumOfUnderstanding")]
    assert [a.name for a in memoranda] == [
        "MoU on rubber research",
        "MoU to develop a dry port in the Fergana valley",
    ]
    labels = {a.iri: a.label for a in found.actors}
    parties = [{labels.get(p.target) for p in a.parties} for a in memoranda]
    assert parties[0] == {"Malaysian Rubber Board", "Uzbek Textile Agency"}
    assert parties[1] == {"Penang Port Commission", "Tashkent Logistics Centre"}


def test_agreements_a_bracketed_short_form_is_the_same_document(read: Reader) -> None:
    """ "nota kesepahaman (MoU) ... yang ditandatangani oleh A dan B": one document, whose
    signers are read past the bracket."""
    text = (
        "Presiden Joko Widodo bertemu Perdana Menteri Laos Sonexay Siphandone di Vientiane, Senin (6/5/2024). "
        "Jokowi menyambut nota kesepahaman (MoU) energi bersih yang ditandatangani oleh Menteri Energi "
        "Indonesia Bahlil Lahadalia dan Menteri Energi Laos Phoxay Sayasone."
    )
    found = read(text, published="2024-05-07")
    assert len(found.agreements) == 1
    names = {a.iri: a.label for a in found.actors}
    signers = {names.get(p.target) for p in found.agreements[0].signatories}
    assert {"Bahlil Lahadalia", "Phoxay Sayasone"} <= signers
    # they signed for their countries: those are the parties
    assert local_ids(found.agreements[0].parties) == {"indonesia", "laos"}


def test_agreements_a_sector_belongs_to_the_document_of_its_clause(read: Reader) -> None:
    text = (
        "Presiden Prabowo Subianto bertemu Presiden Shavkat Mirziyoyev di Tashkent, Rabu (14/5/2025). "
        "Kedua menteri pertanian menandatangani nota kesepahaman tentang ketahanan pangan, sementara "
        "kedua menteri pendidikan meneken nota kesepahaman tentang pertukaran pelajar."
    )
    found = read(text, published="2025-05-15")
    sectors = {a.name: local_ids(a.sectors) for a in found.agreements}
    assert "food-security" in sectors["nota kesepahaman tentang ketahanan pangan"]
    assert "food-security" not in sectors["nota kesepahaman tentang pertukaran pelajar"]


def test_agreements_an_indonesian_name_goes_on_in_the_nouns_after_its_kind(read: Reader) -> None:
    """ "perjanjian pencegahan kejahatan dan perjanjian pemindahan narapidana": two treaties named
    by the nouns that follow each kind word, up to a function word; a bare later mention is
    one of them."""
    text = (
        "Presiden Prabowo Subianto bertemu Presiden Laos Thongloun Sisoulith di Vientiane, Senin (6/10/2025). "
        "Kedua negara menandatangani perjanjian pencegahan kejahatan dan perjanjian pemindahan narapidana "
        "yang disaksikan kedua pemimpin. Perjanjian itu berlaku tahun depan."
    )
    found = read(text, published="2025-10-07")
    assert [a.name for a in found.agreements] == [
        "perjanjian pencegahan kejahatan",
        "perjanjian pemindahan narapidana",
    ]


def test_agreements_an_english_name_does_not_run_on_into_the_sentence(read: Reader) -> None:
    text = (
        "Prime Minister Anwar Ibrahim met President Tokayev in Astana on Monday. The agreement signed there covers oil."
    )
    found = read(text, published="2025-10-07")
    assert [a.name for a in found.agreements] == ["agreement"]


def test_agreements_one_of_a_signed_set_is_dated_by_its_signing(read: Reader) -> None:
    text = (
        "Presiden Prabowo Subianto menerima Presiden Kazakhstan Kassym-Jomart Tokayev di Istana Merdeka, "
        "Jakarta, Selasa (9/9/2025). Seusai pertemuan, kedua presiden menyaksikan penandatanganan lima "
        "dokumen kerja sama. Salah satunya nota kesepahaman antara Kementerian Pertanian RI dan Kementerian "
        "Pertanian Kazakhstan tentang karantina tumbuhan."
    )
    found = read(text, published="2025-09-10")
    memo = next(a for a in found.agreements if a.kind.endswith("MemorandumOfUnderstanding"))
    assert memo.date is not None and memo.date.iso == "2025-09-09"
    assert memo.adopted_at == found.summits[0].key


def test_agreements_the_lines_of_a_list_a_signing_sentence_opened_with_a_colon(read: Reader) -> None:
    """ "ditandatangani dua dokumen lain, yaitu:" then numbered lines: each line is a document signed
    at the meeting told, and a document kind after "tentang" is its topic, not another document."""
    text = (
        "Menlu Sugiono bertemu Menlu Laos Thongsavanh Phomvihane di Vientiane, Selasa (20/1/2026).\n\n"
        "Pada kesempatan yang sama juga ditandatangani dua dokumen lain, yaitu:\n\n"
        "1. Nota Kesepahaman antara Bank Indonesia dan Bank of the Lao PDR tentang Kerangka Kerja Sama "
        "Penggunaan Mata Uang Lokal;\n\n"
        "2. Nota Kesepahaman di bidang pendidikan tinggi antara Universitas Gadjah Mada dan National University "
        "of Laos."
    )
    found = read(text, published="2026-01-20")
    assert len(found.agreements) == 2
    assert all(a.date is not None and a.date.iso == "2026-01-20" for a in found.agreements)
    assert all(a.adopted_at == found.summits[0].key for a in found.agreements)
    assert local_ids(found.agreements[1].parties) == {"universitas-gadjah-mada", "national-university-of-laos"}


def test_agreements_a_list_line_without_a_signing_opener_is_no_document(read: Reader) -> None:
    text = (
        "Kedua menteri membahas beberapa rencana, yaitu:\n\n"
        "1. Nota Kesepahaman antara Bank Indonesia dan Bank of the Lao PDR tentang mata uang lokal."
    )
    assert not read(text, published="2026-01-20").agreements


def test_agreements_a_protocol_and_agreed_minutes_are_documents(read: Reader) -> None:
    text = (
        "Di akhir sidang, kedua menteri menandatangani Agreed Minutes JCBC ke-4. "
        "Kedua menteri juga menandatangani protokol karantina tumbuhan."
    )
    kinds = {a.kind.rsplit("#", 1)[1] for a in read(text, published="2026-01-20").agreements}
    assert kinds == {"Treaty"}


def test_agreements_a_package_covers_the_documents_told_in_it(read: Reader) -> None:
    """ "enam dokumen kerja sama. Di antaranya nota kesepahaman di bidang pendidikan tinggi ...": the
    package covers its documents' sectors; the joint statement issued beside it does not add its own."""
    text = (
        "Presiden Prabowo Subianto menerima Presiden Mesir Abdel Fattah el-Sisi di Istana Merdeka, Jakarta, "
        "Selasa (10/3/2026).\n\n"
        "Seusai pertemuan, kedua presiden menyaksikan penandatanganan enam dokumen kerja sama. Di antaranya "
        "nota kesepahaman di bidang pendidikan tinggi dan rencana aksi kerja sama pertahanan 2026-2029.\n\n"
        "Kedua presiden juga mengeluarkan pernyataan bersama tentang bantuan kemanusiaan."
    )
    found = read(text, published="2026-03-11")
    package = next(a for a in found.agreements if a.kind.endswith("DocumentPackage"))
    assert {"education", "defense"} <= local_ids(package.sectors)


BUSINESS_DEALS = (
    "NANNING — Pengusaha Indonesia dan Tiongkok meneken sembilan kesepakatan bisnis senilai total US$1,8 miliar "
    "dalam sesi temu bisnis Indonesia-Tiongkok di Nanning, Kamis (17/9/2026).\n\n"
    "Dari sembilan kesepakatan itu, panitia hanya merinci tiga. Yang terbesar adalah kontrak pembelian minyak "
    "sawit mentah antara PT Perkebunan Nusantara III dan COFCO International. Adapun kesepakatan ketiga berupa "
    "nota kesepahaman pengembangan klaster industri kendaraan listrik antara PT Kawasan Industri Terpadu Batang "
    "dan SAIC-GM-Wuling."
)


def test_agreements_the_documents_a_counted_set_goes_on_to_name(read: Reader) -> None:
    found = read(BUSINESS_DEALS, published="2026-09-18")
    kinds = sorted(a.kind.rsplit("#", 1)[-1] for a in found.agreements)
    assert kinds == ["DocumentPackage", "MemorandumOfUnderstanding", "Treaty"]
    assert "United States" not in labels(found)  # "US$" is a currency
    assert "Kawasan Industri Terpadu Batang" in labels(found, "Organization")  # not "... dan SAIC-GM-Wuling"


def test_agreements_a_business_matching_session_is_a_forum(read: Reader) -> None:
    found = read(BUSINESS_DEALS, published="2026-09-18")
    assert any(s.kind.endswith("#Forum") and s.date.iso == "2026-09-17" for s in found.summits)


def test_agreements_the_lines_of_a_list_after_a_colon_are_the_documents(read: Reader) -> None:
    """ "Berikut sebagian MoU yang diteken:" then one numbered line per document: each line is a
    document with the two named between whom it was made, the opener is none; "kedua BUMN
    tersebut" are the two firms of the line before."""
    text = (
        "Penandatanganan sembilan MoU dilakukan dalam Forum Bisnis Indonesia-Tiongkok di Beijing, "
        "Jumat (22/5/2026).\n\n"
        "Berikut sebagian MoU yang diteken:\n\n"
        "1. MoU antara Pertamina dan Sinopec tentang studi kelayakan kilang Balikpapan.\n"
        "2. Perjanjian jual beli LPG jangka panjang, juga antara kedua BUMN tersebut.\n"
        "3. MoU antara Telkom dan Huawei tentang pengembangan pusat data di Batam.\n"
        "4. MoU antara ID Food dan COFCO tentang pasokan beras.\n"
        "5. MoU antara Danantara dan sebuah dana investasi Tiongkok tentang pembiayaan hilirisasi.\n"
    )
    found = read(text, published="2026-05-23")
    single = [a for a in found.agreements if not a.kind.endswith("DocumentPackage")]
    assert len(single) == 5
    assert len(single[0].parties) == 2
    assert local_ids(single[1].parties) == local_ids(single[0].parties)
    assert "pertamina" in local_ids(single[0].parties)
    assert "tentang studi kelayakan" in single[0].name


def test_agreements_a_package_of_the_same_count_told_again_is_one(read: Reader) -> None:
    """The lead's "sembilan nota kesepahaman" and "Penandatanganan sembilan MoU ..., Jumat (22/5)":
    one package, signed on the day told with it."""
    text = (
        "Indonesia dan Tiongkok menandatangani sembilan nota kesepahaman bisnis, sehari setelah dialog "
        "ekonomi tingkat tinggi kedua negara di Beijing, Kamis (21/5/2026). "
        "Penandatanganan sembilan MoU dilakukan dalam Forum Bisnis Indonesia-Tiongkok, Jumat (22/5/2026)."
    )
    found = read(text, published="2026-05-23")
    packages = [a for a in found.agreements if a.kind.endswith("DocumentPackage")]
    assert [a.date.iso for a in packages if a.date] == ["2026-05-22"]


def test_agreements_a_short_opener_lists_the_documents_told_signed_before(read: Reader) -> None:
    """ "ditandatangani 11 kontrak dagang dan nota kesepahaman. Beberapa di antaranya, yaitu:" then
    one line each; "antara Mayora dan Panda Retail": a one-word brand beside a firm is a party."""
    text = (
        "Dalam Forum Bisnis Indonesia-Arab Saudi di Riyadh, Selasa (17/11/2026), ditandatangani 11 kontrak "
        "dagang dan nota kesepahaman. Beberapa di antaranya, yaitu:\n"
        "1. Kontrak pasokan makanan ringan antara Mayora dan Panda Retail senilai USD 45 juta;\n"
        "2. Nota kesepahaman distribusi produk herbal antara Sido Muncul dan Nahdi Medical.\n"
    )
    found = read(text, published="2026-11-18")
    names = [a.name for a in found.agreements]
    assert names[0] == "11 kontrak dagang dan nota kesepahaman"
    assert len(names) == 3
    assert local_ids(found.agreements[1].parties) == {"mayora", "panda-retail"}


def test_agreements_a_set_listed_in_part_is_a_package_beside_its_items(read: Reader) -> None:
    """ "menyaksikan penukaran empat dokumen kerja sama, antara lain A dan B": four documents, two of
    them named; "persetujuan" after "dan" opens the second."""
    text = (
        "Presiden Prabowo Subianto bertemu Presiden Kazakhstan Kassym-Jomart Tokayev di Astana, Selasa "
        "(20/10/2026). Seusai pertemuan, Prabowo dan Tokayev menyaksikan penukaran empat dokumen kerja sama, "
        "antara lain nota kesepahaman di bidang pertanian dan persetujuan kerja sama di bidang pendidikan tinggi."
    )
    found = read(text, published="2026-10-21")
    names = [a.name for a in found.agreements]
    assert names == [
        "empat dokumen kerja sama",
        "nota kesepahaman di bidang pertanian",
        "persetujuan kerja sama di bidang pendidikan tinggi",
    ]


def test_agreements_a_plan_of_consultations_between_the_two_foreign_ministries(read: Reader) -> None:
    """A plan of consultations is a work plan (an ontology label); its parties are the ministry of
    each country named, not the countries beside them."""
    text = (
        "Russian Deputy Foreign Minister Andrey Rudenko held talks with Lao Deputy Foreign Minister "
        "Vilayvong Bouddakham in Manila on Wednesday, July 8, 2026. The deputy ministers signed a plan of "
        "consultations between the foreign ministries of Russia and Laos for 2026-2028."
    )
    found = read(text, published="2026-07-09")
    plan = next(a for a in found.agreements if a.kind.endswith("WorkPlan"))
    # the gazetteer knows Russia's ministry; Laos's is minted with its English name
    assert local_ids(plan.parties) == {"ministry-of-foreign-affairs-of-laos", "russian-mfa"}


def test_agreements_halal_certification_is_reported_as_trade(read: Reader) -> None:
    """The ontology puts the halal industry under Trade: certification of traded goods."""
    text = (
        "Perdana Menteri Anwar Ibrahim bertemu Presiden Kirgistan Sadyr Japarov di Putrajaya, Senin (9/3/2026). "
        "Keduanya menyaksikan penandatanganan nota kesepahaman tentang sertifikasi halal."
    )
    found = read(text, published="2026-03-10")
    assert local_ids(found.agreements[0].sectors) == {"trade"}


def test_agreements_a_handover_of_documents_is_a_signing_and_each_numbered_line_one_document(read: Reader) -> None:
    """ "menyaksikan penyerahan ... dokumen, yakni:" then numbered lines: each line, whatever word
    opens it ("Persetujuan", "Program"), is one document named by the whole line."""
    text = (
        "Presiden Joko Widodo dan Presiden Kazakhstan Kassym-Jomart Tokayev bertemu di Istana Bogor, "
        "Senin (2/6/2025).\n\n"
        "Seusai pertemuan, kedua presiden menyaksikan penyerahan empat dokumen kerja sama, yakni:\n"
        "1. Persetujuan tentang Pembebasan Visa bagi Pemegang Paspor Dinas;\n"
        "2. Nota Kesepahaman tentang Kerja Sama di Bidang Perikanan;\n"
        "3. Nota Kesepahaman tentang Kerja Sama di Bidang Energi; serta\n"
        "4. Program Pertukaran Budaya 2025-2027.\n\n"
        "Kedua pemimpin juga membahas perdagangan."
    )
    found = read(text, published="2025-06-03")
    names = [a.name for a in found.agreements]
    assert names == [
        "empat dokumen kerja sama",
        "Persetujuan tentang Pembebasan Visa bagi Pemegang Paspor Dinas",
        "Nota Kesepahaman tentang Kerja Sama di Bidang Perikanan",
        "Nota Kesepahaman tentang Kerja Sama di Bidang Energi",
        "Program Pertukaran Budaya 2025-2027",
    ]
    assert {a.date.iso for a in found.agreements if a.date} == {"2025-06-02"}


def test_agreements_a_document_that_could_not_yet_be_signed_is_none(read: Reader) -> None:
    text = (
        "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Mesir Badr Abdelatty di Kairo, Senin (2/6/2025). "
        "Perjanjian perlindungan investasi yang dirundingkan sejak tahun lalu belum dapat diteken."
    )
    found = read(text, published="2025-06-03")
    assert found.agreements == ()


def test_agreements_a_list_of_the_set_told_in_the_sentence_before(read: Reader) -> None:
    """ "The four MoUs were exchanged ... They comprise ...": each item is signed when and where the set was."""
    text = (
        "Prime Minister Anwar Ibrahim held talks with Kazakh President Kassym-Jomart Tokayev in Putrajaya on "
        "Monday, October 26, 2026. Malaysia and Kazakhstan signed four memoranda of understanding.\n\n"
        "Trade between the two countries reached US$500 million last year.\n\n"
        "The four MoUs were exchanged in the presence of both leaders. They comprise an MoU on higher education, "
        "an MoU on tourism, an MoU on halal certification and an MoU between Petronas and KazMunayGas on gas."
    )
    found = read(text, published="2026-10-27")
    items = [a for a in found.agreements if not a.kind.endswith("DocumentPackage")]
    assert [a.name for a in items] == [
        "MoU on higher education",
        "MoU on tourism",
        "MoU on halal certification",
        "MoU between Petronas and KazMunayGas on gas",
    ]
    assert {a.date.iso for a in items if a.date} == {"2026-10-26"}
    assert all(a.adopted_at is not None for a in items)


def test_agreements_a_list_a_paragraph_after_its_set_names_each_document(read: Reader) -> None:
    """ "... signed three documents ... [another sentence] The documents comprise A, B and a cultural
    cooperation agreement ...": the list reaches back past a sentence, and an item whose kind of
    document follows words that qualify it is a document of its own."""
    text = (
        "Indonesia and Turkey signed three cooperation documents on Thursday, April 10, 2025, after President "
        "Prabowo Subianto held talks with Turkish President Recep Tayyip Erdogan in Ankara.\n\n"
        "Erdogan welcomed Prabowo with an official ceremony before the two leaders met one-on-one.\n\n"
        "The documents comprise a memorandum of understanding on disaster management between the two disaster "
        "agencies, a memorandum on media and communications between the two presidential offices, and a "
        "cultural cooperation agreement between the two culture ministries."
    )
    found = read(text, published="2025-04-11")
    items = [a for a in found.agreements if not a.kind.endswith("DocumentPackage")]
    assert [a.name.split(" between")[0] for a in items] == [
        "memorandum of understanding on disaster management",
        "memorandum on media and communications",
        "cultural cooperation agreement",
    ]
    assert {a.date.iso for a in items if a.date} == {"2025-04-10"}
    assert [sorted(s.target.rsplit("/", 1)[-1] for s in a.sectors) for a in items][2] == ["culture"]


def test_agreements_documents_still_to_be_brought_are_none(read: Reader) -> None:
    text = (
        "Presiden Prabowo Subianto akan melakukan kunjungan kenegaraan ke Rusia pada 18-20 Juni 2025. "
        "Juru bicara Kemlu mengatakan akan ada penandatanganan nota kesepahaman antara Indonesia dan Rusia. "
        '"MoU yang akan dibawa antara lain perjanjian transportasi dan perjanjian antar perguruan tinggi," ujarnya.'
    )
    found = read(text, published="2025-06-12")
    assert found.agreements == ()


def test_agreements_none_signed_is_no_agreement(read: Reader) -> None:
    text = (
        "Presiden Prabowo Subianto berbicara melalui telepon dengan Perdana Menteri Anwar Ibrahim, Senin (5/1/2026). "
        "Tidak ada perjanjian yang ditandatangani dalam waktu dekat, kata Menteri Abdul Kadir Karding."
    )
    found = read(text, published="2026-01-06")
    assert found.agreements == ()


def test_agreements_a_document_signed_now_is_not_of_a_visit_recalled_from_months_before(read: Reader) -> None:
    """The health MoU is the joint commission's (May 2024), not the August 2023 visit's the text recalls."""
    text = (
        "Indonesia dan Kenya menyelenggarakan Sidang Komisi Bersama pertama melalui konferensi video pada "
        "Selasa (21/5/2024).\n\n"
        "Kerja sama menguat setelah kunjungan kenegaraan Presiden Joko Widodo ke Nairobi pada Agustus 2023, ketika "
        "Presiden Joko Widodo dan Presiden William Ruto sepakat menghidupkan kembali mekanisme itu.\n\n"
        "Selain itu, Kementerian Kesehatan RI dan Kementerian Kesehatan Kenya menandatangani Nota Kesepahaman "
        "tentang kerja sama di bidang kesehatan."
    )
    found = read(text, published="2024-05-22")
    mou = next(a for a in found.agreements if "kesehatan" in a.name)
    assert mou.date is not None and mou.date.iso == "2024-05-21"


def test_agreements_a_document_told_again_with_less_is_the_same_and_its_name_ends_before_the_venue(
    read: Reader,
) -> None:
    """The name stops where the place of signing begins ("di Hotel ..."); a later "nota kesepahaman
    kerja sama ... tersebut" and a bare "Nota Kesepahaman" in the day's programme are that one."""
    text = (
        "Menteri Luar Negeri Sugiono dan Menteri Pendidikan Tinggi Brunei menandatangani nota kesepahaman "
        "kerja sama mengenai beasiswa pendidikan tinggi di Hotel Empire, Bandar Seri Begawan, Rabu (5/3/2025).\n\n"
        "Presiden Prabowo Subianto dan Sultan Hassanal Bolkiah menyaksikan penandatanganan nota kesepahaman "
        "kerja sama yang cakupannya beasiswa tersebut.\n\n"
        "Acara hari itu meliputi penandatanganan Nota Kesepahaman dan jamuan makan siang."
    )
    found = read(text, published="2025-03-06")
    assert [a.name for a in found.agreements] == ["nota kesepahaman kerja sama mengenai beasiswa pendidikan tinggi"]


def test_agreements_a_title_then_a_passive_signing_and_a_topic_of_the_next_clause(read: Reader) -> None:
    """ "Persetujuan Kerja Sama Ekonomi dan Teknik ditandatangani di Astana pada Oktober 2016": a
    document by its capitalised title; the trade figure after "tetapi" is not what it covers."""
    text = (
        "Presiden Prabowo Subianto menerima Presiden Kazakhstan Kassym-Jomart Tokayev di Istana Merdeka, "
        "Selasa (9/9/2025). Persetujuan Kerja Sama Ekonomi dan Teknik ditandatangani di Astana pada Oktober "
        "2016, tetapi nilai perdagangan bilateral pada 2024 baru sekitar 280 juta dolar AS."
    )
    found = read(text, published="2025-09-10")
    treaty = next(a for a in found.agreements if a.name.startswith("Persetujuan"))
    assert treaty.name == "Persetujuan Kerja Sama Ekonomi dan Teknik"
    assert treaty.date is not None and treaty.date.iso == "2016-10"
    assert "https://w3id.org/dkg/id/sector/trade" not in {s.target for s in treaty.sectors}


def test_agreements_a_memorandum_the_parties_aim_to_sign_is_no_agreement(read: Reader) -> None:
    text = (
        "Kedua pihak menargetkan nota kesepahaman kerja sama energi nuklir antara Kementerian ESDM dan Rosatom "
        "dapat ditandatangani pada sidang komisi bersama di Jakarta, Desember mendatang. "
        "Both sides aim to sign a memorandum on nuclear energy in December."
    )
    found = read(text, published="2026-10-14")
    assert found.agreements == ()


def test_agreements_the_signing_told_in_the_next_sentence_dates_the_document(read: Reader) -> None:
    """ "X dan Y menandatangani Protokol ... Penandatanganan dilakukan di sela CIIE ke-9, Kamis (5/11/2026)."""
    text = (
        "Shanghai - Menteri Pertanian Indonesia Andi Amran Sulaiman dan Menteri Pertanian Tiongkok Han Jun "
        "menandatangani Protokol Persyaratan Karantina Tumbuhan untuk Ekspor Manggis Segar. Penandatanganan "
        "dilakukan di sela China International Import Expo (CIIE) ke-9 di Shanghai, Kamis (5/11/2026)."
    )
    found = read(text, published="2026-11-06")
    protocol = next(a for a in found.agreements if a.name.startswith("Protokol"))
    assert protocol.date is not None and protocol.date.iso == "2026-11-05"
    assert protocol.adopted_at is not None


def test_agreements_a_document_the_next_sentence_says_is_unsigned_is_no_agreement(read: Reader) -> None:
    text = (
        "Kedua menteri juga menyepakati pembaruan nota kesepahaman kerja sama pertahanan Indonesia-Malaysia. "
        "Namun dokumen itu belum ditandatangani hari ini."
    )
    found = read(text, published="2026-11-17")
    assert found.agreements == ()


def test_agreements_both_countries_issue_a_statement_and_its_topic_after_cooperation(read: Reader) -> None:
    """ "Kedua negara juga mengeluarkan Pernyataan Bersama yang ... Negara Palestina": the two countries
    are its parties, not Palestine; "nota kesepahaman tentang kerja sama energi terbarukan ..." keeps its field."""
    text = (
        "Presiden Prabowo Subianto dan Putra Mahkota Arab Saudi Mohammed bin Salman bertemu di Riyadh, Rabu "
        "(11/2/2026). Kedua negara juga mengeluarkan Pernyataan Bersama yang menegaskan dukungan terhadap "
        "Negara Palestina. Kedua pemimpin menyaksikan penandatanganan nota kesepahaman tentang kerja sama energi "
        "terbarukan dan hidrogen hijau."
    )
    found = read(text, published="2026-02-12")
    statement = next(a for a in found.agreements if a.name == "Pernyataan Bersama")
    assert local_ids(statement.parties) == {"indonesia", "saudi-arabia"}
    assert any(a.name.endswith("energi terbarukan dan hidrogen hijau") for a in found.agreements)


def test_agreements_a_statement_to_the_press_is_no_document(read: Reader) -> None:
    text = (
        "Presiden Prabowo dan Presiden Putin bertemu di St. Petersburg, Kamis (19/6/2025). Kedua pemimpin "
        "menandatangani pernyataan bersama tentang kemitraan strategis. Pertukaran dokumen itu dilakukan menjelang "
        "pernyataan pers bersama kedua kepala negara."
    )
    found = read(text, published="2025-06-20")
    assert [a.name for a in found.agreements] == ["pernyataan bersama tentang kemitraan strategis"]


def test_agreements_a_timeline_entry_signed_by_the_two_its_meeting_names(read: Reader) -> None:
    """In a list of past meetings, "Keduanya menandatangani ..." after "A bertemu B" is those two's
    document, signed at their meeting, not at the entry before."""
    text = (
        "Berikut sejumlah pertemuan penting kedua negara.\n\n"
        "• Februari 1960 — Perdana Menteri Uni Soviet Nikita Khrushchev berkunjung ke Indonesia dan bertemu "
        "Presiden Soekarno.\n\n"
        "• April 2003 — Presiden Megawati Soekarnoputri bertemu Presiden Vladimir Putin di Moskow. Keduanya "
        "menandatangani Deklarasi tentang Kerangka Hubungan Persahabatan antara Indonesia dan Rusia."
    )
    found = read(text, published="2026-02-03")
    declaration = next(a for a in found.agreements if "Kerangka" in a.name)
    assert declaration.date is not None and declaration.date.iso == "2003-04"
    meeting = next(s for s in found.summits if s.key == declaration.adopted_at)
    assert {"megawati-soekarnoputri", "vladimir-putin"} <= local_ids(meeting.participants)


def test_agreements_what_a_declaration_or_statement_told_before_says_are_its_sectors(read: Reader) -> None:
    """ "Deklarasi menekankan ... ketahanan pangan dan energi" and "Pernyataan itu juga menyinggung
    keamanan maritim" after a framework was named: the declaration's and the statement's topics."""
    text = (
        "KTT ditutup dengan pernyataan bersama, Rabu (16/11/2022). Para pemimpin menyambut Kerangka Kerja "
        "Sama 2024-2028, yang mencakup perdagangan dan investasi. Pernyataan itu juga menyinggung keamanan "
        "maritim. Para pemimpin juga menyepakati Deklarasi Pemimpin Bali. Selain isu perang, deklarasi "
        "menekankan pentingnya ketahanan pangan dan energi."
    )
    found = read(text, published="2022-11-17")
    statement = next(a for a in found.agreements if a.name.casefold().startswith("pernyataan"))
    declaration = next(a for a in found.agreements if a.name.startswith("Deklarasi"))
    assert "maritime-cooperation" in local_ids(statement.sectors)
    assert {"food-security", "energy"} <= local_ids(declaration.sectors)


def test_agreements_what_the_cooperation_of_documents_just_told_covers_is_theirs(read: Reader) -> None:
    """ "Dari 16 dokumen itu, lima merupakan kerja sama antarpemerintah. Kerja sama antarpemerintah
    mencakup bidang pendidikan, pertanian dan kesehatan": the documents' topics."""
    text = (
        "ABU DHABI - Presiden Joko Widodo dan Putra Mahkota Abu Dhabi Mohamed bin Zayed menyaksikan pertukaran "
        "16 dokumen kerja sama di Istana Qasr Al Watan, Minggu (12/1/2020). Menteri Luar Negeri Retno Marsudi "
        "menjelaskan, dari 16 dokumen itu lima merupakan kerja sama antarpemerintah. Kerja sama antarpemerintah "
        "mencakup bidang pendidikan, pertanian, dan kesehatan."
    )
    found = read(text, published="2020-01-13")
    package = next(a for a in found.agreements if "16" in a.name)
    assert {"education", "agriculture", "health"} <= local_ids(package.sectors)


def test_malay_sealing_is_signing(read: Reader) -> None:
    """Malay reports say "pemeteraian" (sealing) for a signing, and "memorandum persefahaman" for an MoU."""
    text = (
        "KUALA LUMPUR, 14 Jan (Bernama) -- Perdana Menteri Datuk Seri Anwar Ibrahim berkata kemuncak lawatan itu "
        "ialah pemeteraian Perjanjian Perkongsian Ekonomi Komprehensif Malaysia-Oman.\n\n"
        "Pada Oktober 2023, beliau dan Sultan Haitham menyaksikan pemeteraian memorandum persefahaman antara "
        "Lembaga Pembangunan Pelaburan Malaysia (MIDA) dan Oman Investment Authority."
    )
    found = read(text, published="2025-01-14")
    names = [a.name for a in found.agreements]
    assert any(n.startswith("Perjanjian Perkongsian Ekonomi Komprehensif") for n in names)
    assert any(n.startswith("memorandum persefahaman") for n in names)


def test_a_document_signed_in_a_sentence_after_a_recalled_date_is_of_that_date(read: Reader) -> None:
    """ "Fondasi terpenting diletakkan di Phnom Penh pada 4 November 2002. Para menlu ... menandatangani
    Deklarasi ...": the time the paragraph recalled, not the story's meeting."""
    text = (
        "JAKARTA - Para pemimpin ASEAN dan China menggelar KTT ASEAN-China di Jakarta, Senin (22/11).\n\n"
        "Fondasi terpenting diletakkan di Phnom Penh pada 4 November 2002. Para menlu ASEAN dan China "
        "menandatangani Deklarasi tentang Tata Perilaku Para Pihak di Laut China Selatan."
    )
    found = read(text, published="2021-11-22")
    (declaration,) = [a for a in found.agreements if a.name.startswith("Deklarasi tentang Tata Perilaku")]
    assert declaration.date is not None and declaration.date.iso == "2002-11-04"


def test_a_document_named_before_its_signing_is_told_is_dated_by_the_signing(read: Reader) -> None:
    text = (
        "JAKARTA - Indonesia dan Rusia kini resmi memiliki perjanjian bantuan hukum timbal balik dalam masalah "
        "pidana.\n\n"
        "Perjanjian itu ditandatangani Menkumham Yasonna Laoly dan Menteri Kehakiman Rusia Alexander Konovalov "
        "di Moskow, Jumat (13/12/2019)."
    )
    found = read(text, published="2019-12-14")
    (treaty,) = found.agreements
    assert treaty.name.startswith("perjanjian bantuan hukum timbal balik")
    assert treaty.date is not None and treaty.date.iso == "2019-12-13"


def test_agreements_an_ordinal_item_in_a_paragraph_of_its_own_is_signed_with_its_set(read: Reader) -> None:
    """ "... meneken dua nota kesepahaman. Pertama, MoU ... [new paragraph] Kedua, MoU ...": the second
    item, told with no time of its own, was signed when the set was."""
    text = (
        "Gubernur Sumatera Barat Mahyeldi menerima delegasi Provinsi Yunnan yang dipimpin Wakil Gubernur Chen "
        "Shunqing di Padang, Selasa (11/11/2025).\n\n"
        "Usai pertemuan, kedua pihak meneken dua nota kesepahaman. Pertama, MoU kerja sama perdagangan antara "
        "Pemprov Sumbar dan Pemerintah Provinsi Yunnan.\n\n"
        "Kedua, MoU kerja sama pendidikan antara Universitas Andalas dan Universitas Yunnan."
    )
    found = read(text, published="2025-11-12")
    items = [a for a in found.agreements if not a.kind.endswith("DocumentPackage")]
    assert [(a.date.iso if a.date else None) for a in items] == ["2025-11-11", "2025-11-11"]


def test_agreements_a_document_named_after_the_lead_told_its_signing_takes_the_lead_s_day(read: Reader) -> None:
    text = (
        "Jakarta, 12 Maret 2026 - Indonesia dan Vietnam pada Selasa (10/3/2026) menandatangani sebuah pakta "
        "pertahanan.\n\n"
        "Menteri Pertahanan Budi Santoso dan Menteri Pertahanan Vietnam Tran Quoc Hung meneken Perjanjian Kerja Sama "
        "Pertahanan di Istana Merdeka."
    )
    found = read(text, published="2026-03-12")
    assert [(a.name, a.date.iso if a.date else None) for a in found.agreements] == [
        ("Perjanjian Kerja Sama Pertahanan", "2026-03-10")
    ]


def test_agreements_a_body_signing_under_its_short_form_and_one_named_after_the_mou_s_acronym_are_parties(
    read: Reader,
) -> None:
    text = (
        "Siang harinya, Duta Besar Jerman Ina Lepel bertolak ke Universitas Tadulako (Untad), Palu.\n\n"
        "Di sana, Untad menandatangani nota kesepahaman (MoU) dengan Goethe Institute Jakarta tentang kursus bahasa."
    )
    [mou] = read(text, published="2025-10-22").agreements
    assert {"universitas-tadulako", "goethe-institute"} <= local_ids(mou.parties)


def test_agreements_each_cooperation_between_bodies_listed_after_a_set_is_one_of_its_documents(read: Reader) -> None:
    text = (
        "Presiden Joko Widodo dan Presiden Korea Selatan Moon Jae-in menyaksikan pertukaran 12 dokumen kerja sama di "
        "Busan, Senin (25/11/2019).\n\n"
        "Di antaranya kerja sama pembangunan pabrik baterai antara PT Pertamina (Persero) dengan Samsung Group, serta "
        "kerja sama PT PLN (Persero) dengan Korea Electric Power Corporation untuk pembangkit listrik."
    )
    found = read(text, published="2019-11-26")
    items = [a for a in found.agreements if a.kind.endswith("#Agreement")]
    assert sorted(sorted(local_ids(a.parties)) for a in items) == [
        ["korea-electric-power-corporation", "pln"],
        ["pertamina", "samsung-group"],
    ]
    assert {a.date.iso for a in items if a.date} == {"2019-11-25"}


def test_agreements_a_document_written_as_a_title_is_one_unsigned_a_bare_kind_word_is_not(read: Reader) -> None:
    text = (
        "Presiden Mongolia Ukhnaagiin Khurelsukh dan Presiden Kazakhstan Kassym-Jomart Tokayev bertemu di Astana, "
        "Senin (3/3/2025).\n\n"
        "Perjanjian baru itu menggantikan Deklarasi Ulaanbaatar dan Deklarasi Astana yang dibuat pada 2001.\n\n"
        "Kedua presiden juga membahas perjanjian perdagangan bebas."
    )
    found = read(text, published="2025-03-04")
    assert sorted(a.name for a in found.agreements) == ["Deklarasi Astana", "Deklarasi Ulaanbaatar"]


def test_agreements_ministries_a_document_is_made_between_are_its_parties_not_their_countries(read: Reader) -> None:
    """ "nota kesepahaman antara Kementerian Pertanian Republik Indonesia dan Kementerian Pertanian
    Kazakhstan": the two ministries sign; the countries inside their names are no parties of their own."""
    text = (
        "Presiden Prabowo Subianto bertemu Presiden Kazakhstan Kassym-Jomart Tokayev di Astana, Rabu (14/5/2025). "
        "Usai pertemuan, ditandatangani nota kesepahaman antara Kementerian Pertanian Republik Indonesia dan "
        "Kementerian Pertanian Kazakhstan tentang kerja sama ketahanan pangan."
    )
    found = read(text, published="2025-05-15")
    assert [sorted(local_ids(a.parties)) for a in found.agreements] == [
        ["kementan", "kementerian-pertanian-kazakhstan"]
    ]


def test_agreements_a_known_body_named_in_full_before_its_short_form_is_that_body(read: Reader) -> None:
    """ "Badan Riset Inovasi Nasional (BRIN)": the lexicon knows the body by the short form in brackets,
    so the full name, written another way than the lexicon's, is that body, not a new one beside it."""
    text = "Usai pertemuan, Rosatom dan Badan Riset Inovasi Nasional (BRIN) menandatangani nota kesepahaman."
    found = read(text, published="2025-06-17")
    assert [sorted(local_ids(a.parties)) for a in found.agreements] == [["brin", "rosatom"]]


def test_agreements_ministries_named_by_their_country_s_adjective_or_possessive_sign_for_themselves(
    read: Reader,
) -> None:
    """ "a memorandum between the Russian Education Ministry and Tajikistan's Ministry of Education and
    Science": the two ministries are the parties, each named with its country, and the countries that
    name them are no parties of their own."""
    text = (
        "Putin and Rahmon held talks in Dushanbe on Thursday. Twelve documents were exchanged, among them a "
        "memorandum between the Russian Education Ministry and Tajikistan's Ministry of Education and Science "
        "on building five schools."
    )
    found = read(text, published="2025-10-10")
    memorandum = next(a for a in found.agreements if a.name.startswith("memorandum"))
    parties = {next(x.label for x in found.actors if x.iri == p.target) for p in memorandum.parties}
    assert parties == {"Ministry of Education of Russia", "Ministry of Education and Science of Tajikistan"}


def test_agreements_two_exchanges_between_different_signers_are_two_documents(read: Reader) -> None:
    """ "A meneken MoU dengan B ...", then "C bertukar MoU kerja sama energi dengan D": another
    document, not the one just told."""
    text = (
        "Presiden Turki Recep Tayyip Erdogan bertemu Perdana Menteri Anwar Ibrahim di Putrajaya, Senin (10/2/2025). "
        "Perusahaan asal Selangor, Selati, meneken MoU dengan Sekretariat Industri Pertahanan Turki tentang "
        "sistem keamanan. Adapun Menteri Ekonomi Malaysia Rafizi Ramli bertukar MoU kerja sama transisi energi dengan "
        "Menteri Energi Turki Alparslan Bayraktar."
    )
    found = read(text, published="2025-02-11")
    assert len([a for a in found.agreements if a.kind.endswith("MemorandumOfUnderstanding")]) == 2


def test_agreements_a_university_named_by_common_words_is_known_by_its_country(read: Reader) -> None:
    """ "Universitas Nasional Tajikistan" is the National University of Tajikistan, not a "National
    University" of nowhere; "Universitas Hasanuddin" keeps its own name."""
    text = (
        "Selain itu, diteken pula nota kesepahaman di bidang pendidikan tinggi antara Universitas Hasanuddin "
        "dan Universitas Nasional Tajikistan."
    )
    found = read(text, published="2026-04-29")
    assert {"Hasanuddin University", "National University of Tajikistan"} <= labels(found, "Organization")


def test_agreements_a_listed_document_between_two_bodies_is_theirs_not_the_leaders_countries(read: Reader) -> None:
    """ "They comprise ..., an MoU between Jakim and Turkmenistan's Standardisation Centre on halal
    certification": the two bodies are its parties; the centre is named with its country."""
    text = (
        "Prime Minister Anwar Ibrahim held talks with President Serdar Berdimuhamedov in Putrajaya on Monday. "
        "Five MoUs were exchanged in the presence of both leaders. They comprise an MoU on youth and sports, "
        "an MoU on higher education, an MoU between the Department of Islamic Development Malaysia (Jakim) and "
        "Turkmenistan's Standardisation Centre on halal certification, an MoU on tourism and an MoU on culture."
    )
    found = read(text, published="2026-10-28")
    halal = next(a for a in found.agreements if "halal" in a.name)
    parties = {next(x.label for x in found.actors if x.iri == p.target) for p in halal.parties}
    assert parties == {"Department of Islamic Development Malaysia", "Turkmenistan Standardisation Centre"}


def test_agreements_a_document_two_ministries_signed_is_between_their_countries_in_the_graph(
    read: Reader, context: Context
) -> None:
    """The ministries are its parties; its rolled-up parties (what `agreements-between` reads) are
    their countries too, so the analyst asking for Russia and Indonesia still finds it."""
    text = (
        "Putin and Prabowo held talks in St Petersburg on Thursday. After the talks, a Memorandum of "
        "Understanding between the Ministry of Transport of the Russian Federation and the Ministry of "
        "Transportation of the Republic of Indonesia on cooperation in transport was signed."
    )
    graph = to_graph(read(text, published="2025-06-20"), context.lexicon)
    (document,) = set(graph.subjects(RDF.type, DKG.MemorandumOfUnderstanding))
    parties = {str(o).rsplit("/", 1)[-1] for o in graph.objects(document, DKG.party)}
    rolled_up = {str(o).rsplit("/", 1)[-1] for o in graph.objects(document, DKG.partyCountry)}
    assert not {"russia", "indonesia"} & parties
    assert {"russia", "indonesia"} <= rolled_up


def test_agreements_documents_signed_the_day_before_belong_to_that_days_meeting(read: Reader) -> None:
    """ "Sehari sebelumnya, Senin (9/6), A dan B menyaksikan penandatanganan tujuh dokumen seusai
    pertemuan bilateral": those documents, and "Salah satunya ...", "Dokumen lain mencakup ..." after
    them, were signed at that day's meeting, not at the forum the story is about."""
    text = (
        "Pengusaha Indonesia dan Vietnam meneken tiga kontrak dagang dalam Forum Bisnis Indonesia-Vietnam di "
        "Hotel Mulia, Jakarta, Selasa (10/6/2025). Forum itu dihadiri Menteri Perdagangan Budi Santoso.\n\n"
        "Sehari sebelumnya, Senin (9/6), Presiden Prabowo Subianto dan Presiden Vietnam Luong Cuong "
        "menyaksikan penandatanganan tujuh dokumen kerja sama di Istana Merdeka seusai pertemuan bilateral "
        "keduanya. Salah satunya nota kesepahaman tentang pendidikan tinggi.\n\n"
        "Dokumen lain mencakup nota kesepahaman di bidang kesehatan, perikanan, dan pariwisata."
    )
    found = read(text, published="2025-06-10")
    talks = next(s for s in found.summits if "bilateral" in s.name)
    forum = next(s for s in found.summits if "Forum" in s.name)
    assert talks.date is not None and talks.date.iso == "2025-06-09"
    assert {"education", "health", "fisheries", "tourism"} <= local_ids(talks.sectors)
    assert not {"education", "health", "fisheries", "tourism"} & local_ids(forum.sectors)
    package = next(a for a in found.agreements if "tujuh" in a.name)
    assert package.date is not None and package.date.iso == "2025-06-09"
    assert {"health", "fisheries", "tourism"} <= local_ids(package.sectors)


def test_agreements_a_contract_told_again_is_one_signed_at_the_side_session(read: Reader) -> None:
    """ "meneken lima kesepakatan dalam sesi temu bisnis di sela Pameran X. ... Yang terbesar adalah
    kontrak ... Kontrak diteken A dan B": one contract, signed at the business session (the narrower of
    the two meetings the lead names), however the sentences that tell it are read."""
    text = (
        "SURABAYA - Pengusaha Indonesia dan Thailand meneken lima kesepakatan bisnis dalam sesi temu bisnis "
        "Indonesia-Thailand yang digelar di sela Pameran Dagang ASEAN ke-7 di Surabaya, Rabu (8/10/2025). "
        "Dari lima kesepakatan itu, panitia hanya merinci satu. Yang terbesar adalah kontrak pembelian gula "
        "antara PT Gula Nusantara dan Mitr Phol Group. Kontrak diteken Direktur PT Gula Nusantara Sari "
        "Wulandari dan Wakil Presiden Mitr Phol Group Somchai Rattanakorn."
    )
    found = read(text, published="2025-10-08")
    contracts = [a for a in found.agreements if "ontrak" in a.name]
    assert len(contracts) == 1
    session = next(n for n, s in enumerate(found.summits) if "temu bisnis" in s.name)
    assert contracts[0].adopted_at == found.summits[session].key


def test_agreements_a_malay_report_dates_its_meeting_and_the_mou_signed_after_the_talks(read: Reader) -> None:
    """Malay news: "Khamis (12 Mac 2026)" is 12 March, and "Selepas perbincangan, ... menyaksikan
    pertukaran MoU" is a document of those talks and their day, not of the visit that began
    "semalam" (yesterday)."""
    dated = (
        "PUTRAJAYA: Perdana Menteri Anwar Ibrahim mengadakan pertemuan dua hala dengan Perdana Menteri Vietnam "
        "Pham Minh Chinh di Bangunan Perdana Putra, Khamis (12 Mac 2026)."
    )
    found = read(dated, published="2026-03-13")
    assert [s.date.iso if s.date else None for s in found.summits] == ["2026-03-12"]
    text = (
        "PUTRAJAYA: Perdana Menteri Anwar Ibrahim mengadakan pertemuan dua hala dengan Perdana Menteri Vietnam "
        "Pham Minh Chinh di Bangunan Perdana Putra hari ini. Pham Minh Chinh mengadakan lawatan rasmi tiga hari "
        "ke negara ini bermula semalam.\n\nSelepas perbincangan, kedua-dua Perdana Menteri menyaksikan pertukaran "
        "Memorandum Persefahaman (MoU) mengenai kerjasama perikanan antara Jabatan Perikanan Malaysia dan "
        "Kementerian Pertanian Vietnam."
    )
    found = read(text, published="2026-03-12")
    talks = found.summits[0]
    assert talks.date is not None and talks.date.iso == "2026-03-12"
    mou = found.agreements[0]
    assert mou.date is not None and mou.date.iso == "2026-03-12"
    assert mou.adopted_at == talks.key
    assert "fisheries" in local_ids(talks.sectors)


def test_agreements_a_document_named_by_its_rank_in_the_set_signed_is_one_of_them(read: Reader) -> None:
    """ "exchanged three MoUs ... Under the first MoU, A and B will ...": the first MoU is a document
    of that set, between the bodies its sentence names, signed when and where the set was."""
    text = (
        "HANOI, June 9 -- Vietnam and Kazakhstan today exchanged three memoranda of understanding (MoUs) "
        "following talks between Vietnamese Agriculture Minister Do Duc Duy and Kazakh Agriculture Minister "
        "Aidarbek Saparov in Hanoi. Under the first MoU, the Kazakhstan Grain Corporation and the Vietnam "
        "Food Association will work towards direct wheat shipments to Haiphong."
    )
    found = read(text, published="2026-06-09")
    first = next(a for a in found.agreements if a.sentences == (1,))
    assert first.kind == str(DKG.MemorandumOfUnderstanding)
    assert first.date is not None and first.date.iso == "2026-06-09"
    assert first.adopted_at == found.summits[0].key
    assert {"kazakhstan", "vietnam"} <= local_ids(first.parties)


def test_agreements_documents_signed_by_pairs_respectively_are_one_per_pair(read: Reader) -> None:
    """ "Universiti A and Universiti B signed MoUs with C and the D, respectively": two documents, A with
    C and B with D; the Malay "Universiti" heads a body's name, and the body after "with C and the"
    signs too."""
    text = (
        "KUALA LUMPUR, Oct 7 -- Universiti Sains Malaysia (USM) and Universiti Teknologi MARA (UiTM) signed "
        "MoUs with the Kazan Federal University and the Ural Federal University, respectively, covering "
        "student exchanges and joint research, in Kuala Lumpur today."
    )
    found = read(text, published="2026-10-07")
    assert sorted(sorted(local_ids(a.parties)) for a in found.agreements) == [
        ["kazan-federal-university", "universiti-sains-malaysia"],
        ["universiti-teknologi-mara", "ural-federal-university"],
    ]


def test_agreements_documents_named_by_rank_alone_are_members_of_the_set(read: Reader) -> None:
    """ "exchanged four MoUs. [...] The first MoU was signed between A and B, while the second, between
    C and D, covers ... [...] The fourth, between E and F, covers ...": each is a document of its own
    between the bodies named, signed when and where the set was, whatever the sentences between told."""
    text = (
        "KUALA LUMPUR, May 6 -- Prime Minister Anwar Ibrahim and Uzbek President Shavkat Mirziyoyev today "
        "witnessed the exchange of four memoranda of understanding (MoUs) in Putrajaya.\n\n"
        "On Tuesday, Mirziyoyev was received in audience by Sultan Ibrahim at Istana Negara.\n\n"
        "The first MoU was signed between the Malaysian Investment Development Authority and the Uzbek "
        "Investment Agency, while the second, between the Securities Commission Malaysia and the Tashkent "
        "Stock Exchange, covers Islamic capital markets.\n\n"
        "The fourth, between Universiti Malaya and the Tashkent State University of Economics, covers "
        "student exchanges."
    )
    found = read(text, published="2026-05-06")
    members = [a for a in found.agreements if a.kind == str(DKG.MemorandumOfUnderstanding)]
    assert len(members) == 3
    assert {a.date.iso if a.date else None for a in members} == {"2026-05-06"}
    second = next(a for a in members if "Securities Commission" in a.name)
    assert second.name.startswith("memorandum of understanding between the Securities Commission Malaysia")


def assert_one_topic_each(documents: list, topics: list[str]) -> None:  # type: ignore[type-arg]
    """The n-th document is about the n-th topic and about none of the others'."""
    for document, topic in zip(documents, topics, strict=True):
        sectors = local_ids(document.sectors)
        assert topic in sectors and not sectors & (set(topics) - {topic}), (document.name, sectors)


def test_agreements_pairs_listed_after_the_other_documents_are_one_document_each(read: Reader) -> None:
    """ "Dua nota kesepahaman lainnya mengatur kerja sama perikanan dan kebudayaan, masing-masing antara A
    dan B, serta antara C dan D": two documents, each between its pair and about the topic of its rank,
    signed when the set was."""
    text = (
        "Presiden Prabowo Subianto dan Presiden Mesir Abdel Fattah el-Sisi menyaksikan pertukaran delapan "
        "dokumen kerja sama di Istana Bogor, Selasa (3/3/2026).\n\n"
        "Dua nota kesepahaman lainnya mengatur kerja sama perikanan dan kebudayaan, masing-masing antara "
        "Kementerian Kelautan dan Perikanan RI dan Kementerian Pertanian Mesir, serta antara Kementerian "
        "Kebudayaan RI dan Kementerian Kebudayaan Mesir."
    )
    found = read(text, published="2026-03-04")
    pairs = [a for a in found.agreements if a.kind == str(DKG.MemorandumOfUnderstanding)]
    assert len(pairs) == 2
    assert_one_topic_each(pairs, ["fisheries", "culture"])
    assert all(a.date is not None and a.date.iso == "2026-03-03" for a in pairs)
    assert all(len(a.parties) == 2 for a in pairs)
    assert len({frozenset(local_ids(a.parties)) for a in pairs}) == 2


def test_agreements_pairs_listed_in_a_dash_aside_go_with_the_topics_respectively(read: Reader) -> None:
    """ "Two other MoUs — between A and B, and C and D — cover X and Y respectively": a document per
    pair, the first topic the first pair's."""
    text = (
        "PUTRAJAYA, May 12 -- Malaysia and Uzbekistan today exchanged five memoranda of understanding "
        "as Prime Minister Anwar Ibrahim received President Shavkat Mirziyoyev.\n\n"
        "Two other MoUs — between the Malaysian Palm Oil Board and the Uzbek Agrarian Research Institute, "
        "and the Malaysia Tourism Promotion Board and the Samarkand Tourism Development Agency — cover "
        "agricultural research and tourism promotion respectively."
    )
    found = read(text, published="2026-05-12")
    pairs = [a for a in found.agreements if a.kind == str(DKG.MemorandumOfUnderstanding)]
    assert_one_topic_each(pairs, ["agriculture", "tourism"])
    assert "mpob" in local_ids(pairs[0].parties)  # the Malaysian Palm Oil Board
    assert all(a.date is not None and a.date.iso == "2026-05-12" for a in pairs)
    assert "samarkand-tourism-development-agency" in local_ids(pairs[1].parties)
    assert not any("Two other" in a.name for a in found.agreements)


def test_agreements_one_named_among_the_documents_is_a_document(read: Reader) -> None:
    """ "Among the documents was an MoU between A and B on ...": one of the set just told, named by its
    parties; the set's word is no document of its own."""
    text = (
        "KAZAN, June 3 -- Malaysia and Tatarstan today exchanged four memoranda of understanding as Deputy "
        "Prime Minister Ahmad Zahid Hamidi met Tatarstan leader Rustam Minnikhanov.\n\n"
        "The exchange took place after a closed-door meeting at the Kazan Kremlin.\n\n"
        "Among the documents was an MoU between the Malaysian Halal Council and the Tatarstan Halal Standards "
        "Board on the mutual recognition of halal certificates."
    )
    found = read(text, published="2026-06-03")
    mous = [a for a in found.agreements if a.kind == str(DKG.MemorandumOfUnderstanding)]
    assert len(mous) == 1
    assert local_ids(mous[0].parties) == {"malaysian-halal-council", "tatarstan-halal-standards-board"}


def test_agreements_countries_in_what_a_document_is_about_are_not_its_parties(read: Reader) -> None:
    """ "A and B signed an MoU to set up a Malaysia-Uzbekistan halal park": the signers are the parties,
    not the countries the park is named after; "an MoU on Islamic banking products" keeps its topic
    past the capitalised word, and "Tashkent-based" is no part of the bank's name."""
    text = (
        "TASHKENT, Sept 9 -- Halal Development Corporation and the Uzbekistan Investment Promotion Agency "
        "signed an MoU to set up a Malaysia-Uzbekistan halal park, while Bank Islam Malaysia and "
        "Tashkent-based Hamkorbank Bank inked an MoU on Islamic banking products."
    )
    found = read(text, published="2026-09-09")
    park, banking = found.agreements
    assert local_ids(park.parties) == {"hdc", "uzbekistan-investment-promotion-agency"}
    assert banking.name == "MoU on Islamic banking products"
    assert "Hamkorbank Bank" in labels(found)
    assert not any(label.startswith("Tashkent-based") for label in labels(found))


def test_agreements_the_second_document_does_not_take_the_pair_of_the_first(read: Reader) -> None:
    """ "nota kesepahaman tentang X antara A dan B, serta perjanjian di bidang Y": the second document
    is not between A and B; it is the two countries' whose leaders met."""
    text = (
        "Presiden Prabowo Subianto dan Presiden Rusia Vladimir Putin menyaksikan pertukaran dokumen kerja "
        "sama di Istana Merdeka, Jakarta, Rabu (14/10/2026). Di antaranya nota kesepahaman tentang "
        "pemanfaatan energi nuklir untuk tujuan damai antara Badan Tenaga Nuklir Nasional dan Korporasi "
        "Rosatom, serta perjanjian kerja sama di bidang pendidikan tinggi."
    )
    found = read(text, published="2026-10-15")
    education = next(a for a in found.agreements if "pendidikan" in a.name)
    assert local_ids(education.parties) == {"indonesia", "russia"}


def test_agreements_pairs_listed_after_their_signing_verb_with_topics_respectively(read: Reader) -> None:
    """ "Dua MoU lainnya diteken A dengan B, serta Kementerian Pariwisata dengan C Uzbekistan, masing-masing
    di bidang X dan Y": a document per pair; the ministry of no country said, signing with the other
    country's body, is the home country's."""
    text = (
        "Indonesia dan Uzbekistan menandatangani tiga nota kesepahaman pada sidang komisi bersama di "
        "Jakarta, Senin (17/11/2025).\n\n"
        "Dua MoU lainnya diteken Universitas Gadjah Mada dengan Universitas Negeri Samarkand, serta "
        "Kementerian Pariwisata dengan Komite Pariwisata Uzbekistan, masing-masing di bidang pendidikan "
        "tinggi dan wisata ziarah."
    )
    found = read(text, published="2025-11-19")
    pairs = [a for a in found.agreements if a.kind == str(DKG.MemorandumOfUnderstanding)]
    assert len(pairs) == 2
    assert_one_topic_each(pairs, ["education", "tourism"])
    assert "Ministry of Tourism of Indonesia" in labels(found)


def test_agreements_other_documents_told_by_a_bare_word_are_their_pairs(read: Reader) -> None:
    """ "Dua dokumen lain ditandatangani A dengan B, serta C dengan D": "dokumen" alone names no document,
    but the pairs that signed do, one document each."""
    text = (
        "Presiden Prabowo Subianto dan Presiden Azerbaijan Ilham Aliyev menyaksikan penandatanganan lima "
        "dokumen kerja sama di Istana Bogor, Rabu (11/2/2026).\n\n"
        "Dua dokumen lain ditandatangani Universitas Indonesia dengan Universitas Negeri Baku, serta "
        "Badan Pusat Statistik dengan Komite Statistik Negara Azerbaijan."
    )
    found = read(text, published="2026-02-12")
    pairs = [a for a in found.agreements if a.kind != str(DKG.DocumentPackage)]
    assert len(pairs) == 2
    assert all(len(a.parties) == 2 and a.date is not None and a.date.iso == "2026-02-11" for a in pairs)


@pytest.mark.parametrize(
    "text",
    [
        "Menteri Luar Negeri Rusia Sergey Lavrov juga menyinggung Deklarasi Kemitraan Strategis yang "
        "ditandatangani Presiden Prabowo Subianto "
        "dan Presiden Vladimir Putin di St. Petersburg pada Juni 2025.",
        "Malaysian Foreign Minister Mohamad Hasan also recalled the Declaration on Strategic Partnership, which "
        "was signed by President Prabowo "
        "Subianto and President Vladimir Putin in St. Petersburg in June 2025.",
    ],
)
def test_agreements_those_a_relative_clause_says_signed_are_the_parties(read: Reader, text: str) -> None:
    """ "X menyinggung Deklarasi ... yang ditandatangani A dan B": A's and B's countries are the parties,
    not the one who mentions it."""
    found = read(text, published="2026-02-10")
    (declaration,) = found.agreements
    assert local_ids(declaration.parties) == {"indonesia", "russia"}


STATE_VISIT_WITH_DOCUMENTS = (
    "Presiden Prabowo Subianto menerima Presiden Kazakhstan Kassym-Jomart Tokayev di Istana Merdeka, Jakarta, "
    "Selasa (14/10/2025). Usai pertemuan, kedua kepala negara menyaksikan penandatanganan tujuh dokumen "
    "kerja sama. Dalam pertemuan itu Prabowo didampingi Kepala BRIN Laksana Tri Handoko. "
    "Dokumen utama yang diteken adalah Persetujuan Perdagangan Bebas (Free Trade Agreement/FTA) "
    "Indonesia-Kazakhstan. Selain itu ditandatangani persetujuan pembebasan visa bagi pemegang paspor "
    "diplomatik. Presiden Tokayev juga mengunjungi Masjid Istiqlal dan sebuah sekolah di Jakarta Timur. "
    "Lima dokumen lain berbentuk nota kesepahaman, masing-masing tentang pemberantasan peredaran gelap "
    "narkotika; kerja sama ilmu pengetahuan, teknologi, dan inovasi; jaminan produk halal; pengembangan "
    "sektor energi; serta promosi perdagangan."
)


def test_agreements_topics_listed_one_each_are_documents_of_the_sets_kind(read: Reader) -> None:
    """ "Lima dokumen berbentuk nota kesepahaman, masing-masing tentang A; B; ...": one MoU per topic,
    signed when the set told before was, between the meeting's countries."""
    found = read(STATE_VISIT_WITH_DOCUMENTS, published="2025-10-15")
    mous = [a for a in found.agreements if a.name.startswith("nota kesepahaman tentang")]
    assert len(mous) == 5
    energy = next(a for a in mous if "energi" in a.name)
    assert local_ids(energy.sectors) == {"energy"}
    assert all(a.date is not None and a.date.iso == "2025-10-14" for a in mous)
    assert all(local_ids(a.parties) == {"indonesia", "kazakhstan"} for a in mous)


def test_agreements_persetujuan_names_a_document_and_selain_itu_opens_new_ones(read: Reader) -> None:
    """ "Persetujuan ..." is a treaty's kind word; "Selain itu ditandatangani ..." tells a new document,
    and a name in brackets after a document ("(Free Trade Agreement/FTA)") is the same one."""
    found = read(STATE_VISIT_WITH_DOCUMENTS, published="2025-10-15")
    names = [a.name for a in found.agreements]
    assert any(n.startswith("persetujuan pembebasan visa") for n in names)
    assert sum("Perdagangan Bebas" in n or "Free Trade" in n for n in names) == 1
    organizations = {a.iri for a in found.actors if a.kind == "Organization"}
    assert not any({p.target for p in a.parties} & organizations for a in found.agreements)  # the agency head's


def test_agreements_a_document_named_by_its_rank_in_the_set(read: Reader) -> None:
    """ "Dokumen ketiga adalah program pertukaran kebudayaan": one of the set told signed, named."""
    found = read(
        "Presiden Laos Thongloun Sisoulith menerima Presiden Kazakhstan Kassym-Jomart Tokayev di Vientiane, "
        "Selasa (23/5/2023). Usai pertemuan, keduanya menyaksikan penandatanganan tiga dokumen kerja sama. "
        "Dokumen pertama adalah nota kesepahaman tentang energi. Dokumen ketiga adalah program pertukaran "
        "kebudayaan.",
        published="2023-05-24",
    )
    names = {a.name for a in found.agreements}
    assert {"nota kesepahaman tentang energi", "program pertukaran kebudayaan"} <= names
    culture = next(a for a in found.agreements if a.name == "program pertukaran kebudayaan")
    assert culture.date.iso == "2023-05-23" and local_ids(culture.sectors) == {"culture"}


def test_agreements_some_of_a_set_listed_by_topic_are_documents_beside_the_set(read: Reader) -> None:
    """ "sejumlah dokumen ... Dokumen itu antara lain tentang A, B, serta C dan D": one document per
    topic (the last two joined are one), and the set stays a package of its own."""
    found = read(
        "Presiden Laos Thongloun Sisoulith dan Presiden Kazakhstan Kassym-Jomart Tokayev menyaksikan "
        "penandatanganan sejumlah dokumen kerja sama di Astana, Selasa (17/10/2023). Kementerian Luar Negeri "
        "Kazakhstan menyebut dokumen itu antara lain tentang pembentukan mekanisme koordinasi, pembangunan "
        "perdesaan dan pengentasan kemiskinan, serta pemeriksaan mutu dan karantina.",
        published="2023-10-18",
    )
    topics = sorted(a.name for a in found.agreements if " tentang " in a.name)
    assert topics == [
        "dokumen tentang pembangunan perdesaan dan pengentasan kemiskinan",
        "dokumen tentang pembentukan mekanisme koordinasi",
        "dokumen tentang pemeriksaan mutu dan karantina",
    ]
    assert any(a.kind.endswith("DocumentPackage") for a in found.agreements)


def test_agreements_malay_record_adopted_at_a_joint_commission_and_documents_under_review(read: Reader) -> None:
    """Malay: "menerima pakai Rekod Perbincangan ... Mesyuarat Suruhanjaya Bersama": a document adopted at
    the joint commission, whose name starts after the document's words; "kajian semula Perjanjian X" is
    a document under review, no document signed; "MoU No. 21 mengenai ..." keeps its number."""
    found = read(
        "KUALA LUMPUR: Laos dan Kemboja hari ini menerima pakai Rekod Perbincangan (RoD) Mesyuarat Suruhanjaya "
        "Bersama ke-9 yang dipengerusikan bersama Menteri Luar Negeri Laos Saleumxay Kommasith dan Menteri Luar "
        "Negeri Kemboja Prak Sokhonn. Kedua-dua menteri membincangkan kajian semula Perjanjian Perdagangan "
        "Sempadan. Kedua-dua negara telah menandatangani Memorandum Persefahaman (MoU) No. 21 mengenai "
        "Demarkasi Sempadan.",
        published="2018-11-21",
    )
    assert [s.name for s in found.summits] == ["Mesyuarat Suruhanjaya Bersama ke-9"]
    assert found.summits[0].kind.endswith("Dialogue")
    names = [a.name for a in found.agreements]
    assert any(n.startswith("Rekod Perbincangan") for n in names)
    assert any(n.startswith("Memorandum Persefahaman (MoU) No. 21 mengenai") for n in names)
    assert not any("Perdagangan Sempadan" in n for n in names)


GULF_VISIT_WITH_DOCUMENTS = (
    "Presiden Laos Thongloun Sisoulith menerima Emir Qatar Sheikh Tamim bin Hamad Al Thani di Vientiane, "
    "Rabu (24/7/2019). Menlu Laos menjelaskan, pemerintah kedua negara meneken empat MoU. Bidangnya meliputi "
    "pariwisata, pertahanan, kebudayaan, serta penghindaran pajak berganda. Selain itu ada dua MoU "
    "antarperusahaan. Pertama, antara Pertamina dan Qatar Airways untuk layanan penerbangan. Kedua, antara "
    "PLN dan QatarEnergy mengenai pasokan gas alam cair."
)


def test_agreements_fields_of_the_set_told_before_and_ranked_pairs_are_documents(read: Reader) -> None:
    """ "... meneken empat MoU. Bidangnya meliputi A, B, C, serta D.": one MoU per field; "Pertama,
    antara A dan B untuk ...": one of the set by its rank, between the two it names."""
    found = read(GULF_VISIT_WITH_DOCUMENTS, published="2019-07-25")
    fields = [a for a in found.agreements if a.name.startswith("MoU ")]
    assert sorted(a.name for a in fields) == [
        "MoU kebudayaan",
        "MoU pariwisata",
        "MoU penghindaran pajak berganda",
        "MoU pertahanan",
    ]
    pairs = [a for a in found.agreements if " antara " in a.name]
    assert len(pairs) == 2 and not any(a.name.endswith(".") for a in pairs)
    assert {"pertamina"} <= local_ids(pairs[0].parties)


def test_agreements_a_summit_resolution_is_the_summits_not_of_whom_it_condemns(read: Reader) -> None:
    found = read(
        "KTT Luar Biasa Organisasi Kerja Sama Islam (OKI) digelar di Riyadh, Sabtu (11/11/2023). KTT "
        "menghasilkan resolusi yang mengecam agresi Israel di Jalur Gaza.",
        published="2023-11-12",
    )
    resolutions = [a for a in found.agreements if a.name.casefold().startswith("resolusi")]
    assert len(resolutions) == 1
    assert "israel" not in local_ids(resolutions[0].parties) and "oic" in local_ids(resolutions[0].parties)


def test_agreements_a_counted_set_then_its_topics_after_a_colon(read: Reader) -> None:
    """ "... tiga nota kesepahaman di Ruang X: A antara P dan Q; B antara R dan S; serta C": one MoU
    per item cut by semicolons, each with the parties its item names."""
    found = read(
        "Presiden Laos Thongloun Sisoulith menerima Presiden Kazakhstan Kassym-Jomart Tokayev di Vientiane, "
        "Selasa (23/5/2023). Usai pertemuan, keduanya menyaksikan penandatanganan tiga nota kesepahaman di "
        "Istana Presiden: pertukaran data pajak antara Kementerian Keuangan Laos dan Kementerian Keuangan "
        "Kazakhstan; kerja sama penyiaran antara kantor berita kedua negara; serta pengembangan pariwisata "
        "sungai.",
        published="2023-05-24",
    )
    mous = [a for a in found.agreements if a.name.startswith("nota kesepahaman tentang")]
    assert len(mous) == 3
    assert all(a.date is not None and a.date.iso == "2023-05-23" for a in mous)
    tourism = next(a for a in mous if "pariwisata" in a.name)
    assert local_ids(tourism.sectors) == {"tourism"}


def test_agreements_a_short_line_that_refers_back_opens_the_list_of_the_set_told(read: Reader) -> None:
    """ "... menyaksikan penandatanganan tiga dokumen kerja sama." then, on a line of its own,
    "Ketiga dokumen itu masing-masing:" and one numbered line per document."""
    found = read(
        "Presiden Kazakhstan Kassym-Jomart Tokayev dan Presiden Laos Thongloun Sisoulith menyaksikan "
        "penandatanganan tiga dokumen kerja sama seusai pertemuan bilateral di Vientiane, Selasa (23/5).\n"
        "Ketiga dokumen itu masing-masing:\n"
        "1. nota kesepahaman kerja sama pelatihan diplomatik;\n"
        "2. nota kesepahaman promosi pariwisata;\n"
        "3. protokol perubahan atas persetujuan perdagangan kedua negara.",
        published="2023-05-24",
    )
    names = {a.name for a in found.agreements}
    assert "nota kesepahaman kerja sama pelatihan diplomatik" in names
    assert any(n.startswith("protokol perubahan") for n in names)


def test_agreements_the_rest_of_a_set_told_by_topic_names_only_specific_documents(read: Reader) -> None:
    """ "Other documents deal with A, a B arrangement and a C protocol": those naming their own kind
    are documents of the set; a field alone ("tourism") stays in the set."""
    found = read(
        "President Tokayev and President Mirziyoyev witnessed the exchange of 12 documents in Tashkent on "
        "Tuesday. There is an MoU on cooperation in digital trade. Other documents deal with tourism, a "
        "currency swap arrangement, media cooperation with Kazinform, and a phytosanitary protocol for "
        "exports of melons to Kazakhstan.",
        published="2025-03-12",
    )
    names = {a.name for a in found.agreements}
    assert "currency swap arrangement" in names
    assert "phytosanitary protocol for exports of melons to Kazakhstan" in names
    assert not any("tourism" in n for n in names)


def test_agreements_a_plan_to_cooperate_is_no_work_plan(read: Reader) -> None:
    found = read(
        "Gubernur Bali menerima Duta Besar Kazakhstan di Denpasar, Senin (9/3/2026). Pertemuan itu membahas "
        "rencana kerja sama pariwisata antara Bali dan Almaty.",
        published="2026-03-10",
    )
    assert not found.agreements


def test_agreements_one_kind_named_with_three_fields_in_a_counted_set_is_one_document_per_field(
    read: Reader,
) -> None:
    found = read(
        "Presiden Prabowo Subianto bertemu Presiden Luong Cuong di Hanoi, Senin (10/3/2025). Kedua kepala "
        "negara menyaksikan penandatanganan enam dokumen kerja sama, antara lain protokol ekspor kopi serta "
        "MoU kerja sama perikanan, kesehatan, dan energi terbarukan.",
        published="2025-03-10",
    )
    names = {a.name for a in found.agreements}
    assert {"MoU kerja sama perikanan", "MoU kerja sama kesehatan", "MoU kerja sama energi terbarukan"} <= names


def test_agreements_fields_beyond_the_count_stay_one_document(read: Reader) -> None:
    found = read(
        "Presiden Prabowo Subianto bertemu Presiden Luong Cuong di Hanoi, Senin (10/3/2025). Kedua kepala "
        "negara menyaksikan penandatanganan dua dokumen kerja sama, antara lain protokol ekspor kopi serta "
        "MoU kerja sama perikanan, kesehatan, dan energi terbarukan.",
        published="2025-03-10",
    )
    assert not any(a.name == "MoU kerja sama kesehatan" for a in found.agreements)


def test_agreements_a_counted_set_is_the_meeting_s_not_the_one_an_item_names(read: Reader) -> None:
    found = read(
        "Presiden Prabowo Subianto bertemu Presiden Luong Cuong di Hanoi, Senin (10/3/2025). Seusai pertemuan, "
        "kedua kepala negara menyaksikan penandatanganan lima dokumen kerja sama, antara lain protokol ekspor "
        "kopi Indonesia ke Vietnam.",
        published="2025-03-10",
    )
    package = next(a for a in found.agreements if "lima dokumen" in a.name)
    assert local_ids(package.parties) == {"indonesia", "vietnam"}


def test_agreements_bodies_going_into_business_after_a_counted_set_make_its_documents(read: Reader) -> None:
    found = read(
        "Pengusaha Indonesia dan Vietnam meneken tiga nota kesepahaman (MoU) di sela Forum Bisnis "
        "Indonesia-Vietnam di Jakarta, Kamis (2/3/2023). Kesepakatan pertama menyentuh sektor energi. "
        "Koperasi Tani Makmur Sejahtera menggandeng Song Da Power untuk membangun pembangkit listrik tenaga "
        "surya. Kelompok rumah sakit Sehat Sentosa bekerja sama dengan Hanoi Medical Partners untuk pelatihan "
        "perawat.",
        published="2023-03-03",
    )
    pairs = [local_ids(a.parties) for a in found.agreements if a.kind.endswith("MemorandumOfUnderstanding")]
    assert {"koperasi-tani-makmur-sejahtera", "song-da-power"} in pairs
    assert {"sehat-sentosa", "hanoi-medical-partners"} in pairs
    mou = next(a for a in found.agreements if "song-da-power" in local_ids(a.parties))
    assert mou.date is not None and mou.date.iso == "2023-03-02"


def test_agreements_bodies_going_into_business_with_no_set_counted_make_no_document(read: Reader) -> None:
    found = read(
        "Koperasi Tani Makmur Sejahtera menggandeng Song Da Power untuk membangun pembangkit listrik tenaga "
        "surya di Jakarta, Kamis (2/3/2023).",
        published="2023-03-03",
    )
    assert not found.agreements


def test_agreements_each_cooperation_of_a_signed_set_between_named_firms_is_one_document(read: Reader) -> None:
    found = read(
        "Kedua pemimpin menyaksikan penandatanganan 12 dokumen kerja sama di Hanoi, Senin (10/3/2025). Di "
        "antaranya kerja sama PT Timah Nusantara (Timah) dengan Vietnam Rare Earth Minerals, serta kerja "
        "sama PT Listrik Jaya (Persero) dengan Song Da Power untuk pembangkit listrik tenaga surya.",
        published="2025-03-10",
    )
    pairs = [local_ids(a.parties) for a in found.agreements]
    assert any("vietnam-rare-earth-minerals" in p for p in pairs)
    assert "Vietnam Rare Earth Minerals" in labels(found, "Organization")


def test_agreements_documents_prepared_or_possibly_signed_and_a_statement_quoted_are_not_signed(read: Reader) -> None:
    found = read(
        "Presiden Joko Widodo bertemu PM Malaysia Anwar Ibrahim di Labuan Bajo, Selasa (9/5/2023). Nota "
        "kesepahaman batas darat segmen Pulau Sebatik serta perjanjian batas laut di Laut Sulawesi disiapkan "
        "untuk segera diteken. Keduanya juga membahas kemungkinan Malaysia menandatangani protokol perikanan. "
        "According to a statement issued after the talks, the two leaders endorsed 30 joint initiatives.",
        published="2023-05-09",
    )
    assert not found.agreements


def test_agreements_a_firm_named_with_its_short_form_signing_after_the_governments_is_another_document(
    read: Reader,
) -> None:
    found = read(
        "Presiden Prabowo Subianto bertemu PM Vietnam Pham Minh Chinh di Hanoi, Senin (10/3/2025). Di bidang "
        "pertahanan, kedua negara menukar MoU tentang pengadaan antarpemerintah (G2G). Perusahaan asal Bandung, "
        "Bandung Avionics & Systems Engineering (BASE), meneken MoU dengan Viettel Group tentang solusi kota pintar.",
        published="2025-03-10",
    )
    assert "Bandung Avionics & Systems Engineering" in labels(found, "Organization")
    firm_mou = [a for a in found.agreements if "bandung-avionics-systems-engineering" in local_ids(a.parties)]
    assert len(firm_mou) == 1 and "vietnam" not in local_ids(firm_mou[0].parties)
    assert any(local_ids(a.parties) == {"indonesia", "vietnam"} for a in found.agreements)


# a magazine's visit story: the deck counts the documents, the body lists them, then recalls an
# earlier visit and the documents signed then
RETURN_VISIT = (
    "Tiga nota kesepahaman diteken dalam kunjungan itu.\n\n"
    "ANKARA - Presiden Prabowo Subianto diterima Presiden Turki Recep Tayyip Erdogan di Ankara, Kamis "
    "(10/4/2025), disusul pertemuan delegasi dan penandatanganan dokumen kerja sama.\n\n"
    "Ada tiga dokumen yang diteken: nota kesepahaman kerja sama penanggulangan bencana; nota kesepahaman "
    "di bidang media dan komunikasi; dan perjanjian kerja sama kebudayaan.\n\n"
    "Pada 12 Februari lalu, Erdogan berada di Istana Kepresidenan Bogor untuk kunjungan kenegaraan sekaligus "
    "memimpin bersama Prabowo pertemuan perdana Dewan Kerja Sama Strategis. "
    "Ketika itu 13 dokumen kerja sama diteken."
)


def test_agreements_a_set_counted_first_and_then_listed_in_full_is_no_package_of_its_own(read: Reader) -> None:
    found = read(RETURN_VISIT, published="2025-04-11")
    packages = [a for a in found.agreements if a.kind.endswith("DocumentPackage")]
    assert [p.date.month for p in packages if p.date is not None] == [2]
    assert len(packages) == 1


def test_agreements_documents_signed_in_a_recalled_time_are_the_recalled_meetings(read: Reader) -> None:
    found = read(RETURN_VISIT, published="2025-04-11")
    (package,) = [a for a in found.agreements if "13" in a.name]
    meeting = next(s for s in found.summits if s.key == package.adopted_at)
    assert meeting.date is not None and (meeting.date.month, meeting.date.day) == (2, 12)
    assert local_ids(package.parties) == {"indonesia", "turkey"}


def test_agreements_a_meeting_held_at_once_with_a_dated_visit_shares_its_day(read: Reader) -> None:
    found = read(RETURN_VISIT, published="2025-04-11")
    assert all(s.date is not None for s in found.summits)
    assert sorted((s.date.month, s.date.day) for s in found.summits) == [(2, 12), (4, 10)]


def test_agreements_an_instrument_of_accession_to_a_treaty_is_one_document(read: Reader) -> None:
    text = (
        "Pada hari ini pula, di sela AMM ke-56, Arab Saudi menandatangani instrumen aksesi terhadap Traktat "
        "Persahabatan dan Kerja Sama di Asia Tenggara."
    )
    found = read(text, published="2023-07-12")
    (accession,) = found.agreements
    assert "Traktat Persahabatan" in accession.name


def test_agreements_a_list_line_s_name_ends_before_its_signers(read: Reader) -> None:
    """ "2. MoU ... di bidang energi, diteken Menteri A dan Menteri B": the signers are not the name's."""
    text = (
        "Presiden Prabowo Subianto dan Presiden Turki Recep Tayyip Erdogan menyaksikan penandatanganan 13 dokumen "
        "kerja sama di Bogor, Rabu (12/2/2025). Beberapa di antaranya:\n\n"
        "1.\n\nMoU tentang layanan keagamaan dan pendidikan keagamaan.\n\n"
        "2.\n\nMoU di bidang energi dan sumber daya mineral, diteken Menteri ESDM Bahlil Lahadalia dan Menteri "
        "Energi Turki Alparslan Bayraktar."
    )
    found = read(text, published="2025-02-12")
    assert "MoU di bidang energi dan sumber daya mineral" in [a.name for a in found.agreements]


def test_agreements_a_topic_ends_where_the_signers_next_deed_begins(read: Reader) -> None:
    text = (
        "Prime Minister Pham Minh Chinh held talks with Russian Prime Minister Mikhail Mishustin in Hanoi on "
        "January 14. Following the talks, the two PMs signed a joint communique on the outcomes of the visit and "
        "witnessed the exchange of seven cooperation documents."
    )
    found = read(text, published="2025-01-14")
    assert "joint communique on the outcomes of the visit" in [a.name for a in found.agreements]


def test_agreements_a_ministry_named_right_after_the_document_word_is_its_party(read: Reader) -> None:
    """ "MoU Kementerian Pertahanan RI dengan Sekretariat Industri Pertahanan Turki": the two bodies named
    in the document's name are its parties, Indonesia's ministry by its English name."""
    text = (
        "Presiden Prabowo Subianto dan Presiden Turki Recep Tayyip Erdogan menyaksikan penandatanganan 13 dokumen "
        "kerja sama di Bogor, Rabu (12/2/2025). Salah satunya MoU Kementerian Pertahanan RI dengan Sekretariat "
        "Industri Pertahanan Kepresidenan Turki (SSB) tentang kerja sama industri pertahanan."
    )
    found = read(text, published="2025-02-12")
    mou = next(a for a in found.agreements if a.name.startswith("MoU"))
    names = {a.iri: a.label for a in found.actors}
    assert "Ministry of Defence of Indonesia" in {names.get(p.target) for p in mou.parties}


def test_agreements_a_country_s_short_form_in_brackets_is_not_a_body_s(read: Reader) -> None:
    """ "Direktur Kantor Komisi Sentral Urusan Luar Negeri Republik Rakyat Tiongkok (RRT), Wang Yi" and later
    "aksesi RRT pada Traktat ...": RRT is China acceding, not the commission signing."""
    text = (
        "Menlu Retno Marsudi bertemu Direktur Kantor Komisi Sentral Urusan Luar Negeri Republik Rakyat Tiongkok "
        "(RRT), Wang Yi, di Jakarta, Rabu (12/7/2023). Keduanya membahas 20 tahun aksesi RRT pada Traktat "
        "Persahabatan dan Kerja Sama di Asia Tenggara (TAC)."
    )
    found = read(text, published="2023-07-12")
    assert not [a for a in found.actors if a.kind == "Organization" and "Komisi Sentral" in (a.surface or a.label)]


def test_agreements_a_list_opened_by_the_documents_named_back_and_an_amending_protocol(read: Reader) -> None:
    """ "Empat dokumen G-to-G itu adalah:" names back the set told agreed; each numbered line is one
    document, "Pernyataan kehendak (letter of intent)" too, and "Protokol Perubahan Kedua atas
    Memorandum ..." is the protocol alone, not also the memorandum it amends."""
    text = (
        "Presiden Prabowo Subianto menemui Presiden UEA Mohamed bin Zayed di Abu Dhabi, Rabu (9/4/2025). "
        "Pertemuan itu ditutup dengan pengumuman delapan dokumen kerja sama yang telah disepakati kedua negara.\n\n"
        "Delapan dokumen itu terdiri atas empat kerja sama antarpemerintah dan empat kerja sama antarpelaku "
        "usaha.\n\nEmpat dokumen G-to-G itu adalah:\n\n1.\n\n"
        "Pernyataan kehendak (letter of intent) antara Kementerian Luar Negeri UEA dan Kementerian Koordinator "
        "Bidang Pangan RI tentang Kemitraan Alam dan Iklim;\n\n2.\n\n"
        "Protokol Perubahan Kedua atas Memorandum Saling Pengertian antara Pemerintah RI dan Pemerintah UEA "
        "tentang Kerja Sama Kelautan dan Perikanan;"
    )
    found = read(text, published="2025-04-09")
    names = [a.name for a in found.agreements]
    assert any(n.startswith("Pernyataan kehendak") for n in names)
    assert [n for n in names if "Memorandum Saling Pengertian" in n] == [
        next(n for n in names if n.startswith("Protokol Perubahan Kedua"))
    ]


def test_agreements_a_cooperation_text_signed_and_its_signing_told_next(read: Reader) -> None:
    """ "naskah kerja sama antara A dan B akhirnya ditandatangani. X dan Y membubuhkan tanda tangan di
    Moskow, Selasa (16/6/2026)": a cooperation text is a document, its day the one the signing was told."""
    text = (
        "Naskah kerja sama antara DPR RI dan Duma Negara Rusia akhirnya ditandatangani.\n\n"
        "Ketua DPR RI Puan Maharani dan Ketua Duma Negara Vyacheslav Volodin membubuhkan tanda tangan di Gedung "
        "Duma, Moskow, Selasa (16/6/2026).\n\n"
        "Ketua Badan Kerja Sama Antar Parlemen (BKSAP) DPR RI Mardani Ali Sera turut dalam delegasi. Dua hari "
        "kemudian delegasi diterima Ketua Dewan Federasi Valentina Matviyenko."
    )
    found = read(text, published="2026-06-19")
    (document,) = found.agreements
    assert document.date is not None and document.date.iso == "2026-06-16"
    assert sorted(local_ids(document.parties)) == ["dpr", "state-duma"]
    assert "Mardani Ali Sera" in labels(found, "Person")
    assert "Federation Council of Russia" in labels(found, "Organization")
