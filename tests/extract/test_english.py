"""English wire copy: the same phenomena as in Indonesian, read through the same layers."""

from __future__ import annotations

from tests.extract.conftest import Reader, labels, local_ids

WIRE = (
    "Kuala Lumpur, Oct 27 (Example Wire) - Brazilian President Luiz Inacio Lula da Silva and Malaysian Prime "
    "Minister Anwar Ibrahim agreed on Monday to expand trade in palm oil and beef, during Lula's first official "
    "visit to Malaysia.\n\n"
    "The leaders witnessed the exchange of four memoranda of understanding covering defence, agriculture, "
    "education and science after their talks in Putrajaya.\n\n"
    "Lula invited Anwar to attend the BRICS summit in Rio de Janeiro next year.\n\n"
    "Brazilian Foreign Minister Mauro Vieira met his Malaysian counterpart Mohamad Hasan on Sunday to prepare "
    "the visit."
)


def test_english_three_meetings_one_per_occasion(read: Reader) -> None:
    found = read(WIRE, published="2024-10-28")
    assert sorted(s.status for s in found.summits) == ["held", "held", "planned"]


def test_english_ministers_preparing_a_visit_meet_on_their_own(read: Reader) -> None:
    found = read(WIRE, published="2024-10-28")
    pairs = [sorted(link.target.rsplit("/", 1)[-1] for link in s.participants) for s in found.summits]
    assert ["mauro-vieira", "mohamad-hasan"] in pairs


def test_english_a_counted_exchange_of_memoranda_is_a_package_with_its_sectors(read: Reader) -> None:
    found = read(WIRE, published="2024-10-28")
    (package,) = [a for a in found.agreements if a.kind.endswith("DocumentPackage")]
    assert len(package.sectors) == 4


def test_english_a_reported_clause_keeps_its_own_date(read: Reader) -> None:
    text = (
        "Southeast Asian leaders on Monday adopted a declaration at the 46th ASEAN Summit in Kuala Lumpur, "
        "and agreed in principle that Timor-Leste will join the bloc in October."
    )
    found = read(text, published="2025-05-27")
    (summit,) = found.summits
    assert summit.status == "held" and summit.date is not None and summit.date.iso == "2025-05-26"


def test_english_a_quoted_title_names_the_document_and_its_day_is_the_meetings(read: Reader) -> None:
    text = (
        'Southeast Asian leaders on Monday adopted the "Kuala Lumpur Declaration on ASEAN 2045: Our Shared '
        'Future" at the 46th ASEAN Summit in Kuala Lumpur, and agreed in principle that Timor-Leste will join '
        "the bloc in October."
    )
    found = read(text, published="2025-05-27")
    (declaration,) = found.agreements
    assert declaration.name == "Kuala Lumpur Declaration on ASEAN 2045: Our Shared Future"
    assert declaration.date is not None and declaration.date.iso == "2025-05-26"


def test_english_the_two_leaders_talks_with_delegations_are_the_visit_s_meeting(read: Reader) -> None:
    """ "the two leaders moved to talks with their delegations, which included X and Y": one meeting
    of the two leaders; "a joint press conference" is where it was told, not another meeting."""
    text = (
        "President Prabowo Subianto welcomed Australian Prime Minister Anthony Albanese to the Merdeka Palace in "
        "Jakarta on Thursday.\n\n"
        "After a one-on-one conversation, the two leaders moved to talks with their delegations, which included "
        "Foreign Minister Penny Wong and Minister Tony Burke. The discussions centered on defense and energy.\n\n"
        "Speaking at a joint press conference, Albanese said no relationship mattered more."
    )
    found = read(text, published="2025-05-15")
    assert len(found.summits) == 1
    assert {"defense", "energy"} <= local_ids(found.summits[0].sectors)


def test_english_a_meeting_scheduled_for_a_weekday_is_in_the_coming_days(read: Reader) -> None:
    text = (
        "JAKARTA - Southeast Asian foreign ministers met in Jakarta on Thursday. "
        "The East Asia Summit foreign ministers' meeting is scheduled for Friday, with Sergei Lavrov in town."
    )
    found = read(text, published="2023-07-13")
    planned = [s for s in found.summits if s.status == "planned"]
    assert [s.date.iso for s in planned if s.date] == ["2023-07-14"]


def test_english_a_chinese_name_is_taken_up_by_its_family_name(read: Reader) -> None:
    text = (
        "Chinese Foreign Minister Wang Yi attended the meeting in Jakarta on Thursday. "
        "Later on Thursday, U.S. Secretary of State Antony Blinken met Wang at a hotel."
    )
    found = read(text, published="2023-07-14")
    meeting = next(s for s in found.summits if s.kind.endswith("BilateralMeeting"))
    people = local_ids(meeting.participants)
    assert {"antony-blinken", "wang-yi"} <= people


def test_english_a_dialogue_between_two_sides_and_who_chaired_it(read: Reader) -> None:
    text = (
        "KUWAIT CITY - Russian Foreign Minister Sergei Lavrov and his Gulf counterparts met on Tuesday at the "
        "ninth round of the strategic dialogue between Russia and the Gulf Cooperation Council (GCC). "
        "Kuwaiti Foreign Minister Abdullah Al-Yahya chaired the session."
    )
    found = read(text, published="2025-09-10")
    dialogue = found.summits[0]
    people = local_ids(dialogue.participants)
    assert "gcc" in people and "abdullah-al-yahya" in people


def test_english_a_titled_agreement_of_years_ago_and_the_day_a_pact_was_signed(read: Reader) -> None:
    """ "the Indonesia-Australia Comprehensive Economic Partnership Agreement (IA-CEPA), which was
    signed in Jakarta in March 2019" is a document of 2019, not of the meeting told; "signed the
    pact ... on Aug. 29" dates the treaty told in August."""
    text = (
        "Prime Minister Anthony Albanese met President Prabowo Subianto in Jakarta on Thursday. "
        "Both leaders pointed to the Indonesia-Australia Comprehensive Economic Partnership Agreement "
        "(IA-CEPA), which was signed in Jakarta in March 2019.\n\n"
        "Last August, Prabowo met Albanese in Canberra, where the two announced the conclusion of talks "
        "on a treaty-level Defence Cooperation Agreement. Prabowo and Australian Defence Minister "
        "Richard Marles signed the pact in Magelang on Aug. 29."
    )
    found = read(text, published="2025-05-16")
    cepa = next(a for a in found.agreements if "Comprehensive" in a.name)
    assert cepa.name.startswith("Indonesia-Australia") and cepa.date is not None and cepa.date.iso == "2019-03"
    assert cepa.adopted_at is None
    assert "2024-08-29" in {a.date.iso for a in found.agreements if a.date}


def test_english_witnessing_an_exchange_after_the_talks_is_no_other_meeting(read: Reader) -> None:
    text = (
        "DOHA - The Amir Sheikh Tamim bin Hamad Al Thani and Prime Minister Anwar Ibrahim held talks in Doha "
        "on Tuesday. Following the talks, the Amir and the Prime Minister witnessed the exchange of five "
        "agreements signed by QatarEnergy Executive Vice President Khalid Al Hajri and Petronas President "
        "Tengku Muhammad Taufik."
    )
    found = read(text, published="2026-02-11")
    assert len(found.summits) == 1


def test_english_documents_after_the_talks_are_of_the_talks_day_and_a_topic_stops_at_its_verb(read: Reader) -> None:
    text = (
        "DOHA - Anwar Ibrahim arrived in Doha on Monday evening. The Amir Sheikh Tamim bin Hamad Al Thani and "
        "Prime Minister Anwar Ibrahim held talks at the Amiri Diwan on Tuesday. Following the talks, the two "
        "leaders witnessed the exchange of five memoranda of understanding. A memorandum of understanding on defence "
        "cooperation was signed by the two defence ministers."
    )
    found = read(text, published="2026-02-11")
    package = next(a for a in found.agreements if a.kind.endswith("DocumentPackage"))
    assert package.date is not None and package.date.iso == "2026-02-10"
    assert any(a.name == "memorandum of understanding on defence cooperation" for a in found.agreements)


def test_english_a_meeting_recalled_on_the_sidelines_of_a_summit_named_after_an_ordinal(read: Reader) -> None:
    """ "met X in May last year, on the sidelines of the second ASEAN-GCC Summit": two meetings, both
    held that month, the summit no plan of the story's though one was told before."""
    text = (
        "Prime Minister Anwar Ibrahim concluded his official visit to Kuwait today. They agreed to convene "
        "the inaugural meeting of the Joint Commission in Kuala Lumpur early next year.\n\n"
        "Anwar last met Prime Minister Ahmad Abdullah Al-Ahmad Al-Sabah in Kuala Lumpur in May last year, "
        "on the sidelines of the second ASEAN-GCC Summit, which Malaysia hosted as ASEAN chair."
    )
    found = read(text, published="2026-10-13")
    recalled = [(s.kind.rsplit("#", 1)[1], s.status) for s in found.summits if s.date and s.date.iso == "2025-05"]
    assert sorted(recalled) == [("BilateralMeeting", "held"), ("MultilateralSummit", "held")]


