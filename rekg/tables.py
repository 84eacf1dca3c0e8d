"""Facts in markdown tables and field lists: the subsidiaries, shareholders, customers and
suppliers tables of filings, and company profiles ("- Legal representative: Mr. Liu").

A table's header says what each column holds (the name of a company, its stake, its
place, its business) and whose table it is: "Shareholder" rows own the table's subject,
"Customer" rows buy from it, "Company"/"Subsidiary" rows with a stake are owned by it.
The subject is the organisation the line just above the table names ("Shareholding
structure of Ruixin", "the largest shareholders of the Company were:"), else the
filing's defined "Company", else the article's first organisation. A field list ("Name:",
"Registered address:", "Legal representative:", "Principal business:") is the profile of
the company its name field or the line above names. A signature or contact block (a
person's name, a job title and an organisation on three lines of their own) says who
works for whom. Each row, field line or block is the evidence of its facts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from rekg.model import Article, Evidence, Mention, Relation
from rekg.resolve import normalise, strip_suffixes
from rekg.rules import CLASS_CODES, FACILITY_HEAD, TITLE_LINE, leads_whole, org_class_from_name

HEADING_WORDS = 12  # a longer line above a table is a paragraph, not its title
ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.MULTILINE)
BARE_ROW = re.compile(r"^[ \t]*[^|\s][^|\n]*(?:\|[^|\n]*){2,}$", re.MULTILINE)  # "No. | Subsidiary | Stake"
SEPARATOR_CELL = re.compile(r"^\s*:?-{3,}:?\s*$")
STAKE_HEADER = re.compile(  # "| % after |" too
    r"interest|equity|shareholding|percentage|stake|ownership|(?<!\S)%(?!\S)|% held|% of|proportion|^share$", re.I)
DIRECT_STAKE = re.compile(r"\b(?:in)?direct(?:ly)?(?: held)?$", re.I)  # a stake column's halves
NOTE_OPENS = re.compile(r"\s*\(\s*")
CURRENT_STAKE_HEADER = re.compile(r"\b(?:after|current|now|end)\b", re.I)
NAME_HEADER = re.compile(
    r"\b(?:company|companies|name|subsidiar\w*|shareholders?|(?<!quota )(?<!indicator )holders?|investors?|investees?|customers?|"
    r"clients?|suppliers?|vendors?|entity|entities|plants?|facilit(?:y|ies)|mines?|sites?|enterprises?|applicants?|"
    r"makers?|producers?|manufacturers?|miners?|refiners?|smelters?|separators?|firms?|targets?|persons?|people|"
    r"appointees?|executives?|officials?|members?|exporters?|licensees?|(?:joint )?ventures?|jvs?|associates?|"
    r"affiliates?|projects?|groups?|units?|nodes?|exhibitors?|bidders?|tenderers?)\b",
    re.I)
OWNER_HEADER = re.compile(  # the row's owner
    r"\b(?:operators?|owners?|operated by|owned by|controlled by|parent(?: company)?|acquirers?|"
    r"(?:key|main|major|largest|controlling|principal) (?:share)?holders?|(?:quota|indicator) holders?|"
    r"(?:permit|licen[cs]e|mining right) holders?)\b", re.I)
OPERATOR_HEADER = re.compile(  # "| Plant | Operating company | Parent group (stake) |": the parent owns the operator
    r"\b(?:operators?|operating\s+(?:company|companies|entity|firm)|operated\s+by|run\s+by)\b", re.I)
PARTNER_HEADER = re.compile(r"\bpartners?\b", re.I)  # a joint venture's: "| Partners and stakes |"
NAME_JOINERS = {"of", "and", "for", "the", "de", "du", "des", "la", "le", "von", "van", "und"}  # lower-case words of a name
FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰*† "  # "Contracted customers⁴"
CUSTOMERS_HEADER = re.compile(r"(?:(?:main|key|major|principal|contracted|current)\s+)?(?:customers?|clients?|buyers?)"
                              r"|(?:ships|sells|supplies|delivers)(?:\s+to)?", re.I)
HOLDINGS_HEADER = re.compile(r"^(?:(?:key|main|major|principal|listed)\s+)?(?:subsidiar(?:y|ies)|units|holdings)$",
                             re.I)  # "| Group | ... | Key subsidiaries |": the row's own
SOURCE_HEADER = re.compile(r"\b(?:from|sourced from|supplied by|suppliers?|sources?)\b", re.I)  # "| Metal from |"
PLACE_HEADER = re.compile(r"\b(?:place|location|registered|registration|address|headquarters?|hq|base|domicile|based|"
                          r"province|city|region)\b", re.I)
WIDER_PLACE_HEADER = re.compile(r"\b(?:province|region|state|country|prefecture)\b", re.I)
ACTIVITY_HEADER = re.compile(r"\b(?:activit\w*|business|products?|produces|makes|scope|output)\b", re.I)
ENTITY_HEADER = re.compile(r"\b(?:entity|entities|company|companies|enterprises?|operating)\b", re.I)
OWN_SITE_HEADER = re.compile(r"(?:main |production )?sites?")  # not "| Project site |" (the project's)
SITE_HEADER = re.compile(r"\b(?:mines?|plants?|facilit(?:y|ies)|sites?|smelters?)\b", re.I)  # "| Enterprise | Mine / plant |"
SITE_AFTER_NAME = re.compile(r"(.+?)\s+[–—-]\s+(.+?\b(?:Mine|Plant|Factory|Refinery|Smelter|Works))")  # "X – Y Mine"
FACILITY_CELL = re.compile(  # "Hexing separation plant", "Zudong ion-adsorption mine": a named site, lower-case head
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:\s+[a-z][\w-]*){0,2}\s+(?:mine|plant|pit|refinery|smelter|deposit|factory)")
JOINED_NAMES = re.compile(  # "Shenghe + Saigon", "Nanling Group / Thermion GmbH", "A (51%), B (49%)"
    r"\s+[+/]\s+|\s*;\s+|(?<=%\))(?:,?\s+and\s+|,\s*)")
REPRESENTATIVE_HEADER = re.compile(  # "| Representative |": "Yang Guoan, Chairman" speaks for the row's organisation
    r"\b(?:representatives?|delegates?|contacts?|chair(?:man|woman|person)?|ceo|president|general manager|"
    r"head(?!\s*(?:office|quarters))|leader)\b", re.I)
PERSON_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}")
ISSUER_HEADER = re.compile(r"\b(?:issu(?:ed|ing)(?:\s+(?:by|body|authority|department|agency))?|issuers?|"
                           r"promulgated by)\b", re.I)  # "| Issuing body | Measure |": a table of policies
POLICY_HEADER = re.compile(r"\b(?:measures?|polic(?:y|ies)|instruments?|documents?|regulations?|notices?|"
                           r"announcements?)\b", re.I)
PARTICIPANTS_HEADER = re.compile(r"\b(?:entities|companies|enterprises|participants|firms)\b", re.I)
ITEMS_HEADER = re.compile(r"\b(?:items|products|elements|goods)\b", re.I)
TASK_HEADER = re.compile(r"(?:corrective |required |follow-up )?(?:actions?|tasks?|due(?: date)?|deadline)", re.I)
PLACE_NOTE_HEADER = re.compile(  # "| Target (location) |": the note after each name is a place
    r"\((?:hq|headquarters|location|based|base|city|province|place|country)\)", re.I)
MADE_HEADER = re.compile(  # not "| Main products sold |"
    r"\b(?:produces|makes|made|manufactures|main products?(?!\s+(?:sold|bought|purchased|supplied|delivered)))\b", re.I)
SUPERVISED = re.compile(r"\b(?:supervis\w*|regulat\w*|overs\w+|administered|guidance)\b", re.I)
NOTES_HEADER = re.compile(r"(?:notes?|remarks?|comments?)", re.I)
NOTES_HEADER = re.compile(r"^\W*(?:notes?|remarks?|comments?)\W*$", re.I)  # free text, read as a sentence
PAST_HEADER = re.compile(r"\b(?:previous|former|prior|past|background|biography|career)\b", re.I)  # history
PERSON_HEADER = re.compile(r"\b(?:persons?|people|appointees?|executives?|officials?|speakers?|presenters?|panell?ists?)\b",
                           re.I)
EMPLOYER_HEADER = re.compile(r"\b(?:organi[sz]ations?|employer|institution|body|agency|affiliations?)\b", re.I)  # a person's
PERSON_NAME = re.compile(r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){1,3}")  # "Sun Peng", "Amelia Hart", not "Moderator: ..."
POSITION_HEADER = re.compile(r"\b(?:positions?|titles?|posts?|roles?|offices?)\b", re.I)
KINDS = (  # the name column's header -> whose rows they are
    (re.compile(r"\b(?:shareholders?|holders?|investors?)\b", re.I), "shareholder"),
    (re.compile(r"\b(?:customers?|clients?)\b", re.I), "customer"),
    (re.compile(r"\b(?:suppliers?|vendors?|exporters?)\b", re.I), "supplier"),
    (re.compile(r"\bsubsidiar", re.I), "subsidiary"),  # "Principal subsidiaries and joint ventures"
    (re.compile(r"\b(?:(?:joint )?ventures?|jvs?)\b", re.I), "venture"),
)
ENDED = re.compile(r"\b(?:ended|suspended|terminated|ceased|stopped|halted|discontinued|expired|former|formerly|until|"
                   r"disposed|sold|deregistered|dissolved|liquidated|resigned|retired|stepped down|left|"
                   r"cancell?ed|called off|abandoned|withdrawn|rescinded|revoked)\b", re.I)
TENTATIVE = re.compile(r"\b(?:prospective|potential|proposed|planned|pending|negotiat\w*|talks?|not contracted|"
                       r"candidates?|samples?|under (?:test|review|evaluation|discussion)|unconfirmed|unverified|"
                       r"rumou?red|alleged|speculative|qualif(?:ying|ication)|testing|trials?|denied|"
                       r"no (?:commercial )?(?:supply|supplies|sales|deliveries|orders))\b", re.I)
ACTIVITY = re.compile(r"(?:ing|separation|exports?|industry|sector)$", re.I)  # "rare earth mining" is not made
BUYER_HEADER = re.compile(
    r"\b(?:customers?|clients?|buyers?|end users?|consignees?|destinations?|export markets?)\b", re.I)
STAKE = re.compile(r"\d+(?:\.\d+)?\s?%")
BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")
TRAILING_NOTE = re.compile(r"\s*\([^()]*\)$|\s+\d+(?:\.\d+)?\s?%$")  # "CNRE (51%)", "CNRE 51%"
HONORIFIC = re.compile(r"(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+(?=[A-Z])")
NOT_A_NAME = re.compile(r"^(?:total|subtotal|others?|sum|n/?a|-+|—|none|privately|private|public|free float|listed|"
                        r"rmb|cny|usd|us\$|yuan|eur|jpy|"  # "| Unit | RMB/t |": a price table's units
                        r"individuals?|employees?)\b", re.I)
TITLE_NOTE = re.compile(r"(.+?)\s*\(([^()]+)\)")
VENTURE_NOTE = re.compile(r"\((?:a\s+)?(?:joint venture|JV)\)", re.I)  # "| Nanling-Thermion Co. (joint venture) |"
REFERENCE = re.compile(r"\bthe\s+(Company|Group|Issuer|Fund|Target|Purchaser|Vendor)\b")
SHAREHOLDER_HEADING = re.compile(  # a heading line of its own: "## Shareholders", "Shareholding structure:"
    r"^[ \t#*]*(?:(?:major|main|principal|key|current|registered)\s+)?(?:shareholders?|shareholding(?:\s+structure)?|"
    r"ownership(?:\s+structure)?|owners)[ \t*:]*$", re.IGNORECASE | re.MULTILINE)
STAKE_LINE = re.compile(r"[ \t]*(?:[-*•][ \t]+)?(?P<name>[^\n:]+?):?[ \t]+(?P<stake>\d+(?:\.\d+)?[ \t]?%)[ \t]*")
CARD_LINES = 5  # a directory card's name lies this many lines above its fields at most (its address between)
FIELD = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?\**(?P<field>[A-Z][A-Za-z ,&/-]{1,60}?)\**:\**[ \t]+(?P<value>\S[^\n]*?)[ \t]*$",
                   re.MULTILINE)
JOB_TITLE = re.compile(
    r"\b(?:manager|director|officer|chair\w*|president|secretary|head|analyst|spokes\w+|representative|"
    r"engineer|executive|partner|adviser|advisor|counsel|ceo|cfo|coo|cto|buyer|specialist|coordinator|consultant)\b",
    re.I)
TEAM_HEADING = re.compile(r"^[^\w\n]*(?:(?:\d+|[IVX]+)\.?\s+)?(?:who\s+are\s+)?(?:our\s+|the\s+|your\s+)?"
                          r"(?:(?:senior|executive|corporate|key)\s+)?"  # "6. Who are the key managers?"
                          r"(?:leadership|management|managers|team|board(?:\s+of\s+directors)?|directors|executives|people)"
                          r"(?:\s+team|\s+and\s+(?:senior\s+)?(?:management|executives|officers))?[^\w\n]*$",
                          re.I | re.MULTILINE)  # "4. DIRECTORS AND SENIOR MANAGEMENT"
LINE = re.compile(r"[^\n]*\S[^\n]*")
LINE_NAME_END = re.compile(r"[^\S\n]*(?:$|\n|[|–—,(]|-\s)")  # a name that ends its line or its first part
_AUTHOR_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}"
_AFFILIATION_NUMBERS = r"\d+(?:\s*,\s*(?:\d+|\*))*"
AUTHOR = re.compile(rf"(?P<name>{_AUTHOR_NAME})\s*\((?P<numbers>{_AFFILIATION_NUMBERS})\)")
AUTHOR_LINE = re.compile(  # "Liu Fang (1), Deng Yiwen (2), Hu Zhenbang (1,*)"
    rf"^[ \t]*{_AUTHOR_NAME}\s*\({_AFFILIATION_NUMBERS}\)(?:,\s*{_AUTHOR_NAME}\s*\({_AFFILIATION_NUMBERS}\))*[ \t]*$",
    re.MULTILINE)
AFFILIATION = re.compile(r"^[ \t]*\((?P<number>\d+)\)[ \t]+(?P<unit>[^\n]+)$", re.MULTILINE)
TEAM_ITEM = re.compile(r"(?P<name>[ \t]*(?:[-*•][ \t]+)?[^\n]+?)[ \t]+[-–—:|,][ \t]+(?P<title>[^\n]+)")
SELECTION_INTRO = re.compile(  # "The following rare earth companies were selected:", "Companies included in the list are:"
    r"(?:(?P<selected>\b(?:(?:were|are|have\s+been|was|has\s+been)\s+(?:\w+ly\s+)?(?:selected|included|chosen|named|"
    r"listed|approved|shortlisted|admitted|added|recogni[sz]ed|allocated|granted|awarded|issued)|(?:included|listed|"
    r"selected|named|chosen)\s+(?:in|on|for)\b[^\n:]*\b(?:are|were|include)|(?:went|go|goes)\s+to|(?:have|has)\s+joined)\b[^\n:]*)"
    r"|\b(?:include|includes|comprise|comprises)|\bas\s+follows):[ \t]*$",
    re.MULTILINE)
LIST_FOR = re.compile(r"List of [^\n]*?\b(?:for|under|in|of)\s+(?:the\s+)?(?:\d{4}\s+)?([A-Z][^\n]+)$")
POLICY_WORD = re.compile(r"\b(?:quotas?|list|programme|program|batch|catalogue|pilot|scheme|system|measures|plan|"
                         r"indicators)\b", re.I)
HEDGED_INTRO = re.compile(r"\b(?:may|might|could|would|will|expected|likely|not|candidates?)\b", re.I)
LIST_ITEM = re.compile(r"^[ \t]*(?:\d+[.)]|\(\d+\)|--|[-•*])[ \t]+\S[^\n]*", re.MULTILINE)
PRODUCTION_CUE = re.compile(r"\b(?:production|manufactur\w*|mak\w+|produc\w+) (?:of )?", re.I)
MEMBERSHIP_CUE = re.compile(r"\b(?:members? of|selected (?:for|in|under)|included in|named (?:to|in)|listed (?:in|on)|"
                            r"participants? in|part of|approved (?:for|under)|covered by)\s+(?:\S+\s+){0,3}$", re.I)
FACT_BOX = re.compile(r"\b(?:at a glance|key facts|fact ?(?:box|sheet|file)|(?:company|corporate|issuer|borrower) (?:facts|profile|"
                      r"snapshot|information)|quick facts|in brief)\b", re.I)  # a box about the page's own company
NAME_FIELD = re.compile(r"^(?:(?:registered |company |full |english |legal )?name|featured (?:member|company|enterprise)|"
                        r"company|employer|hiring company)$",
                        re.I)
PARTY_FIELD = re.compile(  # a procurement notice's block is its party's: "Winning supplier: X", "Purchaser: Y"
    r"^(?:(?:winning|successful|selected) (?:supplier|bidder|tenderer|vendor)|purchaser|procurement agency|contractor|"
    r"(?:tender|tendering|bidding|procurement) agent)$",
    re.I)
LIST_WORDS = 10  # a longer value is a sentence, which the sentence rules read
NEGATED = re.compile(r"\bnot\b|n't\b|\bno\b", re.I)
CUSTOMER_FIELD = re.compile(r"^(?:key |main |major |selected |principal |current )?(?:customers?|clients?|buyers?)$", re.I)
SUPPLIER_FIELD = re.compile(r"^(?:key |main |major |principal |current )?(?:suppliers?|raw materials?|feedstock)$", re.I)
PLACE_FIELD = re.compile(r"address|registered place|"
                         r"place of (?:registration|operation|incorporation|establishment|business)|"
                         r"location|headquarters|domicile", re.I)
STAKE_FIELD = re.compile(r"equity|interest|shareholding|stake|ownership|% held", re.I)
BOARD_POSTS = (r"(?:(?:executive|non-executive|independent|independent non-executive)\s+)?directors?|"
               r"(?:joint\s+)?company\s+secretar(?:y|ies)|supervisors?")  # a filing's "Executive Directors: P (Chairman)"
PERSON_FIELD = re.compile(r"legal representative|chair\w*|general manager|president|chief executive|\bceo\b|"
                          r"^director$|secretary-general|chief [a-z ]{1,30}officer|\bc[fot]o\b|(?:board|company) secretary",
                          re.I)
PEOPLE_FIELD = re.compile(r"^(?:key people|key persons|management|executives|leadership|officers|"
                          r"(?:key )?contacts?|contact persons?|" + r"(?:board of )?{0})$".format(BOARD_POSTS), re.I)
BUSINESS_FIELD = re.compile(r"principal business|main business|business scope|products|principal activit", re.I)
PARENT_FIELD = re.compile(r"^(?:parent(?: company)?|owners?|ownership|owned by|"
                          r"(?:(?:other|major|main|principal|largest|key|controlling) ){0,2}shareholders?)$", re.I)
PARENT_VALUE = re.compile(  # "Type: Joint venture of A (51%) and B (49%)", "Status: wholly owned subsidiary of X"
    r"(?:an?\s+)?(?:(?:wholly|majority)[- ]owned\s+)?(?:joint venture|subsidiary)\s+(?:of|between)\b", re.I)
STAKE_AFTER = re.compile(r"\s*[(,]?\s*(\d+(?:\.\d+)?\s?%)")  # "China Rare Earth Group (70%)", "X, 31.21%"
SUBSIDIARIES_FIELD = re.compile(r"^(?:(?:principal|main|key|listed) )?(?:subsidiary|subsidiaries|units|affiliates)$",
                                re.I)
SUPERVISOR_FIELD = re.compile(r"^(?:state |government )?(?:supervising body|supervisor|regulator|supervised by|"
                              r"competent authority)$", re.I)


FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰†‡"  # "| Minhai-Kyowa Metals (Xiamen) Co., Ltd.¹ |": the name ends before them


@dataclass(frozen=True)
class _Cell:
    start: int
    end: int
    text: str  # without markdown emphasis


@dataclass(frozen=True)
class _Table:
    header: list[str]
    rows: list[tuple[int, int, list[_Cell]]]  # line start, line end, cells
    start: int  # where the header line starts


@dataclass(frozen=True)
class _Field:
    """One field of a profile: a "Field: value" line or a row of a two-column table."""

    name: str
    value: _Cell
    start: int  # the line's
    end: int


def table_relations(article: Article, mentions: list[Mention], defined: dict[str, Mention]
                    ) -> tuple[list[Mention], list[Relation]]:
    """The article's mentions (a name cell is one name) and the relations its tables state."""
    text = article.text
    relations: list[Relation] = []
    blocks = list(_field_blocks(text))
    if not defined and (named := _name_field_organisation(blocks, mentions)) is not None:
        defined = {"Company": named}  # a fact sheet's "Legal name: X" is the text's own organisation
    infoboxes = 0  # two-column profile tables so far: the first may be the page title's company
    for table in _tables(text):
        heading = text[:table.start].rstrip().rsplit("\n", 1)[-1]  # the line above: "3. Under negotiation"
        policies = _policy_rows(article, table, mentions)
        if policies is not None:
            relations.extend(policies)
            continue
        columns = _columns(table.header, heading)
        if len(table.header) == 2 and (columns.get("name") is None or _field_labels(table) >= 2):  # a profile
            fields = [_Field(cells[0].text, cells[1], start, end)
                      for start, end, cells in table.rows if len(cells) == 2]
            mentions, facts = _profile(article, fields, mentions, defined, table.start, first=not infoboxes)
            infoboxes += 1
            relations.extend(facts)
            continue
        title = heading if len(heading.split()) <= HEADING_WORDS else ""  # not a paragraph leading in
        if columns.get("name") is None or TENTATIVE.search(" ".join(table.header) + " " + title) or (
                "owner" in columns and any(TASK_HEADER.fullmatch(cell) for cell in table.header)):
            continue  # a table of deals still under negotiation states none, nor a list of tasks and their owners
        subject = _subject(text, table.start, mentions, defined)
        if subject is not None and any(_names(cells[columns["name"]], subject) for _, _, cells in table.rows
                                       if len(cells) == len(table.header)):
            subject = None  # a table listing its presumed owner as a row is someone else's (a buyer's suppliers)
        heading_start = text[:table.start].rstrip().rfind("\n") + 1
        programme = next((m for m in mentions if m.cls == "Policy" and heading_start <= m.start < table.start and (
            len(heading.split()) <= 2 * HEADING_WORDS or MEMBERSHIP_CUE.search(text, max(m.start - 60, 0), m.start))),
            None)  # a title, or a paragraph saying the rows are members of it; not one that names a quota in passing
        intro = SELECTION_INTRO.search(text, heading_start, table.start)
        if programme is None and intro and intro.group("selected") and POLICY_WORD.search(heading):
            programme = next(iter(_policy_referred_to(heading, [  # "The indicators are allocated to the following:"
                m for m in mentions if m.cls == "Policy" and heading_start - 3000 <= m.start < heading_start])), None)
        if "stake" in columns or columns["kind"] != "subsidiary":
            programme = None  # "List of Enterprises Approved for the ... Programme" lists participants
        inner = LIST_FOR.match(programme.text) if programme is not None else None
        if programme is not None and inner:  # the list is of the programme's participants
            start = programme.start + inner.start(1)
            listing, programme = programme, Mention(inner.group(1), start, programme.end, "Policy", "pattern")
            mentions = _with_name([m for m in mentions if m != listing], programme)
        columns_with_place_notes = {role for role, i in columns.items()
                                    if role in ("name", "owner", "buyer") and PLACE_NOTE_HEADER.search(table.header[i])}
        for start, end, cells in table.rows:
            if len(cells) != len(table.header):
                continue
            name_cell = cells[columns["name"]]
            paired = SITE_AFTER_NAME.fullmatch(name_cell.text) if "site" not in columns else None
            site_cell = cells[columns["site"]] if "site" in columns else None
            if paired:  # "| Leshan Minjiang Separation Co., Ltd. – Wutongqiao Separation Plant |"
                site_cell = _Cell(name_cell.start + paired.start(2), name_cell.start + paired.end(2), paired.group(2))
                name_cell = _Cell(name_cell.start, name_cell.start + paired.end(1), paired.group(1))
            row = _name_mention(name_cell, mentions, "name" in columns_with_place_notes)
            if row is not None and row.source == "pattern" and row.cls == "Organization" and PERSON_HEADER.search(
                    table.header[columns["name"]]):  # "| Person | Organisation | New role |": a name NER missed
                row = replace(row, cls="Person") if PERSON_NAME.fullmatch(row.text) else None
            current = " ".join(_current_part(cell.text, table.header[i]) for i, cell in enumerate(cells)
                               if not PAST_HEADER.search(table.header[i]) and not NOTES_HEADER.search(table.header[i]))
            if row is None or ENDED.search(current) or TENTATIVE.search(current):
                continue  # "| Xiamen Tungsten | Neo | dysprosium oxide | - (suspended) |"
            changed = [cell for i, cell in enumerate(cells) if NOTES_HEADER.search(table.header[i])
                       and (ENDED.search(cell.text) or TENTATIVE.search(cell.text))]  # "| A Baogang unit until 2019 |"
            if changed and row.cls == "Person":
                continue  # "| Retired. |" ends the post
            # owners a note says the row has left ("| Baogang | Baogang sold its stake in 2024 |"); its place and products stay
            noted = {_name_key(m) for cell in changed for m in _inside(mentions, cell.start, cell.end, "O")}
            mentions = _with_name(mentions, row)
            evidence = Evidence(article.id, text[start:end].strip(), start, end, "", 0.8, date=article.date)
            buyer = (_name_mention(cells[columns["buyer"]], mentions, "buyer" in columns_with_place_notes)
                     if "buyer" in columns else None)
            owner_cell = cells[columns["owner"]] if "owner" in columns else None
            if owner_cell is None and "stake" in columns and _inside(mentions, (stake_cell := cells[columns["stake"]]).start,
                                                                     stake_cell.end, "O"):
                owner_cell = stake_cell  # "| Ownership |" naming owners: "Subsidiary of X", "A (30%); B (70%)"
            owner_parts = [(part, owner) for part in (_parts(owner_cell) if owner_cell else [])
                           for owner in _owners(part, mentions, "owner" in columns_with_place_notes)]
            owner_parts = [(part, owner) for part, owner in owner_parts if _name_key(owner) not in noted]
            owners = [owner for _, owner in owner_parts]
            partner_parts = [(part, partner) for part in (_parts(cells[columns["partner"]]) if "partner" in columns else [])
                             if (partner := _name_mention(part, mentions)) and CLASS_CODES[partner.cls] == "O"]
            employer = (_name_mention(cells[columns["employer"]], mentions)
                        if "employer" in columns and row.cls == "Person" else None)
            organisation = employer or row  # "| Organisation | Based in | Parent | Executive | New role |"
            operator = _name_mention(cells[columns["operator"]], mentions) if "operator" in columns else None
            if operator is not None and CLASS_CODES[operator.cls] != "O":
                operator = None
            site = _site_mention(site_cell, mentions) if site_cell else None
            if site is not None and site.cls != "Facility":
                site = None
            for other in (buyer, *owners, *(partner for _, partner in partner_parts), site, operator):
                if other is not None:
                    mentions = _with_name(mentions, other)
            for role, entity, cell in [("name", row, cells[columns["name"]]), *(
                    ("owner", owner, part) for part, owner in owner_parts), *(
                    [("buyer", buyer, cells[columns["buyer"]])] if buyer is not None else [])]:
                place = _noted_place(cell, mentions) if role in columns_with_place_notes else None
                if place is not None and entity.cls != "Facility":  # "| China Rare Earth Group (Ganzhou) |"
                    relations.append(Relation(entity, "locatedIn", place, replace(evidence, rule="table-place-note")))
            if VENTURE_NOTE.search(cells[columns["name"]].text):  # its owners are its partners
                relations.extend(Relation(row, "jointVentureOf", owner, replace(evidence, rule="table-owner"))
                                 for owner in owners if CLASS_CODES[owner.cls] == "O")
            if operator is not None:  # "| Xiwai Separation Plant | ... | Baotou Xiwai Rare Earth Smelting |"
                relations.append(Relation(operator, "owns", organisation, replace(evidence, rule="table-operator")))
            for part, owner in owner_parts:  # "| Zhoucun Magnet Plant | Zibo Huiteng Magnetics |", "| Shenghe + Saigon |"
                if CLASS_CODES[owner.cls] == "O":
                    stake = STAKE.search(part.text) or STAKE.search(owner_cell.text)  # "| CNRE (51%) |"
                    relations.append(Relation(owner, "owns", operator or organisation, replace(
                        evidence, rule="table-owner", stake=" ".join(stake.group(0).split()) if stake else None)))
            for part, partner in partner_parts:  # "| China Northern Rare Earth 51%; Ningbo Haoyu Magnet 49% |"
                relations.append(Relation(row, "jointVentureOf", partner, replace(evidence, rule="table-partner")))
                if stake := STAKE.search(part.text):
                    relations.append(Relation(partner, "owns", row, replace(
                        evidence, rule="table-partner", stake=" ".join(stake.group(0).split()))))
            if site is not None and CLASS_CODES[row.cls] == "O":
                relations.append(Relation(row, "owns", site, replace(evidence, rule="table-site")))
            if "representative" in columns and CLASS_CODES[row.cls] == "O":
                i = columns["representative"]
                relations.extend(_representative(row, cells[i], table.header[i], mentions, evidence))
            if programme is not None:
                relations.append(Relation(row, "participatesIn", programme, replace(evidence, rule="table-programme")))
            owned_by_subject = "owner" not in columns and (  # "| 55% (joint venture; Oshima 45%) |": 55% is its own
                not owner_parts or STAKE.match(cells[columns["stake"]].text))
            owner_or_subject = (None if changed or not owned_by_subject and columns["kind"] == "subsidiary"
                                else subject)  # an owner column names each row's owner
            relations.extend(_row_relations(row, buyer if "buyer" in columns else owner_or_subject, cells, columns,
                                            mentions, evidence, text, listed=programme is not None, site=site))
    for i, block in enumerate(blocks):
        mentions, facts = _profile(article, block, mentions, defined, first=i == 0)
        relations.extend(facts)
    relations.extend(_signatures(article, mentions))
    relations.extend(_affiliations(article, mentions))
    relations.extend(_team_listings(article, mentions, defined))
    relations.extend(_selected_lists(article, mentions))
    relations.extend(_shareholder_lines(article, mentions, defined))
    return sorted(mentions, key=lambda m: m.start), relations


