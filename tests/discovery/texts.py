"""Small made-up releases and articles for the discovery tests (written for these tests, no third-party text)."""

from __future__ import annotations

from pathlib import Path

RELEASES = {
    "bridges.txt": """Department announces $2.4 billion to repair rural bridges

WASHINGTON, March 3, 2025 -- The Department of Transportation today announced $2.4 billion in grants to repair
1,200 rural bridges in 38 states. "Every bridge we fix keeps a school bus, a farmer and an ambulance moving,"
said Secretary Maria Lopez. The grants favour bridges rated in poor condition and counties with fewer than
50,000 residents. Work on the first 300 bridges will begin this summer. States must report progress every
six months, and unspent money returns to the Treasury after five years.
""",
    "wetlands.txt": """Agency expands protection for coastal wetlands

WASHINGTON, April 9, 2025 -- The Environmental Protection Agency today added 14 coastal wetlands in Louisiana and
Texas to its list of protected habitats. The wetlands shelter migratory birds and absorb storm surges that
threaten nearby towns. "Wetlands are our first line of defence against hurricanes," said Administrator James
Okafor. Dredging and drainage in the protected areas now require a federal permit. The agency will fund
restoration of 6,000 acres of marsh over the next decade.
""",
    "vaccines.txt": """Health agency launches measles vaccination drive in schools

ATLANTA, May 12, 2025 -- The Centers for Disease Control and Prevention today launched a measles vaccination drive
in 2,500 schools after outbreaks in nine states. Nurses will offer free doses to pupils whose records show a
missed shot. "Measles is back because coverage slipped, and we can close that gap this year," said Director
Anne Whitfield. Parents will receive letters in eleven languages. The agency counted 412 measles cases so far
this year, more than in all of 2023.
""",
    "broadband.txt": """Commission approves satellite internet for remote tribal lands

WASHINGTON, June 2, 2025 -- The Federal Communications Commission today approved $640 million to bring satellite
internet to 90,000 homes on remote tribal lands. Providers must offer speeds of at least 100 megabits per second
at a monthly price below $30 for qualifying households. "No family should have to drive an hour to send a job
application," said Chair Robert Tsosie. Installation starts in Arizona and New Mexico in the autumn.
""",
}

#: a story re-written from bridges.txt, with a quotation
BRIDGE_STORY = """Rural bridges to get $2.4bn federal repair money

Washington will spend $2.4bn fixing about 1,200 crumbling bridges in rural America, the transport department
said on Monday. Secretary Maria Lopez said: "Every bridge we fix keeps a school bus, a farmer and an ambulance
moving." Money goes first to bridges judged to be in poor condition, in counties of under 50,000 people.
Repairs on 300 of the bridges start in the summer, and states will have to report their progress twice a year.
"""

#: a story with no source among RELEASES
NO_SOURCE_STORY = """Chess club wins national title after decade of near misses

A small-town chess club took the national team championship on Sunday, ending ten years of second and third
places. The club's youngest player, aged 12, won all seven of her games. Members said they trained in the back
room of a bakery three evenings a week. The team will represent the country at the world event in Budapest.
"""

#: a story drawing on two releases: bridges.txt and wetlands.txt
TWO_SOURCE_STORY = """Washington unveils money for bridges and wetlands

The transport department will spend $2.4bn repairing about 1,200 rural bridges, starting with those in poor
condition in counties of under 50,000 people. Separately, the environment agency placed 14 coastal wetlands in
Louisiana and Texas under protection, saying they shelter migratory birds and absorb storm surges. Dredging in
the wetlands will now need a federal permit, and 6,000 acres of marsh are to be restored over ten years.
Administrator James Okafor called wetlands the first line of defence against hurricanes.
"""

#: a long press briefing on many subjects that reads broadband.txt out in one part (the release is a small share of
#: the briefing: an article that uses its source in part)
BRIEFING = """Press briefing by the spokesperson, June 2, 2025

Good afternoon, everyone. A few things at the top before I take your questions.

First, on the weather. The storms that crossed the northern plains overnight flattened grain silos in three
counties, and the governor asked this morning for emergency help. Teams from the relief office are on the ground,
generators are on their way, and we expect to approve the request within days. Farmers who lost stored harvests
can apply for low-interest loans from Monday.

Second, the prime minister of Norway will visit on Thursday. The two leaders will discuss fisheries, Arctic
shipping lanes and a joint research station on Svalbard. There will be a lunch in the garden and a short press
conference afterwards.

Third, some good news from the Commission. It approved today $640 million to bring satellite internet to 90,000
homes on remote tribal lands. Providers must offer speeds of at least 100 megabits per second at a monthly price
below $30 for qualifying households. As Chair Robert Tsosie put it, no family should have to drive an hour to
send a job application. Installation starts in Arizona and New Mexico in the autumn.

Finally, a reminder that the museum of aviation reopens on Saturday after two years of renovation, with a new
gallery of early gliders, a flight simulator for children and free entry for veterans all summer.

With that, questions.

Q: On the budget talks: is a deal close?

A: The negotiators met until midnight and will meet again tomorrow. I will not put a date on an agreement, but
the tone has improved and both sides want the parks and the libraries funded before the autumn.

Q: Will the visit of the Norwegian prime minister include a trade announcement?

A: I would not get ahead of the leaders. They have a lot to talk about, from salmon quotas to icebreakers.

Q: What about the stadium vote in the capital next week?

A: That is a matter for the city council and the voters. We have no position on the stadium.
"""


