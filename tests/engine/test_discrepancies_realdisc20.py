"""Real articles' false flags and the real discrepancies the checks missed (session 20, read on fresh15's unperturbed
articles and its gold, then on the other splits' flags): modals of possibility of the same certainty, a page's
"Published:" line, a figure or date of another event than the source sentence's, a name inside a longer name. The
sentences are our own."""

from __future__ import annotations

from tests.conftest import found_discrepancies as _found


# ------------------------------------------------------------------------------------------------ false flags
def test_can_for_may_of_a_permission_is_the_same_certainty():
    source = ("The council appoints an interim director for a term of up to nine months. This may be extended by "
              "the Mayor for up to an additional two months.")
    article = ("The council will appoint an interim director for nine months. This term can be extended by an "
               "additional two months if needed.")
    assert [f for f in _found(source, article) if f[0] == "modality"] == []
    # a certainty for the source's "may" is still a stated fact
    assert [f[1] for f in _found(source, article.replace("can be extended", "will be extended"))
            if f[0] == "modality"] == ["will be extended"]


def test_could_for_can_is_the_same_certainty():
    source = ("Swaps and repurchase deals are open to every bank. All of these can move the harbour economy forward "
              "by supporting the credit that underpins trade.")
    article = ("Swaps and repurchase deals are open to every bank, the authority said. It said these could move the "
               "harbour economy forward by supporting the credit that underpins trade.")
    assert [f for f in _found(source, article) if f[0] == "modality"] == []
    # a hedge of what the source states with "will" is still one
    assert [f[1] for f in _found(source.replace("can move", "will move"), article)
            if f[0] == "modality"] == ["could move"]


def test_a_pages_line_of_publication_dates_no_claim_of_the_source():
    source = ("Agency Condemns Detention of Its Staff\n\nGENEVA, 25 May 2023 - The agency today condemned the "
              "continued detention of four of its staff members in the northern region.\n")
    for line in ("Published: May 27, 2023; 14:41", "Updated May 28, 2023 2:30 p.m. EDT",
                 "Posted on 27 May 2023 at 10:41"):
        article = (f"Agency condemns detention of staff\n\n{line}\n\nThe agency recently condemned the continued "
                   "detention of four of its staff members in the northern region.\n")
        assert [f for f in _found(source, article, pad=False) if f[0] == "date"] == [], line
    # a claim's date is still read
    article = ("Agency condemns detention of staff\n\nOn 27 May 2023 the agency condemned the continued detention "
               "of four of its staff members in the northern region.\n")
    assert [f[1] for f in _found(source, article, pad=False) if f[0] == "date"] == ["27 May 2023"]


def test_the_previous_acts_figure_is_another_instance():
    source = ("The Board of Governors has decided to raise the policy rate by 1.25 percentage points to 15%. "
              "Inflation has risen well above target.")
    article = ("The central bank raised its policy rate by 1.25 percentage points to 15%, it said. The central bank "
               "last raised its policy rate by 0.45 points in November.")
    assert [f for f in _found(source, article) if f[0] == "number"] == []
    # the decision's own figure changed is still a number
    assert [f[1] for f in _found(source, article.replace("by 1.25 percentage", "by 1.5 percentage"))
            if f[0] == "number"] == ["1.5"]


def test_a_date_a_stretch_of_time_starts_is_no_day_of_the_act():
    source = ("At its meeting on 25 September 2006, the Monetary Council voted to increase the central bank base "
              "rate by 50 basis points from 7.25% to 7.75%.")
    article = ("The Monetary Council raised the central bank base rate by 50 basis points to 7.75%. The council has "
               "been raising the base rate at each of its monthly meetings since June.")
    assert [f for f in _found(source, article) if f[0] == "date"] == []


def test_a_name_in_brackets_after_a_name_is_a_part_of_it():
    source = ("Sergeant John Roe was assigned to B Company, 3rd Battalion, 75th Ranger Regiment, U.S. Army, Fort "
              "Benning, Georgia.")
    article = ("Roe was assigned to the 3rd Battalion, 75th Ranger Regiment (Airborne) out of Fort Benning in "
               "Georgia.")
    assert [f for f in _found(source, article) if f[0] == "name"] == []
    # another name in the place of the source's, outside brackets, is still one
    assert [f[1] for f in _found(source, article.replace("(Airborne)", ", U.S. Navy,")) if f[0] == "name"] == [
        "Navy"]


