"""A figure the source gives with what it counts is no detail, however the article writes it; what the article adds
around a source's word stays one fact (alignment/engine/details.py, issue 15, session 10). Sentences written for
these tests, on the shapes of fresh5's news articles (a tribute, a joint statement, a call readout, a leak)."""

from __future__ import annotations

from alignment import compare


def _details(source: str, derivative: str) -> list[str]:
    report = compare(source, derivative)
    return [d.text for s in report.derivative.segments for d in s.unsupported_details]


def test_a_percent_written_in_two_words_is_the_sources_percent():
    source = "The United States will lower the tariff on the country's goods to 19 percent from next month."
    derivative = "Washington will lower the tariff on the country's goods to 19 per cent from next month, she said."
    assert not any("cent" in t or "19" in t for t in _details(source, derivative))
    # another figure stays a detail
    found = _details(source, derivative.replace("19 per cent", "15 per cent"))
    assert any("15" in t for t in found), found


def test_a_figure_with_the_noun_it_counts_is_the_sources_wherever_it_gives_it():
    source = ("Across three decades, his final tally was 660 homeruns, 3,000 hits and 12 Gold Gloves. "
              "He was a giant of the game. We will miss him.")
    derivative = ("He was a giant of the game. He retired with 660 home runs – then the second most behind Babe "
                  "Ruth – and was just as strong in the field.")
    found = _details(source, derivative)
    assert not any("660" in t or "home runs" in t for t in found), found
    assert any("Babe Ruth" in t for t in found), found
    # the same number counting something else is another fact
    found = _details(source, derivative.replace("660 home runs", "660 stolen bases"))
    assert any("660" in t for t in found), found


def test_a_new_figure_s_phrase_stops_at_another_figure():
    source = "He was a giant of the game and won the 1954 World Series Championship with the team."
    derivative = "He was a giant of the game, making a famous catch in Game 1 of the 1954 World Series."
    found = _details(source, derivative)
    assert not any("1954" in t for t in found), found
    assert any("catch" in t for t in found), found


def test_a_channel_preposition_heads_its_detail():
    source = "The President and the First Lady paid tribute to the Queen in a message on her death."
    derivative = ("The President and the First Lady paid tribute to the Queen in a message on her death via the "
                  "White House website.")
    assert _details(source, derivative) == ["via the White House website"]


def test_a_span_since_an_event_takes_its_preposition():
    source = "The President spoke today with the Prime Minister in a call about trade."
    derivative = "The President spoke with the Prime Minister about trade in their first call since the inauguration."
    assert _details(source, derivative) == ["first call", "since the inauguration"]


def test_an_age_in_apposition_is_the_persons():
    source = "Colin Powell died of complications from the virus. He served four presidents."
    found = _details(source, "Powell, 84, died of complications from the virus, his family said.")
    assert "Powell, 84" in found, found
    # a figure after a name that is no apposition stays the figure alone
    found = _details(source, "In Virginia, 84 people died of complications from the virus, officials said.")
    assert not any(t.startswith("Virginia") for t in found), found


def test_a_detail_runs_through_one_word_of_the_source():
    source = "The order establishes a task force on the tournament, chaired by the President."
    derivative = ("The order establishes a task force on the tournament, chaired by the President, according to a "
                  "draft of the order obtained by the newspaper.")
    found = _details(source, derivative)
    assert any("draft of the order obtained by the newspaper" in t for t in found), found


def test_a_new_name_with_of_inside_is_read_whole():
    source = ("His Hall of Fame career spanned two decades in three cities. He was a giant of the game. We will miss "
              "him.")
    derivative = "He was a giant of the game. He was inducted into the Baseball Hall of Fame in 1979."
    found = _details(source, derivative)
    assert any("Baseball Hall of Fame" in t for t in found), found
    # a name after a new one, with no "of" inside, is still its own ("Anthony" alone in "Anthony Blinken")
    found = _details("Secretary Antony Blinken met the minister in Paris. He spoke of the war.",
                     "Secretary Anthony Blinken met the minister in Paris. He spoke of the war.")
    assert not any("Blinken" in t for t in found), found


