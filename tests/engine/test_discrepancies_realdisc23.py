"""False-alarm classes read on fresh18 (session 23), each rebuilt in sentences of our own: the issuer under a name its
text never writes (its initials in mixed case, the person or the ministry its heading names, the office of its
head, a seat of the executive), a news outlet whose name "of" joins, a page's date line that opens with its date, a
name joined by a hyphen to the word after it, a rank before a word of office, and a prohibition that restates a
negation. Each test keeps the real change of the same kind found."""

from __future__ import annotations

from tests.conftest import found_discrepancies as _found


def _kinds(found, kind):
    return [(t, s) for k, t, s in found if k == kind]


BANK = ("The Bank of Nordland has taken note of reports circulating on social media that the Bank has been damaged "
        "by a flood.\n\n"
        "The Bank, today, conducted a routine fire drill to prepare staff for a real fire.\n\n"
        "The exercise was conducted in collaboration with the Nordland Fire Service, the National Ambulance Service "
        "and the Nordland Police Service.\n\n"
        "A routine drill tests the safety systems of the Bank.\n\n"
        "Bank of Nordland by this medium cautions against false reports intended to create fear in the country.")


def test_the_issuers_initials_in_mixed_case_are_the_issuer():
    """"BoN" is the Bank of Nordland with the initial of its "of": what the article credits to it the issuer says;
    initials of other capitals are still another speaker."""
    article = ("The exercise was conducted in collaboration with the Nordland Fire Service, the National Ambulance "
               "Service and the Nordland Police Service, the BoN said.")
    assert not _kinds(_found(BANK, article), "attribution")
    assert _kinds(_found(BANK, article.replace("BoN", "BoJ")), "attribution")


SPOKESPERSON = ("Presidential Spokesperson Marta Velasquez on the police report regarding attacks against farmers\n\n"
                "There is no truth to the alleged report that President Tomas Arvelo instructed the National Police "
                "not to share their information with the Commission on Human Rights regarding the recent attacks "
                "against farmers.\n\n"
                "As an officer of the court, being a lawyer, the President adheres to the rule of law and he wants "
                "justice for the victims of the attacks and for their families.")


def test_the_person_a_heading_names_by_office_is_the_issuer():
    """A heading "Spokesperson X on ..." gives X's statement: the article crediting X with it credits the issuer;
    someone else is still another speaker."""
    article = ("\u201cThere is no truth to the alleged report that Arvelo instructed the National Police not to share "
               "their information with the Commission on Human Rights regarding the attacks against farmers,\u201d "
               "Presidential spokesperson Marta Velasquez said in a statement.")
    assert not _kinds(_found(SPOKESPERSON, article), "attribution")
    assert _kinds(_found(SPOKESPERSON, article.replace("Marta Velasquez", "Ingrid Halvorsen")), "attribution")


def test_a_seat_of_the_executive_is_the_executive():
    """"The Palace official said" credits the presidency whose statement it is (like "the Kremlin")."""
    article = ("The Palace official said the President adheres to the rule of law and wants justice for the victims "
               "of the attacks and their families.")
    assert not _kinds(_found(SPOKESPERSON, article), "attribution")


MINISTRY = ("Statement by the Ministry of Foreign Affairs regarding the minority of the northern province (16.09.2022)"
            "\n\n"
            "Ruritania, once again, is attempting to interfere in the internal affairs of another state, in violation "
            "of fundamental rules of international conduct.\n\n"
            "Nordland is a state governed by the Rule of Law; it respects International Law and fully abides by its "
            "international obligations under International Conventions such as the Westbury Treaty - unlike "
            "Ruritania.\n\n"
            "We do not accept exhortations from third countries like Ruritania, particularly when it comes to Nordic "
            "citizens.")


def test_the_body_a_statements_heading_names_is_the_issuer():
    """"Statement by the Ministry of Foreign Affairs": "Nordland's Foreign Ministry said in a statement" credits the
    issuer, as does "the Nordic Foreign Ministry"; the nation alone is still another speaker."""
    article = ("\u201cRuritania, once again, is trying to intervene in the internal affairs of another state, in "
               "violation of fundamental rules of international behavior,\u201d Nordland\u2019s Foreign Ministry "
               "said in a statement.")
    assert not _kinds(_found(MINISTRY, article), "attribution")
    assert not _kinds(_found(MINISTRY, article.replace("Nordland\u2019s", "the Nordic")), "attribution")
    assert _kinds(_found(MINISTRY, article.replace("Nordland\u2019s Foreign Ministry", "Nordland")), "attribution")


PREMIER = ("Prime Minister Anna Lindqvist has Expressed Sadness at the Killing of Constable Erik Moberg\n\n"
           "Prime Minister Lindqvist said, \u201cMy heart goes out to his wife and children.\u201d\n\n"
           "Preliminary reports indicate that Moberg responded to illegal gun salutes at a party in Northvale.\n\n"
           "Prime Minister Lindqvist noted that the party was taking place at a time when such events have been "
           "restricted.")


