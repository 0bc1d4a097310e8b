"""Event coreference: one visit reported in several ways is one meeting."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Reader, labels, local_ids

VISIT_TOLD_TWICE = (
    "Presiden Indonesia Prabowo Subianto menerima Presiden Vietnam Luong Cuong di Istana Merdeka, Jakarta, "
    "Selasa (4/3/2025).\n\n"
    "Lawatan Luong Cuong ke Indonesia merupakan yang pertama sejak ia menjabat.\n\n"
    "Dalam pembicaraan bilateral, kedua pemimpin membahas kerja sama energi dan perikanan."
)


def test_coref_undated_mentions_join_the_dated_meeting(read: Reader) -> None:
    found = read(VISIT_TOLD_TWICE, published="2025-03-05")
    held = [s for s in found.summits if s.status == "held"]
    assert len(held) == 1
    assert held[0].date is not None and held[0].date.iso == "2025-03-04"


def test_coref_a_meeting_with_other_parties_stays_apart(read: Reader) -> None:
    other = "Sementara itu, Presiden Prancis Emmanuel Macron bertemu Kanselir Jerman Olaf Scholz di Paris."
    text = VISIT_TOLD_TWICE + "\n\n" + other
    found = read(text, published="2025-03-05")
    assert len([s for s in found.summits if s.status == "held"]) == 2


def test_coref_a_planned_visit_without_a_date_is_not_folded_into_another_plan(read: Reader) -> None:
    text = (
        "Anwar mengundang Putin untuk melakukan kunjungan resmi ke Malaysia atau menghadiri KTT ASEAN "
        "yang akan digelar di Malaysia pada Oktober 2025."
    )
    found = read(text, published="2025-05-14")
    assert len([s for s in found.summits if s.status == "planned"]) == 2


def test_coref_an_undated_meeting_takes_the_day_the_story_is_telling(read: Reader) -> None:
    text = (
        "Menteri Luar Negeri Laos Saleumxay Kommasith bertemu Menteri Luar Negeri Thailand Parnpree Bahiddha-nukara "
        "di Vientiane pada 7 Juli 2023.\n\n"
        "Saleumxay juga bertemu Menteri Luar Negeri Kamboja Sok Chenda Sophea untuk membahas perdagangan."
    )
    found = read(text, published="2023-07-08")
    dates = sorted(s.date.iso for s in found.summits if s.date is not None)
    assert dates == ["2023-07-07", "2023-07-07"]


def test_coref_that_afternoon_and_the_next_day_date_a_meeting(read: Reader) -> None:
    text = (
        "Presiden Tiongkok Xi Jinping tiba di Hanoi pada Selasa (12/12/2023) siang.\n\n"
        "Sore harinya, Xi berunding dengan Sekjen Partai Komunis Vietnam Nguyen Phu Trong.\n\n"
        "Keesokan harinya, Xi bertemu Perdana Menteri Vietnam Pham Minh Chinh."
    )
    found = read(text, published="2023-12-14")
    assert sorted(s.date.iso for s in found.summits if s.date is not None) == ["2023-12-12", "2023-12-13"]


def test_coref_a_meeting_dated_after_publication_is_planned(read: Reader) -> None:
    text = (
        "Presiden Vietnam Luong Cuong tiba di Jakarta pada Senin (3/3/2025).\n\n"
        "Keesokan harinya, Luong Cuong akan bertemu Presiden Prabowo Subianto di Istana Merdeka."
    )
    found = read(text, published="2025-03-03")
    assert [s.status for s in found.summits if s.date is not None and s.date.iso == "2025-03-04"] == ["planned"]


def test_coref_a_meeting_dated_in_a_past_year_is_held_beside_a_plan(read: Reader) -> None:
    """ "menghadiri KTT APEC di Bali pada 2013 dan akan kembali": the plan's "akan" does not make the
    meeting dated years ago a plan."""
    text = (
        "Presiden Rusia Vladimir Putin diundang ke Jakarta.\n\n"
        "Putin menghadiri KTT APEC di Bali pada 2013 dan akan kembali tahun ini."
    )
    found = read(text, published="2026-02-12")
    assert [(s.status, s.date.iso) for s in found.summits if s.date is not None and s.date.year == 2013] == [
        ("held", "2013")
    ]


def test_coref_several_meetings_in_one_word_are_the_ones_told_after(read: Reader) -> None:
    text = (
        "Menteri Perdagangan Budi Santoso menggelar sejumlah pertemuan bilateral di Manila, Selasa (22/9/2026).\n\n"
        "Ia bertemu Menteri Perdagangan Vietnam Le Van Tam untuk membahas beras."
    )
    found = read(text, published="2026-09-23")
    assert len(found.summits) == 1
    assert "le-van-tam" in local_ids(found.summits[0].participants)


def test_coref_several_meetings_with_the_persons_named_stay_meetings(read: Reader) -> None:
    text = "Rabu (3/7/2024), Putin menggelar serangkaian pertemuan bilateral, antara lain dengan Xi Jinping."
    found = read(text, published="2024-07-04")
    assert [local_ids(s.participants) for s in found.summits] == [{"vladimir-putin", "xi-jinping"}]


def test_coref_a_bare_kind_word_refers_to_the_named_meeting(read: Reader) -> None:
    text = (
        "KTT Khusus ASEAN-Australia berlangsung di Melbourne pada 4-6 Maret 2024.\n\n"
        "KTT dipimpin bersama oleh Perdana Menteri Australia Anthony Albanese dan PM Laos Sonexay Siphandone."
    )
    found = read(text, published="2024-03-07")
    assert len(found.summits) == 1


def test_coref_the_meeting_after_on_the_sidelines_of_is_the_host(read: Reader) -> None:
    text = (
        "Menteri Luar Negeri Rusia Sergey Lavrov menghadiri Pertemuan Menteri Luar Negeri ASEAN-Rusia "
        "di Kuala Lumpur pada 10 Juli 2025.\n\n"
        "Di sela pertemuan, Lavrov bertemu dengan Menteri Luar Negeri Malaysia Mohamad Hasan."
    )
    found = read(text, published="2025-07-11")
    assert len(found.summits) == 2
    assert all(s.date is not None and s.date.iso == "2025-07-10" for s in found.summits)


def test_coref_a_visit_and_its_talks_a_day_later_are_one_meeting(read: Reader) -> None:
    text = (
        "Presiden Turki Recep Tayyip Erdogan tiba di Kuala Lumpur pada Senin (10/2/2025) untuk kunjungan resmi "
        "ke Malaysia.\n\n"
        "Erdogan bertemu Perdana Menteri Malaysia Anwar Ibrahim di Putrajaya, Selasa (11/2/2025), dan membahas "
        "perdagangan serta pertahanan."
    )
    found = read(text, published="2025-02-11")
    assert [s.date.iso for s in found.summits if s.date is not None] == ["2025-02-11"]


def test_coref_a_meeting_from_years_ago_takes_no_sectors_of_the_story(read: Reader) -> None:
    text = (
        "Presiden Prabowo Subianto bertemu Presiden Brasil Luiz Inacio Lula da Silva di Brasilia, Rabu (9/7/2025).\n\n"
        "Lula mengaitkan kunjungan itu dengan semangat Konferensi Asia-Afrika 1955 di Bandung.\n\n"
        "Kedua pemimpin membahas perdagangan dan energi."
    )
    found = read(text, published="2025-07-11")
    by_year = {s.date.year: s for s in found.summits if s.date is not None}
    assert by_year[1955].sectors == ()
    assert len(by_year[2025].sectors) == 2


def test_coref_a_kind_word_before_a_sector_is_a_field_not_a_meeting(read: Reader) -> None:
    text = (
        "KTT ASEAN-GCC digelar di Riyadh pada Jumat (20/10/2023).\n\n"
        "Kerangka kerja itu mencakup dialog politik dan keamanan, perdagangan dan pariwisata."
    )
    found = read(text, published="2023-10-21")
    assert len(found.summits) == 1
    assert len(found.summits[0].sectors) >= 2


def test_coref_meeting_two_leaders_of_different_countries_is_two_meetings(read: Reader) -> None:
    text = (
        "Pada hari yang sama, Presiden Joko Widodo bertemu PM Kamboja Hun Manet dan "
        "PM Selandia Baru Christopher Luxon di Melbourne, Selasa (5/3/2024)."
    )
    found = read(text, published="2024-03-06")
    pairs = sorted(sorted(link.target.rsplit("/", 1)[-1] for link in s.participants) for s in found.summits)
    assert len(pairs) == 2 and all(len(p) == 2 for p in pairs)


def test_coref_leaders_met_separately_are_separate_meetings(read: Reader) -> None:
    text = (
        "Pada Rabu (13/12/2023), Presiden Tiongkok Xi Jinping secara terpisah bertemu Presiden Vietnam "
        "Vo Van Thuong dan Perdana Menteri Vietnam Pham Minh Chinh di Hanoi."
    )
    found = read(text, published="2023-12-14")
    assert len(found.summits) == 2


def test_coref_the_day_before_what_was_just_said(read: Reader) -> None:
    text = (
        "Presiden Joko Widodo bertemu Presiden Rusia Vladimir Putin di Moskow pada 30 Juni 2022. "
        "Sehari sebelumnya, Presiden Joko Widodo bertemu Presiden Ukraina Volodymyr Zelenskyy di Kyiv."
    )
    found = read(text, published="2022-07-01")
    assert sorted(s.date.iso for s in found.summits if s.date is not None) == ["2022-06-29", "2022-06-30"]


def test_coref_the_next_day_inside_a_sentence(read: Reader) -> None:
    text = (
        "Senin (8/7/2024) malam, Perdana Menteri India Narendra Modi bertemu Presiden Rusia Vladimir Putin "
        "secara informal di Moskow.\n\n"
        "Dalam pembicaraan resmi keesokan harinya, Modi dan Putin membahas kerja sama energi."
    )
    found = read(text, published="2024-07-10")
    talks = [s for s in found.summits if s.sectors]
    assert len(talks) == 1 and talks[0].date is not None and talks[0].date.iso == "2024-07-09"


def test_coref_two_verbs_of_meeting_with_persons_of_their_own_are_two_meetings(read: Reader) -> None:
    text = (
        "Menteri Luar Negeri RI Retno Marsudi berkunjung ke Tashkent pada 11-12 Maret 2024. Di sana, Retno bertemu "
        "Menteri Luar Negeri Uzbekistan Bakhtiyor Saidov dan diterima Presiden Uzbekistan Shavkat Mirziyoyev."
    )
    found = read(text, published="2024-03-13")
    pairs = sorted(sorted(link.target.rsplit("/", 1)[-1] for link in s.participants) for s in found.summits)
    assert ["bakhtiyor-saidov", "retno-marsudi"] in pairs
    assert ["retno-marsudi", "shavkat-mirziyoyev"] in pairs


def test_coref_a_meeting_named_as_the_time_of_another_is_not_joined_by_its_persons(read: Reader) -> None:
    """ "Seusai penutupan KTT, Jokowi menerima Xi dalam pertemuan bilateral": the summit is when,
    the bilateral meeting is what, held on the summit's day."""
    text = (
        "Konferensi Tingkat Tinggi G20 di Nusa Dua ditutup Rabu (16/11/2022). "
        "Sehari sebelumnya, Senin (14/11), Presiden Amerika Serikat Joe Biden bertemu Presiden Brasil Lula. "
        "Seusai penutupan KTT, Presiden Joko Widodo menerima Presiden China Xi Jinping dalam pertemuan bilateral."
    )
    found = read(text, published="2022-11-17")
    summit = next(s for s in found.summits if "G20" in s.name)
    bilateral = next(s for s in found.summits if s.name == "pertemuan bilateral")
    assert not local_ids(summit.participants) & {"joko-widodo", "xi-jinping"}
    assert local_ids(bilateral.participants) == {"joko-widodo", "xi-jinping"}
    assert bilateral.date is not None and bilateral.date.iso == "2022-11-16"


def test_coref_persons_announcing_after_a_meeting_are_its_participants(read: Reader) -> None:
    text = (
        "Keputusan itu diumumkan Presiden Prabowo Subianto dan Sekretaris Jenderal Partai Komunis Vietnam "
        "To Lam usai pertemuan di Istana Merdeka, Jakarta, Senin (10/3/2025)."
    )
    found = read(text, published="2025-03-11")
    assert {p.target.rsplit("/", 1)[-1] for s in found.summits for p in s.participants} >= {
        "prabowo-subianto",
        "to-lam",
    }


def test_coref_a_host_summit_is_not_dated_by_the_side_meeting_before_it(read: Reader) -> None:
    """ "Selasa (5/3/2024), di sela KTT X": Tuesday is the bilateral meeting's day; the summit ran
    4-6 March, and a declaration adopted on its last day came from it."""
    text = (
        "Presiden Joko Widodo bertemu Perdana Menteri Australia Anthony Albanese di Melbourne, Selasa (5/3/2024), "
        "di sela KTT Khusus ASEAN-Australia.\n\n"
        "KTT Khusus ASEAN-Australia berlangsung pada 4-6 Maret 2024 untuk memperingati 50 tahun kemitraan dialog "
        "ASEAN-Australia.\n\n"
        "Pada hari terakhir, Rabu (6/3), para pemimpin mengadopsi Deklarasi Melbourne. Kedua dokumen memuat "
        "kerja sama perdagangan dan pendidikan."
    )
    found = read(text, published="2024-03-07")
    summit = next(s for s in found.summits if s.name.startswith("KTT"))
    assert summit.date is not None and summit.date.iso == "2024-03"
    assert not any(s.name.startswith("dialog") for s in found.summits)  # a dialogue partnership is no meeting
    assert summit.location is not None and summit.location.endswith("/melbourne")
    declaration = next(a for a in found.agreements if a.name == "Deklarasi Melbourne")
    assert declaration.adopted_at == summit.key


def test_coref_a_day_written_out_before_a_host_with_no_meeting_before_it_is_the_host_s(read: Reader) -> None:
    """ "menandatangani perjanjiannya pada 21 Desember 2025, di sela sidang Dewan X": no side meeting is
    told, so the day is the session's; "Pada hari ini pula, di sela X" only tells the story's day."""
    text = (
        "Menteri Perdagangan Budi Santoso bertemu Menteri Rusia Anton Alikhanov di St. Petersburg, Rabu (3/6/2026).\n\n"
        "Budi kemudian menandatangani perjanjiannya pada 21 Desember 2025 di kota yang sama, di sela sidang "
        "Dewan Ekonomi Eurasia Tertinggi."
    )
    found = read(text, published="2026-06-05")
    session = next(s for s in found.summits if "Eurasia" in s.name)
    assert session.date is not None and session.date.iso == "2025-12-21"


def test_coref_topics_of_documents_referred_to_together(read: Reader) -> None:
    text = (
        "Para pemimpin ASEAN dan Australia mengadopsi Deklarasi Melbourne serta Pernyataan Visi Para Pemimpin "
        "di Melbourne, Rabu (6/3/2024). Kedua dokumen memuat arah kerja sama perdagangan, energi bersih "
        "dan pendidikan."
    )
    found = read(text, published="2024-03-07")
    for a in found.agreements:
        assert local_ids(a.sectors) >= {"trade", "energy", "education"}


def test_coref_a_meeting_named_later_by_its_acronym(read: Reader) -> None:
    """ "(G20 Foreign Ministers' Meeting/FMM)" then "FMM G20 dibuka ...": the short name is that
    meeting, and "Pertemuan dihadiri ..." names who attended it."""
    text = (
        "Di sela-sela Pertemuan Menteri Luar Negeri G20 (G20 Foreign Ministers' Meeting/FMM) yang berlangsung di "
        "Nusa Dua, Bali, pada 7-8 Juli 2022, Menteri Luar Negeri RI Retno Marsudi melakukan pertemuan bilateral "
        "dengan Menteri Luar Negeri Rusia Sergey Lavrov.\n\n"
        "FMM G20 dibuka secara resmi oleh Menlu Retno pada Jumat pagi (8/7). Pertemuan dihadiri para Menlu negara "
        "anggota G20, antara lain Menlu Amerika Serikat Antony Blinken dan Menlu RRT Wang Yi."
    )
    found = read(text, published="2022-07-08")
    fmm = next(s for s in found.summits if "G20" in s.name)
    assert local_ids(fmm.participants) >= {"antony-blinken", "wang-yi"}
    assert not any(local_ids(s.participants) == {"antony-blinken", "wang-yi"} for s in found.summits)


def test_coref_a_signed_title_is_a_document_not_a_meeting(read: Reader) -> None:
    text = (
        "Menteri Luar Negeri Rusia Sergey Lavrov berkunjung ke Jakarta pada 6 Juli 2021. Dalam kunjungan tersebut, "
        "kedua Menlu menandatangani Rencana Konsultasi antara Kementerian Luar Negeri kedua negara."
    )
    found = read(text, published="2022-07-08")
    assert [a.name for a in found.agreements] == ["Rencana Konsultasi antara Kementerian Luar Negeri"]
    assert not any("Konsultasi" in s.name for s in found.summits)


def test_coref_the_pair_opening_a_paragraph_after_a_flashback_is_the_story_s(read: Reader) -> None:
    text = (
        "Presiden Joko Widodo bertemu Perdana Menteri Singapura Lee Hsien Loong di Bintan, Selasa (25/1/2022).\n\n"
        "Keduanya terakhir bertatap muka di sela KTT G20 di Roma, Oktober tahun lalu.\n\n"
        "Kedua pemimpin juga membahas kerja sama energi dan pendidikan."
    )
    found = read(text, published="2022-01-25")
    bintan = next(s for s in found.summits if s.date is not None and s.date.iso == "2022-01-25")
    assert local_ids(bintan.sectors) == {"energy", "education"}
    assert all(not s.sectors for s in found.summits if s is not bintan)


def test_coref_a_state_visit_closing_after_its_talks_is_one_meeting(read: Reader) -> None:
    """The lead tells the two-day state visit by its last day; the talks were the day before."""
    text = (
        "Presiden Tiongkok Xi Jinping menutup kunjungan kenegaraan dua hari ke Vietnam pada Rabu (13/12/2023).\n\n"
        "Xi mendarat di Hanoi pada Selasa (12/12) siang. Sore harinya, Xi berunding dengan Sekretaris Jenderal "
        "Partai Komunis Vietnam Nguyen Phu Trong di Hanoi."
    )
    found = read(text, published="2023-12-13")
    assert len(found.summits) == 1
    assert found.summits[0].date is not None and found.summits[0].date.iso == "2023-12-12"


def test_coref_a_meeting_told_before_the_summit_it_was_held_beside(read: Reader) -> None:
    """ "pertemuan singkat keduanya di sela KTT APEC di Lima, November lalu": the two leaders of the
    visit met beside the summit, in its month; "ia" later in a sentence is the person told before."""
    text = (
        "Presiden Prabowo Subianto menerima Perdana Menteri Jepang Shigeru Ishiba di Istana Bogor, Sabtu (11/1/2025). "
        "Ishiba juga mengingat pertemuan singkat keduanya di sela KTT APEC di Lima, Peru, November lalu.\n\n"
        "Ishiba tiba di Jakarta pada Jumat (10/1) sore. Sebelumnya ia berkunjung ke Malaysia dan bertemu "
        "Perdana Menteri Anwar Ibrahim."
    )
    found = read(text, published="2025-01-11")
    side = next(s for s in found.summits if s.name == "pertemuan")
    assert local_ids(side.participants) == {"prabowo-subianto", "shigeru-ishiba"}
    assert side.date is not None and side.date.iso == "2024-11"
    malaysia = next(s for s in found.summits if "Anwar" in s.name)
    assert local_ids(malaysia.participants) == {"anwar-ibrahim", "shigeru-ishiba"}
    assert malaysia.date is not None and malaysia.date.iso == "2025-01"  # "Sebelumnya": earlier in the story's month


def test_coref_a_summit_told_by_its_closing_day_and_then_by_its_span(read: Reader) -> None:
    """The closing day, then "KTT yang berlangsung 9-11 Mei ini": a three-day summit is its month,
    a bare "KTT" is the article's own summit even after others were named, and its declaration
    keeps the day the text told."""
    text = (
        "Presiden Joko Widodo menutup Konferensi Tingkat Tinggi (KTT) ke-42 ASEAN di Labuan Bajo, Kamis (11/5/2023). "
        "Para pemimpin mengadopsi Deklarasi Labuan Bajo.\n\n"
        "Pada hari terakhir digelar pula KTT ke-15 Segitiga Pertumbuhan Indonesia-Malaysia-Thailand (IMT-GT).\n\n"
        "Bagi warga Labuan Bajo, KTT yang berlangsung 9-11 Mei ini membawa berkah tersendiri."
    )
    found = read(text, published="2023-05-12")
    asean = next(s for s in found.summits if "ke-42" in s.name)
    assert asean.date is not None and asean.date.iso == "2023-05"
    declaration = next(a for a in found.agreements if a.name == "Deklarasi Labuan Bajo")
    assert declaration.date is not None and declaration.date.iso == "2023-05-11"


def test_coref_meetings_told_by_the_person_put_first(read: Reader) -> None:
    """ "Bersama PM Vietnam X, ia membahas ...", "Dengan PM Timor Leste Y, Jokowi sepakat ...": one
    meeting with each, on the day the story told, a target year being a topic, not a date; topics
    said after one of several persons met were discussed with that person."""
    text = (
        "Sehari sebelum KTT, Selasa (9/5/2023), Presiden Joko Widodo menggelar empat pertemuan bilateral. "
        "Bersama Perdana Menteri Vietnam Pham Minh Chinh, ia membahas target perdagangan pada 2028 serta kerja sama "
        "energi. Dengan Perdana Menteri Timor Leste Taur Matan Ruak, Jokowi sepakat membentuk kelompok kerja. "
        "Jokowi juga bertemu Perdana Menteri Malaysia Anwar Ibrahim untuk membahas perlindungan pekerja migran, "
        "lalu Perdana Menteri Laos Sonexay Siphandone yang menyoroti kerja sama pariwisata."
    )
    found = read(text, published="2023-05-12")

    def with_(person: str):  # type: ignore[no-untyped-def]
        return next(s for s in found.summits if any(p.target.endswith(person) for p in s.participants))

    for person in ("pham-minh-chinh", "taur-matan-ruak", "anwar-ibrahim", "sonexay-siphandone"):
        meeting = with_(person)
        assert any(p.target.endswith("joko-widodo") for p in meeting.participants)
        assert meeting.date is not None and meeting.date.iso == "2023-05-09"
    assert local_ids(with_("anwar-ibrahim").sectors) == {"labour-migration"}
    assert local_ids(with_("sonexay-siphandone").sectors) == {"tourism"}


def test_coref_no_meeting_in_a_room_a_negotiation_or_last_week_s_wrong_day(read: Reader) -> None:
    """ "ruang pertemuan" is a room, "perundingan ... Partnership Agreement" a negotiation, and
    "Senin pekan lalu" the Monday of the week before."""
    text = (
        "Tawa delegasi pecah di ruang pertemuan Hotel Westin Chosun, Busan, Senin pekan lalu. Presiden Joko Widodo "
        "bertemu Presiden Korea Selatan Moon Jae-in di Busan, Senin pekan lalu. Hasil terbesarnya adalah rampungnya "
        "perundingan Indonesia-Korea Comprehensive Economic Partnership Agreement (IK-CEPA)."
    )
    found = read(text, published="2019-12-02")
    assert [s.date.iso if s.date else None for s in found.summits] == ["2019-11-25"]


def test_coref_kind_words_inside_a_bracketed_short_name_or_a_document_title(read: Reader) -> None:
    """ "(Dialog 2+2)" after a meeting's name is that meeting; "Nota Kesepahaman tentang Pembentukan
    Dialog Strategis" is a document, the dialogue it sets up no meeting of the day."""
    text = (
        "Menteri Luar Negeri Sugiono mengikuti Pertemuan Tingkat Menteri Pertama Dialog Bersama Menteri Luar Negeri "
        "dan Menteri Pertahanan (Dialog 2+2) Indonesia-Tiongkok di Beijing, Senin (21/4/2025), bersama Menteri "
        "Luar Negeri Tiongkok Wang Yi. Sugiono dan Wang Yi menandatangani Nota Kesepahaman tentang Pembentukan "
        "Dialog Strategis Komprehensif."
    )
    found = read(text, published="2025-04-21")
    assert len(found.summits) == 1
    assert [a.name for a in found.agreements] == ["Nota Kesepahaman tentang Pembentukan Dialog Strategis Komprehensif"]


def test_coref_the_pair_after_a_flashback_met_earlier_and_attended_the_host(read: Reader) -> None:
    """ "Keduanya terakhir bertatap muka di sela KTT G20 di Roma": the story's two leaders (the
    first two persons of different countries, not their ministers) met there, and so attended it."""
    text = (
        "Presiden Joko Widodo bertemu Perdana Menteri Singapura Lee Hsien Loong di Bintan, Selasa (25/1/2022). "
        "Perjanjian diteken Menteri Perhubungan Budi Karya Sumadi dan Menteri Transportasi Singapura S. Iswaran.\n\n"
        "Pertemuan sebelumnya kedua pemimpin berlangsung di Singapura pada Oktober 2019.\n\n"
        "Keduanya terakhir bertatap muka di sela KTT G20 di Roma, Oktober tahun lalu."
    )
    found = read(text, published="2022-01-25")

    def persons(s):  # type: ignore[no-untyped-def]
        return {p.target.rsplit("/", 1)[-1] for p in s.participants if "/person/" in p.target}

    pair = {"joko-widodo", "lee-hsien-loong"}
    earlier = next(s for s in found.summits if s.date is not None and s.date.iso == "2019-10")
    assert persons(earlier) == pair
    side = next(s for s in found.summits if s.date is not None and s.date.iso == "2021-10" and "KTT" not in s.name)
    assert persons(side) == pair
    g20 = next(s for s in found.summits if "G20" in s.name)
    assert pair <= persons(g20)


def test_coref_the_pair_s_talks_after_a_flashback_are_the_story_s_meeting(read: Reader) -> None:
    """ "Retno mengatakan pembicaraan kedua pemimpin ...": the story's talks, and the speaker no party."""
    text = (
        "Presiden Joko Widodo bertemu Putra Mahkota Abu Dhabi Mohamed bin Zayed di Abu Dhabi, Minggu (12/1/2020).\n\n"
        "Mohamed bin Zayed pernah berkunjung ke Istana Bogor pada 24 Juli 2019.\n\n"
        "Menteri Luar Negeri Retno Marsudi mengatakan pembicaraan kedua pemimpin menyentuh kerja sama energi."
    )
    found = read(text, published="2020-01-13")
    talks = [s for s in found.summits if s.date is not None and s.date.iso == "2020-01-12"]
    assert len(talks) == 1
    assert "retno-marsudi" not in local_ids(talks[0].participants)
    assert "energy" in local_ids(talks[0].sectors)


def test_coref_after_a_bare_meeting_word_is_a_time_not_another_meeting(read: Reader) -> None:
    text = (
        "Presiden Turki Recep Tayyip Erdogan bertemu Perdana Menteri Malaysia Anwar Ibrahim di Putrajaya, "
        "Selasa (11/2/2025).\n\n"
        "Perdagangan kedua negara pada 2024 tercatat 5 miliar dolar AS.\n\n"
        "Dalam pernyataan bersama yang dirilis usai pertemuan, kedua pemimpin menyambut kerja sama energi pada 2024."
    )
    found = read(text, published="2025-02-11")
    assert len(found.summits) == 1


def test_coref_a_bare_host_word_is_the_last_meeting_of_its_kind(read: Reader) -> None:
    """ "Di sela forum": the forum told, not the last meeting of any kind."""
    text = (
        "Perdana Menteri Malaysia Anwar Ibrahim menghadiri Forum Ekonomi Timur di Vladivostok, Kamis (5/9/2024).\n\n"
        "Pada Juli lalu, Anwar menerima Menteri Luar Negeri Rusia Sergey Lavrov di Putrajaya.\n\n"
        "Di sela forum, Presiden Rusia Vladimir Putin juga bertemu Wakil Presiden Tiongkok Han Zheng."
    )
    found = read(text, published="2024-09-06")
    forum = next(s for s in found.summits if "Forum" in s.name)
    lavrov = next(s for s in found.summits if "Lavrov" in s.name)
    assert "han-zheng" in local_ids(forum.participants)
    assert "han-zheng" not in local_ids(lavrov.participants)


