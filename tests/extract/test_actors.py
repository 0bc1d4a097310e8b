"""Organizations read by their head word: kept where they act, their country where they do not."""

from __future__ import annotations

from tests.extract.conftest import Reader, labels, local_ids


def test_actors_an_acting_ministry_is_an_actor(read: Reader) -> None:
    found = read("Badan Pengawas Obat Laos mengumumkan aturan baru pada Selasa.")
    assert "Badan Pengawas Obat Laos" in labels(found, "Organization")


def test_actors_a_ministry_named_in_passing_is_its_country(read: Reader) -> None:
    found = read("Perjanjian itu diteken pejabat Badan Pengawas Obat Laos dan mitranya dari Thailand.")
    assert not labels(found, "Organization")
    assert {"Laos", "Thailand"} <= labels(found, "Country")


def test_actors_organizations_that_sign_are_actors(read: Reader) -> None:
    """The subjects of a verb of signing, and the bodies named after "antara ... dan", sign."""
    found = read(
        "The Sarawak Timber Corporation (STC) and the Lao Centre for Forest Research signed an MoU on "
        "timber certification on Monday. Nota kesepahaman antara Badan Meteorologi Laos dan "
        "Badan Riset Kamboja juga ditandatangani."
    )
    orgs = labels(found, "Organization")
    assert {"Sarawak Timber Corporation", "Lao Centre for Forest Research"} <= orgs
    assert {"Badan Meteorologi Laos", "Badan Riset Kamboja"} <= {a.surface or a.label for a in found.actors}


def test_actors_a_bracketed_short_name_is_another_name_but_a_legal_form_is_not(read: Reader) -> None:
    found = read(
        "Kerja sama itu ditandatangani oleh PT Borneo Nickel Smelter (BNS) dan Bank Pembangunan Oman. "
        "Kontrak lain diteken oleh PT Kapal Nusantara Maju (Persero) dan Perusahaan Galangan Oman."
    )
    aliases = {a.label: a.aliases for a in found.actors if a.kind == "Organization"}
    assert aliases["Borneo Nickel Smelter"] == ("BNS",)
    assert aliases["Kapal Nusantara Maju"] == ()


def test_actors_a_ministry_of_no_country_said_is_no_one_body(read: Reader) -> None:
    found = read("Kedua menteri menandatangani rencana konsultasi antara Kementerian Luar Negeri kedua negara.")
    assert not labels(found, "Organization")


def test_actors_an_english_possessive_gives_a_ministry_its_country(read: Reader) -> None:
    found = read("Laos's Ministry of Energy and Mines signed an agreement with Thailand on Tuesday.")
    assert "Ministry of Energy and Mines of Laos" in labels(found, "Organization")


def test_actors_a_person_is_also_known_without_middle_initials(read: Reader) -> None:
    found = read("Menteri Perdagangan Laos Somchai K. Phommavong menandatangani perjanjian itu pada Senin.")
    person = next(a for a in found.actors if a.label == "Somchai K. Phommavong")
    assert person.aliases == ("Somchai Phommavong",)


def test_actors_a_ministry_of_both_countries_is_each_country_s(read: Reader) -> None:
    found = read(
        "Menlu Indonesia Retno Marsudi bertemu Menlu Rusia Sergey Lavrov di Jakarta pada 6 Juli 2021. "
        "Kedua menteri menandatangani Rencana Konsultasi antara Kementerian Luar Negeri kedua negara.",
        published="2021-07-07",
    )
    parties = {p.target.rsplit("/", 1)[-1] for a in found.agreements for p in a.parties}
    assert {"indonesian-mfa", "russian-mfa"} <= parties


def test_actors_dan_between_two_bodies_joins_no_name(read: Reader) -> None:
    """ "antara Universitas Gadjah Mada dan National University of Laos": two universities, the first
    named in English as the university of its proper name."""
    found = read("Nota kesepahaman diteken antara Universitas Gadjah Mada dan National University of Laos.")
    assert {"Gadjah Mada University", "National University of Laos"} <= labels(found, "Organization")


