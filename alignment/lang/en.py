"""English: every table the tool's rules read, as data.

Stop words, number words, month names and abbreviations, UK -> US spelling, multi-word name aliases,
abbreviations that do not end a sentence, the Penn Treebank and Universal tags the claim splitter reads, the
words a line cannot end on, boilerplate lines, and the stemmer's language. :data:`ENGLISH` bundles them as a
:class:`~alignment.lang.Language`.
"""

from __future__ import annotations

import re

from alignment.lang.base import ConflictWords, Language

__all__ = ["ENGLISH"]

# Small function words: they carry no claim of their own. Deliberately shorter than spaCy's list,
# which also holds content words such as "call", "part", "show" and "serious".
STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each either else
    ever few for from further had has have having he her here hers herself him himself his how
    however i if in into is it its itself just me might more most must my myself neither no nor
    not now of off on once only or other our ours ourselves out over own same shall she should
    so some such than that the their theirs them themselves then there these they this those
    through thus to too under until up upon us very was we were what when where whether which
    while who whom whose why will with within without would yet you your yours yourself
    yourselves s t d ll m re ve
    """.split()
)

NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
    "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
    "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000",
    "trillion": "1000000000000",
}
#: abbreviated month names -> the full name
MONTH_ABBREVIATIONS = {
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
    "jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october",
    "nov": "november", "dec": "december",
}
#: a number's scale written after it without a space: "1.5bn", "3m", "40k"; those of two letters or more also apart
#: from it, in lower case ("$15 bln", "40 mln barrels"; not "1st Bn", a battalion)
SCALE_SUFFIXES = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "bln": 10**9, "tn": 10**12,
                  "trn": 10**12, "tln": 10**12}
#: words that make the number after them approximate: "nearly 2,000" may report 1,901
HEDGES = frozenset("nearly almost about around approximately roughly some over under circa".split())
#: fractions of a point, as in "a quarter point rise" (0.25 of a percentage point, 25 basis points)
POINT_FRACTIONS = {"quarter": 0.25, "half": 0.5, "three-quarter": 0.75}
#: the month names: a detail holding one is a date (when the word is a name: "may" the verb is not)
MONTH_ORDER = tuple("january february march april may june july august september october november december".split())
MONTHS = frozenset(MONTH_ORDER)
#: the days of the week in the calendar's order, Monday first (``datetime``'s): the day a whole date falls on
WEEKDAY_ORDER = tuple("monday tuesday wednesday thursday friday saturday sunday".split())
#: prepositions that head a time or place phrase: "in 2018", "on 16 May", "from 1996 to 2013" are the detail
PREPOSITIONS = frozenset(("in", "on", "at", "from", "since", "until", "during"))
# Multi-word names folded to one word, so "United States" meets "U.S." and "US".
PHRASE_ALIASES = {
    ("united", "states"): "us",
    ("united", "kingdom"): "uk",
    ("united", "nations"): "un",
    ("european", "union"): "eu",
    # the common names of states an official text calls by their official names ("the Republic of Korea (ROK)"):
    # their acronyms, which meet the official names (alignment/engine/acronyms.py)
    ("south", "korea"): "rok",
    ("north", "korea"): "dprk",
}
ACRONYM_ALIASES = {"usa": "us", "gb": "uk"}

# UK -> US spelling. Whole words first, then stems whose -our/-re/-ce/-ae-/-oe- forms differ.
SPELLING_WORDS = {
    "programme": "program", "programmes": "programs", "grey": "gray", "greys": "grays",
    "cheque": "check", "cheques": "checks", "tyre": "tire", "tyres": "tires",
    "adviser": "advisor", "advisers": "advisors",
    "aluminium": "aluminum", "plough": "plow", "ageing": "aging", "judgement": "judgment",
    "judgements": "judgments", "acknowledgement": "acknowledgment", "enrolment": "enrollment",
    "fulfil": "fulfill", "fulfils": "fulfills", "fulfilment": "fulfillment", "enrol": "enroll",
    "instalment": "installment", "skilful": "skillful", "wilful": "willful", "mould": "mold",
    "smoulder": "smolder", "sceptic": "skeptic", "sceptical": "skeptical", "scepticism": "skepticism",
    "storey": "story", "draught": "draft", "pyjamas": "pajamas", "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers", "catalogue": "catalog", "catalogues": "catalogs",
    "analogue": "analog", "whilst": "while", "amongst": "among", "towards": "toward",
    "afterwards": "afterward", "learnt": "learned", "spelt": "spelled", "dreamt": "dreamed",
    "licence": "license", "licences": "licenses",
    "defence": "defense", "defences": "defenses", "offence": "offense", "offences": "offenses",
    "pretence": "pretense", "practise": "practice", "practised": "practiced",
    "practising": "practicing", "practises": "practices",
    # (quotes, session 12) -llor, -ph-, en-/in- and others the rules below do not reach
    "counsellor": "counselor", "counsellors": "counselors", "councillor": "councilor", "councillors": "councilors",
    "jewellery": "jewelry", "woollen": "woolen",
    "sulphur": "sulfur", "enquiry": "inquiry", "enquiries": "inquiries", "enquire": "inquire",
    "artefact": "artifact", "artefacts": "artifacts", "yoghurt": "yogurt", "moustache": "mustache",
    "cosy": "cozy", "burnt": "burned",
}
OUR_STEMS = (
    "armo", "arbo", "behavio", "cando", "clamo", "colo", "endeavo", "favo", "flavo", "harbo",
    "hono", "humo", "labo", "neighbo", "odo", "paramo", "parlo", "rigo", "rumo", "savo", "savio", "demeano",
    "splendo", "tumo", "valo", "vapo", "vigo", "ardo", "fervo",
)
RE_STEMS = (
    "cent", "met", "theat", "fib", "lit", "calib", "sab", "somb", "spect", "lust", "meag",
    "sepulch", "reconnoit",
)
AE_OE = (
    ("paed", "ped"), ("anaem", "anem"), ("anaest", "anest"), ("haem", "hem"), ("leukaem", "leukem"),
    ("orthopaed", "orthoped"), ("oestr", "estr"), ("oesophag", "esophag"), ("foet", "fet"),
    ("diarrhoea", "diarrhea"), ("gynaec", "gynec"), ("caesarean", "cesarean"), ("ischaem", "ischem"),
    ("encyclopaed", "encycloped"), ("mediaev", "mediev"), ("palaeo", "paleo"), ("aeroplane", "airplane"),
)
# -ise/-yse and their derived forms are folded to -ize, except these words
ISE_EXCEPTIONS = frozenset(
    """
    advise advised adviser advisers advises advising advertise advertised advertiser advertisers
    advertises advertising apprise arise chastise circumcise comprise comprised comprises
    comprising compromise compromised compromises compromising demise despise devise devised
    devises devising disguise disguised enterprise enterprises excise exercise exercised
    exercises exercising expertise franchise improvise improvised incise merchandise otherwise
    premise premises promise promised promises promising revise revised revises revising
    supervise supervised supervises supervising supervisor surmise surprise surprised surprises
    surprising televise televised treatise wise likewise clockwise noise raise raised raises
    praise praised cruise bruise rise risen rises rising paradise precise concise
    """.split()
)
# Doubled l in UK inflections (travelled, cancelling) is folded to one, except in these words
LL_KEEP = frozenset(
    """
    called calling caller callers filled filling killed killing killer rolled rolling polled
    polling pulled pulling spelled spelling yelled stalled installed installer installing
    controlled controlling controller compelled compelling propelled propelling expelled
    expelling dispelled excelled excelling repelled repelling rebelled rebelling patrolled
    patrolling enrolled enrolling fulfilled fulfilling tolled shelled smelled felled swelled
    dwelled dwelling quelled telling teller seller selling spelling welled bellied
    """.split()
)

#: words that end in a full stop without ending the sentence
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st gen sen rep gov lt col sgt capt cmdr adm maj inc ltd co corp plc llc no
    nos vs etc eg ie jan feb mar apr jun jul aug sep sept oct nov dec fig figs vol approx est dept
    univ assn bros jr sr rev hon
    """.split()
)
# Participles and conjunctions that open a new proposition in a run-on sentence.
CLAIM_BREAK_TAGS = frozenset({"VBG"})
NOT_BREAKING = frozenset(
    "including according regarding concerning following excluding involving during notwithstanding "
    "pending considering given".split()
)
BREAK_AFTER_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "ADV", "PUNCT"})
NOT_BREAK_AFTER_TAGS = frozenset({"VBG", "IN", "TO", "DT", "CC"})
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
# The Penn Treebank tags of the verb forms that are not finite: a title line with one is a headline's claim.
NONFINITE_TAGS = frozenset({"VB", "VBG", "VBN"})
# The conjunctions after a comma that may open a coordinated clause with a subject of its own: a claim of its own in
# a long sentence.
CLAUSE_CONJUNCTIONS = frozenset({"and", "but", "while", "whereas", "yet"})
# The tags of "which", "who", "whose" opening a clause, and of a verb in the past tense.
WH_TAGS = frozenset({"WDT", "WP", "WP$"})
PAST_TENSE_TAG = "VBD"
# The possessive endings, which the tagger gives as punctuation in places.
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
# Words a sentence cannot end on: a line ending on one runs on into the next.
DANGLING = (
    "the a an their his her its our your my this these those of to in on at by for with from into "
    "onto and or but nor as than that which who whose whom between among about against through "
    "during without within under over upon toward towards via per is are was were be been has have"
).split()
#: a month's and a weekday's names and abbreviations, as a page's time stamp writes them
_MONTH_STAMPS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                 r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DAY_STAMPS = r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
#: lines that frame a text rather than state anything ("Begin text:", "Sources:", "-30-", a lone URL)
BOILERPLATE_RES = (
    re.compile(r"^(?:begin|end|start)(?:\s+of)?\s+(?:the\s+)?(?:text|statement|transcript|release)\b[\s.:]*$", re.I),
    re.compile(
        r"^(?:sources?|contacts?|media\s+contacts?|press\s+contacts?|media\s+enquiries|press\s+office|"
        r"for\s+(?:further|more)\s+information|photo(?:\s+credit)?|image(?:\s+credit)?|credits?|"
        r"related(?:\s+articles?)?|read\s+more|see\s+also|tags?|share\s+this|follow\s+us|"
        r"notes?\s+to\s+editors?|editor'?s\s+note|about\s+the\s+author|copyright|©)\s*:",
        re.I,
    ),
    re.compile(r"^(?:#{3,}|-30-|[-–—]\s*30\s*[-–—]|ends?\.?|\*{3,}|(?:\W)+)$", re.I),
    re.compile(r"^(?:https?://|www\.)\S+$", re.I),
    re.compile(r"^story\s+highlights\s*:?$", re.I),
    # embargo and release lines: "EMBARGOED UNTIL 00:01 GMT, 5 March", "Not for publication before ...",
    # "For immediate release", "To place an embedded link to this story ..."
    re.compile(r"^(?:(?:strictly\s+)?embargoed\b|embargo\s*(?::|[-–—]|until\b|till\b)|"
               r"under\s+(?:strict\s+)?embargo\s+(?:until|till)\b|"
               r"not\s+for\s+(?:release|publication|broadcast)\s+(?:before|until)\b|for\s+immediate\s+release\b|"
               r"(?:to|please)\s+(?:place|add|use)\s+an?\s+embedded\s+link\b)", re.I),
    # where to learn more, wherever it stands: "To learn more, visit www.acme.com.", "For more information,
    # go to ...", "More information is available at ..."
    re.compile(r"^(?:to\s+learn\s+more|to\s+find\s+out\s+more|for\s+(?:more|further)\s+information|"
               r"more\s+information\s+(?:is|can\s+be)\s+(?:available|found))\b[^.]{0,80}?"
               r"\b(?:visit|go\s+to|see|contact|call|email|at\s+(?:https?://|www\.))", re.I),
    # the line a carrying site puts under the title, naming the text it reprints: "The press release issued by HM
    # Treasury on 12 March 2023." (the whole line: not "The press release issued by the Treasury said ...")
    re.compile(r"^(?:the\s+|this\s+)?(?:news\s+|press\s+|media\s+)release\s+(?:was\s+)?(?:issued|published|"
               r"released)\s+by\s+(?:the\s+)?(?-i:[A-Z])[\w&'’-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*(?-i:[A-Z])"
               r"[\w&'’-]*){0,8}(?:\s+on\s+(?-i:[0-9]{1,4}|[A-Z][a-z]+)(?:[ ,]+(?-i:[0-9]{1,4}|[A-Z][a-z]+)){0,4})?"
               r"\.?$", re.I),
    # a page's time stamp, a line of its own: "Published: May 27, 2022; 14:41", "Updated on Tuesday, April 9, 2024 at
    # 12:15 p.m.", "Last Updated : Oct 29 2025 | 11:56 PM IST" (not "Published in Nature on 5 May, the study ...")
    re.compile(r"^(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+(?:on|at))?\s*:?\s*(?=[^\n]*\d)"
               r"(?:(?:\d{1,4}(?:[-/.:]\d{1,4}){0,2}(?:st|nd|rd|th)?|(?:" + _MONTH_STAMPS + "|" + _DAY_STAMPS +
               r")\.?|at|on|[ap]\.?m\.?|(?-i:[A-Z]{2,4}))(?!\w)[\s,;:|–—-]*){1,12}$", re.I),
    # a story pointing to another: "CNN's Jane Roe has more on the vote.", "Jane Roe has more."
    re.compile(r"^(?:[A-Z][\w.&'’-]*\s+){1,6}has\s+more(?:\s+(?:information\s+)?(?:on|about)\s+[^.]{1,80})?\.?$"),
)
#: a sentence that only points at a document behind a link the page's text lost, "here" its last word (an address
#: after a colon may follow): "The governor's letter calling on USDA Secretary Vilsack to ... may be found here.",
#: "President Joe Biden's proclamation can be found here.", "The full report is available here:", "Read the full
#: statement here."; not "Masks are available here and at every library", which goes on after "here", nor "The order
#: will be in effect from sunrise to sunset on Sunday, and is available here.", whose first predicate states a fact
LINK_POINTER = re.compile(
    r"(?:(?<!\band\s)\b(?:(?:can|may|could|will)\s+(?:also\s+)?be\s+(?:found|read|viewed|seen|accessed|downloaded"
    r"|watched)|(?:is|are)\s+(?:also\s+)?available)|^(?:read|watch|view|see|download)\b[^.!?]{0,100})"
    r"\s+here\s*(?:[.:]\s*(?:(?:https?://|www\.)\S*)?)?$", re.IGNORECASE)