def test_while_before_a_preposition_joins_the_circumstance():
    source = "The President signed a proclamation declaring the day a national day of remembrance."
    derivative = ("The President signed a proclamation declaring the day a national day of remembrance while on "
                  "Marine One heading to the Final Four.")
    found = _details(source, derivative)
    assert any(t.startswith("while on Marine One") for t in found), found


def test_the_sources_publication_is_the_articles_frame():
    source = ("An estimated 232,100 borrowers in Nebraska are eligible for debt relief. Borrowers can apply online "
              "this month.")
    derivative = ("The federal government on Tuesday released the number of borrowers in Nebraska who are eligible "
                  "for debt relief: an estimated 232,100.")
    found = _details(source, derivative)
    assert not any("government" in t or "released" in t for t in found), found
    found = _details(source, "On October 4, the Treasury released information on the relief. An estimated 232,100 "
                             "borrowers in Nebraska are eligible for debt relief.")
    assert not any("October" in t or "Treasury" in t or "released" in t for t in found), found
    # what the publication holds that the source lacks stays a detail, and so does another verb's subject
    found = _details(source, "The Treasury on Tuesday released the number of borrowers in Ohio who are eligible.")
    assert any("Ohio" in t for t in found), found
    found = _details(source, "The Treasury on Tuesday blocked the relief for borrowers in Nebraska.")
    assert any("Treasury" in t for t in found), found


def test_a_percent_sign_in_the_source_is_the_percent_an_article_spells_out():
    # session 14 (fresh9's central bank pairs): the source writes "6.8%", the story "6.8 per cent" or "6.8 percent"
    source = "The unemployment rate rose to 6.8% in November as employment grew slowly."
    for written in ("6.8 per cent", "6.8 percent"):
        derivative = f"The unemployment rate rose to {written} in November as employment grew slowly, it said."
        assert not any("cent" in t or "6.8" in t for t in _details(source, derivative)), written
    # another figure stays a detail, with its unit
    found = _details(source, "The unemployment rate rose to 7.8 per cent in November as employment grew slowly.")
    assert any("7.8 per cent" in t for t in found), found


def test_a_vulgar_fraction_is_the_figure_in_decimals():
    # a central bank's "3¼%" is a story's "3.25 per cent"; "3.75 per cent" is another figure, and a discrepancy
    source = "The Bank of Canada today reduced its target for the overnight rate to 3¼%, with the Bank Rate at 3½%."
    derivative = ("The Bank of Canada cut its key rate, now sitting at 3.25 per cent, with the Bank Rate at 3.5 "
                  "per cent.")
    assert _details(source, derivative) == []
    report = compare(source, derivative.replace("3.25", "3.75"))
    found = [d.text for s in report.derivative.segments for d in s.unsupported_details]
    assert any("3.75" in t for t in found), found
    assert [(str(x.kind), x.text, x.source_text) for x in report.discrepancies] == [("number", "3.75", "3¼")]


def test_a_relative_pronoun_opens_the_clause_that_is_the_detail():
    # session 14 (fresh9 05, fresh8 15): the clause an article adds about a source's name takes its pronoun
    source = "FEMA is coordinating the federal response to the storms. The President approved the declaration."
    derivative = ("The President approved the declaration, and FEMA, which directs many of the federal disaster "
                  "relief programs, is coordinating the response.")
    assert "which directs many of the federal disaster relief programs" in _details(source, derivative)
    # a relative clause the source gives adds nothing: no detail, pronoun or not
    derivative = "The President approved the declaration, which FEMA is coordinating the response to."
    assert not any("which" in t for t in _details(source, derivative))


def test_a_rate_held_steady_is_the_sources_hold():
    # session 14 (central bank pairs of fresh8 and fresh9): "held ... steady" words the source's decision to hold
    source = "The Bank of Canada today held its target for the overnight rate at 5%, with the Bank Rate at 5¼%."
    derivative = "The Bank of Canada held its target for the overnight rate steady at 5 per cent on Wednesday."
    assert _details(source, derivative) == []
    # without a verb of holding, or against a source that changes the rate, "steady" is the article's own
    found = _details(source, "The Bank of Canada saw its target for the overnight rate steady at 5 per cent.")
    assert any("steady" in t for t in found), found
    source = "The Bank of Canada today lowered its target for the overnight rate to 5%."
    found = _details(source, "The Bank of Canada kept its target for the overnight rate steady at 5 per cent.")
    assert any("steady" in t for t in found), found


