"""The :class:`Language` record: the tables a language gives the rules."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["ConflictWords", "Language"]


@dataclass(frozen=True)
class ConflictWords:
    """The words the discrepancy check reads (alignment/engine/discrepancies.py): what flips polarity, hedges a
    claim, sets its scope or reports speech, and the names that stand for others."""

    negations: frozenset[str]  # folded words that negate what follows: not, never, no
    antonyms: tuple[tuple[str, str], ...]  # lemma keys of verb/adjective pairs of opposite sense
    hedges: frozenset[str]  # lemma keys that make a claim uncertain: may, could, suggest, preliminary
    certainties: frozenset[str]  # folded words that state a claim as certain: will, shows, proves
    quantifiers: Mapping[str, str]  # a quantifier's folded word -> its class: all -> universal, some -> partial
    scope_groups: Mapping[str, str]  # lemma keys of who a finding is about -> group: mice -> animals
    speech_verbs: frozenset[str]  # lemma keys of verbs that report speech: say, tell, announce
    weekdays: frozenset[str]
    name_aliases: Mapping[str, str]  # folded name -> what it stands for: washington -> us
    titles: frozenset[str] = frozenset()  # folded words put before a name, not names: dr, professor, secretary
    name_suffixes: frozenset[str] = frozenset()  # folded titles that follow a name and are no office: jr, sr
    thought_verbs: frozenset[str] = frozenset()  # lemma keys of verbs that give a belief as its content: think
    abilities: frozenset[str] = frozenset()  # lemma keys of hedge modals that are also the past of "can": could
    #: folded modals of possibility, one certainty among them ("may be extended" / "can be extended", "can move" /
    #: "could move"): one for another changes no claim's certainty
    possibilities: frozenset[str] = frozenset()
    #: folded modals that hedge what they govern ("may", "could"), the folded words of a plain claim that may stand in
    #: their place ("will", "is"), and the verbs of feeling whose clause a modal after them is in, besides
    #: ``thought_verbs`` ("fear"): the word-for-word comparison of a hedge put in or taken out
    #: (alignment/engine/discrepancies.py, ``_check_copied_modality``)
    hedge_modals: frozenset[str] = frozenset()
    plain_modals: frozenset[str] = frozenset()
    feeling_verbs: frozenset[str] = frozenset()
    #: a page's line of publication around a date (an article's "Published: May 27, 2022; 14:41", "Updated 2:30
    #: p.m. EDT"): the folded words that label it (its time of day: lang ``clock_marks``; a time zone is an acronym)
    date_line_labels: frozenset[str] = frozenset()
    #: folded adverbs that, right before a verb, make its act another instance than the one reported ("the bank last
    #: raised its rate by 0.45 points": the previous rise)
    other_instance_adverbs: frozenset[str] = frozenset()
    #: folded prepositions after which a date, in a clause of a perfect auxiliary, is the start of a stretch of time
    #: ("has been raising rates since June"), no day of an act
    period_starts: frozenset[str] = frozenset()
    perfect_auxiliaries: frozenset[str] = frozenset()
    #: folded nouns of a text an organisation issues, which a credit may name as where words were said ("said study
    #: author Jane Roe in a university news release")
    release_nouns: frozenset[str] = frozenset()
    #: folded nouns of the people of a place, which the name before them says ("40 American citizens": Americans)
    nationals: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()  # folded pronouns that open a relative clause: that, which, who
    #: lemma keys of the verbs of an exchange that credit what is said to their subject ("Kirby replied", "the
    #: Secretary answered"): speakers for the attribution check, not verbs that report a claim
    dialogue_verbs: frozenset[str] = frozenset()
    #: an amount by a period of time, a rate ("3 million shots per day", "$60,000 a year"): the folded words of
    #: a period, the words that put an amount by one ("per", "a", "each"), and the adverbs that do both ("weekly")
    periods: frozenset[str] = frozenset()
    rate_words: frozenset[str] = frozenset()
    rate_adverbs: Mapping[str, str] = field(default_factory=dict)
    #: money: the signs written before an amount ("$", "£") and the folded currencies after one ("dollars")
    currency_signs: frozenset[str] = frozenset()
    currencies: frozenset[str] = frozenset()
    #: folded word sequences, space-separated, that name a government's executive as a whole ("white house",
    #: "administration", "president"): where a source's heading names one, an article crediting another credits the
    #: same issuer
    executive_names: frozenset[str] = frozenset()
    #: pairs of verbs (words, compared by lemma stem) of the same act at two strengths of obligation, the weaker
    #: first: a permission or a request ("authorized", "asked") against an order ("required", "directed"); an
    #: article that says the stronger where the source says the weaker of the same thing changes the modality (not
    #: "order": "ordered Federal aid" is aid given)
    obligations: tuple[tuple[str, str], ...] = ()
    #: words of change in one direction and in the other (up: "increased", "higher", "greater"; down: "decreased",
    #: "lower", "reduced"): a word of one said of the same thing as a word of the other is of opposite sense, as a
    #: pair of :attr:`antonyms` is ("a 17% higher risk of ..." / "a 17% decreased risk of ...")
    directions: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    #: folded nouns of the people behind a study ("researchers", "scientists", "the authors"): where a source credits
    #: a finding to them ("according to scientists at ...", "say the authors"), an article may credit it to a person
    #: the source names as one of them ("Nancy Avis, ..., lead author of the study")
    team_nouns: frozenset[str] = frozenset()
    #: folded words that, right after a passive verb, name who does it ("rejected by the FDA"): the subject of the
    #: same verb in the active voice (issue 18, session 12)
    passive_agents: frozenset[str] = frozenset()
    #: quantifiers that make a superlative before an adjective or an adverb ("the most frequent symptoms", "most
    #: widely used"): a degree, no scope (folded words)
    superlatives: frozenset[str] = frozenset()
    #: the folded words that pick one member of a set before "of the" ("one of the criteria", "any of the
    #: criteria"): a scope, class ``one of``
    one_of: frozenset[str] = frozenset()
    #: folded nouns that count the same people where a report gives a number of them ("a trial of 717 patients" / "a
    #: trial of 717 people"): one thing counted, for the number check (not men, women or children: parts of them)
    counted_people: frozenset[str] = frozenset()
    # ------------------------------------------------------------------ figures and names (issue 18, session 13)
    #: folded names of a group of people -> the folded words of other names of the same people ("black" -> "african
    #: american"): an article that uses one where the source uses the other names no other group
    group_aliases: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # ------------------------------------------ statistics, bounds, effects, documents (issue 18, session 13)
    #: pairs of verbs (words, compared by lemma stem) of one act at two strengths, the weaker first: an effect made
    #: whole ("reduce hair loss" / "prevent hair loss") or a step made its outcome ("proposed" / "approved"); an
    #: article that says the stronger where the source says the weaker of the same thing overstates it (`modality`)
    overstatements: tuple[tuple[str, str], ...] = ()
    #: words (compared by lemma stem) that state an association, no cause ("associated with", "linked to"): a source
    #: finding so worded, stated by the article with a verb of change ("may cut the risk"), is made an effect
    associations: frozenset[str] = frozenset()
    #: folded words or word pairs before an amount that bound it, -> "upper" ("nearly", "up to", "less than") or
    #: "lower" ("more than", "over", "at least"): the same amount bounded from the other side is another amount
    bounds: Mapping[str, str] = field(default_factory=dict)
    #: folded names of a statistic, -> the statistic ("average" and "mean" -> mean, "median"): the same figure given
    #: as another statistic ("an average of 8.2 months" / "median 8.2 months") is another figure
    statistics: Mapping[str, str] = field(default_factory=dict)
    #: the folded words a source's heading opens with that say it is a document about another ("fact sheet"), and the
    #: folded nouns of the documents such a text describes ("order", "proclamation"): an article that credits the
    #: source's own words to "the order" credits them to a text that is not the source (`attribution`)
    self_labels: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    #: lemma keys of the verbs that credit words to a document, besides the speech verbs ("the order reads")
    document_verbs: frozenset[str] = frozenset()
    # ------------------------------- causes, instruments, bounds, widened scope (issue 18, session 14, disc2)
    #: folded word sequences, space-separated, that state a cause ("as a result of", "because of", "due to"): the
    #: article that gives as a cause what the source's sentence only infers ("..., suggesting lower interest rates
    #: are beginning to boost") drops a hedge (`modality`)
    causal_links: frozenset[str] = frozenset()
    #: the folded nouns of the instruments a head of government signs, -> the instrument ("proclamation",
    #: "order" of "executive order", "memorandum", "memo"): an article that names another instrument than the one
    #: the source signs or is ("A PROCLAMATION", "this proclamation") names another document (`name`)
    instruments: Mapping[str, str] = field(default_factory=dict)
    #: folded verbs that put an instrument into force ("signed a proclamation", "issued an executive order")
    signing_verbs: frozenset[str] = frozenset()
    #: folded word sequences before an amount that give it as a maximum ("up to", "as many as"): an article that
    #: gives the same amount as a round or approximate one ("around $500", "$500") states the most as the usual
    maxima: frozenset[str] = frozenset()
    #: folded words of permission or possibility ("allows", "can", "may"), or of a penalty one is exposed to ("faces"):
    #: before an amount, they make it a most already ("allows tariffs for 150 days" for "for up to 150 days", "face 15
    #: years behind bars" for "face up to 15 years")
    capacities: frozenset[str] = frozenset()
    #: folded words before an amount that make it approximate, no bound ("approximately", "about", "around")
    approximations: frozenset[str] = frozenset()
    #: folded word pairs right after an amount that bound it with the amount itself in (``"and younger"`` ->
    #: "upper", ``"or more"`` -> "lower"), and folded words or pairs before one that bound it without it
    #: (``"under"``, ``"younger than"`` -> "upper"): "under the age of 12" leaves out the 12-year-olds "12 years of
    #: age and younger" takes in
    inclusive_bounds: Mapping[str, str] = field(default_factory=dict)
    strict_bounds: Mapping[str, str] = field(default_factory=dict)
    #: folded word sequences before an amount that give it as a least with the amount itself in ("at least", "a
    #: minimum of"): an article that puts one, or a strict lower bound ("more than"), before an amount the source
    #: gives plainly or about ("for 18 months" / "for at least 18 months") opens it upward (`quantifier`)
    minima: frozenset[str] = frozenset()
    #: folded last words of a bound right before an amount ("more than", "fewer than", "at least"): the amount is
    #: written as a bound, no exact figure
    bound_ends: frozenset[str] = frozenset()
    #: folded words that may stand between such a bound and its amount ("under the age of 12", "12 years of age
    #: and younger")
    bound_fillers: frozenset[str] = frozenset()
    #: folded adjectives that widen a noun to the whole of it ("overall", "total", "general"): put in the place of
    #: the source's narrowing adjective before the same noun ("physical quality of life" / "overall quality of
    #: life"), the finding is widened (`quantifier`)
    wholes: frozenset[str] = frozenset()
    #: folded prepositions that restrict the noun before them to a part ("people in the UK", "ASD with intellectual
    #: disability", "among women"): the phrase dropped where the article copies the words around it widens a
    #: finding (`quantifier`)
    restrictors: frozenset[str] = frozenset()
    #: folded nouns that name a finding's measure ("risk", "likelihood", "rate"): with a figure, they make the noun a
    #: restricting phrase follows a finding's population
    measures: frozenset[str] = frozenset()
    #: folded words that join the two figures of a share ("1 in every 100 people", "3 of 10 adults"): such a share,
    #: like a measure, makes the noun after it a finding's population
    share_words: frozenset[str] = frozenset()
    #: folded words that open a comparison after the word before them ("relative to mothers", "higher than"): that
    #: word is no word of a restricting phrase
    comparison_words: frozenset[str] = frozenset()
    #: folded word pairs before a noun that single one thing out ("a specific vendor", "a single donor"): the
    #: article that makes it many ("certain vendors") widens who did it (`quantifier`)
    singled_out: frozenset[str] = frozenset()
    #: folded words that count the noun after them as one ("a", "one", "the", "this"): a plural after one is no
    #: one thing made many
    one_determiners: frozenset[str] = frozenset()
    # ------------------------------- misspelt names (issue 18, session 15, disc2)
    #: pairs of folded letter strings, space-separated, that two spellings of one word alternate ("s z":
    #: "Organisation" / "Organization"; "ou o": "Labour" / "Labor"): a name written with the other one is a
    #: spelling of the language, not a misspelling of the name
    spelling_alternations: frozenset[str] = frozenset()
    #: the endings (lower case) that make a people's or a thing's word of a place's name, its last letter dropped at
    #: most ("Omani", "Kenyan", "Canadian", "Chinese"): "the Omani Sultan" is Oman's, no other name in its place
    demonym_endings: frozenset[str] = frozenset()
    # ------------------------------- offices (issue 18, session 15, disc2)
    #: folded nouns of an office a person holds ("attorney", "director", "president"), the word a rank or a level
    #: stands before ("Associate Director", "State Attorney")
    office_heads: frozenset[str] = frozenset()
    #: folded words before an office that rank it or place it in a level of government, -> their class ("assistant",
    #: "deputy" -> "rank"; "county", "state" -> "level"): the same person given another of the same class for the
    #: same office holds another office ("assistant director" / "Associate Director", "County Attorney" / "State
    #: Attorney")
    office_ranks: Mapping[str, str] = field(default_factory=dict)
    #: folded words joined by a hyphen after an office that say it is not held yet ("president-elect"): given to a
    #: person the source gives the office without one, the office is another
    office_statuses: frozenset[str] = frozenset()
    #: the ranks of ``office_ranks`` that put a person below the office's holder ("deputy", "assistant", "acting"):
    #: the office given without one to a person the source gives it only with one makes the deputy the head
    office_deputies: frozenset[str] = frozenset()
    #: folded verbs of the stages of a criminal case, earliest first ("arrest", "charge", "indict", "convict",
    #: "sentence"): an article that says a person was indicted where the source only arrests and charges them, and
    #: names no stage as late, reports a later stage than the source's (`modality`, a stronger act)
    case_stages: tuple[str, ...] = ()
    # ----------------------------------------------------- planted kinds and false flags (issue 18, session 15, disc)
    #: folded verbs of a request or an instruction ("asked", "urged", "told"): a negated infinitive after one ("asking
    #: tenants not to contact inspectors") says what was bidden, no polarity of the verb; a source that states the
    #: act otherwise ("when they contact inspectors") is not negated by it
    request_verbs: frozenset[str] = frozenset()
    #: folded words that join two amounts of one list: a coordinator, or one before the first part of a whole ("4,500
    #: people, including 2,500 children")
    list_joins: frozenset[str] = frozenset()
    # ----------------------------------------------------- words the checks above read (review, session 15)
    #: folded determiners and possessives that single a noun out ("the nominee", "his nominee"): "one of" the
    #: article adds widens only such a noun, not a list's bare label
    definite_determiners: frozenset[str] = frozenset()
    #: folded words that join the words of one name ("Department of Homeland Security", "Center for American
    #: Progress"); those a run of capitalised words goes on over, a source's initials read ("Food and Drug
    #: Administration", "the Secretary of the Treasury"); and those a titled name's run takes in, whose one word in
    #: another form is a `name` conflict ("Security of Information Act", "Commission on Civil Rights")
    name_connectors: frozenset[str] = frozenset()
    run_connectors: frozenset[str] = frozenset()
    titled_name_connectors: frozenset[str] = frozenset()
    #: folded word pairs, space-separated, that join the words of one name as one connector does ("of the": "the
    #: Department of the Treasury")
    name_connector_pairs: frozenset[str] = frozenset()
    #: folded words passed over between an office and the comma after the name before it ("Heriberto Martinez, a
    #: former assistant director"): articles and the words of a past or passing office
    office_fillers: frozenset[str] = frozenset()
    #: folded words that mark a person's past office when a name follows them ("former ... Judge Ed Emmett"): who
    #: someone was, not another instance of a figure after it
    past_office_words: frozenset[str] = frozenset()
    #: folded words that open a clause or phrase set between commas after a name, which says who the name is ("Maria
    #: Lopez, who led the trial, said", "Maria Lopez, a professor at the university, said")
    apposition_openers: frozenset[str] = frozenset()
    # ----------------------------------------------------- news conventions (disc, session 16)
    #: folded words that make a name a news outlet's ("the Daily Courier", "the Washington Examiner", "Reuters"),
    #: and the folded nouns that introduce one ("local news outlet Stuff"): a credit to an outlet is the article's
    #: own source named, no speaker in the place of the source's
    news_outlets: frozenset[str] = frozenset()
    news_outlet_nouns: frozenset[str] = frozenset()
    #: folded pairs of words that say the name before them is also called the name after them ("The Swedish FSA --
    #: known as Finansinspektionen"): the two are one issuer's names (alignment/engine/discrepancies.py,
    #: ``issuer_aliases``)
    alias_marks: frozenset[tuple[str, str]] = frozenset()
    #: folded words that stop or deny what follows them in their sentence ("will suspend the offering of teller
    #: services", "dismiss the fake article about a new currency"): an article that negates it says no other
    #: (realdisc, session 21)
    privatives: frozenset[str] = frozenset()
    #: folded phrases of a negation that negate their clause's verb, not the word after them ("At no time ... did I
    #: sign", "under no circumstances will we accept"): the verb is the word negated (realdisc, session 22; not "no
    #: longer", a change of state: "transmission is no longer high" restates a move down from "high")
    clause_negations: frozenset[str] = frozenset()
    #: folded prepositions of place that also mark a verb's target ("shot at", "fired on", "relied on"): after two
    #: different verbs, two names are in two roles (realdisc, session 22)
    target_prepositions: frozenset[str] = frozenset()
    #: folded prepositions that make what follows one of a set, as "one of" does ("among the first people" / "one
    #: of the first conversations": realdisc, session 22)
    member_prepositions: frozenset[str] = frozenset()
    #: folded quantifiers a majority entails: an article's "many of the recipients" for the source's "most
    #: recipients" says nothing false (realdisc, session 21)
    majority_entailed: frozenset[str] = frozenset()
    #: folded phrases before the date a tally is given as of ("As of Aug. 14, a total of 22 firearms"): no day of
    #: an event the tally counts (realdisc, session 21)
    tally_dates: frozenset[str] = frozenset()
    #: folded words whose stem is a hedge's and that hedge nothing ("would like to remind": "likely")
    hedge_homographs: frozenset[str] = frozenset()
    #: folded words (and pairs "going to") before a verb that put it in the future, as "will" does ("plans to", "is
    #: set to"): news prose's "is expected to" of a future act the source announces says no less than its "will"
    futures: frozenset[str] = frozenset()
    #: folded participles of hedging verbs news prose puts in the passive before "to" for an act to come ("is
    #: expected to be charged", "is hoped to open"), said of what the source puts in the future (:attr:`futures`)
    news_futures: frozenset[str] = frozenset()
    #: folded words that make a date or a figure after them in their clause one of another instance of the thing
    #: ("a backup launch opportunity on Nov. 18", "originally scheduled for Nov. 14", "the previous quarter's 1.3%"),
    #: and those that do so right after it ("3.4% a year earlier"); "from" does after a word of change ("up from
    #: 1.3%", "rose to 2.2% from 1.3%": ``changes`` and :attr:`directions`)
    other_instances: frozenset[str] = frozenset()
    other_instances_after: frozenset[str] = frozenset()
    origins: frozenset[str] = frozenset()
    changes: frozenset[str] = frozenset()
    #: folded words after which the words up to the next verb name what a figure or a name leaves out, not what it
    #: is of ("the core rate, which excludes energy and food prices, was 1.1%": no rate of food)
    exclusions: frozenset[str] = frozenset()
    #: folded words that make an amount an increment, the ones added to a count, not the count ("seven additional
    #: counties", "another 500 troops", "12 more states": never the same thing as "all 55 counties")
    increments: frozenset[str] = frozenset()
    #: folded words that make the number after them negative, as a minus sign does ("minus 0.75 percent"): a conflict
    #: with the source's unsigned figure, and no detail where the source writes the sign as a mark ("-0.20 per cent";
    #: alignment/engine/details.py, ``signed_figure``)
    minus_words: frozenset[str] = frozenset()
    #: folded scale words the number words do not fold, with their value ("40 lakh" = 4 million, "2 crore")
    scale_words: Mapping[str, float] = field(default_factory=dict)
    #: folded short forms of "basis points" after a number ("25 bps", "25 bp")
    basis_point_units: frozenset[str] = frozenset()
    #: folded prepositions that tie a name to a role or a thing as a place's do ("ambassador to Guinea", "attorney for
    #: Colorado", "patients with AML"): on a close pair, the same one before a dropped name and a new one
    role_prepositions: frozenset[str] = frozenset()
    # ----------------------------------------------------- real articles' false flags (issue 18, session 19, realdisc)
    #: folded verbs of speech whose object is the one spoken to ("tells The Associated Press that ..."): the name
    #: after them is the listener, a reporter or an outlet, never the speaker
    listener_verbs: frozenset[str] = frozenset()
    #: folded nouns of the words a line ending in a colon introduces as someone's ("NASA issued the following
    #: statement from William Gerstenmaier, associate administrator ...:"): such a line of any length names, after
    #: the noun, the speaker of the quotation that follows
    lead_in_nouns: frozenset[str] = frozenset()
    #: folded pronouns by which an organisation speaks of itself in its own statement ("we have no further details"):
    #: the organisation its first sentence opens with is its issuer
    first_person_plural: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Language:
    """Every language-specific table the text and engine rules read. One instance per language module."""

    code: str  # ISO 639-1, as spaCy's ``nlp.lang``
    name: str
    stemmer: str  # a Snowball stemmer's language name
    stop_words: frozenset[str]
    number_words: Mapping[str, str]
    month_abbreviations: Mapping[str, str]
    months: frozenset[str]
    scale_suffixes: Mapping[str, int]
    hedges: frozenset[str]
    point_fractions: Mapping[str, float]
    prepositions: frozenset[str]
    phrase_aliases: Mapping[tuple[str, str], str]
    acronym_aliases: Mapping[str, str]
    spelling_words: Mapping[str, str]
    our_stems: tuple[str, ...]
    re_stems: tuple[str, ...]
    ae_oe: tuple[tuple[str, str], ...]
    ise_exceptions: frozenset[str]
    ll_keep: frozenset[str]
    abbreviations: frozenset[str]
    claim_break_tags: frozenset[str]
    not_breaking: frozenset[str]
    break_after_pos: frozenset[str]
    not_break_after_tags: frozenset[str]
    finite_tags: frozenset[str]
    nonfinite_tags: frozenset[str]  # verb forms that are not finite: a title line with one is a headline's claim
    clause_conjunctions: frozenset[str]  # after a comma, may open a coordinated clause with a subject of its own
    wh_tags: frozenset[str]  # "which", "who", "whose" opening a clause
    past_tense_tag: str  # the tag of a verb in the past tense
    possessives: frozenset[str]  # the possessive endings a tagger may give as punctuation ("'s")
    dangling: tuple[str, ...]
    boilerplate: tuple[re.Pattern[str], ...]
    boilerplate_sections: re.Pattern[str]
    boilerplate_paragraphs: tuple[re.Pattern[str], ...]
    end_of_release: re.Pattern[str]
    dateline: re.Pattern[str]
    elisions: re.Pattern[str]
    conflicts: ConflictWords
    #: "<word> of <determiner>" that reads the same without "of" ("all of the types" / "all the types"): the
    #: words before and the determiners after; a quotation that drops that "of" is a variant, not an alteration
    optional_of: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    #: a sentence that only points at a document behind a link the text lost ("The governor's letter ... may be found
    #: here.", "President Joe Biden's proclamation can be found here."): furniture of a web page, no claim
    link_pointer: re.Pattern[str] | None = None
    #: the word every match of ``link_pointer`` holds ("here"), in that pattern's case: a segment without it is no
    #: pointer and the pattern, whose alternatives are tried at every character, is not searched ("" : always searched)
    link_pointer_word: str = ""
    #: folded word sequences that open an attribution closing a claim ("according to" the study): where the claim
    #: comes from, which an article reporting the claim may leave out, and which relates no two claims, wherever it
    #: stands (alignment/engine/align.py)
    attributions: tuple[tuple[str, ...], ...] = ()
    #: folded words that, after the comma closing an attribution inside a claim, go on with the attribution or open a
    #: clause of its own (", which was funded by ..."), where any other word resumes the claim ("said that, according
    #: to the indictment, the defendants ...": the attribution is set off, the words after it are the claim's)
    attribution_tails: frozenset[str] = frozenset()
    #: folded words that, after a comma or a dash, turn a statement into a tag question ("..., right?"): the
    #: sentence still asserts what comes before (alignment/text/segment.py, ``is_question``)
    question_tags: frozenset[str] = frozenset()
    #: folded verbs that report a question ("asked"), and the words that open the question they report ("if",
    #: "whether"): "The President was asked today if he expected us to take action" reports a question, and asserts
    #: none of it (alignment/text/segment.py, ``is_question``)
    asking_verbs: frozenset[str] = frozenset()
    asked_openers: frozenset[str] = frozenset()
    #: a reported question as a clause of its own before the main clause, which answers it: the participle
    #: (``asked_participles``) opening the sentence or after one of ``asked_subordinators`` ("When asked if ..., X
    #: said that ...")
    asked_participles: frozenset[str] = frozenset()
    asked_subordinators: frozenset[str] = frozenset()
    #: the outlet or the source a headline credits after a dash, at its end ("... For Japan - White House", "... again
    #: - Voice of America"): furniture cut off the title line (alignment/text/blocks.py); ``None``: none is looked for
    headline_credit: re.Pattern[str] | None = None
    # ------------------------------------------------------------------ claims: the signer of a first-person text
    #: the pronouns by which the one who signs an official text speaks of themself ("I signed", "greet me"): the
    #: person the article names ("Biden", "the President") (alignment/engine/align.py, ``signer_keys``)
    first_person: frozenset[str] = frozenset()
    #: the signer named in the text: "I, DONALD J. TRUMP, President of ..." (group 1: the name)
    signer_opening: re.Pattern[str] | None = None
    #: folded short forms of given names -> the full form ("joe" -> "joseph"): "President Joe Biden" names the
    #: "President Joseph R. Biden, Jr." of the official text (alignment/text/normalize.py)
    given_names: Mapping[str, str] = field(default_factory=dict)
    #: folded adverbs of the speaker's stance ("obviously", "really"): how sure or frank the speaker is, not what
    #: happened; alone, they are no unsupported detail (alignment/engine/details.py)
    stance_adverbs: frozenset[str] = frozenset()
    #: folded words that place an event relative to when the text was written ("yesterday", "recently"): the
    #: article's own frame, not a date the source fails to give; alone, they are no unsupported detail
    #: (alignment/engine/details.py)
    relative_times: frozenset[str] = frozenset()
    #: folded prepositions after which a name is a place: "in Annapolis", "from Turkey" (alignment/engine/details.py)
    place_prepositions: frozenset[str] = frozenset()
    #: folded prepositions that head a span of time and join the detail they open, as ``prepositions`` do: "within a
    #: year", "before 2030" (alignment/engine/details.py)
    time_prepositions: frozenset[str] = frozenset()
    #: folded units of time -> (the unit they are counted in, how many of it): "80 years" is "eight decades"
    #: (alignment/engine/details.py)
    time_units: Mapping[str, tuple[str, int]] = field(default_factory=dict)
    #: folded prepositions that put a noun's complement after it: "the flow of aid" is "aid flow"
    #: (alignment/engine/details.py)
    genitive_prepositions: frozenset[str] = frozenset()
    #: folded words after which a noun names the parties a text is about, whatever the noun: "both sides",
    #: "both leaders" (alignment/engine/details.py)
    pair_words: frozenset[str] = frozenset()
    #: folded word sequences that link a sentence to the text around it ("in particular", "in addition"): the
    #: article's signposts, never a detail of their own (alignment/engine/details.py)
    discourse_markers: tuple[tuple[str, ...], ...] = ()
    #: folded forms of the verb that links a subject to what is said of it ("was", "is"): in `he said he was
    #: “concerned”` the quoted word is the speaker's, reported (alignment/engine/quotes.py)
    copulas: frozenset[str] = frozenset()
    #: folded verbs after which "the" and a rank word rank the claim's subject: a copula's forms but its participle
    #: ("would be the first judge to ...", not "being the first"), and "become" ("will become the first Black lawyer
    #: to oversee ..."; alignment/engine/statuses.py)
    ranking_verbs: frozenset[str] = frozenset()
    #: folded words by which a source means the day it is issued on ("Today, the Director endorsed ..."), which an
    #: article restating the sentence writes as that date ("On Feb. 4, the Director endorsed ..."; alignment/engine/
    #: details.py)
    issue_day_words: frozenset[str] = frozenset()
    #: the folded words after a day of a month that put it in the year the text is written ("6 June this year"), which
    #: an article may write out as a year ("June 6, 2019"; alignment/engine/details.py, ``of_this_year``; (): none)
    this_year: tuple[str, ...] = ()
    #: nouns an ordinal counts years with, the source's span of years ("the 23rd anniversary" for "23 years ago";
    #: alignment/engine/details.py, ``_anniversary``)
    anniversary_nouns: frozenset[str] = frozenset()
    #: the folded noun and the word after it that a person's age follows ("at the age of 12"), the source's "12 years
    #: old" (alignment/engine/details.py; (): none)
    age_of: tuple[str, ...] = ()
    # ------------------------------------------------------------------ quotes: naming verbs (issue 15, session 8)
    #: lower-case forms of the verbs that name or rate something ("called the plan “encouraging”", "termed the
    #: order a “historic” deal"): with someone else as their subject, the quoted words are that someone's, reported
    #: (alignment/engine/quotes.py)
    naming_verbs: frozenset[str] = frozenset()
    #: lower-case words that, right after a naming verb, make it another verb ("called on", "called for"), or that,
    #: between it and the quotation, open another clause ("called the governors to discuss the “historic” deal")
    naming_particles: frozenset[str] = frozenset()
    naming_breaks: frozenset[str] = frozenset()
    #: lower-case pronouns of the speaker and the one spoken to ("we'll call it “QIS”", "you can't call it
    #: “misinformation”"): a term named by the text's own voice, not someone else's words; and the words that show
    #: a subject just before a naming verb with no object of its own ("what he calls “reform”", "which the mayor
    #: called “historic”"), unlike "a drug called “Zorvex”"
    speaker_pronouns: frozenset[str] = frozenset()
    naming_subjects: frozenset[str] = frozenset()
    # ------------------------------------------------------------------ quotes: reported clauses (issue 15, session 9)
    #: lower-case subject pronouns and the verbs after them ("that it was a", "that he had a") that turn someone's
    #: own sentence into reported speech: `told reporters that it was a “good conversation”` (alignment/engine/
    #: quotes.py); and the words that join two quotations ("“soft side” as well as a “tough side”"): the second is
    #: given as the first is
    reported_subjects: frozenset[str] = frozenset()
    #: object pronouns that stand as such a subject after a quantifier's "of": `said that both of them felt “deeply
    #: honored”` (issue 15, session 16)
    reported_partitives: frozenset[str] = frozenset()
    reported_verbs: frozenset[str] = frozenset()
    quote_coordinators: tuple[tuple[str, ...], ...] = ()
    #: lower-case words that open the clause a speech verb reports, right before the opening mark (`said that “real
    #: progress” had been made`): the quotation begins the speaker's clause, their words (issue 15, session 13)
    reported_openers: frozenset[str] = frozenset()
    #: folded forms of the word a percent sign stands for ("percent", "pct"; two words joined: "per cent"): a number
    #: written "4.5%" in a quotation and "4.5 percent" in its source is a variant, not a word dropped (session 13)
    percent_words: frozenset[str] = frozenset()
    # ------------------------------------------------------------------ quotes: "as" complements, terms (session 10)
    #: lower-case forms of the verbs that appraise someone, with an object and an "as" complement (`recognized
    #: Geingob as a “great statesman”`, `remembered him as an “outstanding leader”`) or a quality of a named person
    #: in the possessive (`acknowledged Mays’ “quiet example”`): the quoted words are the subject's, reported
    #: (alignment/engine/quotes.py); and the nouns that present the quoted words as a term, mentioned rather than
    #: said (`the statutory definition of who is “engaged in the business”`, `the phrase “…”`): a scare quote
    appraisal_verbs: frozenset[str] = frozenset()
    term_nouns: frozenset[str] = frozenset()
    #: folded words that only add to what came before ("They also discussed"): a quotation that drops one without
    #: marking it is still the speaker's sentence, ``near`` (alignment/engine/verify.py)
    quote_additives: frozenset[str] = frozenset()
    #: lower-case function words a plural's possessive may stand before ("the workers’ own"): after an s, a closing
    #: single mark followed by one of them is an apostrophe, by another function word it may close a double
    #: quotation (`“immense sadness’ at`: alignment/engine/quotes.py, session 23)
    possessive_followers: frozenset[str] = frozenset()
    #: lower-case phrases that sign a bracketed gloss as the editor's ("Editor's Note", "ed."): round brackets inside
    #: a quotation that hold one are the editor's words, marked, as square brackets are (alignment/engine/verify.py)
    editor_notes: tuple[str, ...] = ()
    #: the endings that inflect a word (plural, third person, past, participle, comparative): two quote and source
    #: words with one stem are a ``variant`` of one word only when what follows their common start is one of these
    #: on each side ("bid"/"bidding", "policy"/"policies"), not a word made from another ("investigators" for
    #: "investigation": ``altered``) (alignment/engine/verify.py, issue 15, session 15)
    inflection_endings: frozenset[str] = frozenset()
    #: folded words for the currencies a sign stands for ("dollars" for "$"): a figure before one is the source's figure
    #: written with the sign, no new phrase (alignment/engine/details.py, session 15)
    currency_words: frozenset[str] = frozenset()
    # ------------------------------------------------------------------ quotes: claims (issue 15, session 14)
    #: lower-case forms of the verbs that make a claim of their object (`Biden declaring an economic victory over
    #: the deficit, a “manufacturing boom”`, `touted a “record” year`): quoted words in that object are the subject's
    #: claim, reported (alignment/engine/quotes.py); and how many words past the coordinator a quotation joined to
    #: one so given may stand (`a “manufacturing boom” and winning against “Big Pharma”`)
    claim_verbs: frozenset[str] = frozenset()
    coordinated_extra_words: int = 0
    #: lower-case words that, right before a quotation, present it as the writer's term (`a so-called “Iron
    #: Dome”`): a scare quote even where the text quotes the same words as someone's elsewhere
    term_markers: frozenset[str] = frozenset()
    #: lower-case relative pronouns: one right before a detail opens the clause that is the detail ("which directs
    #: many of the federal programs", "who joined the bank last month") and joins it (alignment/engine/details.py)
    relative_pronouns: frozenset[str] = frozenset()
    #: folded forms of the verbs that keep a thing as it was ("held the rate", "kept", "left", "maintained") and the
    #: words that say it stayed so ("steady", "unchanged"): "held its rate steady" for a source's "held its rate at
    #: 5%" is the source's decision in the article's words, no detail (alignment/engine/details.py)
    hold_verbs: frozenset[str] = frozenset()
    hold_complements: frozenset[str] = frozenset()
    # ------------------------------------------------------------------ details: figures and channels (session 10)
    #: a unit written as two words, by its first word, second word and the one-word unit it is ("per cent":
    #: "percent"); and the prepositions that head the channel a text came by ("via the White House website"), which
    #: join the detail they head (alignment/engine/details.py)
    split_units: tuple[tuple[str, str, str], ...] = ()
    #: folded words of units of measure, each to its unit's one name ("feet": "foot", "metres": "meter"; an area
    #: is "square" and the unit), and how many of the second unit one of the first is ("square foot", "square
    #: meter", 0.0929): a figure in brackets right after another, that figure in another unit ("90,000-square-foot
    #: (8,360-square-meter)"), restates it (alignment/engine/details.py, ``_conversions``)
    measure_units: Mapping[str, str] = field(default_factory=dict)
    #: folded nouns of a change in a rate and the words that may qualify them ("1.25 percentage points", which an
    #: article writes "1.25 points"; alignment/engine/details.py, ``source_keys``)
    point_nouns: frozenset[str] = frozenset()
    point_qualifiers: frozenset[str] = frozenset()
    unit_conversions: tuple[tuple[str, str, float], ...] = ()
    channel_prepositions: frozenset[str] = frozenset()
    #: folded nouns for the medium a text or a remark came by ("said in an email", "in a video"): after a preposition
    #: of place or channel, a fact of how the news was given, no rewording of a counterpart's word, however much of
    #: the claim the counterparts hold (alignment/engine/details.py)
    channel_nouns: frozenset[str] = frozenset()
    #: folded prepositions of place that head a medium's noun (``channel_nouns``) as ``channel_prepositions`` do:
    #: "in an email", "on a podcast" (alignment/engine/details.py)
    medium_prepositions: frozenset[str] = frozenset()
    #: conjunctions that make the phrase of a preposition after them a circumstance ("while on Air Force One"): they
    #: join the detail the preposition heads
    circumstance_conjunctions: frozenset[str] = frozenset()
    #: folded forms of the verbs that publish a text, and the nouns for what a text gives: "the White House released
    #: information", "the federal government on Tuesday released the number of ...": the article's frame for the
    #: source's publication, with its subject and date, never a detail (alignment/engine/details.py)
    release_verbs: frozenset[str] = frozenset()
    information_nouns: frozenset[str] = frozenset()
    # ------------------------------------------------------------------ details: ranks and roles (issue 15, session 9)
    #: folded words that rank what they qualify ("the first Muslim American judge", "the third out lesbian on a
    #: circuit court"): with what they rank, a claim the reader may not have (alignment/engine/details.py)
    rank_words: frozenset[str] = frozenset()
    #: folded words that may stand before a role's title ("former President", "then Senator")
    role_modifiers: frozenset[str] = frozenset()
    #: folded words that say what a figure right before them measures ("90 percent", "60 days"; with the scales,
    #: periods and currencies): the same figure in another unit is another fact (alignment/engine/details.py)
    figure_units: frozenset[str] = frozenset()
    #: folded number words that are rather an article than a count ("One map shows ..." says "a map"): a detail whose
    #: only numbers are these states no figure (alignment/engine/statuses.py)
    article_numbers: frozenset[str] = frozenset()
    #: folded articles, which may stand between a time preposition and its detail: "within a year"
    #: (alignment/engine/details.py)
    articles: frozenset[str] = frozenset()
    # ------------------------------------------------------------------ details: what a news writer adds (issue 15)
    #: folded words beside a name that are no name of their own: honorifics and company suffixes ("said Dr. X",
    #: "Amgen Inc"); the name is the information (alignment/engine/details.py)
    name_affixes: frozenset[str] = frozenset()
    #: folded word sequences that say how much something matters, not what it is ("particular emphasis", "a focal
    #: point", "key"): the article's weighing of what the source says (alignment/engine/details.py)
    emphasis_words: tuple[tuple[str, ...], ...] = ()
    #: folded nouns that relate what a sentence says to the things it names and name nothing themselves ("noting the
    #: potential for ...", "recognising the link between security and prosperity", "the strength of the partnership";
    #: alignment/engine/details.py)
    relational_nouns: frozenset[str] = frozenset()
    #: folded word sequences that name the kind of document a source is ("said in a press release", "in its
    #: statement"): where the reader's information comes from, the source itself (alignment/engine/details.py)
    source_documents: tuple[tuple[str, ...], ...] = ()
    #: folded word sequences of figurative stock phrases that frame what they restate ("pave the way for", "next
    #: steps", "marks another chapter"): the article's wording, no fact of their own (alignment/engine/details.py)
    stock_phrases: tuple[tuple[str, ...], ...] = ()
    #: folded words that place a date within its month or year ("mid-March", "early 2017"): with the month or year
    #: found, the date's own words (alignment/engine/details.py)
    date_modifiers: frozenset[str] = frozenset()
    #: stems of the words of a comparison -> its direction ("lower" and "less" -> "down"): "lower than one percent"
    #: is the source's "less than one" (alignment/engine/details.py)
    comparatives: Mapping[str, str] = field(default_factory=dict)
    #: folded nouns for the people who speak or act for an organisation ("Administration officials", "White House
    #: aides"): right after the organisation's name, a name the source gives, they are the organisation
    #: (alignment/engine/details.py)
    member_nouns: frozenset[str] = frozenset()
    #: folded relative times that place an event after or before another ("a week later", "soon promoted"): a
    #: sequence the reader may not have, not the article's own time frame (alignment/engine/details.py)
    sequence_times: frozenset[str] = frozenset()
    #: folded openings, each a tuple of words, of a sentence that recalls an earlier event ("Earlier, Qatar
    #: condemned ...", "Last month, the Governor said ..."; with a comma after them: alignment/engine/statuses.py)
    earlier_openers: tuple[tuple[str, ...], ...] = ()
    #: lower-case words that may open a sentence before its time adverbial ("And earlier, ..."; alignment/engine/
    #: statuses.py)
    leading_conjunctions: frozenset[str] = frozenset()
    #: folded words that open a clause of their own (a subordinate or relative clause, reported speech): a verb
    #: after one is not the sentence's main verb (alignment/engine/statuses.py)
    clause_openers: frozenset[str] = frozenset()
    #: folded words that bound a figure ("more than", "at least", "up to", "just"): with a new figure, part of it
    #: (alignment/engine/details.py)
    figure_bounds: frozenset[str] = frozenset()
    #: folded parts of a day ("Friday morning", "Tuesday evening"): with the day, the article's frame
    #: (alignment/engine/details.py)
    day_parts: frozenset[str] = frozenset()
    #: folded marks of a time of day after its hour ("2 p.m.", "9 am"): the number is an hour, not a count
    #: (alignment/engine/details.py, ``_clock_times``; alignment/engine/discrepancies.py, ``_date_line``)
    clock_marks: frozenset[str] = frozenset()
    #: the folded ``clock_marks`` that put the hour after noon ("2:30 p.m." is "14:30"; alignment/engine/details.py)
    afternoon_marks: frozenset[str] = frozenset()
    #: the endings (of stems, lower case) that make a place's name a name for its people: "Virginia" ->
    #: "Virginians", "Michigan" -> "Michiganians", "Texas" -> "Texans" (alignment/engine/details.py)
    people_suffixes: frozenset[str] = frozenset()
    #: a line that opens a question in a transcript of an exchange (a briefing, a press call, an interview: "Q How
    #: many ..."); a text holding a few is a record of questions and answers, not a release
    #: (alignment/discovery/terms.py, ``is_exchange``). The default matches nothing.
    question_turn: re.Pattern[str] = re.compile(r"(?!)")
    #: folded verbs that only point at what follows a colon ("include the following:", "are as follows:"): a
    #: lead-in whose only verbs are these (or speech verbs) states nothing itself (alignment/text/segment.py)
    lead_in_verbs: frozenset[str] = frozenset()
    #: folded nouns that name what follows a colon ("Here is a list of the nominees:", "The full list of counties that
    #: qualify:"): a verb after one describes the list's entries, not a fact the lead-in states
    lead_in_nouns: frozenset[str] = frozenset()
    # ------------------------------------------------------------------ claims: a people's word for its country
    #: folded adjectives of a country or its people -> the folded name of the country ("russian" -> "russia"): "the
    #: purchase of Russian Federation oil" and "buying energy from Russia" name one country (alignment/engine/
    #: match.py: the adjective is also found where the country is named, and back)
    demonyms: Mapping[str, str] = field(default_factory=dict)
    #: folded postal codes of a country's regions -> their folded names ("ga" -> "georgia"): a table's row labelled
    #: by the code ("GA 1,506,100 1,039,100") names the region a story writes out (alignment/engine/match.py; read
    #: in a table's row only)
    region_codes: Mapping[str, str] = field(default_factory=dict)
    #: folded abbreviations of a country's regions as newspapers write them with a stop ("calif" -> "california",
    #: "Sacramento, Calif."): with ``region_codes``, the state a place is in after its comma, which a quotation may
    #: write out or abbreviate (alignment/engine/verify.py: a variant, not a word changed)
    region_abbreviations: Mapping[str, str] = field(default_factory=dict)
    #: folded abbreviations of :attr:`abbreviations` that may also end a sentence, as an initialism may: "... for
    #: Novel Influenza, etc. The Bank of Japan ... is required to ..." (a break after one stays between two clauses;
    #: not a title or a company's ending, which a name follows)
    sentence_final_abbreviations: frozenset[str] = frozenset()
    #: folded words that open a region's name made of another place's ("new", "west", "american"): the name's last
    #: word alone names that other place ("Mexico" of "New Mexico", "Virginia" of "West Virginia"), no key of the
    #: region's (alignment/engine/match.py)
    region_qualifiers: frozenset[str] = frozenset()
    #: folded nouns for the person a verb acts on -> the folded verb ("nominee" -> "nominate"): the noun is also found
    #: where the verb is, and back (alignment/engine/match.py), which the stemmer does not see
    person_nouns: Mapping[str, str] = field(default_factory=dict)
    #: groups of folded words (or two-word phrases) a news story writes for one another's sense in the release it
    #: reports ("died" for "passed away", "jobless" for "unemployment", "cut" for "reduced"): each is also found
    #: where another of its group is (alignment/engine/match.py); the quote check and the details read the words as
    #: written
    synonyms: tuple[tuple[str, ...], ...] = ()
    #: folded words that may stand inside an acronym's expansion without an initial of their own ("National Institute
    #: for Health Research", "Food and Drug Administration") (alignment/engine/acronyms.py)
    acronym_connectors: frozenset[str] = frozenset()
    #: folded connectors of ``acronym_connectors`` whose initial an acronym may also take ("BOJ" for "Bank of Japan")
    acronym_initial_connectors: frozenset[str] = frozenset()
    # ------------------------------------------------------------------ segments: the items of a run-on list
    #: folded coordinators that may follow the semicolon of a list's next-to-last item ("certain aerospace
    #: products; and"): a short line ending so is an item of a list, not a heading (alignment/text/segment.py)
    list_coordinators: frozenset[str] = frozenset()
    # ------------------------------------------------------------------ dates: the months in order
    #: the folded month names in the calendar's order, January first: a month's number is its place (alignment/engine/
    #: discrepancies.py, alignment/discovery/terms.py)
    month_order: tuple[str, ...] = ()
    #: the folded names of the days of the week in the calendar's order, Monday first: the day a whole date falls on
    #: (alignment/engine/details.py, ``source_days``)
    weekday_order: tuple[str, ...] = ()