def _shareholder_lines(article: Article, mentions: list[Mention], defined: dict[str, Mention]) -> Iterator[Relation]:
    """Under a "Shareholders" heading, lines of a holder and its stake ("- Shenghe Resources: 11%"):
    each holder owns the text's own organisation. A line of another shape ends the list."""
    text = article.text
    owned = None
    for heading in SHAREHOLDER_HEADING.finditer(text):
        owned = owned or _own_organisation(mentions, defined)  # (worked out only under such a heading)
        if owned is None:
            return
        for line in LINE.finditer(text, heading.end() + 1):
            held = STAKE_LINE.fullmatch(line.group(0))
            if held is None:
                break
            start = line.start() + held.start("name")
            holder = next((m for m in _inside(mentions, start, line.end(), "O") if m.start == start), None)
            if holder is not None and holder != owned and not (ENDED.search(line.group(0)) or TENTATIVE.search(
                    line.group(0))):  # "- Shenghe (until 2021): 11%"
                evidence = Evidence(article.id, line.group(0).strip(), line.start(), line.end(), "shareholder-line",
                                    0.75, stake=held.group("stake").replace(" ", ""), date=article.date)
                yield Relation(holder, "owns", owned, evidence)


def _first_column(header: list[str], pattern: re.Pattern[str], other_than: int | None = None) -> int | None:
    """The first column (but `other_than`) whose header the pattern finds in."""
    return next((i for i, h in enumerate(header) if i != other_than and pattern.search(h)), None)