BERNAMA_DAY = (
    "KAZAN, May 15 (Bernama) -- On Wednesday, Deputy Prime Minister Ahmad Zahid Hamidi called on the Rais "
    "of the Republic of Tatarstan, Rustam Minnikhanov, at the Kazan Kremlin.\n\n"
    "On Thursday, Ahmad Zahid met Russian Deputy Prime Minister Marat Khusnullin.\n\n"
    "In the afternoon, Ahmad Zahid addressed the Malaysia-Tatarstan Business Dialogue organised by "
    "the Malaysia External Trade Development Corporation. Business leaders at the session focused on "
    "palm oil exports and petrochemicals."
)


def test_english_calling_on_someone_is_meeting_them(read: Reader) -> None:
    found = read(BERNAMA_DAY, published="2026-05-15")
    call = next(s for s in found.summits if "rustam-minnikhanov" in local_ids(s.participants))
    assert "ahmad-zahid-hamidi" in local_ids(call.participants) and call.date.iso == "2026-05-13"


def test_english_a_name_before_its_kind_word_names_another_meeting(read: Reader) -> None:
    found = read(BERNAMA_DAY, published="2026-05-15")
    dialogue = next(s for s in found.summits if s.name == "Malaysia-Tatarstan Business Dialogue")
    talks = next(s for s in found.summits if "marat-khusnullin" in local_ids(s.participants))
    assert dialogue is not talks and dialogue.sectors and not talks.sectors


def test_english_the_country_s_president_is_the_one_introduced(read: Reader) -> None:
    """ "the Indonesian president met ...": the president introduced before; "their talks" is that
    meeting, not another."""
    text = (
        "Indonesian President Prabowo Subianto arrived in Astana on Monday, October 19, 2026. "
        "On Tuesday, the Indonesian president met Kazakh Prime Minister Olzhas Bektenov. "
        "Energy featured in their talks."
    )
    found = read(text, published="2026-10-21")
    talks = [s for s in found.summits if "olzhas-bektenov" in local_ids(s.participants)]
    assert len(talks) == 1 and "prabowo-subianto" in local_ids(talks[0].participants)
    assert len(found.summits) == 1


def test_english_received_him_is_a_meeting(read: Reader) -> None:
    found = read(
        "Two days later, Prabowo Subianto was in Tashkent, where Shavkat Mirziyoyev received him on Thursday.",
        published="2026-10-24",
    )
    assert any({"prabowo-subianto", "shavkat-mirziyoyev"} <= local_ids(s.participants) for s in found.summits)


def test_english_a_visit_that_started_days_ago_is_under_way(read: Reader) -> None:
    """ "started on May 13 and will last until May 16", told on the 14th: held, this year."""
    found = read(
        "Prime Minister Anwar Ibrahim met President Vladimir Putin at the Kremlin today. Anwar's official "
        "visit to Russia started on May 13 and will last until May 16.",
        published="2025-05-14",
    )
    assert all(s.status == "held" and s.date is not None and s.date.year == 2025 for s in found.summits)


def test_english_an_entourage_of_ministers_by_portfolio(read: Reader) -> None:
    """A portfolio with commas ("Science, Technology and Innovation") goes on to the name, and a name
    that is also a sector word ("Sabu") is a name: no sector is read from it."""
    text = (
        "Prime Minister Anwar Ibrahim met President Vladimir Putin at the Kremlin on May 14, 2025. Anwar's "
        "entourage includes Minister of Agriculture and Food Security Datuk Seri Mohamad Sabu; Minister of "
        "Science, Technology and Innovation Chang Li Kang; and First Deputy Chairman of the Government Denis Manturov."
    )
    found = read(text, published="2025-05-15")
    assert {"Mohamad Sabu", "Chang Li Kang", "Denis Manturov"} <= labels(found, "Person")
    assert not any(s.sectors for s in found.summits)


def test_english_earlier_the_same_day_is_the_story_s_own_meeting(read: Reader) -> None:
    """ "Earlier Wednesday, X met Y, who noted cooperation in energy": a meeting of the story's day,
    not an earlier occasion; what it covered is its own."""
    text = (
        "Russian President Vladimir Putin hosted Malaysian Prime Minister Anwar Ibrahim in the Kremlin on "
        "Wednesday, May 14, 2025, for talks focused on trade.\n\n"
        "Earlier Wednesday, Anwar met with Russian Prime Minister Mikhail Mishustin, who noted good opportunities "
        "for cooperation in energy and agriculture."
    )
    found = read(text, published="2025-05-14")
    mishustin = next(s for s in found.summits if "mikhail-mishustin" in local_ids(s.participants))
    assert local_ids(mishustin.sectors) == {"energy", "agriculture"}


def test_english_a_visit_told_as_someone_s_is_theirs_not_the_body_s_named_before(read: Reader) -> None:
    """ "ICAO's report was an attempt to derail Ibrahim's visit": ICAO took no part in the visit."""
    text = (
        "Russian President Vladimir Putin hosted Malaysian Prime Minister Anwar Ibrahim in the Kremlin on "
        "Wednesday, May 14, 2025.\n\n"
        "Russian Foreign Minister Sergei Lavrov had told reporters that the International Civil Aviation "
        "Organization's (ICAO) report was an attempt to derail Ibrahim's visit."
    )
    found = read(text, published="2025-05-14")
    assert not any("icao" in local_ids(s.participants) for s in found.summits)


def test_english_an_invitation_to_visit_is_planned_and_the_guest_s_visit_told_again_is_none(read: Reader) -> None:
    text = (
        "Prime Minister Anwar Ibrahim held talks with Premier Li Qiang in Putrajaya on Wednesday. "
        "Anwar said he had used the opportunity to invite President Xi Jinping to make a state visit to "
        "Malaysia as soon as possible. A joint statement is expected to be issued tomorrow, the final day "
        "of Li's visit."
    )
    found = read(text, published="2024-06-19")
    assert len(found.summits) == 2
    invited = next(s for s in found.summits if "xi-jinping" in local_ids(s.participants))
    assert invited.status == "planned"


def test_english_a_press_statement_and_a_document_expected_to_be_signed_are_no_documents(read: Reader) -> None:
    text = (
        "PUTRAJAYA, July 11 -- Prime Minister Anwar Ibrahim met Australian Foreign Minister Penny Wong today. "
        '"We discussed the digital economy," he said in a statement issued to Bernama. Both countries were '
        "expected to sign a new MoU on education at the Annual Leaders' Meeting in October."
    )
    found = read(text, published="2025-07-11")
    assert found.agreements == ()


def test_english_his_meeting_with_someone_not_named_before_is_a_meeting_of_its_own(read: Reader) -> None:
    text = (
        "Prime Minister Anwar Ibrahim today held a series of bilateral meetings on the sidelines of the 58th "
        "Asean Foreign Ministers' Meeting in Kuala Lumpur on Friday. During his meeting with Australian Foreign "
        "Minister Penny Wong, Anwar said both countries would deepen ties in education."
    )
    found = read(text, published="2025-07-11")
    wong = [s for s in found.summits if "penny-wong" in local_ids(s.participants)]
    assert len(wong) == 1 and local_ids(wong[0].participants) == {"anwar-ibrahim", "penny-wong"}


def test_english_a_speaker_s_i_and_counterparts_from_a_country(read: Reader) -> None:
    """Inside the quotation a sentence opens, "I" is the speaker told before; "my counterpart from
    Timor Leste, Taur Matan Ruak" is a person of Timor-Leste though no gazetteer knows him."""
    text = (
        "Prime Minister Anwar Ibrahim held talks with Vietnamese Prime Minister Pham Minh Chinh at the 42nd "
        'Asean Summit in Labuan Bajo on Wednesday. "After that, I also held a bilateral meeting with my '
        'counterpart from Timor Leste, Taur Matan Ruak where I reiterated my full support," he said.'
    )
    found = read(text, published="2023-05-10")
    ruak = next(a for a in found.actors if a.label == "Taur Matan Ruak")
    assert ruak.represents == ("https://w3id.org/dkg/id/country/timor-leste",)
    meeting = next(s for s in found.summits if ruak.iri in {p.target for p in s.participants})
    assert local_ids(meeting.participants) == {"anwar-ibrahim", "taur-matan-ruak"}


def test_english_hours_of_talks_a_package_to_be_signed_and_a_meeting_recalled(read: Reader) -> None:
    """ "after almost two hours of talks" is the meeting told; documents that "will be signed" are
    none yet; the two leaders' meeting "last June", held "in the presence of" two others, is another
    meeting, of the two leaders."""
    text = (
        "Russian President Vladimir Putin and Ukrainian President Pyotr Poroshenko have ended their first "
        "tete-a-tete meeting in Minsk on Tuesday after almost two hours of talks. Following the meeting, a "
        "package of documents will be signed.\n\nThe two leaders had a brief meeting in Normandy last June "
        "that was held in the presence of German Chancellor Angela Merkel and French President Francois Hollande."
    )
    found = read(text, published="2014-08-27")
    assert found.agreements == ()
    assert [s.date.iso if s.date else None for s in found.summits] == ["2014-08-26", "2014-06"]
    assert {"vladimir-putin", "pyotr-poroshenko"} <= local_ids(found.summits[1].participants)