#: headings that open a section of furniture rather than news, which runs to the next heading that does not
#: ("About Amgen", "Forward-Looking Statements", "Notes to editors", "Media contacts", "References")
BOILERPLATE_SECTIONS = re.compile(
    r"^(?:(?-i:About|ABOUT)\s+(?-i:[A-Z])|forward[-\s]looking\s+statements?\b|safe\s+harbou?r\b|cautionary\s+(?:note|statement)s?\b|"
    r"disclaimers?\b|notes?\s+(?:to|for)\s+editors?\b|(?:media|press|investor)s?(?:\s+(?:relations|contacts?|"
    r"enquiries|inquiries|office))?\s*:?\s*$|contacts?\s*:?\s*$|references\s*:?\s*$|related\s+information\b)",
    re.IGNORECASE,
)
#: paragraphs that are furniture by their opening words, in the second half of a text (where furniture goes): an
#: agency describing itself ("The FDA, an agency within ..."), forward-looking-statement disclaimers, where to learn
#: more or whom to call
BOILERPLATE_PARAGRAPHS = (
    # "The FDA, an agency within ...", "The Leicester Research Unit - a partnership between ... -"
    re.compile(r"^(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&'’-]*){0,6}(?:,|\s[-–—])\s+"
               r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:agency|component|division|department|institute|unit|subsidiary|"
               r"partnership|collaboration|consortium|charity|organi[sz]ation|network)\s+(?:within|of|between|among)\b"),
    # an "About Acme" paragraph without a heading of its own: "About Acme: Acme makes ...", "ABOUT ACME - ..."
    re.compile(r"^(?-i:About|ABOUT)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&'’-]*){0,6}"
               r"\s*(?::|\s[-–—]\s)"),
    # a forward-looking-statements disclaimer, however it opens: it names them and hedges them legally
    re.compile(r"^(?=.{0,300}\bforward[-\s]looking\s+(?:statements?|information)\b).{0,2000}?"
               r"(?:safe\s+harbou?r|private\s+securities\s+litigation|actual\s+(?:results|events)\s+(?:may|could|might)"
               r"\s+differ|undertakes?\s+no\s+(?:obligation|duty)|assumes?\s+no\s+obligation)",
               re.IGNORECASE | re.DOTALL),
    re.compile(r"^(?:this|the)\s+(?:news|press)\s+release\s+(?:contains|includes|may\s+contain)\s+"
               r"forward[-\s]looking", re.IGNORECASE),
    re.compile(r"^(?:to\s+learn\s+more|for\s+(?:more|further)\s+information|please\s+contact|"
               r"(?:media|reporters)\s+(?:may|can|wishing|who\s+wish)|if\s+media\s+wish)\b", re.IGNORECASE),
    re.compile(r"^(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,6}\s+has\s+more\s+(?:information\s+)?"
               r"(?:on|about)\s+[^.]{1,80}\.?$"),
    # a proclamation's or an order's closing formula: "IN WITNESS WHEREOF, I have hereunto set my hand this ninth day
    # of February, ..." (the date it was signed, in words: no claim of the text)
    re.compile(r"^in\s+witness\s+whereof\b", re.IGNORECASE),
    # the same date as a line of its own, which closes a governor's order: "This 5th day of October 2024.", "Given
    # under my hand this 12th day of June, 2023." (the whole line: not "On this day of mourning, ...")
    re.compile(r"^(?:(?:given|done|signed|dated)\s+(?:under\s+my\s+hand\s+)?(?:on\s+)?)?this\s+[\w-]+\s+day\s+of\s+"
               r"(?-i:[A-Z])[a-z]+,?\s+(?:A\.?D\.?\s+)?(?:\d{4}|in\s+the\s+year\s+(?:of\s+our\s+lord\s+)?[a-z,\s-]{3,60})\.?$",
               re.IGNORECASE),
)
#: the marks that end a release: what follows them (inquiries, related links, embargo notes) is furniture
END_OF_RELEASE = re.compile(r"^(?:#{3,}|-30-|[-–—]\s*30\s*[-–—]|ends?\.?)$", re.IGNORECASE)
#: a dateline opening a story: "(CNN)", "LONDON (Reuters) -", "TUESDAY, Sept. 29, 2015 (HealthDay News) --",
#: "THOUSAND OAKS, Calif., Feb. 2, 2017 /PRNewswire/ --", "JERUSALEM/WASHINGTON (Reuters) -", "WASHINGTON (dpa-AFX)
#: -", "WASHINGTON, March 9 (Yonhap) --", "Nov. 15 (UPI) --", a wire credit with its date and no dash ("WASHINGTON
#: (UrduPoint News / Sputnik - 21st August, 2021)"), and a place or agency in capitals before a dash ("VOA – The
#: White House on ...")
_DATELINE_DATE = r"(?:[A-Z][a-z]{2,9}\.?\s+)?\d{1,2}(?:,\s+\d{4})?\s+"
DATELINE = re.compile(
    # a place (and a date) in capitals, the agency, then a dash: "LONDON (Reuters) -"
    r"^(?:[A-Z][A-Z.'’/ -]{1,40}(?:,\s+[A-Z][a-z]{1,10}\.?(?:\s+[A-Z][a-z]{1,10}\.?)?)?,?\s+"
    r"(?:" + _DATELINE_DATE + r")?"
    r"(?:(?:\([A-Za-z][\w&.'’ -]{1,30}\)|/[A-Za-z]{2,20}/)\s*(?:--|—|–|-)\s*"
    # or a credit that gives the agency and the date, with no dash after it: "(UrduPoint News / Sputnik - 21st
    # August, 2021)" (a year inside: never an acronym spelt out, "UN (United Nations)")
    r"|\([A-Z][^()\n]{0,60}\b\d{4}\)\s+)"
    # or the agency alone (after a date), opening the paragraph: "(CNN)", "(HealthDay News) --", "Nov. 15 (UPI) --"
    r"|(?:" + _DATELINE_DATE + r")?\([A-Z][\w&.'’ -]{1,30}\)\s*(?:--|—|–|-)?\s*"
    # or a place or an agency in capitals and a dash, before a sentence of six words or more: "VOA – The White
    # House on April 24 released ...", "WASHINGTON — President Biden ..." (not "US – China talks resume")
    r"|[A-Z]{3,}(?:[ /][A-Z]{2,}){0,3}\s+(?:--|—|–)\s+(?=\S+(?:\s+\S+){5}))(?=[A-Z“\"‘'])"
)
#: the outlet or the source a headline credits after a dash, at its end: "... Rahm Emanuel For Japan - White House",
#: "US president uses the term genocide again - Voice of America", "... to visit Israel - Israeli statement": up to
#: four words, capitalised but for "of", "the", "and", the last one may be the kind of source (not "Fed raises rates
#: - but doubts remain")
HEADLINE_CREDIT = re.compile(
    r"\s+[-–—|]\s+[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|the|and|&)){0,3}"
    r"(?:\s+(?:statement|release|report|readout|sources?))?\s*$")
