"""Persons introduced by their office, whether or not the gazetteer knows them."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Reader, labels

RUSSIA = "https://w3id.org/dkg/id/country/russia"


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Menteri Perdagangan Laos Malaithong Kommasith menerima delegasi itu di Vientiane.", "Malaithong Kommasith"),
        ("Ia disambut Wakil Perdana Menteri Pertama Rusia Arkady Volkonsky di bandara.", "Arkady Volkonsky"),
        ("Sekjen Partai Komunis Vietnam Tran Van Hoang membuka acara tersebut.", "Tran Van Hoang"),
        (
            "Hadir pula Menteri Dalam Negeri sekaligus Menteri Hukum Singapura K. Ramanathan dalam acara itu.",
            "K. Ramanathan",
        ),
        ("Perjanjian itu diteken Menhan Singapura Ng Wei Lun dan pejabat lain.", "Ng Wei Lun"),
        ("Russian First Deputy Prime Minister Arkady Volkonsky welcomed the guests.", "Arkady Volkonsky"),
        ("Ia juga menemui Ketua MPR Budi Hartono Saputra di Senayan.", "Budi Hartono Saputra"),
        ("Malaysian Ambassador to Laos Datuk Aziz Rahman Hamid attended the dinner.", "Aziz Rahman Hamid"),
        ("He was met by Oman's Ambassador to the State of Qatar Dato' Salim Nasser Harthy.", "Salim Nasser Harthy"),
        ("Kadis Pariwisata Rudy Lumentut mengatakan kunjungan naik.", "Rudy Lumentut"),
        ("Menteri Pelindungan Pekerja Migran Indonesia Siti Aminah Lubis menambahkan hal itu.", "Siti Aminah Lubis"),
        ("Duta Besar RI untuk Tajikistan merangkap Afganistan, Bima Santoso, menyebut hal itu.", "Bima Santoso"),
        ("Kontrak diteken Direktur Komersial UralKali Pavel Demidov di Jakarta.", "Pavel Demidov"),
        ("Kerja sama dibuka Wakil Rektor Riset dan Pengembangan Prof. Maya Dewi Lestari kemarin.", "Maya Dewi Lestari"),
        (
            "It was signed by Deputy Minister of Trade Siti Nurul Aini Binti Rahmat in Doha.",
            "Siti Nurul Aini Binti Rahmat",
        ),
        ("Qatar Chamber Chairman Sheikh Faisal bin Jassim Al Thani opened the forum.", "Faisal bin Jassim Al Thani"),
        ("Nota itu diteken Wakil Rektor Hanoi Polytechnic University Tran Minh Duc.", "Tran Minh Duc"),
        # a portfolio noun made with per-/ke- ... -an, whether or not a word list holds it
        ("Mendag bertemu Wakil Menteri Perindustrian dan Perdagangan Vietnam Le Van Tam.", "Le Van Tam"),
        ("Ia disambut Menteri Kebudayaan dan Kepemudaan Laos Bounleuth Sisavath.", "Bounleuth Sisavath"),
    ],
)
def test_titles_a_name_after_an_office_is_a_person(read: Reader, sentence: str, name: str) -> None:
    assert name in labels(read(sentence), "Person")


def test_titles_the_country_in_the_title_is_whom_the_person_represents(read: Reader) -> None:
    found = read("Ia disambut Wakil Perdana Menteri Pertama Rusia Arkady Volkonsky di bandara.")
    person = next(a for a in found.actors if a.label == "Arkady Volkonsky")
    assert person.represents == (RUSSIA,)


@pytest.mark.parametrize(
    "sentence",
    [
        "Menteri Luar Negeri Rusia mengatakan Pada kesempatan itu tidak ada kesepakatan.",
        "Presiden Rusia Dalam Pidatonya menyinggung perdagangan.",
        "Kementerian Perdagangan menyatakan Kamis Lalu ada rapat.",
    ],
)
def test_titles_no_person_without_a_name_after_the_office(read: Reader, sentence: str) -> None:
    assert not labels(read(sentence), "Person")


def test_titles_an_organization_name_stops_before_the_person(read: Reader) -> None:
    found = read("Xi bertemu Ketua Majelis Nasional Vietnam Tran Van Hoang di Hanoi.")
    assert "Tran Van Hoang" in labels(found, "Person")
    assert not any("Tran" in label for label in labels(found, "Organization"))


def test_titles_a_body_then_a_country_then_the_name(read: Reader) -> None:
    found = read("Ia juga menemui Ketua DPR Thailand Wan Muhamad Noor Matha di Bangkok.")
    assert "Wan Muhamad Noor Matha" in labels(found, "Person")


def test_titles_the_place_an_office_is_of_belongs_to_the_title(read: Reader) -> None:
    """ "Gubernur Abu Dhabi Rashid Al Marri": the city is the office's, the person represents its country."""
    found = read("Presiden Joko Widodo disambut Gubernur Abu Dhabi Rashid Al Marri di bandara.")
    person = next(a for a in found.actors if a.label == "Rashid Al Marri")
    assert person.represents == ("https://w3id.org/dkg/id/country/united-arab-emirates",)
    assert not any("Abu Dhabi" in a.label for a in found.actors if a.kind == "Person")