def test_actors_a_given_name_alone_later_is_the_person_unless_another_bears_it(read: Reader) -> None:
    found = read(
        "Menteri Perdagangan Indonesia Budi Santoso tiba di Manila, Senin (21/9/2026).\n\n"
        "Pada Selasa, Budi bertemu Wakil Menteri Perdagangan Vietnam Hoang Minh Duc.",
        published="2026-09-23",
    )
    met = next(s for s in found.summits if "hoang-minh-duc" in local_ids(s.participants))
    assert "budi-santoso" in local_ids(met.participants)
    shared = read(
        "Menteri Perdagangan Indonesia Budi Santoso dan Kepala Polri Budi Gunawan tiba di Manila, Senin "
        "(21/9/2026).\n\nPada Selasa, Budi bertemu Wakil Menteri Perdagangan Vietnam Hoang Minh Duc.",
        published="2026-09-23",
    )
    met = next(s for s in shared.summits if "hoang-minh-duc" in local_ids(s.participants))
    assert not {"budi-santoso", "budi-gunawan"} & local_ids(met.participants)


def test_actors_an_office_alone_after_its_holder_was_introduced_is_that_person(read: Reader) -> None:
    found = read(
        "ASTANA – Wakil Menteri Pertanian Sudaryono memimpin delegasi Indonesia pada Sidang Umum IOFS di Astana, "
        "Kazakhstan, Selasa (2/6/2026).\n\n"
        "Setibanya di Astana pada Senin (1/6), Wamentan langsung bertemu Wakil Menteri Pertanian Kazakhstan "
        "Azat Sultanbekov.",
        published="2026-06-04",
    )
    assert "Sudaryono" in labels(found, "Person")  # one name, as many Indonesians have
    met = next(s for s in found.summits if "azat-sultanbekov" in local_ids(s.participants))
    assert "sudaryono" in local_ids(met.participants)


def test_actors_the_two_a_document_is_made_between_are_its_parties(read: Reader) -> None:
    found = read(
        "Kontrak pembelian minyak sawit itu diteken antara PT Perkebunan Nusantara III (Persero) dan "
        "COFCO International. Nota kesepahaman lain dibuat antara Bank Rakyat dan Presiden Joko Widodo."
    )
    assert {"Perkebunan Nusantara III", "COFCO International"} <= labels(found, "Organization")
    contract = next(a for a in found.agreements if a.name.startswith("Kontrak"))
    assert local_ids(contract.parties) == {"perkebunan-nusantara-iii", "cofco-international"}
    assert "Presiden Joko Widodo" not in labels(found)


def test_actors_dan_before_a_one_word_brand_joins_two_bodies(read: Reader) -> None:
    found = read("Dalam forum itu, Bank Sumut dan Maybank meneken MoU layanan pembayaran lintas batas.")
    assert "Bank Sumut" in labels(found, "Organization")
    assert "Bank Sumut dan Maybank" not in labels(found, "Organization")


def test_actors_a_nickname_given_after_the_name_is_the_same_person(read: Reader) -> None:
    """ "Gubernur Aceh Muzakir Manaf atau yang akrab disapa Mualem": "Mualem" alone later is him."""
    found = read(
        "Gubernur Aceh Muzakir Manaf atau yang akrab disapa Mualem menerima Duta Besar Qatar di Banda Aceh, "
        "Selasa (11/8/2026).\n\n"
        "Tahun lalu, Mualem berkunjung ke Doha dan bertemu Menteri Perdagangan Qatar Faisal bin Thani Al Thani.",
        published="2026-08-12",
    )
    doha = next(s for s in found.summits if "faisal-bin-thani-al-thani" in local_ids(s.participants))
    assert "muzakir-manaf" in local_ids(doha.participants)
    assert doha.date is not None and doha.date.iso == "2025"


def test_actors_a_famous_one_word_name_is_the_story_s_own_person_of_that_name(read: Reader) -> None:
    """The gazetteer knows "Anwar" as Anwar Ibrahim; a story that introduced Governor Anwar Hafid
    means him by "Gubernur Anwar" and "Anwar" later."""
    text = (
        "Gubernur Sulawesi Tengah Anwar Hafid menerima Duta Besar Jepang untuk Indonesia Masaki Yasushi di Palu, "
        "Senin (4/5/2026). Dalam pertemuan tersebut, Gubernur Anwar menyampaikan peluang investasi. "
        "Ini bukan pertemuan pertama Anwar Hafid dengan Masaki Yasushi. Kala itu Anwar memaparkan proyek nikel."
    )
    found = read(text, published="2026-05-04")
    assert "https://w3id.org/dkg/id/person/anwar-ibrahim" not in {a.iri for a in found.actors}
    assert len(found.summits) == 1  # "Ini bukan pertemuan pertama": the meeting told, and earlier ones
    assert local_ids(found.summits[0].participants) == {"anwar-hafid", "masaki-yasushi"}
    assert str(found.summits[0].location).endswith("/place/palu")