def test_coref_talks_on_one_day_of_a_visit_told_by_its_span_keep_their_day(read: Reader) -> None:
    text = (
        "Presiden Prabowo Subianto bertemu Presiden Filipina Ferdinand Marcos Jr. di Istana Merdeka, Jakarta, "
        "Senin (10/3/2025).\n\n"
        "Marcos berada di Indonesia untuk kunjungan kenegaraan pada 9-11 Maret."
    )
    found = read(text, published="2025-03-10")
    assert len(found.summits) == 1
    assert found.summits[0].date is not None and found.summits[0].date.iso == "2025-03-10"


def test_coref_the_two_leaders_return_to_the_meeting_after_an_aside(read: Reader) -> None:
    """ "Usai bertemu, kedua pemimpin ..." after a paragraph on another event speaks of the talks;
    "sejak dilantik pada Oktober" dates no visit."""
    text = (
        "Presiden Prabowo Subianto melakukan pembicaraan bilateral dengan Perdana Menteri India Narendra Modi "
        "di New Delhi, Sabtu (25/1/2025).\n\n"
        "Pertemuan itu menjadi inti kunjungan kenegaraan pertama Prabowo ke India sejak dilantik pada Oktober tahun "
        "lalu.\n\n"
        "Prabowo juga hadir pada upacara Hari Republik India yang digelar hari ini di New Delhi.\n\n"
        "Usai bertemu, kedua pemimpin menyampaikan keterangan pers. Prabowo mengatakan pembicaraan menyentuh "
        "perdagangan dan pariwisata."
    )
    found = read(text, published="2025-01-26")
    assert len(found.summits) == 1
    talks = found.summits[0]
    assert talks.date is not None and talks.date.iso == "2025-01-25"
    assert {"trade", "tourism"} <= local_ids(talks.sectors)


def test_coref_a_feature_lead_names_the_pair_before_their_bare_meeting(read: Reader) -> None:
    """A feature opens on the two leaders and only later speaks of "Pertemuan di Osaka", bare; the
    documents signed "usai pertemuan" about a negotiation came from it, not from the negotiation."""
    text = (
        "Presiden Joko Widodo dan Perdana Menteri Jepang Fumio Kishida tertawa di ruang pertemuan sebuah hotel "
        "di Osaka, Senin (25/11/2024).\n\n"
        "Pertemuan di Osaka, kota kelahiran ayah Kishida, berlangsung di sela Konferensi Tingkat Tinggi "
        "Asia-Pasifik.\n\n"
        "Usai pertemuan, kedua pemimpin menyaksikan penandatanganan deklarasi bersama tentang penyelesaian "
        "perundingan kemitraan ekonomi."
    )
    found = read(text, published="2024-11-30")
    pair = next(s for s in found.summits if s.name == "Pertemuan")
    assert local_ids(pair.participants) == {"joko-widodo", "fumio-kishida"}
    assert not any("perundingan" in s.name for s in found.summits)
    assert found.agreements and found.agreements[0].adopted_at == pair.key


def test_coref_the_subject_after_a_fronted_clause_is_no_second_counterpart(read: Reader) -> None:
    """ "Saat bertemu Xi pada April lalu, Menlu AS Antony Blinken memperingatkan ...": one meeting of
    the two, not one with each."""
    text = (
        "Saat berkunjung ke Beijing dan bertemu Presiden Tiongkok Xi Jinping pada April lalu, Menteri Luar Negeri "
        "Amerika Serikat Antony Blinken memperingatkan Tiongkok soal ekspor komponen militer."
    )
    found = read(text, published="2024-05-20")
    met = [s for s in found.summits if "xi-jinping" in local_ids(s.participants)]
    assert len(met) == 1
    assert "antony-blinken" in local_ids(met[0].participants)


def test_coref_the_visit_referred_to_is_the_one_told_by_its_verb(read: Reader) -> None:
    """ "Dalam kunjungan tersebut" after "berkunjung ke Jakarta pada 6 Juli 2021": that visit, not the
    story's later meeting, saw the document signed, on its day."""
    text = (
        "Presiden Joko Widodo bertemu Presiden Rusia Vladimir Putin di Moskow, Kamis (30/6/2022).\n\n"
        "Menlu Rusia Sergey Lavrov terakhir berkunjung ke Jakarta pada 6 Juli 2021. Dalam kunjungan tersebut, "
        "kedua Menlu menandatangani Rencana Konsultasi untuk periode 2021-2023."
    )
    found = read(text, published="2022-07-08")
    visit = next(s for s in found.summits if s.date is not None and s.date.iso == "2021-07-06")
    plan = next(a for a in found.agreements if "Rencana" in a.name)
    assert plan.adopted_at == visit.key
    assert plan.date is not None and plan.date.iso == "2021-07-06"


def test_coref_a_bare_host_names_the_summit_told_and_its_people_attended(read: Reader) -> None:
    """ "Di sela KTT, Selasa (15/11), X, Y dan Z meluncurkan ...": the summit told before (not the next
    one a host will hold), on another of its days, and the three were at it."""
    text = (
        "Konferensi Tingkat Tinggi G20 di Nusa Dua, Bali, ditutup Rabu (16/11/2022).\n\n"
        "India akan menjadi tuan rumah KTT berikutnya.\n\n"
        "Di sela KTT, Selasa (15/11), Presiden Joko Widodo, Presiden Amerika Serikat Joe Biden dan Presiden "
        "Komisi Eropa Ursula von der Leyen meluncurkan kemitraan transisi energi."
    )
    found = read(text, published="2022-11-17")
    g20 = next(s for s in found.summits if "G20" in s.name)
    people = local_ids(g20.participants)
    assert {"joko-widodo", "joe-biden", "ursula-von-der-leyen"} <= people


def test_coref_kala_itu_is_the_time_of_the_meeting_told_just_before(read: Reader) -> None:
    text = (
        "Presiden Tiongkok Xi Jinping menutup kunjungan kenegaraan ke Vietnam pada Rabu (13/12/2023).\n\n"
        "Sekjen Partai Komunis Vietnam Nguyen Phu Trong terakhir bertatap muka dengan Xi di Beijing pada akhir "
        "Oktober 2022. Kala itu keduanya menyaksikan penandatanganan 13 dokumen kerja sama."
    )
    found = read(text, published="2023-12-14")
    beijing = next(s for s in found.summits if s.date is not None and s.date.iso == "2022-10")
    package = next(a for a in found.agreements if "13" in a.name)
    assert package.adopted_at == beijing.key


def test_coref_a_city_in_a_meeting_s_name_is_where_it_met(read: Reader) -> None:
    text = (
        "Presiden Turki Recep Tayyip Erdogan bertemu Perdana Menteri Malaysia Anwar Ibrahim di Putrajaya, "
        "Selasa (11/2/2025). Pada Desember 2019 Erdogan menghadiri KTT Kuala Lumpur bersama Presiden Iran "
        "Hassan Rouhani. Menlu Inggris Liz Truss bertemu Menlu Korea Selatan Park Jin di Seoul."
    )
    found = read(text, published="2025-02-12")
    kl = next(s for s in found.summits if s.name == "KTT Kuala Lumpur")
    assert kl.location == "https://w3id.org/dkg/id/place/kuala-lumpur"
    assert all(s.location != "https://w3id.org/dkg/id/country/south-korea" for s in found.summits)


def test_coref_a_joint_commission_session_held_by_video_conference_is_one_meeting(read: Reader) -> None:
    """ "menyelenggarakan Sidang Komisi Bersama ... melalui konferensi video": the video conference is how
    the session met; "Sidang dipimpin ..." speaks of it; "ketua sidang" is a role, not a meeting."""
    text = (
        "Indonesia dan Kenya menyelenggarakan Sidang Komisi Bersama pertama melalui konferensi video pada "
        "Selasa (21/5/2024). Sidang dipimpin oleh Wakil Menteri Luar Negeri RI Pahala Nugraha Mansury. "
        "Pahala selaku ketua sidang membacakan kesimpulan."
    )
    found = read(text, published="2024-05-22")
    assert len(found.summits) == 1
    session = found.summits[0]
    assert session.date is not None and session.date.iso == "2024-05-21"
    assert "pahala-nugraha-mansury" in local_ids(session.participants)


def test_coref_the_two_leaders_of_a_summit_told_by_its_countries(read: Reader) -> None:
    """ "kedua pemimpin ... bertemu" after a summit told by its countries: the two the story opened on;
    a place in a clause of another time ("ketika ... di Kyiv") is not where a meeting was."""
    text = (
        "Perdana Menteri India Narendra Modi dan Presiden Rusia Vladimir Putin sepakat menaikkan perdagangan. "
        "Target itu dituangkan usai KTT Tahunan India-Rusia ke-22 di Moskow, Selasa (9/7/2024).\n\n"
        "Senin (8/7) malam, kedua pemimpin lebih dulu bertemu secara informal di kediaman Putin.\n\n"
        "Kunjungan Modi berlangsung ketika serangan rudal menghantam sebuah rumah sakit di Kyiv."
    )
    found = read(text, published="2024-07-10")
    informal = next(s for s in found.summits if s.date is not None and s.date.iso == "2024-07-08")
    assert local_ids(informal.participants) == {"narendra-modi", "vladimir-putin"}
    assert all(s.location != "https://w3id.org/dkg/id/place/kyiv" for s in found.summits)


def test_coref_a_meeting_told_without_a_place_on_the_day_of_another_was_held_there(read: Reader) -> None:
    text = (
        "Presiden Joko Widodo bertemu Perdana Menteri Australia Anthony Albanese di Melbourne, Selasa (5/3/2024). "
        "Pada hari yang sama, Presiden Joko Widodo bertemu PM Kamboja Hun Manet."
    )
    found = read(text, published="2024-03-06")
    assert {s.location for s in found.summits} == {"https://w3id.org/dkg/id/place/melbourne"}


def test_coref_a_venue_the_gazetteer_does_not_know_then_its_city(read: Reader) -> None:
    """ "di Museum Seni Modern, Rio de Janeiro" is in Rio; "di Kremlin, Moskow" in Moscow."""
    text = (
        "Konferensi Tingkat Tinggi BRICS ke-17 digelar di Museum Seni Modern, Rio de Janeiro, Minggu (6/7/2025). "
        "KTT Tahunan India-Rusia ke-22 berlangsung di Kremlin, Moskow, Selasa (9/7/2024)."
    )
    found = read(text, published="2025-07-10")
    places = {s.name: s.location for s in found.summits}
    assert places["Konferensi Tingkat Tinggi BRICS ke-17"] == "https://w3id.org/dkg/id/place/rio-de-janeiro"
    assert places["KTT Tahunan India-Rusia ke-22"] == "https://w3id.org/dkg/id/place/moscow"


def test_coref_the_talks_of_a_visit_told_the_day_before_a_summit(read: Reader) -> None:
    """A state visit the day before the story's summit: "pertemuan bilateral itu" is the visit (a
    visit is a meeting of two), "Mereka juga membahas ..." and "Keduanya ..." go on with it, and
    the summit the host will chair next takes none of its topics."""
    text = (
        "KTT ke-5 Organisasi Kerja Sama Ekonomi D-8 digelar di Dhaka, Kamis (14/5/2026), dihadiri Presiden "
        "Turki Recep Tayyip Erdogan dan Perdana Menteri Pakistan Shehbaz Sharif. "
        "Indonesia menawarkan diri menjadi tuan rumah KTT berikutnya.\n\n"
        "Sehari sebelumnya, Rabu (13/5), Presiden Prabowo Subianto melakukan kunjungan kenegaraan dan diterima "
        "Presiden Bangladesh Mohammed Shahabuddin di Dhaka. Dalam pertemuan bilateral itu, kedua pemimpin sepakat "
        "mendorong perdagangan.\n\n"
        "Mereka juga membahas bantuan kemanusiaan bagi pengungsi.\n\n"
        "Keduanya menegaskan komitmen melawan terorisme."
    )
    found = read(text, published="2026-05-15")
    visit = next(s for s in found.summits if s.kind.endswith("StateVisit"))
    sectors = local_ids(visit.sectors)
    assert {"trade", "humanitarian-aid", "security"} <= sectors
    planned = [s for s in found.summits if s.status == "planned"]
    assert all(not s.sectors for s in planned)


def test_coref_a_summit_of_two_countries_is_their_leaders_talks_that_day(read: Reader) -> None:
    text = (
        "Vietnam dan Laos sepakat menaikkan perdagangan. Target itu dituangkan dalam KTT Tahunan Vietnam-Laos "
        "ke-5 di Hanoi, Selasa (9/7/2024).\n\n"
        "Presiden Vietnam To Lam dan Perdana Menteri Laos Sonexay Siphandone menggelar pembicaraan di "
        "Istana Kepresidenan pada Selasa (9/7). Keduanya membahas perdagangan dan energi."
    )
    found = read(text, published="2024-07-10")
    held = [s for s in found.summits if s.status == "held"]
    assert len(held) == 1
    assert local_ids(held[0].participants) == {"to-lam", "sonexay-siphandone"}


def test_coref_side_meetings_a_day_before_the_summit_are_where_it_is(read: Reader) -> None:
    text = (
        "Presiden Joko Widodo membuka KTT ke-44 ASEAN di Vientiane, Rabu (9/10/2024).\n\n"
        "Sehari sebelum KTT, Selasa (8/10), Jokowi bertemu Perdana Menteri Thailand Paetongtarn Shinawatra "
        "untuk membahas perdagangan."
    )
    found = read(text, published="2024-10-10")
    side = next(s for s in found.summits if s.date is not None and s.date.iso == "2024-10-08")
    assert side.location == "https://w3id.org/dkg/id/place/vientiane"


def test_coref_leaders_named_present_and_those_who_met_at_the_summit_attended_it(read: Reader) -> None:
    text = (
        "Presiden Joko Widodo membuka KTT ke-44 ASEAN di Vientiane, Rabu (9/10/2024). "
        "Hadir antara lain Sultan Brunei Hassanal Bolkiah dan Presiden Filipina Ferdinand Marcos Jr.\n\n"
        "Sehari sebelum KTT, Selasa (8/10), Jokowi bertemu Perdana Menteri Thailand Paetongtarn Shinawatra "
        "untuk membahas perdagangan."
    )
    found = read(text, published="2024-10-10")
    summit = next(s for s in found.summits if s.kind.endswith("MultilateralSummit"))
    people = local_ids(summit.participants)
    assert {"hassanal-bolkiah", "ferdinand-marcos-jr", "paetongtarn-shinawatra"} <= people


def test_coref_a_minister_s_portfolio_is_no_topic_of_the_meeting(read: Reader) -> None:
    text = (
        "Presiden Prabowo Subianto bertemu Presiden Vietnam Luong Cuong di Jakarta, Senin (10/3/2025), "
        "didampingi Menteri Perhubungan Dudy Purwagandhi. Keduanya membahas perdagangan."
    )
    found = read(text, published="2025-03-11")
    sectors = local_ids(found.summits[0].sectors)
    assert "trade" in sectors and "connectivity" not in sectors and "transport" not in sectors


def test_coref_this_visit_and_the_plan_told_again_are_no_new_meetings(read: Reader) -> None:
    """ "Ini kunjungan pertama ..., sekaligus pertemuan pertama ..." speaks of the meeting told;
    "menantikan kehadiran X di KTT Kazan" is X attending the summit planned in Kazan."""
    text = (
        "Perdana Menteri Malaysia Anwar Ibrahim bertemu Presiden Rusia Vladimir Putin di Vladivostok, "
        "Rabu (4/9/2024). Ini kunjungan pertama Anwar ke Rusia, sekaligus pertemuan pertama keduanya sejak "
        "perang di Ukraina pecah. Putin mengundang Anwar menghadiri KTT BRICS di Kazan pada Oktober 2024.\n\n"
        "Putin juga mengatakan Rusia menantikan kehadiran Presiden Tiongkok Xi Jinping di KTT Kazan."
    )
    found = read(text, published="2024-09-05")
    assert len(found.summits) == 2
    held = next(s for s in found.summits if s.status == "held")
    assert held.location == "https://w3id.org/dkg/id/place/vladivostok"
    planned = next(s for s in found.summits if s.status == "planned")
    assert "https://w3id.org/dkg/id/person/xi-jinping" in {p.target for p in planned.participants}


def test_coref_a_headline_s_summit_is_the_body_s_but_another_ordinal_is_another(read: Reader) -> None:
    """ "Debut Prabowo di KTT BRICS berlanjut ke Istana Planalto" is the "KTT BRICS ke-17" the body
    dates; "KTT ke-43 ASEAN" is not the "KTT ke-24 ASEAN-Korea" of the same week."""
    text = (
        "Debut Prabowo di KTT BRICS berlanjut ke Istana Planalto.\n\n"
        "Presiden Prabowo Subianto menghadiri Konferensi Tingkat Tinggi BRICS ke-17 di Rio de Janeiro "
        "pada 6-7 Juli 2025. Itulah KTT BRICS pertama yang ia hadiri.\n\n"
        "Sebelumnya Presiden Joko Widodo memimpin KTT ke-24 ASEAN-Korea di Jakarta, Rabu (6/9/2023). "
        "Dua hari kemudian ia menutup KTT ke-43 ASEAN."
    )
    found = read(text, published="2025-07-10")
    brics = [s for s in found.summits if "BRICS" in s.name]
    assert len(brics) == 1 and brics[0].location == "https://w3id.org/dkg/id/place/rio-de-janeiro"
    assert any("ke-43" in s.name for s in found.summits) and any("ke-24" in s.name for s in found.summits)


def test_coref_who_tells_of_the_talks_is_not_in_them_and_a_topic_left_out_is_no_topic(read: Reader) -> None:
    """ "Menurut Sugiono, energi nuklir tidak masuk agenda pembicaraan kemarin": the talks told
    before, not a meeting of the minister who speaks of them, and nuclear energy was not discussed."""
    text = (
        "Presiden Prabowo Subianto menerima Presiden Kazakhstan Kassym-Jomart Tokayev di Istana Merdeka, "
        "Jakarta, Selasa (9/9/2025). Keduanya membahas perdagangan gandum.\n\n"
        "Namun, menurut Menteri Luar Negeri Sugiono, energi nuklir tidak masuk agenda pembicaraan kemarin."
    )
    found = read(text, published="2025-09-10")
    assert len(found.summits) == 1
    people = local_ids(found.summits[0].participants)
    assert "sugiono" not in people
    assert "nuclear-energy" not in local_ids(found.summits[0].sectors)


def test_coref_a_topic_denied_right_after_it_was_told_is_no_topic(read: Reader) -> None:
    """ "Isu energi, termasuk LNG, sempat ramai dibicarakan menjelang kunjungan. Namun, energi tidak
    menjadi pokok bahasan": neither energy nor the narrower LNG was a topic of the meeting."""
    text = (
        "Presiden Prabowo Subianto menerima Presiden Mesir Abdel Fattah el-Sisi di Istana Merdeka, "
        "Jakarta, Selasa (10/3/2026). Keduanya membahas perdagangan dan pertahanan.\n\n"
        "Isu energi, termasuk gas alam cair (LNG), sempat ramai dibicarakan menjelang kunjungan. "
        "Namun, menurut Sugiono, energi tidak menjadi pokok bahasan dalam pertemuan kedua presiden."
    )
    found = read(text, published="2026-03-11")
    sectors = local_ids(found.summits[0].sectors)
    assert {"trade", "defense"} <= sectors
    assert not sectors & {"energy", "oil-and-gas", "natural-gas"}


def test_coref_this_summit_is_the_story_s_not_the_one_recalled(read: Reader) -> None:
    """ "KTT ini" after "setelah KTT Rio de Janeiro tahun lalu": the summit reported, not the recalled one."""
    text = (
        "KTT BRICS ke-18 di New Delhi, India, berakhir Selasa, 7 Juli 2026.\n\n"
        "Presiden Prabowo Subianto hadir selama dua hari penuh. Ini KTT BRICS kedua yang dihadiri Indonesia "
        "sebagai anggota penuh, setelah KTT Rio de Janeiro tahun lalu.\n\n"
        "Dalam deklarasinya, para pemimpin mendorong penggunaan mata uang lokal.\n\n"
        "Tuan rumah, Perdana Menteri India Narendra Modi, menyebut KTT ini suara Global South."
    )
    found = read(text, published="2026-07-08")
    by_year = {s.date.year: local_ids(s.participants) for s in found.summits if s.date is not None}
    assert "narendra-modi" in by_year[2026]
    assert "narendra-modi" not in by_year[2025]


def test_coref_a_person_who_was_present_attended_the_meeting_told(read: Reader) -> None:
    text = (
        "KTT BRICS ke-18 di New Delhi, India, berakhir Selasa, 7 Juli 2026. Para pemimpin mengadopsi "
        "Deklarasi New Delhi.\n\nPresiden Prabowo Subianto hadir selama dua hari penuh."
    )
    found = read(text, published="2026-07-08")
    assert "prabowo-subianto" in local_ids(found.summits[0].participants)


@pytest.mark.parametrize(
    "sentence",
    [
        "Presiden Prabowo melakukan pembicaraan telepon dengan Presiden Rusia Vladimir Putin, Rabu (11/2/2026).",
        "Prabowo berbicara melalui telepon dengan Presiden Rusia Vladimir Putin pada Rabu (11/2/2026).",
        "Prime Minister Anwar Ibrahim held telephone talks with Russian President Vladimir Putin on Wednesday.",
        "Anwar spoke by phone with Russian President Vladimir Putin on Wednesday.",
    ],
)
def test_coref_a_telephone_call_is_no_meeting(read: Reader, sentence: str) -> None:
    assert not read(sentence, published="2026-02-12").summits


def test_coref_a_meeting_put_off_is_still_planned_and_various_forums_are_none(read: Reader) -> None:
    text = (
        "Putin berterima kasih atas partisipasi Indonesia dalam berbagai forum BRICS. Sementara itu, sidang "
        "Komisi Bersama Indonesia-Rusia untuk Kerja Sama Perdagangan, Ekonomi dan Teknik yang semula "
        "dijadwalkan digelar di Kazan akhir bulan ini diundur."
    )
    found = read(text, published="2026-02-12")
    assert [s.status for s in found.summits] == ["planned"]


def test_coref_a_pronoun_after_a_fronted_time_is_the_person_named_last(read: Reader) -> None:
    text = (
        "Presiden Prabowo Subianto tiba di New Delhi untuk KTT BRICS.\n\n"
        "Senin sore, 6 Juli 2026, ia bertemu Presiden Brasil Luiz Inácio Lula da Silva di hotel delegasi Brasil."
    )
    found = read(text, published="2026-07-08")
    met = [s for s in found.summits if s.date is not None and s.date.iso == "2026-07-06"]
    assert local_ids(met[0].participants) == {"prabowo-subianto", "luiz-inacio-lula-da-silva"}


def test_coref_a_video_conference_is_how_they_met_or_the_meeting_itself(read: Reader) -> None:
    """ "bertemu ... melalui konferensi video" is one meeting; two persons who "berbicara dalam
    konferensi video" with no verb of meeting met by video; "pekan lalu" is the week before."""
    met = read(
        "Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida melalui konferensi video, "
        "Senin (4/3/2024). Keduanya membahas energi.",
        published="2024-03-05",
    )
    assert len(met.summits) == 1 and met.summits[0].date is not None and met.summits[0].date.iso == "2024-03-04"
    talked = read(
        "Pekan lalu, Direktur Jenderal Rosatom Alexey Likhachev dan Deputi Bidang Riset dan Inovasi Energi "
        "BRIN, Wahyu Kuncoro, berbicara hampir dua jam dalam konferensi video.",
        published="2026-03-12",
    )
    assert len(talked.summits) == 1
    people = local_ids(talked.summits[0].participants)
    assert {"alexey-likhachev", "wahyu-kuncoro"} <= people
    assert talked.summits[0].date is not None and talked.summits[0].date.iso == "2026-03"


def test_coref_cooperation_in_a_grouping_is_no_meeting(read: Reader) -> None:
    text = (
        "Presiden Joko Widodo bertemu Presiden Korea Selatan Moon Jae-in di Busan, Senin (25/11/2019). "
        "Keduanya membahas investasi dan kerja sama di forum MIKTA."
    )
    found = read(text, published="2019-11-26")
    assert len(found.summits) == 1


def test_coref_a_meeting_called_off_is_none_and_a_conflict_s_place_is_not_where_they_met(read: Reader) -> None:
    text = (
        "KUWAIT CITY - Russian Foreign Minister Sergei Lavrov met Gulf ministers in Kuwait City on Tuesday. "
        "On the sidelines, Lavrov held talks with Omani Foreign Minister Badr Albusaidi on the conflict in Yemen. "
        "A meeting between Lavrov and the Kuwaiti crown prince, listed for Wednesday, was called off.\n\n"
        "Sedianya, Menteri ESDM Bahlil Lahadalia bertemu Direktur Jenderal Rosatom Alexey Likhachev di Moskow "
        "pada Oktober lalu. Rencana itu batal menjelang keberangkatan."
    )
    found = read(text, published="2025-09-10")
    people = [local_ids(s.participants) for s in found.summits]
    assert not any("alexey-likhachev" in p for p in people)
    talks = next(s for s, p in zip(found.summits, people, strict=True) if "badr-albusaidi" in p)
    assert talks.location != "https://w3id.org/dkg/id/place/yemen"
    assert all(s.date is None or s.date.iso != "2025-09-10" for s in found.summits)


def test_coref_today_in_a_quotation_is_the_day_the_speaker_spoke(read: Reader) -> None:
    text = (
        "Wakil Menteri Stella Christie menerima Wakil Menteri Pendidikan Tiongkok Liang Hongwei di Jakarta, "
        "Rabu (3/9/2025).\n\n"
        '"Kami tidak ingin kerja sama berhenti di atas kertas. Setiap dokumen yang kita tanda tangani hari ini '
        'harus menghasilkan peneliti," ujar Stella.\n\n'
        "Sore itu Stella juga bertemu Duta Besar Tiongkok untuk Indonesia Wang Lutong."
    )
    found = read(text, published="2025-09-04")
    assert {s.date.iso for s in found.summits if s.date} == {"2025-09-03"}


def test_coref_bilateral_meetings_on_the_sidelines_of_a_session_are_not_its_name(read: Reader) -> None:
    text = (
        "Wakil Menteri Luar Negeri RI Anis Matta melakukan serangkaian pertemuan bilateral di sela Sidang ke-52 "
        "Dewan Menteri Luar Negeri OKI di Jeddah, Sabtu (25/4/2026)."
    )
    found = read(text, published="2026-04-26")
    assert any(s.name.startswith("Sidang ke-52") for s in found.summits)


def test_coref_two_who_agreed_during_a_stay_met_there(read: Reader) -> None:
    """A meeting told with no meeting word: "Saat berada di Kuala Lumpur ..., kedua pemimpin sepakat"."""
    english = read(
        "When President Xi Jinping was in Kuala Lumpur last April, he and Prime Minister Anwar Ibrahim agreed "
        "to build a community with a shared future, Ding noted.",
        published="2026-03-10",
    )
    meeting = english.summits[0]
    assert meeting.location == "https://w3id.org/dkg/id/place/kuala-lumpur" and meeting.date.iso == "2025-04"
    indonesian = read(
        "Presiden Prabowo Subianto menerima telepon dari Perdana Menteri Malaysia Anwar Ibrahim, Minggu "
        "(17/5/2026). Saat berada di Kuala Lumpur akhir Januari lalu, kedua pemimpin sepakat membentuk tim teknis.",
        published="2026-05-18",
    )
    people = {p.target.rsplit("/", 1)[-1] for s in indonesian.summits for p in s.participants}
    assert {"prabowo-subianto", "anwar-ibrahim"} <= people


def test_coref_a_meeting_with_someone_not_at_the_named_meeting_is_not_that_meeting(read: Reader) -> None:
    text = (
        "Menteri Perdagangan Budi Santoso menghadiri Pertemuan Menteri Ekonomi ASEAN ke-58 di Manila, "
        "Selasa (22/9/2026).\n\n"
        "Budi juga mengadakan pertemuan dengan Wakil Menteri Perdagangan China Zhang Lihua."
    )
    found = read(text, published="2026-09-23")
    named = next(s for s in found.summits if "Ekonomi ASEAN" in s.name)
    assert "zhang-lihua" not in local_ids(named.participants)


def test_coref_a_person_received_during_a_summit_is_their_own_meeting(read: Reader) -> None:
    text = (
        "KTT ke-12 Organisasi Kerja Sama Ekonomi D-8 dibuka di Jakarta pada Rabu (15/4/2026).\n\n"
        "Di sela hari pertama, Presiden Prabowo Subianto menerima Perdana Menteri Pakistan Shehbaz Sharif. "
        "Keduanya membahas ekspor minyak sawit.\n\n"
        "Selain Shehbaz, KTT dihadiri Presiden Iran Masoud Pezeshkian dan Perdana Menteri Malaysia Anwar Ibrahim."
    )
    found = read(text, published="2026-04-16")
    pair = [s for s in found.summits if local_ids(s.participants) >= {"prabowo-subianto", "shehbaz-sharif"}]
    assert any("anwar-ibrahim" not in local_ids(s.participants) for s in pair)