#: a word after an apostrophe that elides its start ('em, 'til, 'tis, 'twas, rock 'n' roll, the '90s)
ELISIONS = re.compile(r"(?:em|til|tis|twas|n)\b|\d\ds\b", re.IGNORECASE)

#: "all of the types" reads the same as "all the types" (not "some of the", "one of the": those need their "of")
OPTIONAL_OF = (frozenset({"all", "both", "half"}),
               frozenset({"the", "these", "those", "this", "that", "his", "her", "its", "our", "their", "my", "your"}))

#: the words that open an attribution closing a claim ("..., according to the study published today in ...")
ATTRIBUTIONS = (("according", "to"),)
#: after the comma that closes such an attribution, the words that do not resume the claim: the attribution goes on
#: (", which was funded by ...", ", published ...") or a clause of its own opens
ATTRIBUTION_TAILS = frozenset("which who whom whose where when while and but or as including published".split())

#: after a comma or a dash, the word that opens a tag question: "This is a once-in-a-generation — right?" asserts
QUESTION_TAGS = frozenset("right correct no yes ok okay true agreed".split())
#: verbs that report a question, and the words that open the question reported: "was asked today if he ..."
ASKING_VERBS = frozenset("ask asks asked asking wonder wonders wondered wondering".split())
ASKED_OPENERS = frozenset(("if", "whether"))
#: a reported question in a clause of its own before the sentence's main clause ("When asked if the case would be
#: affected, the District Attorney said that ...", "Asked whether ..., she said ..."): the participle, alone or after
#: one of these, and the answer after it (links, session 15)
ASKED_PARTICIPLES = frozenset(("asked",))
ASKED_SUBORDINATORS = frozenset(("when", "after", "once", "while", "if"))