def test_an_age_in_apposition_is_the_sources_age_in_another_form():
    """"Martinez, 36" for the source's "36-year-old Heriberto Martinez": the same age, written after the name; another
    age stays a detail, with the name it qualifies."""
    source = ("Police announced the arrest of 36-year-old Heriberto Martinez, a former assistant director of the "
              "hospital.")
    found = _details(source, "Prosecutors said Martinez, 36, took bribes from a contractor at the hospital.")
    assert not any("36" in t for t in found), found
    found = _details(source, "Prosecutors said Martinez, 41, took bribes from a contractor at the hospital.")
    assert any("Martinez, 41" in t for t in found), found


# ------------------------------------------------------------ session 18: a count of the names the source lists

def _statuses(source: str, derivative: str) -> list[tuple[str, list[str]]]:
    report = compare(source, derivative)
    return [(s.status, [d.text for d in s.unsupported_details]) for s in report.derivative.segments]


def test_a_count_of_the_names_a_counterpart_lists_is_the_sources():
    """A governor's order that lists the counties by name, a story that counts them: the figure is the source's,
    told as a count; no new figure, the restatement stays supported."""
    source = ("The governor today extended the state of emergency to include Adams, Baker, Clark, Dunn, and Ellis "
              "counties because of flooding.")
    derivative = "The governor extended the state of emergency to include five more counties because of flooding."
    assert _statuses(source, derivative) == [("supported", [])]
    # another count is a figure the source does not give
    status, found = _statuses(source, derivative.replace("five", "six"))[0]
    assert status == "partial" and any("six" in t for t in found), (status, found)


def test_a_count_of_a_list_set_off_by_semicolons_beside_a_counterpart_is_the_sources():
    """A committee's statement names who voted for, one by one with their roles and semicolons, and who voted against
    in the next sentence; a story's "voted 7-2" counts the first list."""
    source = ("The Committee decided to lower the target range for the policy rate by 1/4 percentage point. Voting for "
              "the action were Ann B. Cole, Chair; Tom D. Reyes, Vice Chair; Lee F. Park; Mia G. Stone; Ian H. Ford; "
              "Eve J. Hart; and Sam K. Lowe. Voting against the action were Zoe L. Marsh, who preferred to lower the "
              "target range by 1/2 percentage point, and Max M. Reed, who preferred no change to the target range.")
    derivative = ("The Committee voted 7-2 to lower the target range for the policy rate by a quarter percentage "
                  "point.")
    assert _statuses(source, derivative) == [("supported", [])]
    assert _statuses(source, derivative.replace("7-2", "8-1")) == [("partial", ["8"])]
    # a list of two is no count to read: "two" may count anything
    assert _list_counts_of("The President met Prime Minister Lee and Chancellor Roth.") == set()


def _list_counts_of(text: str) -> set[int]:
    from alignment.engine.details import _list_counts

    return _list_counts(text)


def test_a_sign_the_source_writes_as_a_mark_is_the_figures():
    """A central bank's table gives "-0.20 per cent"; a story writes "minus 0.20 percent": the sign is the figure's,
    no detail. Where the source's figure has no sign, the story's "minus" stays one."""
    derivative = "The central bank cut the lending rate to 0.05 percent and the deposit rate to minus 0.20 percent."
    source = ("Danmarks Nationalbank reduced its interest rates today. Certificate of deposit rate: {}0.20 per cent. "
              "Lending rate: 0.05 per cent.")
    for mark in ("-", "\u2212"):
        assert not any("minus" in t for t in _details(source.format(mark), derivative))
    assert "minus" in _details(source.format(""), derivative)
    # the mark must stand against the whole figure, after a space or a bracket: "-0.25" gives no "minus 0.2", and a
    # hyphen inside a name ("COVID-19") gives no sign to "minus 19"
    assert any("minus" in t for t in _details(source.replace("{}0.20", "-0.205"), derivative))
    from alignment.engine.details import _signed_in

    assert _signed_in("0.20", "deposit rate: -0.20 per cent") and _signed_in("0.75", "a rate of (\u22120.75%)")
    assert not _signed_in("0.2", "deposit rate: -0.25 per cent") and not _signed_in("19", "cases of COVID-19")