def test_coref_a_signing_told_in_another_year_adds_no_one_to_the_story_s_meeting(read: Reader) -> None:
    text = (
        "Presiden Joko Widodo dan Perdana Menteri Singapura Lee Hsien Loong bertemu di Bintan, Selasa (25/1/2022). "
        "Menteri Hukum Yasonna H. Laoly menandatangani perjanjian ekstradisi.\n\n"
        "Yasonna menuturkan perjanjian itu mencakup 31 jenis tindak pidana. "
        "Perjanjian serupa pernah ditandatangani pada April 2007, disaksikan Presiden Susilo Bambang Yudhoyono."
    )
    found = read(text, published="2022-01-26")
    story = next(s for s in found.summits if s.date is not None and s.date.iso == "2022-01-25")
    assert "susilo-bambang-yudhoyono" not in local_ids(story.participants)


def test_coref_the_items_of_a_visit_s_programme_are_the_visit(read: Reader) -> None:
    text = (
        "Presiden Tajikistan Emomali Rahmon mengakhiri kunjungan kenegaraan tiga hari di Indonesia pada Rabu, "
        "setelah rangkaian agenda yang mencakup pertemuan dengan Presiden Prabowo Subianto dan forum bisnis "
        "kedua negara."
    )
    found = read(text, published="2026-04-29")
    assert [s.kind.rsplit("#", 1)[-1] for s in found.summits] == ["StateVisit"]


def test_coref_a_plan_the_pair_discussed_is_no_new_focus_of_the_story(read: Reader) -> None:
    text = (
        "MANILA, July 10. Russian Deputy Foreign Minister Andrey Rudenko met with Indonesian Deputy Foreign "
        "Minister Arif Havas Oegroseno on Thursday. The two diplomats discussed the preparations for Indonesian "
        "Foreign Minister Sugiono's visit to Moscow, expected this autumn, as well as supplies of Russian wheat."
    )
    found = read(text, published="2026-07-10")
    visit = next(s for s in found.summits if s.kind.endswith("OfficialVisit"))
    talks = next(s for s in found.summits if "arif-havas-oegroseno" in local_ids(s.participants))
    assert visit.status == "planned" and local_ids(visit.participants) == {"sugiono"}
    assert not visit.sectors and talks.sectors


def test_coref_the_occasion_in_a_clause_about_the_subject_hosts_the_meeting_told(read: Reader) -> None:
    text = (
        "Russian Deputy Foreign Minister Andrey Rudenko, who heads the Russian delegation at the annual ASEAN "
        "ministerial events in Manila, met with Indonesian Deputy Foreign Minister Arif Havas Oegroseno on "
        "Thursday."
    )
    found = read(text, published="2026-07-10")
    met = next(s for s in found.summits if "arif-havas-oegroseno" in local_ids(s.participants))
    assert met.kind.endswith("BilateralMeeting") and met.date.iso == "2026-07-09"


MEETING_THEN_FLASHBACK = (
    "Gubernur Kepri Ansar Ahmad dan Menteri Besar Johor Datuk Onn Hafiz Ghazi menyaksikan penandatanganan "
    "nota kesepahaman di Batam, Kamis (5/2/2026). Sebelum penandatanganan, Ansar dan Onn Hafiz menggelar "
    "pertemuan tertutup. Menurut Ansar, pertemuan itu membahas rute feri.\n\n"
    "Ketika Ansar berkunjung ke Johor Bahru pada Oktober 2025, keduanya sepakat menyiapkan kajian.\n\n"
    "Pada kesempatan yang sama, Badan Pengusahaan Batam dan Iskandar Regional Development Authority "
    "menandatangani nota kesepahaman tentang promosi investasi."
)


def test_coref_a_visit_recalled_in_a_clause_of_time_is_another_meeting(read: Reader) -> None:
    found = read(MEETING_THEN_FLASHBACK, published="2026-02-06")
    dates = sorted(s.date.iso for s in found.summits if s.date is not None)
    assert dates == ["2025-10", "2026-02-05"]


def test_coref_the_same_occasion_after_a_flashback_is_the_story_s_meeting(read: Reader) -> None:
    found = read(MEETING_THEN_FLASHBACK, published="2026-02-06")
    story = next(s for s in found.summits if s.date is not None and s.date.iso == "2026-02-05")
    promotion = next(a for a in found.agreements if "promosi investasi" in a.name)
    assert promotion.adopted_at == story.key and promotion.date.iso == "2026-02-05"


def test_coref_a_summit_of_two_countries_with_its_leaders_named_is_their_talks(read: Reader) -> None:
    text = (
        "Perdana Menteri India Narendra Modi dan Presiden Rusia Vladimir Putin menghadiri KTT Tahunan "
        "India-Rusia ke-22 di Kremlin, Moskow, Selasa (9/7/2024).\n\n"
        "Dalam pembicaraan resmi hari itu, Modi dan Putin membahas kerja sama energi dan perdagangan.\n\n"
        "Pada kesempatan yang sama, Putin menyematkan penghargaan kepada Modi."
    )
    found = read(text, published="2024-07-10")
    held = [s for s in found.summits if s.status == "held"]
    assert len(held) == 1 and held[0].sectors


def test_coref_a_business_dialogue_of_the_two_countries_is_not_their_leaders_talks(read: Reader) -> None:
    text = (
        "Presiden Prabowo Subianto menerima Sekretaris Jenderal Partai Komunis Vietnam To Lam di Istana Merdeka, "
        "Jakarta, Senin (10/3/2025). Dalam pertemuan itu, keduanya membahas kerja sama perikanan.\n\n"
        "To Lam juga menghadiri Dialog Bisnis Tingkat Tinggi Vietnam-Indonesia di Jakarta."
    )
    found = read(text, published="2025-03-11")
    assert any(s.name.startswith("Dialog Bisnis") for s in found.summits)
    talks = next(s for s in found.summits if "prabowo-subianto" in local_ids(s.participants))
    assert not talks.name.startswith("Dialog")


def test_coref_a_visit_told_by_its_end_is_dated_by_its_talks(read: Reader) -> None:
    text = (
        "Presiden Tajikistan Emomali Rahmon mengakhiri kunjungan kenegaraan tiga hari di Indonesia pada Rabu "
        "(29/4/2026).\n\n"
        "Rahmon tiba di Jakarta, Senin (27/4) malam. Keesokan harinya, Presiden Prabowo Subianto menyambut Rahmon "
        "di Istana Merdeka. Kedua kepala negara kemudian melakukan pertemuan bilateral."
    )
    found = read(text, published="2026-04-29")
    held = [s for s in found.summits if s.status == "held"]
    assert len(held) == 1 and held[0].date.iso == "2026-04-28"


def test_coref_a_landmark_between_the_day_and_the_verb_leaves_the_day_to_the_meeting(read: Reader) -> None:
    text = (
        "Pengusaha kedua negara meneken kesepakatan dalam sesi temu bisnis di Nanning, Kamis (17/9/2026).\n\n"
        "Sehari sebelumnya, Rabu (16/9), Faisol bertemu Wakil Gubernur Guangxi Liu Hongwu.\n\n"
        "Pada Kamis pagi, sebelum temu bisnis, Wakil Menteri Perindustrian Faisol Riza bertemu Wakil Menteri "
        "Perdagangan Tiongkok Fang Jianming."
    )
    found = read(text, published="2026-09-18")
    met = next(s for s in found.summits if "fang-jianming" in local_ids(s.participants))
    assert met.date.iso == "2026-09-17"


PHONE_CALL_THEN_FIRMS = (
    "Presiden Prabowo Subianto menerima panggilan telepon dari Presiden Turkmenistan Serdar Berdimuhamedov, "
    "Minggu (11/10/2026) malam.\n\n"
    "Menurut Danu, telepon kemarin merupakan tindak lanjut pertemuan kedua pemimpin di sela Sidang Majelis Umum "
    "Perserikatan Bangsa-Bangsa (PBB) di New York, September tahun lalu. Saat itu, keduanya sepakat menjajaki "
    "pasokan pupuk urea.\n\n"
    "Selasa lalu, Direktur Utama PT Pertamina (Persero) Simon Aloysius Mantiri menerima Ketua Turkmengaz "
    "Dovletmyrat Orazov di Jakarta. Dalam pertemuan itu, Simon dan Orazov membahas peluang Pertamina masuk ke "
    "blok gas darat."
)


def test_coref_a_side_meeting_takes_the_date_told_after_its_host(read: Reader) -> None:
    found = read(PHONE_CALL_THEN_FIRMS, published="2026-10-12")
    leaders = next(s for s in found.summits if s.name.startswith("pertemuan"))
    assert leaders.date.iso == "2025-09"


def test_coref_a_sentence_describing_a_party_is_no_report_of_the_meeting(read: Reader) -> None:
    text = (
        "Wakil Menteri Luar Negeri Arrmanatha Nasir menerima Duta Besar Malaysia untuk Indonesia Roslan Abdul "
        "Karim di Jakarta, Jumat (15/5/2026). Dalam pertemuan itu, keduanya membahas pengelolaan kabut asap.\n\n"
        "Malaysia merupakan salah satu investor asing terbesar di sektor perkebunan dan keuangan Indonesia."
    )
    found = read(text, published="2026-05-17")
    met = next(s for s in found.summits if "arrmanatha-nasir" in local_ids(s.participants))
    assert local_ids(met.sectors) == {"environment"}  # not the plantations and finance of the background


def test_coref_a_day_counted_within_a_visit_dates_what_happened_on_it(read: Reader) -> None:
    """ "Pada hari terakhir, ... bertemu": the third day of a three-day visit begun on Monday; "hari
    kedua kunjungan" names the visit itself, not a visit of its own."""
    text = (
        "Presiden Prabowo Subianto tiba di Astana, Kazakhstan, pada Senin (8/6/2026) untuk kunjungan "
        "kenegaraan selama tiga hari. "
        "Pada hari kedua kunjungan, Prabowo dan Presiden Kazakhstan Kassym-Jomart Tokayev menyaksikan "
        "penandatanganan nota kesepahaman tentang energi. "
        "Pada hari terakhir, Prabowo bertemu Wali Kota Almaty Yerbolat Dosaev di Almaty."
    )
    found = read(text, published="2026-06-10")
    dated = {s.date.iso for s in found.summits if s.date}
    assert "2026-06-10" in dated
    assert "2026-06-09" not in dated  # no second visit on the day the visit is counted from
    assert [a.date.iso for a in found.agreements if a.date] == ["2026-06-09"]
    visit = next(s for s in found.summits if s.date and s.date.iso == "2026-06-08")
    assert found.agreements[0].adopted_at == visit.key  # signed on a later day of the visit


def test_coref_a_day_counted_within_a_summit_told_by_its_span(read: Reader) -> None:
    text = (
        "KTT ASEAN ke-47 berlangsung di Kuala Lumpur pada 26-28 Oktober 2025. "
        "Pada hari kedua KTT, Presiden Prabowo Subianto bertemu Perdana Menteri Anwar Ibrahim."
    )
    found = read(text, published="2025-10-29")
    talks = [s for s in found.summits if "prabowo-subianto" in local_ids(s.participants)]
    assert [s.date.iso for s in talks if s.date] == ["2025-10-27"]


def test_coref_a_meeting_then_an_event_attended_are_two_meetings(read: Reader) -> None:
    """ "dijadwalkan bertemu Presiden A serta menghadiri Forum B": whom the verb meets is not at the
    forum."""
    text = (
        "Presiden Prabowo Subianto bertolak ke Astana pada Senin (8/6/2026). "
        "Di Astana, Presiden Prabowo dijadwalkan bertemu Perdana Menteri Kazakhstan Olzhas Bektenov "
        "serta menghadiri Forum Bisnis Indonesia-Kazakhstan."
    )
    found = read(text, published="2026-06-08")
    forum = next(s for s in found.summits if s.kind.endswith("Forum"))
    met = [s for s in found.summits if "olzhas-bektenov" in local_ids(s.participants)]
    assert "olzhas-bektenov" not in local_ids(forum.participants)
    assert met and met[0] is not forum


def test_coref_who_a_speaker_met_after_talks_is_a_participant(read: Reader) -> None:
    """ "..., Foreign Minister X said after talks with Y": Y took part, though a speech verb comes before."""
    text = (
        "Malaysia has asked Russia to back its bid to join BRICS, Foreign Minister Mohamad Hasan said "
        "after talks with his Russian counterpart Sergey Lavrov in Moscow today."
    )
    found = read(text, published="2026-09-22")
    assert any("sergey-lavrov" in local_ids(s.participants) for s in found.summits)


def test_coref_di_sana_goes_on_where_and_when_the_sentence_before_went(read: Reader) -> None:
    text = (
        "Menteri Luar Negeri Sugiono menerima Sekretaris Jenderal SCO di Jakarta, Senin (8/6/2026). "
        "Pekan depan, Sugiono dijadwalkan bertolak ke Bishkek, Kirgistan. "
        "Di sana ia dijadwalkan bertemu Menteri Luar Negeri Rusia Sergey Lavrov."
    )
    found = read(text, published="2026-06-09")
    plan = next(s for s in found.summits if "sergey-lavrov" in local_ids(s.participants))
    assert plan.status == "planned"
    assert plan.date is not None and plan.date.iso == "2026-06"
    assert plan.location is not None and plan.location.endswith("/bishkek")


def test_coref_this_year_after_a_summit_s_name_is_no_reference_back(read: Reader) -> None:
    """ "KTT SCO tahun ini ... pada akhir bulan ini": a summit of its own, in the month told."""
    text = (
        "Menteri Luar Negeri Sugiono menerima Sekretaris Jenderal SCO di Jakarta, Senin (8/6/2026). "
        "KTT SCO tahun ini juga akan digelar di Bishkek pada akhir bulan ini."
    )
    found = read(text, published="2026-06-09")
    summit = next(s for s in found.summits if s.name.startswith("KTT"))
    assert summit.date is not None and summit.date.iso == "2026-06"
    assert summit.status == "planned"


def test_coref_after_the_meeting_told_by_the_same_word_is_that_meeting(read: Reader) -> None:
    """ "kata Ishiba ... usai pertemuan" after "Pertemuan ... itu": the meeting told, not one more
    meeting of the ASEAN the quote names."""
    text = (
        "Perdana Menteri Jepang Shigeru Ishiba dan Perdana Menteri Malaysia Anwar Ibrahim menggelar "
        "pertemuan di Putrajaya. Pertemuan pada Jumat (10/1/2025) pagi itu digelar setelah upacara "
        'penyambutan. "Kami ingin bekerja lebih erat dengan Malaysia, ketua ASEAN tahun ini," kata '
        "Ishiba dalam konferensi pers bersama usai pertemuan."
    )
    found = read(text, published="2025-01-11")
    assert len(found.summits) == 1


def test_coref_an_event_a_day_after_the_day_told(read: Reader) -> None:
    """ "bertemu Presiden A di Tashkent, Kamis (22/10), serta menghadiri Forum B di Samarkand sehari
    kemudian": the forum is on the 23rd."""
    text = (
        "Presiden Prabowo Subianto dijadwalkan bertemu Presiden Uzbekistan Shavkat Mirziyoyev di Tashkent, "
        "Kamis (22/10/2026), serta menghadiri Forum Investasi Indonesia-Uzbekistan di Samarkand sehari kemudian."
    )
    found = read(text, published="2026-10-21")
    forum = next(s for s in found.summits if s.kind.endswith("Forum"))
    assert forum.date is not None and forum.date.iso == "2026-10-23"


def test_coref_maritime_security_is_reported_as_maritime_cooperation(read: Reader) -> None:
    text = (
        "Presiden Prabowo Subianto bertemu Perdana Menteri India Narendra Modi di New Delhi, Sabtu (25/1/2025). "
        "Keduanya membahas kerja sama keamanan maritim."
    )
    found = read(text, published="2025-01-26")
    assert local_ids(found.summits[0].sectors) == {"maritime-cooperation"}


def test_coref_a_talk_of_two_is_between_the_two_not_their_organization(read: Reader) -> None:
    """The secretary-general stands for the SCO at a talk of two; at a summit the organization stays."""
    text = (
        "Menteri Luar Negeri Sugiono menerima Sekretaris Jenderal Organisasi Kerja Sama Shanghai (SCO) "
        "Nurlan Yermekbayev di Jakarta, Senin (8/6/2026)."
    )
    found = read(text, published="2026-06-09")
    assert local_ids(found.summits[0].participants) == {"sugiono", "nurlan-yermekbayev"}


def test_coref_an_edition_named_again_by_its_number_is_that_meeting(read: Reader) -> None:
    """ "Itulah enam poin penting dari Konsultasi Tahunan ke-14 Indonesia-Malaysia": the meeting the
    story told as "Konsultasi Tahunan ke-14", not another."""
    text = (
        "Presiden Prabowo Subianto dan Perdana Menteri Anwar Ibrahim menggelar Konsultasi Tahunan ke-14 di "
        "Putrajaya, Rabu (15/7/2026).\n\n"
        "Keduanya membahas pelindungan pekerja migran.\n\n"
        "Itulah poin penting dari Konsultasi Tahunan ke-14 Indonesia-Malaysia."
    )
    found = read(text, published="2026-07-16")
    assert len(found.summits) == 1


def test_coref_a_meeting_then_a_forum_opened_are_two_meetings_dated_by_the_visit(read: Reader) -> None:
    """ "dalam kunjungan ini ... dijadwalkan bertemu A serta membuka Forum B": a meeting and a forum,
    both on the visit's day; the ministry that told of them is their source, not a participant."""
    text = (
        "Perdana Menteri Vietnam Pham Minh Chinh melakukan kunjungan resmi ke Laos, Rabu (7/2/2024). "
        "Ia disambut Perdana Menteri Laos Sonexay Siphandone di Vientiane.\n\n"
        "Kementerian Luar Negeri Vietnam sebelumnya menyebutkan bahwa dalam kunjungan ini Pham Minh Chinh juga "
        "dijadwalkan bertemu Ketua Majelis Nasional Laos Saysomphone Phomvihane, serta membuka Forum Investasi "
        "Vietnam-Laos di Vientiane."
    )
    found = read(text, published="2024-02-07")
    forum = next(s for s in found.summits if s.kind.endswith("Forum"))
    met = next(s for s in found.summits if "saysomphone-phomvihane" in local_ids(s.participants))
    assert forum is not met
    assert "saysomphone-phomvihane" not in local_ids(forum.participants)
    for planned in (forum, met):
        assert planned.status == "planned"
        assert planned.date is not None and planned.date.iso == "2024-02-07"
        assert not any("kementerian" in p for p in local_ids(planned.participants))


def test_coref_who_says_he_will_visit_is_the_visitor(read: Reader) -> None:
    text = (
        "Prime Minister Anwar Ibrahim met Kyrgyz President Sadyr Japarov in Putrajaya on Monday, March 9, 2026. "
        "Anwar said he had accepted Japarov's invitation to visit Bishkek next year."
    )
    found = read(text, published="2026-03-10")
    visit = next(s for s in found.summits if s.status == "planned")
    assert "anwar-ibrahim" in local_ids(visit.participants)


def test_coref_talks_on_the_story_s_day_not_the_day_the_visit_began(read: Reader) -> None:
    """ "on Wednesday agreed ...", then "X, who arrived on Monday for a four-day visit": the talks
    and the documents signed at them are Wednesday's; the aide who told reporters took no part."""
    text = (
        "MOSCOW, May 20 - Russian President Vladimir Putin and Mongolian President Ukhnaagiin Khurelsukh on "
        "Wednesday agreed to expand trade in grain.\n\n"
        "The two leaders first met in a narrow format in the Kremlin and then held expanded talks, "
        "Kremlin aide Yuri Ushakov told reporters.\n\n"
        "Khurelsukh, who arrived in Moscow on Monday for a four-day official visit, thanked Russia for its help.\n\n"
        "In the leaders' presence, officials signed four documents."
    )
    found = read(text, published="2026-05-20")
    talks = next(s for s in found.summits if s.status == "held")
    assert talks.date is not None and talks.date.iso == "2026-05-20"
    assert local_ids(talks.participants) == {"vladimir-putin", "ukhnaagiin-khurelsukh"}
    assert [a.date.iso for a in found.agreements if a.date] == ["2026-05-20"]


def test_coref_an_arrival_on_the_eve_does_not_move_the_story_s_day(read: Reader) -> None:
    """ "Selasa (20/10/2026) ... tiga pertemuan", then "tiba pada Senin (19/10) malam": the meetings
    told next are Tuesday's; the talks then the delegation meeting of one pair are one meeting."""
    text = (
        "Muscat - Presiden Prabowo Subianto menjalani kunjungan kenegaraan ke Oman. Dalam sehari, Selasa "
        "(20/10/2026), Prabowo menggelar tiga pertemuan terpisah.\n\n"
        "Prabowo tiba di Bandara Internasional Muscat pada Senin (19/10) malam waktu setempat.\n\n"
        "Sultan Haitham bin Tarik menyambut Prabowo di Istana Al Alam sebelum keduanya menggelar pembicaraan "
        "tertutup, lalu dilanjutkan dengan pertemuan delegasi."
    )
    found = read(text, published="2026-10-21")
    sultan = [s for s in found.summits if "haitham-bin-tariq" in local_ids(s.participants)]
    assert len(sultan) == 1
    assert sultan[0].date is not None and sultan[0].date.iso == "2026-10-20"


def test_coref_an_invitation_accepted_to_visit_is_a_plan(read: Reader) -> None:
    text = (
        "President Vladimir Putin held talks with Mongolian President Ukhnaagiin Khurelsukh in the Kremlin on "
        "Wednesday, May 20, 2026. Putin accepted an invitation to visit Mongolia at a convenient time."
    )
    found = read(text, published="2026-05-20")
    visit = next(s for s in found.summits if "mongolia" in (s.location or "") or "Mongolia" in s.name)
    assert visit.status == "planned"
    assert visit.date is None


def test_coref_a_meeting_at_the_time_of_the_one_just_told_takes_its_date(read: Reader) -> None:
    """ "... kunjungan ke Abu Dhabi tahun lalu. Kala itu X bertemu Y": a meeting at that time, not the
    story's day; "menyambangi" is a call on someone."""
    text = (
        "Gubernur Jambi Al Haris menerima Duta Besar Uni Emirat Arab Abdulla Salem Al Dhaheri di Jambi, "
        "Selasa (11/8/2026). Sehari sebelumnya, Abdulla menyambangi Wali Kota Jambi Maulana Rahman di Balai Kota.\n\n"
        "Kunjungan ini tindak lanjut kunjungan Al Haris ke Abu Dhabi tahun lalu. Kala itu Al Haris bertemu "
        "Menteri Investasi UEA Mohamed Hassan Alsuwaidi."
    )
    found = read(text, published="2026-08-12")
    then = next(s for s in found.summits if "mohamed-hassan-alsuwaidi" in local_ids(s.participants))
    assert then.date is not None and then.date.iso == "2025"
    called = [s for s in found.summits if "maulana-rahman" in local_ids(s.participants)]
    assert called and called[0].date is not None and called[0].date.iso == "2026-08-10"


def test_coref_a_route_is_not_where_the_leaders_met(read: Reader) -> None:
    """ "penerbangan langsung dari Vladivostok ke Bali": a route the talks covered, not their place;
    "Dari pihak Indonesia hadir Menteri ...": those present took part."""
    text = (
        "Presiden Prabowo Subianto bertemu Presiden Rusia Vladimir Putin pada Kamis (3/9/2026) untuk membahas "
        "pembukaan penerbangan langsung dari Vladivostok ke Bali. Dari pihak Indonesia hadir Menteri Luar Negeri "
        "Sugiono."
    )
    found = read(text, published="2026-09-04")
    talks = found.summits[0]
    assert len(found.summits) == 1
    assert talks.location is None
    assert "sugiono" in local_ids(talks.participants)


def test_coref_a_meeting_word_before_an_office_is_no_name_and_one_pair_s_talks_are_one(read: Reader) -> None:
    """ "Pertemuan Presiden Prabowo ... dengan Presiden ..." describes the talks the lead reports, and the
    talks told again with the ministers who joined them are the same meeting."""
    text = (
        "Pertemuan Presiden Prabowo Subianto dengan Presiden Rusia Vladimir Putin di Istana Konstantinovsky, "
        "St. Petersburg, Kamis (19/6/2025). Foto: Dok. Istana\n\n"
        "Presiden Prabowo Subianto bertemu dengan Presiden Rusia Vladimir Putin di St. Petersburg, "
        "Kamis (19/6/2025).\n\n"
        "Nampak hadir Menkomdigi Meutya Hafid dan Menteri ESDM Bahlil Lahadalia."
    )
    found = read(text, published="2025-06-19")
    assert len(found.summits) == 1
    assert "Meutya Hafid" in labels(found, "Person")


def test_coref_a_sector_the_reporting_scheme_leaves_out_is_not_reported(read: Reader) -> None:
    """Visa and Consular Affairs is a top sector outside the reporting scheme (ontology/sectors.ttl):
    "bebas visa" links the talks to no sector; "perdagangan" (in the scheme) is reported."""
    text = (
        "Presiden Prabowo Subianto bertemu Presiden Kirgistan Sadyr Japarov di Jakarta, Senin (2/6/2025). "
        "Kedua pemimpin membahas perdagangan dan bebas visa bagi pemegang paspor dinas."
    )
    found = read(text, published="2025-06-03")
    assert local_ids(found.summits[0].sectors) == {"trade"}


def test_coref_the_meeting_between_the_two_ministers_refers_back(read: Reader) -> None:
    """ "Pertemuan bilateral antara kedua menteri luar negeri itu berlangsung sehari sebelum X tiba di Y":
    the meeting told, not a new one where X arrives; "St." goes on a name."""
    text = (
        "Menteri Luar Negeri Sugiono dan Menteri Luar Negeri Rusia Sergey Lavrov bertemu di Moskow pada Selasa "
        "(17/6/2025).\n\n"
        "Pertemuan bilateral antara kedua menteri luar negeri itu berlangsung sehari sebelum Presiden Prabowo "
        "Subianto tiba di St. Petersburg.\n\n"
        "Prabowo dijadwalkan berpidato di Forum Ekonomi Internasional St. Petersburg pada Jumat (20/6/2025)."
    )
    found = read(text, published="2025-06-19")
    held = [s for s in found.summits if "sugiono" in local_ids(s.participants)]
    assert len(held) == 1 and "prabowo-subianto" not in local_ids(held[0].participants)
    assert any(s.name.startswith("Forum Ekonomi Internasional St. Petersburg") for s in found.summits)


def test_coref_the_day_a_statement_was_made_does_not_date_the_meeting_it_tells_of(read: Reader) -> None:
    """ "Dubes dalam keterangan tertulis pada Selasa, 12 November 2024 mengatakan bahwa pertemuan ..."
    dates the statement; the meeting is on the day the story tells when it comes back to it."""
    text = (
        "Duta Besar RI di Hanoi, Denny Abdi, dalam keterangan tertulis pada Selasa, 12 November 2024 mengatakan "
        "bahwa pertemuan bilateral antara Prabowo dan Presiden Vietnam Luong Cuong berlangsung produktif.\n\n"
        "Prabowo tiba di Hanoi pada 8 November 2024. Pada pagi hari tanggal 9 November, Prabowo meletakkan "
        "karangan bunga di Makam Ho Chi Minh.\n\n"
        "Di akhir pertemuan bilateral tersebut, kedua kepala negara menyaksikan penandatanganan sejumlah kesepakatan "
        "kerja sama, yaitu:\n"
        "1. Protokol Persyaratan Karantina untuk Ekspor Buah Manggis\n"
        "2. Pedoman Kerja Teknis untuk Perikanan Tangkap Berkelanjutan\n"
        "3. Memorandum Saling Pengertian tentang Kerja Sama Ekonomi Biru"
    )
    found = read(text, published="2024-11-12")
    talks = next(s for s in found.summits if "prabowo-subianto" in local_ids(s.participants))
    assert talks.date is not None and talks.date.iso == "2024-11-09"
    names = [a.name for a in found.agreements if not a.kind.endswith("DocumentPackage")]
    assert "Pedoman Kerja Teknis untuk Perikanan Tangkap Berkelanjutan" in names
    assert len(names) == 3