def test_the_office_of_the_issuer_is_the_issuer():
    """"the release from the Office of the Prime Minister": the office of the one the source speaks for; another
    office is still another speaker."""
    article = ("According to the release from the Office of the Prime Minister (OPM): \u201cPreliminary reports "
               "indicate that Moberg responded to illegal gun salutes at a party in Northvale.\u201d")
    assert not _kinds(_found(PREMIER, article), "attribution")
    assert _kinds(_found(PREMIER, article.replace("Office of the Prime Minister (OPM)", "Ministry of Defence")),
                  "attribution")


AGENCY = ("Official Statement: Agency Condemns Neutrality Violation in Northvale\n\n"
          "On 15 October 2017, the Relief Agency for Refugees discovered what appeared to be a tunnel underneath one "
          "of its schools in Northvale.")


def test_an_outlet_whose_name_of_joins_is_an_outlet():
    """"..., The Times of Nordland reported" credits the article's own source, a newspaper, not a voice; "the Bank of
    Nordland said" is still a speaker."""
    article = ("The Relief Agency for Refugees revealed that it recently found a tunnel underneath one of its schools "
               "in Northvale, The Times of Nordland reported.")
    assert not _kinds(_found(AGENCY, article), "attribution")
    assert _kinds(_found(AGENCY, article.replace("The Times of Nordland reported", "the Bank of Nordland said")),
                  "attribution")


def test_a_date_line_that_opens_with_its_date_dates_no_claim():
    """A page's line "Sunday, October 29, 2017 at 1:00 pm |" is when it was published; a claim with another date
    still conflicts."""
    article = ("Agency discovers tunnel under school\n\nSunday, October 29, 2017 at 1:00 pm |\n\n"
               "The Relief Agency for Refugees discovered what appeared to be a tunnel underneath one of its schools "
               "in Northvale.")
    assert not _kinds(_found(AGENCY, article), "date")
    changed = ("On 25 October 2017, the Relief Agency for Refugees discovered what appeared to be a tunnel underneath "
               "one of its schools in Northvale.")
    assert _kinds(_found(AGENCY, changed), "date")


INTERPOL = ("The General Secretariat has requested clarification from Ruritania's authorities on the status of its "
            "President.\n\n"
            "The General Secretariat looks forward to an official response from Ruritania's authorities to address "
            "concerns over the President's well-being.")


def test_a_name_a_hyphen_joins_to_the_word_after_it_is_a_modifier():
    """"The Nordland-based international police body" places the body; it names no one in the place of "The
    General Secretariat". A name put for another still conflicts."""
    article = ("The Nordland-based international police body said it was looking forward to an official response "
               "from Ruritania's authorities to address concerns over the President's well-being.")
    assert not _kinds(_found(INTERPOL, article), "name")
    assert _kinds(_found(INTERPOL, article.replace("Ruritania's authorities to", "Freedonia's authorities to")),
                  "name")


def test_a_rank_before_a_word_of_office_is_no_name():
    """"Acting Minister" is an office, not a name the article's "Finance Minister" replaces; a changed person still
    conflicts."""
    source = ("The Minister for Police has advised me that he will be taking a leave of absence.\n\n"
              "In the interim, Robin Scott will serve as Acting Minister for Police and Corrections.")
    article = "Finance Minister Robin Scott will serve as Minister for Police and Corrections in the interim."
    assert not _kinds(_found(source, article), "name")
    assert _kinds(_found(source, article.replace("Robin Scott", "Robin Lindqvist")), "name")


def test_a_prohibition_restates_a_negation():
    """"issued an order prohibiting the release of information" restates "instructed ... not to release"; an order
    to release still drops the negation."""
    source = ("There is no truth to the report that the President instructed the National Police not to release "
              "their information to the Commission on Human Rights regarding the attacks.")
    article = ("The National Police denied that the President issued an order prohibiting the release of their "
               "information to the Commission on Human Rights regarding the attacks.")
    assert not _kinds(_found(source, article), "negation")
    changed = ("There is truth to the report that the President instructed the National Police to release their "
               "information to the Commission on Human Rights regarding the attacks.")
    assert _kinds(_found(source, changed), "negation")


ORDER = ("WHEREAS: On October 7, 2023, terrorists launched a brutal attack on our ally; and\n\n"
         "WHEREAS: Among those killed were over 40 Canadian citizens, with at least 7 Canadians still unaccounted for "
         "or being held hostage; and\n\n"
         "WHEREAS: The people of this State continue to mourn the lives lost in these unwarranted attacks.")


def test_a_person_the_article_names_by_office_is_no_part_of_what_the_source_counts():
    """"Gov. Jane Roe" is a person: "Roe highlights the 400 Canadians killed" gives the order's figure, changed (a
    place or a body the source never names near a figure would make it the part's); "over 40" still takes 41."""
    article = ("Ruritania Gov. Jane Roe signed an executive order on Saturday.\n\n"
               "In the executive order, Roe highlights the 400 Canadians killed during the attack and seven Canadians "
               "still unaccounted for or held hostage.")
    assert _kinds(_found(ORDER, article), "number")
    assert not _kinds(_found(ORDER, article.replace("400", "41")), "number")