# quotes: a naming verb and its quoted complement ("called the announcement “encouraging”"; issue 15, session 8)
NAMING_VERBS = frozenset(
    "call calls called calling term terms termed terming dub dubs dubbed dubbing label labels labeled labelled "
    "labeling labelling brand brands branded branding describe describes described describing".split()
)
#: "called on the governors", "called for a “measured” response", "called up", "called off": other verbs
NAMING_PARTICLES = frozenset("on upon for in up off out back to into at".split())
#: words that open another clause between the naming verb and the quotation
NAMING_BREAKS = frozenset("to that which who whom whose when where while because if and but or after before since "
                          "until said says".split())
SPEAKER_PRONOUNS = frozenset("i we you us let's".split())
NAMING_SUBJECTS = frozenset("he she they who whom which that what".split())
# quotes: a reported clause and coordinated quotations (issue 15, session 9)
REPORTED_SUBJECTS = frozenset("he she it they we i".split())
# (and the verbs of a state the speaker reports: `said he felt “deeply honored”`, session 16)
REPORTED_VERBS = frozenset("is are was were be been am has have had feel feels felt seem seems seemed".split())
REPORTED_PARTITIVES = frozenset("them us".split())
QUOTE_COORDINATORS = (("and",), ("or",), ("nor",), ("as", "well", "as"), ("but", "also"))
# quotes: the clause a speech verb reports, opened right before the quotation (session 13)
REPORTED_OPENERS = frozenset({"that"})
PERCENT_WORDS = frozenset({"percent", "pct"})
# quotes: verbs that appraise someone ("as" complement, a quality in the possessive), and the nouns that name a
# term (session 10)
APPRAISAL_VERBS = frozenset(
    "recognize recognizes recognized recognizing recognise recognises recognised recognising describe describes "
    "described describing characterize characterizes characterized characterizing praise praises praised praising "
    "hail hails hailed hailing honor honors honored honoring honour honours honoured honouring remember remembers "
    "remembered remembering highlight highlights highlighted highlighting laud lauds lauded lauding salute salutes "
    "saluted saluting celebrate celebrates celebrated celebrating mourn mourns mourned mourning eulogize eulogized "
    "eulogizing eulogise eulogised portray portrays portrayed portraying depict depicts depicted depicting regard "
    "regards regarded credit credits credited crediting acclaim acclaims acclaimed commend commends commended "
    "commending tout touts touted touting view views viewed viewing cast casts casting acknowledge acknowledges "
    "acknowledged acknowledging".split()
)
# quotes: verbs that claim their object (issue 15, session 14): "declaring ... a “manufacturing boom”"; and (session
# 18) "cite", whose object is the subject's stated reason in the subject's words: "Justice cited “severe storms”"
CLAIM_VERBS = frozenset(
    "declare declares declared declaring claim claims claimed claiming tout touts touted touting boast boasts "
    "boasted boasting proclaim proclaims proclaimed proclaiming trumpet trumpets trumpeted trumpeting herald heralds "
    "heralded heralding cite cites cited citing".split()
)
#: (not "words": "in his words “…”" gives someone's sentence)
TERM_NOUNS = frozenset("term terms phrase phrases word definition definitions label labels expression wording".split())
QUOTE_ADDITIVES = frozenset("also too further furthermore additionally moreover likewise".split())
POSSESSIVE_FOLLOWERS = frozenset("own very more most some same such only each both all no any other few".split())
# details: units in two words, and the prepositions of a channel (session 10)
SPLIT_UNITS = (("per", "cent", "percent"),)
#: units of measure by their written forms, and the factors between them (lang ``measure_units``,
#: ``unit_conversions``)
MEASURE_UNITS = {
    **dict.fromkeys(("foot", "feet", "ft"), "foot"), **dict.fromkeys(("meter", "meters", "metre", "metres"), "meter"),
    **dict.fromkeys(("acre", "acres"), "acre"), **dict.fromkeys(("hectare", "hectares"), "hectare"),
    **dict.fromkeys(("kilometer", "kilometers", "kilometre", "kilometres", "km"), "kilometer"),
    **dict.fromkeys(("mile", "miles"), "mile"), **dict.fromkeys(("inch", "inches"), "inch"),
    **dict.fromkeys(("centimeter", "centimeters", "centimetre", "centimetres", "cm"), "centimeter"),
    **dict.fromkeys(("pound", "pounds", "lb", "lbs"), "pound"),
    **dict.fromkeys(("kilogram", "kilograms", "kg"), "kilogram"),
    **dict.fromkeys(("gallon", "gallons"), "gallon"), **dict.fromkeys(("liter", "liters", "litre", "litres"), "liter"),
}
UNIT_CONVERSIONS = (
    ("foot", "meter", 0.3048), ("square foot", "square meter", 0.09290304), ("acre", "hectare", 0.4046856),
    ("acre", "square kilometer", 0.004046856), ("square mile", "square kilometer", 2.589988),
    ("mile", "kilometer", 1.609344), ("inch", "centimeter", 2.54), ("pound", "kilogram", 0.4535924),
    ("gallon", "liter", 3.785412),
)
CHANNEL_PREPOSITIONS = frozenset({"via"})
CIRCUMSTANCE_CONJUNCTIONS = frozenset({"while", "whilst"})
RELEASE_VERBS = frozenset("release releases released releasing publish publishes published publishing issue issues "
                          "issued issuing unveil unveils unveiled unveiling".split())
INFORMATION_NOUNS = frozenset("information data figures figure number numbers details statistics estimates estimate "
                              "statement list".split())
# details: ranks and roles (issue 15, session 9)
RANK_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
ROLE_MODIFIERS = frozenset("former then late acting outgoing incoming ex".split())
FIGURE_UNITS = frozenset("percent percentage percentages points point cents cent times".split())

#: adverbs of the speaker's stance: "President Putin, obviously, ..." adds no fact to what the source says
STANCE_ADVERBS = frozenset(
    "obviously clearly really actually basically certainly frankly honestly indeed literally essentially "
    "definitely surely truly".split())

#: words that date an event from the day the text was written: "Yesterday, the President invoked ..." reports the
#: source's "is invoking" of the day before; the article's frame, not a date the source fails to give
RELATIVE_TIMES = frozenset(
    "yesterday today tomorrow tonight recently lately currently now earlier later soon meanwhile".split())
#: prepositions after which a name is a place: "in Annapolis", "from Turkey", "near Kharkiv"
PLACE_PREPOSITIONS = frozenset("in at from near outside inside across throughout into".split())
#: prepositions that head a span of time: "within a year", "before 2030", "after six months", "over the weekend"
TIME_PREPOSITIONS = frozenset("within before after throughout since until over between".split())
ARTICLES = frozenset({"a", "an", "the"})
COPULAS = frozenset("is are was were be been being am".split())
#: units of time, in days or in months: "nearly 80 years" is the source's "nearly eight decades", "two weeks" its
#: "14 days" (a month is no whole number of days: months and days are not compared)
TIME_UNITS = {
    **dict.fromkeys(("day", "days"), ("day", 1)), **dict.fromkeys(("week", "weeks"), ("day", 7)),
    **dict.fromkeys(("fortnight", "fortnights"), ("day", 14)),
    **dict.fromkeys(("month", "months"), ("month", 1)), **dict.fromkeys(("year", "years"), ("month", 12)),
    **dict.fromkeys(("decade", "decades"), ("month", 120)),
    **dict.fromkeys(("century", "centuries"), ("month", 1200)),
}
#: phrases that tie a sentence to the ones around it: "In particular, they condemned ..." says how the article
#: orders what it reports, not what happened
DISCOURSE_MARKERS = tuple(tuple(m.split()) for m in (
    "in particular", "in addition", "in fact", "in turn", "for example", "for instance", "above all",
    "of course", "as well", "at the same time", "on the other hand", "in other words", "by contrast",
    "in order to", "in terms of", "the fact that"))