def test_a_span_the_source_gives_named_as_a_thing_is_the_sources():
    source = ("Patients received Epclusa in combination with ribavirin for 12 weeks, and 94 percent of them had no "
              "virus detected.")
    # "a 12-week course" is the source's "for 12 weeks", named
    assert _details(source, "Patients received a 12-week course of Epclusa in combination with ribavirin, and 94 "
                            "percent of them had no virus detected.") == []
    # joined by an en dash or a non-breaking hyphen, it is the same span
    for dash in ("\u2013", "\u2011"):
        assert _details(source, f"Patients received a 12{dash}week course of Epclusa in combination with ribavirin, "
                                "and 94 percent of them had no virus detected.") == [], dash
    # a span the source does not give stays a detail, with its noun
    found = _details(source, "Patients received Epclusa with ribavirin over an 11-year period, and 94 percent of "
                             "them had no virus detected.")
    assert any("11-year period" in t for t in found), found
    # a name after the span is no word for it
    found = _details(source, "Patients received Epclusa with ribavirin, a 12-week Gilead program, and 94 percent of "
                             "them had no virus detected.")
    assert any("Gilead" in t for t in found), found


def test_between_heads_a_new_range():
    source = "The bank moved large sums through its branches in Estonia, the regulator said."
    found = _details(source, "The bank moved large sums through its branches in Estonia between 2011 and 2017, the "
                             "regulator said.")
    assert any(t.startswith("between 2011") for t in found), found


def test_an_age_after_the_noun_age_is_the_sources_years_old():
    source = ("Cindy Pritzker was a civic leader. When my father died and my mother was ill and I was just 12 years "
              "old, she and my uncle Jay took me in and made sure I felt safe and loved.")
    found = _details(source, "Cindy Pritzker was also the aunt of the governor and took him in at the age of 12 after "
                             "his parents died.")
    assert not any("age" in t.split() for t in found), found
    # another age stays a detail
    found = _details(source, "Cindy Pritzker was also the aunt of the governor and took him in at the age of 14 after "
                             "his parents died.")
    assert any("age of 14" in t for t in found), found


def test_an_age_the_source_gives_in_apposition_is_the_articles_year_old():
    """"58-year-old Manuel Acosta" for the source's "Manuel Acosta, 58,": the age told the other way round (the
    reverse of "Martinez, 36" for "36-year-old"); another age, or the same number of years of something else,
    stays a detail."""
    source = ("The District Attorney identified the defendant as Manuel Acosta, 58, of Kew Gardens, Queens. Acosta is "
              "the manager of Control Electropolishing Corp., a company in Brooklyn.")
    claim = "Manuel Acosta of Kew Gardens is the manager of Control Electropolishing Corp., a company in Brooklyn."
    assert _details(source, "58-year-old " + claim) == []
    found = _details(source, "59-year-old " + claim)
    assert any("59-year-old" in t for t in found), found
    found = _details(source, "Acosta has run Control Electropolishing Corp., a company in Brooklyn, for 58 years.")
    assert any("58 years" in t for t in found), found


def test_an_anniversary_counts_the_years_the_source_gives():
    """"the 23rd anniversary" for a statement's "23 years ago": the ordinal counts the source's years. Another
    count, or an ordinal of another noun, stays a detail."""
    source = ("On this day 23 years ago, terrorists attacked our nation on September 11. We remember the nearly 3,000 "
              "lives lost.")
    claim = "The president remembered the nearly 3,000 lives lost, marking the {} of the attacks of September 11."
    assert not any("anniversary" in t for t in _details(source, claim.format("23rd anniversary")))
    for other in ("24th anniversary", "23rd day"):
        found = _details(source, claim.format(other))
        assert any(other in t for t in found), (other, found)