def test_english_a_courtesy_call_received_is_a_meeting_and_a_meeting_set_for_a_day_is_planned(read: Reader) -> None:
    text = (
        "DOHA, Feb 3 -- Prime Minister Anwar Ibrahim received a courtesy call from Oman's Foreign Minister "
        "Badr Albusaidi on Tuesday. A meeting with his counterpart Sheikh Mohammed bin Abdulrahman Al Thani is "
        "also set for Thursday, after which both are expected to speak to reporters."
    )
    found = read(text, published="2026-02-03")
    call = next(s for s in found.summits if "badr-albusaidi" in local_ids(s.participants))
    assert "anwar-ibrahim" in local_ids(call.participants)
    assert call.status == "held"
    later = next(s for s in found.summits if s is not call)
    assert later.status == "planned"
    assert later.date is not None and later.date.iso == "2026-02-05"


def test_english_a_visit_owned_by_someone_else_is_its_own_and_not_the_meeting_s(read: Reader) -> None:
    """ "In his meeting with Wang Yi, ... following President Xi Jinping's state visit to Malaysia in
    April": Xi made the visit, he was not at the meeting."""
    text = (
        "PUTRAJAYA, July 11 (Example Wire) -- In his meeting with Chinese Foreign Minister Wang Yi today, Prime "
        "Minister Anwar Ibrahim said both sides discussed ties, which continue to be strengthened following "
        "President Xi Jinping's state visit to Malaysia in April."
    )
    found = read(text, published="2025-07-11")
    meeting = next(s for s in found.summits if "wang-yi" in local_ids(s.participants))
    assert "xi-jinping" not in local_ids(meeting.participants)
    visit = next(s for s in found.summits if s is not meeting)
    assert "xi-jinping" in local_ids(visit.participants)
    assert visit.date is not None and visit.date.iso == "2025-04"


def test_english_a_numbered_summit_named_again_is_one_event_and_names_end_before_and(read: Reader) -> None:
    """ "the 46th Asean Summit ... following its chairmanships in 1977, 1997" is the same summit; "the
    2nd Asean-Gulf Cooperation Council (GCC) Summit and the inaugural ..." names two summits in full."""
    text = (
        "KUALA LUMPUR, May 26 (Example Wire) -- Prime Minister Anwar Ibrahim met his Singaporean counterpart "
        "Lawrence Wong on the sidelines of the 46th Asean Summit today. Wong will also attend the 2nd "
        "Asean-Gulf Cooperation Council (GCC) Summit and the inaugural Asean-GCC-China Summit on Tuesday. "
        "The 46th Asean Summit marks the fifth time Malaysia chairs Asean, following its chairmanships in "
        "1977, 1997, 2005 and 2015."
    )
    found = read(text, published="2025-05-26")
    names = [s.name for s in found.summits]
    assert names.count("46th Asean Summit") == 1
    assert "2nd Asean-Gulf Cooperation Council (GCC) Summit" in names
    assert not any(n.endswith(" and") for n in names)


def test_english_a_speaker_named_after_the_house_its_short_name_and_country(read: Reader) -> None:
    """ "Speaker of the House of Representatives (DPR) of Indonesia X", "Speaker of Malaysia's Dewan
    Rakyat (House of Representatives) Y": the person after the body, serving that country."""
    text = (
        "NEW DELHI, June 18 (Example Wire) -- State Duma Chairman Vyacheslav Volodin held talks with Speaker of "
        "the House of Representatives (DPR) of Indonesia Ratna Kusuma on the sidelines of the 12th BRICS "
        "Parliamentary Forum on Wednesday. Volodin also met with Speaker of Malaysia's Dewan Rakyat (House of "
        "Representatives) Aziz Rahman. The BRICS Parliamentary Forum opened on Wednesday and is expected to "
        "conclude on Thursday with the adoption of a joint communique."
    )
    found = read(text, published="2026-06-18")
    persons = {a.label: a for a in found.actors if a.kind == "Person"}
    assert {"Ratna Kusuma", "Aziz Rahman"} <= set(persons)
    assert any(r.endswith("/country/indonesia") for r in persons["Ratna Kusuma"].represents)
    assert len([s for s in found.summits if "Parliamentary Forum" in s.name]) == 1
    assert found.agreements == ()


def test_english_talks_a_week_after_consultations_date_them_a_week_before(read: Reader) -> None:
    text = (
        "MOSCOW, June 18 (Example Wire) -- Russian Foreign Minister Sergey Lavrov met Indonesian Foreign "
        "Minister Sugiono in Moscow on Wednesday. The meeting took place a week after Russian Deputy Foreign "
        "Minister Andrey Rudenko held consultations in Jakarta with Indonesian Deputy Foreign Minister Arif "
        "Havas Oegroseno."
    )
    found = read(text, published="2026-06-18")
    consultations = next(s for s in found.summits if "andrey-rudenko" in local_ids(s.participants))
    assert consultations.date is not None and consultations.date.iso == "2026-06-10"


def test_english_ministers_met_on_the_sidelines_of_talks_named_by_their_forum(read: Reader) -> None:
    """ "The foreign ministers of Russia and China met on Thursday on the sidelines of Association of
    Southeast Asian Nations (ASEAN) foreign ministers talks in Laos, Moscow and AFP journalists said":
    the two countries met; the talks are the host; Moscow, where the source is, is not the place."""
    text = (
        "The foreign ministers of Russia and China met on Thursday on the sidelines of Association of Southeast "
        "Asian Nations (ASEAN) foreign ministers talks in Laos, Moscow and AFP journalists said."
    )
    found = read(text, published="2024-07-26")
    met = next(s for s in found.summits if {"russia", "china"} <= local_ids(s.participants))
    assert "laos" not in local_ids(met.participants)
    assert met.location is not None and not met.location.endswith("/moscow")
    assert len(found.summits) == 2


def test_english_leaders_who_last_met_beside_a_summit_and_then_spoke_by_phone(read: Reader) -> None:
    text = (
        "DOHA, Feb 10 (Example Wire) -- Prime Minister Anwar Ibrahim held talks with Emir Tamim bin Hamad Al "
        "Thani in Doha on Tuesday. The two leaders last met on the sidelines of the emergency Arab-Islamic "
        "summit held in Doha in September, and spoke by phone in December on the situation in Gaza."
    )
    found = read(text, published="2026-02-10")
    earlier = [s for s in found.summits if s.date is not None and s.date.iso == "2025-09"]
    assert len(earlier) == 2  # the summit and the leaders' meeting beside it
    assert all({"anwar-ibrahim", "tamim-bin-hamad"} <= local_ids(s.participants) for s in earlier)


def test_english_an_earlier_meeting_the_same_day_and_leaders_previous_encounter(read: Reader) -> None:
    """ "Earlier, Anwar also held a bilateral meeting with ..." is the story's day; "Their previous
    encounter took place on September 4, 2024, on the sidelines of the Eastern Economic Forum" is the
    two leaders' meeting beside the forum."""
    text = (
        "MOSCOW, May 14 (Example Wire) -- Prime Minister Anwar Ibrahim held talks with President Vladimir Putin "
        "at the Kremlin. Earlier, Anwar also held a bilateral meeting with his counterpart, Mikhail Mishustin. "
        "Their previous encounter took place on September 4, 2024, on the sidelines of the Eastern Economic "
        "Forum in Vladivostok."
    )
    found = read(text, published="2025-05-14")
    earlier = next(s for s in found.summits if "mikhail-mishustin" in local_ids(s.participants))
    assert earlier.date is not None and earlier.date.iso == "2025-05-14"
    previous = [s for s in found.summits if s.date is not None and s.date.iso == "2024-09-04"]
    assert any({"anwar-ibrahim", "vladimir-putin"} <= local_ids(s.participants) for s in previous)


def test_english_two_past_meetings_a_speaker_recalls_keep_their_own_people_and_months(read: Reader) -> None:
    """ "He noted that A held talks with B in Moscow in May, while C paid an official visit in
    January": the speaker is in neither, each clause has its own people, and both months are past."""
    text = (
        "HANOI, Dec 12 (Example Wire) -- Deputy Prime Minister Nguyen Van Binh received Russian Deputy Prime "
        "Minister Dmitry Chernyshenko in Hanoi on Friday. He noted that General Secretary To Lam held talks "
        "with President Vladimir Putin in Moscow in May, while Russian Prime Minister Mikhail Mishustin paid "
        "an official visit to Vietnam in January."
    )
    found = read(text, published="2025-12-12")
    by_date = {s.date.iso: local_ids(s.participants) for s in found.summits if s.date is not None}
    assert by_date.get("2025-05") == {"to-lam", "vladimir-putin"}
    assert by_date.get("2025-01") == {"mikhail-mishustin"}