#: what a news writer adds around a restatement (alignment/engine/details.py, issue 15): honorifics and company
#: suffixes beside a name ("said Dr. Julie Beitz", "Amgen Inc's")
NAME_AFFIXES = frozenset("dr mr mrs ms prof jr sr inc ltd corp plc llc".split())
#: the people of an organisation, named after it: "Administration officials", "White House aides", "FDA staff"
MEMBER_NOUNS = frozenset("official officials aide aides staff staffer staffers spokesperson spokespeople spokesman "
                         "spokesmen spokeswoman representative representatives executive executives".split())
#: the article's weighing of what the source says: "placed particular emphasis on", "a focal point of", "key" (not
#: "priority": "priority review" is a regulator's term)
EMPHASIS_WORDS = (*((w,) for w in (
    "emphasis importance significance focus cornerstone centrepiece centerpiece "
    "key central crucial vital pivotal paramount important particular historic landmark ambitious unprecedented"
    ).split()), ("focal", "point"))
#: the kind of document the source is: "said in a press release", "in its statement"
SOURCE_DOCUMENTS = tuple(tuple(m.split()) for m in (
    "press release", "news release", "statement", "announcement", "fact sheet", "factsheet", "readout"))
#: figurative stock phrases of news writing and speech: "should pave the way for greater acceptance", "explored
#: next steps", "making sure that"
STOCK_PHRASES = (
    *((verb, "the", "way") for verb in ("pave", "paves", "paved", "paving")),
    *((verb, "light") for verb in ("shed", "sheds", "shedding")),
    ("next", "steps"), ("next", "step"), ("another", "chapter"), ("new", "chapter"), ("step", "forward"),
    ("way", "forward"), ("on", "the", "table"),
    *((verb, "sure") for verb in ("make", "makes", "made", "making")))
#: a date's place within its month or year: "in mid-March" for the source's "March 17"
DATE_MODIFIERS = frozenset("mid early late".split())
#: comparison words by direction (as stems, the keys words are found under): "lower than one percent" is "less
#: than one"
COMPARATIVES = {**dict.fromkeys("less lower fewer smaller below under".split(), "down"),
                **dict.fromkeys("more higher greater larger abov over".split(), "up")}
#: a transcript's question: a line opening with "Q" (then a space, a colon or a full stop), the convention of
#: English press-briefing, press-call and interview transcripts
QUESTION_TURN = re.compile(r"^Q[.:]?[ \t]", re.MULTILINE)

def _pairs(words: str) -> tuple[tuple[str, str], ...]:
    """``"a/b c/d"`` -> ``(("a", "b"), ("c", "d"))``."""
    return tuple((a, b) for a, b in (pair.split("/") for pair in words.split()))


# ---------------------------------------------------------------------------------------------- discrepancies
# The words the discrepancy check reads (alignment/engine/discrepancies.py). Verbs and adjectives are given as
# words; the check compares them by lemma stem, so "approved", "approves" and "approval" meet "approve".
#: a country's adjective, also its people's, -> the country (claims: alignment/engine/match.py); not "american"
#: (the continent's too) nor the adjectives that are words of their own ("polish"), a bird's ("turkey") or a
#: language's first ("spanish")
DEMONYMS = {
    "russian": "russia", "ukrainian": "ukraine", "chinese": "china", "indian": "india", "israeli": "israel",
    "iranian": "iran", "iraqi": "iraq", "syrian": "syria", "afghan": "afghanistan", "pakistani": "pakistan",
    "japanese": "japan", "korean": "korea", "mexican": "mexico", "canadian": "canada", "french": "france",
    "german": "germany", "italian": "italy", "egyptian": "egypt", "lebanese": "lebanon", "yemeni": "yemen",
    "palestinian": "palestine", "qatari": "qatar", "brazilian": "brazil", "australian": "australia",
    "namibian": "namibia", "armenian": "armenia", "rwandan": "rwanda", "nigerian": "nigeria", "kenyan": "kenya",
    "filipino": "philippines", "vietnamese": "vietnam", "indonesian": "indonesia", "bangladeshi": "bangladesh",
    "venezuelan": "venezuela", "cuban": "cuba", "colombian": "colombia", "argentine": "argentina",
    "swedish": "sweden", "finnish": "finland", "dutch": "netherlands", "greek": "greece", "irish": "ireland",
    "scottish": "scotland", "welsh": "wales", "omani": "oman", "emirati": "uae", "jordanian": "jordan",
    "libyan": "libya", "sudanese": "sudan", "ethiopian": "ethiopia", "somali": "somalia", "haitian": "haiti",
    "taiwanese": "taiwan", "thai": "thailand",
}

#: a US state's people -> the state ("Georgians" -> Georgia, "Mainers" -> Maine), as the demonyms above: a story
#: from a state-by-state fact sheet names the state by its people ("About 1.5 million Georgians are eligible ...")
#: where the release's table gives its postal code (``REGION_CODES``); one-word forms only ("New Yorkers" is "new"
#: and "yorker")
DEMONYMS.update({
    "alabamian": "alabama", "alaskan": "alaska", "arizonan": "arizona", "arkansan": "arkansas",
    "californian": "california", "coloradan": "colorado", "delawarean": "delaware", "floridian": "florida",
    "georgian": "georgia", "hawaiian": "hawaii", "idahoan": "idaho", "illinoisan": "illinois", "hoosier": "indiana",
    "iowan": "iowa", "kansan": "kansas", "kentuckian": "kentucky", "louisianan": "louisiana",
    "louisianian": "louisiana", "mainer": "maine", "marylander": "maryland", "michigander": "michigan",
    "michiganian": "michigan", "minnesotan": "minnesota", "mississippian": "mississippi", "missourian": "missouri",
    "montanan": "montana", "nebraskan": "nebraska", "nevadan": "nevada", "ohioan": "ohio", "oklahoman": "oklahoma",
    "oregonian": "oregon", "pennsylvanian": "pennsylvania", "tennessean": "tennessee", "texan": "texas",
    "utahn": "utah", "vermonter": "vermont", "virginian": "virginia", "wisconsinite": "wisconsin",
    "wyomingite": "wyoming",
})

#: the postal codes of the US states, the District and the territories -> their folded names: a fact sheet's table
#: of states labels each row by its code ("GA 1,506,100 1,039,100", "... JEFFERSON CITY MO $25,300,398"), which
#: a story writes out ("Georgia", "Missouri"); read in a table's row only, where "ME", "OK" or "IN" is no word
#: (alignment/engine/match.py)
REGION_CODES = {
    "al": "alabama", "ak": "alaska", "az": "arizona", "ar": "arkansas", "ca": "california", "co": "colorado",
    "ct": "connecticut", "de": "delaware", "dc": "district of columbia", "fl": "florida", "ga": "georgia",
    "hi": "hawaii", "id": "idaho", "il": "illinois", "in": "indiana", "ia": "iowa", "ks": "kansas",
    "ky": "kentucky", "la": "louisiana", "me": "maine", "md": "maryland", "ma": "massachusetts", "mi": "michigan",
    "mn": "minnesota", "ms": "mississippi", "mo": "missouri", "mt": "montana", "ne": "nebraska", "nv": "nevada",
    "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico", "ny": "new york", "nc": "north carolina",
    "nd": "north dakota", "oh": "ohio", "ok": "oklahoma", "or": "oregon", "pa": "pennsylvania",
    "ri": "rhode island", "sc": "south carolina", "sd": "south dakota", "tn": "tennessee", "tx": "texas",
    "ut": "utah", "vt": "vermont", "va": "virginia", "wa": "washington", "wv": "west virginia", "wi": "wisconsin",
    "wy": "wyoming", "pr": "puerto rico", "gu": "guam", "vi": "virgin islands", "as": "american samoa",
    "mp": "northern mariana islands",
}