def test_titles_an_honorific_inside_a_known_name_mints_no_one(read: Reader) -> None:
    found = read("Putra Mahkota Abu Dhabi Sheikh Mohamed bin Zayed Al Nahyan menyambut Presiden Joko Widodo.")
    assert sorted(a.label for a in found.actors if a.kind == "Person") == ["Joko Widodo", "Mohamed bin Zayed Al Nahyan"]


def test_titles_a_known_first_name_followed_by_another_surname_is_someone_else(read: Reader) -> None:
    found = read(
        "Sesi itu dihadiri Perdana Menteri Lebanon Najib Mikati dan Menteri Luar Negeri RI Retno L.P. Marsudi."
    )
    persons = sorted(a.label for a in found.actors if a.kind == "Person")
    assert persons == ["Najib Mikati", "Retno Marsudi"]
    mikati = next(a for a in found.actors if a.label == "Najib Mikati")
    assert mikati.represents == ("https://w3id.org/dkg/id/country/lebanon",)


def test_titles_a_name_set_off_by_commas_after_the_office(read: Reader) -> None:
    found = read(
        "Sidang dipimpin oleh Sekretaris Utama Urusan Luar Negeri Kenya, Korir Sing'oei, dari Nairobi.", "2024-05-22"
    )
    person = next(a for a in found.actors if a.label == "Korir Sing'oei")
    assert person.represents == ("https://w3id.org/dkg/id/country/kenya",)
    assert "Utama Urusan Luar Negeri" not in labels(found)


@pytest.mark.parametrize(
    "sentence, name, not_a_person",
    [
        (
            "Direktur Jenderal Kerja Sama Multilateral Kementerian Luar Negeri, Teguh Wirasena, mengatakan hal itu.",
            "Teguh Wirasena",
            "Kerja Sama Multilateral",
        ),
        (
            "Kontrak diteken Direktur Utama PT Pertamina Hulu EP, Rangga Adiwinata, dan mitranya.",
            "Rangga Adiwinata",
            "Hulu EP",
        ),
        ("Kontrak diteken Wakil Ketua Direksi KazMunayGas, Arman Tulegenov.", "Arman Tulegenov", "Direksi"),
        ("MoU diteken Direktur Jenderal Vinafood II, Tran Van Long, di Hanoi.", "Tran Van Long", "Vinafood"),
    ],
)
def test_titles_a_name_set_off_by_commas_after_the_office_and_its_body(
    read: Reader, sentence: str, name: str, not_a_person: str
) -> None:
    persons = labels(read(sentence), "Person")
    assert name in persons
    assert not any(not_a_person in p for p in persons)