def _policy_rows(article: Article, table: _Table, mentions: list[Mention]) -> list[Relation] | None:
    """A table of policies and who issued them ("| Issuing body | Measure | Date |"), else None:
    each row's issuers issued its policy, the organisations of an "Entities named" column take
    part in it and its issuers regulate the products of an "Items covered" column."""
    header = table.header
    issuer = _first_column(header, ISSUER_HEADER)
    policy = _first_column(header, POLICY_HEADER, issuer)
    if issuer is None or policy is None:
        return None
    covered, items = _first_column(header, PARTICIPANTS_HEADER), _first_column(header, ITEMS_HEADER)
    relations = []
    for start, end, cells in table.rows:
        named = _inside(mentions, cells[policy].start, cells[policy].end, "Y") if len(cells) == len(header) else []
        if not named or TENTATIVE.search(article.text[start:end]):
            continue  # "| MIIT | Draft rules on ... (proposed) |"
        evidence = Evidence(article.id, article.text[start:end].strip(), start, end, "table-policy", 0.8,
                            date=article.date)
        issuers = _inside(mentions, cells[issuer].start, cells[issuer].end, "O")
        relations += [Relation(body, "issued", named[0], evidence) for body in issuers]
        if covered is not None:
            relations += [Relation(organisation, "participatesIn", named[0], evidence)
                          for organisation in _inside(mentions, cells[covered].start, cells[covered].end, "O")]
        if items is not None:
            relations += [Relation(body, "regulates", product, evidence) for body in issuers
                          for product in _inside(mentions, cells[items].start, cells[items].end, "R")]
    return relations