def test_actors_a_family_name_put_first_is_the_person_later_and_a_shared_word_is_not(read: Reader) -> None:
    """ "Li" alone is Li Qiang; the "Ibrahim" of "Sultan Ibrahim" is not Anwar Ibrahim."""
    text = (
        "Prime Minister Anwar Ibrahim held talks with Chinese Premier Li Qiang in Putrajaya on Wednesday. "
        "This afternoon Li was granted an audience with the Yang di-Pertuan Agong Sultan Ibrahim at Istana Negara."
    )
    found = read(text, published="2024-06-19")
    audience = next(s for s in found.summits if "audience" in s.name)
    assert local_ids(audience.participants) == {"li-qiang", "sultan-ibrahim"}
    assert str(audience.location).endswith("/place/kuala-lumpur")  # the palace of the story's country


def test_actors_an_office_between_two_parties_is_no_firm_and_no_name(read: Reader) -> None:
    """ "talks between Russian President Vladimir Putin and Chairman of the State Administration
    Council, Prime Minister of Myanmar Min Aung Hlaing": the offices name no body and no person."""
    text = (
        "Russia and Myanmar signed an agreement on a small nuclear power plant following talks between Russian "
        "President Vladimir Putin and Chairman of the State Administration Council, Prime Minister of Myanmar "
        "Min Aung Hlaing at the Kremlin on Tuesday."
    )
    found = read(text, published="2025-03-05")
    assert not {a.label for a in found.actors} & {"Chairman", "Prime Minister"}


def test_actors_an_english_ministry_of_a_country_s_long_name_is_labelled_with_its_short_name(read: Reader) -> None:
    """ "Ministry of Education of the Republic of Kazakhstan", "... of the Russian Federation": the
    country's own name labels the body, and "the Republic" between two states is no firm."""
    text = (
        "Moscow, November 12 (Example Wire) - President Vladimir Putin held talks with President Kassym-Jomart "
        "Tokayev of Kazakhstan in the Kremlin.\n\n"
        "Following the talks, the Ministry of Economic Development of the Russian Federation and the Ministry of "
        "Education of the Republic of Kazakhstan signed a memorandum of understanding on special economic zones "
        "between the Russian Federation and the Republic of Kazakhstan."
    )
    found = read(text, published="2025-11-12")
    organizations = labels(found, "Organization")
    assert {"Ministry of Economic Development of Russia", "Ministry of Education of Kazakhstan"} <= organizations
    assert "Republic" not in organizations


def test_actors_an_english_body_named_with_two_fields_joined_by_and_is_one_body(read: Reader) -> None:
    """ "The Malaysian Palm Oil Research and Development Board and the Kazan Federal University
    signed ...": "Research and Development" is inside one name; the "and" after "Board" joins two."""
    text = (
        "The Malaysian Palm Oil Research and Development Board (MPORDB) and the Kazan Federal University "
        "signed an MoU on joint research in oleochemicals in Kazan on Tuesday."
    )
    found = read(text, published="2026-05-13")
    orgs = labels(found, "Organization")
    assert {"Malaysian Palm Oil Research and Development Board", "Kazan Federal University"} <= orgs
    assert [sorted(local_ids(a.parties)) for a in found.agreements] == [
        ["kazan-federal-university", "malaysian-palm-oil-research-and-development-board"]
    ]


def test_actors_a_known_body_after_and_is_a_second_body(read: Reader) -> None:
    """ "Badan X dan <a body the lexicon knows>" names two bodies, not one name joined by "dan"."""
    found = read(
        "Badan Karantina Laos dan Administrasi Umum Kepabeanan Tiongkok meneken protokol ekspor "
        "pisang beku di Vientiane, Senin (12/5)."
    )
    orgs = {a.surface or a.label for a in found.actors if a.kind == "Organization"}
    assert "Badan Karantina Laos" in orgs
    assert not any(" dan " in name for name in orgs)
    assert "General Administration of Customs of China" in labels(found, "Organization")