def test_english_a_reception_told_before_a_statement_of_another_leaders_visit(read: Reader) -> None:
    """ "Chinh received Chernyshenko, asking ... the joint statement issued during President Putin's
    state visit in June 2024": the reception is the story's meeting, the state visit Putin's own."""
    text = (
        "HANOI, Dec 12 (Example Wire) -- On the same afternoon, Prime Minister Pham Minh Chinh received "
        "Russian Deputy Prime Minister Dmitry Chernyshenko, asking the two sides to implement the joint "
        "statement issued during President Vladimir Putin's state visit to Vietnam in June 2024."
    )
    found = read(text, published="2025-12-12")
    by_date = {s.date.iso: local_ids(s.participants) for s in found.summits if s.date is not None}
    assert by_date.get("2025-12-12") == {"pham-minh-chinh", "dmitry-chernyshenko"}
    assert by_date.get("2024-06") == {"vladimir-putin"}


def test_english_a_committee_session_two_deputy_premiers_co_chaired_is_a_meeting(read: Reader) -> None:
    text = (
        "Hanoi (Example Wire) - Deputy Prime Minister Tran Hong Ha and Russian Deputy Prime Minister Dmitry "
        "Chernyshenko co-chaired the annual session of the Vietnam - Russia Intergovernmental Committee for "
        "Economic, Trade, Scientific and Technical Cooperation in Hanoi on December 12."
    )
    found = read(text, published="2025-12-12")
    sessions = [s for s in found.summits if {"tran-hong-ha", "dmitry-chernyshenko"} <= local_ids(s.participants)]
    assert len(sessions) == 1 and sessions[0].date is not None and sessions[0].date.iso == "2025-12-12"


def test_english_a_meeting_scheduled_for_another_day_after_talks_held_is_a_plan_of_its_own(read: Reader) -> None:
    """ "Zubarev is scheduled to meet the Board of Investment on Thursday" after talks told as held:
    a planned meeting of its own, not a new date and place for the talks."""
    text = (
        "Thailand and Russia agreed to lift two-way trade. The target was set at the fifth meeting "
        "of the Thai-Russian Joint Working Group on Trade and Investment, held at the Commerce Ministry in "
        "Nonthaburi. The meeting was co-chaired "
        "by Deputy Commerce Minister Pornchai Thiravet and Russian Deputy Minister of Economic Development "
        "Nikolai Zubarev. Zubarev is scheduled to meet the Board of Investment on Thursday before travelling "
        "to Phuket."
    )
    found = read(text, published="2026-03-11")
    talks = next(s for s in found.summits if "pornchai-thiravet" in local_ids(s.participants))
    assert talks.status == "held"
    assert talks.date is None or talks.date.iso != "2026-03-12"
    assert talks.location is None or not talks.location.endswith("phuket")


def test_english_a_meeting_word_in_a_documents_longer_topic_is_no_meeting(read: Reader) -> None:
    text = (
        "Thailand's Department of International Trade Promotion and the Russian Export Center signed a "
        "memorandum of understanding on joint trade fairs and business matching on Tuesday."
    )
    found = read(text, published="2026-03-11")
    assert found.summits == () or all("matching" not in s.name for s in found.summits)


def test_english_a_visit_a_leader_was_invited_to_make_is_planned_with_no_date_but_its_own(read: Reader) -> None:
    text = (
        "Relations gained momentum after then-Prime Minister Srettha Thavisin met President Vladimir Putin in "
        "Beijing in October 2023, on the sidelines of the Belt and Road Forum, and invited him to visit Thailand."
    )
    found = read(text, published="2026-03-11")
    visit = next(s for s in found.summits if s.location is not None and s.location.endswith("thailand"))
    assert visit.status == "planned" and visit.date is None
    assert all(s.status == "held" for s in found.summits if s is not visit)


def test_english_a_visit_to_a_site_is_no_meeting(read: Reader) -> None:
    text = (
        "PUTRAJAYA, June 19 (Example Wire) -- Chinese Premier Li Qiang held talks with Prime Minister Anwar "
        "Ibrahim on Wednesday. The Chinese premier is also scheduled to visit the ECRL worksite in Gombak."
    )
    found = read(text, published="2024-06-19")
    assert len(found.summits) == 1


def test_english_the_two_sides_after_a_second_meeting_are_that_meetings_when_a_party_of_it_is_named(
    read: Reader,
) -> None:
    """A wire of two audiences the same day: "Noting that Egypt and Oman are partners, Li called on the two
    sides to expand trade ..." opening a paragraph of the second is that meeting's topic, not the first's."""
    text = (
        "BEIJING, June 3 (Example Wire) -- Chinese Premier Li Qiang met with Tunisian Prime Minister Kamel "
        "Madouri in Beijing on Tuesday. Li said the two countries are good friends.\n\n"
        "The two sides also exchanged views on regional issues.\n\n"
        "BEIJING, June 3 (Example Wire) -- Li Qiang met with Omani Foreign Minister Badr Albusaidi in Beijing "
        "on Tuesday afternoon.\n\n"
        "Li asked Albusaidi to convey his greetings to Sultan Haitham bin Tarik.\n\n"
        "Noting that China and Oman are strategic partners, Li called on the two sides to expand trade in "
        "agricultural products and deepen cooperation in energy."
    )
    found = read(text, published="2025-06-03")
    second = next(s for s in found.summits if "badr-albusaidi" in local_ids(s.participants))
    first = next(s for s in found.summits if "kamel-madouri" in local_ids(s.participants))
    assert {"trade", "energy"} <= local_ids(second.sectors)
    assert not {"trade", "energy"} & local_ids(first.sectors)


def test_english_ministers_named_only_by_their_countries_attend_for_them(read: Reader) -> None:
    """ "..., as did the foreign ministers of Bahrain, Qatar and the United Arab Emirates": the
    countries take part; "the foreign minister of Oman, Badr Albusaidi" is named and takes part himself."""
    text = (
        "DOHA, May 5 (Example Wire) - Russian Foreign Minister Sergei Lavrov and his Gulf Arab counterparts "
        "met in Doha on Monday for the strategic dialogue between Russia and the Gulf Cooperation Council.\n\n"
        "Omani Foreign Minister Badr Albusaidi chaired the session. The GCC Secretary-General attended, as did "
        "the foreign ministers of Bahrain, Qatar and the United Arab Emirates."
    )
    found = read(text, published="2025-05-05")
    (dialogue,) = [s for s in found.summits if "sergey-lavrov" in local_ids(s.participants)]
    assert {"bahrain", "qatar", "united-arab-emirates", "badr-albusaidi"} <= local_ids(dialogue.participants)
    assert "oman" not in local_ids(dialogue.participants)


def test_english_a_date_of_what_a_participant_speaks_of_keeps_the_meeting_in_focus(read: Reader) -> None:
    """ "Wang congratulated Indonesia on the holding of its election in February", "the railway, which
    started operation last October": dates of topics; the meeting's topics go on after them."""
    text = (
        "JAKARTA, April 18 (Example Wire) -- President Joko Widodo met Chinese Foreign Minister Wang Yi in "
        "Jakarta on Thursday. Wang congratulated Indonesia on the smooth holding of its general election in "
        "February. Wang described the high-speed railway, which started operation last October, as a success. "
        "Joko said Indonesia hopes to deepen cooperation with China in food security."
    )
    found = read(text, published="2024-04-18")
    (meeting,) = [s for s in found.summits if "joko-widodo" in local_ids(s.participants)]
    assert "food-security" in local_ids(meeting.sectors)


def test_english_the_two_ministers_of_a_second_meeting_that_day_are_its_own(read: Reader) -> None:
    text = (
        "JAKARTA, April 18 (Example Wire) -- President Joko Widodo met Chinese Foreign Minister Wang Yi in "
        "Jakarta on Thursday. Joko asked China to buy more fishery products.\n\n"
        "Earlier on Thursday, Wang held talks with Foreign Minister Retno Marsudi at the Foreign Ministry.\n\n"
        "The two ministers agreed to expand cooperation in energy."
    )
    found = read(text, published="2024-04-18")
    talks = next(s for s in found.summits if "retno-marsudi" in local_ids(s.participants))
    first = next(s for s in found.summits if "joko-widodo" in local_ids(s.participants))
    assert "energy" in local_ids(talks.sectors) and "energy" not in local_ids(first.sectors)


def test_english_the_next_meeting_that_should_take_place_is_planned(read: Reader) -> None:
    text = (
        "RIYADH: Crown Prince Mohammed bin Salman received President Vladimir Putin at Al-Yamamah Palace on "
        "Wednesday. Putin added that the next meeting between the two should take place in Moscow."
    )
    found = read(text, published="2023-12-07")
    moscow = [s for s in found.summits if s.location is not None and s.location.endswith("moscow")]
    assert moscow and all(s.status == "planned" for s in moscow)