def test_titles_a_chamber_of_commerce_is_the_body_of_its_chairman(read: Reader) -> None:
    """ "Ketua Kamar Dagang dan Industri Uzbekistan X": the chamber is a body of the office, not a
    name, and a signing chamber keeps its own English name."""
    found = read("Ketua Kamar Dagang dan Industri Uzbekistan Rustam Karimov meneken nota kesepahaman itu.")
    assert labels(found, "Person") == {"Rustam Karimov"}
    assert "Chamber of Commerce and Industry of Uzbekistan" in labels(found, "Organization")


def test_titles_honorifics_and_a_province_are_not_part_of_the_name(read: Reader) -> None:
    """ "Gubernur Kalimantan Barat X", "Timbalan Premier Sarawak Datuk Amar Y", "Datuk Z": the province
    or state belongs to the title, the honorific to neither, and the person serves that country."""
    found = read(
        "Sidang dibuka Gubernur Kalimantan Barat Hendrikus Wibowo dan Timbalan Premier Sarawak Datuk Amar "
        "Jamilah Hasbi. Deputy Foreign Minister Datuk Azmi Kamaruddin received them.",
        "2025-09-19",
    )
    persons = {a.label: a.represents for a in found.actors if a.kind == "Person"}
    assert persons["Hendrikus Wibowo"] == ("https://w3id.org/dkg/id/country/indonesia",)
    assert persons["Jamilah Hasbi"] == ("https://w3id.org/dkg/id/country/malaysia",)
    assert "Azmi Kamaruddin" in persons


def test_titles_a_malaysian_state_s_chief_minister_and_his_honorifics(read: Reader) -> None:
    found = read(
        "Penandatanganan disaksikan Gubernur Kepri Ansar Ahmad dan Menteri Besar Johor Yang Amat Berhormat "
        "Datuk Onn Hafiz Ghazi. Nota itu diteken Setiausaha Kerajaan Negeri Johor Dato' Asmadi Johari."
    )
    assert {"Onn Hafiz Ghazi", "Asmadi Johari"} <= labels(found, "Person")


def test_titles_a_malaysian_deputy_minister(read: Reader) -> None:
    found = read("Wamentan bertemu Timbalan Menteri Pertanian dan Keterjaminan Makanan Malaysia Arthur Joseph Kurup.")
    assert "Arthur Joseph Kurup" in labels(found, "Person")


def test_titles_a_body_known_by_its_short_name_in_brackets_then_the_name(read: Reader) -> None:
    found = read(
        "Di panggung, Ketua Pegawai Eksekutif Malaysia Rail Link (MRL) Datuk Zulkarnain Mohd Yusof dan Ketua "
        "China Communications Construction Company (CCCC) Chen Yunfeng bertukar perjanjian operasi jalur kereta."
    )
    persons = labels(found, "Person")
    assert {"Zulkarnain Mohd Yusof", "Chen Yunfeng"} <= persons
    assert not any(p.startswith(("Pegawai", "Rail", "Ketua")) for p in persons | labels(found, "Organization"))


def test_titles_a_country_set_off_by_commas_before_the_name(read: Reader) -> None:
    """ "Ketua Menteri Penang, Malaysia, Chow Kon Yeow, ...": the country in apposition, then the name."""
    found = read(
        "Ketua Menteri Penang, Malaysia, Chow Kon Yeow, mengakhiri kunjungan kerja di Medan, Jumat (13/3/2026).",
        published="2026-03-14",
    )
    chow = next(a for a in found.actors if a.label == "Chow Kon Yeow")
    assert [r.rsplit("/", 1)[-1] for r in chow.represents] == ["malaysia"]


def test_titles_a_department_and_its_number_belong_to_the_office(read: Reader) -> None:
    found = read(
        "Putin didampingi Deputi Direktur Protokol Kemlu Rusia Alexander Prusov serta Deputi Direktur "
        "Departemen Asia ke-3 Pavel Klabukov."
    )
    persons = labels(found, "Person")
    assert {"Alexander Prusov", "Pavel Klabukov"} <= persons
    assert "Departemen Asia" not in persons