def _signatures(article: Article, mentions: list[Mention]) -> Iterator[Relation]:
    """Name / title / organisation on three consecutive lines ("Chen Xiaoyu (Sally)\nInvestor
    Relations Manager\nJiangxi Tianci Rare Earth Magnet Co., Ltd."), or "name | title" over a
    line that begins with the organisation ("X Co., Ltd. - sintered magnets since 2006")."""
    text = article.text
    lines = [(m.start(), m.end()) for m in LINE.finditer(text)]

    def titled(title: str) -> bool:
        return len(title.split()) <= 8 and bool(JOB_TITLE.search(title))

    def signed(person: Mention | None, title: str, organisation: Mention | None, start: int, end: int
               ) -> Iterator[Relation]:
        if person and organisation:
            evidence = Evidence(article.id, text[start:end].strip(), start, end, "signature-block",
                                0.75, role=title, date=article.date)
            yield Relation(person, "leads" if leads_whole(title) else "worksFor", organisation, evidence)

    for (p_start, p_end), (t_start, t_end), (o_start, o_end) in zip(lines, lines[1:], lines[2:]):
        title = text[t_start:t_end].strip()
        if (text.count("\n", p_end, o_start) == 2 and titled(title)
                and not any(t_start <= m.start < t_end for m in mentions)):
            yield from signed(_person_line(mentions, text, p_start, p_end), title,
                              _whole_line(mentions, text, o_start, o_end, "O"), p_start, o_end)
    for (p_start, p_end), (o_start, o_end) in zip(lines, lines[1:]):  # "Wendy Zhao | Sales Manager" over "X Co., Ltd. - ..."
        name, bar, rest = text[p_start:p_end].partition(" | ")
        title = rest.split(" | ")[0].strip()
        if bar and text.count("\n", p_end, o_start) == 1 and titled(title):
            organisation = next((m for m in _inside(mentions, o_start, o_end, "O") if not text[o_start:m.start].strip()
                                 and LINE_NAME_END.match(text, m.end, o_end)), None)
            yield from signed(_person_line(mentions, text, p_start, p_start + len(name)), title, organisation,
                              p_start, o_end)


def _affiliations(article: Article, mentions: list[Mention]) -> Iterator[Relation]:
    """A paper's author line and numbered affiliations below it ("Liu Fang (1), Deng Yiwen (2)"
    over "(1) Ganzhou Institute of Rare Earth Engineering, Ganzhou" and "(2) ..."): each author
    works for the first organisation of each affiliation they are numbered with."""
    text = article.text
    for line in AUTHOR_LINE.finditer(text):
        units: dict[str, tuple[int, int, Mention]] = {}
        for below, unit in enumerate(AFFILIATION.finditer(text, line.end()), 1):
            if text.count("\n", line.end(), unit.start()) != below:
                break  # the numbered lines right below the authors
            organisation = next(iter(_inside(mentions, unit.start("unit"), unit.end(), "O")), None)
            if organisation is not None:
                units[unit.group("number")] = (unit.start(), unit.end(), organisation)
        for author in AUTHOR.finditer(line.group(0)):
            start = line.start() + author.start("name")
            name = author.group("name")
            person = next((m for m in mentions if m.start == start and m.cls == "Person"),
                          Mention(name, start, start + len(name), "Person", "pattern"))
            for number in re.findall(r"\d+", author.group("numbers")):
                if number in units:
                    unit_start, unit_end, organisation = units[number]
                    evidence = Evidence(article.id, f"{line.group(0).strip()} / {text[unit_start:unit_end].strip()}",
                                        line.start(), unit_end, "affiliation", 0.75, date=article.date)
                    yield Relation(person, "worksFor", organisation, evidence)


def _team_listings(article: Article, mentions: list[Mention], defined: dict[str, Mention]) -> Iterator[Relation]:
    """Under a "Leadership team" or "Board of directors" heading, a name line and a job title line
    below it ("Meng Qingyun\nPresident"), or both on one line ("- Ma Lin - General Manager"): the
    person works for (or leads) the organisation the title names, else the text's own
    organisation. Another heading ends the listing."""
    text = article.text
    heading = TEAM_HEADING.search(text)
    if heading is None:
        return
    lines = [(m.start(), m.end()) for m in LINE.finditer(text, heading.start())]
    in_team = False
    for (p_start, p_end), (t_start, t_end) in zip(lines, [*lines[1:], (len(text), len(text))]):
        line = text[p_start:p_end].strip()
        if TEAM_HEADING.fullmatch(line):
            in_team = True
            continue
        if not in_team:
            continue
        item = TEAM_ITEM.match(text, p_start, p_end)  # "- Han Zhiqiang - Chairman" on one line
        if item:
            p_end, t_start, t_end = p_start + len(item.group("name")), item.start("title"), item.end("title")
        title = text[t_start:t_end].strip()
        person = _person_line(mentions, text, p_start, p_end)
        is_title = len(title.split()) <= 8 and JOB_TITLE.search(title) is not None
        if person is None and not JOB_TITLE.search(line) and len(line.split()) <= 6 and line[-1] not in ".:;,":
            in_team = False  # the next heading
        if not (in_team and person and is_title):
            continue
        named = [m for m in _inside(mentions, t_start, t_end, "O")  # not NER's "Operations" or "Board and Party"
                 if not (m.source == "ner" and (" " not in m.text or m.text.startswith("Board")))]
        organisation = named[0] if named else _own_organisation(mentions, defined)
        if organisation is None:
            continue
        evidence = Evidence(article.id, text[p_start:t_end].strip(), p_start, t_end, "team-listing", 0.75,
                            role=title, date=article.date)
        yield Relation(person, "leads" if leads_whole(title) else "worksFor", organisation, evidence)