def test_english_the_next_meeting_agreed_at_talks_gives_them_no_place(read: Reader) -> None:
    text = (
        "RIYADH: Crown Prince Mohammed bin Salman held talks with President Vladimir Putin on Wednesday. "
        "At the talks, they agreed that the next meeting will be held in Moscow."
    )
    found = read(text, published="2023-12-07")
    talks = next(s for s in found.summits if s.status == "held")
    assert talks.location is None or not talks.location.endswith("moscow")


def test_english_the_delegations_at_the_bilateral_meeting_are_no_meetings_of_their_own(read: Reader) -> None:
    text = (
        "Sochi, Russia (Example Wire) - President Joko Widodo held talks with Russian President Vladimir Putin "
        "in Sochi on Wednesday.\n\n"
        "During the bilateral meeting on Wednesday, Jokowi was accompanied by Foreign Minister Retno Marsudi, "
        "while Putin was joined by Foreign Minister Sergey Lavrov and presidential aide Yuri Ushakov."
    )
    found = read(text, published="2016-05-19")
    held = [s for s in found.summits if s.date is not None and s.date.iso == "2016-05-18"]
    assert len(held) == 1 and {"joko-widodo", "vladimir-putin"} <= local_ids(held[0].participants)


def test_english_talks_in_a_where_clause_were_held_at_that_place_before_the_story(read: Reader) -> None:
    """ "arrived in Sochi from Seoul, where he had held talks with Park on Monday": in Seoul, an earlier
    occasion; the documents told next are the story's talks'."""
    text = (
        "Sochi, Russia (Example Wire) - President Joko Widodo held talks with Russian President Vladimir Putin "
        "in Sochi on Wednesday.\n\n"
        "Jokowi arrived in Sochi on Wednesday from Seoul, where he had held talks with South Korean President "
        "Park Geun-hye on Monday. The leaders also discussed cooperation in fisheries."
    )
    found = read(text, published="2016-05-19")
    seoul = next(s for s in found.summits if "park-geun-hye" in local_ids(s.participants))
    sochi = next(s for s in found.summits if "vladimir-putin" in local_ids(s.participants))
    assert seoul.location is not None and seoul.location.endswith("seoul")
    assert "fisheries" in local_ids(sochi.sectors) and "fisheries" not in local_ids(seoul.sectors)


def test_english_talks_with_leaders_of_three_countries_are_three_meetings(read: Reader) -> None:
    text = (
        "SAMARKAND (Example Wire) - President Vladimir Putin met Chinese President Xi Jinping in Samarkand on "
        "Thursday. On Friday he is scheduled to hold talks with Turkish President Recep Tayyip Erdogan, Indian "
        "Prime Minister Narendra Modi and Azerbaijani President Ilham Aliyev."
    )
    found = read(text, published="2022-09-15")
    planned = [local_ids(s.participants) for s in found.summits if s.status == "planned"]
    assert sorted(len(p) for p in planned) == [2, 2, 2]
    assert all("vladimir-putin" in p for p in planned)


def test_english_talks_with_one_and_separately_received_by_three_are_four_meetings(read: Reader) -> None:
    text = (
        "Hanoi (Example Wire) - Russian Prime Minister Mikhail Mishustin held talks with his Vietnamese counterpart "
        "Pham Minh Chinh and was separately received by Party General Secretary To Lam, State President Luong "
        "Cuong and National Assembly Chairman Tran Thanh Man in Hanoi on January 14."
    )
    found = read(text, published="2025-01-15")
    pairs = sorted(sorted(local_ids(s.participants)) for s in found.summits)
    assert pairs == [
        ["luong-cuong", "mikhail-mishustin"],
        ["mikhail-mishustin", "pham-minh-chinh"],
        ["mikhail-mishustin", "to-lam"],
        ["mikhail-mishustin", "tran-thanh-man"],
    ]


RECEIVED_AND_RECALLED = (
    "Hanoi (Example Wire) - Russian Prime Minister Mikhail Mishustin held talks with Vietnamese Prime Minister "
    "Pham Minh Chinh in Hanoi on January 14.\n\n"
    "Receiving Mishustin at the Party headquarters in the afternoon, General Secretary To Lam said Vietnam "
    "regards Russia as a priority partner and recalled the state visit by President Vladimir Putin to Vietnam "
    "in June last year.\n\n"
)


def test_english_a_participle_of_receiving_is_a_meeting_beside_a_visit_someone_else_made(read: Reader) -> None:
    """ "Receiving Mishustin ..., To Lam said ... and recalled the state visit by President Putin": To Lam
    met Mishustin that day; Putin is of his own, earlier visit."""
    found = read(RECEIVED_AND_RECALLED, published="2025-01-15")
    met = [s for s in found.summits if local_ids(s.participants) == {"mikhail-mishustin", "to-lam"}]
    assert [s.date.iso for s in met if s.date] == ["2025-01-14"]


def test_english_the_two_sides_after_a_paragraph_of_figures_are_the_talks_told(read: Reader) -> None:
    text = (
        "Hanoi (Example Wire) - Russian Prime Minister Mikhail Mishustin held talks with Vietnamese Prime Minister "
        "Pham Minh Chinh in Hanoi on January 14.\n\n"
        "Bilateral trade rose by 24% in 2024, the Russian PM said. The free trade pact, signed on May 29, 2015, "
        "will mark its 10th anniversary this year.\n\n"
        "The two sides agreed to step up dialogue and delegation exchanges, and to develop railway transport.\n\n"
        "Energy remained a pillar of the partnership, the leaders said."
    )
    found = read(text, published="2025-01-15")
    assert len(found.summits) == 1  # "step up dialogue": a way of working together, not a meeting
    assert {"energy", "infrastructure"} <= local_ids(found.summits[0].sectors)


def test_english_a_readout_list_of_signed_documents_names_each_line_and_no_bare_set(read: Reader) -> None:
    """ "the following documents were signed:" then "- ..." lines: each line is a document named from
    its first word ("Joint action plan", "Comprehensive Programme"), and "documents" is none."""
    text = (
        "Moscow, November 12 (Example Wire) - President Vladimir Putin held talks with President Kassym-Jomart "
        "Tokayev of Kazakhstan in the Kremlin on Wednesday.\n\n"
        "Following the talks, the following documents were signed:\n\n"
        "- Declaration on the Transition of Interstate Relations to the Level of Comprehensive Strategic "
        "Partnership (signed by the two Presidents);\n\n"
        "- Comprehensive Programme of Economic Cooperation between the Governments for 2026-2030;\n\n"
        "- Agreement between the Governments on cooperation in transport security;\n\n"
        "- Joint action plan between the two environment ministries on environmental protection."
    )
    found = read(text, published="2025-11-12")
    assert [a.name.split()[0:2] for a in found.agreements] == [
        ["Declaration", "on"],
        ["Comprehensive", "Programme"],
        ["Agreement", "between"],
        ["Joint", "action"],
    ]


def test_english_meeting_a_target_and_the_hour_long_meeting_are_no_new_meetings(read: Reader) -> None:
    """ "for meeting its net-zero target by 2050" meets a goal; "after the hour-long meeting" is the
    meeting told, whatever year the sentence names after it."""
    text = (
        "MOSCOW, June 25 (Example Wire) - Deputy Prime Minister Fadillah Yusof held a bilateral meeting with "
        "Russian Deputy Prime Minister Alexei Overchuk in Moscow on Wednesday.\n\n"
        "Speaking to journalists after the hour-long meeting, Fadillah said the two sides had looked at trade, "
        "which fell last year.\n\n"
        "Overchuk offered Russia's experience in civil nuclear technology, as Malaysia weighs its options for "
        "meeting its net-zero emissions target by 2050."
    )
    found = read(text, published="2025-06-25")
    assert [(s.date.iso if s.date else None) for s in found.summits] == ["2025-06-25"]


def test_english_talks_with_one_and_met_another_are_two_meetings_of_the_visit_recalled(read: Reader) -> None:
    """ "The working visit follows up on Anwar's official visit ..., during which he held talks with
    President Putin at the Kremlin and met Prime Minister Mishustin": "The working visit" is the story's;
    the talks and "and met" are two meetings, each with its own counterpart."""
    text = (
        "MOSCOW, June 25 (Example Wire) - Deputy Prime Minister Fadillah Yusof held talks with Russian Deputy "
        "Prime Minister Alexei Overchuk in Moscow on Wednesday.\n\n"
        "The working visit follows up on Prime Minister Anwar Ibrahim's official visit to Russia from May 13 to "
        "16, during which he held talks with President Vladimir Putin at the Kremlin and met Prime Minister "
        "Mikhail Mishustin."
    )
    found = read(text, published="2025-06-25")
    pairs = [local_ids(s.participants) for s in found.summits]
    assert {"fadillah-yusof", "alexei-overchuk"} in pairs
    assert any("vladimir-putin" in p and "mikhail-mishustin" not in p for p in pairs)
    assert any("mikhail-mishustin" in p and "vladimir-putin" not in p for p in pairs)