def test_titles_an_honorific_opens_a_name_set_off_by_commas(read: Reader) -> None:
    found = read(
        "Menteri Luar Negeri Sugiono menerima kunjungan kehormatan Duta Besar Malaysia untuk Indonesia, "
        "Dato' Syed Mohamad Hasrin Tengku Hussin, di Jakarta pada 12 Maret 2025.",
        published="2025-03-13",
    )
    assert "Syed Mohamad Hasrin Tengku Hussin" in labels(found, "Person")


def test_titles_a_person_of_a_place_represents_the_place_s_country(read: Reader) -> None:
    """ "Wakil Rektor ... FEFU, Dr. Anton Lebedev": the campus lies in a city in Russia; a person
    represents a country or an organization, never a place (the shapes say so)."""
    found = read(
        "Dokumen itu diteken Wakil Rektor Bidang Hubungan Internasional FEFU, Dr. Anton Lebedev, yang hadir "
        "bersama delegasi dosen dari Vladivostok."
    )
    lebedev = next(a for a in found.actors if a.label == "Anton Lebedev")
    assert [r.rsplit("/", 1)[-1] for r in lebedev.represents] == ["russia"]


def test_titles_a_body_the_gazetteer_lacks_then_its_acronym_then_the_name(read: Reader) -> None:
    """ "Sekretaris Jenderal Dewan Kerja Sama Negara-Negara Pesisir (DKNP) Ahmad Yusuf": the body's
    words, reduplicated ones among them, are not the person's name."""
    found = read(
        "Menteri Luar Negeri Sugiono bertemu Sekretaris Jenderal Dewan Kerja Sama Negara-Negara Pesisir (DKNP) "
        "Ahmad Yusuf di Jakarta, Senin (3/3/2025).",
        published="2025-03-04",
    )
    assert "Ahmad Yusuf" in labels(found, "Person")
    assert not any("Negara" in name for name in labels(found, "Person"))


def test_titles_one_country_s_body_named_with_another_country_is_that_country_s(read: Reader) -> None:
    """ "Ketua DPR Thailand": Thailand's house, not the Indonesian DPR the gazetteer knows."""
    found = read(
        "Perdana Menteri Kamboja Hun Manet bertemu Ketua DPR Thailand Wan Muhamad Noor Matha di Bangkok, "
        "Rabu (7/2/2024).",
        published="2024-02-07",
    )
    assert "House of Representatives of Indonesia" not in labels(found)
    wan = next(a for a in found.actors if a.label == "Wan Muhamad Noor Matha")
    assert [r.rsplit("/", 1)[-1] for r in wan.represents] == ["thailand"]


def test_titles_an_arabic_honorific_is_not_part_of_the_name(read: Reader) -> None:
    found = read(
        "Presiden Prabowo Subianto bertemu Wakil Perdana Menteri Oman Sayyid Shihab bin Tarik Al Said di Muscat, "
        "Selasa (20/10/2026).",
        published="2026-10-21",
    )
    assert "Shihab bin Tarik Al Said" in labels(found, "Person")


def test_titles_a_commission_of_parliament_is_the_body_and_the_name_follows_it(read: Reader) -> None:
    """ "Ketua Komisi XI DPR, Mukhamad Misbakhun": the commission is no person, its numeral is not Xi
    Jinping, and the name set off by commas (or right after the body) is the chair's."""
    found = read(
        "Ketua Komisi XI DPR, Arif Wicaksono, menyambut delegasi parlemen Uzbekistan di Jakarta. "
        "Ketua Komisi I DPR Laras Pramesti turut hadir.",
        published="2026-02-11",
    )
    persons = labels(found, "Person")
    assert {"Arif Wicaksono", "Laras Pramesti"} <= persons
    assert not any(p.startswith("Komisi") for p in persons)
    assert "Xi Jinping" not in persons