def _selected_lists(article: Article, mentions: list[Mention]) -> Iterator[Relation]:
    """"The following companies were selected:" and a list below it: each item's first
    organisation takes part in the policy the introducing paragraph names last."""
    text = article.text
    for intro in SELECTION_INTRO.finditer(text):
        line_start = text.rfind("\n", 0, intro.start()) + 1
        paragraph_start = max(text.rfind("\n\n", 0, intro.start()), intro.start() - 600, 0) \
            if intro.group("selected") else line_start  # "X's customers include:" must name a policy itself
        policies = [m for m in mentions if m.cls == "Policy" and paragraph_start <= m.start < intro.end()]
        if not policies and intro.group("selected") and POLICY_WORD.search(text, line_start, intro.end()):
            policies = _policy_referred_to(text[line_start:intro.end()], [  # "The first batch of 2025 quotas went to:"
                m for m in mentions if m.cls == "Policy" and intro.start() - 3000 <= m.start < intro.start()])
        if not policies or TENTATIVE.search(text, line_start, intro.end()) or HEDGED_INTRO.search(
                text, line_start, intro.end()):
            continue
        for item in _list_items(text, intro.end()):
            organisation = next((m for m in mentions if item.start() <= m.start < item.end()
                                 and CLASS_CODES[m.cls] == "O"), None)
            if organisation is not None:
                evidence = Evidence(article.id, text[line_start:item.end()].strip(), line_start, item.end(),
                                    "selected-list", 0.75, date=article.date)
                yield Relation(organisation, "participatesIn", policies[-1], evidence)


def _policy_referred_to(phrase: str, policies: list[Mention]) -> list[Mention]:
    """The last of the earlier policies that shares a word with the phrase referring to one
    ("the MIIT's traceability pilot" is the Rare Earth Product Traceability System)."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", phrase)} - {"following", "companies", "were", "have"}
    return [m for m in policies if words & {w.lower() for w in re.findall(r"[A-Za-z]{4,}", m.text)}][-1:]


def _list_items(text: str, start: int) -> Iterator[re.Match[str]]:
    """The list item lines right after `start` (blank lines between them allowed)."""
    for line in re.finditer(r"[^\n]*", text[start:]):
        if not line.group(0).strip():
            continue
        item = LIST_ITEM.match(text, start + line.start(), start + line.end())
        if item is None:
            return
        yield item


def _person_line(mentions: list[Mention], text: str, start: int, end: int) -> Mention | None:
    """The person a line names, a nickname after the name aside ("Chen Xiaoyu (Sally)")."""
    nickname = re.search(r"\s*\([^()\n]*\)\s*$", text[start:end])
    return _whole_line(mentions, text, start, start + nickname.start() if nickname else end, "P")


def _whole_line(mentions: list[Mention], text: str, start: int, end: int, code: str) -> Mention | None:
    """The mention of that class that is the whole line (but for a "Mr."/"Ms." or punctuation)."""
    found = _inside(mentions, start, end, code)
    if len(found) == 1 and not re.sub(r"\b(?:Mr|Ms|Mrs|Dr)\b|\W", "", text[start:found[0].start]
                                      + text[found[0].end:end]):
        return found[0]
    return None


def _field_blocks(text: str) -> Iterator[list[_Field]]:
    """Runs of two or more consecutive "Field: value" lines."""
    block: list[_Field] = []
    for match in FIELD.finditer(text):
        if block and text.count("\n", block[-1].end, match.start()) != 1:
            if len(block) >= 2:
                yield block
            block = []
        value = _Cell(match.start("value"), match.end("value"), match.group("value"))
        block.append(_Field(match.group("field"), value, match.start(), match.end()))
    if len(block) >= 2:
        yield block


def _current_part(cell: str, header: str) -> str:
    """What a cell says of its row now: a note's first clause ("Retired.", not "Listed in Shenzhen;
    formerly X" nor "Formerly Hengda Mining", a former name), any other cell whole."""
    if not NOTES_HEADER.fullmatch(header):
        return cell
    first = re.split(r"[.;]", cell, maxsplit=1)[0]
    return "" if re.match(r"\s*(?i:formerly\s+(?:known\s+as\s+)?)[A-Z]", first) else first


def _field_labels(table: _Table) -> int:
    """How many of a two-column table's first cells are a profile's field names (an infobox has no header:
    "| Type | Subsidiary |" over "| Headquarters | Longnan |" and "| Owners | ... |")."""
    return sum(1 for _, _, cells in table.rows if cells and any(
        pattern.search(cells[0].text) for pattern in (PLACE_FIELD, PEOPLE_FIELD, PERSON_FIELD, BUSINESS_FIELD, PARENT_FIELD)))


def _profile(article: Article, block: list[_Field], mentions: list[Mention], defined: dict[str, Mention],
             start: int | None = None, first: bool = False) -> tuple[list[Mention], list[Relation]]:
    """The facts a company profile's fields state, and the mentions with its name field's name.
    Its subject is the name field's company, else the one the line above names or calls by a
    defined term ("Particulars of the Debtor"), else (in a
    filing's fact box) the text's own organisation or (the `first` block of a page) the one its
    title names; a stake field ("Equity interest held by the Company: 70%") gives the holder it
    names, else the text's own organisation."""
    if all(STAKE.fullmatch(field.value.text.strip()) for field in block):
        return mentions, []  # "Name: 54%" lines: a shareholder list (_shareholder_lines)
    subject = None
    for field in block:
        if (NAME_FIELD.match(field.name) or PARTY_FIELD.match(field.name)) and subject is None:
            value = field.value.text.split(" (")[0].strip("*")
            subject = _name_mention(_Cell(field.value.start, field.value.start + len(value), value), mentions)
    if subject is None:  # the organisation the line above names, else a filing's own in its profile or fact box
        start = block[0].start if start is None else start
        heading_start = article.text[:start].rstrip().rfind("\n") + 1
        labels = [(heading_start, start), (start, block[0].start)]  # the line above; a table's header row
        unnamed_box = any(FACT_BOX.search(article.text, a, b) and not any(a <= m.start < b for m in mentions)
                          for a, b in labels)  # "At a glance", not "Fact box: X Plant"
        profile_fields = any(PLACE_FIELD.search(f.name) or BUSINESS_FIELD.search(f.name) or CUSTOMER_FIELD.match(f.name)
                             or SUPPLIER_FIELD.match(f.name) for f in block)
        heading = article.text[heading_start:start]
        subject = _subject(article.text, start, mentions, {}, fallback=False) or next(
            (m for term, m in defined.items() if re.search(rf"\b{term}\b", heading, re.I)), None)  # "OF THE DEBTOR"
        card = _card(article.text, start, mentions) if subject is None else None
        subject = subject or (card and card[0])
        if subject is None and profile_fields:  # a profile box: a filing's own company, or the page's title
            subject = (_labelled_organisation(heading, mentions) or _own_organisation(mentions, defined)
                       if defined or unnamed_box else _title_organisation(article.text, mentions) if first else None)
    else:
        mentions = _with_name(mentions, subject)
        card = None
    if subject is None:
        return mentions, []
    relations = []
    for line_start, line_end in card[1] if card else ():  # the card's address lines
        places = _inside(mentions, line_start, line_end, "L")
        if places and all(CLASS_CODES[m.cls] == "L" for m in mentions if line_start <= m.start < line_end):
            evidence = Evidence(article.id, article.text[line_start:line_end].strip(), line_start, line_end,
                                "profile-address", 0.7, date=article.date)
            relations.append(Relation(subject, "locatedIn", places[0], evidence))
    for line in block:
        field, value = line.name, line.value.text
        start, end = line.value.start, line.value.end
        places, people = _inside(mentions, start, end, "L"), _inside(mentions, start, end, "P")
        evidence = Evidence(article.id, article.text[line.start:line.end].strip(), line.start, line.end, "", 0.8,
                            date=article.date)
        if PLACE_FIELD.search(field) and places:
            relations.append(Relation(subject, "locatedIn", places[0], replace(evidence, rule="profile-place")))
        elif PERSON_FIELD.search(field) and people:
            if ENDED.search(field) or ENDED.search(value):
                continue  # "Former Chairman: Xu Guodong (founder; retired Jun-2020)"
            predicate = "leads" if leads_whole(field) else "worksFor"
            relations.append(Relation(people[0], predicate, subject,
                                      replace(evidence, rule="profile-person", role=field)))
        elif BUSINESS_FIELD.search(field):
            relations.extend(Relation(subject, "produces", product, replace(evidence, rule="profile-business"))
                             for product in _made(_inside(mentions, start, end, "R"), article.text, start, end))
        elif PEOPLE_FIELD.match(field):  # "Key people: Guo Wenhai, chairman; Liao Jun, general manager"
            for part in re.finditer(r"[^;]+", value):
                people = _inside(mentions, start + part.start(), start + part.end(), "P")
                role = part.group(0)[people[0].end - start - part.start():].strip(" ,()") if people else ""
                if people and not role and re.fullmatch(BOARD_POSTS, field, re.I):
                    role = field  # "Non-executive Director: Mr. Deng Qiming"
                if people and JOB_TITLE.search(role) and not ENDED.search(role):
                    relations.append(Relation(people[0], "leads" if leads_whole(role) else "worksFor", subject,
                                              replace(evidence, rule="profile-people", role=role)))
        elif (CUSTOMER_FIELD.match(field) or SUPPLIER_FIELD.match(field)) and len(value.split()) <= LIST_WORDS:
            for other in _inside(mentions, start, end, "O"):  # "Key customer: X", "Raw materials: ... by X"; a
                if other != subject and not (ENDED.search(value) or TENTATIVE.search(value) or NEGATED.search(value)):
                    pair = (subject, other) if CUSTOMER_FIELD.match(field) else (other, subject)
                    relations.append(Relation(pair[0], "supplies", pair[1], replace(evidence, rule="profile-trade")))
        elif (parent := PARENT_FIELD.match(field) or PARENT_VALUE.match(value)) or SUBSIDIARIES_FIELD.match(
                field) or SUPERVISOR_FIELD.match(field):
            for part in re.finditer(r"[^;]+", value):
                if ENDED.search(part.group(0)) or TENTATIVE.search(part.group(0)):
                    continue  # "Tianli sold its 25% stake in ..."
                for other in _inside(mentions, start + part.start(), start + part.end(), "O"):
                    if other == subject:
                        continue
                    if SUPERVISOR_FIELD.match(field):
                        relations.append(Relation(other, "regulates", subject, replace(evidence, rule="profile-supervisor")))
                    elif parent:  # "Ownership: Joint venture of A (51%) and B (49%)"
                        stake = STAKE_AFTER.match(article.text, other.end)
                        relations.append(Relation(other, "owns", subject, replace(
                            evidence, rule="profile-parent", stake=" ".join(stake.group(1).split()) if stake else None)))
                        if re.search(r"\bjoint venture\b", part.group(0), re.I):
                            relations.append(Relation(subject, "jointVentureOf", other,
                                                      replace(evidence, rule="profile-parent")))
                    else:
                        relations.append(Relation(subject, "owns", other, replace(evidence, rule="profile-subsidiary")))
        elif STAKE_FIELD.search(field) and (stake := STAKE.search(value)) and float(
                stake.group(0).rstrip("% ")) > 0 and not any(
                    words.search(article.text, line.start, line.end) for words in (ENDED, TENTATIVE, NEGATED)):
            holders = [m for m in _inside(mentions, line.start, end, "O") if m != subject]
            holder = holders[0] if holders else _own_organisation(mentions, defined)
            if holder is not None and holder != subject:
                relations.append(Relation(holder, "owns", subject,
                                          replace(evidence, rule="profile-stake", stake=stake.group(0))))
    return mentions, relations