def test_actors_a_national_body_named_with_another_country_is_not_the_known_one(read: Reader) -> None:
    """ "Kamar Dagang dan Industri (KADIN) Uzbekistan": the gazetteer's KADIN is Indonesia's, as its own
    name says; followed by another country it is that country's chamber."""
    found = read(
        "Ketua Kamar Dagang dan Industri (KADIN) Uzbekistan Adham Ikramov menerima Duta Besar RI di Tashkent, "
        "Selasa (25/7/2017).",
        published="2017-07-26",
    )
    assert "Indonesian Chamber of Commerce and Industry" not in labels(found, "Organization")
    found = read("Kadin Indonesia menggelar forum bisnis di Jakarta, Selasa (25/7/2017).", published="2017-07-26")
    assert "Indonesian Chamber of Commerce and Industry" in labels(found, "Organization")


def test_actors_the_bare_office_of_the_storys_president_is_that_president(read: Reader) -> None:
    """ "Presiden menerima ..." in a release that names its president far more often than a guest
    president: the story's president."""
    found = read(
        "Presiden Laos Thongloun Sisoulith membuka KTT di Vientiane, Senin (7/3/2016). Presiden Thongloun "
        "Sisoulith memimpin sidang. Presiden Thongloun Sisoulith juga memberi sambutan. Presiden Palestina "
        "Mahmoud Abbas hadir. Pada hari yang sama Presiden menerima Pangeran El Hassan bin Talal dari Yordania.",
        published="2016-03-07",
    )
    met = [s for s in found.summits if "el-hassan-bin-talal" in local_ids(s.participants)]
    assert met and "thongloun-sisoulith" in local_ids(met[0].participants)


def test_actors_a_country_a_visit_goes_to_is_an_actor_a_city_is_not(read: Reader) -> None:
    found = read(
        "Sebelumnya, Presiden Joko Widodo melawat ke Sri Lanka. Lawatan akan ditutup dengan kunjungan ke "
        "Kabul, Afghanistan. Presiden tiba di Nepal pada malam hari.",
        published="2018-01-27",
    )
    countries = labels(found, "Country")
    assert {"Sri Lanka", "Afghanistan"} <= countries
    assert "Nepal" not in countries  # arriving "di" a country tells a place


def test_actors_a_short_form_that_signs_is_named_by_the_long_name_spelled_out_before(read: Reader) -> None:
    found = read(
        "Direktur Utama Kalimantan Ferry Link (KFL) Budi Santoso hadir di Pontianak, Senin. "
        "Nota kesepahaman pelatihan awak kapal antara KFL dan Sabah Maritime Academy diteken hari itu."
    )
    kfl = next(a for a in found.actors if a.surface == "KFL")
    assert kfl.label == "Kalimantan Ferry Link"
    assert "Direktur Utama Kalimantan Ferry Link" not in labels(found)


def test_actors_an_english_name_in_brackets_after_a_body_is_its_english_label(read: Reader) -> None:
    found = read(
        "Asosiasi Petani Kopi Gayo (Gayo Coffee Farmers Association/APKG) menandatangani kontrak "
        "ekspor dengan PT Kopi Nusantara Jaya pada Selasa."
    )
    body = next(a for a in found.actors if a.surface == "Asosiasi Petani Kopi Gayo")
    assert body.label == "Gayo Coffee Farmers Association"
    assert "APKG" in body.aliases


def test_actors_a_titled_name_that_ends_a_known_person_s_fuller_name_is_that_person(read: Reader) -> None:
    found = read("ANKARA, June 3 - President Tayyip Erdogan received the Swedish prime minister on Tuesday.")
    assert "Recep Tayyip Erdoğan" in labels(found, "Person")
    assert "Tayyip Erdogan" not in labels(found)


def test_actors_firms_named_one_by_one_after_the_sentence_says_they_are_firms(read: Reader) -> None:
    found = read(
        "He also met executives of several major Malaysian firms, including Sapura, Gamuda and Genting, to "
        "seek investment. Indonesia menggandeng mitra seperti Tiongkok, Rusia, dan Korea Selatan."
    )
    orgs = labels(found, "Organization")
    assert {"Sapura", "Gamuda", "Genting"} <= orgs
    assert not {"Tiongkok", "Rusia", "Korea Selatan"} & orgs