def test_titles_a_body_with_its_short_name_in_brackets_then_the_name(read: Reader) -> None:
    """ "Kepala Badan Karantina Indonesia (Barantin) X", "Menteri ... Tiongkok (General Administration of
    Customs of China/GACC) Y": the body's words, its country, its bracketed names, then the person."""
    found = read(
        "Kepala Badan Standardisasi Indonesia (Besindo) Rahmat Hidayat dan Menteri Administrasi Umum "
        "Kepabeanan Tiongkok (General Administration of Customs of China/GACC) Liu Wenhua menandatangani "
        "protokol di Shanghai, Kamis (5/11/2026).",
        published="2026-11-06",
    )
    persons = {a.label: a for a in found.actors if a.kind == "Person"}
    assert {"Rahmat Hidayat", "Liu Wenhua"} <= set(persons)
    assert any(r.endswith("/country/indonesia") for r in persons["Rahmat Hidayat"].represents)


def test_titles_a_military_rank_is_not_part_of_the_name(read: Reader) -> None:
    found = read(
        "Menhan Sjafrie Sjamsoeddin bertemu Wakil Menteri Pertahanan Rusia Kolonel Jenderal Viktor Goremykin "
        "di Manila, Selasa (17/11/2026).",
        published="2026-11-17",
    )
    assert "Viktor Goremykin" in labels(found, "Person")
    assert not any("Kolonel" in p for p in labels(found, "Person"))


def test_titles_a_directorate_s_words_are_no_name(read: Reader) -> None:
    found = read(
        "Menurut Direktur Kerjasama Asia Tenggara Kemlu RI Denny Abdi, isu sawit turut dibahas di Jakarta.",
        published="2018-07-23",
    )
    assert "Kerjasama Asia Tenggara" not in labels(found, "Person")


def test_titles_a_portfolio_listed_with_commas_and_a_known_name_said_in_full(read: Reader) -> None:
    """ "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi X", "Menteri Badan Usaha Milik Negara Y",
    "Perdana Menteri ..., Kay Rala Xanana Gusmao" (the gazetteer's Xanana Gusmão in full)."""
    found = read(
        "Delegasi Indonesia yang hadir yaitu Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Ratih Wulandari "
        "dan Menteri Badan Usaha Milik Negara Bagus Santoso. Presiden menyambut Perdana Menteri Timor-Leste, "
        "Kay Rala Xanana Gusmao, di Istana Bogor, Jumat (26/1/2024).",
        published="2024-01-26",
    )
    persons = labels(found, "Person")
    assert {"Ratih Wulandari", "Bagus Santoso"} <= persons
    assert not any("Usaha" in p or "Kay Rala" in p for p in persons)
    assert any(a.iri.endswith("/xanana-gusmao") for a in found.actors)


def test_titles_a_body_s_portfolio_before_the_name_and_haji_before_it(read: Reader) -> None:
    """ "Wakil Ketua Umum Kadin Bidang Hubungan Internasional X": the portfolio belongs to the body;
    "Gubernur Aceh H. Y": "H." (Haji) before the name, but "Yasonna H. Laoly" keeps its initial."""
    found = read(
        "Dokumen ditandatangani Wakil Ketua Umum Kadin Bidang Hubungan Internasional Rendra Saputra, Gubernur "
        "Aceh H. Teuku Rahmat, dan Menteri Hukum Yasonna H. Laoly di Banda Aceh.",
        published="2026-01-01",
    )
    persons = labels(found, "Person")
    assert {"Rendra Saputra", "Teuku Rahmat"} <= persons
    assert any(p.endswith("Laoly") and p.startswith("Yasonna") for p in persons)


def test_titles_the_one_word_name_of_a_region_or_board_after_its_noun_is_the_offices(read: Reader) -> None:
    """ "Gubernur Wilayah Bukhara Uktam Barnoev", "Ketua Dewan Agrobank Saidkamol Khodjaev": the word after
    "Wilayah", "Dewan" names the region or board, the person is the name after it."""
    found = read(
        "Delegasi Kirgistan terdiri atas Gubernur Wilayah Osh Temirbek Ormonov, Ketua Dewan Aiylbank "
        "Nurlan Sadykov, dan Sekretaris Daerah Provinsi Kalbar Muhammad Rizal Fauzi.",
        published="2017-08-22",
    )
    assert {"Temirbek Ormonov", "Nurlan Sadykov", "Muhammad Rizal Fauzi"} <= labels(found, "Person")