def test_coref_the_countries_in_a_business_forum_s_name_are_its_theme_not_its_participants(read: Reader) -> None:
    text = (
        "Presiden Tajikistan Emomali Rahmon bertemu Presiden Prabowo Subianto di Istana Merdeka, Jakarta, "
        "Selasa (20/5/2026).\n\n"
        "Siang harinya, Presiden Tajikistan menghadiri Forum Bisnis Indonesia-Tajikistan di Menara Kadin, Jakarta."
    )
    found = read(text, published="2026-05-21")
    forum = next(s for s in found.summits if s.kind.endswith("Forum"))
    assert local_ids(forum.participants) == {"emomali-rahmon"}


def test_coref_humanitarian_aid_is_reported_at_its_own_level(read: Reader) -> None:
    """Humanitarian Aid is in the reporting scheme (ontology/sectors.ttl), not rolled up."""
    text = (
        "Presiden Prabowo Subianto bertemu Presiden Mesir Abdel Fattah el-Sisi di Kairo, Rabu (18/12/2024). "
        "Kedua pemimpin membahas penyaluran bantuan kemanusiaan ke Gaza."
    )
    found = read(text, published="2024-12-19")
    assert "humanitarian-aid" in local_ids(found.summits[0].sectors)


def test_coref_a_visit_told_by_a_span_of_days_still_to_come_is_planned(read: Reader) -> None:
    """ "kunjungan resmi ... ke St. Petersburg, 19–20 Juni 2025", told on 18 June: a span is dated by
    its month, and its first day is still to come."""
    text = (
        "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Rusia Sergey Lavrov di Moskow, Selasa (17/6/2025). "
        "Pertemuan ini bagian dari persiapan kunjungan resmi Presiden Prabowo Subianto ke St. Petersburg, "
        "19–20 Juni 2025."
    )
    found = read(text, published="2025-06-18")
    visit = next(s for s in found.summits if "prabowo-subianto" in local_ids(s.participants))
    assert visit.status == "planned"


def test_coref_the_two_leaders_of_a_meeting_a_minister_tells_of(read: Reader) -> None:
    """The lead names the two leaders without a meeting word; the next sentence has their minister
    tell of "pertemuan bilateral antara kedua pemimpin": the leaders met, the minister is the source."""
    text = (
        "Presiden Joko Widodo dan Perdana Menteri Vietnam Pham Minh Chinh sepakat memperluas perdagangan "
        "kedua negara.\n\n"
        "Menteri Perdagangan Zulkifli Hasan mengatakan perdagangan menjadi perhatian utama dalam pertemuan "
        "bilateral antara kedua pemimpin di Istana Bogor, Jumat (12/1/2024)."
    )
    found = read(text, published="2024-01-12")
    assert len(found.summits) == 1
    assert local_ids(found.summits[0].participants) == {"joko-widodo", "pham-minh-chinh"}


def test_coref_a_meeting_told_with_a_relative_clause_then_itu_is_the_one_told(read: Reader) -> None:
    """ "Pertemuan yang berlangsung sekitar satu jam itu" refers back; the source who opens the
    next sentence ("Menurut Kepala Biro ..., X, ...") is no participant of the forum it tells of."""
    text = (
        "Gubernur Sulawesi Tengah Anwar Hafid menerima kunjungan kehormatan Duta Besar Jepang Masaki Yasushi "
        "di rumah jabatan gubernur di Jalan Moh. Yamin, Palu, Senin (4/5/2026).\n\n"
        "Pertemuan yang berlangsung sekitar satu jam itu turut dihadiri Wakil Gubernur Reny Lamadjido.\n\n"
        "Menurut Kepala Biro Administrasi Pimpinan Setdaprov Sulteng, Rachmat Tarawa, nota itu direncanakan "
        "diteken saat Gubernur Anwar menghadiri Forum Investasi Jepang di Tokyo pada September mendatang."
    )
    found = read(text, published="2026-05-04")
    visit = found.summits[0]
    assert str(visit.location).endswith("/place/palu")  # "Moh." does not end the sentence
    assert not any(s.name.startswith("Pertemuan") for s in found.summits)
    forum = next(s for s in found.summits if "Forum" in s.name)
    assert "rachmat-tarawa" not in local_ids(forum.participants)


def test_coref_days_recalled_or_of_another_event_do_not_move_the_story(read: Reader) -> None:
    """The story is on Friday; the attack "tiga hari setelah" which the visit came, and the phone call
    "Sebelumnya, pada Rabu malam", are days recalled: the meeting told after them is Friday's. The
    Cabinet Secretary "Menurut ..." tells of the first meeting and takes no part in it."""
    text = (
        "Presiden Prabowo Subianto tiba di Doha, Jumat (12/9/2025) sore. Dari bandara, Prabowo langsung "
        "bertemu Emir Qatar Sheikh Tamim bin Hamad Al Thani. Kunjungan ini dilakukan tiga hari setelah "
        "serangan udara ke sebuah kompleks di Doha pada Selasa (9/9) lalu. [01:15] Menurut Sekretaris "
        "Kabinet Teddy Indra Wijaya, dalam pertemuan itu Prabowo menyampaikan simpati. Sebelumnya, pada "
        "Rabu malam (10/9), Prabowo sudah berbicara dengan Sheikh Tamim melalui telepon. Dari Doha, Prabowo "
        "terbang ke Abu Dhabi. Di sana ia bertemu Presiden PEA Sheikh Mohamed bin Zayed Al Nahyan."
    )
    found = read(text, published="2025-09-13")
    assert [s.date.iso if s.date else None for s in found.summits] == ["2025-09-12", "2025-09-12"]
    assert "teddy-indra-wijaya" not in local_ids(found.summits[0].participants)


def test_coref_a_feature_s_summit_its_earlier_edition_and_its_name_by_place(read: Reader) -> None:
    """A weekly tells "pada Ahad pagi, 26 Oktober lalu" (the date, not last Sunday); an earlier
    summit "pada KTT di Phnom Penh, November 2022" is not the story's; "ribuan pertemuan ASEAN
    setiap tahun" is no meeting; "KTT Kuala Lumpur" is the summit held there that day."""
    text = (
        "Tepuk tangan memenuhi ruang pleno Kuala Lumpur Convention Centre pada Ahad pagi, 26 Oktober lalu. "
        "Dalam sesi pembukaan Konferensi Tingkat Tinggi ASEAN ke-47, para pemimpin menandatangani deklarasi "
        "penerimaan Timor-Leste. Sebelas tahun setelah permohonannya, pada KTT di Phnom Penh, November 2022, "
        "para pemimpin menyetujui penerimaan itu secara prinsip. Kala itu sejumlah negara meragukan kesiapan "
        "Dili menjalankan ribuan pertemuan ASEAN setiap tahun. KTT Kuala Lumpur juga dihadiri Presiden Brasil "
        "Luiz Inácio Lula da Silva."
    )
    found = read(text, published="2025-11-03")
    story = [s for s in found.summits if s.date is not None and s.date.iso == "2025-10-26"]
    assert len(story) == 1 and "ke-47" in story[0].name
    assert str(story[0].location).endswith("/place/kuala-lumpur")
    assert not any(s.name.startswith("pertemuan ASEAN") for s in found.summits)


def test_coref_a_conference_by_its_initials_and_the_partner_of_the_next_meeting(read: Reader) -> None:
    """ "dialog PMC" is the Post Ministerial Conference told before; Retno, met "dalam pertemuan
    bilateral dengan" in the same sentence, is that meeting's, not the conference's."""
    text = (
        "Pada Kamis (13/7/2023), Sergey Lavrov menjadi ketua bersama pertemuan ASEAN-Russia Post Ministerial "
        "Conference di Jakarta. Selain berpartisipasi dalam dialog PMC, Lavrov juga melakukan pertemuan "
        "bilateral dengan Menteri Luar Negeri Indonesia Retno Marsudi."
    )
    found = read(text, published="2023-07-14")
    assert len(found.summits) == 2
    conference, bilateral = found.summits
    assert "retno-marsudi" not in local_ids(conference.participants)
    assert local_ids(bilateral.participants) == {"sergey-lavrov", "retno-marsudi"}


def test_coref_who_wrote_of_a_meeting_and_a_capital_named_with_its_country(read: Reader) -> None:
    text = (
        "Menteri Luar Negeri Rusia Sergey Lavrov dan Menteri Luar Negeri China Wang Yi mengadakan pertemuan "
        "bilateral di sela Forum Regional ASEAN di Phnom Penh, Kamboja, Kamis (4/8/2022). "
        "“Pertemuan bilateral Lavrov dan Wang Yi berlangsung di sela acara ASEAN di Phnom Penh,” tulis juru "
        "bicara Maria Zakharova. Pertemuan kedua menteri sebelumnya diadakan pada 28 Juli di ibukota "
        "Uzbekistan, Tashkent."
    )
    found = read(text, published="2022-08-05")
    assert all("maria-zakharova" not in local_ids(s.participants) for s in found.summits)
    earlier = next(s for s in found.summits if s.date is not None and s.date.iso == "2022-07-28")
    assert str(earlier.location).endswith("/place/tashkent")


def test_coref_a_visit_described_as_the_first_since_a_year_and_a_summit_told_after_since(read: Reader) -> None:
    """ "merupakan kunjungan kenegaraan pertama ... sejak hubungan diplomatik ... terjalin pada tahun
    1967" describes the visit told, dated by neither; "sejak ia menghadiri KTT APEC di Bali pada 2013"
    dates the summit told after "sejak"."""
    text = (
        "Raja Malaysia Sultan Ibrahim bertemu Presiden Rusia Vladimir Putin di Kremlin, Moskow, Rabu (6/8/2025). "
        "Kunjungan Sultan Ibrahim ke Moskow merupakan kunjungan kenegaraan pertama seorang Raja Malaysia ke "
        "Rusia sejak hubungan diplomatik kedua negara terjalin pada tahun 1967. Putin terakhir ke Asia "
        "Tenggara sejak ia menghadiri KTT APEC di Bali pada 2013."
    )
    found = read(text, published="2025-08-06")
    assert not any(s.date is not None and s.date.iso == "1967" for s in found.summits)
    apec = next(s for s in found.summits if "APEC" in s.name)
    assert apec.date is not None and apec.date.iso == "2013"


def test_coref_two_leaders_witnessing_a_signing_met_and_a_lone_witness_did_not(read: Reader) -> None:
    text = (
        "Presiden Joko Widodo dan Perdana Menteri Malaysia Najib Razak menyaksikan penandatanganan nota "
        "kesepahaman kerja sama pendidikan di Kuching, Rabu (22/11/2017). Presiden didampingi Konsul Jenderal "
        "RI Kuching Jahar Gultom.\n\nSehari sebelumnya, Duta Besar Rusia Sergei Tolchenov menyaksikan "
        "penandatanganan nota kesepahaman antara Universitas Sam Ratulangi dan Far Eastern Federal University."
    )
    found = read(text, published="2017-11-23")
    assert len(found.summits) == 1
    assert {"joko-widodo", "najib-razak"} <= local_ids(found.summits[0].participants)
    assert "Jahar Gultom" in {a.label for a in found.actors}  # the consulate's city is no part of his name


def test_coref_a_series_of_meetings_is_no_meeting_with_the_person_of_another_event(read: Reader) -> None:
    """ "serangkaian pertemuan terpisah bersama empat pemimpin ..., sehari setelah ia menandatangani
    perjanjian dengan Kim Jong Un di Pyongyang": the series sums up meetings told one by one; Kim
    Jong Un belongs to the event of the day before."""
    text = (
        "Presiden Rusia Vladimir Putin menuntaskan kunjungan di Hanoi pada Kamis (20/6/2024) dengan serangkaian "
        "pertemuan terpisah bersama empat pemimpin Vietnam, sehari setelah ia menandatangani perjanjian dengan "
        "pemimpin Korea Utara Kim Jong Un di Pyongyang. Putin bertemu Perdana Menteri Vietnam Pham Minh Chinh."
    )
    found = read(text, published="2024-06-21")
    assert not any(s.name.startswith("pertemuan") for s in found.summits)


def test_coref_trade_and_economic_cooperation_names_both_sectors(read: Reader) -> None:
    """ "kerja sama perdagangan dan ekonomi", "trade and economic cooperation": two sectors, not one."""
    text = (
        "Hari itu Presiden Rusia Vladimir Putin juga bertemu Perdana Menteri Tiongkok Li Qiang di Beijing, "
        "Kamis (16/5/2024), untuk membahas kerja sama perdagangan dan ekonomi."
    )
    found = read(text, published="2024-05-17")
    sectors = {link.target.rsplit("/", 1)[-1] for link in found.summits[0].sectors}
    assert {"trade", "economy"} <= sectors


def test_coref_a_commentator_on_a_visit_and_the_teller_s_own_clause_take_no_part_in_it(read: Reader) -> None:
    """ "Menanggapi kunjungan X, Ketua Komisi ..., Y, mengatakan": Y comments; "Menurut Y, yang
    mengepalai komisi keuangan DPR, kunjungan X ...": neither Y nor the DPR visited."""
    text = (
        "Presiden Prabowo Subianto melakukan kunjungan kenegaraan ke Astana, Kazakhstan, Senin (9/2/2026). "
        "Menanggapi kunjungan Prabowo, Ketua Komisi I DPR, Dwi Haryanto, mengatakan bahwa kunjungan ini "
        "penting bagi hubungan kedua negara. Menurut Dwi, yang mengepalai komisi pertahanan DPR, kunjungan "
        "Prabowo juga membuka peluang kerja sama energi."
    )
    found = read(text, published="2026-02-10")
    involved = set().union(*(local_ids(s.participants) for s in found.summits))
    assert "prabowo-subianto" in involved
    assert not any(iri.startswith(("dwi-", "dpr", "komisi")) for iri in involved)


def test_coref_a_visit_that_began_yesterday_and_lasts_until_a_later_day_is_under_way(read: Reader) -> None:
    """ "Pertemuan kedua menteri itu berlangsung sehari sebelum X tiba pada Rabu untuk memulai
    kunjungannya, yang akan berlangsung hingga 20 Juni": the visit began on Wednesday and is under
    way, dated by its first day; the two ministers of the meeting referred back are not its party."""
    text = (
        "Menteri Luar Negeri Indonesia Sugiono dan mitranya dari Rusia, Sergey Lavrov, bertemu di Moskow pada "
        "Selasa. Pertemuan bilateral antara kedua menteri luar negeri itu berlangsung sehari sebelum Prabowo "
        "Subianto tiba di St. Petersburg pada Rabu untuk memulai kunjungannya, yang akan berlangsung hingga "
        "20 Juni."
    )
    found = read(text, published="2025-06-19")
    visit = next(s for s in found.summits if "prabowo-subianto" in local_ids(s.participants))
    assert visit.date is not None and visit.date.iso == "2025-06-18"
    assert visit.status == "held"
    assert not {"sugiono", "sergey-lavrov"} & local_ids(visit.participants)


def test_coref_an_event_named_after_di_sela_without_a_meeting_word_hosts_the_meeting_told(read: Reader) -> None:
    """ "bertemu ... di sela Pekan Energi Rusia 2026": the week is an event; the two ministers' talks
    stay the story's meeting, with the topics of the sentences after, and both attend the event."""
    text = (
        "Moskow - Menteri Perdagangan Budi Santoso bertemu Menteri Perindustrian Rusia Anton Alikhanov di sela "
        "Pekan Industri Rusia 2026 di Moskow, Selasa (13/10). Dalam pertemuan sekitar satu jam di Expocentre, "
        "lokasi forum tersebut, kedua menteri membahas perdagangan pupuk dan kerja sama industri otomotif."
    )
    found = read(text, published="2026-10-14")
    week = next(s for s in found.summits if s.name.startswith("Pekan Industri Rusia"))
    talks = next(s for s in found.summits if s is not week)
    assert {"budi-santoso", "anton-alikhanov"} <= local_ids(talks.participants)
    assert "trade" in local_ids(talks.sectors) and "trade" not in local_ids(week.sectors)
    assert "budi-santoso" in local_ids(week.participants)


def test_coref_a_short_name_given_after_atau_is_the_meeting_and_its_plus_meeting_is_another(read: Reader) -> None:
    """ "Pertemuan Menteri Pertahanan ASEAN atau ADMM ke-20" then "Sidang ADMM ...": one meeting;
    "ADMM-Plus" the day after is another."""
    text = (
        "Menteri Pertahanan Sjafrie Sjamsoeddin menghadiri Pertemuan Menteri Pertahanan ASEAN atau ADMM ke-20 "
        "di Manila, Filipina, Selasa (17/11/2026). Sidang ADMM yang dipimpin Menteri Pertahanan Filipina "
        "Gilberto Teodoro mengesahkan deklarasi bersama. Di sela ADMM-Plus, Rabu (18/11/2026), Menhan Sjafrie "
        "dijadwalkan bertemu Wakil Menteri Pertahanan Rusia Viktor Goremykin."
    )
    found = read(text, published="2026-11-17")
    admm = [s for s in found.summits if s.date is not None and s.date.iso == "2026-11-17"]
    assert len(admm) == 1
    assert "gilberto-teodoro" in local_ids(admm[0].participants)
    assert any(s.name == "ADMM-Plus" for s in found.summits)


def test_coref_chairing_a_first_session_is_a_meeting_and_one_held_a_day_before_is_dated_by_it(read: Reader) -> None:
    """ "memimpin sidang perdana Dewan ... , Rabu (11/2/2026)" is the story's meeting (not one referred
    back to); "Kunjungan ini dilakukan sehari setelah Prabowo bertemu Raja Bahrain" dates the other."""
    text = (
        "RIYADH - Presiden Prabowo Subianto dan Putra Mahkota Arab Saudi Mohammed bin Salman memimpin sidang "
        "perdana Dewan Koordinasi Tertinggi Indonesia-Arab Saudi di Riyadh, Rabu (11/2/2026). Kunjungan ke "
        "Riyadh ini dilakukan sehari setelah Prabowo bertemu Raja Bahrain Hamad bin Isa Al Khalifa di Manama."
    )
    found = read(text, published="2026-02-12")
    session = next(s for s in found.summits if s.name.startswith("sidang perdana"))
    assert {"prabowo-subianto", "mohammed-bin-salman"} <= local_ids(session.participants)
    assert session.date is not None and session.date.iso == "2026-02-11"
    bahrain = next(s for s in found.summits if "hamad-bin-isa-al-khalifa" in local_ids(s.participants))
    assert bahrain.date is not None and bahrain.date.iso == "2026-02-10"


def test_coref_a_meeting_between_two_named_again_is_the_visit_and_a_welcome_home_is_no_meeting(read: Reader) -> None:
    """ "Pertemuan antara Presiden Prabowo dan Wakil Pertama PM Rusia Manturov berlangsung tertutup" is
    the visit told, described rather than named; the president's own ministers welcoming him home
    at the airport meet no one of another country."""
    text = (
        "Jakarta - Presiden Prabowo Subianto menerima kunjungan Wakil Pertama Perdana Menteri Rusia Denis "
        "Manturov di Istana Merdeka, Jakarta, Selasa (15/4/2025). Pertemuan antara Presiden Prabowo dan Wakil "
        "Pertama PM Rusia Manturov berlangsung tertutup. Sebelumnya, Presiden Prabowo tiba di Jakarta, Selasa "
        "pagi. Kedatangan Presiden di Jakarta disambut oleh Wakil Presiden Gibran Rakabuming Raka dan Menteri "
        "Koordinator Bidang Politik dan Keamanan Budi Gunawan."
    )
    found = read(text, published="2025-04-15")
    assert len(found.summits) == 1
    assert {"prabowo-subianto", "denis-manturov"} <= local_ids(found.summits[0].participants)


def test_coref_the_visit_a_guest_made_for_the_meeting_and_the_government_of_the_time(read: Reader) -> None:
    """ "Menlu Malaysia X bertemu Presiden Y di Istana Bogor" then "Kunjungan ini merupakan kunjungan
    pertama X ke Indonesia sejak dilantik ... di bawah pemerintahan Perdana Menteri Malaysia Z": one
    meeting, and Z only names the government of the time."""
    text = (
        "BOGOR -- Menteri Luar Negeri Malaysia Saifuddin Abdullah bertemu Presiden Joko Widodo di Istana Bogor, "
        "Senin (23/7/2018). Kunjungan ini merupakan kunjungan pertama Saifuddin ke Indonesia sejak dilantik "
        "menjadi menlu pada 2 Juli lalu di bawah pemerintahan Perdana Menteri Malaysia Mahathir Mohamad."
    )
    found = read(text, published="2018-07-23")
    assert len(found.summits) == 1
    assert "mahathir-mohamad" not in local_ids(found.summits[0].participants)


def test_coref_talks_on_industry_are_not_talks_on_the_economy(read: Reader) -> None:
    """A sector the reporting scheme leaves out is not reported as the economy in general: talks on
    factories and industrialisation name no Economy link, while trade named beside them does."""
    text = (
        "Presiden Prabowo Subianto bertemu Presiden Kazakhstan Kassym-Jomart Tokayev di Istana Merdeka, "
        "Jakarta, Senin (9/2/2026). Kedua pemimpin membahas industrialisasi, pabrik otomotif, dan perdagangan."
    )
    found = read(text, published="2026-02-10")
    sectors = local_ids(found.summits[0].sectors)
    assert "trade" in sectors
    assert "economy" not in sectors


def test_coref_sports_and_logistics_are_not_culture_and_connectivity(read: Reader) -> None:
    text = (
        "Perdana Menteri Anwar Ibrahim bertemu Presiden Turkmenistan Serdar Berdimuhamedov di Putrajaya, Selasa "
        "(3/2/2026). Keduanya membahas olahraga, jalur logistik, dan pendidikan."
    )
    found = read(text, published="2026-02-04")
    sectors = local_ids(found.summits[0].sectors)
    assert "education" in sectors
    assert not {"culture", "connectivity"} & sectors


def test_coref_a_meeting_written_months_before_publication_is_no_plan(read: Reader) -> None:
    """A sentence about a coming visit ("will") also names a past meeting by its full date: that one
    was held, and its name takes no date."""
    text = (
        "Prime Minister Anwar Ibrahim will begin an official visit to Kazakhstan tomorrow. This will be "
        "Anwar's second meeting with President Kassym-Jomart Tokayev, after their encounter on January 20, "
        "2026, at the Astana International Forum."
    )
    found = read(text, published="2026-05-10")
    past = [s for s in found.summits if s.date is not None and (s.date.year, s.date.month) == (2026, 1)]
    assert past
    assert {s.status for s in past} == {"held"}
    assert not any("January" in s.name for s in found.summits)


def test_coref_a_visit_noun_with_its_owner_keeps_its_own_person_place_and_time(read: Reader) -> None:
    """ "Kunjungan Menlu A ke Beijing ... persiapan menyambut kedatangan Presiden B": A's visit is the
    talks told before, B's arrival is still to come, in no place and on no day of A's."""
    text = (
        "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri China Wang Yi di Beijing, Senin (2/3/2026). "
        "Kunjungan Menlu Sugiono ke Beijing merupakan bagian dari persiapan menyambut kedatangan Presiden Xi Jinping."
    )
    found = read(text, published="2026-03-03")
    talks = [s for s in found.summits if "sugiono" in local_ids(s.participants)]
    assert len(talks) == 1
    assert local_ids(talks[0].participants) == {"sugiono", "wang-yi"}
    arrival = [s for s in found.summits if "xi-jinping" in local_ids(s.participants)]
    assert len(arrival) == 1
    assert arrival[0].status == "planned"
    assert arrival[0].date is None
    assert arrival[0].location is None or not arrival[0].location.endswith("/beijing")


def test_coref_an_abbreviated_word_opens_an_event_name(read: Reader) -> None:
    text = "Presiden Prabowo Subianto menghadiri St. Petersburg International Economic Forum pada Jumat (20/6/2025)."
    found = read(text, published="2025-06-21")
    assert any(s.name.startswith("St. Petersburg International Economic Forum") for s in found.summits)


def test_coref_a_malaysian_report_in_malay_reads_its_meeting_sectors_and_memorandum(read: Reader) -> None:
    """Malay spells the same things its own way: "mesyuarat dua hala", "membincangkan", "pelaburan",
    "memeterai memorandum persefahaman"."""
    text = (
        "PUTRAJAYA, 14 Mei -- Perdana Menteri Datuk Seri Anwar Ibrahim mengadakan mesyuarat dua hala dengan "
        "Presiden Turkmenistan Serdar Berdimuhamedov di Bangunan Perdana Putra hari ini. Kedua-dua pemimpin "
        "membincangkan kerjasama dalam bidang pelaburan, pelancongan dan kesihatan. Malaysia dan Turkmenistan "
        "turut memeterai memorandum persefahaman mengenai pendidikan tinggi."
    )
    found = read(text, published="2026-05-14")
    assert len(found.summits) == 1
    assert local_ids(found.summits[0].participants) == {"anwar-ibrahim", "serdar-berdimuhamedov"}
    assert {"investment", "tourism", "health"} <= local_ids(found.summits[0].sectors)
    assert [local_ids(a.parties) for a in found.agreements] == [{"malaysia", "turkmenistan"}]


def test_coref_senior_officials_in_general_are_no_senior_officials_meeting(read: Reader) -> None:
    text = (
        "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Rusia Sergey Lavrov di Moskow, Selasa (17/6/2025). "
        "Kedua menteri mengapresiasi intensitas kontak antara pejabat tinggi Indonesia dan Rusia. "
        "Pejabat senior kedua negara juga hadir."
    )
    found = read(text, published="2025-06-18")
    assert len(found.summits) == 1


def test_coref_a_malay_recall_of_a_meeting_beside_a_council_and_a_signing_told_by_a_statement(read: Reader) -> None:
    """ "di luar Mesyuarat ..." is on its sidelines, "kedua-dua menteri" the pair, "tahun lepas" last year;
    "Menurut kenyataan ... hari ini," dates the statement, and the ministers signed at their talks the day before."""
    text = (
        "PUTRAJAYA, 13 Mei (Bernama) -- Menteri Luar Negeri Datuk Seri Mohamad Hasan mengadakan pertemuan "
        "dua hala dengan rakan sejawatannya dari Tajikistan, Sirojiddin Muhriddin, di sini pada Selasa. "
        "Menurut kenyataan Wisma Putra hari ini, kedua-dua menteri turut memeterai memorandum persefahaman "
        "mengenai rundingan politik antara Kementerian Luar Negeri Malaysia dan Kementerian Luar Negeri "
        "Republik Tajikistan. Kali terakhir kedua-dua menteri bertemu adalah di luar Mesyuarat Majlis "
        "Menteri-Menteri Luar OIC di Istanbul pada Jun tahun lepas."
    )
    found = read(text, published="2026-05-13")
    pair = {"mohamad-hasan", "sirojiddin-muhriddin"}
    recalled = [s for s in found.summits if s.date is not None and (s.date.year, s.date.month) == (2025, 6)]
    assert any(pair <= local_ids(s.participants) for s in recalled)
    assert {s.status for s in recalled} == {"held"}
    (memorandum,) = found.agreements
    assert memorandum.date is not None and memorandum.date.iso == "2026-05-12"
    assert any("Tajikistan" in p.target or "tajikistan" in p.target for p in memorandum.parties)


def test_coref_a_planned_visit_told_as_a_plan_is_planned_and_keeps_its_own_person(read: Reader) -> None:
    """ "keduanya membahas rencana kunjungan X": the plan is X's visit, still to come; the two who
    spoke of it are in the meeting told, not in the visit."""
    text = (
        "Menteri Luar Negeri Sugiono dan Menteri Luar Negeri Rusia Sergey Lavrov menggelar pertemuan di Moskow, "
        "Selasa (17/6/2025). Dalam kesempatan tersebut, keduanya membahas rencana kunjungan Presiden Rusia "
        "Vladimir Putin ke Indonesia."
    )
    found = read(text, published="2025-06-18")
    (visit,) = [s for s in found.summits if "vladimir-putin" in local_ids(s.participants)]
    assert visit.status == "planned"
    assert not {"sugiono", "sergey-lavrov"} & local_ids(visit.participants)
    (talks,) = [s for s in found.summits if s.status == "held"]
    assert local_ids(talks.participants) == {"sugiono", "sergey-lavrov"}