def _card(text: str, start: int, mentions: list[Mention]) -> tuple[Mention, list[tuple[int, int]]] | None:
    """A directory card's organisation and address lines: the organisation that makes up a line at
    most CARD_LINES above the fields at `start`, the lines between naming no organisation (its
    address, "Verified 2025") and being no sentence nor field."""
    between: list[tuple[int, int]] = []
    end = start - 1
    for _ in range(CARD_LINES):
        line_start = text.rfind("\n", 0, max(end, 0)) + 1
        line = text[line_start:end]
        if end <= 0 or not line.strip():
            return None
        first = line_start + len(line) - len(line.lstrip(" \t#*-"))
        organisations = [m for m in _inside(mentions, line_start, end, "O") if m.source != "ner" or " " in m.text]
        if organisations and organisations[0].start == first and len(text[organisations[0].end:end].split()) <= 3:
            return organisations[0], between  # the name, perhaps with its Chinese name or a tag ("BUYER")
        if organisations or FIELD.match(line) or line.rstrip().endswith("."):
            return None  # a sentence or a field
        between.append((line_start, end))
        end = line_start - 1
    return None


def _tables(text: str) -> Iterator[_Table]:
    """Markdown tables (a header row, a separator row, then body rows), then plain text ones
    (three lines or more of as many cells between pipes, the first the header)."""
    lines = [(m.start(), m.end(), m.group(1)) for m in ROW.finditer(text)]
    i = 0
    while i + 1 < len(lines):
        (start, _, header), (separator_start, _, separator) = lines[i], lines[i + 1]
        consecutive = text.count("\n", start, separator_start) == 1
        if not (consecutive and all(SEPARATOR_CELL.match(c) for c in separator.split("|"))):
            i += 1
            continue
        rows = []
        j, previous_end = i + 2, lines[i + 1][1]
        while j < len(lines) and text.count("\n", previous_end, lines[j][0]) == 1:
            rows.append((lines[j][0], lines[j][1], _cells(text, lines[j][0])))
            previous_end = lines[j][1]
            j += 1
        yield _Table([c.text.lower() for c in _cells(text, start)], rows, start)
        i = j
    bare = [m.start() for m in BARE_ROW.finditer(text)]
    i = 0
    while i < len(bare):
        j, width = i + 1, len(_cells(text, bare[i]))
        while j < len(bare) and text.count("\n", bare[j - 1], bare[j]) == 1 and len(_cells(text, bare[j])) == width:
            j += 1
        if j - i >= 3:
            rows = [(start, _line_end(text, start), _cells(text, start)) for start in bare[i + 1:j]]
            yield _Table([c.text.lower() for c in _cells(text, bare[i])], rows, bare[i])
        i = j


def _cells(text: str, line_start: int) -> list[_Cell]:
    """The cells of the table line starting at `line_start`, with their offsets."""
    line_end = _line_end(text, line_start)
    if text[line_start:line_end].lstrip().startswith("|"):
        first, last = text.index("|", line_start) + 1, text.rindex("|", line_start, line_end)
    else:  # a plain text row: "1 | Baotou Huiteng Metals | 75% | ..."
        first, last = line_start, line_end
    cells, cursor = [], first
    for raw in text[first:last].split("|"):
        stripped = raw.strip().strip("*_`").rstrip(FOOTNOTE_MARKS).strip()
        offset = text.find(stripped, cursor) if stripped else cursor
        cells.append(_Cell(offset, offset + len(stripped), stripped))
        cursor += len(raw) + 1
    return cells


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _columns(header: list[str], heading: str = "") -> dict[str, int]:
    """Which column holds the name, the stake, the place and the business, and whose rows they
    are: the name column's header says ("Shareholder"), else the heading above ("Substantial
    shareholders" over "| Name | ... |")."""
    flow = [next((i for i, h in enumerate(header) if h.strip().lower() == end), None) for end in ("from", "to")]
    if None not in flow:  # "| Link | From | To | Material |": each row is one supply, from one to the other
        return {"name": flow[0], "kind": "supplier", "buyer": flow[1]}
    columns: dict[str, int] = {}
    related = {i for i, h in enumerate(header) if OWNER_HEADER.search(h) or PARTNER_HEADER.search(h)}
    stakes = [i for i, h in enumerate(header)  # not "| Controlling shareholder (stake) |": an owner
              if STAKE_HEADER.search(h) and i not in related]
    stakes += [i for i, h in enumerate(header) if stakes and i not in stakes and DIRECT_STAKE.fullmatch(h)]
    names = [i for i, h in enumerate(header) if i not in stakes and NAME_HEADER.search(h)]
    not_names = related if any(i not in related for i in names) else set()  # "| Company | Major shareholder |"
    if stakes:
        current = [i for i in stakes if CURRENT_STAKE_HEADER.search(header[i])]
        columns["stake"] = (current or stakes)[-1]
        held_how = [i for i in stakes if DIRECT_STAKE.search(header[i])]
        if len(held_how) == 2:  # "| Equity interest Direct | Indirect |"
            columns["stake"], columns["other stake"] = held_how
        if "%" in header[columns["stake"]]:
            columns["percent"] = columns["stake"]  # "| Shareholding (%) |": its cells are bare numbers
    for i, cell in enumerate(header):
        if i in stakes:
            continue
        for role, pattern in (("name", NAME_HEADER), ("operator", OPERATOR_HEADER), ("owner", OWNER_HEADER),
                              ("partner", PARTNER_HEADER),
                              ("place", PLACE_HEADER), ("activity", ACTIVITY_HEADER),  # "Acquirer (HQ)"
                              ("position", POSITION_HEADER), ("source", SOURCE_HEADER), ("holdings", HOLDINGS_HEADER),
                              ("employer", EMPLOYER_HEADER), ("representative", REPRESENTATIVE_HEADER)):
            if role not in columns and pattern.search(cell) and not (role == "name" and i in not_names):
                columns[role] = i
                break
    if "name" in columns and OWN_SITE_HEADER.fullmatch(header[columns["name"]].lower()):  # "| Site | Operating entity |"
        entity = next((i for i, h in enumerate(header) if i not in stakes and i not in not_names
                       and ENTITY_HEADER.search(h) and not PLACE_HEADER.search(h)), None)
        if entity is not None:
            columns = {role: i for role, i in columns.items() if i != entity} | {"name": entity}
    speakers = [i for i, h in enumerate(header) if PERSON_HEADER.search(h) and i not in columns.values()]
    if "name" not in columns and "employer" in columns and speakers:
        columns["name"] = speakers[0]  # "| Time | Session | Speaker | Affiliation |"
    if "activity" in columns and MADE_HEADER.search(header[columns["activity"]]):
        columns["made"] = columns["activity"]  # "| Supplier | Produces |": what every row makes, whoever it is
    if "name" in columns:
        columns["kind"] = next((k for pattern, k in KINDS if pattern.search(header[columns["name"]])),
                               next((k for pattern, k in KINDS if pattern.search(heading)), "subsidiary"))
        sites = [i for i, h in enumerate(header) if i not in columns.values() and SITE_HEADER.search(h)]
        if sites:
            columns["site"] = sites[0]  # the row's mine or plant, where it is and what it makes
            if OWN_SITE_HEADER.fullmatch(header[sites[0]]):
                columns["own site"] = sites[0]  # or, if it names no plant, where the row itself is
        buyers = [i for i, h in enumerate(header) if i != columns["name"] and BUYER_HEADER.search(h)]
        if columns["kind"] == "supplier" and buyers:
            columns["buyer"] = buyers[0]  # "| Supplier | Customer | Product |": each row is one supply
            buyer_places = [i for i, h in enumerate(header) if i != buyers[0] and PLACE_HEADER.search(h)
                            and BUYER_HEADER.search(h)]  # "| Buyer | Buyer base | Supplier |"
            if buyer_places:
                columns["buyer place"] = buyer_places[0]
                if columns.get("place") == buyer_places[0]:
                    del columns["place"]
        customers = [i for i, h in enumerate(header)
                     if i not in columns.values() and CUSTOMERS_HEADER.fullmatch(h.rstrip(FOOTNOTE_MARKS))]
        if columns["kind"] not in ("supplier", "customer") and customers:
            columns["customers"] = customers[0]  # "| Magnet maker | ... | Ships to |": whom each row supplies
    wider = [i for i, h in enumerate(header) if i not in columns.values() and WIDER_PLACE_HEADER.search(h)]
    if "place" in columns and wider and wider[0] > columns["place"]:
        columns["wider place"] = wider[0]  # "| City | Province |"
    headings = [h.strip().lower() for h in header]
    for role in ("name", "place", "site", "own site"):  # "| Stage | Operator | Site | Operator | Site |": two
        if role in columns and headings.count(headings[columns[role]]) > 1:  # groups side by side, no row's own
            del columns[role]
    return columns