def test_english_the_trip_a_spokesperson_spoke_of_is_the_visit_told(read: Reader) -> None:
    text = (
        "BEIJING (Example Wire) - Chinese President Xi Jinping held talks with Uzbek President Shavkat Mirziyoyev "
        "in Beijing on Wednesday, during Mirziyoyev's state visit to China.\n\n"
        "The visit had been announced last week by Chinese Foreign Ministry spokesperson Wang Wenbin, who said "
        "Beijing expected the trip to further deepen bilateral ties."
    )
    found = read(text, published="2024-01-24")
    assert not any("wang-wenbin" in local_ids(s.participants) for s in found.summits)


AUDIENCE = (
    "DOHA, March 5 (Example Wire) -- Malaysia and Qatar have exchanged three memoranda of understanding covering "
    "energy, education and tourism, as Prime Minister Anwar Ibrahim concluded his two-day official visit to the "
    "Gulf state today.\n\n"
    "The documents were exchanged at the Amiri Diwan yesterday, after Anwar held bilateral talks with Qatari Prime "
    "Minister Sheikh Hamad Nasser Al-Thani.\n\n"
    "Earlier in the day, Anwar was received in audience by the Emir of Qatar, Sheikh Khalid Faisal Al-Thani, at the "
    "same palace.\n\n"
    "A gas supply contract was not on the agenda of the talks, Foreign Minister Mohamad Hasan said.\n\n"
    "Mohamad said Malaysia, which became a BRICS partner country in January after applying to join the grouping, "
    "would continue to deepen ties with the Gulf Cooperation Council (GCC) states."
)


def test_english_a_visit_s_talks_and_an_audience_granted_are_its_two_meetings(read: Reader) -> None:
    found = read(AUDIENCE, published="2026-03-05")
    pairs = sorted(sorted(local_ids(s.participants)) for s in found.summits)
    # the visit is its talks; "was received in audience by the Emir" is a meeting of its own, and the
    # family name both hosts bear is neither's alone; the minister quoted on the talks was not at them
    assert pairs == [["anwar-ibrahim", "hamad-nasser-al-thani"], ["anwar-ibrahim", "khalid-faisal-al-thani"]]
    assert {s.date.iso for s in found.summits if s.date} == {"2026-03-04"}


def test_english_the_documents_exchanged_yesterday_are_the_package_told_and_date_it(read: Reader) -> None:
    found = read(AUDIENCE, published="2026-03-05")
    assert [(a.kind.rsplit("#", 1)[-1], a.date.iso if a.date else None) for a in found.agreements] == [
        ("DocumentPackage", "2026-03-04")
    ]


def test_english_a_partner_country_applied_and_the_bloc_it_deepens_ties_with_is_no_membership(read: Reader) -> None:
    found = read(AUDIENCE, published="2026-03-05")
    assert {(m.member.rsplit("/", 1)[-1], m.organization.rsplit("/", 1)[-1], m.status) for m in found.memberships} == {
        ("malaysia", "brics", "applicant")
    }


TRANSCRIPT = (
    "Vladimir Putin held talks in the Kremlin with President of Mongolia Ukhnaagiin Khurelsukh, who is in Russia on "
    "an official visit.\n\n"
    "*   *   *\n\n"
    "President of Russia Vladimir Putin: Mr President, friends,\n\n"
    "Welcome to Moscow. We welcomed Mongolia's accession to BRICS in January. I believe we have good prospects in "
    "agriculture, energy and space exploration.\n\n"
    "President of Mongolia Ukhnaagiin Khurelsukh (retranslated): Thank you for the invitation.\n\n"
    "We would like to expand our cooperation in education and tourism."
)


def test_english_a_transcript_s_remarks_by_those_who_met_are_the_talks_and_welcoming_an_accession_is_neither(
    read: Reader,
) -> None:
    found = read(TRANSCRIPT, published="2025-05-20")
    [talks] = found.summits  # "We welcomed Mongolia's accession": no meeting, and no document
    assert local_ids(talks.sectors) == {"agriculture", "energy", "aerospace", "education", "tourism"}
    assert found.agreements == ()


def test_english_a_counterpart_named_after_a_comma_and_a_later_audience_are_two_meetings(read: Reader) -> None:
    text = (
        "VIENTIANE - Chinese Foreign Minister Wang Yi arrived in Laos on Wednesday.\n\n"
        "Shortly after arriving, Wang held talks with his Lao counterpart, Thongsavanh Phomvihane.\n\n"
        "He was later received by President Thongloun Sisoulith at the Presidential Palace.\n\n"
        "Wang is expected to attend the ASEAN-China foreign ministers' meeting and the East Asia Summit foreign "
        "ministers' meeting on Thursday."
    )
    found = read(text, published="2024-07-25")
    held = sorted(sorted(local_ids(s.participants)) for s in found.summits if s.status == "held")
    assert held == [["thongloun-sisoulith", "wang-yi"], ["thongsavanh-phomvihane", "wang-yi"]]
    planned = sorted(s.name for s in found.summits if s.status == "planned")
    assert planned == ["ASEAN-China foreign ministers' meeting", "East Asia Summit foreign ministers' meeting"]


def test_english_a_lower_case_summit_name_its_sessions_and_the_aide_who_briefed(read: Reader) -> None:
    """ "the second Russia–Central Asia summit" is named in lower case, with its edition; "the narrow-format
    session" is a part of it, not a meeting of its own; the aide who "told reporters after the summit"
    did not take part; "The first ... summit was held in Dushanbe on October 14, 2022" is another."""
    text = (
        "The heads of state signed a joint communique on Thursday at the end of the second Russia–Central Asia "
        "summit in Astana. During the summit, the leaders focused on trade. Putin said in his remarks at the "
        "narrow-format session that energy supplies matter. Terrorism was also on the agenda, Presidential Aide "
        "Yuri Ushakov told reporters after the summit. The first Russia–Central Asia summit was held in Dushanbe "
        "on October 14, 2022."
    )
    found = read(text, published="2025-10-10")
    summits = [(s.name, s.date.iso if s.date else None) for s in found.summits]
    assert summits == [
        ("second Russia–Central Asia summit", "2025-10-09"),
        ("first Russia–Central Asia summit", "2022-10-14"),
    ]
    assert local_ids(found.summits[0].sectors) >= {"energy", "trade"}
    assert "yuri-ushakov" not in local_ids(found.summits[0].participants)


def test_english_a_letter_of_acceptance_and_partnership_agreements_are_documents(read: Reader) -> None:
    found = read(
        "Lao Defence Minister Chansamone Chanyalath met Kazakh Defence Minister Ruslan Zhaksylykov in Astana on "
        "Monday (10/6). There he witnessed the handover of the letter of acceptance for two patrol vessels. "
        "Several partnership agreements between Lao and Kazakh defence firms were also signed.",
        published="2024-06-12",
    )
    names = [a.name for a in found.agreements]
    assert any(n.startswith("letter of acceptance") for n in names)
    assert any("partnership agreements" in n for n in names)


def test_english_documents_described_after_a_signed_set_are_of_that_set(read: Reader) -> None:
    """ "... witnessed the exchange of 12 documents. ... There is an MoU on cooperation under X": one of
    the set, signed that day between the set's parties; a document still to be signed is not."""
    found = read(
        "Lao President Thongloun Sisoulith and Kazakh President Kassym-Jomart Tokayev held talks in Vientiane "
        "on Tuesday (20/11/2018). The two leaders then witnessed the exchange of 12 documents. The rest of the "
        "package reads like a list of priorities. There is an MoU on cooperation under the Belt and Road "
        "Initiative. An agreement on visa exemption will be signed next year.",
        published="2018-11-21",
    )
    bri = [a for a in found.agreements if "Belt and Road" in a.name]
    assert len(bri) == 1 and bri[0].date.iso == "2018-11-20"
    assert local_ids(bri[0].parties) == {"laos", "kazakhstan"}
    assert not any("visa" in a.name for a in found.agreements)


def test_english_a_postponement_said_after_a_meeting_is_not_the_meetings(read: Reader) -> None:
    """ "where he met Xi, the prime minister said Malaysia would put off projects": the meeting was held."""
    found = read(
        "During his visit to Beijing in August, where he met Xi Jinping, Prime Minister Anwar Ibrahim said "
        "Malaysia would put off large projects it could not afford.",
        published="2018-11-21",
    )
    met = [s for s in found.summits if "anwar-ibrahim" in local_ids(s.participants)]
    assert met and all(s.status == "held" and s.date is not None and s.date.iso == "2018-08" for s in met)


def test_english_a_meeting_someone_said_he_would_go_to_is_planned_on_the_coming_weekday(read: Reader) -> None:
    found = read(
        "DOHA, March 8 (ANA) - Malaysian Foreign Minister Mohamad Hasan told reporters in Doha on Saturday "
        "he would fly to Tehran and meet President Masoud Pezeshkian on Monday.",
        published="2025-03-08",
    )
    meeting = next(s for s in found.summits if "masoud-pezeshkian" in local_ids(s.participants))
    assert meeting.status == "planned"
    assert meeting.date is not None and meeting.date.iso == "2025-03-10"