#: the states' abbreviations in a newspaper's style, written with a stop ("Uvalde, Tex.", "Sacramento, Calif."); the
#: dotted ones ("N.Y.", "N.J.") are read as acronyms, the postal codes of ``REGION_CODES``
REGION_ABBREVIATIONS = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
    "conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois", "ind": "indiana",
    "kan": "kansas", "kans": "kansas", "ky": "kentucky", "la": "louisiana", "md": "maryland", "mass": "massachusetts",
    "mich": "michigan", "minn": "minnesota", "miss": "mississippi", "mo": "missouri", "mont": "montana",
    "neb": "nebraska", "nebr": "nebraska", "nev": "nevada", "okla": "oklahoma", "ore": "oregon", "pa": "pennsylvania",
    "tenn": "tennessee", "tex": "texas", "vt": "vermont", "va": "virginia", "wash": "washington",
    "wis": "wisconsin", "wyo": "wyoming",
}

#: a noun for the person a verb acts on -> the verb ("nominees" -> "nominate"): "The President has now announced 25
#: nominees" and "Biden has in total nominated 25 people" name one act, which the stemmer cannot see ("nomine" and
#: "nomin"); not "committee" (no one committed) nor "refugee"
PERSON_NOUNS = {
    "nominee": "nominate", "appointee": "appoint", "employee": "employ", "detainee": "detain", "trainee": "train",
    "attendee": "attend", "honoree": "honor", "retiree": "retire", "enrollee": "enroll", "grantee": "grant",
    "awardee": "award", "licensee": "license", "returnee": "return", "evacuee": "evacuate",
    "deportee": "deport", "escapee": "escape", "interviewee": "interview",
}
#: words a story writes for the release's (lang ``synonyms``): one sense each, in the registers of news and releases
SYNONYMS = (
    ("die", "pass away", "passed away", "passing of"),
    ("jobless", "unemployment", "unemployed"),
    ("cut", "reduce", "lower", "scale back", "slash"),
    ("steady", "stable", "unchanged"),
    ("keep", "maintain"),
    ("condemn", "denounce"),
    ("raise", "hike", "rise"),
    ("investigation", "inquiry", "enquiry", "probe"),
    ("talk", "speak"),
    ("missing", "unaccounted"),
    ("ongoing", "continuing"),
    ("car", "vehicle"),
    ("ammunition", "ammo"),
    ("gun", "firearm"),
    ("officer", "detective"),
    ("multiple", "several"),
)


#: the words that join the words of one name ("Department of Homeland Security", "Center for American Progress")
NAME_CONNECTORS = frozenset({"of", "for", "and"})