PROSE_LENGTH = 200  # a line longer than this that does not end in ":" is prose, no caption


def _subject(text: str, table_start: int, mentions: list[Mention], defined: dict[str, Mention],
             fallback: bool = True) -> Mention | None:
    """Whose table it is: an organisation the line above names (a heading, a caption; a long
    paragraph of prose is neither), else (with `fallback`) the filing's own company."""
    lead_in_start = text[:table_start].rstrip().rfind("\n") + 1
    if table_start - lead_in_start > PROSE_LENGTH and not text[:table_start].rstrip().endswith(":"):
        lead_in_start = table_start
    lead_in = [(m.start, m) for m in mentions  # NER's one-word "organisations" in headings are words
               if lead_in_start <= m.start < table_start and CLASS_CODES[m.cls] == "O"
               and (m.source != "ner" or " " in m.text) and not NAME_HEADER.fullmatch(m.text)]  # "## 2. Subsidiaries"
    lead_in += [(r.start(), defined[r.group(1)]) for r in REFERENCE.finditer(text, lead_in_start, table_start)
                if r.group(1) in defined]
    if lead_in:
        return max(lead_in, key=lambda item: item[0])[1]
    return _own_organisation(mentions, defined) if fallback else None


def _labelled_organisation(heading: str, mentions: list[Mention]) -> Mention | None:
    """The organisation a fact box's label calls by its first word ("KAIYUAN AT A GLANCE")."""
    box = FACT_BOX.search(heading)
    label = heading[:box.start()].strip(" \t-:#*").lower() if box else ""
    return next((m for m in mentions if label and CLASS_CODES[m.cls] == "O"
                 and re.match(rf"{re.escape(label)}\b", m.text.lower())), None)


def _title_organisation(text: str, mentions: list[Mention]) -> Mention | None:
    """The organisation a page's title line is the name of ("Lingyun Magnetech Co., Ltd." over
    its company profile)."""
    title = re.match(r"\s*(\S[^\n]*)", text)
    start, end = (title.start(1), title.start(1) + len(title.group(1).rstrip())) if title else (0, 0)
    return next((m for m in mentions if m.start == start and m.end == end and CLASS_CODES[m.cls] == "O"), None)


def _name_field_organisation(blocks: list[list[_Field]], mentions: list[Mention]) -> Mention | None:
    """The organisation the first name field ("Legal name: X Co., Ltd.") of the field blocks names,
    unless a block of three fields or more came before it and the text names another most (an
    EIA notice's project, then its consultant's "Name: Y Consulting" in its last section)."""
    found = next(((i, f) for i, block in enumerate(blocks) for f in block if NAME_FIELD.match(f.name)), None)
    if found is None:
        return None
    index, field = found
    named = next((m for m in _inside(mentions, field.value.start, field.value.end, "O")
                  if m.start == field.value.start), None)
    main = _own_organisation(mentions, {}) if any(len(block) >= 3 for block in blocks[:index]) else None
    return None if named is None or main is not None and _name_key(named) != _name_key(main) else named


def _own_organisation(mentions: list[Mention], defined: dict[str, Mention]) -> Mention | None:
    """The text's own organisation: the one it defines ("the Company"), else the one it names
    most (of ties, the first named): not a phrase NER took for a name in its title, nor one of
    NER's one-word "organisations" ("Beneficial" owner), unless there is no other."""
    if defined:
        return next(iter(defined.values()))
    organisations = [m for m in mentions if CLASS_CODES[m.cls] == "O"]
    return most_named([m for m in organisations if m.source != "ner" or " " in m.text] or organisations)


def _name_key(mention: Mention) -> str:
    """Which entity a mention names: its gazetteer key, else its normalised name."""
    return mention.key or normalise(mention.text)


def most_named(mentions: list[Mention]) -> Mention | None:
    """The mention of the entity named most often (by gazetteer key, else normalised name; a
    short name counts for the full name it is part of: "Ruifeng" for Ganzhou Ruifeng Rare Earth
    Co., Ltd.); of ties, the first. A short name is never the one returned."""
    full = [m for m in mentions if m.source != "short"] or mentions

    def name_of(mention: Mention) -> str:
        if mention.source == "short":
            mention = next((m for m in full if re.search(rf"\b{re.escape(mention.text)}\b", m.text)), mention)
        return _name_key(mention)

    names = {m: name_of(m) for m in set(mentions)}  # each mention's name, worked out once
    counts = Counter(names[m] for m in mentions)
    return max(full, key=lambda m: counts[names[m]], default=None)


def _name_mention(cell: _Cell, mentions: list[Mention], place_noted: bool = False) -> Mention | None:
    """The entity a name cell names: the mention that is the whole cell ("Huaxin Magnetics
    (Dongguan)"), else the cell without a note in parentheses after the name ("CNRE (51%)",
    "China Northern (CNRE)") or an honorific before it ("Mr. Kwok Man-lok"), else the cell.
    Under a header that says the note is a place ("| Target (location) |"), the note is no name's."""
    if not cell.text or NOT_A_NAME.match(cell.text) or not cell.text[0].isupper():
        return None
    found = None if place_noted else _whole_cell_mention(cell, mentions)
    if found is not None:
        return found
    note = TRAILING_NOTE.search(cell.text)
    if note and note.start() > 0:
        cell = _Cell(cell.start, cell.start + note.start(), cell.text[:note.start()])
    honorific = HONORIFIC.match(cell.text)
    if honorific:
        cell = _Cell(cell.start + honorific.end(), cell.end, cell.text[honorific.end():])
    titled = re.match(r"[^,;]+(?=,\s+)", cell.text)
    if titled and TITLE_LINE.match(cell.text[titled.end():].lstrip(" ,")):  # "Zhao Kaiming, Mayor"
        cell = _Cell(cell.start, cell.start + titled.end(), titled.group(0))
    found = _whole_cell_mention(cell, mentions)
    if found is not None:
        return found
    if FACILITY_CELL.fullmatch(cell.text):
        return Mention(cell.text, cell.start, cell.end, "Facility", "pattern")  # "Zudong ion-adsorption mine"
    words = [word for word in cell.text.split() if word not in NAME_JOINERS]
    if 2 * sum(word[:1].islower() for word in words) > len(words):
        return None  # "Multiple informal operators" names no one
    people = _inside(mentions, cell.start, cell.end, "P")
    if len(people) >= 2 and 2 * sum(len(person.text) for person in people) >= len(cell.text):
        return None  # "Li Meifang, Meng Xiaoli" names people, no organisation
    cls = "Facility" if FACILITY_HEAD.search(cell.text) else org_class_from_name(cell.text) or "Organization"
    return Mention(cell.text, cell.start, cell.end, cls, "pattern")


def _representative(row: Mention, cell: _Cell, header: str, mentions: list[Mention],
                    evidence: Evidence) -> Iterator[Relation]:
    """The person a representative cell names ("Yang Guoan, Chairman", "Prof. Hu Lanying, Director")
    works for the row's organisation, and leads it if the title (or the column's header) says so."""
    name, _, title = cell.text.partition(",")
    noted = TITLE_NOTE.fullmatch(cell.text)
    if noted:  # "Zeng Xiangdong (Chairman)"
        name, title = noted.groups()
    honorific = HONORIFIC.match(name)
    start = cell.start + (honorific.end() if honorific else 0)
    name = name[honorific.end() if honorific else 0:].strip()
    if not PERSON_NAME.fullmatch(name):
        return
    person = next((m for m in mentions if m.start == start and m.text == name and m.cls == "Person"),
                  Mention(name, start, start + len(name), "Person", "pattern"))
    title = " ".join(title.split()) or header
    yield Relation(person, "leads" if leads_whole(title) else "worksFor", row,
                   replace(evidence, rule="table-representative", role=title if JOB_TITLE.search(title) else None))