def test_words_credited_to_someone_in_a_release_are_the_releases():
    source = ("Eating nuts daily may lower blood pressure\n\nPeople who ate a handful of nuts every day had lower "
              "blood pressure after six months, a new study finds. The findings suggest a simple change in diet "
              "could make a real difference for millions of people with high blood pressure.\n")
    article = ("A handful of nuts a day may lower blood pressure, a study finds. The findings suggest a simple change "
               "in diet could make a real difference for millions of people with high blood pressure, study author "
               "Maria Lopez said in a Northfield University news release.\n")
    assert [f for f in _found(source, article, pad=False) if f[0] == "attribution"] == []
    # credited to a stranger without a release, or in a release of their own, the words are still misattributed
    for credit in ("", " in a news release"):
        assert [f[1] for f in _found(source, article.replace(" in a Northfield University news release", credit),
                                     pad=False) if f[0] == "attribution"] == ["Maria Lopez"], credit


def test_an_association_hedged_where_the_source_reports_one_is_no_hedge_added():
    from alignment.api import _analyze, _as_document
    from alignment.config import Config
    from alignment.engine.discrepancies import _check_modality

    def check(finding: str) -> list[str]:
        text = ("Study Suggests Breastfeeding May Lower Risk of Childhood Asthma\n\nBreastfeeding for six months or "
                "longer was associated with a lower risk of childhood asthma compared with children who were never "
                "breastfed, according to a report published today.\n\nIn a review of all 20 studies, the authors "
                f"found breastfeeding for six months or longer {finding} compared with no breastfeeding or "
                "breastfeeding for a shorter period of time.\n\nA separate analysis of 12 studies found that ever "
                "being breastfed was associated with a 9 percent lower risk of childhood asthma.\n")
        src = _analyze(_as_document(text, "source"), Config(), "S", "sentences")
        der = _analyze(_as_document("At most, the analysis suggests an association between breastfeeding and "
                                    "reduced risk.", "derivative"), Config(), "D", "sentences")
        sw = src.words[2]
        others = [t for n, ws in enumerate(src.words) if n != 2 for t in ws]
        return [h.kind for h in _check_modality(der.text, der.words[0], src.text, sw,
                                                [t for ws in src.words for t in ws], others=others)]

    assert check("was associated with a 15 percent lower risk") == []
    # a finding the source states as an effect, hedged, is still a hedge added
    assert check("cut the risk by 15 percent") == ["modality"]


# ------------------------------------------------------------------------------------------------ missed
def test_a_peoples_name_counts_its_citizens_and_the_one_count_left_is_the_same():
    source = ("WHEREAS: Among those killed in the attack were over 40 American citizens, with at least 7 Americans "
              "still missing or held hostage; and")
    article = ("In the order, the governor highlights the 400 Americans killed during the attack and the seven "
               "Americans still missing or held hostage.")
    assert [f for f in _found(source, article) if f[0] == "number"] == [("number", "400", "40")]
    # a figure above the source's lower bound is no conflict
    assert [f for f in _found(source, article.replace("400", "42")) if f[0] == "number"] == []


def test_a_claim_a_verb_of_belief_reports_is_no_fact_stated():
    source = ("Host cities expect to see up to 450,000 visitors and a potential net economic impact of up to $480 "
              "million during the tournament.")
    article = ("The White House estimates host cities will see up to 450,000 visitors and a potential net economic "
               "impact of up to $480 million during the tournament.")
    assert [f for f in _found(source, article) if f[0] == "modality"] == []
    # stated without the belief, it is a fact
    assert [f[1] for f in _found(source, article.replace("The White House estimates host", "Host"))
            if f[0] == "modality"] == ["will see"]


def test_a_penalty_faced_is_a_most_already():
    source = ("The defendants face up to 15 years in prison on the top count of burglary, a class C felony, the "
              "district attorney said.")
    article = "The defendants face 15 years in prison on the top count of burglary, a class C felony."
    assert [f for f in _found(source, article) if f[0] == "number"] == []
    # the term given as the one imposed is still the maximum made the amount
    assert [f[1] for f in _found(source, "The defendants were sentenced to 15 years in prison on the top count of "
                                         "burglary, a class C felony.") if f[0] == "number"] == ["15"]