CONFLICTS = ConflictWords(
    negations=frozenset("not never no none nor neither cannot without fail non unable nowhere".split()),
    antonyms=_pairs(
        "approve/reject approve/deny accept/reject increase/decrease increase/reduce increase/cut raise/cut "
        "raise/lower rise/fall rise/decline gain/lose win/lose allow/ban allow/prohibit permit/ban "
        "support/oppose confirm/deny strengthen/weaken expand/shrink higher/lower more/less above/below "
        "improve/worsen open/close start/stop begin/end include/exclude grant/refuse "
        "effective/ineffective safe/unsafe legal/illegal likely/unlikely "
        "regular/extraordinary ordinary/extraordinary scheduled/unscheduled"
    ),
    obligations=_pairs(
        "authorize/require authorize/mandate authorize/direct permit/require permit/mandate allow/require "
        "allow/mandate ask/direct ask/require ask/mandate request/direct request/require request/mandate "
        "encourage/direct encourage/require encourage/mandate urge/direct urge/require urge/mandate invite/direct "
        "invite/require"
    ),
    hedges=frozenset(
        "may might could possibly possible perhaps probably likely expect preliminary suggest suggestive "
        "appear seem potential potentially tentative hope"
        .split()
    ),
    abilities=frozenset({"could"}),
    possibilities=frozenset({"can", "could", "may", "might"}),
    hedge_modals=frozenset({"may", "might", "could"}),
    # (not "can": "may now get credit" / "can now get credit" is a permission, no hedge)
    plain_modals=frozenset({"will", "shall", "is", "are", "was", "were", "be", "does", "do", "did"}),
    feeling_verbs=frozenset({"feel", "felt", "fear", "worry"}),
    date_line_labels=frozenset("published updated posted modified last first on at date".split()),
    other_instance_adverbs=frozenset({"last"}),
    period_starts=frozenset({"since"}),
    perfect_auxiliaries=frozenset({"has", "have", "had"}),
    release_nouns=frozenset("release statement announcement".split()),
    nationals=frozenset("citizen citizens national nationals".split()),
    relatives=frozenset({"that", "which", "who"}),
    certainties=frozenset("will shall must shows show showed shown proves proved proven confirms confirmed "
                          "demonstrates demonstrated".split()),
    quantifiers={
        **dict.fromkeys("all every each entire whole always everyone everybody everything".split(), "universal"),
        **dict.fromkeys("most majority".split(), "majority"),
        **dict.fromkeys("some several many few certain part sometimes often".split(), "partial"),
        **dict.fromkeys("none nobody nothing".split(), "none"),
    },
    scope_groups={
        **dict.fromkeys("mice mouse rats rat animals animal rodents rodent monkeys primates".split(),
                        "animals"),
        **dict.fromkeys("people humans human patients men women adults children participants volunteers".split(),
                        "people"),
    },
    speech_verbs=frozenset(
        "say said says tell told state announce add note warn explain write report according comment".split()
    ),
    # (not "ask": "the Secretary asked them to move" credits a request, "asked whether" a question, no claim)
    dialogue_verbs=frozenset("reply answer respond".split()),
    weekdays=frozenset(WEEKDAY_ORDER),
    #: capitals and seats that news writing puts for their country or institution
    name_aliases={
        "washington": "us", "america": "us", "american": "us", "london": "uk", "britain": "uk", "british": "uk",
        "beijing": "china", "chinese": "china", "moscow": "russia", "russian": "russia", "kyiv": "ukraine",
        "kiev": "ukraine", "ukrainian": "ukraine", "paris": "france", "french": "france", "berlin": "germany",
        "german": "germany", "tokyo": "japan", "japanese": "japan", "brussels": "eu", "european": "eu",
        "whitehall": "uk", "westminster": "uk", "downing": "uk", "pentagon": "us",
    },
    name_suffixes=frozenset({"jr", "sr"}),
    titles=frozenset("dr mr mrs ms miss prof professor sir dame lord lady rev gen col sen rep gov pres".split())
    | frozenset("jr sr".split())  # the suffixes after a name ("Joseph R. Biden, Jr."): no names either
    # words of office: a role, named by the words around it ("the Secretary of the Treasury", "Foreign Secretary")
    | frozenset("secretary minister president director chairman chairwoman commissioner governor senator chancellor "
                "ambassador spokesperson spokesman spokeswoman advisor adviser".split()),
    thought_verbs=frozenset("think believe expect hope suspect estimate".split()),
    periods=frozenset("second seconds minute minutes hour hours day days night nights week weeks month months "
                      "quarter quarters year years annum".split()),
    rate_words=frozenset("per a an each every".split()),
    rate_adverbs={"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week", "monthly": "month",
                  "quarterly": "quarter", "annually": "year", "yearly": "year"},
    currency_signs=frozenset("$ £ € ¥ ₹".split()),
    currencies=frozenset("dollar dollars pound pounds euro euros yen usd gbp eur rs inr rupee rupees".split()),
    executive_names=frozenset({"white house", "administration", "president", "downing street", "number 10",
                               "kremlin", "elysee", "palace", "malacanang"}),
    directions=(frozenset("increase rise raise higher greater grow boost".split()),
                frozenset("decrease reduce cut lower fall decline drop".split())),
    team_nouns=frozenset("researcher researchers scientist scientists author authors investigator investigators "
                         "co-author co-authors".split()),
    passive_agents=frozenset({"by"}),
    superlatives=frozenset({"most"}),
    one_of=frozenset("one any either".split()),
    counted_people=frozenset("people persons patients participants individuals volunteers".split()),
    # (issue 18, session 13: figures and names)
    group_aliases={"black": (("african", "american"),), "latino": (("hispanic",),), "latina": (("hispanic",),),
                   "hispanic": (("latino",), ("latina",)), "indigenous": (("native", "american"),)},
    # -- disc2 (session 13) --
    overstatements=_pairs(
        "reduce/prevent reduce/eliminate lower/eliminate minimize/prevent minimize/eliminate slow/stop slow/halt "
        "ease/end ease/eliminate treat/cure improve/cure manage/cure propose/approve propose/adopt propose/enact "
        "recommend/require nominate/appoint nominate/confirm"
    ),
    associations=frozenset("associate association link tie correlate correlation".split()),
    bounds={**dict.fromkeys("nearly almost under below up-to less-than fewer-than at-most no-more-than "
                            "just-under".split(), "upper"),
            **dict.fromkeys("over above more-than at-least upwards-of exceeding just-over greater-than".split(),
                            "lower")},
    statistics={"average": "mean", "mean": "mean", "median": "median"},
    self_labels=frozenset({"fact sheet"}),
    documents=frozenset("order proclamation memorandum bill law legislation".split()),
    document_verbs=frozenset("read continue state".split()),
    # -- disc2 (session 14) --
    causal_links=frozenset({"as a result of", "because of", "due to", "thanks to", "owing to", "caused by",
                            "driven by", "fueled by", "fuelled by", "spurred by", "as a consequence of"}),
    instruments={"proclamation": "proclamation", "order": "executive order", "memorandum": "memorandum",
                 "memo": "memorandum"},
    signing_verbs=frozenset("sign issue".split()),
    maxima=frozenset({"up to", "as many as", "as much as", "a maximum of"}),
    capacities=frozenset("allow allows allowed allowing permit permits permitted authorize authorizes authorized "
                         "can could may might let lets face faces faced facing".split()),
    approximations=frozenset("about around approximately roughly some".split()),
    inclusive_bounds={**dict.fromkeys(("and younger", "or younger", "and under", "or under", "or less", "or fewer",
                                       "and below", "or below"), "upper"),
                      **dict.fromkeys(("and older", "or older", "and over", "or over", "or more", "and above",
                                       "or above"), "lower")},
    strict_bounds={**dict.fromkeys(("under", "below", "less than", "fewer than", "younger than"), "upper"),
                   **dict.fromkeys(("over", "above", "more than", "older than"), "lower")},
    bound_fillers=frozenset("the age ages of aged year years old".split()),
    minima=frozenset({"at least", "a minimum of", "no less than", "no fewer than"}),
    bound_ends=frozenset({"than", "least"}),
    wholes=frozenset("overall total general entire whole".split()),
    restrictors=frozenset("in with among".split()),
    measures=frozenset("risk risks likelihood rate rates chance chances odds prevalence incidence proportion share "
                       "percent percentage".split()),
    share_words=frozenset({"in", "of"}),
    comparison_words=frozenset({"to", "than"}),
    singled_out=frozenset({"a specific", "a single", "a particular", "a certain", "one specific", "one particular",
                           "one single"}),
    one_determiners=frozenset({"a", "an", "one", "the", "this", "that"}),
    # -- disc2 (session 15) --
    demonym_endings=frozenset({"i", "n", "an", "ian", "ese", "ish", "ean"}),
    spelling_alternations=frozenset({"s z", "c s", "ou o", "re er"}),
    office_heads=frozenset("attorney director secretary president judge prosecutor administrator commissioner officer "
                           "manager minister governor chancellor ambassador chair chairman chairwoman counsel "
                           "treasurer superintendent sheriff general".split()),
    office_ranks={**dict.fromkeys("assistant associate deputy vice under acting interim senior chief principal".split(),
                                  "rank"),
                  **dict.fromkeys("county state city municipal federal provincial regional".split(), "level")},
    office_statuses=frozenset("elect designate".split()),
    office_deputies=frozenset("assistant associate deputy vice under acting interim".split()),
    case_stages=("arrest", "charge", "indict", "convict", "sentence"),
    # -- disc (session 15) --
    request_verbs=frozenset("ask tell urge order instruct advise encourage warn direct pressure beg implore caution "
                            "persuade remind".split()),
    # -- review (session 15) --
    definite_determiners=frozenset("the this that his her its their our my your".split()),
    office_fillers=frozenset({"a", "an", "the", "former", "then"}),
    past_office_words=frozenset({"former"}),
    list_joins=frozenset({"and", "or", "including"}),
    apposition_openers=ARTICLES | {"who"},
    name_connectors=NAME_CONNECTORS,
    run_connectors=NAME_CONNECTORS | {"the"},
    titled_name_connectors=NAME_CONNECTORS | {"the", "on"},
    name_connector_pairs=frozenset({"of the"}),
    # -- disc (session 16) --
    news_outlets=frozenset("news times post herald journal tribune gazette courier examiner chronicle telegraph "
                           "guardian observer inquirer reuters bloomberg afp cnn bbc npr pbs politico axios "
                           "newspaper newswire broadcasting broadcaster radio television tv magazine".split()),
    # (not "paper": in a study's release and its story, "the paper" is the study, and "In the paper, Dr. X said" credits
    # a person; the news' own "newspaper" stays)
    news_outlet_nouns=frozenset("newspaper outlet broadcaster tabloid magazine website".split()),
    alias_marks=frozenset({("known", "as")}),
    privatives=frozenset("suspend suspends suspended suspending halt halts halted halting cease ceases ceased "
                         "discontinue discontinues discontinued deny denies denied denying dismiss dismisses "
                         "dismissed refute refutes refuted debunk debunked dispel dispels dispelled fake false "
                         "bogus baseless unfounded prohibit prohibits prohibited prohibiting forbid forbids forbade "
                         "forbidden forbidding".split()),
    clause_negations=frozenset({"at no time", "at no point", "at no stage", "in no case", "in no way", "in no event",
                                "in no sense", "under no circumstances", "under no circumstance", "on no account",
                                "by no means", "nowhere"}),
    target_prepositions=frozenset({"at", "on"}),
    member_prepositions=frozenset({"among", "amongst"}),
    majority_entailed=frozenset({"many"}),
    tally_dates=frozenset({"as of", "as at"}),
    hedge_homographs=frozenset("like likes liked liking".split()),
    futures=frozenset({"will", "shall", "'ll", "’ll", "going to", "plan to", "plans to", "planning to", "intend to",
                       "intends to", "set to", "scheduled to", "due to", "about to"}),
    news_futures=frozenset({"expected", "hoped"}),
    other_instances=frozenset("backup back-up alternate alternative previous previously prior earlier original "
                              "originally initially initial former formerly preceding".split()),
    other_instances_after=frozenset("earlier ago previously".split()),
    origins=frozenset({"from"}),
    changes=frozenset("up down climb ease edge jump slip slow soar surge dip tumble plunge accelerate".split()),
    exclusions=frozenset("exclude excludes excluded excluding except excepting".split()),
    increments=frozenset("additional further extra more another".split()),
    minus_words=frozenset({"minus", "negative"}),
    scale_words={"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "dozen": 12},
    basis_point_units=frozenset({"bps", "bp"}),
    role_prepositions=frozenset({"to", "for", "with"}),
    # -- realdisc (session 19) --
    listener_verbs=frozenset("tell tells told telling".split()),
    lead_in_nouns=frozenset("statement statements remarks comments message".split()),
    first_person_plural=frozenset("we us our ourselves".split()),
)

ENGLISH = Language(
    code="en",
    name="English",
    stemmer="english",
    stop_words=STOP_WORDS,
    number_words=NUMBER_WORDS,
    month_abbreviations=MONTH_ABBREVIATIONS,
    months=MONTHS,
    scale_suffixes=SCALE_SUFFIXES,
    hedges=HEDGES,
    point_fractions=POINT_FRACTIONS,
    prepositions=PREPOSITIONS,
    phrase_aliases=PHRASE_ALIASES,
    acronym_aliases=ACRONYM_ALIASES,
    spelling_words=SPELLING_WORDS,
    our_stems=OUR_STEMS,
    re_stems=RE_STEMS,
    ae_oe=AE_OE,
    ise_exceptions=ISE_EXCEPTIONS,
    ll_keep=LL_KEEP,
    abbreviations=ABBREVIATIONS,
    claim_break_tags=CLAIM_BREAK_TAGS,
    not_breaking=NOT_BREAKING,
    break_after_pos=BREAK_AFTER_POS,
    not_break_after_tags=NOT_BREAK_AFTER_TAGS,
    finite_tags=FINITE_TAGS,
    nonfinite_tags=NONFINITE_TAGS,
    clause_conjunctions=CLAUSE_CONJUNCTIONS,
    wh_tags=WH_TAGS,
    past_tense_tag=PAST_TENSE_TAG,
    possessives=POSSESSIVES,
    dangling=tuple(DANGLING),
    boilerplate=BOILERPLATE_RES,
    boilerplate_sections=BOILERPLATE_SECTIONS,
    boilerplate_paragraphs=BOILERPLATE_PARAGRAPHS,
    link_pointer=LINK_POINTER,
    link_pointer_word="here",
    end_of_release=END_OF_RELEASE,
    dateline=DATELINE,
    headline_credit=HEADLINE_CREDIT,
    elisions=ELISIONS,
    optional_of=OPTIONAL_OF,
    attributions=ATTRIBUTIONS,
    attribution_tails=ATTRIBUTION_TAILS,
    question_tags=QUESTION_TAGS,
    asking_verbs=ASKING_VERBS,
    asked_openers=ASKED_OPENERS,
    asked_participles=ASKED_PARTICIPLES,
    asked_subordinators=ASKED_SUBORDINATORS,
    stance_adverbs=STANCE_ADVERBS,
    relative_times=RELATIVE_TIMES,
    place_prepositions=PLACE_PREPOSITIONS,
    time_prepositions=TIME_PREPOSITIONS,
    articles=ARTICLES,
    copulas=COPULAS,
    ranking_verbs=(COPULAS - {"being"}) | frozenset("become becomes became".split()),
    issue_day_words=frozenset({"today", "tonight"}),
    this_year=("this", "year"),
    anniversary_nouns=frozenset({"anniversary", "birthday", "jubilee"}),
    age_of=("age", "of"),
    discourse_markers=DISCOURSE_MARKERS,
    time_units=TIME_UNITS,
    genitive_prepositions=frozenset({"of"}),
    pair_words=frozenset({"both"}),
    question_turn=QUESTION_TURN,
    name_affixes=NAME_AFFIXES,
    member_nouns=MEMBER_NOUNS,
    day_parts=frozenset("morning afternoon evening night overnight".split()),
    clock_marks=frozenset({"am", "pm"}),
    afternoon_marks=frozenset({"pm"}),
    sequence_times=frozenset("later earlier soon meanwhile".split()),
    leading_conjunctions=frozenset({"and", "but", "so"}),
    earlier_openers=tuple(tuple(o.split()) for o in (
        "earlier", "previously", "at the time", "last week", "last month", "last year", "last weekend")),
    clause_openers=frozenset(
        "that which who whom whose when whenever after before because as than if since until once while though "
        "although where whereas whether".split()),
    figure_bounds=frozenset("more less fewer than at least most up to just only all".split()),
    people_suffixes=frozenset("n an ian ns ans ians".split()),
    emphasis_words=EMPHASIS_WORDS,
    relational_nouns=frozenset("potential link links strength".split()),
    source_documents=SOURCE_DOCUMENTS,
    stock_phrases=STOCK_PHRASES,
    date_modifiers=DATE_MODIFIERS,
    comparatives=COMPARATIVES,
    conflicts=CONFLICTS,
    naming_verbs=NAMING_VERBS,
    naming_particles=NAMING_PARTICLES,
    naming_breaks=NAMING_BREAKS,
    speaker_pronouns=SPEAKER_PRONOUNS,
    naming_subjects=NAMING_SUBJECTS,
    reported_subjects=REPORTED_SUBJECTS,
    reported_partitives=REPORTED_PARTITIVES,
    reported_verbs=REPORTED_VERBS,
    quote_coordinators=QUOTE_COORDINATORS,
    reported_openers=REPORTED_OPENERS,
    percent_words=PERCENT_WORDS,
    appraisal_verbs=APPRAISAL_VERBS,
    term_nouns=TERM_NOUNS,
    claim_verbs=CLAIM_VERBS,
    coordinated_extra_words=2,
    relative_pronouns=frozenset("which who whom whose".split()),
    hold_verbs=frozenset("hold holds held holding keep keeps kept keeping leave leaves left leaving maintain "
                         "maintains maintained maintaining".split()),
    hold_complements=frozenset("steady unchanged stable constant".split()),
    term_markers=frozenset("so-called self-styled self-proclaimed self-described supposed quote-unquote".split()),
    quote_additives=QUOTE_ADDITIVES,
    possessive_followers=POSSESSIVE_FOLLOWERS,
    editor_notes=("editor's note", "editor’s note", "editors' note", "editors’ note", "ed. note", "ed.", "eds."),
    inflection_endings=frozenset("s es e ed d ing y ies ied er est r st".split()) | {""},
    currency_words=frozenset("dollar dollars euro euros pound pounds yen cent cents".split()),
    split_units=SPLIT_UNITS,
    measure_units=MEASURE_UNITS,
    point_nouns=frozenset({"point", "points"}),
    point_qualifiers=frozenset({"percentage", "percent"}),
    unit_conversions=UNIT_CONVERSIONS,
    channel_prepositions=CHANNEL_PREPOSITIONS,
    channel_nouns=frozenset("email video tweet interview podcast livestream broadcast".split()),
    medium_prepositions=frozenset({"in", "on"}),
    circumstance_conjunctions=CIRCUMSTANCE_CONJUNCTIONS,
    release_verbs=RELEASE_VERBS,
    information_nouns=INFORMATION_NOUNS,
    rank_words=RANK_WORDS,
    role_modifiers=ROLE_MODIFIERS,
    figure_units=FIGURE_UNITS,
    article_numbers=frozenset({"one"}),
    lead_in_verbs=frozenset("be have include follow contain comprise list begin read outline".split()),
    lead_in_nouns=frozenset("list".split()),
    first_person=frozenset("i me my myself mine".split()),
    # (only short forms that are no common word: not "bill", "bob", "chuck", "nick", "pat", "rob")
    given_names={"joe": "joseph", "mike": "michael", "jim": "james", "jimmy": "james", "tom": "thomas",
                 "tommy": "thomas", "tony": "anthony", "dave": "david", "dan": "daniel", "liz": "elizabeth",
                 "ben": "benjamin", "kathy": "kathleen", "bobby": "robert", "andy": "andrew", "ron": "ronald",
                 "larry": "lawrence", "jerry": "gerald", "marty": "martin", "matt": "matthew", "greg": "gregory",
                 "jeff": "jeffrey", "tim": "timothy", "doug": "douglas", "pete": "peter", "phil": "philip"},
    # ("I," at a word's start: the literal first, the boundary looked back at, so that the search over the whole text
    # skips to each "I," instead of trying the pattern at every character, as a leading \b made it)
    signer_opening=re.compile(r"I,(?<=\bI,)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}),"),
    demonyms=DEMONYMS,
    region_codes=REGION_CODES,
    region_abbreviations=REGION_ABBREVIATIONS,
    sentence_final_abbreviations=frozenset({"etc"}),
    region_qualifiers=frozenset("new north south east west northern southern eastern western american".split()),
    person_nouns=PERSON_NOUNS,
    synonyms=SYNONYMS,
    acronym_connectors=NAME_CONNECTORS | {"the", "on", "in", "&"},
    acronym_initial_connectors=frozenset({"of"}),
    list_coordinators=frozenset({"and", "or"}),
    month_order=MONTH_ORDER,
    weekday_order=WEEKDAY_ORDER,
)