def write_releases(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in RELEASES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def write_stories(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, text in (("bridge-story.txt", BRIDGE_STORY), ("no-source.txt", NO_SOURCE_STORY),
                       ("two-sources.txt", TWO_SOURCE_STORY)):
        paths[name] = folder / name
        paths[name].write_text(text, encoding="utf-8")
    return paths


#: five short statements of one week, each read out in STATEMENTS_BRIEFING (more sources than three comparisons)
STATEMENTS = {
    "harbour.txt": """Statement on the reopening of the northern harbour

The northern harbour reopens to cargo ships on Friday after dredgers cleared the silt that closed it in March.
Pilots will guide vessels of up to 40,000 tonnes through the widened channel until the buoys are replaced.
""",
    "orchestra.txt": """Statement on the youth orchestra's tour

The national youth orchestra will tour eleven cities in October, playing free concerts in schools with its
ninety musicians, the youngest of them fourteen. A new symphony by a composer from Tromsø opens each concert.
""",
    "wildfire.txt": """Statement on the wildfire in the eastern hills

Firefighters contained the wildfire in the eastern hills overnight after it burned 3,200 hectares of pine
forest. Two villages evacuated on Tuesday may return from noon tomorrow; smoke warnings stay in force.
""",
    "vaccine-plant.txt": """Statement on the new vaccine plant

A vaccine plant opening in Lyndale will fill 200 million vials a year and employ 650 technicians. Its first
order is for influenza doses ahead of the winter season, with measles vials to follow in the spring.
""",
    "rail-strike.txt": """Statement on the end of the rail strike

Rail unions and operators signed an agreement ending the four-day strike: drivers receive a raise of 6 percent
over two years, and night shifts will be capped at nine hours. Trains run a full timetable from Monday.
""",
}

#: a long briefing reading out every statement of STATEMENTS among other subjects
STATEMENTS_BRIEFING = """Press briefing by the spokesperson, September 19, 2025

Good afternoon. Several announcements at the top, and then your questions.

The northern harbour reopens to cargo ships on Friday: dredgers cleared the silt that closed it in March, and
pilots will guide vessels of up to 40,000 tonnes through the widened channel until the buoys are replaced.

On the hills: firefighters contained the wildfire in the eastern hills overnight, after it burned 3,200
hectares of pine forest. The two villages evacuated on Tuesday may return from noon tomorrow, and the smoke
warnings stay in force.

Some good news for music lovers: the national youth orchestra will tour eleven cities in October, with free
concerts in schools by its ninety musicians, the youngest of them fourteen, and a new symphony by a composer
from Tromsø opening each concert.

On health: the vaccine plant opening in Lyndale will fill 200 million vials a year and employ 650
technicians. Its first order is for influenza doses ahead of the winter season; measles vials follow in spring.

And on transport: the rail unions and the operators signed an agreement ending the four-day strike. Drivers get
a raise of 6 percent over two years, night shifts are capped at nine hours, and trains run a full timetable
from Monday.

Before questions, a word on the weather service, which has a new director from next month; her appointment
letter was signed this morning, and she will brief you herself once she has settled in.

Q: On the budget: will there be a vote before the recess?

A: The committee has the text. I will not predict the calendar of the chamber, but we want the school meals and
the road repairs funded before the winter.

Q: Is the minister travelling to the summit in November?

A: Her plans are not final. We will tell you as soon as they are, and I would not read anything into the delay.
"""

#: a page of the day after a fact sheet on the bridge grants, reprinting excerpts of local news stories, each in its
#: reporter's words and with its county's figures (the shape of a "what they are reading in the states" page)
#: (each excerpt headed "Outlet — headline": written "Outlet: headline", a line is a field of a fact box, a claim
#: the sheet supports, and the page is found on the comparison's support alone, without the rule the test is about)
BRIDGE_NEWS_PAGE = """What they are reading in the states: rural bridge repairs, March 4, 2025

Local outlets across the country are reporting on the bridge grants announced yesterday.

Valley Courier — Nine county bridges on the repair list
Pine County will see nine of its oldest spans rebuilt, the county engineer said, after the transport department
named the bridges rated in poor condition. The school district had rerouted two bus lines around the Mill Creek
crossing since last spring.

Prairie Ledger — Farmers welcome money for crumbling crossings
Grain haulers in Ward County have driven forty extra miles at harvest to avoid a closed span. The federal money
covers the first 300 bridges this summer, and the county hopes its crossing is among them.

Harbor Tribune — State must show progress twice a year
Under the grant rules the state highway office will file a progress report every six months, and money left
unspent after five years goes back to Washington, officials told the paper.

Mountain Daily — Small counties first in line
Counties with fewer than 50,000 residents get priority, which puts all of the region's rural districts ahead of
the cities, the regional planner said.
"""

#: an undated local story that quotes the bridge release's one quotation word for word and restates little else of
#: it (its own news is a closed crossing and a school board): too little of a long fact sheet's vocabulary for
#: ``min_reverse``
BRIDGE_QUOTING_STORY = """Mill Creek bridge could finally be fixed

The crossing on Mill Creek has been closed to school buses for a year, and parents in Pine County have had enough.
Help may be coming: the transport department will pay to repair rural bridges in poor condition, and the
county's own engineer says the Mill Creek span qualifies.
"Every bridge we fix keeps a school bus, a farmer and an ambulance moving," Secretary Maria Lopez said in
announcing the money.
Parents at Tuesday's meeting of the school board asked how soon the work could begin. The board chair said the
district would keep its detour until the county hears back.
"""

#: a disaster declaration published weeks after the storms it covers, and an undated story on it whose only date is
#: the day the storms struck (its first date: the story's date as read, though it is the event's)
DECLARATION = """President approves disaster declaration for Ohio

WASHINGTON, June 18, 2025 -- The President today declared that a major disaster exists in the State of Ohio and
ordered Federal aid to supplement State and local recovery efforts in the areas affected by severe storms,
straight-line winds and tornadoes that struck on May 10, 2025. Federal funding is available to affected
individuals in Adams, Brown and Clermont counties. Assistance can include grants for temporary housing and home
repairs, and low-cost loans to cover uninsured property losses. Federal funding is also available on a
cost-sharing basis for hazard mitigation measures statewide. Kevin Hale of the Federal Emergency Management
Agency is named Federal Coordinating Officer for the recovery operations.
"""
DECLARATION_STORY = """Ohio storm victims can apply for federal disaster aid

Residents of three Ohio counties hit by the tornadoes and straight-line winds of May 10, 2025 can now apply for
federal help after the President declared a major disaster in the state. People in Adams, Brown and Clermont
counties may receive grants for temporary housing and home repairs, and low-cost loans for uninsured losses.
Kevin Hale of FEMA will coordinate the recovery. Hazard mitigation projects across the state are covered too.
"""

#: a long statement on a judge's death and a story quoting it only in short phrases (three or four content words
#: each), around its own reporting on her life
JUDGE_STATEMENT = """Statement on the passing of Judge Ada Brooks

WASHINGTON, July 1, 2025 -- Judge Ada Brooks was a towering figure of American justice and a tireless champion
of working families. For thirty years on the federal bench she defended the rule of law with courage, wrote
opinions that taught a generation of lawyers, and never forgot the people behind each case. She was the
moral compass of our courts. Our administration will continue the work she began: we are expanding legal aid
clinics in rural counties, funding new public defender positions in twelve states, modernising court records,
training interpreters for immigrant families, cutting the backlog of veterans' appeals, and opening night
courts in crowded cities so that workers need not lose a day's pay to answer a summons. We extend our deepest
condolences to her husband, Thomas, to her three children, and to her many clerks and colleagues.
"""
JUDGE_STORY = """Judge Ada Brooks, pioneer on the appeals court, dies at 81

Ada Brooks grew up on a dairy farm in Vermont, paid for law school by waiting tables in Boston, and became the first
woman to chair her state's bar association before her appointment in 1995. Former clerks remember marathon Sunday
sessions in her chambers and her habit of rewriting every draft by hand. She loved opera, sailing on Lake
Champlain and crossword puzzles.
The White House called her "a towering figure of American justice" and "a tireless champion of working families".
The country had lost "the moral compass of our courts", it said. Her funeral will be held in Burlington next week.
"""