def test_coref_on_that_occasion_is_the_meeting_held_not_the_plan_told_last(read: Reader) -> None:
    """ "Pada kesempatan itu" after a sentence on a planned visit goes back to the meeting that took place;
    "Menurutnya" names who tells of a past visit, not one who made it."""
    text = (
        "Ketua Majelis Tinggi Dewan Federal Federasi Rusia, Ivan Korolenko, menerima delegasi DPD yang dipimpin "
        "Ketua DPD Hamdan Yusuf di Moskow, Selasa (23/10/2018).\n\n"
        "Menurutnya, Presiden Joko Widodo sudah melakukan kunjungan kenegaraan ke Rusia pada 2016.\n\n"
        "Korolenko menyatakan, Presiden Vladimir Putin juga merencanakan kunjungan ke Indonesia.\n\n"
        "Pada kesempatan itu, Hamdan Yusuf mengucapkan terima kasih kepada Majelis Tinggi Rusia."
    )
    found = read(text, published="2018-10-24")
    (held,) = [s for s in found.summits if s.date is not None and s.date.iso == "2018-10-23"]
    assert {"ivan-korolenko", "hamdan-yusuf"} <= local_ids(held.participants)
    (state_visit,) = [s for s in found.summits if s.date is not None and s.date.iso == "2016"]
    assert "ivan-korolenko" not in local_ids(state_visit.participants)
    (plan,) = [s for s in found.summits if "vladimir-putin" in local_ids(s.participants)]
    assert plan.status == "planned"
    assert local_ids(plan.participants) == {"vladimir-putin"}


def test_coref_the_leaders_of_three_houses_of_one_country_are_met_in_one_meeting(read: Reader) -> None:
    """The houses are the one country's: one meeting, its parties the persons, not their houses."""
    text = (
        "Pagi ini Presiden Filipina Ferdinand Marcos Jr. menemui Ketua MPR Ahmad Muzani, Ketua DPR Puan Maharani "
        "dan Ketua DPD Sultan Najamudin di Kompleks Parlemen, Senayan."
    )
    found = read(text, published="2025-03-11")
    assert {"mpr", "dpr", "dpd"} <= {a.iri.rsplit("/", 1)[-1] for a in found.actors}
    (meeting,) = found.summits
    assert local_ids(meeting.participants) >= {"ahmad-muzani", "puan-maharani"}
    assert not {"mpr", "dpr", "dpd"} & local_ids(meeting.participants)


def test_coref_a_place_after_another_meeting_is_that_meetings(read: Reader) -> None:
    text = (
        "Presiden Putin dijadwalkan berkunjung ke Indonesia tahun ini. Jika terlaksana, kunjungan tersebut "
        "akan menjadi lawatan pertama Putin ke Indonesia sejak ia menghadiri KTT APEC di Bali pada 2013."
    )
    found = read(text, published="2026-02-12")
    (visit,) = [s for s in found.summits if s.status == "planned"]
    assert visit.location is not None and visit.location.endswith("/indonesia")


def test_coref_those_present_at_the_meeting_are_in_it_not_in_another(read: Reader) -> None:
    text = (
        "Presiden Prabowo Subianto menerima Wakil Perdana Menteri Rusia Alexei Overchuk di Istana Merdeka, Jakarta, "
        "Rabu (9/7/2025). Keduanya membahas kerja sama energi dan pertanian. "
        "Hadir dalam pertemuan, di antaranya Menteri Luar Negeri Sugiono dan Menteri Pertanian Andi Amran Sulaiman."
    )
    found = read(text, published="2025-07-10")
    (meeting,) = found.summits
    assert {"prabowo-subianto", "sugiono"} <= local_ids(meeting.participants)


def test_coref_a_visit_put_off_is_planned_on_the_day_it_was_put_off_to(read: Reader) -> None:
    """Malay "ditangguhkan ke", Indonesian "diundur ke": the new date, not the one first set."""
    malay = (
        "Lawatan rasmi Perdana Menteri Russia ke Malaysia yang sepatutnya berlangsung pada 14 April ini "
        "ditangguhkan ke Jun 2026."
    )
    found = read(malay, published="2026-04-02")
    (visit,) = found.summits
    assert visit.status == "planned"
    assert visit.date is not None and visit.date.iso == "2026-06"
    indonesian = "Kunjungan Presiden Putin ke Jakarta yang semula dijadwalkan 14 April diundur ke 20 Juni 2026."
    (visit,) = read(indonesian, published="2026-04-02").summits
    assert visit.date is not None and visit.date.iso == "2026-06-20"


def test_coref_a_visit_the_story_follows_is_not_the_meeting_told(read: Reader) -> None:
    """ "Jokowi tiba di Riyadh setelah kunjungan ke Beijing": the Beijing visit came before; it is not
    the meeting with the crown prince that "keduanya" brought back."""
    text = (
        "RIYADH - Presiden Joko Widodo menghadiri KTT ASEAN-GCC di Riyadh, Jumat (20/10/2023). Sehari "
        "sebelumnya, Jokowi bertemu Putra Mahkota Arab Saudi Pangeran Mohammed bin Salman. Keduanya membahas "
        "pelayanan haji dan perdagangan. Jokowi tiba di Riyadh setelah kunjungan ke Beijing, Tiongkok."
    )
    found = read(text, published="2023-10-20")
    meeting = next(s for s in found.summits if "mohammed-bin-salman" in local_ids(s.participants))
    assert meeting.location is None or "beijing" not in meeting.location
    assert any(s.location is not None and s.location.endswith("beijing") for s in found.summits)


def test_coref_a_ministers_hearing_in_parliament_that_recalls_a_signing_and_prepares_a_visit(read: Reader) -> None:
    """A minister's hearing ("rapat kerja") in parliament is no diplomatic meeting. What he recalls
    ("A dan B telah menandatangani Deklarasi ... di St. Petersburg pada Juni tahun lalu") is the two
    leaders' meeting then, and the visit being prepared ("sedang menyiapkan kunjungan") is planned."""
    text = (
        "JAKARTA - Menteri Luar Negeri Sugiono memaparkan agenda diplomasi 2026 dalam rapat kerja dengan "
        "Komisi I DPR di Senayan, Jakarta, Selasa (27/1/2026). Sugiono mengingatkan bahwa Presiden Prabowo "
        "Subianto dan Presiden Vladimir Putin telah menandatangani Deklarasi Kemitraan Strategis di St. "
        'Petersburg pada Juni tahun lalu. "Saat ini kami sedang menyiapkan kunjungan kenegaraan Presiden '
        'Putin ke Indonesia," kata Sugiono.'
    )
    found = read(text, published="2026-01-28")
    assert not any(s.date is not None and s.date.iso == "2026-01-27" for s in found.summits)
    signing = next(s for s in found.summits if s.date is not None and s.date.iso == "2025-06")
    assert local_ids(signing.participants) == {"prabowo-subianto", "vladimir-putin"}
    visit = next(s for s in found.summits if s.location is not None and s.location.endswith("indonesia"))
    assert visit.status == "planned" and "sugiono" not in local_ids(visit.participants)


def test_coref_talks_on_climate_change_and_media_are_reported_as_such(read: Reader) -> None:
    text = (
        "BRASILIA - Presiden Prabowo Subianto bertemu Presiden Luiz Inacio Lula da Silva di Istana Planalto, "
        "Rabu (9/7/2025). Keduanya membahas kerja sama perubahan iklim, media massa dan perdagangan."
    )
    found = read(text, published="2025-07-10")
    meeting = next(s for s in found.summits if "prabowo-subianto" in local_ids(s.participants))
    assert {"climate-change", "media-and-information", "trade"} <= local_ids(meeting.sectors)


def test_coref_a_university_receiving_a_delegation_and_the_delegation_received_are_one_visit(read: Reader) -> None:
    """The dateline is not part of the lead's sentence, so the university that opens it acts; a
    short form in brackets inside its name stays in the name; "Delegasi dipimpin A dan diterima B"
    is the visit just told; "Pertemuan di Ruang Sidang Rektorat itu" refers back."""
    text = (
        "YOGYAKARTA - Universitas Islam Negeri (UIN) Sunan Kalijaga Yogyakarta menerima kunjungan delegasi "
        "Akademi Islam Bolgar dari Federasi Rusia, Rabu (19/11/2025). Delegasi dipimpin Wakil Rektor Akademi "
        "Islam Bolgar, Dr. Aidar Khabibullin, dan diterima Wakil Rektor UIN Sunan Kalijaga, Prof. Dr. Nurul "
        "Hikmah Fadhilah. Pertemuan di Ruang Sidang Rektorat itu juga dihadiri Duta Besar Rusia untuk "
        "Indonesia, Sergei Tolchenov."
    )
    found = read(text, published="2025-11-20")
    university = next(a for a in found.actors if a.kind == "Organization" and "Sunan Kalijaga" in a.label)
    assert "UIN" in university.aliases
    assert len(found.summits) == 1
    people = local_ids(found.summits[0].participants)
    assert {"aidar-khabibullin", "nurul-hikmah-fadhilah", "sergei-tolchenov"} <= people


def test_a_meeting_attended_by_ministers_named_only_by_their_countries_has_those_countries(read: Reader) -> None:
    text = (
        "RIYADH - Menteri Luar Negeri Rusia Sergei Lavrov menghadiri pertemuan strategis di Riyadh, Selasa (9/9).\n\n"
        "Pertemuan itu dihadiri para menteri luar negeri Arab Saudi, Oman, Kuwait dan Qatar."
    )
    found = read(text, published="2025-09-10")
    (meeting,) = found.summits
    assert {"saudi-arabia", "oman", "kuwait", "qatar", "sergey-lavrov"} <= local_ids(meeting.participants)


def test_on_the_same_day_after_a_recalled_date_is_that_day_and_he_the_last_person(read: Reader) -> None:
    """ "Prabowo berkunjung ke Beijing pada 9 November 2024 ... Di hari yang sama ia juga bertemu PM Li
    Qiang": the day the sentence before named, and "ia" the person it spoke of, not the story's day."""
    text = (
        "JAKARTA - Presiden Prabowo Subianto menerima Perdana Menteri Malaysia Anwar Ibrahim di Istana Merdeka, "
        "Senin (12/5).\n\nPrabowo pernah berkunjung ke Beijing pada 9 November 2024 dan bertemu Presiden Xi "
        "Jinping. Di hari yang sama ia juga bertemu Perdana Menteri Li Qiang."
    )
    found = read(text, published="2025-05-12")
    (li,) = [s for s in found.summits if "li-qiang" in local_ids(s.participants)]
    assert li.date is not None and li.date.iso == "2024-11-09"
    assert local_ids(li.participants) == {"li-qiang", "prabowo-subianto"}


def test_a_meeting_a_day_before_the_one_told_with_it_is_dated_the_day_before(read: Reader) -> None:
    """ "Pada 30 Juni 2022, Jokowi bertemu Putin di Kremlin, sehari setelah menemui Zelensky di Kyiv":
    the meeting after "sehari setelah" was on 29 June."""
    text = (
        "JAKARTA - Prabowo bertemu Putin di Moskow, Rabu (31/7).\n\n"
        "Pada 30 Juni 2022, Jokowi bertemu Putin di Kremlin, sehari setelah menemui Presiden Ukraina "
        "Volodymyr Zelensky di Kyiv."
    )
    found = read(text, published="2024-08-01")
    (kyiv,) = [s for s in found.summits if "volodymyr-zelensky" in local_ids(s.participants)]
    assert kyiv.date is not None and kyiv.date.iso == "2022-06-29"


def test_meetings_wished_to_be_held_as_a_habit_leave_the_topics_with_the_one_told(read: Reader) -> None:
    text = (
        "JAKARTA - Menlu RI Sugiono dan Menlu Uzbekistan Bakhtiyor Saidov memimpin Pertemuan Kedua Komisi "
        "Bersama di Jakarta, Selasa (11/2). Kedua Menlu sepakat agar Komite Konsultasi Bilateral dan pertemuan "
        "pejabat tinggi diselenggarakan secara rutin. Kedua Menlu juga sepakat mendorong investasi di sektor "
        "pariwisata."
    )
    found = read(text, published="2025-02-12")
    meeting = next(s for s in found.summits if s.date is not None and s.date.iso == "2025-02-11")
    assert "tourism" in local_ids(meeting.sectors)
    assert all("tourism" not in local_ids(s.sectors) for s in found.summits if s is not meeting)


def test_coref_the_pair_discussing_a_planned_visit_stays_with_their_meeting(read: Reader) -> None:
    """ "Keduanya ... membahas rencana kunjungan Putin": a plan the two spoke of; what follows is
    still their meeting, told again with its day."""
    text = (
        "Menlu Rusia Sergei Lavrov bertemu Menlu RI Retno Marsudi di Jakarta. Keduanya meneken rencana "
        "konsultasi dan membahas rencana kunjungan Putin yang tertunda pandemi.\n\n"
        "Menteri Luar Negeri Rusia Sergei Lavrov bertemu Menteri Luar Negeri RI Retno Marsudi di Gedung "
        "Pancasila, Jakarta, Selasa (6/7/2021)."
    )
    found = read(text, published="2021-07-06")
    held = [s for s in found.summits if s.status == "held"]
    assert [(s.date.iso if s.date else None) for s in held] == ["2021-07-06"]


def test_coref_a_visit_described_by_its_guest_s_country_and_title_is_the_meeting_told(read: Reader) -> None:
    """ "kunjungan kenegaraan Presiden Republik Islam Iran Seyyed Ebrahim Raisi": the guest's title,
    country and all, describes whose visit it is; it is not a named event apart from the deck's."""
    text = (
        "Presiden Iran Ebrahim Raisi bertemu Presiden Jokowi di Istana Bogor.\n\n"
        "Jakarta - Presiden Joko Widodo menerima kunjungan kenegaraan Presiden Republik Islam Iran Seyyed "
        "Ebrahim Raisi di Istana Kepresidenan Bogor, Jawa Barat, Selasa (23/5/2023)."
    )
    found = read(text, published="2023-05-23")
    assert [(s.date.iso if s.date else None) for s in found.summits] == ["2023-05-23"]


def test_coref_a_sentence_opening_on_the_bare_word_visit_is_the_story_s_visit(read: Reader) -> None:
    """ "Kunjungan ditutup dengan jamuan ..., setelah itu Ishiba bertolak kembali ke Tokyo": the visit
    told, not one to Tokyo."""
    text = (
        "Bogor - Presiden Prabowo Subianto menerima kunjungan resmi Perdana Menteri Jepang Shigeru Ishiba di "
        "Istana Kepresidenan Bogor, Sabtu (11/1/2025).\n\n"
        "Kedua pemimpin membahas kerja sama pertahanan dan energi.\n\n"
        "Kunjungan ditutup dengan jamuan santap siang kenegaraan, setelah itu Ishiba bertolak kembali ke Tokyo."
    )
    found = read(text, published="2025-01-11")
    assert [s.location.rsplit("/", 1)[-1] for s in found.summits if s.location] == ["bogor"]


def test_coref_a_sentence_opening_in_the_bilateral_meeting_is_the_meeting_told(read: Reader) -> None:
    """ "Dalam pertemuan bilateral, Jokowi mengaku membahas ...": the bilateral meeting the story
    told, after a paragraph about another time; what was discussed there is its."""
    text = (
        "Jakarta - Presiden Joko Widodo menerima kunjungan kenegaraan Presiden Iran Ebrahim Raisi di Istana "
        "Kepresidenan Bogor, Selasa (23/5/2023).\n\n"
        "Jokowi terakhir menyambangi Teheran pada 14 Desember 2016. Indonesia dan Iran menjalin hubungan "
        "diplomatik sejak 1950.\n\n"
        "Kedua kepala negara kemudian menanam pohon di halaman istana, sebelum masuk ke Ruang Garuda untuk "
        "pertemuan bilateral.\n\n"
        "Perdagangan kedua negara pada 2022 tercatat US$257,2 juta. Sepanjang Januari-Maret 2023, nilainya "
        "mencapai US$54,1 juta.\n\n"
        "4. Ajak Iran Tanam Modal\n\n"
        "Dalam pertemuan bilateral, Jokowi mengaku membahas peluang investasi di sektor minyak dan gas."
    )
    found = read(text, published="2023-05-23")
    visit = next(s for s in found.summits if "ebrahim-raisi" in local_ids(s.participants))
    assert "oil-and-gas" in local_ids(visit.sectors)


def test_coref_who_speaks_of_a_visit_still_to_come_is_not_at_it(read: Reader) -> None:
    """ "Dalam kunjungan itu, ... kata Menlu Retno" about a visit still planned: Retno is not a party
    of a visit that has not happened."""
    text = (
        "Presiden Rusia Vladimir Putin dijadwalkan melakukan kunjungan kenegaraan ke Indonesia pada Oktober "
        "mendatang.\n\n"
        "Dalam kunjungan tersebut, kedua negara akan menandatangani sejumlah kerja sama energi, kata Menteri "
        "Luar Negeri Retno Marsudi dan Menteri Perdagangan Enggartiasto Lukita."
    )
    found = read(text, published="2016-08-10")
    planned = [s for s in found.summits if s.status == "planned"]
    assert planned and all(not {"retno-marsudi", "enggartiasto-lukita"} & local_ids(s.participants) for s in planned)


def test_coref_a_lead_telling_the_outcome_before_the_meeting_speaks_of_it(read: Reader) -> None:
    """ "China bersetuju menyenaraikan Malaysia sebagai penerima keutamaan vaksin. Hishammuddin berkata
    komitmen itu dicapai dalam mesyuarat dua hala bersama Wang Yi ...": the lead's outcome, and the
    sector it names, are the meeting's."""
    text = (
        "KUALA LUMPUR: China bersetuju menyenaraikan Malaysia sebagai negara penerima keutamaan vaksin "
        "COVID-19.\n\n"
        "Menteri Luar Hishammuddin Hussein berkata komitmen itu dicapai dalam mesyuarat dua hala bersama "
        "Menteri Luar China Wang Yi di Kuala Lumpur hari ini."
    )
    found = read(text, published="2020-10-13")
    held = [s for s in found.summits if s.status == "held"]
    assert held and "health" in local_ids(held[0].sectors)


def test_coref_the_subject_after_a_fronted_meeting_clause_is_at_the_next_meeting(read: Reader) -> None:
    """ "Usai bertemu Retno, Lavrov menyambangi Gedung Sekretariat ASEAN ... untuk bertemu Sekjen ASEAN
    Lim Jock Hoi": Lavrov, after the clause of his first meeting, is at the second; the body whose
    building he went to is not."""
    text = (
        "Menlu Rusia Sergei Lavrov bertemu Menlu RI Retno Marsudi di Jakarta, Selasa (6/7/2021).\n\n"
        "Usai bertemu Retno, Lavrov menyambangi Gedung Sekretariat ASEAN di Jakarta Selatan untuk bertemu "
        "Sekretaris Jenderal ASEAN Lim Jock Hoi."
    )
    found = read(text, published="2021-07-06")
    second = next(s for s in found.summits if "lim-jock-hoi" in local_ids(s.participants))
    assert "sergey-lavrov" in local_ids(second.participants)
    assert "asean-secretariat" not in local_ids(second.participants)  # "Gedung Sekretariat ASEAN": where


def test_coref_a_meeting_a_year_after_the_time_told_before_is_dated_by_it(read: Reader) -> None:
    """ "... di Phnom Penh pada 4 November 2002. Setahun kemudian, para pemimpin ASEAN dan China bertemu
    di Bali": the meeting of 2003, not one of no time or of the story's."""
    text = (
        "ASEAN dan China menandatangani Deklarasi tentang Perilaku Para Pihak di Laut China Selatan di Phnom "
        "Penh pada 4 November 2002.\n\n"
        "Setahun kemudian, para pemimpin ASEAN dan China bertemu di Bali."
    )
    found = read(text, published="2021-11-22")
    bali = [s for s in found.summits if s.location and s.location.endswith("bali")]
    assert [s.date.iso if s.date else None for s in bali] == ["2003"]


STATE_VISIT_DAY = (
    "Vientiane - Presiden Tiongkok Xi Jinping dan Presiden Laos Thongloun Sisoulith menggelar perundingan di "
    "Istana Presiden, Vientiane, Selasa (12/5/2026).\n\n"
    "Sehari sebelumnya, Senin (11/5), ia dan Perdana Menteri Kamboja Hun Manet menandatangani perjanjian kerja sama "
    "ekonomi di Phnom Penh.\n\n"
    "Kunjungan kenegaraan ini dilakukan atas undangan Wakil Presiden Laos Pany Yathotou.\n\n"
    "Dalam pernyataan pers bersama, Xi mengatakan Tiongkok siap memperluas kerja sama di bidang pertanian dan "
    "pariwisata.\n\n"
    "Di awal perundingan, Xi menyebut perdagangan bilateral naik 10 persen pada 2025.\n\n"
    "Di luar perundingan resmi, Xi secara terpisah bertemu Pany Yathotou, lalu menggelar sarapan kerja dengan "
    "Perdana Menteri Laos Sonexay Siphandone yang membahas isu energi."
)


def test_coref_a_state_visit_s_talks_press_statement_and_separate_meetings(read: Reader) -> None:
    found = read(STATE_VISIT_DAY, published="2026-05-12")
    meetings = {frozenset(local_ids(s.participants)): s for s in found.summits}
    # the signing the day before, and who invited the guest, are not the talks'; "di luar perundingan
    # resmi" and "di awal perundingan" are those talks, no other; the two met separately are two meetings
    assert set(meetings) == {
        frozenset({"xi-jinping", "thongloun-sisoulith"}),
        frozenset({"xi-jinping", "pany-yathotou"}),
        frozenset({"xi-jinping", "sonexay-siphandone"}),
    }
    assert {s.date.iso for s in found.summits if s.date} == {"2026-05-12"}
    talks = meetings[frozenset({"xi-jinping", "thongloun-sisoulith"})]
    assert local_ids(talks.sectors) == {"agriculture", "tourism", "trade"}  # said at the joint press statement


def test_coref_an_office_before_a_name_set_off_by_a_comma_is_that_name_s(read: Reader) -> None:
    text = (
        "Presiden Tiongkok Xi Jinping dan Presiden Laos Thongloun Sisoulith menggelar perundingan di Vientiane, "
        "Selasa (12/5/2026).\n\n"
        "Pertemuan terakhir Xi dengan pemimpin Laos berlangsung Oktober tahun lalu di Beijing, ketika ia bertemu "
        "Presiden Laos saat itu, Bounnhang Vorachith, di sela Forum Sabuk dan Jalan."
    )
    found = read(text, published="2026-05-12")
    recalled = [s for s in found.summits if s.date and s.date.iso == "2025-10"]
    assert recalled and all("thongloun-sisoulith" not in local_ids(s.participants) for s in recalled)


def test_coref_two_who_each_met_one_host_separately_are_two_meetings_and_an_envoy_s_sender_is_absent(
    read: Reader,
) -> None:
    text = (
        "Presiden Brasil Luiz Inacio Lula da Silva memimpin KTT BRICS Plus di Rio de Janeiro, Senin (7/7/2025).\n\n"
        "Menteri Luar Negeri Sugiono hadir sebagai Utusan Khusus Presiden Prabowo Subianto.\n\n"
        "Perdana Menteri Vietnam Pham Minh Chinh dan Presiden Kenya William Ruto juga hadir; keduanya menggelar "
        "pertemuan bilateral terpisah dengan Lula pada hari yang sama."
    )
    found = read(text, published="2025-07-08")
    pairs = sorted(sorted(local_ids(s.participants)) for s in found.summits if s.kind.endswith("BilateralMeeting"))
    assert pairs == [["luiz-inacio-lula-da-silva", "pham-minh-chinh"], ["luiz-inacio-lula-da-silva", "william-ruto"]]
    assert all("prabowo-subianto" not in local_ids(s.participants) for s in found.summits)


def test_coref_the_words_of_one_at_the_meeting_after_an_aside_of_another_time_are_the_meeting_s(read: Reader) -> None:
    text = (
        "Menteri Luar Negeri Sugiono menghadiri KTT BRICS Plus di Kazan, Rusia, Kamis (24/10/2024).\n\n"
        "Politikus itu terbang ke Rusia kurang dari 24 jam setelah dilantik sebagai Menlu, Senin (21/10).\n\n"
        "Menurut Sugiono, prioritas BRICS selaras dengan program kerja kabinet, antara lain ketahanan pangan dan "
        "energi."
    )
    [summit] = read(text, published="2024-10-25").summits
    assert local_ids(summit.sectors) == {"food-security", "energy"}


def test_coref_a_summit_s_group_photo_and_those_also_present_attend_it_and_its_closing_declaration_is_the_body_s(
    read: Reader,
) -> None:
    text = (
        "Kamis, 19 Desember, giliran Konferensi Tingkat Tinggi ke-11 Developing Eight (D-8) di Kairo.\n\n"
        "Dalam foto bersama, Prabowo berdiri diapit Presiden Turki Recep Tayyip Erdogan dan Perdana Menteri "
        "Pakistan Shehbaz Sharif.\n\n"
        "Presiden Iran Masoud Pezeshkian juga hadir.\n\n"
        "KTT yang dipimpin Sisi itu ditutup dengan Deklarasi Kairo.\n\n"
        "Para pemimpin sepakat menerima Azerbaijan sebagai anggota penuh."
    )
    found = read(text, published="2024-12-22")
    [summit] = found.summits  # admitting Azerbaijan as a member is no meeting with it
    assert {"prabowo-subianto", "recep-tayyip-erdogan", "shehbaz-sharif", "masoud-pezeshkian"} <= local_ids(
        summit.participants
    )
    [declaration] = found.agreements
    assert local_ids(declaration.parties) == {"d8"}  # the summit's body, not the chair's country


def test_coref_an_earlier_stop_of_the_day_is_a_meeting_apart_from_the_talks(read: Reader) -> None:
    text = (
        "Presiden Prabowo Subianto menerima kunjungan kehormatan Menteri Luar Negeri Tiongkok Wang Yi di Istana "
        "Merdeka, Jakarta, Selasa (25/2/2025), dalam pertemuan yang berlangsung tertutup bagi media.\n\n"
        "Dalam pertemuan di ruang kerja Presiden, Prabowo didampingi Menteri Luar Negeri Sugiono.\n\n"
        "Sebelum ke istana, Wang lebih dulu mendatangi kantor Kementerian Pertahanan di Jalan Medan Merdeka Barat.\n\n"
        "Ia disambut Menhan Sjafrie Sjamsoeddin, lalu keduanya menggelar pertemuan yang membahas kerja sama "
        "pertahanan."
    )
    found = read(text, published="2025-02-26")
    meetings = {frozenset(local_ids(s.participants)): s for s in found.summits}
    assert set(meetings) == {
        frozenset({"prabowo-subianto", "wang-yi", "sugiono"}),
        frozenset({"wang-yi", "sjafrie-sjamsoeddin"}),  # the stop before the palace; the street is no city
    }
    ministry = meetings[frozenset({"wang-yi", "sjafrie-sjamsoeddin"})]
    assert ministry.location is not None and ministry.location.endswith("/jakarta")


def test_coref_a_summit_first_told_by_this_or_that_is_the_one_the_story_means(read: Reader) -> None:
    text = (
        "Selasa lalu, 4 Juli, Organisasi Kerja Sama Shanghai (SCO) resmi menerima Iran sebagai anggota kesembilan.\n\n"
        "KTT yang dipimpin Perdana Menteri India Narendra Modi itu digelar secara virtual, dan Presiden Iran "
        "Ebrahim Raisi menyampaikan pidato perdananya sebagai anggota penuh."
    )
    [summit] = read(text, published="2023-07-08").summits  # admitting a member meets no one
    assert summit.date is not None and summit.date.iso == "2023-07-04"
    assert "narendra-modi" in local_ids(summit.participants)


def test_coref_the_delegation_a_guest_brought_attends_the_talks(read: Reader) -> None:
    text = (
        "Presiden Prabowo Subianto bertemu Presiden Chile Gabriel Boric di Santiago, Rabu (9/7/2025).\n\n"
        "Prabowo membawa rombongan ekonomi: Menteri Perdagangan Budi Santoso dan Menteri ESDM Bahlil Lahadalia."
    )
    [talks] = read(text, published="2025-07-10").summits
    assert {"budi-santoso", "bahlil-lahadalia"} <= local_ids(talks.participants)


def test_coref_a_meeting_of_the_two_leaders_told_as_the_time_of_a_signing_is_their_meeting(read: Reader) -> None:
    """ "Penandatanganan dilakukan seusai pertemuan bilateral kedua pemimpin di ...": after "seusai" the
    meeting word tells a time, but "kedua pemimpin" makes it the meeting of the two who signed."""
    text = (
        "Presiden Kazakhstan Kassym-Jomart Tokayev dan Perdana Menteri Malaysia Anwar Ibrahim menandatangani "
        "Deklarasi Kemitraan Strategis. Penandatanganan dilakukan seusai pertemuan bilateral kedua pemimpin "
        "di Istana Akorda, Astana, Senin (12/5/2025)."
    )
    found = read(text, published="2025-05-13")
    assert [(s.date.iso if s.date else None, sorted(local_ids(s.participants))) for s in found.summits] == [
        ("2025-05-12", ["anwar-ibrahim", "kassym-jomart-tokayev"])
    ]