def test_titles_a_known_body_with_its_legal_form_in_brackets_then_the_name(read: Reader) -> None:
    found = read("Direktur Utama PT PLN (Persero) Darmawan Prasodjo meneken nota kesepahaman.", published="2025-03-05")
    assert "Darmawan Prasodjo" in labels(found, "Person")


def test_titles_a_second_office_after_merangkap_and_an_intra_word_are_the_titles(read: Reader) -> None:
    """ "Duta Besar ... merangkap Wakil Tetap RI untuk OKI, X": the second office leads to the name;
    "Direktur Kerja Sama Intrakawasan Y": a word made with intra-/antar- is the portfolio's."""
    found = read(
        "Delegasi Laos terdiri atas Duta Besar Laos untuk Arab Saudi merangkap Wakil Tetap Laos untuk OKI, "
        "Khamphao Ernthavanh, serta Direktur Kerja Sama Intrakawasan Sengphet Houngboungnuang.",
        published="2025-03-05",
    )
    assert {"Khamphao Ernthavanh", "Sengphet Houngboungnuang"} <= labels(found, "Person")


def test_titles_an_english_office_in_lower_case_right_before_a_name(read: Reader) -> None:
    found = read(
        "In May 2019, then defence minister Ahmad Faizal Rahman visited Ankara, where he met then Turkish "
        "foreign minister Cemil Ozturk. The defence minister said the talks went well."
    )
    persons = labels(found, "Person")
    assert {"Ahmad Faizal Rahman", "Cemil Ozturk"} <= persons


def test_titles_then_hyphen_and_ketika_itu_before_the_name(read: Reader) -> None:
    found = read(
        "In 2019, then-President Lee Kwan-ho of South Korea visited Jakarta. Menteri Luar Negeri ketika itu, "
        "Datuk Seri Rahman Hashim, turut hadir."
    )
    assert {"Lee Kwan-ho", "Rahman Hashim"} <= labels(found, "Person")


def test_titles_a_short_form_the_article_gave_a_body_and_a_force_before_a_name_are_not_the_name(read: Reader) -> None:
    found = read(
        "Badan Karantina Indonesia (Barantin) menandatangani nota kesepahaman dengan mitranya dari Laos. "
        "Nota itu ditandatangani Wakil Kepala Barantin Suryo Wibowo. Delegasi dipimpin Direktur Jenderal "
        "Strategi Pertahanan Kemhan, Mayjen TNI Agus Santosa, di Vientiane."
    )
    persons = labels(found, "Person")
    assert {"Suryo Wibowo", "Agus Santosa"} <= persons
    assert not any(p.startswith(("Barantin", "TNI")) for p in persons)


def test_titles_training_is_a_portfolio_word_before_a_name(read: Reader) -> None:
    found = read(
        "The MoU was signed by Deputy Minister of Education and Training Nguyen Van Phuc and his Lao counterpart."
    )
    assert "Nguyen Van Phuc" in labels(found, "Person")


def test_titles_an_address_after_an_office_is_not_its_holder(read: Reader) -> None:
    found = read(
        "Gubernur menerima Duta Besar Laos, Khamphao Ernthavanh, di Rumah Jabatan Gubernur, Jalan Sam "
        "Ratulangi, Manado, Selasa (19/5/2026)."
    )
    assert not any(p.startswith("Jalan") for p in labels(found, "Person"))


def test_titles_a_member_of_parliament_is_introduced_by_the_body_he_sits_in(read: Reader) -> None:
    found = read(
        "Gubernur Jawa Barat menjamu anggota Majelis Agung Nasional (Parlemen) Turki, Ahmet Yilmaz, beserta "
        "rombongan. Ia juga bertemu anggota Parlemen Mesir Hassan Mahmoud. Separately, lawmaker Tan Boon Huat "
        "of Singapore attended."
    )
    assert {"Ahmet Yilmaz", "Hassan Mahmoud", "Tan Boon Huat"} <= labels(found, "Person")