def _noted_place(cell: _Cell, mentions: list[Mention]) -> Mention | None:
    """The first place the note after a name gives: "(Ganzhou)", "(Lincang, Yunnan)"."""
    note = TRAILING_NOTE.search(cell.text)
    return next(iter(_inside(mentions, cell.start + note.start(), cell.end, "L")), None) if note else None


def _site_mention(cell: _Cell, mentions: list[Mention]) -> Mention | None:
    """The mine or plant a site cell names, also before its place: "| Bayan Obo mine, Baotou |"."""
    named = _name_mention(cell, mentions)
    if named is not None and named.cls == "Facility":
        return named
    return next(iter(_inside(mentions, cell.start, cell.end, "F")), None)


def _owners(part: _Cell, mentions: list[Mention], place_noted: bool) -> list[Mention]:
    """The owners an owner cell's part names: the part itself ("Longnan Urban Investment Group (30%)"),
    or the organisations a description names ("Subsidiary of China Rare Earth Group", "shareholders
    include China Minmetals and Chinalco"; not "Central SOE supervised by SASAC")."""
    inside = _inside(mentions, part.start, part.end, "O")
    if inside and _whole_cell_mention(part, mentions) is None and len(inside[0].text) < len(part.text.split(" (")[0]):
        return [] if SUPERVISED.search(part.text) else inside
    owner = _name_mention(part, mentions, place_noted)
    return [owner] if owner is not None else []


def _parts(cell: _Cell) -> list[_Cell]:
    """A cell's names when it joins several: "Shenghe Resources + Saigon Rare Earth JSC"."""
    bounds = [0, *(i for m in JOINED_NAMES.finditer(cell.text) for i in m.span()), len(cell.text)]
    return [_Cell(cell.start + a, cell.start + b, cell.text[a:b]) for a, b in zip(bounds[::2], bounds[1::2])]


def _names(cell: _Cell, mention: Mention) -> bool:
    """Whether a name cell names the mention's entity: by its name or by the short name it
    defines in a note ("Suzhou Kaiyuan Magnet Co., Ltd. ("Kaiyuan")")."""
    note = TRAILING_NOTE.search(cell.text)
    names = [cell.text[:note.start()], note.group(0).strip(' ()"“”')] if note else [cell.text]
    key = strip_suffixes(normalise(mention.text))
    return any(strip_suffixes(normalise(name)) == key for name in names)


def _whole_cell_mention(cell: _Cell, mentions: list[Mention]) -> Mention | None:
    key = strip_suffixes(normalise(cell.text))
    for mention in mentions:
        if mention.start == cell.start and strip_suffixes(normalise(mention.text)) == key:
            facility = FACILITY_HEAD.search(cell.text)  # NER's person "X North Mine"
            return replace(mention, cls="Facility") if facility else mention
    return None


def _made(products: list[Mention], text: str, start: int, end: int) -> list[Mention]:
    """The products the description `text[start:end]` says are made: after "production of" where
    it says so ("separation of concentrate; production of oxides"), else all it names; not the
    activities the gazetteer types as products for regulators ("rare earth mining")."""
    products = [p for p in products if not ACTIVITY.search(p.text)]
    cue = PRODUCTION_CUE.search(text, start, end)
    if cue is None or cue.start() > max((p.end for p in products), default=start):
        return products
    return [p for p in products if p.start >= cue.end()]


def _with_name(mentions: list[Mention], name: Mention) -> list[Mention]:
    """The mentions with `name` in place of the mentions inside it (parts of one name)."""
    if name in mentions:
        return mentions
    return [m for m in mentions if not (name.start <= m.start and m.end <= name.end)] + [name]


def _inside(mentions: list[Mention], start: int, end: int, code: str) -> list[Mention]:
    """The mentions of a class code ("L", "P", "R") within text[start:end]."""
    return [m for m in mentions if start <= m.start and m.end <= end and CLASS_CODES[m.cls] == code]


def _row_relations(row: Mention, subject: Mention | None, cells: list[_Cell], columns: dict[str, int],
                   mentions: list[Mention], evidence: Evidence, text: str, listed: bool = False,
                   site: Mention | None = None) -> Iterator[Relation]:
    """The row's facts; where and what a row's `site` column names (its mine or plant) are the site's."""
    def inside(column: str, code: str) -> list[Mention]:
        cell = cells[columns[column]] if column in columns else None
        return _inside(mentions, cell.start, cell.end, code) if cell else []

    def relation(rule: str, s: Mention, predicate: str, o: Mention, stake: str | None = None) -> Relation:
        return Relation(s, predicate, o, replace(evidence, rule=rule, stake=stake))

    kind = columns["kind"]
    employer = _name_mention(cells[columns["employer"]], mentions) if "employer" in columns else subject
    if employer is not None and employer.source == "pattern" and "employer" in columns:  # "X GmbH, Stuttgart"
        employer = next((m for m in inside("employer", "O") if m.start == cells[columns["employer"]].start), employer)
    employer = next(iter(inside("position", "O")), employer)  # "| Zhang Lifeng | General Manager, Xingbo Co. |"
    if employer is not None and row.cls == "Person" and ("position" in columns or "employer" in columns):
        name_cell = cells[columns["name"]]  # "| Lin Zhengwei | Chairman |", "| Zhao Kaiming, Mayor | Affiliation |"
        title = " ".join((cells[columns["position"]].text if "position" in columns
                          else name_cell.text[row.end - name_cell.start:].lstrip(" ,").split(";")[0]).split())
        if JOB_TITLE.search(title) or TITLE_LINE.match(title):  # "| Qin Haobo | CREG | General manager |" too
            yield Relation(row, "leads" if leads_whole(title) else "worksFor", employer,
                           replace(evidence, rule="table-position", role=title))
        elif not title and "position" not in columns:  # "| Prof. Sun Peng | Inner Mongolia University |"
            yield Relation(row, "worksFor", employer, replace(evidence, rule="table-position"))
        places = inside("place", "L")
        if places and "employer" in columns:  # "| Organisation | Based in | ... | Executive |"
            yield relation("table-place", employer, "locatedIn", places[0])
        return
    if subject is not None and subject.start != row.start and not listed:
        stake_cell = cells[columns["stake"]].text if "stake" in columns else ""
        if "other stake" in columns and not STAKE.search(stake_cell):  # "| Direct | Indirect |": held either way
            stake_cell = cells[columns["other stake"]].text
        stake = STAKE.search(stake_cell)
        if stake is None and "percent" in columns:
            stake = BARE_NUMBER.fullmatch(stake_cell)  # "38.42" under "Shareholding (%)"
        held = stake is not None and float(stake.group(0).rstrip("% ")) > 0
        stake_text = " ".join(stake.group(0).split()) if stake else None
        if stake_text and not stake_text.endswith("%"):
            stake_text += "%"
        if kind == "shareholder" and held:
            yield relation("table-shareholder", row, "owns", subject, stake_text)
        elif kind == "subsidiary" and held:
            yield relation("table-subsidiary", subject, "owns", row, stake_text)
        elif kind == "customer":
            yield relation("table-customer", subject, "supplies", row)
        elif kind == "supplier":
            yield relation("table-supplier", row, "supplies", subject)
    for supplier in inside("source", "O"):  # "| Magnet maker | ... | Metal from |"
        yield relation("table-source", supplier, "supplies", row)
    for customer in inside("customers", "O"):  # "| ... | Ships to |"
        yield relation("table-customers", row, "supplies", customer)
    for unit in inside("holdings", "O"):  # "| Group | Key subsidiaries |"
        yield relation("table-holdings", row, "owns", unit)
    site_places = [m for m in inside("site", "L") if site is not None and m.start >= site.end]
    if site_places:  # "| Bayan Obo mine, Baotou |"
        yield relation("table-site-place", site, "locatedIn", site_places[0])
    places = inside("place", "L") or (inside("own site", "L") if site is None else [])  # "| Site | Baotou |"
    if len(places) >= 2 and NOTE_OPENS.fullmatch(text[places[0].end:places[1].start]):
        if len(places) == 2:  # "| Germany (Düsseldorf) |": in Düsseldorf, which is in Germany
            yield relation("table-place-note", places[1], "locatedIn", places[0])
        places = places[1:]  # "| PRC (Meizhou, Guangdong) |": in Meizhou
    named_with_site = site is not None and "site" not in columns  # "| X Co. – Y Plant |": both are there
    for located in (row, site) if named_with_site else (row if site_places else site or row,):
        if places:
            yield relation("table-place", located, "locatedIn", places[0])
    wider = inside("wider place", "L")
    if places and wider and places[-1].text != wider[0].text:  # "| Baotou | Inner Mongolia |"
        yield relation("table-place-chain", places[-1], "locatedIn", wider[0])
    buyer_places = inside("buyer place", "L")
    buyers = inside("buyer", "O") if "buyer" in columns else [subject] if subject is not None else []
    if buyer_places and buyers:  # "| Buyer | Buyer base |": each row's buyer, else the table's
        yield relation("table-place", buyers[0], "locatedIn", buyer_places[0])
    if (kind in ("subsidiary", "shareholder", "venture") or listed or site or "made" in columns) and "activity" in columns:
        activity = cells[columns["activity"]]
        for product in _made(inside("activity", "R"), text, activity.start, activity.end):
            for maker in (site, row) if site is not None and CLASS_CODES[row.cls] == "O" else (site or row,):
                yield relation("table-activity", maker, "produces", product)  # a company makes what its plant makes