def test_coref_a_tour_of_two_stops_is_its_two_meetings_each_where_it_was_held(read: Reader) -> None:
    """ "lawatan ke dua negara ...; bertemu A di X dan B di Y": the tour is no record of its own, each
    meeting is where its counterpart was met, "Di X, ..." speaks of the meeting there and "Pembicaraannya
    dengan B" of the meeting with B."""
    text = (
        "Presiden Kazakhstan Kassym-Jomart Tokayev melakukan lawatan ke dua negara Asia Tenggara, Senin (12/5/2025). "
        "Dalam satu hari, ia bertemu Presiden Prabowo Subianto di Jakarta dan Perdana Menteri Anwar Ibrahim di "
        "Kuala Lumpur. Di Jakarta, Tokayev disambut dengan upacara kenegaraan. Keduanya membahas kerja sama energi "
        "nuklir. Dari Jakarta, Tokayev terbang ke Kuala Lumpur. Pembicaraannya dengan Anwar berlangsung dua jam "
        "dan membahas ketahanan pangan."
    )
    found = read(text, published="2025-05-13")
    meetings = {
        (s.location or "").rsplit("/", 1)[-1]: (sorted(local_ids(s.participants)), sorted(local_ids(s.sectors)))
        for s in found.summits
    }
    assert meetings == {
        "jakarta": (["kassym-jomart-tokayev", "prabowo-subianto"], ["nuclear-energy"]),
        "kuala-lumpur": (["anwar-ibrahim", "kassym-jomart-tokayev"], ["food-security"]),
    }


def test_coref_a_summit_word_after_a_fronted_clause_and_hours_earlier_are_the_story_s(read: Reader) -> None:
    """ ", KTT dihadiri ..." after a fronted clause is the summit told, and "Beberapa jam sebelumnya" is the
    same day. The statement that closed the summit is its blocs'."""
    text = (
        "Untuk pertama kalinya, pemimpin Asia Tenggara dan Afrika bertemu dalam satu forum. "
        "JAKARTA, KOMPAS — Para pemimpin ASEAN, Uni Afrika, dan India menggelar konferensi tingkat tinggi perdana "
        "di Jakarta, Rabu (4/6/2025). Pertemuan yang digagas Presiden Indonesia Prabowo Subianto itu ditutup dengan "
        "pengesahan sebuah pernyataan bersama. Selain Prabowo, yang memimpin sidang, KTT dihadiri Perdana Menteri "
        "India Narendra Modi. Beberapa jam sebelumnya, di gedung yang sama, ASEAN dan India menggelar KTT mereka."
    )
    found = read(text, published="2025-06-05")
    assert [s.date.iso if s.date else None for s in found.summits] == ["2025-06-04", "2025-06-04"]
    assert "narendra-modi" in local_ids(found.summits[0].participants)
    assert local_ids(found.agreements[0].parties) == {"asean", "african-union"}


def test_coref_a_meeting_word_opening_the_next_sentence_is_the_meeting_a_flashback_just_told(read: Reader) -> None:
    """ "Sehari sebelumnya, A bertemu C. Pertemuan membahas ...": what is discussed is that meeting's,
    not the story's own meeting with B; a transport corridor discussed is connectivity."""
    text = (
        "Menteri Perdagangan Budi Santoso melakukan pertemuan bilateral dengan Menteri Ekonomi Kazakhstan "
        "Serik Zhumangarin di Astana, Minggu (21/12/2025). Keduanya membahas langkah ratifikasi perjanjian. "
        "Sehari sebelumnya, Sabtu (20/12), Budi bertemu Menteri Perindustrian Rusia Anton Alikhanov di Moskow. "
        "Pertemuan membahas pasokan gandum dan pemanfaatan koridor transportasi internasional."
    )
    found = read(text, published="2025-12-22")
    sectors = {s.date.iso: local_ids(s.sectors) for s in found.summits if s.date}
    assert sectors["2025-12-20"] >= {"connectivity"}
    assert not sectors["2025-12-21"] & {"connectivity", "food-security", "agriculture"}


def test_coref_a_body_that_tells_of_a_visit_is_not_its_visitor(read: Reader) -> None:
    """ "Kantor pers Dewan Keamanan Rusia menyebut lawatan ... itu berlangsung hingga Sabtu": the body
    is who tells of the visit, so it makes no visit of its own."""
    text = (
        "Presiden Vietnam Luong Cuong menerima Sekretaris Dewan Keamanan Rusia Sergei Shoigu di Hanoi, "
        "Rabu (9/7/2025). Kantor pers Dewan Keamanan Rusia menyebut lawatan ke Vietnam dan Laos itu "
        "berlangsung hingga Sabtu, 12 Juli."
    )
    found = read(text, published="2025-07-10")
    assert [sorted(local_ids(s.participants)) for s in found.summits] == [["luong-cuong", "sergei-shoigu"]]


def test_coref_a_planned_visit_told_twice_in_the_same_month_is_one_plan(read: Reader) -> None:
    """ "rencana kunjungan kenegaraan Tokayev ke Indonesia bulan depan" and later "Tokayev dijadwalkan
    melakukan kunjungan kenegaraan ke Indonesia pada Juli mendatang atas undangan Presiden Prabowo":
    one planned visit, with both persons."""
    text = (
        "Presiden Prabowo Subianto bertemu Menteri Luar Negeri Kazakhstan Murat Nurtleu di Istana Merdeka, "
        "Jakarta, Senin (8/6/2026). Dalam pertemuan itu, keduanya membahas kerja sama energi dan pendidikan, "
        "sekaligus mematangkan rencana kunjungan kenegaraan Presiden Kazakhstan Kassym-Jomart Tokayev ke "
        "Indonesia bulan depan.\n\nMenurut Prasetyo, kedua pihak juga membahas perdagangan dan investasi. "
        "Nurtleu juga menyampaikan undangan forum investasi di Astana.\n\nPrasetyo menjelaskan, Tokayev "
        "dijadwalkan melakukan kunjungan kenegaraan ke Indonesia pada Juli mendatang atas undangan Presiden "
        "Prabowo."
    )
    found = read(text, published="2026-06-08")
    plans = [s for s in found.summits if s.status == "planned"]
    assert len(plans) == 1
    assert plans[0].date is not None and plans[0].date.iso == "2026-07"
    assert {"kassym-jomart-tokayev", "prabowo-subianto"} <= local_ids(plans[0].participants)


def test_coref_a_meeting_on_a_later_day_of_the_visit_keeps_what_it_discussed(read: Reader) -> None:
    """ "Pada hari pertama, A diterima B ... Sehari kemudian, A bertemu C. [new paragraph] Menurut C,
    pertemuan itu membahas ...": a later day's meeting is no flashback, so "pertemuan itu" is it,
    not the first day's."""
    text = (
        "Wakil Menteri Luar Negeri Rusia Sergey Vershinin berkunjung ke Jakarta pada 3-4 Maret 2026.\n\n"
        "Pada hari pertama, Selasa (3/3), Vershinin diterima Wakil Menteri Luar Negeri RI Anis Matta di "
        "Gedung Pancasila. Keduanya membahas kerja sama pendidikan.\n\n"
        "Sehari kemudian, Rabu (4/3), Vershinin bertemu Menteri Perdagangan Budi Santoso di Jakarta.\n\n"
        "Menurut Budi, pertemuan itu membahas pasokan gandum dan pupuk."
    )
    found = read(text, published="2026-03-05")
    by_date = {s.date.iso: local_ids(s.sectors) for s in found.summits if s.date is not None}
    assert "agriculture" in by_date["2026-03-04"]
    assert "agriculture" not in by_date["2026-03-03"]


def test_coref_a_meeting_named_as_the_time_of_another_is_the_one_told_before(read: Reader) -> None:
    """ "Sebelum pertemuan ASEAN-Jepang, Kamikawa bertemu Menlu Vietnam ...": the meeting named as a
    time is the ASEAN-Japan ministerial meeting already told, and the one met is Kamikawa's partner;
    ASEAN, named only in that time, is not at the side meeting."""
    text = (
        "Menlu Jepang Yoko Kamikawa menghadiri Pertemuan Tingkat Menteri ASEAN-Jepang di Vientiane, Sabtu "
        "(27/7/2024). Sebelum pertemuan ASEAN-Jepang, Kamikawa bertemu Menlu Vietnam Bui Thanh Son pada "
        "Sabtu pagi."
    )
    found = read(text, published="2024-07-27")
    assert len(found.summits) == 2
    side = next(s for s in found.summits if "bui-thanh-son" in local_ids(s.participants))
    assert local_ids(side.participants) == {"bui-thanh-son", "yoko-kamikawa"}


def test_coref_a_planned_summit_told_again_by_a_shorter_name_is_one_plan(read: Reader) -> None:
    """ "KTT ke-47 ASEAN di Kuala Lumpur pada Oktober mendatang" and later "pada KTT ASEAN Oktober
    mendatang": one planned summit."""
    text = (
        "Menlu Vietnam Bui Thanh Son menyampaikan undangan kepada Presiden Rusia Vladimir Putin untuk "
        "menghadiri KTT ke-47 ASEAN di Kuala Lumpur pada Oktober mendatang.\n\n"
        "Timor-Leste dijadwalkan diterima sebagai anggota penuh pada KTT ASEAN Oktober mendatang."
    )
    found = read(text, published="2025-07-10")
    assert [(s.status, s.date.iso if s.date else None) for s in found.summits] == [("planned", "2025-10")]


def test_coref_ministers_of_member_states_listed_by_country_attend_for_them(read: Reader) -> None:
    """ "Hadir para menteri luar negeri kelima negara anggota X, yakni A, B, dan C": the countries
    listed attend the meeting through their unnamed ministers."""
    text = (
        "Menteri Luar Negeri Jepang Takeshi Iwaya memimpin Dialog Jepang-Asia Tengah di Tokyo, Selasa "
        "(9/12/2025). Hadir para menteri luar negeri kelima negara anggota dialog, yakni Kazakhstan, "
        "Kirgistan, Tajikistan, Turkmenistan, dan Uzbekistan."
    )
    found = read(text, published="2025-12-09")
    assert {"kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan"} <= local_ids(
        found.summits[0].participants
    )


def test_coref_editions_of_a_series_told_in_passing_are_meetings_of_their_own(read: Reader) -> None:
    """ "Kazan akan menjadi KTT ASEAN-Rusia kelima. KTT pertama digelar di Kuala Lumpur pada 2005 ... KTT
    ketiga di Singapura pada 2018": each edition is a meeting of its year, between the series' parties,
    not more sentences about the summit to come."""
    text = (
        "Rusia bersiap menjadi tuan rumah KTT Peringatan ASEAN-Rusia di Kazan bulan depan.\n\n"
        "Jika terlaksana, Kazan akan menjadi KTT ASEAN-Rusia kelima. KTT pertama digelar di Kuala Lumpur "
        "pada 2005. KTT ketiga di Singapura pada 2018 menaikkan status hubungan menjadi kemitraan strategis."
    )
    found = read(text, published="2026-05-17")
    past = sorted((s for s in found.summits if s.status == "held"), key=lambda s: s.date.iso if s.date else "")
    assert [s.date.iso if s.date else None for s in past] == ["2005", "2018"]
    assert all(local_ids(s.participants) == {"asean", "russia"} for s in past)


def test_coref_an_edition_follows_a_series_named_by_its_parties(read: Reader) -> None:
    """ "ASEAN and the GCC held their second summit. The first summit took place in Riyadh on 20 October
    2023.": the first is a summit of the same two bodies, in its own year; a bare meeting word of the
    story's own time is not an edition."""
    text = (
        "KUALA LUMPUR, May 27 -- ASEAN and the Gulf Cooperation Council held their second summit here "
        "today. The first summit took place in Riyadh on 20 October 2023."
    )
    found = read(text, published="2025-05-27")
    first = [s for s in found.summits if s.date is not None and s.date.iso == "2023-10-20"]
    assert len(first) == 1
    assert local_ids(first[0].participants) == {"asean", "gcc"}


@pytest.mark.parametrize(
    ("text", "published", "day", "counterpart"),
    [
        (
            "Presiden Rusia Vladimir Putin menutup rangkaian kunjungan kenegaraannya ke Indonesia pada 13-15 "
            "Oktober dengan bertemu Ketua DPR RI Puan Maharani di Kompleks Parlemen Senayan, Jakarta, Kamis pagi.",
            "2026-10-15",
            "2026-10-15",
            "puan-maharani",
        ),
        (
            "ASTANA, Oct 9 -- Prime Minister Anwar Ibrahim wrapped up his three-day official visit to "
            "Kazakhstan by meeting Prime Minister Olzhas Bektenov in Astana on Friday.",
            "2026-10-09",
            "2026-10-09",
            "olzhas-bektenov",
        ),
    ],
)
def test_coref_the_meeting_that_closed_a_visit_is_a_meeting_of_its_day(
    read: Reader, text: str, published: str, day: str, counterpart: str
) -> None:
    """ "menutup kunjungan kenegaraannya pada 13-15 Oktober dengan bertemu X, Kamis pagi": the meeting
    with X on that Thursday, not a visit of the three days with X in it."""
    found = read(text, published=published)
    met = [s for s in found.summits if counterpart in local_ids(s.participants)]
    assert len(met) == 1
    assert met[0].date is not None and met[0].date.iso == day


def test_coref_a_meeting_named_again_with_its_day_takes_that_day(read: Reader) -> None:
    """ "Pertemuan Menteri Luar Negeri ASEAN-Rusia" told in a lead dated by the trip's end, then named
    again, "digelar Jumat pagi": one meeting, on the Friday its own sentence gives; "di sela-sela
    pertemuan tersebut" is that meeting, the one told last, not an earlier meeting of the week."""
    text = (
        "Manila -- Menteri Luar Negeri Rusia Sergey Lavrov menutup lawatannya ke Manila, Sabtu (11/7) malam.\n\n"
        "Selain memimpin delegasi Rusia dalam Pertemuan Menteri Luar Negeri ASEAN-Rusia, Lavrov menggelar "
        "pertemuan bilateral di sela-sela agenda utama.\n\n"
        "Lavrov tiba pada Rabu malam, setelah para menlu ASEAN membuka Pertemuan Menteri Luar Negeri ASEAN "
        "(AMM) ke-59 pada Rabu (8/7).\n\n"
        "Pertemuan Menteri Luar Negeri ASEAN-Rusia digelar Jumat pagi di Philippine International Convention "
        "Center. "
        "Pertemuan ini mengesahkan rencana aksi baru.\n\n"
        "Masih pada hari yang sama, di sela-sela pertemuan tersebut, Lavrov bertemu Menteri Luar Negeri "
        "Kamboja Prak Sokhonn."
    )
    found = read(text, published="2026-07-11")
    asean_russia = [s for s in found.summits if "ASEAN-Rusia" in s.name]
    assert len(asean_russia) == 1
    assert asean_russia[0].date is not None and asean_russia[0].date.iso == "2026-07-10"
    side = next(s for s in found.summits if "prak-sokhonn" in local_ids(s.participants))
    assert side.date is not None and side.date.iso == "2026-07-10"


def test_coref_an_edition_needs_a_named_series(read: Reader) -> None:
    """ "a meeting between A and B, expected in Moscow in the autumn ... The previous meeting was held
    last October": a meeting told by its participants is no series, and the plan is dated by its
    season."""
    text = (
        "RIYADH, April 22 -- Novak said the commission's decisions would feed into preparations for a meeting "
        "between Russian President Vladimir Putin and Saudi Crown Prince Mohammed bin Salman, which both "
        "sides expect to take place in Moscow in the autumn. The previous meeting was held in Moscow last "
        "October."
    )
    found = read(text, published="2026-04-22")
    plan = next(s for s in found.summits if s.status == "planned")
    assert plan.date is not None and plan.date.iso == "2026"
    assert not any(s.name.startswith(plan.name) for s in found.summits if s is not plan)


def test_coref_an_invitation_to_visit_is_a_visit_still_to_come(read: Reader) -> None:
    """ "menyampaikan kembali undangan Presiden Prabowo kepada Putin untuk berkunjung ke Indonesia": a
    planned visit with no date, not one held on the day of the talks."""
    text = (
        "Menteri Luar Negeri Rusia Sergey Lavrov bertemu Menteri Luar Negeri RI Sugiono di Manila, Jumat "
        "(10/7/2026). Sugiono juga menyampaikan kembali undangan Presiden Prabowo kepada Putin untuk "
        "berkunjung ke Indonesia."
    )
    found = read(text, published="2026-07-11")
    visit = next(s for s in found.summits if "vladimir-putin" in local_ids(s.participants))
    assert visit.status == "planned"
    assert visit.date is None


def test_coref_both_of_them_after_a_plan_are_the_two_who_met(read: Reader) -> None:
    """ "A bertemu B ... B menyampaikan undangan Presiden C kepada D untuk berkunjung. Waktu kunjungan itu
    belum ditetapkan. ... Keduanya terakhir bertatap muka di sela KTT BRICS, Juli tahun lalu": the two
    are A and B, not the persons of the visit still to come."""
    text = (
        "Menteri Luar Negeri Rusia Sergey Lavrov bertemu Menteri Luar Negeri RI Sugiono di Manila, Jumat "
        "(10/7/2026). Sugiono menyampaikan kembali undangan Presiden Prabowo kepada Presiden Vladimir Putin "
        "untuk berkunjung ke Indonesia. Waktu kunjungan itu belum ditetapkan.\n\n"
        "Keduanya terakhir bertatap muka di sela KTT BRICS di Rio de Janeiro, Juli tahun lalu."
    )
    found = read(text, published="2026-07-11")
    rio = next(s for s in found.summits if s.date is not None and s.date.iso == "2025-07" and not s.named)
    assert local_ids(rio.participants) == {"sergey-lavrov", "sugiono"}


def test_coref_two_meetings_named_each_with_its_short_form_are_two(read: Reader) -> None:
    """ "menghadiri Pertemuan Menlu KTT Asia Timur (EAS) dan Forum Regional ASEAN (ARF)": two meetings;
    "Di sela-sela ARF, Lavrov bertemu Wang Yi": the forum is where they met, not a party to it; "sebelum
    kembali ke Moskow" is where he goes next, not where he met."""
    text = (
        "Pada Sabtu (11/7), Lavrov menghadiri Pertemuan Menlu KTT Asia Timur (EAS) dan Forum Regional ASEAN "
        "(ARF) di Manila sebelum kembali ke Moskow. Di sela-sela ARF, Lavrov bertemu Menteri Luar Negeri "
        "China Wang Yi."
    )
    found = read(text, published="2026-07-11")
    names = {s.name for s in found.summits}
    assert {"Pertemuan Menlu KTT Asia Timur (EAS)", "Forum Regional ASEAN (ARF)"} <= names
    assert all(s.location is None or s.location.endswith("/manila") for s in found.summits)
    side = next(s for s in found.summits if "wang-yi" in local_ids(s.participants) and not s.named)
    assert local_ids(side.participants) == {"sergey-lavrov", "wang-yi"}


def test_coref_two_leaders_told_as_signers_of_a_past_document_met_then(read: Reader) -> None:
    """ "Lavrov menyinggung Deklarasi ... yang ditandatangani Presiden A dan Presiden B di St. Petersburg
    pada Juni 2025": A and B met there then, the two of them only."""
    text = (
        "Menteri Luar Negeri Rusia Sergey Lavrov juga menyinggung Deklarasi Kemitraan Strategis yang "
        "ditandatangani Presiden Prabowo Subianto dan Presiden Vladimir Putin di St. Petersburg pada Juni 2025."
    )
    found = read(text, published="2026-02-10")
    (met,) = found.summits
    assert local_ids(met.participants) == {"prabowo-subianto", "vladimir-putin"}
    assert met.date is not None and met.date.iso == "2025-06"


MET_AHEAD_OF_A_SUMMIT = (
    "Pada 12 Oktober 2015, Presiden Laos Bounnhang Vorachit bertemu Presiden Kazakhstan Nursultan "
    "Nazarbayev di Astana, menjelang KTT Asia-Eropa di kota yang sama. "
    "Dalam pertemuan itu kedua negara meneken tiga nota kesepahaman, di antaranya di bidang pertanian."
)


def test_coref_a_meeting_held_ahead_of_a_summit_long_ago_is_its_own_and_the_summit_was_held(read: Reader) -> None:
    """ "A bertemu B ..., menjelang KTT X": two records; the summit, told on a day long past, was held
    that month; "pertemuan itu" after them is the meeting of the two."""
    found = read(MET_AHEAD_OF_A_SUMMIT, published="2024-08-01")
    two = [s for s in found.summits if {"bounnhang-vorachit", "nursultan-nazarbayev"} <= local_ids(s.participants)]
    summit = [s for s in found.summits if s.name.startswith("KTT")]
    assert len(summit) == 1 and summit[0].status == "held" and summit[0].date.iso == "2015-10"
    bilateral = [s for s in two if s is not summit[0]]
    assert len(bilateral) == 1 and bilateral[0].date.iso == "2015-10-12"
    assert "agriculture" in local_ids(bilateral[0].sectors)


def test_coref_companions_join_the_meeting_of_the_one_they_accompany(read: Reader) -> None:
    """ "Di Istana, X didampingi A dan B" after a sentence on the guest's earlier stop: A and B sat
    in X's meeting, not in the stop told last."""
    found = read(
        "Menteri Luar Negeri Laos Saleumxay Kommasith bertemu Presiden Kazakhstan Kassym-Jomart Tokayev "
        "di Akorda, Astana, Rabu (12/3/2025). Saleumxay tiba di Astana, Selasa (11/3) malam, setelah "
        "sebelumnya bertemu Presiden Uzbekistan Shavkat Mirziyoyev di Tashkent pada hari yang sama. "
        "Keduanya membahas kerja sama pertanian. Di Akorda, Tokayev didampingi Menteri Luar Negeri "
        "Kazakhstan Murat Nurtleu.",
        published="2025-03-13",
    )
    by_day = {s.date.iso: local_ids(s.participants) for s in found.summits if s.date}
    assert "murat-nurtleu" in by_day["2025-03-12"]
    assert "murat-nurtleu" not in by_day["2025-03-11"]
    assert "kassym-jomart-tokayev" not in by_day["2025-03-11"]


SUMMIT_WITH_ITS_NEXT = (
    "Presiden Laos Thongloun Sisoulith berfoto bersama para pemimpin sebelum sidang KTT Laos-Asia Tengah "
    "di Vientiane, Jumat (19/5/2023).\n\n"
    "VIENTIANE - Presiden Laos Thongloun Sisoulith dan Presiden Kazakhstan Kassym-Jomart Tokayev "
    "menandatangani Deklarasi Vientiane pada Konferensi Tingkat Tinggi (KTT) Laos-Asia Tengah di Vientiane, "
    "Jumat (19/5/2023). Sidang utama digelar Jumat pagi di Pusat Konferensi Internasional Vientiane, "
    "dihadiri Presiden Kirgistan Sadyr Japarov. KTT berikutnya dijadwalkan berlangsung di Kazakhstan pada 2025. "
    "Para pemimpin juga membahas kerja sama energi."
)


def test_coref_a_summit_named_long_and_short_its_session_and_its_venue_are_one_meeting(read: Reader) -> None:
    """ "sidang KTT X" is "Konferensi Tingkat Tinggi (KTT) X"; "Sidang utama" is its session; the
    "Pusat Konferensi Internasional" where it sat is a place, not another conference."""
    found = read(SUMMIT_WITH_ITS_NEXT, published="2023-05-19")
    held = [s for s in found.summits if s.status == "held"]
    assert len(held) == 1
    assert {"thongloun-sisoulith", "kassym-jomart-tokayev", "sadyr-japarov"} <= local_ids(held[0].participants)
    assert "energy" in local_ids(held[0].sectors)


def test_coref_the_next_summit_of_the_series_is_planned_in_its_host_country(read: Reader) -> None:
    found = read(SUMMIT_WITH_ITS_NEXT, published="2023-05-19")
    planned = [s for s in found.summits if s.status == "planned"]
    assert len(planned) == 1
    assert planned[0].date.iso == "2025" and "kazakhstan" in local_ids(planned[0].participants)
    assert not planned[0].sectors  # what the leaders discussed next is the held summit's


def test_coref_two_leaders_meeting_beside_a_summit_of_many_is_a_meeting_of_its_own(read: Reader) -> None:
    """ "Kamis pagi, X bertemu A" in the story of a summit of five leaders: a bilateral meeting of
    its own, not the summit told again; nor is it where an unrelated summit sat that day."""
    found = read(
        "Presiden Laos Thongloun Sisoulith membuka KTT Laos-Asia Tengah di Vientiane, Jumat (19/5/2023), "
        "dihadiri Presiden Kazakhstan Kassym-Jomart Tokayev, Presiden Kirgistan Sadyr Japarov dan "
        "Presiden Tajikistan Emomali Rahmon. Menjelang KTT, Thongloun menggelar pertemuan bilateral "
        "terpisah dengan para tamunya. Kamis (18/5) pagi, Thongloun bertemu Japarov. Pada pagi yang sama "
        "Thongloun bertemu Rahmon. Pada hari yang sama, KTT G7 dibuka di Hiroshima, Jepang.",
        published="2023-05-19",
    )
    pairs = [s for s in found.summits if local_ids(s.participants) == {"thongloun-sisoulith", "emomali-rahmon"}]
    assert len(pairs) == 1
    assert pairs[0].location is None or pairs[0].location.endswith("vientiane")


def test_coref_an_invitation_made_at_a_meeting_leaves_the_topics_with_that_meeting(read: Reader) -> None:
    """ "X menawarkan kerja sama kesehatan dan pertanian, serta mengundang pimpinan MPR dan DPR
    berkunjung ke Y": the topics are those of X's meeting; the invited visit is a plan told there."""
    found = read(
        "Ketua MPR Bambang Soesatyo menggelar pertemuan tertutup dengan Presiden Laos Thongloun Sisoulith "
        "di Jakarta, Selasa (23/5/2023). Menurut Bambang, Thongloun menawarkan kerja sama kesehatan dan "
        "pertanian, serta mengundang pimpinan MPR dan DPR berkunjung ke Laos.",
        published="2023-05-24",
    )
    held = next(s for s in found.summits if s.status == "held")
    assert {"health", "agriculture"} <= local_ids(held.sectors)
    assert not any(s.sectors for s in found.summits if s.status == "planned")


BUSINESS_FORUM_THE_DAY_BEFORE = (
    "Presiden Laos Thongloun Sisoulith bertemu Presiden Kazakhstan Kassym-Jomart Tokayev di Astana, "
    "Selasa (17/10/2023). Sehari sebelumnya, Senin (16/10), Thongloun berbicara di Forum Bisnis "
    "Laos-Kazakhstan yang digelar di Kazakhstan Grand Hotel, Astana. Forum dihadiri sekitar 300 pengusaha "
    "dan membahas investasi energi."
)


def test_coref_a_bare_forum_after_a_sentence_telling_one_is_that_forum(read: Reader) -> None:
    """ "... berbicara di Forum Bisnis X. Forum dihadiri ...": the forum just told, though the day
    before the story's meeting; where it sat is the city after the hotel, not a country in a name."""
    found = read(BUSINESS_FORUM_THE_DAY_BEFORE, published="2023-10-17")
    forum = next(s for s in found.summits if s.name.startswith("Forum Bisnis"))
    talks = next(s for s in found.summits if s is not forum)
    assert "energy" in local_ids(forum.sectors) and "energy" not in local_ids(talks.sectors)
    assert forum.location is not None and forum.location.endswith("/astana")


def test_summits_an_english_name_may_hold_and_between_its_capitals(read: Reader) -> None:
    found = read(
        "Presiden Laos Thongloun Sisoulith menghadiri Belt and Road Forum di Beijing, Rabu (18/10/2023).",
        published="2023-10-18",
    )
    assert [s.name for s in found.summits] == ["Belt and Road Forum"]