def test_english_a_forum_named_with_its_year_is_held_on_the_story_s_day(read: Reader) -> None:
    found = read(
        "HANOI: Prime Minister Anwar Ibrahim closed his visit to Vietnam yesterday. "
        "The day began with talks with Prime Minister Pham Minh Chinh. "
        "Anwar then delivered the keynote address at the Malaysia-Vietnam Business Forum 2024.",
        published="2024-06-05",
    )
    forum = next(s for s in found.summits if "Business Forum" in s.name)
    assert forum.date is not None and forum.date.iso == "2024-06-04"


def test_english_the_meeting_where_an_invitation_was_given_is_a_meeting_of_its_own(read: Reader) -> None:
    found = read(
        "In February, when he received Vietnamese Deputy Prime Minister Tran Luu Quang in Putrajaya, "
        "Anwar invited President To Lam to visit Malaysia in 2025.",
        published="2024-06-05",
    )
    received = [s for s in found.summits if "tran-luu-quang" in local_ids(s.participants) and s.status == "held"]
    assert received and all(s.date is not None and s.date.iso == "2024-02" for s in received)
    visit = next(s for s in found.summits if "to-lam" in local_ids(s.participants) and s.status == "planned")
    assert visit.date is not None and visit.date.iso == "2025"


def test_english_a_declaration_signed_by_two_leaders_years_ago_tells_they_met(read: Reader) -> None:
    found = read(
        "MOSCOW, April 4 (TASS) - Russian Foreign Minister Sergey Lavrov held talks with Indonesian Foreign "
        "Minister Sugiono on Friday.\n\nThe legal basis of the relationship is the Treaty on Friendship "
        "and Cooperation, signed by Putin and then President Susilo Bambang Yudhoyono in Moscow in December 2006.",
        published="2025-04-05",
    )
    signing = next(s for s in found.summits if "vladimir-putin" in local_ids(s.participants))
    assert signing.date is not None and signing.date.iso == "2006-12"


def test_english_received_during_that_trip_is_a_meeting_of_the_trip_just_told(read: Reader) -> None:
    found = read(
        "MOSCOW, June 17 (TASS) - Russian Foreign Minister Sergey Lavrov held talks with Lao Foreign Minister "
        "Thongsavanh Phomvihane on Tuesday.\n\nThe ministers discussed the decisions of the 12th meeting of "
        "the Russian-Lao intergovernmental commission, held in Vientiane in April. Russian Deputy Prime "
        "Minister Alexei Overchuk, the commission's co-chair, was received by Prime Minister Sonexay Siphandone "
        "during that trip.",
        published="2025-06-17",
    )
    received = next(s for s in found.summits if "sonexay-siphandone" in local_ids(s.participants))
    assert received.date is not None and received.date.iso == "2025-04"


def test_english_talks_in_a_when_clause_after_a_dated_meeting_share_its_date(read: Reader) -> None:
    found = read(
        "BEIJING, Oct 19 (SNN) - Mr Xi last visited the Kingdom in November last year for the APEC Economic "
        "Leaders' Meeting in Bangkok, when he held talks with then Prime Minister Prayut Chan-o-cha.",
        published="2023-10-19",
    )
    talks = next(s for s in found.summits if "prayut-chan-o-cha" in local_ids(s.participants))
    assert talks.date is not None and talks.date.iso == "2022-11"


def test_english_the_bodies_that_held_a_forum_take_part_in_it(read: Reader) -> None:
    found = read(
        "HANOI, June 4 - Prime Minister Anwar Ibrahim addressed the Malaysia-Vietnam Investment Forum on "
        "Tuesday, co-hosted by the Board of Investment of Vietnam (BIV) and the Malaysia Investment Development "
        "Authority.",
        published="2024-06-04",
    )
    forum = next(s for s in found.summits if "Forum" in s.name)
    assert {"board-of-investment-of-vietnam", "anwar-ibrahim"} <= local_ids(forum.participants)


# a leaders' visit told the way a Malaysian daily tells it: the outcome first, the signings after
RECIPROCAL = (
    "PUTRAJAYA: Malaysia will buy up to US$150 million of rice from Peru, Prime Minister Anwar Ibrahim said "
    "today after talks with Peruvian President Tomas Varga.\n\n"
    "Higher Education Minister Zambry Abdul Kadir exchanged an MoU on higher education.\n\n"
    "Peru's Information and Broadcasting Minister Pavel Dorn and Tourism Minister Tiong King Sing "
    "exchanged the MoU on tourism cooperation.\n\n"
    "The visit reciprocates Anwar's official visit to Peru in March last year. After their talks in "
    "Lima on March 12, 2024, Anwar announced new flights."
)


def test_english_a_plan_inside_what_was_said_leaves_the_talks_held(read: Reader) -> None:
    found = read(RECIPROCAL, published="2025-10-06")
    (talks,) = [s for s in found.summits if s.date is not None and s.date.year == 2025]
    assert talks.status == "held"


def test_english_the_country_before_a_portfolio_is_the_ministers(read: Reader) -> None:
    found = read(RECIPROCAL, published="2025-10-06")
    (dorn,) = [a for a in found.actors if a.label == "Pavel Dorn"]
    assert {iri.rsplit("/", 1)[-1] for iri in dorn.represents} == {"peru"}


def test_english_one_sides_signer_at_talks_of_two_gives_both_parties(read: Reader) -> None:
    found = read(RECIPROCAL, published="2025-10-06")
    (mou,) = [a for a in found.agreements if "higher education" in a.name]
    assert local_ids(mou.parties) == {"malaysia", "peru"}


def test_english_their_talks_on_a_day_of_their_own_are_the_recalled_visits(read: Reader) -> None:
    found = read(RECIPROCAL, published="2025-10-06")
    recalled = [s for s in found.summits if s.date is not None and s.date.year == 2024]
    assert [(s.date.month, s.date.day) for s in recalled] == [(3, 12)]


def test_english_the_deals_told_back_give_the_package_and_its_meeting_their_fields(read: Reader) -> None:
    text = (
        "BEIJING, Feb 6 (Example Wire) - Thai Prime Minister Paetongtarn Shinawatra held talks with Premier Li "
        "Qiang on Thursday. The two then presided over the signing of 14 memoranda of understanding.\n\n"
        "The deals cover joint artificial intelligence research and digital economy investment."
    )
    found = read(text, published="2025-02-06")
    (package,) = found.agreements
    assert {"artificial-intelligence", "digital-economy"} <= local_ids(package.sectors)
    (talks,) = [s for s in found.summits if s.key == package.adopted_at]
    assert {"artificial-intelligence", "digital-economy"} <= local_ids(talks.sectors)


GROUP_SUMMIT = (
    "KUALA LUMPUR, May 27 (Example Wire) - Leaders of Southeast Asian nations, the Gulf Cooperation Council and "
    "China met for the first time as a group on Tuesday.\n\n"
    "The inaugural ASEAN-GCC-China Summit was chaired by Malaysian Prime Minister Anwar Ibrahim, whose country "
    "holds the rotating chair of ASEAN this year.\n\n"
    "Anwar and Chinese Premier Li Qiang held talks on Monday. Li also met Kuwait's crown prince on Monday."
)


def test_english_bodies_said_to_meet_are_the_summit_named_next(read: Reader) -> None:
    found = read(GROUP_SUMMIT, published="2025-05-27")
    tuesday = [s for s in found.summits if s.date is not None and s.date.day == 27]
    assert len(tuesday) == 1 and tuesday[0].named


def test_english_a_date_in_a_whose_clause_is_the_persons(read: Reader) -> None:
    found = read(GROUP_SUMMIT, published="2025-05-27")
    (summit,) = [s for s in found.summits if "ASEAN-GCC-China" in s.name]
    assert summit.date is not None and summit.date.day == 27


def test_english_a_meeting_with_another_country_is_not_the_talks_of_the_same_day(read: Reader) -> None:
    found = read(GROUP_SUMMIT, published="2025-05-27")
    monday = [s for s in found.summits if s.date is not None and s.date.day == 26]
    assert len(monday) == 2


def test_english_before_meeting_separately_with_a_new_person_is_a_meeting_of_its_own(read: Reader) -> None:
    text = (
        "PUTRAJAYA, Nov 22 (Example Wire) - Vietnamese leader To Lam held talks with Prime Minister Anwar Ibrahim "
        "in Putrajaya on Thursday, the first day of a three-day official visit.\n\n"
        "The two leaders then held a four-eyes meeting followed by delegation-level talks.\n\n"
        "Later in the afternoon, Lam went to the Parliament building, where he held a discussion of nearly an hour "
        "with Dewan Rakyat Speaker Tan Sri Johari Abdul before meeting separately with Dewan Negara President "
        "Datuk Awang Bemee Awang Ali Basah."
    )
    found = read(text, published="2024-11-22")
    assert any("awang-bemee-awang-ali-basah" in local_ids(s.participants) for s in found.summits)
    (talks,) = [s for s in found.summits if "anwar-ibrahim" in local_ids(s.participants)]
    assert "awang-bemee-awang-ali-basah" not in local_ids(talks.participants)