def test_actors_the_office_in_lower_case_after_its_holder_was_introduced_is_that_person(read: Reader) -> None:
    found = read(
        "RIYADH, Jan 17 - Thai Prime Minister Srettha Thavisin met Crown Prince Mohammed bin Salman in Riyadh "
        "on Thursday. In November 2022, the crown prince made his own official visit to Bangkok.",
        published="2025-01-17",
    )
    visit = next(s for s in found.summits if s.date is not None and s.date.iso == "2022-11")
    assert "mohammed-bin-salman" in local_ids(visit.participants)


def test_actors_hospitals_railways_and_airlines_that_sign_are_organizations(read: Reader) -> None:
    found = read(
        "Selain itu, RS Harapan Sehat dan Gleneagles Penang Hospital menandatangani perjanjian rujukan pasien. "
        "Vietnam National Railway and Thai Lion Airlines signed a memorandum on through ticketing."
    )
    orgs = labels(found, "Organization")
    assert {"Harapan Sehat Hospital", "Gleneagles Penang Hospital", "Vietnam National Railway"} <= orgs


def test_actors_the_bodies_that_hold_an_event_are_organizations_by_their_english_names(read: Reader) -> None:
    found = read(
        "The forum was co-hosted by the Board of Investment of Vietnam (BIV) and the Trade and Industry Ministry. "
        "Forum bisnis itu digelar Kadin Indonesia bersama Federasi Kamar Dagang Oman (Federation of Oman Chambers)."
    )
    orgs = labels(found, "Organization")
    assert {"Board of Investment of Vietnam", "Federation of Oman Chambers"} <= orgs
    ministry = next(a for a in found.actors if a.label == "Trade and Industry Ministry")
    assert "Ministry of Trade and Industry" in ministry.aliases


def test_actors_a_name_after_a_word_of_its_kind_that_signs_is_an_organization(read: Reader) -> None:
    found = read(
        "Di sela kunjungan itu, kantor berita Bernama meneken kerja sama dengan Xinhua, sementara maskapai "
        "Firefly menandatangani nota kesepahaman dengan China Southern Airlines."
    )
    assert {"Bernama", "Firefly"} <= labels(found, "Organization")


def test_actors_a_flag_rank_before_a_name_is_no_part_of_it(read: Reader) -> None:
    text = (
        "Dari pihak Rusia juga hadir Komandan Flotila Armada Pasifik Rusia, Laksamana Muda Pavel Dorn, dan "
        "Marsekal Pertama Tomas Varga."
    )
    persons = labels(read(text, published="2024-11-04"), "Person")
    assert {"Pavel Dorn", "Tomas Varga"} <= persons
    assert not [p for p in persons if p.startswith(("Muda", "Pertama"))]


def test_actors_the_navies_of_a_joint_exercise_are_their_services(read: Reader) -> None:
    text = "TNI Angkatan Laut dan Angkatan Laut Rusia menggelar latihan bersama di Surabaya, Senin (4/11/2024)."
    assert {"Indonesian Navy", "Russian Navy"} <= labels(read(text, published="2024-11-04"), "Organization")


def test_actors_a_place_named_after_a_king_is_no_person(read: Reader) -> None:
    text = "Jemaah akan tiba melalui Bandara Amir Mohammad bin Abdul Aziz dan pulang melalui Bandara King Abdul Aziz."
    assert not labels(read(text, published="2025-01-12"), "Person")


def test_actors_a_hajj_directorate_is_the_office_not_the_name(read: Reader) -> None:
    text = "Hadir pula Direktur Layanan Haji Luar Negeri Pavel Dorn dan Menteri Haji dan Umrah Arab Saudi Tomas Varga."
    persons = labels(read(text, published="2025-01-12"), "Person")
    assert {"Pavel Dorn", "Tomas Varga"} <= persons