def test_coref_two_leaders_meeting_after_the_summit_of_a_body_is_not_that_summit(read: Reader) -> None:
    """The host of a bloc's summit then receiving one guest "empat mata" in his capital: a meeting of
    the two, not the bloc's summit told again, though only the two leaders of the summit are named."""
    found = read(
        "KTT BRICS ke-17 digelar di Rio de Janeiro pada 6-7 Juli 2025. Saat membuka sesi pleno, tuan rumah "
        "Presiden Brasil Luiz Inacio Lula da Silva menyapa Presiden Prabowo Subianto secara khusus. "
        "Setelah KTT, Prabowo terbang ke Brasilia. Rabu (9/7), ia bertemu empat mata dengan Lula di Istana "
        "Planalto.",
        published="2025-07-10",
    )
    summit = next(s for s in found.summits if "BRICS" in s.name)
    assert summit.location.endswith("rio-de-janeiro")
    pair = [s for s in found.summits if s is not summit and s.date is not None and s.date.iso == "2025-07-09"]
    assert len(pair) == 1 and {"prabowo-subianto", "luiz-inacio-lula-da-silva"} <= local_ids(pair[0].participants)


def test_coref_a_meeting_told_as_what_is_done_as_a_rule_is_no_meeting(read: Reader) -> None:
    found = read(
        "Hasil komisi bersama lazimnya dibawa ke Konsultasi Tahunan antara Perdana Menteri Laos dan Presiden "
        "Kazakhstan.",
        published="2018-11-21",
    )
    assert not found.summits


def test_coref_cooperation_between_peoples_is_people_to_people_exchange(read: Reader) -> None:
    found = read(
        "Presiden Laos Thongloun Sisoulith bertemu Presiden Kazakhstan Kassym-Jomart Tokayev di Astana, Selasa "
        "(17/10/2023). Keduanya membahas pariwisata dan kerja sama antarmasyarakat.",
        published="2023-10-18",
    )
    assert {"tourism", "people-to-people-exchange"} <= local_ids(found.summits[0].sectors)


TIMELINE_OF_MEETINGS = (
    "Berikut sejumlah pertemuan penting antara pemimpin kedua negara.\n\n"
    "• Mei 2016 — Presiden Laos Bounnhang Vorachit bertemu Presiden Kazakhstan Nursultan Nazarbayev di Astana. "
    "Pembicaraan menyinggung energi dan rencana pembangunan kilang minyak.\n\n"
    "• Juni 2022 — Presiden Laos Thongloun Sisoulith menemui Presiden Kazakhstan Kassym-Jomart Tokayev di "
    "Akorda. Dalam pertemuan itu, keduanya membahas ketahanan pangan."
)


def test_coref_a_list_of_past_meetings_gives_each_its_own_topics(read: Reader) -> None:
    """ "Pembicaraan menyinggung energi" is the meeting just told; in a list of past meetings each new
    item takes the story's focus, so "Dalam pertemuan itu" is the 2022 meeting, not the 2016 one."""
    found = read(TIMELINE_OF_MEETINGS, published="2026-02-03")
    by_year = {s.date.year: local_ids(s.sectors) for s in found.summits if s.date}
    assert "energy" in by_year[2016] and "food-security" not in by_year[2016]
    assert "food-security" in by_year[2022] and "energy" not in by_year[2022]
    assert len(found.summits) == 2


def test_coref_malay_separate_meetings_and_an_audience(read: Reader) -> None:
    """Malay: "pertemuan berasingan bersama A dan B" is one meeting with each; "menghadap X" (an
    audience with a ruler) is a meeting."""
    found = read(
        "Perdana Menteri Laos Sonexay Siphandone mengadakan pertemuan berasingan bersama Presiden Kazakhstan "
        "Kassym-Jomart Tokayev dan Presiden Uzbekistan Shavkat Mirziyoyev di Abu Dhabi, semalam. Beliau "
        "kemudian berlepas ke Dubai untuk menghadap Sheikh Mohammed bin Rashid Al Maktoum di Istana Za'abeel.",
        published="2025-01-14",
    )
    pairs = sorted(sorted(local_ids(s.participants)) for s in found.summits)
    assert pairs == [
        ["kassym-jomart-tokayev", "sonexay-siphandone"],
        ["mohammed-bin-rashid-al-maktoum", "sonexay-siphandone"],
        ["shavkat-mirziyoyev", "sonexay-siphandone"],
    ]


def test_coref_a_round_table_is_a_meeting(read: Reader) -> None:
    found = read(
        "Hari ini, Perdana Menteri Laos Sonexay Siphandone menghadiri Sesi Meja Bulat Pelaburan Laos-Kazakhstan "
        "bersama wakil syarikat di Astana.",
        published="2024-05-17",
    )
    assert [s.kind.rsplit("#", 1)[-1] for s in found.summits] == ["Forum"]


def test_coref_the_next_summit_is_among_the_bodies_of_the_series_told_before(read: Reader) -> None:
    """The next summit takes the bodies of the last held summit told with them, though a bare "KTT Astana"
    was told after it."""
    found = read(
        "Para pemimpin Organisasi Kerja Sama Shanghai (SCO) menggelar KTT di Astana, Kamis (4/7/2024). Presiden "
        "China Xi Jinping hadir. Usai KTT Astana, China mengambil alih keketuaan bergilir SCO. KTT berikutnya "
        "akan digelar di China tahun depan.",
        published="2024-07-05",
    )
    planned = [s for s in found.summits if s.status == "planned"]
    assert len(planned) == 1 and {"sco", "china"} <= local_ids(planned[0].participants)


def test_coref_a_meeting_in_a_clause_joined_by_dan_shares_the_sentences_one_date(read: Reader) -> None:
    found = read(
        "Lawatan terakhir Perdana Menteri Laos ke negara itu dibuat Thongsing Thammavong pada Mei 2014, ketika "
        "beliau bertemu Presiden ketika itu, Nursultan Nazarbayev, dan menghadiri Forum Ekonomi Astana.",
        published="2024-05-17",
    )
    forum = next(s for s in found.summits if s.name.startswith("Forum"))
    assert forum.date is not None and forum.date.iso == "2014-05"


def test_coref_talks_after_a_look_back_to_the_arrival_are_on_the_story_day(read: Reader) -> None:
    found = read(
        "Presiden Prabowo Subianto menerima Perdana Menteri Vietnam Pham Minh Chinh di Istana Merdeka, "
        "Jakarta, Senin (10/3). Pham Minh Chinh mendarat di Halim sehari sebelumnya untuk lawatan resmi tiga "
        "hari. Seusai pertemuan empat mata dan pertemuan delegasi, kedua pemimpin menyaksikan penandatanganan "
        "tiga nota kesepahaman. Isinya menjangkau perikanan dan pendidikan. Dalam jamuan santap siang, Prabowo "
        "menyebut pembicaraan hari itu membahas energi.",
        published="2025-03-11",
    )
    talks = [s for s in found.summits if "pham-minh-chinh" in local_ids(s.participants)]
    assert len(talks) == 1
    assert talks[0].date is not None and talks[0].date.iso == "2025-03-10"
    assert "energy" in local_ids(talks[0].sectors)


JOINT_COMMISSION_RELEASE = (
    "Jakarta, 14 Mei 2019 - Menteri Luar Negeri RI Retno Marsudi dan Menteri Luar Negeri Uzbekistan Abdulaziz "
    "Kamilov memimpin Sidang Komisi Bersama (SKB) Indonesia-Uzbekistan di Jakarta hari ini. SKB ini merupakan "
    "tindak lanjut kunjungan kenegaraan Presiden Shavkat Mirziyoyev ke Indonesia pada 1-9 Maret 2017. Dalam "
    "kunjungan tersebut Presiden Joko Widodo dan Presiden Mirziyoyev menyaksikan penandatanganan lima dokumen "
    "kerja sama. Pertemuan hari ini membahas energi dan telah dijadwalkan setahun sebelumnya.\n\n"
    "Sehari sebelumnya, Senin (13/5), Menlu Kamilov diterima Presiden Joko Widodo di Istana Bogor. "
    "Presiden menyampaikan arahan tentang perdagangan dan investasi. Dalam pertemuan tersebut Presiden "
    "didampingi Menko Perekonomian Darmin Nasution.\n\n"
    "SKB meninjau pelaksanaan kerja sama yang disepakati sejak kunjungan Presiden Mirziyoyev, meliputi bidang "
    "kesehatan, pendidikan tinggi, serta perikanan."
)


def test_coref_a_release_keeps_its_commission_the_day_before_and_the_recalled_visit_apart(read: Reader) -> None:
    found = read(JOINT_COMMISSION_RELEASE, published="2019-05-14")
    commission = next(s for s in found.summits if s.name.startswith("Sidang Komisi Bersama"))
    # "Pertemuan hari ini" and the sentence opened by "SKB" are the commission's, not the visit recalled
    assert {"energy", "health", "fisheries"} <= local_ids(commission.sectors)
    received = next(s for s in found.summits if s.date is not None and s.date.iso == "2019-05-13")
    # what follows the meeting of the day before is told of it
    assert "darmin-nasution" in local_ids(received.participants)
    assert {"trade", "investment"} <= local_ids(received.sectors)


def test_coref_a_visit_to_another_country_is_not_the_talks_told_before(read: Reader) -> None:
    found = read(
        "Presiden Joko Widodo menghadiri KTT ASEAN-GCC di Riyadh, Jumat (20/10/2023). Sehari sebelumnya, "
        "Kamis (19/10), Jokowi bertemu Pangeran Mohammed bin Salman di Istana Al-Yamamah. Keduanya membahas "
        "perdagangan. Jokowi tiba di Riyadh setelah kunjungan ke Beijing, Tiongkok.",
        published="2023-10-21",
    )
    talks = next(
        s
        for s in found.summits
        if "mohammed-bin-salman" in local_ids(s.participants) and s.kind.endswith("BilateralMeeting")
    )
    assert talks.location is None or not talks.location.endswith("/beijing")


def test_coref_last_met_is_another_meeting_and_a_planned_series_is_not_the_talks_held(read: Reader) -> None:
    found = read(
        "Menlu RI Retno Marsudi bertemu Menlu India Subrahmanyam Jaishankar di Jakarta, Rabu (12/7/2023). "
        "Setelah itu Retno menggelar pertemuan bilateral Indonesia-Jepang dengan Menlu Jepang Yoshimasa Hayashi. "
        "Retno kemudian melanjutkan pertemuan bilateral dengan Jaishankar. Keduanya membahas ketahanan pangan. "
        "Retno dan Jaishankar terakhir bertemu di sela Sidang Majelis Umum PBB di New York, September tahun lalu. "
        "Rangkaian pertemuan menlu akan ditutup Jumat (14/7) dengan Pertemuan Menlu KTT Asia Timur.",
        published="2023-07-12",
    )
    japan = next(s for s in found.summits if "yoshimasa-hayashi" in local_ids(s.participants))
    assert japan.status == "held" and japan.date is not None and japan.date.iso == "2023-07-12"
    new_york = [s for s in found.summits if s.date is not None and s.date.iso == "2022-09"]
    assert len(new_york) == 1 and "subrahmanyam-jaishankar" in local_ids(new_york[0].participants)


def test_coref_an_office_in_lower_case_with_itu_is_the_person_it_introduced(read: Reader) -> None:
    found = read(
        "Perdana Menteri Thailand Srettha Thavisin tiba di Beijing untuk lawatan resmi. Pada Kamis (19/10), "
        "perdana menteri bekas pengusaha properti itu diterima Presiden Xi Jinping di Balai Agung Rakyat. "
        "Ia juga bertemu Perdana Menteri Li Qiang.",
        published="2023-10-20",
    )
    with_xi = next(s for s in found.summits if "xi-jinping" in local_ids(s.participants))
    assert "srettha-thavisin" in local_ids(with_xi.participants)
    with_li = next(s for s in found.summits if "li-qiang" in local_ids(s.participants))
    assert "srettha-thavisin" in local_ids(with_li.participants)


def test_coref_a_past_forum_attended_then_received_and_met_on_its_sidelines(read: Reader) -> None:
    found = read(
        "Pendahulu Anwar, Ismail Sabri Yaakob, menjadikan Jepang negara pertama yang ia kunjungi. Pada Mei "
        "2022 ia menghadiri Forum Masa Depan Asia di Tokyo dan diterima Fumio Kishida pada 26 Mei. Di sela "
        "forum yang sama, Ismail Sabri juga bertemu Presiden Filipina Rodrigo Duterte.",
        published="2025-02-10",
    )
    forum = next(s for s in found.summits if s.name.startswith("Forum"))
    assert forum.name == "Forum Masa Depan Asia"
    assert forum.date is not None and forum.date.iso == "2022-05"
    assert "ismail-sabri-yaakob" in local_ids(forum.participants)
    received = next(s for s in found.summits if "fumio-kishida" in local_ids(s.participants))
    assert received.date is not None and received.date.iso == "2022-05-26"
    aside = next(s for s in found.summits if "rodrigo-duterte" in local_ids(s.participants))
    assert aside.date is not None and aside.date.iso == "2022-05"


def test_coref_malay_sector_words_attach_to_the_meeting(read: Reader) -> None:
    found = read(
        "Perdana Menteri Anwar Ibrahim bertemu Presiden Kazakhstan Kassym-Jomart Tokayev di Astana, semalam. "
        "Kedua-dua pemimpin membincangkan kerjasama kewangan, alam sekitar, keselamatan makanan serta usaha "
        "membanteras pemerdagangan orang.",
        published="2024-05-17",
    )
    talks = next(s for s in found.summits if "kassym-jomart-tokayev" in local_ids(s.participants))
    assert {"finance", "environment", "food-security", "transnational-crime"} <= local_ids(talks.sectors)


def test_coref_a_bare_visit_word_after_selama_is_the_visit_told_not_a_new_one(read: Reader) -> None:
    found = read(
        "Pada Rabu malam, Presiden Vladimir Putin mengadakan pembicaraan dengan Perdana Menteri Malaysia "
        "Anwar Ibrahim di Kuala Lumpur. Pada awal pertemuan, kedua pemimpin menyaksikan pertukaran dokumen "
        "yang ditandatangani selama kunjungan, di antaranya perjanjian yang diteken Menteri Ekonomi Rusia "
        "Maxim Oreshkin dan Menteri Perdagangan Malaysia Tengku Zafrul Aziz.",
        published="2018-11-15",
    )
    oreshkin = [s for s in found.summits if "maxim-oreshkin" in local_ids(s.participants)]
    assert all("vladimir-putin" in local_ids(s.participants) for s in oreshkin)
    assert len(found.summits) == 1


def test_coref_a_topic_also_raised_in_a_new_paragraph_is_the_meetings(read: Reader) -> None:
    found = read(
        "Perdana Menteri Anwar Ibrahim bertemu Presiden Vietnam Luong Cuong di Hanoi, semalam. Sebelum itu, "
        "Menteri Luar Mohamad Hasan mengadakan perbincangan dengan rakan sejawatnya, Bui Thanh Son.\n\n"
        "Dalam pertemuan Anwar dan Luong Cuong, kedua-dua pemimpin membincangkan kerjasama perdagangan. Mereka "
        "juga membincangkan kerjasama pendidikan.\n\n"
        "Isu perlindungan pekerja migran turut dibangkitkan.",
        published="2025-01-10",
    )
    talks = next(s for s in found.summits if "anwar-ibrahim" in local_ids(s.participants))
    assert "labour-migration" in local_ids(talks.sectors)


def test_coref_a_meeting_that_did_not_happen_is_none_and_a_headline_visit_takes_the_story_day(read: Reader) -> None:
    found = read(
        "Kunjungan Wakil Presiden Gibran Rakabuming Raka ke Kazakhstan lebih banyak membicarakan sertifikat "
        "halal ketimbang gas.\n\n"
        "Pesawat yang membawa Gibran mendarat di Astana, Selasa sore, 27 Januari lalu. Gibran tak sempat "
        "bertemu Presiden Kassym-Jomart Tokayev, yang sedang berada di luar negeri.",
        published="2026-02-02",
    )
    assert not any("kassym-jomart-tokayev" in local_ids(s.participants) for s in found.summits)
    visit = next(s for s in found.summits if "gibran-rakabuming-raka" in local_ids(s.participants))
    assert visit.date is not None and visit.date.iso == "2026-01-27"


def test_coref_a_dialogue_a_document_establishes_is_no_meeting_and_a_meeting_named_back_is_one(
    read: Reader,
) -> None:
    found = read(
        "Jakarta - Indonesia dan Filipina menggelar dialog menteri luar negeri dan menteri pertahanan dalam "
        "format 2+2 untuk pertama kalinya. Dalam pertemuan di Manila, Kamis (14/8/2025), Menlu RI Sugiono "
        "dan Menlu Filipina Enrique Manalo menandatangani nota kesepahaman (MoU) pembentukan Forum Konsultasi "
        "Maritim (Maritime Consultative Forum/MCF).\n\n"
        "Pertemuan itu secara resmi bernama Pertemuan Tingkat Menteri Pertama Dialog Bersama Indonesia-Filipina. "
        "Manila menyebut ini sebagai dialog 2+2 tingkat menteri pertama di kawasan.",
        published="2025-08-14",
    )
    assert len(found.summits) == 1
    assert found.summits[0].date is not None and found.summits[0].date.iso == "2025-08-14"


def test_coref_a_named_meeting_with_ini_is_the_story_s_and_the_pair_s_earlier_meeting_is_another(
    read: Reader,
) -> None:
    found = read(
        "Indonesia dan Filipina menggelar dialog menteri luar negeri dan menteri pertahanan dalam format 2+2 "
        "di Manila, Kamis (14/8/2025).\n\n"
        "Dialog 2+2 ini merupakan tindak lanjut kesepakatan Presiden Prabowo Subianto dan Presiden Ferdinand "
        "Marcos Jr. saat keduanya bertemu di Istana Malacanang, Manila, pada 3 Februari 2025. Seusai pertemuan "
        "tersebut, kedua kepala negara menyaksikan penandatanganan empat dokumen kerja sama.",
        published="2025-08-14",
    )
    dates = sorted(s.date.iso for s in found.summits if s.date is not None)
    assert dates == ["2025-02-03", "2025-08-14"]
    earlier = next(s for s in found.summits if s.date is not None and s.date.iso == "2025-02-03")
    assert "prabowo-subianto" in local_ids(earlier.participants)
    assert not earlier.name.casefold().startswith("dialog")  # the story's dialogue is not the meeting recalled
    package = next(a for a in found.agreements if "empat dokumen" in a.name)
    assert package.date is not None and package.date.iso == "2025-02-03"


def test_coref_bertandang_is_a_visit_and_years_of_talks_are_no_meeting(read: Reader) -> None:
    found = read(
        "Pada 12 Mei 2024, Presiden Joko Widodo bertandang ke Istana Nurul Iman, Bandar Seri Begawan. "
        "Kedua menteri meneken perjanjian batas laut, mengakhiri perundingan yang berlangsung 15 tahun.",
        published="2025-07-28",
    )
    assert [s.date.iso for s in found.summits if s.date is not None] == ["2024-05-12"]
    assert len(found.summits) == 1


def test_coref_malay_a_visit_that_began_with_talks_gives_them_its_guest_and_those_present(read: Reader) -> None:
    found = read(
        "HANOI: Menteri Luar Malaysia, Datuk Seri Mohamad Hasan, menutup lawatan kerja tiga hari ke Vietnam "
        "pada Jumaat.\n\n"
        "Lawatan kerja di Vietnam bermula dengan pertemuan dua hala bersama Timbalan Perdana Menteri Vietnam, "
        "Bui Thanh Son di Hanoi, Rabu lalu. Turut serta ialah Timbalan Menteri Perdagangan Vietnam, Nguyen "
        "Hoang Long.\n\n"
        "Beliau turut diterima menghadap Presiden Vietnam, Luong Cuong dan menyampaikan ucaptama di Forum "
        "Perniagaan Malaysia-Vietnam 2025.",
        published="2025-06-28",
    )
    talks = next(s for s in found.summits if "bui-thanh-son" in local_ids(s.participants))
    assert {"mohamad-hasan", "nguyen-hoang-long"} <= local_ids(talks.participants)
    audience = [s for s in found.summits if "luong-cuong" in local_ids(s.participants)]
    assert len(audience) == 1 and "Forum" not in audience[0].name
    assert any("Forum" in s.name for s in found.summits)


def test_actors_a_deputy_office_is_not_the_story_s_holder_of_the_office(read: Reader) -> None:
    found = read(
        "Lawatan itu susulan lawatan rasmi Perdana Menteri, Datuk Seri Anwar Ibrahim ke Uzbekistan pada Mei.\n\n"
        "Pada Isnin lalu, Menteri Luar Mohamad Hasan mengadakan pertemuan dua hala dengan Timbalan Perdana "
        "Menteri yang juga Menteri Ekonomi Uzbekistan, Jamshid Kuchkarov.",
        published="2025-06-24",
    )
    talks = [s for s in found.summits if "mohamad-hasan" in local_ids(s.participants)]
    assert [local_ids(s.participants) for s in talks] == [{"mohamad-hasan", "jamshid-kuchkarov"}]


def test_coref_malay_energy_and_nuclear_energy_words_attach_to_the_meeting(read: Reader) -> None:
    found = read(
        "Perdana Menteri Anwar Ibrahim bertemu Presiden Kazakhstan Kassym-Jomart Tokayev di Astana, semalam. "
        "Pertemuan itu membincangkan peluang kerjasama baharu dalam sektor tenaga serta tenaga nuklear.",
        published="2024-05-17",
    )
    talks = next(s for s in found.summits if "kassym-jomart-tokayev" in local_ids(s.participants))
    assert {"energy", "nuclear-energy"} <= local_ids(talks.sectors)


def test_coref_two_who_signed_a_document_on_a_topic_recalled_met_where_they_signed(read: Reader) -> None:
    found = read(
        "Kedua menteri menyambut baik Nota Kesepahaman tentang Pembentukan Komite Konsultasi yang "
        "ditandatangani Menlu RI saat itu, Retno Marsudi, dan Menlu Kazakhstan Murat Nurtleu di New York "
        "pada 20 September 2024.",
        published="2025-02-11",
    )
    signing = next(s for s in found.summits if "retno-marsudi" in local_ids(s.participants))
    assert signing.date is not None and signing.date.iso == "2024-09-20"


def test_coref_listed_past_meetings_keep_their_own_persons_and_not_the_pair_who_noted_them(read: Reader) -> None:
    found = read(
        "Menlu RI Sugiono dan Menlu Kazakhstan Murat Nurtleu memimpin sidang komisi bersama di Jakarta, "
        "Selasa (11/2/2025). Kedua Menlu juga mencatat meningkatnya kontak tingkat tinggi, antara lain "
        "pertemuan Presiden Joko Widodo dan Presiden Kassym-Jomart Tokayev di sela-sela KTT G20 di Bali pada "
        "November 2022, serta kunjungan Wakil Presiden Ma'ruf Amin ke Kazakhstan pada Juni 2023.",
        published="2025-02-11",
    )
    visit = [s for s in found.summits if "maruf-amin" in local_ids(s.participants)]
    assert len(visit) == 1 and local_ids(visit[0].participants) == {"maruf-amin"}
    talks = next(s for s in found.summits if "kassym-jomart-tokayev" in local_ids(s.participants))
    assert "maruf-amin" not in local_ids(talks.participants)


def test_coref_visits_counted_then_told_one_by_one_are_the_visitor_s_and_the_count_is_none(read: Reader) -> None:
    found = read(
        "Srettha Thavisin, perdana menteri yang menjabat setahun, dua kali bertandang ke Indonesia. "
        "Kunjungan pertamanya ke Istana Bogor pada 5 Oktober 2023 masih sebatas penjajakan. "
        "Kunjungan kedua, 12 April 2024 di Istana Merdeka, membawa hasil konkret.",
        published="2025-07-28",
    )
    dates = sorted(s.date.iso for s in found.summits if "srettha-thavisin" in local_ids(s.participants) and s.date)
    assert dates == ["2023-10-05", "2024-04-12"]
    assert len(found.summits) == 2


def test_coref_a_meeting_named_back_with_its_day_is_the_one_of_that_month_told_before(read: Reader) -> None:
    found = read(
        "Kunjungan pertamanya ke Istana Bogor pada 10 November 2021 masih sebatas penjajakan. Lima bulan "
        "kemudian giliran Presiden Joko Widodo bertandang ke Istana Nurul Iman, Bandar Seri Begawan, pada "
        "April 2022. Pertemuan 12 April 2022 itu menjadi yang paling produktif. Kedua menteri luar negeri "
        "meneken perjanjian perdagangan perbatasan.",
        published="2025-07-28",
    )
    visit = next(s for s in found.summits if "joko-widodo" in local_ids(s.participants))
    assert visit.date is not None and visit.date.iso == "2022-04-12"


def test_coref_a_live_report_s_meeting_keeps_its_day_its_talks_and_its_planned_return_visit(read: Reader) -> None:
    found = read(
        "Rangkaian KTT ke-42 ASEAN di Labuan Bajo resmi bergulir hari ini, Selasa (9/5/2023).\n\n"
        "Pertemuan keempat Jokowi digelar dengan PM Laos Sonexay Siphandone, yang tahun depan memegang "
        "keketuaan ASEAN. Retno menyebut pembicaraan didominasi kerja sama energi.\n\n"
        "Anwar Ibrahim mengulang undangannya agar Jokowi berkunjung ke Malaysia.",
        published="2023-05-09",
    )
    talks = [s for s in found.summits if "sonexay-siphandone" in local_ids(s.participants)]
    assert len(talks) == 1 and talks[0].date is not None and talks[0].date.iso == "2023-05-09"
    assert "energy" in local_ids(talks[0].sectors)
    assert not any("retno-marsudi" in local_ids(s.participants) for s in found.summits)
    visit = next(s for s in found.summits if "malaysia" in (s.location or "") or "Malaysia" in s.name)
    assert visit.status == "planned"


def test_coref_malay_an_invitation_given_for_a_visit_makes_it_planned(read: Reader) -> None:
    found = read(
        "PUTRAJAYA, 13 Mei (Bernama) -- Menteri Luar Negeri Kyrgyzstan Jeenbek Kulubaev, yang mengadakan "
        "lawatan rasmi ke Malaysia dari 11 hingga 14 Mei, menyampaikan jemputan Presiden Kyrgyzstan Sadyr "
        "Japarov kepada Perdana Menteri Datuk Seri Anwar Ibrahim untuk mengadakan lawatan rasmi ke Bishkek.",
        published="2026-05-13",
    )
    invited = next(s for s in found.summits if "bishkek" in (s.location or ""))
    assert invited.status == "planned"


# a ministry's press release: the day's meetings, then the next days' meetings listed, then earlier ones
PRESS_RELEASE = (
    "Jakarta, 12 Juli 2023 - Menteri Luar Negeri RI Retno Marsudi pada hari ini melakukan pertemuan "
    "bilateral dengan Menteri Luar Negeri Federasi Rusia, Sergey Lavrov.\n\n"
    "Menlu Retno dan Menlu Lavrov sebelumnya pernah bertemu secara bilateral di sela Pertemuan Menteri Luar "
    "Negeri G20 di Bali pada Juli 2022. Di sela pertemuan yang sama, Menlu Retno juga bertemu secara "
    "bilateral dengan Wang Yi pada 7 Juli 2022.\n\n"
    "Rangkaian akan berlanjut esok hari, Kamis (13/7), dengan pertemuan ASEAN bersama para Mitra Wicara, "
    "antara lain Pertemuan Menlu ASEAN-Rusia, Pertemuan Menlu ASEAN-RRT, serta Pertemuan Menlu ASEAN Plus "
    "Three ke-24."
)


def test_coref_meetings_listed_after_a_dated_one_share_its_day(read: Reader) -> None:
    found = read(PRESS_RELEASE, published="2023-07-12")
    listed = [s for s in found.summits if s.name.startswith("Pertemuan Menlu ASEAN")]
    assert len(listed) == 3
    assert {(s.date.month, s.date.day) for s in listed if s.date is not None} == {(7, 13)}
    assert all(s.date is not None for s in listed)


def test_coref_an_office_after_a_meeting_word_names_no_person(read: Reader) -> None:
    found = read(PRESS_RELEASE, published="2023-07-12")
    assert not [label for label in labels(found, "Person") if "Three" in label]


def test_coref_the_sidelines_of_the_same_meeting_are_the_one_the_sentence_before_named(read: Reader) -> None:
    found = read(PRESS_RELEASE, published="2023-07-12")
    (today,) = [s for s in found.summits if s.date is not None and (s.date.year, s.date.day) == (2023, 12)]
    assert local_ids(today.participants) == {"retno-marsudi", "sergey-lavrov"}
    (with_wang,) = [s for s in found.summits if local_ids(s.participants) == {"retno-marsudi", "wang-yi"}]
    assert with_wang.date is not None and (with_wang.date.year, with_wang.date.day) == (2022, 7)