WONG_VISIT = (
    "BEIJING - Prime Minister Lawrence Wong met Chinese President Xi Jinping on June 24.\n\n"
    "Mr Wong noted that Mr Xi was in the unusual position of having met all four of Singapore's prime "
    "ministers - Mr Lee Kuan Yew, Mr Goh Chok Tong, Mr Lee Hsien Loong and now himself.\n\n"
    "A day earlier, Mr Wong was hosted to a dinner banquet by Premier Li Qiang, after the two leaders held talks "
    "at the Great Hall of the People on Monday afternoon.\n\n"
    "Mr Wong and Mr Li reaffirmed their commitment to deepen the partnership in the green economy.\n\n"
    "The two leaders then witnessed the signing of four documents. China's Ministry of Justice signed a "
    "memorandum of understanding on legal talent development, while the two governments signed a letter of "
    "intent to explore an exchange programme for senior officials."
)


def test_english_having_met_all_of_them_is_a_record_not_a_meeting(read: Reader) -> None:
    found = read(WONG_VISIT, published="2025-06-24")
    assert not [s for s in found.summits if local_ids(s.participants) == {"xi-jinping", "lee-hsien-loong"}]


def test_english_a_day_earlier_is_the_story_not_a_recalled_past(read: Reader) -> None:
    found = read(WONG_VISIT, published="2025-06-24")
    (package,) = [a for a in found.agreements if a.name == "four documents"]
    (talks,) = [s for s in found.summits if s.key == package.adopted_at]
    assert local_ids(talks.participants) == {"lawrence-wong", "li-qiang"}
    assert package.date is not None and package.date.day == 23


def test_english_the_two_governments_sign_for_the_two_countries(read: Reader) -> None:
    found = read(WONG_VISIT, published="2025-06-24")
    (letter,) = [a for a in found.agreements if "letter of intent" in a.name]
    assert local_ids(letter.parties) == {"singapore", "china"}


def test_english_two_offices_joined_before_a_name_make_no_person_of_the_second_office(read: Reader) -> None:
    text = "Bahrain's Crown Prince and Prime Minister Salman bin Hamad Al Khalifa led his country's delegation."
    persons = labels(read(text, published="2025-05-27"), "Person")
    assert not [p for p in persons if p.startswith("Prime Minister")]


def test_english_meetings_scheduled_during_the_two_day_visit_are_each_on_its_days(read: Reader) -> None:
    """ "During the two-day visit, X is scheduled to pay separate courtesy calls on A and B, and to meet C":
    three planned meetings in the visit's month, not one visit with all of them, nor the year a later
    sentence names."""
    text = (
        "Prime Minister Pham Minh Chinh held talks with Russian Prime Minister Mikhail Mishustin in Hanoi on "
        "January 14. It is the first official visit to Vietnam by a foreign leader in 2025.\n\n"
        "During the two-day visit, Mishustin is also scheduled to pay separate courtesy calls on Party General "
        "Secretary To Lam and State President Luong Cuong, and to meet National Assembly Chairman Tran Thanh Man."
    )
    found = read(text, published="2025-01-14")
    planned = [s for s in found.summits if s.status == "planned"]
    pairs = sorted(sorted(local_ids(s.participants) - {"mikhail-mishustin"}) for s in planned)
    assert pairs == [["luong-cuong"], ["to-lam"], ["tran-thanh-man"]]
    assert all(s.date is not None and (s.date.year, s.date.month) == (2025, 1) for s in planned)


def test_english_a_new_name_set_off_before_an_office_is_a_person(read: Reader) -> None:
    """ "meet Saqr Ghobash, Speaker of the UAE's Federal National Council": a person of the UAE; "Numan
    Kurtulmus, Speaker of the Grand National Assembly": a person, and the assembly no person."""
    text = (
        "Hun Sen is due to meet Saqr Ghobash, Speaker of the UAE's Federal National Council, in Abu Dhabi on "
        "Monday. In Turkey he will hold talks with Numan Kurtulmus, Speaker of the Grand National Assembly."
    )
    found = read(text, published="2024-12-08")
    persons = {a.label: a for a in found.actors if a.kind == "Person"}
    assert {"Saqr Ghobash", "Numan Kurtulmus"} <= set(persons) and "Grand National Assembly" not in persons
    assert [r.rsplit("/", 1)[-1] for r in persons["Saqr Ghobash"].represents] == ["united-arab-emirates"]


def test_english_a_full_arabic_name_before_an_office_is_the_known_short_one(read: Reader) -> None:
    text = (
        "MUSCAT: Sayyid Badr bin Hamad bin Hamood Albusaidi, Minister of Foreign Affairs, received Bakhtiyor "
        "Saidov, Foreign Minister of the Republic of Uzbekistan, on Sunday. Saidov is also due to meet Qais bin "
        "Mohammed Al Yousef, Minister of Commerce, on Monday."
    )
    found = read(text, published="2026-01-19")
    persons = {a.label: a for a in found.actors if a.kind == "Person"}
    assert "Badr Albusaidi" in persons
    assert "Qais Al Yousef" in persons["Qais bin Mohammed Al Yousef"].aliases


def test_english_a_name_after_the_comma_of_an_opening_source_is_the_subject(read: Reader) -> None:
    text = (
        "According to a press release from the Senate, Hun Sen is due to meet President Sheikh Mohamed bin Zayed "
        "in Abu Dhabi on Friday."
    )
    found = read(text, published="2024-12-08")
    assert "hun-sen" in local_ids(found.summits[0].participants)


def test_english_the_attendance_from_each_side_is_the_summit_s(read: Reader) -> None:
    text = (
        "The 2nd Asean-GCC Summit was held at the Kuala Lumpur Convention Centre on May 27, 2025.\n\n"
        "Attending from Asean were Brunei's Sultan Hassanal Bolkiah and Indonesian President Prabowo Subianto. "
        "The Gulf side included Saudi Foreign Minister Prince Faisal bin Farhan Al Saud."
    )
    found = read(text, published="2025-05-28")
    assert {"hassanal-bolkiah", "prabowo-subianto"} <= local_ids(found.summits[0].participants)
    assert any(p.startswith("faisal-bin-farhan") for p in local_ids(found.summits[0].participants))


def test_english_a_recalled_state_visit_keeps_its_talks_and_its_documents(read: Reader) -> None:
    """ "During that visit Putin held talks with A and met B": the talks are the visit's, the meeting with
    B one of its own; "The two countries then adopted ... and signed around a dozen documents" is of that
    visit's time, not the story's; "is due to be received by" the prime minister is a planned meeting."""
    text = (
        "Hanoi, Feb 26, 2026 (Example Wire) - Russian Foreign Minister Sergey Lavrov and his Vietnamese "
        "counterpart Le Hoai Trung signed a plan of consultations on Thursday.\n\n"
        "Lavrov is due to be received by Prime Minister Pham Minh Chinh on Friday.\n\n"
        "The ministers referred to the agenda set during President Vladimir Putin's state visit to Hanoi in "
        "June 2024.\n\n"
        "During that visit Putin held talks with President To Lam and met Communist Party chief Nguyen Phu Trong.\n\n"
        "The two countries then adopted a joint statement and signed around a dozen documents."
    )
    found = read(text, published="2026-02-26")
    visit = next(s for s in found.summits if s.name == "state visit")
    assert set(local_ids(visit.participants)) == {"vladimir-putin", "to-lam"}
    assert any(set(local_ids(s.participants)) == {"vladimir-putin", "nguyen-phu-trong"} for s in found.summits)
    planned = next(s for s in found.summits if "pham-minh-chinh" in local_ids(s.participants))
    assert planned.status == "planned" and planned.date is not None and planned.date.iso == "2026-02-27"
    recalled = [a for a in found.agreements if a.name != "plan of consultations"]
    assert sorted(a.name for a in recalled) == ["around a dozen documents", "joint statement"]
    assert all(a.date is not None and a.date.iso == "2024-06" for a in recalled)


def test_english_sitting_down_with_someone_is_a_meeting(read: Reader) -> None:
    text = (
        "Kuala Lumpur, July 14, 2025 (Example Wire) - Lavrov also sat down with Malaysian Foreign Minister "
        "Mohamad Hasan on Thursday, and the two adopted a joint statement on information security."
    )
    found = read(text, published="2025-07-14")
    assert any(
        set(local_ids(s.participants)) == {"sergey-lavrov", "mohamad-hasan"} and s.date is not None
        for s in found.summits
    )


def test_english_a_meeting_named_again_in_apposition_is_one_meeting(read: Reader) -> None:
    """ "the emergency Arab-Islamic summit, the joint session of the Arab League and the OIC": one meeting,
    whose parties the second name gives."""
    text = (
        "Doha, Feb 9, 2026 (Example Wire) - Anwar was last in Doha in September last year for the emergency "
        "Arab-Islamic summit, the joint session of the Arab League and the Organisation of Islamic Cooperation."
    )
    found = read(text, published="2026-02-09")
    (summit,) = found.summits
    assert summit.date is not None and summit.date.iso == "2025-09"
    assert {"arab-league", "oic"} <= set(local_ids(summit.participants))