def test_actors_a_king_by_his_full_name_after_his_title_is_the_known_king(read: Reader) -> None:
    text = (
        "Presiden Prabowo Subianto dan Raja Yordania Abdullah II bin Al-Hussein bertemu di Amman, Senin (14/4/2025). "
        "Raja Abdullah II menyambutnya di bandara."
    )
    persons = labels(read(text, published="2025-04-14"), "Person")
    assert "Abdullah II of Jordan" in persons and "Abdullah II" not in persons


def test_actors_an_office_someone_named_held_then_is_no_mention_of_its_holder(read: Reader) -> None:
    """ "Prabowo, yang masih menjabat Menteri Pertahanan": what Prabowo was, not the minister introduced."""
    text = (
        "Persetujuan itu diteken Menteri Pertahanan Sjafrie Sjamsoeddin di Amman, Senin (14/4/2025).\n\n"
        "Pada Juni 2024, Prabowo, yang masih menjabat Menteri Pertahanan, menghadiri Konferensi Gaza di Amman."
    )
    found = read(text, published="2025-04-14")
    (conference,) = [s for s in found.summits if s.date is not None and s.date.year == 2024]
    assert local_ids(conference.participants) == {"prabowo-subianto"}


def test_actors_a_firm_s_name_between_its_office_and_the_person_is_not_the_person_s(read: Reader) -> None:
    text = (
        "Chairman Republikorp Norman Joesoef dan CEO Baykar Haluk Bayraktar meneken perjanjian usaha patungan "
        "di Bogor, Rabu (12/2/2025)."
    )
    persons = labels(read(text, published="2025-02-12"), "Person")
    assert {"Norman Joesoef", "Haluk Bayraktar"} <= persons
    assert not {"Republikorp Norman Joesoef", "Baykar Haluk Bayraktar"} & persons


def test_actors_a_person_of_three_names_after_a_minister_s_office_keeps_them(read: Reader) -> None:
    """Only a firm's office sets a first word apart: "Menteri Perdagangan Budi Santoso Wibowo" is one name."""
    text = "Menteri Perdagangan Laos Khampheng Saysompheng Vongsa bertemu mitranya di Vientiane, Senin (3/3/2025)."
    assert "Khampheng Saysompheng Vongsa" in labels(read(text, published="2025-03-03"), "Person")


def test_actors_an_office_someone_still_held_then_names_no_holder(read: Reader) -> None:
    """ "Prabowo, saat itu masih Menteri Pertahanan": what Prabowo then was, not the minister introduced."""
    text = (
        "Persetujuan itu diteken Menteri Pertahanan Sjafrie Sjamsoeddin di Amman, Senin (14/4/2025).\n\n"
        "Pada Juli 2024, Prabowo, saat itu masih Menteri Pertahanan, diterima Presiden Vladimir Putin di Moskow."
    )
    found = read(text, published="2025-04-14")
    (kremlin,) = [s for s in found.summits if s.date is not None and s.date.year == 2024]
    assert local_ids(kremlin.participants) == {"prabowo-subianto", "vladimir-putin"}


def test_actors_a_group_named_before_an_office_that_introduces_another_name_is_no_person(read: Reader) -> None:
    text = "Ia menambahkan, salah satu Wali Songo, Syekh Maulana Malik Ibrahim, berasal dari Samarkand."
    assert "Wali Songo" not in labels(read(text, published="2025-07-01"), "Person")


def test_actors_a_known_person_written_with_a_middle_initial_is_the_known_one(read: Reader) -> None:
    text = (
        "Sidang dipimpin Menteri Koordinator Bidang Perekonomian Airlangga Hartarto dan Wakil Perdana Menteri "
        "Pertama Federasi Rusia Denis V. Manturov di Jakarta, Selasa (15/4/2025)."
    )
    persons = labels(read(text, published="2025-04-15"), "Person")
    assert "Denis Manturov" in persons and "Denis V. Manturov" not in persons


def test_actors_malay_titles_introduce_their_persons(read: Reader) -> None:
    """Malay offices: "Duta Besar Malaysia ke China Datuk A", "Ahli Majlis Negara merangkap Menteri Keselamatan
    Awam China, B", "Ketua Eksekutif Wilayah Pentadbiran Khas Hong Kong (HKSAR), C"."""
    text = (
        "Ahmad Zahid diiringi Duta Besar Malaysia ke China Datuk Norman Muhamad. Petang semalam, beliau "
        "mengadakan kunjungan hormat ke atas Ahli Majlis Negara merangkap Menteri Keselamatan Awam China, Wang "
        "Xiaohong. Lawatan bermula di Hong Kong, di mana beliau mengadakan kunjungan hormat ke atas Ketua "
        "Eksekutif Wilayah Pentadbiran Khas Hong Kong (HKSAR), John Lee Ka-chiu."
    )
    persons = labels(read(text, published="2024-06-01"), "Person")
    assert {"Norman Muhamad", "Wang Xiaohong", "John Lee Ka-chiu"} <= persons