def test_coref_the_one_met_besides_is_no_participant_of_the_meeting_told_after(read: Reader) -> None:
    text = (
        "Presiden Tiongkok Xi Jinping menerima Perdana Menteri Malaysia Anwar Ibrahim di Beijing, Kamis (6/2/2025).\n\n"
        "Selain Xi, dalam kunjungan ini Anwar juga telah bertemu Ketua Komite Tetap NPC Zhao Leji."
    )
    found = read(text, published="2025-02-07")
    with_zhao = [s for s in found.summits if "zhao-leji" in local_ids(s.participants)]
    assert with_zhao and all("xi-jinping" not in local_ids(s.participants) for s in with_zhao)


STATE_VISIT = (
    "BOGOR - Presiden Joko Widodo menerima kunjungan kenegaraan Presiden Iran Ebrahim Raisi di Istana Bogor, "
    "Selasa (23/5/2023).\n\n"
    "Raisi juga berharap kunjungannya dapat dilengkapi dengan kunjungan balasan Presiden Jokowi ke Teheran.\n\n"
    "Selama lawatan dua hari di Indonesia, Raisi juga dijadwalkan bertemu para pengusaha kedua negara."
)


def test_coref_a_return_visit_hoped_for_is_planned(read: Reader) -> None:
    found = read(STATE_VISIT, published="2023-05-23")
    (tehran,) = [s for s in found.summits if s.location is not None and s.location.endswith("/tehran")]
    assert tehran.status == "planned" and tehran.date is None


def test_coref_a_meeting_scheduled_during_the_days_of_a_visit_is_on_the_visits_day(read: Reader) -> None:
    found = read(STATE_VISIT, published="2023-05-23")
    (business,) = [s for s in found.summits if min(s.sentences) == max(min(x.sentences) for x in found.summits)]
    assert business.date is not None and (business.date.year, business.date.month) == (2023, 5)


def test_coref_the_bilateral_meeting_a_days_agenda_opens_with_is_its_own(read: Reader) -> None:
    text = (
        "Dua Hari Prabowo di Kairo: Bertemu El-Sisi hingga KTT D-8\n\n"
        "Selama dua hari di Kairo, Presiden Prabowo Subianto menggelar sejumlah pertemuan bilateral sebelum "
        "menghadiri KTT ke-11 D-8, Kamis (19/12/2024).\n\n"
        "Agenda pertama Prabowo adalah pertemuan bilateral dengan Presiden Abdel Fattah El-Sisi di Istana "
        "Kepresidenan Al Ittihadiya."
    )
    found = read(text, published="2024-12-19")
    with_sisi = [s for s in found.summits if local_ids(s.participants) == {"prabowo-subianto", "abdel-fattah-el-sisi"}]
    assert len(with_sisi) == 1


def test_coref_a_signing_done_by_two_ministers_where_no_meeting_was_told_is_their_meeting(read: Reader) -> None:
    text = (
        "Jeddah, 12 Januari 2025 - Pemerintah Indonesia dan Pemerintah Arab Saudi menandatangani Nota "
        "Kesepahaman tentang penyelenggaraan ibadah haji. Penandatanganan dilakukan oleh Menteri Agama RI Pavel "
        "Dorn dan Menteri Haji dan Umrah Arab Saudi Tomas Varga di Jeddah, Minggu (12/1/2025)."
    )
    found = read(text, published="2025-01-12")
    (meeting,) = found.summits
    assert {"indonesia", "saudi-arabia"} <= {r.rsplit("/", 1)[-1] for a in found.actors for r in a.represents}
    assert len(meeting.participants) == 2 and meeting.date is not None and meeting.date.day == 12


def test_coref_met_separately_with_three_is_three_meetings(read: Reader) -> None:
    text = (
        "Sekjen Partai Komunis Vietnam To Lam melakukan pembicaraan dengan Presiden Xi Jinping di Beijing, Senin "
        "(19/8/2024).\n\n"
        "Selama di Beijing, To Lam juga bertemu secara terpisah dengan Perdana Menteri Li Qiang, Ketua Komite "
        "Tetap Kongres Rakyat Nasional Zhao Leji, dan Ketua Komite Nasional Konferensi Permusyawaratan Politik "
        "Rakyat China (CPPCC) Wang Huning."
    )
    found = read(text, published="2024-08-20")
    pairs = sorted(tuple(sorted(local_ids(s.participants))) for s in found.summits)
    assert ("li-qiang", "to-lam") in pairs and ("to-lam", "zhao-leji") in pairs and ("to-lam", "wang-huning") in pairs
    assert len(found.summits) == 4


def test_coref_a_meeting_after_the_statement_told_back_is_on_that_statements_day(read: Reader) -> None:
    text = (
        "KUALA LUMPUR, 25 Okt -- Malaysia diiktiraf secara rasmi sebagai negara rakan BRICS.\n\n"
        "Perdana Menteri Anwar Ibrahim mengesahkan pada 28 Julai lalu bahawa Malaysia telah menghantar surat "
        "permohonan. Kenyataan itu dibuat selepas beliau menerima kunjungan Menteri Luar Negeri Rusia Sergey "
        "Lavrov di Putrajaya."
    )
    found = read(text, published="2024-10-25")
    (visit,) = [s for s in found.summits if "sergey-lavrov" in local_ids(s.participants)]
    assert visit.date is not None and (visit.date.year, visit.date.month) == (2024, 7)


def test_coref_the_one_in_a_clause_of_time_after_the_meeting_is_no_second_counterpart(read: Reader) -> None:
    text = (
        "Moskow - Menteri Luar Negeri RI Sugiono melakukan pertemuan bilateral dengan Menteri Luar Negeri "
        "Federasi Rusia Sergey Lavrov di Moskow, Selasa (17/6/2025), sehari sebelum Presiden Prabowo Subianto tiba "
        "di Rusia untuk kunjungan kenegaraan."
    )
    found = read(text, published="2025-06-17")
    assert not [s for s in found.summits if local_ids(s.participants) == {"sugiono", "prabowo-subianto"}]


def test_coref_the_fields_a_leader_welcomes_after_the_talks_are_the_talks_topics(read: Reader) -> None:
    """ "Ia juga menyambut masuknya investasi X, terutama di sektor pertanian": welcoming investment
    in a field is stating a topic of the talks, as "membahas" is."""
    text = (
        "Presiden Prabowo Subianto menerima Perdana Menteri Kamboja Hun Manet di Istana Merdeka, Jakarta, "
        "Senin (9/3/2026).\n\n"
        "Usai pertemuan, kedua pemimpin menyaksikan pertukaran dua dokumen kerja sama.\n\n"
        "Dalam pernyataan pers bersama, Prabowo mengatakan Indonesia ingin memperkuat kerja sama dengan Kamboja "
        "di semua bidang, mulai dari politik hingga pendidikan.\n\n"
        '"Kita sepakat menargetkan nilai perdagangan bilateral sebesar 5 miliar dolar AS pada 2028," kata Prabowo.\n\n'
        "Ia juga menyambut masuknya investasi Kamboja ke Indonesia, terutama di sektor pertanian."
    )
    found = read(text, published="2026-03-09")
    assert {"investment", "agriculture"} <= local_ids(found.summits[0].sectors)


def test_coref_a_topic_opener_with_the_pair_goes_back_to_the_talks_after_an_aside(read: Reader) -> None:
    """ "On security, both sides ..." after a sentence about another day's event: the talks' topic again."""
    text = (
        "Prime Minister Anutin Charnvirakul held talks with President Lula da Silva in Brasilia on Thursday.\n\n"
        "On the economy, the two leaders agreed to expand trade. On tourism, Mr Anutin recalled the floods "
        "of 3 September that hit Chiang Mai. On security, both sides affirmed cooperation against "
        "transnational crime."
    )
    found = read(text, published="2026-10-16")
    (talks,) = [s for s in found.summits if s.status == "held"]
    assert {"trade", "transnational-crime"} <= local_ids(talks.sectors)


def test_coref_talks_one_day_after_another_meeting_are_the_day_before_and_without_its_guest(read: Reader) -> None:
    """ "... after a meeting with President A on Thursday, one day after holding talks with Premier B":
    B's talks were on Wednesday, and A, whom the first meeting was with, is not in them."""
    text = (
        "Prime Minister Anutin Charnvirakul concluded his official visit to Brazil on Thursday after a meeting "
        "with President Lula da Silva at the Planalto Palace, one day after holding talks with Vice President "
        "Geraldo Alckmin."
    )
    found = read(text, published="2026-10-16")
    (talks,) = [s for s in found.summits if "geraldo-alckmin" in local_ids(s.participants)]
    assert "luiz-inacio-lula-da-silva" not in local_ids(talks.participants)
    assert talks.date is not None and (talks.date.month, talks.date.day) == (10, 14)


def test_coref_one_met_with_before_a_clause_break_stays_with_the_second_meeting(read: Reader) -> None:
    """ "A held talks with B in May, while C paid an official visit in January": C is the visit's."""
    text = (
        "Ha noted that To Lam held talks with President Vladimir Putin in Moscow in May, while Russian Prime "
        "Minister Mikhail Mishustin paid an official visit to Vietnam in January."
    )
    found = read(text, published="2025-12-12")
    assert [s for s in found.summits if local_ids(s.participants) == {"mikhail-mishustin"}]


def test_coref_the_one_represented_at_a_meeting_is_not_there(read: Reader) -> None:
    """ "datang mewakili Presiden Joko Widodo pada konferensi ...": Jokowi sent him and stayed away."""
    text = (
        "Pada 11 Juni 2024, Prabowo Subianto datang mewakili Presiden Joko Widodo pada Konferensi Tingkat Tinggi "
        "Tanggap Darurat Gaza di Laut Mati, Yordania."
    )
    found = read(text, published="2025-04-14")
    assert local_ids(found.summits[0].participants) == {"prabowo-subianto"}


def test_coref_the_next_day_at_the_time_just_recalled(read: Reader) -> None:
    """ "Pertemuan terakhir keduanya pada 10 Juni 2024. Saat itu ... pada konferensi X keesokan harinya": the 11th."""
    text = (
        "Raja Abdullah II dan Prabowo Subianto terakhir bertemu di Amman pada 10 Juni 2024. Saat itu Prabowo datang "
        "pada Konferensi Tingkat Tinggi Tanggap Darurat Gaza keesokan harinya."
    )
    found = read(text, published="2025-04-14")
    (conference,) = [s for s in found.summits if "Gaza" in s.name]
    assert conference.date is not None and (conference.date.month, conference.date.day) == (6, 11)


def test_coref_countries_said_to_attend_the_meetings_listed_are_their_participants(read: Reader) -> None:
    """ "... ditutup hari ini dengan Pertemuan A dan Forum B, yang juga diikuti Rusia": Russia attends both,
    not the series the sentence opened on."""
    text = (
        "Rangkaian AMM ke-57 akan ditutup hari ini, Sabtu (27/7/2024), dengan Pertemuan Menteri Luar Negeri KTT "
        "Asia Timur (EAS) dan Forum Regional ASEAN (ARF), yang juga diikuti Rusia."
    )
    found = read(text, published="2024-07-27")
    with_russia = sorted(s.name for s in found.summits if "russia" in local_ids(s.participants))
    assert with_russia == ["Forum Regional ASEAN (ARF)", "Pertemuan Menteri Luar Negeri KTT Asia Timur (EAS)"]


def test_coref_on_the_same_day_is_the_day_the_sentence_told(read: Reader) -> None:
    """ "pada akhir Juli 2024 ia diterima A ..., sebelum bertemu B di Kremlin pada hari yang sama": July 2024,
    not the day of the story's meeting."""
    text = (
        "Menteri Pertahanan Sjafrie Sjamsoeddin menemui Menteri Pertahanan Rusia Andrey Belousov di Moskow, "
        "Jumat (9/5/2025).\n\n"
        "Prabowo Subianto menjadi salah satu tamu awal Belousov: pada akhir Juli 2024 ia diterima Belousov di Moskow "
        "sebelum bertemu Presiden Vladimir Putin di Kremlin pada hari yang sama."
    )
    found = read(text, published="2025-06-16")
    (kremlin,) = [s for s in found.summits if "vladimir-putin" in local_ids(s.participants)]
    assert kremlin.date is not None and (kremlin.date.year, kremlin.date.month) == (2024, 7)


def test_coref_a_meeting_after_then_shares_the_sentence_s_day(read: Reader) -> None:
    text = (
        "Menteri Pertahanan Sjafrie Sjamsoeddin menemui Menteri Pertahanan Rusia Andrey Belousov di Moskow, "
        "Jumat (9/5/2025).\n\n"
        "Pada 25 Februari lalu, Shoigu datang ke Jakarta, diterima Sjafrie di kantor Kementerian Pertahanan, lalu "
        "menemui Prabowo Subianto di Istana Merdeka."
    )
    found = read(text, published="2025-06-16")
    (palace,) = [s for s in found.summits if "prabowo-subianto" in local_ids(s.participants)]
    assert palace.date is not None and (palace.date.month, palace.date.day) == (2, 25)


def test_coref_a_visit_in_a_when_clause_of_an_invitation_is_past(read: Reader) -> None:
    """ "Undangan ... disampaikan A ketika berkunjung ke Jakarta pada pertengahan April", told in June: the
    visit was in April of that year and was held; the invitation's future is not the visit's."""
    text = (
        "Undangan untuk Prabowo sebelumnya disampaikan Wakil Perdana Menteri Pertama Rusia Denis Manturov ketika "
        "berkunjung ke Jakarta pada pertengahan April."
    )
    found = read(text, published="2025-06-16")
    (visit,) = found.summits
    assert visit.status == "held" and visit.date is not None and (visit.date.year, visit.date.month) == (2025, 4)


def test_coref_who_recalls_that_two_met_is_not_one_of_them(read: Reader) -> None:
    text = (
        "Prime Minister Pham Minh Chinh held talks with Russian Prime Minister Mikhail Mishustin in Hanoi on "
        "January 14. At the talks, Mishustin conveyed the greetings of President Vladimir Putin, recalling that "
        "Chinh and Putin met in Kazan last October on the sidelines of the BRICS Summit."
    )
    found = read(text, published="2025-01-14")
    kazan = [s for s in found.summits if s.date is not None and s.date.year == 2024]
    assert kazan and all("mikhail-mishustin" not in local_ids(s.participants) for s in kazan)


def test_coref_a_meeting_named_short_with_no_one_in_it_is_the_day_s_meeting_of_that_name(read: Reader) -> None:
    text = (
        "ANKARA: Perdana Menteri Anwar Ibrahim dan Presiden Turkiye Recep Tayyip Erdogan mempengerusikan bersama "
        "mesyuarat pertama HLSCC hari ini.\n\n"
        "Menurut Duta Besar Malaysia, satu kenyataan bersama dikeluarkan pada akhir mesyuarat HLSCC."
    )
    found = read(text, published="2026-01-07")
    assert len(found.summits) == 1


def test_coref_the_meeting_just_told_by_a_verb_is_what_a_bare_word_names_back(read: Reader) -> None:
    """After a joint commission's session, "... sebelum diterima Presiden di ruang kerja. Turut hadir ... .
    Dalam pertemuan tersebut dibahas ...": the topics are the reception's, not the session's."""
    text = (
        "Jakarta, 15 April 2025 - Indonesia dan Rusia menyelenggarakan Sidang Komisi Bersama (SKB) ke-13 "
        "Indonesia-Rusia di Bidang Kerja Sama Perdagangan, Ekonomi, dan Teknik pada 14-15 April 2025 di Jakarta. "
        "Sidang membahas kerja sama pendidikan.\n\n"
        "Di sela sidang, juga digelar Forum Bisnis Rusia-Indonesia yang mempertemukan pelaku usaha kedua negara.\n\n"
        "Pada Selasa (15/4) siang, Presiden Prabowo Subianto menerima kunjungan kehormatan Wakil PM Pertama Rusia "
        "Denis Manturov di Istana Merdeka. Manturov disambut jajar kehormatan dan Sekretaris Kabinet Teddy Indra "
        "Wijaya sebelum diterima Presiden di ruang kerja. Turut hadir mendampingi Presiden, Menteri Sekretaris "
        "Negara Prasetyo Hadi.\n\n"
        "Dalam pertemuan tersebut dibahas penguatan kerja sama di bidang energi dan pertanian."
    )
    found = read(text, published="2025-04-15")
    (reception,) = [s for s in found.summits if "prabowo-subianto" in local_ids(s.participants)]
    assert {"energy", "agriculture"} <= local_ids(reception.sectors)


def test_coref_the_topics_counted_after_a_flashback_are_the_story_s_talks(read: Reader) -> None:
    """After a paragraph recalling an earlier meeting, "Menurut Retno, isu pertama yang dibahas adalah
    perbatasan" counts the topics of today's talks, not of the meeting recalled."""
    text = (
        "Menteri Luar Negeri RI Retno Marsudi menerima Menteri Luar Negeri Malaysia Mohamad Hasan di Jakarta, "
        "Selasa (6/2/2024).\n\n"
        "Pada Jumat (2/2), keduanya duduk bersama di Brussel dalam Pertemuan Tingkat Menteri ASEAN-Uni Eropa.\n\n"
        "Menurut Retno, isu pertama yang dibahas adalah perbatasan. Isu kedua menyangkut pekerja migran."
    )
    found = read(text, published="2024-02-06")
    (jakarta,) = [s for s in found.summits if s.date is not None and s.date.day == 6]
    assert "labour-migration" in local_ids(jakarta.sectors)
    assert all(not s.sectors for s in found.summits if s is not jakarta)


def test_coref_they_who_met_before_are_the_pair_of_the_story(read: Reader) -> None:
    text = (
        "Menteri Luar Negeri RI Retno Marsudi menerima Menteri Luar Negeri Malaysia Mohamad Hasan di Jakarta, "
        "Selasa (6/2/2024). Mereka sudah bertemu dalam Retreat Menteri Luar Negeri ASEAN di Luang Prabang, Laos, "
        "Senin (29/1) pekan lalu."
    )
    found = read(text, published="2024-02-06")
    (retreat,) = [s for s in found.summits if s.date is not None and s.date.month == 1]
    assert {"retno-marsudi", "mohamad-hasan"} <= local_ids(retreat.participants)


def test_coref_a_visit_a_leader_wishes_to_make_is_planned(read: Reader) -> None:
    text = (
        "Presiden Prabowo Subianto menemui Presiden UEA Mohamed bin Zayed di Abu Dhabi, Rabu (9/4/2025). "
        "Prabowo juga mengungkapkan bahwa MBZ berkeinginan untuk berkunjung ke Jakarta."
    )
    found = read(text, published="2025-04-09")
    (jakarta,) = [s for s in found.summits if s.location and s.location.endswith("/jakarta")]
    assert jakarta.status == "planned"


def test_coref_the_teller_named_after_his_office_is_not_at_the_meeting(read: Reader) -> None:
    """ "Menurut Duta Besar Malaysia ke Turkiye, Datuk A, satu kenyataan bersama dikeluarkan ...": A tells,
    he is not at the meeting; and the statement, though the sentence names one country, is both sides'."""
    text = (
        "ANKARA: Perdana Menteri Anwar Ibrahim dan Presiden Turkiye Recep Tayyip Erdogan mempengerusikan bersama "
        "mesyuarat pertama HLSCC hari ini.\n\n"
        "Menurut Duta Besar Malaysia ke Turkiye, Datuk Sazali Mustafa Kamal, satu kenyataan bersama dikeluarkan "
        "pada akhir mesyuarat HLSCC."
    )
    found = read(text, published="2026-01-07")
    assert all("sazali-mustafa-kamal" not in local_ids(s.participants) for s in found.summits)
    (statement,) = [a for a in found.agreements if a.kind.endswith("#JointStatement")]
    assert local_ids(statement.parties) == {"malaysia", "turkey"}


def test_coref_a_meeting_word_said_twice_is_a_plural_and_no_meeting(read: Reader) -> None:
    """ "mempromosikan Deklarasi Istiqlal di forum-forum internasional": forums in general, not one held
    with the signers of the sentence after."""
    text = (
        "Menteri Agama Nasaruddin Umar menandatangani dua nota kesepahaman dengan Yordania di Amman, Senin "
        "(14/4/2025).\n\n"
        "Kerja sama juga meliputi dialog antaragama dan pendidikan bagi para dai.\n\n"
        "Menurut Menag, kedua negara juga sepakat mempromosikan Deklarasi Istiqlal di forum-forum internasional. "
        "Deklarasi Istiqlal ditandatangani Nasaruddin Umar, saat itu Imam Besar Masjid Istiqlal, bersama Paus "
        "Fransiskus di Masjid Istiqlal, Jakarta, pada 5 September 2024."
    )
    found = read(text, published="2025-04-14")
    assert not [s for s in found.summits if "forum" in s.name.casefold()]


def test_coref_a_round_of_meetings_told_one_by_one(read: Reader) -> None:
    """Those "tampak" in the hall attend the summit; "Pertemuan ketiga berlangsung dengan C" is the
    third meeting of the round, held by the one the others share, on their day; "Komunike Final KTT"
    is a document of the summit, not a meeting, and the name delegates give it is that document's."""
    text = (
        "Presiden Prabowo Subianto tampil di KTT Luar Biasa OKI di Riyadh, Selasa (27/1/2026).\n\n"
        "Di ruang sidang tampak Presiden Palestina Mahmoud Abbas dan Perdana Menteri Pakistan Shehbaz Sharif.\n\n"
        "Sidang ditutup dengan pengesahan Komunike Final KTT. Sejumlah delegasi menyebut dokumen itu "
        '"Resolusi Riyadh".\n\n'
        "Sebelum sidang dibuka, Prabowo bertemu Pangeran Mohammed bin Salman. Selasa siang, di sela KTT, "
        "Prabowo bertemu Presiden Iran Masoud Pezeshkian. Pertemuan ketiga berlangsung dengan Presiden Turki "
        "Recep Tayyip Erdogan."
    )
    found = read(text, published="2026-01-27")
    summit = next(s for s in found.summits if "OKI" in s.name)
    assert {"mahmoud-abbas", "shehbaz-sharif"} <= set(local_ids(summit.participants))
    assert not any(s.name.startswith("Komunike") for s in found.summits)
    assert [a.name for a in found.agreements] == ["Komunike Final KTT"]
    third = next(s for s in found.summits if "recep-tayyip-erdogan" in local_ids(s.participants) and s is not summit)
    assert set(local_ids(third.participants)) == {"prabowo-subianto", "recep-tayyip-erdogan"}
    assert third.date is not None and third.date.iso == "2026-01-27"


def test_coref_a_stop_of_a_tour_is_a_visit_to_that_stop(read: Reader) -> None:
    """ "Pada 9 April 2025, UEA menjadi persinggahan pertama lawatannya ke lima negara": the tour is
    no meeting, its first stop is a visit to the UAE by the one the sentence before spoke of."""
    text = (
        "Presiden Prabowo Subianto bertemu Presiden UEA Mohamed bin Zayed di Abu Dhabi, Rabu (20/5/2026).\n\n"
        "Sejak dilantik, Prabowo sudah beberapa kali ke Abu Dhabi. Pada 9 April 2025, UEA menjadi persinggahan "
        "pertama lawatannya ke lima negara Timur Tengah."
    )
    found = read(text, published="2026-05-21")
    stop = next(s for s in found.summits if s.date is not None and s.date.iso == "2025-04-09")
    assert local_ids(stop.participants) == {"prabowo-subianto"}
    assert stop.location is not None and stop.location.endswith("/united-arab-emirates")
    assert not any(s.name.startswith("lawatan") and s.location is None for s in found.summits)


def test_coref_the_first_of_two_visits_counted_and_what_is_no_visit(read: Reader) -> None:
    """ "Kunjungan Desember itu adalah kali kedua Prabowo ke Moskow. Yang pertama terjadi pada 31 Juli
    2024": the December meeting named back by its month, and an earlier one of the same two at the same
    place; a joke "agar Putin tidak hanya berkunjung ke India" and a visit's habit are no meetings;
    "KTT G20 ... pada Desember nanti" is December to come."""
    text = (
        "Presiden Prabowo Subianto bertemu Presiden Rusia Vladimir Putin di Kremlin, Moskow, 10 Desember 2025. "
        "Prabowo berkelakar agar Putin tidak hanya berkunjung ke India.\n\n"
        "Duta Besar Rusia Sergei Tolchenov mengingatkan, jadwal lawatan luar negeri Presiden Rusia biasanya "
        "diputuskan sangat terlambat.\n\n"
        "Kunjungan Desember itu adalah kali kedua Prabowo ke Moskow. Yang pertama terjadi pada 31 Juli 2024, "
        "ketika ia masih Menteri Pertahanan.\n\n"
        "KTT G20 di Miami pada Desember nanti hampir pasti tidak menjadi ajang pertemuan."
    )
    found = read(text, published="2026-03-09")
    first = next(s for s in found.summits if s.date is not None and s.date.iso == "2024-07-31")
    assert set(local_ids(first.participants)) == {"prabowo-subianto", "vladimir-putin"}
    assert not any(s.location is not None and s.location.endswith("/india") for s in found.summits)
    assert not any(s.name.startswith("lawatan") for s in found.summits)
    g20 = next(s for s in found.summits if "G20" in s.name)
    assert g20.status == "planned" and g20.date is not None and g20.date.iso == "2026-12"


def test_coref_the_malay_next_day_counts_from_the_day_told(read: Reader) -> None:
    """ "Pada hari pertama, ... Keesokannya, beliau bertemu ...": the meeting of the day after."""
    text = (
        "Misi lima hari itu bermula di Moscow, Isnin (18/8/2025). Pada hari pertama, Tengku Zafrul mengadakan "
        "pertemuan dengan Menteri Perindustrian dan Perdagangan Rusia, Anton Alikhanov.\n\n"
        "Keesokannya, beliau bertemu Menteri Pembangunan Ekonomi Rusia, Maxim Reshetnikov."
    )
    found = read(text, published="2025-08-21")
    second = next(s for s in found.summits if "maxim-reshetnikov" in local_ids(s.participants))
    assert second.date is not None and second.date.iso == "2025-08-19"


def test_coref_what_a_supposition_would_bring_is_no_meeting(read: Reader) -> None:
    """ "Kalau nanti Lavrov datang ..., bukan tidak mungkin ada pertemuan bilateral lagi": no bilateral
    meeting; "Jika terlaksana, ... sejak KTT APEC di Bali pada 2013": the summit named stays; "jika
    Putin datang": no visit."""
    text = (
        "Menlu Sugiono menerima Duta Besar Rusia Sergei Tolchenov di Jakarta, Senin (9/2/2026).\n\n"
        '"Kalau nanti Lavrov datang ke Manila pertengahan tahun, bukan tidak mungkin ada pertemuan bilateral '
        'lagi," kata seorang pengamat.\n\n'
        "Jika terlaksana, kunjungan itu akan menjadi lawatan pertama Putin ke Indonesia sejak ia menghadiri "
        "KTT APEC di Bali pada 2013. Pengamat menilai, hubungan akan berubah jika Putin datang ke Jakarta."
    )
    found = read(text, published="2026-02-14")
    assert not any(s.name.startswith("pertemuan bilateral") for s in found.summits)
    assert any(s.name.startswith("KTT APEC") for s in found.summits)
    assert not any("sergey-lavrov" in local_ids(s.participants) for s in found.summits)


def test_coref_a_date_in_a_clause_about_another_noun_does_not_date_the_visit(read: Reader) -> None:
    """ "Kunjungan X digelar untuk memperingati 76 tahun hubungan diplomatik, yang dibuka pada 13 April
    1950": the relations opened in 1950, the visit is the story's; "Summer Davos, which runs from June 24
    to 26" is the forum's own time."""
    text = (
        "Wakil Presiden Tiongkok Han Zheng bertemu Wakil Presiden Gibran Rakabuming Raka di Jakarta, Selasa "
        "(14/4/2026).\n\n"
        "Kunjungan Han Zheng ke Jakarta digelar untuk memperingati 76 tahun hubungan diplomatik "
        "Indonesia-Tiongkok, yang dibuka pada 13 April 1950."
    )
    found = read(text, published="2026-04-14")
    assert not any(s.date is not None and s.date.year == 1950 for s in found.summits)
    forum = read(
        "Singapore, June 22, 2025 (Example Wire) - Prime Minister Lawrence Wong will attend the World Economic "
        "Forum's Annual Meeting of the New Champions, better known as Summer Davos, which runs from June 24 to 26.",
        published="2025-06-22",
    )
    assert any(s.date is not None and s.date.iso.startswith("2025-06-2") for s in forum.summits)