def test_a_figure_in_brackets_in_another_unit_restates_the_figure_before_it():
    """"the 90,000-square-foot (8,360-square-meter) ballroom": the wire style's conversion of the source's figure, no
    fact of its own; a bracketed figure that is no conversion of it stays a detail."""
    source = ("The White House State Ballroom will be an addition of approximately 90,000 total square feet of space, "
              "with a seated capacity of 650 people.")
    claim = "Work on the 90,000-square-foot ({}) ballroom, with a seated capacity of 650 people, will begin soon."
    for written in ("8,360-square-meter", "8,360 square meters", "8,400 square metres"):
        assert _details(source, claim.format(written)) == [], written
    found = _details(source, claim.format("9,500-square-meter"))
    assert any("9,500" in t for t in found), found


def test_points_are_the_sources_percentage_points():
    """"by 1.25 points" for the statement's "by 1.25 percentage points": the same change in the rate; another
    figure of points stays a detail."""
    source = ("The Board of Governors of the Central Bank of Iceland has decided to raise the policy rate by 1.25 "
              "percentage points to 15%.")
    assert _details(source, "Iceland's central bank raised its policy rate by 1.25 points to 15 percent.") == []
    found = _details(source, "Iceland's central bank raised its policy rate by 1.5 points to 15 percent.")
    assert any("1.5 points" in t for t in found), found


def test_a_date_in_figures_is_the_date_a_counterpart_gives_in_words():
    """"(29/10/22 to 28/8/23)" for the release's "from 29 October 2022 to 28 August 2023", day or month first;
    another date stays a detail."""
    source = ("The Securities and Futures Commission has banned Ms Tang Shiyi, a former licensed representative of "
              "China Galaxy International Securities, from re-entering the industry for 10 months from 29 October "
              "2022 to 28 August 2023.")
    claim = ("The Securities and Futures Commission has banned former China Galaxy International Securities "
             "representative Tang Shiyi for 10 months ({}).")
    assert _details(source, claim.format("29/10/22 to 28/8/23")) == []
    assert _details(source, claim.format("10/29/2022 to 8/28/2023")) == []
    found = _details(source, claim.format("29/10/22 to 28/9/23"))
    assert any("9/23" in t for t in found), found


def test_a_new_figure_s_phrase_stops_before_a_time_phrase():
    # (issue 15, session 23: what a figure counts runs up to a preposition of a date, not over it)
    source = ("The regulator imposed a capital add-on on the lender in July 2019. A further add-on was imposed in "
              "December 2019 to reflect the heightened operational risk profile of the bank.")
    derivative = ("A further add-on was then imposed on the big four bank in December 2019 to reflect the heightened "
                  "operational risk profile of the bank.")
    found = _details(source, derivative)
    assert any("big four bank" in t for t in found), found
    assert not any("December" in t for t in found), found


def test_a_two_digit_year_of_the_last_century_is_read_as_one():
    # (session 23: "31/12/99" is 1999, not 2099)
    source = ("The commission banned the former trader from the industry for 10 months from 1 March 1999 to "
              "31 December 1999.")
    claim = "The commission banned the former trader for 10 months ({})."
    assert _details(source, claim.format("1/3/99 to 31/12/99")) == []


def test_a_count_with_a_thousands_separator_is_a_figure_not_a_year():
    source = "The project will reach 4,500 people across the country."
    derivative = "The project will reach 4,500 people, among them 2,000 farmers, across the country."
    details = [d for s in compare(source, derivative).derivative.segments for d in s.unsupported_details]
    assert [(d.text, d.kind) for d in details if "2,000" in d.text] == [("2,000 farmers", "number")], details


def test_a_company_suffix_in_a_list_is_part_of_the_name_before_it():
    # (issue 15, session 23: "Group, Inc, ... Management, Inc. and ... Laboratories" lists three companies, not five)
    assert _list_counts_of("They own the companies Alder Medical Group, Inc, Birch Billing Management, Inc. and "
                           "Cedar Source Laboratories, Inc. The owners were charged.") == {3}
    source = ("Jane Roe and her husband John Roe own the companies Alder Medical Group, Inc, Birch Billing Management, "
              "Inc. and Cedar Source Laboratories, Inc. They are accused of recruiting doctors to prescribe creams.")
    derivative = ("Jane Roe and John Roe, owners of three medical billing companies, are accused of recruiting doctors "
                  "to prescribe creams.")
    assert not any("three" in t for t in _details(source, derivative)), _details(source, derivative)