def test_actors_indonesian_ministries_are_known_by_their_english_names(read: Reader) -> None:
    """Ministries of Indonesia are named in Indonesian, by short forms, and parties to documents."""
    found = read(
        "Kementerian ESDM dan Kementerian Energi Rusia meneken MoU di bidang energi pada Kamis. "
        "Kemenko Perekonomian dan Kementerian Perhubungan RI juga menandatangani nota kesepahaman."
    )
    orgs = labels(found, "Organization")
    assert {
        "Ministry of Energy and Mineral Resources of Indonesia",
        "Coordinating Ministry for Economic Affairs of Indonesia",
        "Ministry of Transportation of Indonesia",
    } <= orgs


def test_actors_a_known_ministry_s_name_ending_on_another_country_is_that_country_s(read: Reader) -> None:
    """ "Kementerian Perhubungan" is Indonesia's; "Kementerian Perindustrian dan Perdagangan Vietnam" and
    "Kementerian Kebudayaan dan Pariwisata Turki" are Vietnam's and Turkey's own."""
    found = read(
        "Nota itu diteken antara Kementerian Kebudayaan RI dan Kementerian Kebudayaan dan Pariwisata Turki. "
        "LoI lain diteken antara Kementerian Perhubungan Vietnam dan Kementerian Perindustrian dan "
        "Perdagangan Vietnam."
    )
    orgs = labels(found, "Organization")
    assert {
        "Ministry of Culture of Indonesia",
        "Ministry of Culture and Tourism of Turkey",
        "Ministry of Industry and Trade of Vietnam",
        "Ministry of Transport of Vietnam",
    } <= orgs
    assert "Ministry of Transportation of Indonesia" not in orgs
    assert "Ministry of Industry of Indonesia" not in orgs


def test_actors_a_country_that_takes_the_is_written_with_it_in_a_body_s_name(read: Reader) -> None:
    found = read("Perjanjian itu diteken antara Kementerian Dalam Negeri Uni Emirat Arab dan Polri.")
    body = next(a for a in found.actors if a.label == "Ministry of Home Affairs of United Arab Emirates")
    assert "Ministry of Interior of the United Arab Emirates" in body.aliases


def test_actors_a_malay_agency_of_a_region_signs_with_bersama(read: Reader) -> None:
    """ "HDC memeterai MoU bersama Agensi Pembangunan Pelaburan Tatarstan (TIDA)": a Malay head word
    ("Agensi"), the other side after "bersama", and a region's own body named place first in English."""
    found = read(
        "Perbadanan Pembangunan Industri Halal (HDC) memeterai memorandum persefahaman (MoU) bersama "
        "Agensi Pembangunan Pelaburan Tatarstan (TIDA) di Kazan semalam."
    )
    agency = next(a for a in found.actors if a.surface == "Agensi Pembangunan Pelaburan Tatarstan")
    assert "Tatarstan Investment Development Agency" in agency.aliases
    assert any(agency.iri in {p.target for p in a.parties} for a in found.agreements)


def test_actors_a_region_s_government_is_named_by_the_region(read: Reader) -> None:
    """ "Pemerintah Provinsi Sulut", "Pemprov Jatim", "Pemerintah Provinsi Fujian": a province's
    government, named in English by its region (the gazetteer's name where it knows the region)."""
    found = read(
        "Surat pernyataan kehendak diteken antara Pemerintah Provinsi Sulut dan Pemerintah Provinsi Hainan. "
        "Nota kesepahaman lain ditandatangani antara Pemprov Jatim dan Pemerintah Provinsi Fujian."
    )
    assert {
        "North Sulawesi Provincial Government",
        "Hainan Provincial Government",
        "East Java Provincial Government",
        "Fujian Provincial Government",
    } <= labels(found, "Organization")
