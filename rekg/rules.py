"""Relation rules: regular expressions over sentences rewritten with typed placeholders.

A sentence such as "Li Xiao, General Manager of Baogang, visited Wuhai Mining" is read
as "«P0», General Manager of «O1», visited «O2»". Placeholder codes: O organisation
(any subclass), P person, L place, F facility, Y policy, R product. A rule names its
subject and object groups ``s`` and ``o``; either may capture a list ("«O1», «O2» and
«O3»"), which yields one relation per item.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from re import _constants as sre, _parser as sre_parser  # the stdlib's regex parser (Python >= 3.11)
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import product

import ahocorasick

from rekg.model import Mention
from rekg.voice import answers, defines_we, is_own_page, issuer_section, turns

CLASS_CODES = {
    "Organization": "O", "Company": "O", "GovernmentBody": "O", "IndustryAssociation": "O",
    "ResearchInstitute": "O", "Person": "P", "Place": "L", "Facility": "F", "Policy": "Y",
    "Product": "R",
}

FACILITY_HEAD = re.compile(r"\b(?:Mine|Pit|Plant|Factory|Refinery|Smelter)$")  # "Longnan Magnet Plant" is a facility
_GOVERNMENT = re.compile(
    r"\b(?:Ministry|Commission|Administration|Bureau|Council|Department|Customs|Government|"
    r"Committee|Agency|Authority|Congress|Cabinet)\b", re.IGNORECASE)
_RESEARCH = re.compile(
    r"\b(?:Institute|Academy|University|Laboratory|Research Cent(?:er|re)|College)\b", re.IGNORECASE)
_ASSOCIATION = re.compile(r"\b(?:Association|Federation|Chamber|Alliance|Society)\b", re.IGNORECASE)
_COMPANY = re.compile(
    r"\b(?:Group|Company|Corporation|Corp|Co|Ltd|Limited|Inc|Holdings?|Mining|Industries|Industry|"
    r"Technology|Technologies|Materials|Magnetics?|Magnets|Resources|Metals?|Steel|Tungsten|"
    r"Minerals|Enterprises?|Nonferrous|Smelting|Refining|Energy|Electric|Motors?|Rare[- ]Earths?|"
    r"Catalysts?|Magnet|Alloys?|Separation|Chemicals?|Recycling|Processing|Trading|Investment|Capital|"
    r"Insights|Analytics|Advisors|Advisory|Associates|Commodities|"
    r"Securities|Research|Consulting|Partners|Fund|Works|Intelligence|Automotive|Auto|Systems|Drives?|"
    r"Power|Logistics|Services|Solutions|Equipment|Machinery|Components|Electronics|Engineering|Shipping|"
    r"Display|Devices|Appliances|Robotics|Instruments|Ventures|Semiconductors?|Precision|Turbines?|"
    r"Batter(?:y|ies)|Optics|"
    r"\w*[Tt]echnik|\w+tech|Werke?|Motoren|Industrie|Systeme|Energi|Elektro|"
    r"(?-i:AG|GmbH|SE|S\.?A|S\.?p\.?A|N\.?V|B\.?V|PLC|plc|Pty|Bhd|Berhad|JSC|LLC|LLP|K\.?K|Oyj|ASA|A/S|Tbk))\.?$",
    re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def org_class_from_name(name: str) -> str | None:
    """The organisation class a name's own words give ("Ministry of ..." is a government body)."""
    for pattern, cls in ((_GOVERNMENT, "GovernmentBody"), (_RESEARCH, "ResearchInstitute"),
                         (_ASSOCIATION, "IndustryAssociation"), (_COMPANY, "Company")):
        if pattern.search(name):
            return cls
    return None


_FIRST_PERSON_PROMOTION = re.compile(  # not in an interview answer, where the speaker says "we"
    r"\b(?:our (?:company|products?|team|customers|factory|business)|we (?:have|are|always|provide|offer))\b",
    re.IGNORECASE)
_PROMOTION = re.compile(
    r"\b(?:contact us|click here|subscribe|newsletter|sign up|all rights reserved|cookies?|"
    r"https?://|www\.|disclaimer:|sponsored|advertisement|free (?:samples?|trial)|contact (?:sales|our)|"
    r"request a (?:quote|demo|sample)|book (?:a|an|your) \w+|book (?:now|today|online|through|via)\b|partner ad\b|"
    r"paid placement|(?:meet|visit) us\b|"
    r"(?:visit|meet|see|find)\s+(?:us\s+|our\s+\w+\s+)?(?:at\s+)?(?:our\s+)?booth\b|"
    r"brought to you by|ad read|(?:promo|discount|coupon) code|with (?:the )?code [A-Z]*\d[A-Z0-9]*|[\w.+-]+@[\w-]+\.[\w.]+)", re.IGNORECASE)
_AD_HEADING = re.compile(  # "ADVERTISEMENT", "Sponsored | MagnaLoop Recycling"
    r"^\W*(?:advertisement|sponsored(?: content| post)?|sponsors?|(?:this|today's) (?:episode|issue)'s sponsor|promoted|"
    r"partner content|paid (?:post|placement)|ad)"
    r"\W*(?:(?:\||:|–|—|-|by|from)\s*[^.\n]{0,60})?$", re.IGNORECASE)
_LINE_END = re.compile(r"[.!?:\"”)|]\s*$")  # a line that ends its sentence
_HEADLINE = re.compile(r"[^.!?\n]{1,80}")  # "Kinetic Asset Management: strategic returns"
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"\n]*(?:\"|$)")  # quoted speech (even if it runs on) is news
_SELF_DESCRIPTION = re.compile(
    r"\b(?:is|are) a (?:leading |professional |pioneer|comprehensive |well-known |high-tech )", re.IGNORECASE)


def boilerplate_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of paragraphs that are advertising, site chrome or disclaimers.

    A paragraph with promotional or site cues is boilerplate, and so are a company
    self-description right before one (the opening line of an advertisement) and the
    paragraph under an "ADVERTISEMENT" heading. The "About X" section of a press release
    about X is not (its web address notwithstanding).
    """
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    about = issuer_section(text)
    press_release = about is not None or defines_we(text) or is_own_page(text)  # "we" is the issuer
    spoken = [(0, len(text))] if press_release else answers(text) + [(t.start, t.end) for t in turns(text)]
    # (where "we" is no advert: a press release, an interview answer, a speaker's turn)

    def promotional(start: int, end: int) -> bool:
        if about and about[0] <= start < about[1]:
            return False
        paragraph = _QUOTED.sub(" ", text[start:end])
        return bool(_PROMOTION.search(paragraph)) or bool(_FIRST_PERSON_PROMOTION.search(paragraph)) \
            and not any(a <= end and start <= b for a, b in spoken)

    flagged = [promotional(s, e) for s, e in paragraphs]
    for i in range(len(paragraphs) - 1):  # a hard-wrapped advert: "... keynote\nby P, CEO of X."
        (start, end), (following, _) = paragraphs[i], paragraphs[i + 1]
        if flagged[i] and following == end + 1 and not _LINE_END.search(text, start, end) and (
                text[following].islower() or text[end - 1] in "·,;—–-"):
            flagged[i + 1] = True
    for i in range(len(paragraphs) - 1):
        start, end = paragraphs[i]
        if flagged[i + 1] and _SELF_DESCRIPTION.search(text[start:end]):
            flagged[i] = True
        if _AD_HEADING.match(text[start:end]):  # the advert under it, after its headline if it has one
            flagged[i + 1] = True
            if i + 2 < len(paragraphs) and _HEADLINE.fullmatch(text[paragraphs[i + 1][0]:paragraphs[i + 1][1]]):
                flagged[i + 2] = True
    return [span for span, bad in zip(paragraphs, flagged) if bad]


# -- hedges ------------------------------------------------------------------------

HEDGE_IN_MATCH = re.compile(
    r"\b(?:not|no longer|never|denied|deny|denies|[Rr]umou?r\w*|would|could|may|might|will|shall|"
    r"plans?|planned|planning|prepar(?:es|ed|ing)|intends?|intended|considering|considers?|proposed|proposal|potential|possible|"
    r"pending|mooted|prospective|"
    r"possibly|reportedly|allegedly|expected|talks|negotiat\w+|bid|seeks?|aims?|hopes?|if|whether|once(?! again| more)|"
    r"no(?!\.| (?:less|fewer|later|more) than)|"
    r"unless|until|till|failed|called off|scrapped|abandoned|denial|formerly|former|previously|ex|stopped|stops|ceased|"
    r"halted|suspended|discontinued|quit|(?<!-)old|outgoing|retired|resigned|erstwhile|applied|applies|applying|"
    r"(?<=,\s)then|"
    r"(?:is|are) (?:set )?to|about to)\b|n't\b")
HEDGE_AFTER_MATCH = re.compile(  # "bought from X in L until 2025", "a partner of X, Certified Public Accountants, until 2018"
    r"(?:[^.;«]|«L\d+»|(?<=, )«O\d+»(?=,)){0,40}?\b(?:until|till)\b")
DISSOLVED_AFTER_MATCH = re.compile(  # "a joint venture between A and B that made catalysts until it was dissolved"
    r"[^.;]{0,80}?\buntil\s+(?:it|they|«O\d+»|the\s+(?:venture|company|plant|unit))\s+(?:was|were)\s+(?:\w+ly\s+)?"
    r"(?:dissolved|liquidated|wound\s+up|closed|deregistered|sold|merged|shut)\b")
TENURE_BEFORE_MATCH = re.compile(  # "From 1979 to 1995 he was director of X"
    r"\b(?:[Ff]rom|[Bb]etween)\s+(?:19|20)\d\d\s*(?:to|and|until|-|–)\s*(?:19|20)\d\d\b")
TENURE_AFTER_MATCH = re.compile(  # "deputy director of X from 2012 to 2020": a post or stake held then
    r"[^.;«]{0,40}?\b(?:from|between)\s+(?:19|20)\d\d\s*(?:to|and|until|-|–)\s*(?:19|20)\d\d\b")
ENDING_EVENTS = {"deal", "takeover", "acquisition", "merger", "sale", "transaction", "restructuring",
                 "reorganisation", "reorganization", "handover"}  # "chaired X before the deal": then, not now
LEFT_POST_AFTER_MATCH = re.compile(  # "P, X's founding chairman, retired in 2022": a post held no more
    r"(?:\s+(?:from|since|in)\s+(?:19|20)\d\d)?"  # "P, who served as general manager of X from 2016, retired"
    r",?\s+(?:\w+ly\s+)?(?:and\s+)?(?:(?:has|had)\s+)?(?:retired|resigned|stepped\s+down|quit|no\s+longer|"
    r"was\s+(?:dismissed|removed|sacked|fired|replaced|ousted))\b"
    r"|\s+before\s+(?:him|her|them)\b"  # "Q, who chaired the company before him"
    r"|\s+before\s+(?:joining|moving\s+to|taking\s+up|(?:the|its|this)\s+(?:%s))\b"  # "... before joining Y"
    % "|".join(sorted(ENDING_EVENTS)))
UNDONE_AFTER_MATCH = re.compile(  # "Chatter that X is buying Y was denied"; "its unit X, since deregistered"
    r"\bbut\s+(?:later\s+)?(?:sold|divested|disposed\s+of|exited|left)\b|"  # "held a stake in X ... but sold it"
    r",\s+(?:later\s+|since\s+)?(?:sold|divested|disposed\s+of|exited|offloaded)\s+(?:all\s+of\s+)?"
    r"(?:its|their|his|her|the|that|«O\d+»'s)\s+(?:\w+\s+)?(?:stake|shares|holding|shareholding|interest)\b|"  # ", sold its stake in 2017"
    r"\b(?:that|the|this)\s+(?:supply\s+|supplier\s+|business\s+)?(?:arrangement|contract|deal|agreement|relationship|"
    r"partnership|supply|holding|stake|interest|shareholding)\s+(?:has\s+)?(?:ended|expired|lapsed|was (?:later\s+)?(?:terminated|cancell?ed|canceled|"
    r"transferred|sold|divested))\b"  # "...; that arrangement ended in 2020", "that holding was transferred in 2022"
    r"|\b(?:arrangement|contract|deal|agreement|relationship|partnership)\s+(?:that|which)\s+(?:has\s+)?"
    r"(?:ended|expired|lapsed|was\s+terminated)\b"  # "..., an arrangement that ended in 2020"
    r"|\b(?:was|were|(?:has|have|had)\s+(?:since\s+)?been)\s+(?:\w+ly\s+)?"
    r"(?:denied|dismissed|rejected|refuted|deregistered|dissolved|liquidated|wound up)\b"
    r"|\b(?:denied|denies|deny|rejected|dismissed|refuted)\s+(?:the|that|those|these|such)\s+"
    r"(?:reports?|rumou?rs?|claims?|story|stories|speculation)\b"  # "...; both denied the report"
    r"|\bthe\s+(?:reports?|rumou?rs?|claims?|story)\s+(?:was|were|is|are)\s+(?:\w+ly\s+)?"
    r"(?:wrong|false|untrue|inaccurate|incorrect|groundless|baseless|unfounded)\b"
    r"|\b(?:is|are|was|were|be|been)\s+(?:\w+\s+){0,3}?(?:untrue|false|groundless|baseless|unfounded|outdated|out of date|"
    r"inaccurate|incorrect|wrong)\b")  # "... are untrue", "... have been verified to be untrue", "... are outdated"
HEDGE_BEFORE_MATCH = re.compile(
    r"\b(?:[Rr]umou?r\w*|[Ss]peculat\w*|[Cc]hatter|[Gg]ossip|assum\w+|suppos\w+|imagin\w+|suspect\w*|"
    r"denied|denies|deny|unconfirmed|hypothetical\w*|reportedly|"
    r"allegedly|[Ii]f|[Ww]hether|[Uu]nless|would|could|might|may|[Nn]o evidence|false|[Uu]ntil|"
    r"[Ff]ormerly|[Pp]reviously|used to|about to|no longer|(?:earlier|previous) version|incorrectly|wrongly|mistakenly|"
    r"erroneously|[Pp]rior to|[Bb]efore (?:joining|moving to|becoming|taking|that|then)|"
    r"[Bb]efore\s+(?:the\s+)?(?:completion|closing|deal|transaction|acquisition|sale|transfer|disposal|merger)|"
    r"[Nn]either|Nor|[Rr]eports?(?:\s+\w+){0,3}?\s+that|[Cc]laims?\s+that|[Aa]llegations?\s+that|"
    r"(?:alleged|alleges|argued|argues|contended|contends|asserted|asserts|insisted|insists|claimed|claiming|"
    r"suggested|suggesting)\s+that|(?:case|scenario|event)\s+(?:in\s+which|where)|"
    r"(?:CLAIM|[Cc]laim)(?:\s+(?:No\.\s*|#)?\d+)?(?=\s*:))\b")  # "in a bear case in which X were", a fact-check's "CLAIM 1:"

# -- building blocks ---------------------------------------------------------------

ORG_NOUNS = (r"(?:consultancy|law firm|brokerage|bank|miner|producer|[a-z]*maker|firm|company|"
             r"conglomerate|think tank|research firm|fund|trading house|manufacturer|processor|refiner|"
             r"smelter|separator|supplier|start-up|startup|university|investment bank|asset manager|insurer|"
             r"utility|developer|consortium|exchange|regulator|ministry|agency|lender|group|builder|recycler|"
             r"trader|distributor|operator|assembler|forwarder|investor|exporter|importer|vehicle|(?:joint )?venture|"
             r"institute|academy)")

MAKER_NOUNS = r"(?:maker|builder|manufacturer|producer|assembler)"  # "motor maker X", "a turbine builder"

_MACROS = {
    "ORG": r"«O\d+»",
    "ORGX": r"«[OP]\d+»",  # an organisation that NER may have mistaken for a person
    "PER": r"«P\d+»",
    "PERX": r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?«[PO]\d+»",  # a person that NER may have mistaken for an organisation
    "LOC": r"«L\d+»",
    "POL": r"«Y\d+»",
    "PROD": r"«R\d+»(?!\s+" + MAKER_NOUNS + r"s?\b)",  # not "sells to «R» makers"
    "SITE": r"«[OPLF]\d+»",
    "ANY": r"«[OPLFYR]\d+»",
    "T": (r"(?:(?:the|this)\s+)?(?:(?:(?:state|city|county|prefecture|municipal|provincial|government|family)-"
          r"(?:owned|run|backed)|privately[- ]held|privately[- ]owned"
          r"|«O\d+»-(?:controlled|owned))\s+"
          r"|(?:its|their|«O\d+»'s)\s+(?:[\w-]+\s+){0,2}?(?:supplier|customer|partner|parent|shareholder|owner|investor)"
          r",\s+(?=«))?"
          r"(?:«L\d+»(?:-based|-headquartered|-listed|'s)\s+|«L\d+»\s+(?=(?:(?:[\w-]++|«R\d+»)\s+)?"
          + ORG_NOUNS + r"\s+«))?(?:(?:[\w-]++\s+|«R\d+»\s+){0,2}?" + ORG_NOUNS + r"\s+(?=«))?"),
    # "the", "Baotou-based", "Jiangxi's", "Singapore-based consultancy", "Beijing law firm", "the German carmaker",
    # "Japanese compressor maker"
    "TITLE": (
        r"(?:(?:vice|deputy|executive|senior|chief|general|party|board|acting|honorary|managing|"
        r"assistant|founding|first|independent|non-executive|lead|principal|financial|operating|"
        r"technology|technical|marketing|commercial|sales|research|investment|information|strategy|export|"
        r"procurement|purchasing|quality|production|operations|finance|plant|mine|site|factory)[- ])*"
        r"(?:chair(?:man|woman|person)?|president|ceo|chief executive(?: officer)?|cfo|coo|cto|"
        r"(?:general )?manager|director(?:-general)?|minister|secretary(?:-general)?|head|analyst|"
        r"researcher|spokes(?:man|woman|person)|engineer|economist|officer|executive|professor|"
        r"partner|official|scientist|legal representative|supervisor|founder|"
        r"commissioner|administrator|governor|fellow|mayor|magistrate|editor(?:-in-chief)?|correspondent|reporter|"
        r"journalist|"
        r"columnist|trader|geologist|consultant|lawyer|(?<=general[- ])counsel|(?<=\w[- ])lead|broker|"
        r"chief(?! executive))(?:\s+of\s+State\s+for\s+[A-Z][\w-]*(?:\s+and\s+[A-Z][\w-]*)?)?"),  # "Minister of State for Industry"
}
_MACROS["ADV"] = (r"(?:(?:has|have|had|already|also|now|currently|still|recently|further|then|later|"
                  r"formally|officially|successfully|jointly|in\s+turn|mainly|principally|primarily|chiefly|largely|mostly|first|again|this year|last year|"
                  r"(?:on|in|last|this|earlier)\s+(?:\w+day|\d{4}|January|February|March|April|May|June|July|"
                  r"August|September|October|November|December|week|month|year)(?:\s+\d{1,2})?,?)\s+)*")
_MACROS["APPO"] = (  # an appositive or parenthetical between a subject and its verb
    r"(?P<appo>,\s+(?:which|that|who|whose)\s+[^,;]{0,100}?(?:,\s+«L\d+»(?:\s+(?:province|county|city))?)*,"
    r"|,\s+(?:an?|the)\s+[^,;«]{0,80}?(?:«[A-Z]\d+»[^,;«]{0,40}?)*,"
    r"|,\s*(?:in turn|meanwhile|however|also|too|for its part)\s*,"
    r"|,\s+«O\d+»'s\s+[^,;«]{0,60}?(?:«[LO]\d+»[^,;«]{0,30}?)*,"  # "X, Y's joint venture with Z, is ..."
    r"|,\s+(?:together|along|jointly)\s+with\s+[^;]{0,120}?,"
    r"|,\s+(?!and\b|or\b|but\b|while\b|whose\b)[a-z][^,;«]{0,60}?(?:«[A-Z]\d+»(?:,\s+«L\d+»)*[^,;«]{0,30}?){0,2},"
    r"|,\s+(?:aged\s+)?\d{1,3},"  # "Luo, 41, is ..."
    r"|,?\s+(?:which|who|that)(?=\s))?")  # the verb of a relative clause: "MIIT, which sets quotas for"
_MACROS["MAKER"] = MAKER_NOUNS
_MACROS["MOD"] = (  # a modifier word: "wholly-owned", "«L1»-based", "a «L1» maker", "the «O2»-controlled producer"
    r"(?:(?:\d{1,3}(?:,\d{3})+-)?[\w'-]++|«L\d+»(?:-\w+)?|«O\d+»-(?:controlled|owned)|\d+:\d+|«R\d+»(?=\s+[a-z]))")
_MACROS["POLPRE"] = (  # "the ministry's national list of "«Y2»" enterprises": the list is the policy
    r"(?:«O\d+»'s\s+)?(?:(?:19|20)\d\d\s+)?"  # "MIIT's list of enterprises meeting the «Y»"
    r"(?:(?:national|provincial|municipal|latest|new|annual|first|second|third|fourth|fifth|sixth)\s+)?"  # "its third «Y»"
    r"(?:(?:[\w'-]++\s+){0,3}?(?:list|batch|catalogue|roster|ranks)\s+of\s+(?:[\w'-]++\s+){0,3}?[\"“]?)?")
_MACROS["UNIT"] = (  # "a unit of", "Baogang's Gansu platform"; not "its employee shareholding platform"
    r"(?:unit|arm|division|branch|(?<!holding )(?<!shareholding )(?<!investment )platform)")
_MACROS["VENTURE_AT"] = r"(?:\s+in\s+(?:the\s+)?«L\d+»(?:,\s+«L\d+»)*)?"  # "a joint venture in «L1», «L2», in which ..."
_MACROS["APPOSEP"] = r"(?:,|:|\s+[-–—•|·])"  # "X, a unit of Y", "- X: a unit of Y", "X — a unit of Y"
_MACROS["COVERB"] = (  # "mines X and produces Y", "designs and makes"; not "is chair of «O», the company that ... and produces"
    r"(?:[a-z]+s(?:\s+(?:(?!\b(?:that|which|who)\b)[^.;]){0,80}?)?\s+and\s+(?:also\s+)?)?")
_MACROS["COVERB_NOT_TO"] = (  # "mines X and sells Y to Z", not "ships X to A and sells Y to B" (each verb its own buyer)
    r"(?:[a-z]+s\s+(?:(?!\bto\s+(?:the\s+)?«)[^.;]){0,80}?\s+and\s+(?:also\s+)?)?")
_MACROS["PART"] = (r"(?:the\s+(?:far\s+)?(?:north|south|east|west|centre|center|north-?east|north-?west|south-?east|"
                   r"south-?west)\s+of\s+|the\s+(?:[\w-]+\s+){0,2}?(?:city|town|county|port|province|region|"
                   r"district|prefecture)\s+of\s+)?"
                   r"(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest)\s+«L\d+»'s\s+)?")
# "a city in the south of Hunan", "in the port city of Ningbo", "in east China's Jiangxi Province"
_MACROS["SEP"] = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_MACROS["TITLES"] = rf"{_MACROS['TITLE']}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_MACROS['TITLE']})*"
TITLE_LINE = re.compile(  # a signature's title line: "Account Manager, Rare Earth Desk"
    rf"(?:[\w&-]+[^\S\n]+){{0,2}}?(?:{_MACROS['TITLES']})(?:,[^\S\n]+[^\n,]+)?", re.IGNORECASE)
_SEPARATOR = (r"(?:\s*,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s*&\s*|\s+as well as\s+)(?:the\s+)?"
              r"(?:«L\d+»(?:-based|'s)\s+|«[LO]\d+»-listed\s+)?"
              r"(?:(?:[\w-]++\s+|«R\d+»\s+){0,2}?" + ORG_NOUNS + r"\s+(?=«))?")  # "and German carmaker B"


_PERCENT = r"\d+(?:\.\d+)?\s?(?:%|percent|per cent)"
_STAKE_NOTE = rf"\s*\((?:about\s+|around\s+)?{_PERCENT}\)"  # "A (55%) and B (45%)"
_ITEM_STAKE = rf"(?:{_STAKE_NOTE})?"
LISTED_STAKE = re.compile(rf"«[A-Z](\d+)»\s*\((?:about\s+|around\s+)?({_PERCENT})\)")  # a list item's own stake


def _list(item: str) -> str:
    return rf"{item}(?:{_SEPARATOR}{item}(?!'s))*"  # "A, and B's unit C": B owns C, it is no item


for _name in ("SITE", "ANY", "PER", "LOC", "PROD"):
    _MACROS[_name + "S"] = _list(_MACROS[_name])
for _name in ("ORG", "ORGX"):  # an organisation may carry its stake
    _MACROS[_name + "S"] = _list(_MACROS[_name] + _ITEM_STAKE)
_MACROS["STAKED"] = _list(_MACROS["ORGX"] + _STAKE_NOTE)  # every item with its stake
_MACROS["ORGS_BY"] = (  # after "by": not "by «O1», and «O2» received ...", where «O2» begins a clause
    rf"{_MACROS['ORG']}(?:{_SEPARATOR}{_MACROS['ORG']}(?!'s|\s+(?:[a-z]+ed|has|have|had|is|are|was|were)\b))*")
_MACROS["MEMBERS"] = _list(r"«[OPF]\d+»")  # a programme's members: organisations, also mines and plants
_MACROS["ORGXS_REL"] = (  # a list whose items may carry a relative clause: "A, which runs X, and B"
    rf"{_MACROS['ORGX']}(?:,\s+which\s+[^;]*?)?(?:{_SEPARATOR}{_MACROS['ORGX']}(?:,\s+which\s+[^;]*?)?)*")
_APPOSITIVE = (r"(?:,\s+(?:a|an|the|both of which|all of which|which)\s+(?:[^,;«.]|«[LRO]\d+»){1,80}?"
               r"(?=,\s+(?:and\s+|as well as\s+)?(?:to\s+)?(?:«L\d+»-based\s+)?«O))?")  # ", a Shenzhen maker," between items
_MACROS["ORGXS_APPO"] = (  # a list whose items may carry a description: "A, a «L1»-based maker, and B"
    rf"{_MACROS['ORGX']}{_ITEM_STAKE}{_APPOSITIVE}(?:{_SEPARATOR}{_MACROS['ORGX']}{_ITEM_STAKE}{_APPOSITIVE})*")
_MACROS["REGULATED"] = (  # "A, a terbium producer, and Baotou-based B"
    rf"«[ORF]\d+»{_APPOSITIVE}(?:{_SEPARATOR}«[ORF]\d+»{_APPOSITIVE})*")
_MACROS["CUSTOMERS"] = (  # "to A and to B", "to A, a Hangzhou carmaker, and to Shenzhen-based B"
    rf"«[OLP]\d+»{_APPOSITIVE}(?:{_SEPARATOR}(?:to\s+(?:the\s+)?(?:«L\d+»(?:-based|'s)\s+)?(?:(?:[\w-]++\s+|«R\d+»\s+){{0,2}}?"
    + ORG_NOUNS + rf"\s+(?=«))?)?«[OLP]\d+»(?!-|'s){_APPOSITIVE})*")  # not "to A, B's listed unit": B describes A
_MACROS["SOURCES"] = rf"«[OL]\d+»(?:{_SEPARATOR}(?:from\s+)?«[OL]\d+»(?!-))*"  # "from A and from B", not "A, the «L»-based"

_LEADERSHIP = re.compile(
    r"\b(?:chair\w*|president|ceo|chief executive|general manager|director(?:-general)?|minister|"
    r"head|party secretary|secretary-general|governor|commissioner|administrator|mayor|magistrate)\b",
    re.IGNORECASE)
_DEPUTY = re.compile(r"\b(?:vice|deputy|assistant|associate|honorary|independent|non-executive)[\s-]+$",
                     re.IGNORECASE)


def _group_codes(regex: str, group: str) -> frozenset[str]:
    """The placeholder codes («O3», «[OP]7») a named group of the regex can hold."""
    start = regex.find(f"(?P<{group}>")
    if start < 0:
        return frozenset()
    depth, i, in_class = 0, start, False
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            i += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                break
        i += 1
    return frozenset("".join(a or b for a, b in re.findall(r"«(?:\[([A-Z]+)\]|([A-Z]))\\d", regex[start:i])))


def leads_by_title(title: str) -> bool:
    """A title that leads the organisation: a chair or a mayor, not a vice chair or deputy mayor
    ("General Manager and Party Deputy Secretary" leads)."""
    return any(not _DEPUTY.search(title, 0, m.start()) for m in _LEADERSHIP.finditer(title))


_PART_POST = re.compile(  # the head of one of an organisation's parts: "Head of Communications", "Baotou Office"
    r"\b(?:department|division|office|desk|team|unit|section|laboratory)\b|\b(?:head|director|manager)\s+of\s+[a-z]",
    re.IGNORECASE)


def leads_whole(title: str) -> bool:
    """A title that leads the whole organisation, not one of its parts ("Head of Investor Relations")."""
    return leads_by_title(title) and not _PART_POST.search(title)


_PLACEHOLDER = re.compile(r"«([A-Z])(\d+)»")
_MODIFIER_SUFFIX = re.compile(r"-(?:based|headquartered|listed|registered)\b")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_MAX_RUN_STRINGS = 64  # a run with more ways through it ends


def _clues(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """The words any match of the pattern contains, casefolded, each clue a set of alternatives:
    "is owned by" (words apart by \\s+) gives {"is"}, {"owned"} and {"by"}; "(?:owns|holds)" gives
    {"owns", "holds"}. Testing them with `in` rules out most sentences before the regex runs.
    Placeholders and single characters are left out (`rules_for` checks the placeholder codes)."""
    clues = {clue for clue in _literal_runs(sre_parser.parse(pattern.pattern, pattern.flags))
             if all(len(word) > 1 and "«" not in word and "»" not in word for word in clue)}
    return tuple(sorted(clues, key=lambda clue: (len(clue), -min(map(len, clue)))))


def _literal_runs(items: sre_parser.SubPattern | list) -> list[frozenset[str]]:
    """Runs of literal characters on every path through a parsed regex: only in parts that must
    match (groups, repeats of at least once, lookarounds, branches whose every option has a run).
    A run goes on through a part that matches one of a few strings: "-(?:based|listed)" gives
    {"-based", "-listed"}, "(?:oxide|metal)s" {"oxides", "metals"}."""
    runs: list[frozenset[str]] = []
    run = {""}  # the run so far: one string per way through it
    for op, argument in items:
        strings = _strings([(op, argument)])
        if strings is not None and len(run) * len(strings) <= _MAX_RUN_STRINGS:
            run = {word + string for word in run for string in strings}
            continue
        runs += _ended(run)
        run = strings or {""}
        if op is sre.SUBPATTERN and strings is None:
            runs += _literal_runs(argument[3])
        elif op is sre.ATOMIC_GROUP:
            runs += _literal_runs(argument)
        elif op is sre.ASSERT:  # a lookahead or lookbehind that must match
            runs += _literal_runs(argument[1])
        elif op in _REPEATS and argument[0] >= 1:
            runs += _literal_runs(argument[2])
        elif op is sre.BRANCH and strings is None:
            options = [_literal_runs(option) for option in argument[1]]
            if all(options):  # an option's longest run stands for it
                runs.append(frozenset().union(*(max(o, key=lambda run: min(map(len, run))) for o in options)))
    return runs + _ended(run)


def _ended(run: set[str]) -> list[frozenset[str]]:
    """A finished run as a clue (casefolded), none if it is empty."""
    return [frozenset(word.casefold() for word in run)] if run != {""} else []


def _strings(items: sre_parser.SubPattern | list) -> set[str] | None:
    """The strings a part of a parsed regex matches, if it is made of literals, character
    sets of literals, groups and branches of them only, and they are few; else None."""
    strings = {""}
    for op, argument in items:
        if op is sre.LITERAL:
            options = {chr(argument)}
        elif op is sre.IN and all(kind is sre.LITERAL and code < 128 for kind, code in argument):
            # (ASCII only: "['’]" ends a run, leaving whole-text patterns ASCII clues, see extract._ascii_clues)
            options = {chr(code) for _, code in argument}
        elif op is sre.SUBPATTERN:
            options = _strings(argument[3])
        elif op is sre.BRANCH:
            parts = [_strings(option) for option in argument[1]]
            options = None if None in parts else set().union(*parts)
        else:
            return None
        if options is None or len(strings) * len(options) > _MAX_RUN_STRINGS:
            return None
        strings = {word + option for word in strings for option in options}
    return strings


_STARTS_WITH_PLACEHOLDER = re.compile(r"(?:\(\?P<\w+>)?«")


def _items(text: str, by_index: dict[int, Mention]) -> list[Mention]:
    """The mentions a captured group names; "Ganzhou, Jiangxi" names Ganzhou only, and a place
    that describes an item ("Hefei-based maker B") is none."""
    found = [(m.group(1), int(m.group(2))) for m in _PLACEHOLDER.finditer(text)
             if not _MODIFIER_SUFFIX.match(text, m.end())]
    if (len(found) == 2 and all(code == "L" for code, _ in found)
            and re.fullmatch(r"«L\d+»\s*,\s*«L\d+»", text.strip())):
        found = found[:1]
    return [by_index[i] for _, i in found if i in by_index]


def with_class(mention: Mention, cls: str) -> Mention:
    """The mention retyped by a rule; gazetteer types are never overridden."""
    return mention if mention.source == "gazetteer" or mention.cls == cls else replace(mention, cls=cls)


def _coerce(mention: Mention, codes: str, default: str | None) -> Mention | None:
    """The mention if its class code is allowed ("C": companies only, "G": government bodies and
    associations only); NER names retyped where the rule is sure."""
    if "C" in codes and mention.cls in ("Company", "Organization"):
        return mention
    if "G" in codes:
        return mention if mention.cls in ("GovernmentBody", "IndustryAssociation") else None
    code = CLASS_CODES[mention.cls]
    if code in codes:
        if default and mention.cls == "Organization":
            return with_class(mention, default)
        return mention
    if mention.source == "gazetteer":
        return None
    if code == "P" and "O" in codes and default:
        return with_class(mention, default)
    if code == "O" and "P" in codes and org_class_from_name(mention.text) is None:
        return with_class(mention, "Person")
    return None


@dataclass(frozen=True)
class Rule:
    """One relation pattern: its name, regex, property and confidence."""

    name: str
    regex: str
    property: str
    confidence: float
    subject_codes: str = "OPLFYR"
    object_codes: str = "OPLFYR"
    subject_default: str | None = None  # class a retyped NER subject gets, e.g. "Company"
    object_default: str | None = None
    background: bool = False  # an apposition states a standing fact: hedges before it do not apply
    chain: bool = False  # "Liancheng, Longyan, Fujian": each place lies in the next
    never_object: str | None = None  # a gazetteer entity the rule does not name as object
    pattern: re.Pattern[str] = field(init=False, compare=False)
    needs: tuple[frozenset[str], ...] = field(init=False, compare=False)  # placeholder codes per role
    clues: tuple[frozenset[str], ...] = field(init=False, compare=False)  # words a match must contain

    def __post_init__(self) -> None:
        regex = self.regex.format(**_MACROS)
        if not _STARTS_WITH_PLACEHOLDER.match(regex):  # start at word starts only: far fewer tries
            regex = r"(?<![\w-])" + regex
        object.__setattr__(self, "pattern", re.compile(regex, re.IGNORECASE))
        object.__setattr__(self, "needs", tuple(codes for group in ("s", "o") if (codes := _group_codes(regex, group))))
        object.__setattr__(self, "clues", _clues(self.pattern))

    def may_match(self, codes: frozenset[str]) -> bool:
        """Whether a sentence with placeholders of these codes can match: it must have one of
        the codes the subject's group accepts and one of the object's."""
        return all(codes & needed for needed in self.needs)

    def may_occur_in(self, words: frozenset[str]) -> bool:
        """Whether a text holding these clue words (`clue_words`) holds one word of each clue."""
        return all(not clue.isdisjoint(words) for clue in self.clues)

    def pairs(self, match: re.Match[str], by_index: dict[int, Mention]) -> Iterator[tuple[Mention, Mention]]:
        """Every (subject, object) the match names."""
        if self.chain:
            places = [by_index[int(i)] for _, i in _PLACEHOLDER.findall(match.group("s")) if int(i) in by_index]
            yield from zip(places, places[1:])
            return
        objects = [o for o in _items(match.group("o"), by_index)
                   if self.never_object is None or o.key != self.never_object]
        yield from product(_items(match.group("s"), by_index), objects)

    def predicate(self, match: re.Match[str]) -> str:
        """The property; role rules say "leads" for leadership titles."""
        if (self.property == "worksFor" and leads_whole(match.groupdict().get("title") or "")
                and not match.groupdict().get("part")):  # a director of X's Raw Materials Department works for X
            return "leads"
        return self.property

    def coerce(self, mention: Mention) -> Mention | None:
        return _coerce(mention, self.subject_codes, self.subject_default)

    def coerce_object(self, mention: Mention) -> Mention | None:
        return _coerce(mention, self.object_codes, self.object_default)


def _role(name: str, regex: str, confidence: float = 0.9, background: bool = False) -> Rule:
    return Rule(name, regex, "worksFor", confidence, "P", "O", None, "Company", background)


_POLICY_WHICH = r"(?P<o>{POL}),?\s+(?:which|that)\s+{T}"  # "the Pilot, which ..."
_ISSUING = (r"(?:(?:has|had|jointly|hereby)\s+)?(?:issued|released|published|promulgated|launched|introduced|adopted|enacted|"
            r"passed|compiled|rolled out|issues?|publish(?:es)?|releases?)")
_MAKERS = (r"\b(?:makers|producers|manufacturers|separators|smelters|refiners|miners|processors|suppliers|exporters|"
           r"traders|recyclers|companies|firms|enterprises)")


_PRODUCTS_SUBJECT_TO = r"(?P<o>{PRODS})\s+(?:is|are|was|were|remains?|remain)\s+{ADV}subject\s+to\s+"
_CONTROLS = r"(?:quotas?|management|supervision|oversight|licen[cs]ing|regulation|controls?|approval)"


def _owns(name: str, regex: str, confidence: float = 0.85, background: bool = False) -> Rule:
    return Rule(name, regex, "owns", confidence, "O", "OF", "Company", "Company", background)


_STAKE = (r"(?:(?:about|around|roughly|approximately|nearly|almost|over|more than|some|a|an|the remaining|"
          r"another|further|additional)\s+)*"
          r"(?P<stake>\d+(?:\.\d+)?\s?(?:%|percent|per cent))")
_STAKE_IN = (r"(?:a|an)\s+(?:(?P<stake>\d+(?:\.\d+)?\s?(?:%|percent))\s+|(?:small|minority|majority|controlling|"
             r"significant|large|indirect|direct|strategic)\s+)?(?:equity\s+)?(?:stake|interest|shareholding)\s+in\s+")
_REST = (r"(?P<o>{ORGX})'s\s+(?:(?:remaining|other)\s+(?:(?P<stake>\d+(?:\.\d+)?\s?(?:%|percent|per cent))|shares|stake|equity)|rest)"
         r"(?:\s+(?:stake|interest|of the shares))?")
_GAP = r"(?:[^«.;]|«R\d+»|«O\d+»'s){{0,60}}?"  # a few words (products, possessors allowed), same clause
_NOT_EQUITY = (r"(?!(?:(?:the|a|an|its|their|his|her|all|some|part of)\s+)*(?:(?:remaining|entire|whole|controlling|"
               r"minority|majority)\s+)?(?:[\d.]+\s*(?:%|percent|per cent)\s+)?(?:stakes?|shares|interests?|"
               r"holdings?|equity)\b)")  # "bought the stake from X", "sold its 30% stake to Y": no goods change hands

RULES: tuple[Rule, ...] = (
    # -- people and their roles -----------------------------------------------------
    _role("role-under-title", r"(?:^|[.;]\s+)(?:[Uu]nder|[Ll]ed\s+by)\s+(?:(?:its|their)\s+)?(?P<title>{TITLES})\s+(?P<s>{PERX}),\s+(?P<o>{ORGX})\s+{ADV}[a-z]+ed\b"),  # "Under chairman P, X shipped ..."
    _role("role-apposition", r"(?P<s>{PERX}){APPOSEP}\s+(?:(?:the|an?|its|current)\s+)?(?:{MOD}\s+){{0,2}}?(?P<title>{TITLES})\s+(?:(?:of|for)\s+(?:[\w-]++\s+){{1,4}}?)?(?:of|at|for|with|in)\s+{T}(?P<o>{ORGX})(?P<part>'s\s+(?:«O\d+»|(?:[A-Z][\w&-]*\s+){{0,5}}?(?:Department|Division|Bureau|Office|Unit|Centre|Center|Committee)))?", background=True),
    _role("role-label", r"(?:^|(?<=:)\s+)(?P<s>{PERX}),\s+(?:an?\s+)?(?:{MOD}\s+){{0,2}}?(?P<title>{TITLES}),\s+{T}(?P<o>{ORGX})\s*(?::|\(|$)", 0.8),  # "Gu Wenhao, analyst, Yinhe Securities: Is ..."
    _role("role-title-line", r"(?:^|(?<=:)\s+)(?P<s>{PERX})(?:(?P<bar>\s+\|)|,)\s+(?P<title>{TITLES})(?(bar)\s+\||,)\s+(?:«L\d+»-based\s+)?{T}(?P<o>{ORGX})\s*(?:[.:(–—-]|$)", 0.75),  # "Investor relations: Ms. Pan Yue, Board Secretary, X", "Daniel Okafor, Analyst, Hong Kong-based X", "P | CFO | X"
    _role("role-department-line", r"(?:^|(?<=:)\s+)(?P<s>{PERX}),\s+(?:«O\d+»|(?:[A-Z][\w&-]*\s+){{1,5}}(?:Department|Division|Office|Desk|Team|Section)),\s+{T}(?P<o>{ORGX})\s*(?:[.:(]|$)", 0.75),  # "Contact: Lin Haiyan, Mining Rights Division, X."
    _role("role-apposition-second", r"(?P<s>{PERX}),\s+(?:(?:the|an?|its|current)\s+)?(?:{MOD}\s+){{0,2}}?{TITLES}\s+(?:of|at|for)\s+{T}«O\d+»\s+and\s+(?:(?:the|an?|also)\s+)?(?P<title>{TITLES})\s+(?:of|at|for)\s+{T}(?P<o>{ORGX})", background=True),  # "P, a director of X and chairman of Y"
    _role("role-apposition-possessive", r"(?P<s>{PERX}),\s+{T}(?P<o>{ORGX})'s\s+(?:current\s+|new\s+)?(?P<title>{TITLES})", background=True),
    _role("role-prenominal", r"{T}(?P<o>{ORGX})(?:'s\s+(?:[a-z][\w-]*\s+){{0,2}}?|\s+)(?:current\s+|new\s+)?(?P<title>{TITLES}(?P<plural>s)?),?\s+(?P<s>{PERX}(?(plural),?\s+and\s+{PERX}|))", background=True),  # "X's independent directors A and B"
    _role("role-who-serve", r"(?P<s>{PERX}(?:,?\s+and\s+{PERX})?),\s+who\s+(?:also\s+|currently\s+|now\s+)?(?:serves?|works?)\s+as\s+(?:an?\s+|the\s+)?(?:{MOD}\s+){{0,2}}?(?P<title>{TITLES}s?)\s+(?:of|at|for|with)\s+{T}(?P<o>{ORGX})"),  # "A and B, who also serve as deputy general managers of X"
    _role("role-continues-as", r"(?P<s>{PERX})\s+(?:continues|remains|stays|serves)\s+as\s+{T}(?P<o>{ORGX})'s\s+(?P<title>{TITLES})"),  # "Du Lan continues as Dongrui's CFO"
    _role("role-title-of", r"(?P<title>{TITLES})\s+of\s+{T}(?P<o>{ORGX}),?\s+(?P<s>{PERX})", background=True),
    _role("role-title-name-of", r"(?<![\w,] )(?P<title>{TITLES})\s+(?P<s>{PERX})\s+of\s+{T}(?P<o>{ORGX})", 0.85, background=True),
    _role("role-byline", r"(?<![^\n])(?:[A-Z][a-z]+\s+)?(?P<title>analysts?|authors?|editors?|reporters?|associates?|economists?|strategists?|researchers?)\s*:\s*(?P<s>{PERX}),\s+{T}(?P<o>{ORGX})", 0.8, background=True),
    _role("role-parenthesis", r"\(\s*(?P<s>{PER}),\s+(?P<o>{ORGX})(?:\s+(?:magazine|newspaper|television|radio))?\s*\)", 0.75),  # "QUESTION (Olga Petrova, Metal Bulletin Asia):"
    Rule("role-chaired-by", r"(?P<o>{ORGX}){APPO}\s+(?:is|was|has\s+been)\s+(?:[^.;«]{{1,60}}?(?:«L\d+»[^.;«]{{0,30}}?)?\s+and\s+)?(?:now\s+|currently\s+)?(?:chaired|headed)\s+by\s+(?P<s>{PER})(?!\s*,?\s+(?:until|from|between)\b)", "leads", 0.8, "P", "O", None, "Company"),  # "The Target is chaired by Lin Zhiyuan"
    _role("role-headed-by", r"(?P<o>{ORGX})(?:\s+(?:delegation|team|mission)|,\s+an?\s+(?:[^,;«]|«[LR]\d+»){{0,70}}?)?,?\s+(?:which\s+is\s+|is\s+|was\s+)?(?:headed|led|chaired|run|managed|directed)\s+by\s+(?:[\w-]++\s+){{0,3}}?(?P<title>{TITLES})\s+(?P<s>{PER})", 0.8),  # "the Leading Group, headed by county magistrate P"
    _role("role-board-member", r"(?P<s>{PERX}),?\s+(?:who\s+)?(?:also\s+)?(?:sits|serves)\s+on\s+(?:the\s+)?(?:board|supervisory board)\s+of\s+{T}(?P<o>{ORGX})", 0.8),
    _role("role-title-of", r"(?P<title>{TITLES})\s+(?P<s>{PER})\s+of\s+{T}(?P<o>{ORGX})", 0.8),  # "Professor Xu Mei of X"
    _role("role-honorific-of", r"\b(?:Prof|Dr|Mr|Ms|Mrs)\.?\s+(?P<s>{PER})\s+of\s+{T}(?P<o>{ORGX})(?!'s)", 0.75),  # "Dr Fiona Reid of Curtin University"
    _role("role-title-of-org-name", r"\b(?P<title>{TITLES})\s+of\s+(?:the\s+)?(?P<o>{ORGX})\s+(?P<s>{PER})\b", 0.8),  # "Vice Minister of Industry and Information Technology Fan Jianguo"
    _role("role-dash-line", r"^\W*(?P<s>{PER})\s+[-–—|]\s+(?:[A-Z][\w&-]*\s+){{0,3}}?(?P<title>{TITLES}),\s+(?P<o>{ORGX})\s*$", 0.75),  # "Michael Sun - Investor Relations Manager, Huarong Magnetics"
    _role("role-works-as-at", r"(?P<s>{PER}){APPO}\s+(?:now\s+|currently\s+)?(?:works|teaches|lectures)\s+(?:as\s+(?:an?\s+)?(?:[\w-]+\s+){{0,3}}?|[\w-]+\s+)?(?:at|for|in)\s+{T}(?P<o>{ORGX})", 0.75),  # "who works as a technician at X", "who teaches metallurgy at X"
    _role("role-heads-part", r"(?P<s>{PERX}),?\s+who\s+(?:heads|runs|leads|manages)\s+{T}(?P<o>{ORGX})'s\s+(?:[\w-]+\s+|«L\d+»\s+){{0,3}}?(?:operations|division|business|office|branch|arm|unit)\b", 0.8),
    _role("role-signature-line", r"^\W*(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?(?P<s>{PER}),\s+(?:[\w-]+\s+){{0,3}}?(?P<title>{TITLES}(?:\s+(?:for|of)(?:\s+[\w-]+){{1,4}}?)?),\s+(?P<o>{ORGX})(?:,\s+«L\d+»)?\s*$", 0.8),  # "- Chen Jialing, Secretary-General, SCREIA"
    _role("role-copula", r"(?P<s>{PERX}){APPO},?\s+(?:who\s+)?(?:(?:currently|now|still|also)\s+)?(?:is|was|remains|has been|serves as|served as|(?:has|have)\s+served\s+as|(?:continues|continued)\s+to\s+serve\s+as|became|becomes|(?:is|was|has been)\s+(?:hereby\s+)?(?:appointed|named|elected)|(?:has been|was|is|had been)\s+promoted\s+to|took over as|takes over as|(?:joins|joined|steps up|stepped up)\s+as)\s+(?:also\s+|now\s+|currently\s+)?(?:as\s+)?(?:the\s+|an?\s+)?(?:new\s+)?(?P<title>{TITLES})\s+(?:(?:of|for|to)\s+(?:[\w-]++\s+|«R\d+»\s+){{1,4}}?)?(?:of|at)\s+{T}(?:«F\d+»\s+of\s+{T})?(?P<o>{ORGX})"),  # "... at the Ganzhou plant of X"
    _role("role-possessive-is", r"(?P<o>{ORGX})'s\s+(?:new\s+|current\s+)?(?P<title>{TITLES})\s+(?:is|was|has been|remains)\s+(?P<s>{PERX})"),
    _role("role-copula-possessive", r"(?P<s>{PERX}){APPO},?\s+(?:who\s+)?(?:is|was|has been|serves as|remains|becomes|became|has become)\s+(?:still\s+|now\s+|also\s+)?{T}(?P<o>{ORGX})'s\s+(?:new\s+)?(?P<title>{TITLES})"),
    _role("role-whose", r"(?P<o>{ORGX}),\s+[^,;]*?\bwhose\s+(?:new\s+)?(?P<title>{TITLES}),?\s+(?P<s>{PERX})", 0.85, background=True),
    _role("role-whose-is", r"(?P<o>{ORGX}),\s+whose\s+(?:new\s+)?(?P<title>{TITLES})\s+is\s+(?P<s>{PERX})", 0.85, background=True),
    _role("role-dash-line", r"^\W*(?P<s>{PER})\s+[-–—]\s+(?:(?P<title>{TITLES}),\s+)?(?P<o>{ORGX})\s*$", 0.75),  # a call's "P - Chief Financial Officer, X", "P - X"
    Rule("role-dash-line-department", r"^\W*(?P<s>{PER})\s+[-–—]\s+{TITLES}\s+of\s+[A-Z][\w&\s-]{{0,40}}?,\s+(?P<o>{ORGX})\s*$", "worksFor", 0.75, "P", "O", None, "Company"),  # "P - Director of Investor Relations, X" heads a department
    _role("role-joined-as", r"(?P<s>{PERX})\s+(?:has\s+|had\s+)?(?:joined|rejoined)\s+{T}(?P<o>{ORGX})\s+as\s+(?:its\s+|the\s+|a\s+)?(?:new\s+)?(?P<title>{TITLES})"),
    Rule("role-speaker-label", r"^\W*(?P<s>{PER}),\s+(?P<o>{ORGX})\s*:\s", "worksFor", 0.75, "P", "O", None, "Company"),  # a transcript's "Yuki Tanaka, Nikkei: ..."
    Rule("role-who-heads", r"(?P<s>{PERX}),\s+who\s+(?:heads|leads|runs|chairs|manages)\s+{T}(?P<o>{ORGX})(?!'s)", "leads", 0.8, "P", "O", None, "Company", background=True),
    Rule("role-who-heads-part", r"(?P<s>{PERX}),\s+who\s+(?:heads|leads|runs|chairs|manages)\s+{T}(?P<o>{ORGX})'s\s+(?:{MOD}\s+){{0,3}}?(?:division|unit|business|department|team|office|arm)", "worksFor", 0.8, "P", "O", None, "Company", background=True),
    Rule("role-heads-part-at", r"(?P<s>{PERX})\s+{ADV}(?:heads|runs|manages|oversees|directs)\s+(?!«)[^,;«]{{1,50}}?\s(?:at|of|for)\s+{T}(?:«[OL]\d+»'s\s+)?(?P<o>{ORGX})", "worksFor", 0.8, "P", "O", None, "Company"),  # "heads supply chain at X"
    _role("role-who-heads-at", r"(?P<s>{PERX}),\s+who\s+(?:heads|leads|runs|manages|oversees|directs)\s+[^,;«]{{1,50}}?\s(?:at|of|for)\s+{T}(?:«[OL]\d+»'s\s+)?(?P<o>{ORGX})", 0.8, background=True),  # "at Stuttgart's X": X
    Rule("role-has-led-since", r"(?P<s>{PERX})\s+has\s+(?:led|headed|run|chaired)\s+{T}(?P<o>{ORGX})\s+since\b", "leads", 0.8, "P", "O", None, "Company"),
    _role("role-employed-by", r"(?P<s>{PERX}),?\s+(?:who\s+is\s+|is\s+)?employed\s+by\s+{T}(?P<o>{ORGX})", 0.75),
    _role("role-affiliation-parenthesis", r"(?:^|[;:,]\s+)(?P<s>{PER})\s+\({T}(?P<o>«[OG]\d+»)\)(?=\s*(?:[;.]|$))", 0.7, background=True),  # "Liu Jianping (Jiangxi University of Science and Technology); Huang Mei (...)"
    _role("role-parenthesis", r"(?P<s>{PERX})\s+\((?P<title>{TITLES})(?:\s+(?:of|at)|,)\s+{T}(?P<o>{ORGX})(?:,[^()]{{0,40}})?\)", background=True),  # "P (CFO at X)", "P (Procurement Lead, X, Hanau HQ)"
    _role("role-appointed", r"{T}(?P<o>{ORGX})\s+(?:has\s+)?(?:appointed|named|elected|hired|promoted)\s+(?P<s>{PERX})(?P<appo>,\s+[^,;]{{1,80}},)?\s+(?:as\s+)?(?:its\s+)?(?:new\s+)?(?P<title>{TITLES})(?!\s+(?:of|at|for)\s)"),
    _role("role-appointed-as", r"(?:appointed|named|elected|hired|promoted)\s+(?P<s>{PERX})\s+(?:as|to)\s+(?:the\s+|its\s+)?(?:new\s+)?(?P<title>{TITLES})\s+(?:of|at)\s+{T}(?P<o>{ORGX})"),
    # -- ownership ------------------------------------------------------------------
    _owns("owns-stake-passive", _STAKE + r"\s+(?:stake\s+|interest\s+)?(?:of|in)\s+{T}(?P<o>{ORGX})\s+(?:is|was|are|were)\s+(?:held|owned)\s+by\s+{T}(?P<s>{ORGS})", 0.85),
    _owns("owns-in-which", r"(?<!\sand\s)(?<!\sof\s)(?<!\swith\s)(?<!\swith\s«L\d»'s\s)(?<!\swith\s«L\d\d»'s\s)(?P<o>{ORGX}),?\s+in\s+which\s+{T}(?P<s>{ORG})\s+(?:holds|owns|has)\s+(?:a\s+)?(?:" + _STAKE + r"|(?:a|an)\s+(?:controlling|majority|minority|significant|strategic)\s+(?:stake|interest|shareholding))", 0.85),
    _owns("owns-subsidiary-apposition", r"(?P<o>{ORGX})(?:\s*\([^()«]*\))?(?:,\s+«L\d+»){{0,3}}{APPOSEP}\s+(?:itself\s+)?(?:(?:a|an|the|one of the)\s+)?(?:{MOD},?\s+){{0,3}}?(?:subsidiary|subsidiaries|{UNIT})\s+of\s+{T}(?P<s>{ORG})", 0.85, background=True),
    _owns("owns-described-and-subsidiary", r"(?P<o>{ORGX}),\s+(?:a|an|the)\s+(?:[^,;«]|«[LR]\d+»){{1,80}}?\s+(?:and|that\s+is|which\s+is)\s+(?:a|an|the)\s+(?:{MOD}\s+){{0,2}}?(?:subsidiary|{UNIT})\s+of\s+{T}(?P<s>{ORG})", 0.8, background=True),  # "X, a Hefei maker of motors and a subsidiary of Y"
    _owns("owns-subsidiary-of", r"(?P<o>{ORGXS}){APPO},?\s+(?:is|was|are|were|became|remains|remain|has become|have become)\s+(?:(?:a|an|the|one of the)\s+)?(?:{MOD}\s+){{0,3}}?(?:subsidiary|subsidiaries|{UNIT})\s+of\s+{T}(?P<s>{ORG})"),
    _owns("owns-copula-possessive-subsidiary", r"(?P<o>{ORGX}){APPO}\s+(?:is|was|became|remains|has become)\s+(?:now\s+|also\s+)?{T}(?P<s>{ORG})'s\s+(?:{MOD}\s+){{0,3}}?(?:subsidiary|{UNIT})\b"),
    _owns("owns-possessive-subsidiary", r"(?P<s>{ORG})'s\s+(?:{MOD}\s+){{0,3}}?(?:subsidiary|subsidiaries|unit|units|arms?)(?:\s+(?:include|includes|are|comprise))?\s*[,:—-]?\s*{T}(?P<o>{ORGXS})"),
    _owns("owns-apposition-possessive-subsidiary", r"(?P<o>{ORGX}),\s+{T}(?P<s>{ORG})'s\s+(?:{MOD}\s+){{0,3}}?(?:subsidiary|{UNIT}|plant|smelter|refinery|mine|factory|mill)\b(?!\s+{TITLE})", 0.85, background=True),
    _owns("owns-possessive-facility", r"(?P<s>{ORG})'s\s+(?:{MOD}\s+){{0,2}}?(?P<o>«F\d+»)", 0.75),
    _owns("owns-opened-subsidiary", r"(?P<s>{ORG})\s+{ADV}(?:opened|set up|established|formed|created|founded|registered|launched)\s+(?P<o>{ORGX}),\s+(?:a|an|its)\s+(?:{MOD}\s+){{0,3}}?(?:subsidiary|{UNIT})\b", 0.8),  # "In 2021 X opened Y, a wholly owned subsidiary in Baotou"
    _owns("owns-fronted-subsidiary", r"^(?:(?:a|an|the)\s+)?(?:{MOD}\s+){{0,3}}?(?:subsidiary|{UNIT})\s+of\s+{T}(?P<s>{ORG}),\s+(?P<o>{ORGX})\s+(?:is|was|has|had|makes|produces|operates|runs|owns|holds)\b", 0.8),  # "A listed subsidiary of Baogang, X is ..."
    _owns("owns-subsidiaries-of-list", r"(?:subsidiary|subsidiaries|units)\s+of\s+{T}(?P<s>{ORG})\s*(?:[—:(]|-|,\s+(?:namely|including))\s*{T}(?P<o>{ORGXS})"),
    Rule("owns-stake-person", r"(?:Mr|Ms|Mrs|Dr)\.?\s+(?P<s>«[PO]\d+»)(?:,\s+[^,;]{{1,80}}?,)?\s+{ADV}(?:holds|owns|held|controls)\s+" + _STAKE + r"\s+(?:stake\s+|interest\s+)?(?:of|in)\s+{T}(?P<o>{ORGX})", "owns", 0.85, "PO", "O", "Person", "Company"),
    Rule("owns-passive-person", r"(?P<o>«O\d+»),?\s+(?:is|was|has been|remains)\s+(?:(?:wholly|majority|fully|solely)[- ])?(?:owned|controlled)\s+by\s+(?:Mr|Ms|Mrs|Dr)\.?\s+(?P<s>«[PO]\d+»)", "owns", 0.8, "PO", "O", "Person", "Company"),
    _owns("owns-passive", r"(?P<o>«[OPF]\d+»)(?:\s+in\s+«L\d+»(?:,\s+«L\d+»)*(?=,))?{APPO},?\s+(?:itself\s+)?(?:is\s+|was\s+|has been\s+|became\s+|remains\s+|(?:continues|continued)\s+to\s+be\s+)?{ADV}(?:(?:majority|wholly|partly|jointly|fully)[- ]|(?P<stake>\d+(?:\.\d+)?\s?(?:%|percent|per cent))[-\s])?(?:owned|controlled|held|acquired|bought|taken over|operated|run)\s+by\s+{T}(?P<s>{ORGS})"),
    _owns("owns-gapped-each", r"{ORG}\s+{ADV}(?:owns|holds|held|controls|has)\s+(?:(?:about|around|a)\s+)*\d+(?:\.\d+)?\s?(?:%|percent|per cent)\s+(?:stake\s+)?(?:of|in)\s+{T}(?P<o>{ORGX}),?\s+(?:and|while|whereas)\s+(?P<s>{ORGS}),?\s+(?:each|respectively|also)\s+(?:hold|holds|own|owns|control|controls|have|has|held)\s+(?P<stake>\d+(?:\.\d+)?\s?(?:%|percent|per cent))"),  # "while A, B and C each hold 20.33 percent"
    _owns("owns-gapped", r"{ORG}\s+{ADV}(?:owns|holds|held|controls|has)\s+(?:(?:about|around|a|another|further|additional)\s+)*\d+(?:\.\d+)?\s?(?:%|percent)\s+(?:stake\s+)?(?:of|in)\s+{T}(?P<o>{ORGX}),?\s+(?:and|while|with)\s+(?P<s>{ORG})\s+(?:holds\s+|owns\s+)?the\s+(?:remaining|other|rest)(?:\s+(?P<stake>\d+(?:\.\d+)?\s?%))?"),
    # "the remaining 30%" reads as "«O1»'s remaining 30%", «O1» being the company whose stake was last given
    _owns("owns-rest-held", _REST + r"\s+(?:(?:is|are|(?:continues|continue)\s+to\s+be)\s+)?(?:now\s+|still\s+|also\s+)?(?:held|owned|controlled)\s+by\s+{T}(?P<s>{ORGS})", 0.8),
    _owns("owns-rest-belongs", _REST + r"\s+(?:belongs?\s+to|stays?\s+with|remains?\s+with|rests?\s+with|lies\s+with)\s+{T}(?P<s>{ORG})", 0.8),
    _owns("owns-gapped-stake", r"{ORG}\s+{ADV}(?:owns|holds|held|controls|has)\s+(?:(?:about|around|a|an)\s+)*" + _PERCENT + r"\s+(?:stake\s+|interest\s+)?(?:of|in)\s+{T}(?P<o>{ORGX}),?\s+(?:and|while|whereas|with)\s+(?P<s>{ORG})\s+(?:(?:about|around|roughly)\s+)?(?P<stake>" + _PERCENT + r")(?=\s*(?:[.;,]|$))"),  # "A holds 60% of V and B 40%"
    _owns("owns-rest-of", r"\b[Tt]he\s+(?:remaining|other)\s+(?P<stake>\d+(?:\.\d+)?\s?(?:%|percent|per cent))\s+(?:stake\s+|interest\s+)?(?:of|in)\s+{T}(?P<o>{ORGX})\s+(?:(?:is|are|(?:continues|continue)\s+to\s+be)\s+(?:now\s+|still\s+)?(?:held|owned|controlled)\s+by|belongs\s+to|(?:stays|remains|rests|lies)\s+with)\s+{T}(?P<s>{ORGS})", 0.8),
    _owns("owns-rest-holds", r"(?P<s>{ORG}){APPO}\s+{ADV}(?:holds|owns|controls|retains|keeps)\s+" + _REST, 0.8),
    _owns("owns-stake", r"(?P<s>{ORG}){APPO}\s+{ADV}(?:owns|holds|held|controls|has|acquired|bought|took|takes|purchased|completed\s+(?:its\s+|the\s+)?(?:acquisition|purchase)\s+of)\s+" + _STAKE + r"\s+(?:stake\s+|interest\s+|of the shares\s+)?(?:of|in)\s+(?:the\s+(?:{MOD}\s+){{0,2}}?(?:company|firm|entity|vehicle|venture),\s+)?{T}(?P<o>{ORGX})", 0.9),
    _owns("owns-apposition-controlled-by", r"(?P<o>{ORGX}),\s+(?:the|a|an)\s+[^,;«]{{0,40}}?(?:«[LR]\d+»[^,;«]{{0,30}}?){{0,2}}?\s+(?:(?:that|which)\s+is\s+)?(?:(?:majority|wholly|partly)[- ]|(?P<stake>\d+(?:\.\d+)?%)-)?(?:owned|controlled|operated|run)\s+by\s+{T}(?P<s>{ORG})", 0.8, background=True),
    _owns("owns-apposition-under", r"(?P<o>{ORGX}),\s+(?:a|an|the)\s+(?:{MOD}\s+){{0,3}}?(?:institute|unit|enterprise|company|subsidiary|firm|platform|centre|center|laboratory|academy)\s+(?:directly\s+)?under\s+{T}(?P<s>{ORG})", 0.75, background=True),  # "X, a research institute under Y"
    _owns("owns-each-hold", r"(?P<s>{ORGS}),?\s+(?:each|respectively)\s+(?:own|hold|control)s?\s+" + _STAKE + r"\s+(?:stake\s+)?(?:of|in)\s+{T}(?P<o>{ORGX})", 0.85),
    _owns("owns-verb", r"(?P<s>{ORG}){APPO}\s+{ADV}(?:owns|controls|acquired|bought|purchased|took over|takes over|has taken over|took control of|completed (?:its |the )?(?:acquisition|takeover|purchase) of)\s+(?:" + _STAKE_IN + r")?{T}(?P<o>«[OPF]\d+»)", 0.8),
    _owns("owns-shareholder", r"(?P<s>{ORG}){APPO}\s+{COVERB}(?:is|was|remains|became|has become)\s+(?:the|a)\s+(?:(?:controlling|largest|majority|biggest|sole)\s+shareholder|actual\s+controller|ultimate\s+controller|de\s+facto\s+controller)\s+(?:of|in)\s+{T}(?P<o>{ORGX})", 0.85),
    _owns("owns-apposition-shareholder", r"(?P<s>{ORGX}),\s+(?:which\s+is\s+(?:also\s+)?)?{T}(?P<o>{ORGX})'s\s+(?:{MOD}\s+){{0,2}}?(?:shareholder|owner|parent company|parent)\b", 0.8, background=True),
    _owns("owns-holds-stake", r"(?P<s>{ORGX}){APPO}\s+{ADV}(?:holds|held|has|had|owns|took|takes|acquired|bought)\s+" + _STAKE_IN + r"{T}(?P<o>{ORGX})", 0.8),
    _owns("owns-whose-arm", r"(?P<s>{ORG}),\s+whose\s+(?:{MOD}\s+){{0,3}}?(?:arm|unit|subsidiary|division),\s+{T}(?P<o>{ORGX})", 0.8, background=True),
    _owns("owns-acquisition-of", r"(?P<s>{ORG})'s\s+(?:{MOD}\s+){{0,2}}?(?:acquisition|purchase|takeover)\s+(?:(?:last|this)\s+\w+\s+|in\s+\d{{4}}\s+)?of\s+(?:(?:a|an)\s+" + _STAKE + r"\s+(?:equity\s+)?(?:stake|interest)\s+in\s+)?{T}(?P<o>{ORGX})", 0.8),
    _owns("owns-largest-shareholder-is", r"(?P<o>{ORGX})'s\s+(?:largest|biggest|controlling|majority|main|sole)\s+(?:shareholder|owner)\s+(?:is|remains|was|has\s+been)\s+{T}(?P<s>{ORG})", 0.85),
    _owns("owns-are-shareholders", r"(?P<s>{ORGS}),?\s+(?:all\s+|both\s+|each\s+)?(?:are|remain|remained|were|became|have become)\s+(?:all\s+|both\s+)?(?:the\s+)?(?:(?:largest|major|main|other|joint|founding)\s+)?shareholders\s+(?:of|in)\s+{T}(?P<o>{ORGX})", 0.8),
    _owns("owns-described-in-which", r"(?P<o>{ORGX}),\s+(?:a|an|the)\s+(?:{MOD}\s+){{0,3}}?[a-z]+\s+in\s+which\s+{T}(?P<s>{ORG})(?:,\s+(?:also\s+)?[^,;«]{{1,40}}?(?:«L\d+»)?,)?\s+(?:holds|owns|has)\s+(?:a\s+|an\s+)?" + _STAKE, 0.8),  # "X, a Fangchenggang-based trader in which Y, also based there, holds an 80% stake"
    _owns("owns-possessive-named-facility", r"(?P<s>{ORG})'s\s+(?:(?:main|principal|largest|flagship|only|first|second|third|new|oldest)\s+)?(?:facility|plant|site|mine|smelter|refinery|factory|base|operation),\s+(?:the\s+)?(?P<o>«F\d+»)", 0.8),  # "Huarui's main facility, the Longnan Separation Plant"
    _owns("owns-in-which-shareholders", r"(?P<o>{ORGX}),\s+in\s+which\s+(?P<s>{ORGS})\s+(?:are|is|were|was|remain)\s+(?:both\s+|all\s+)?(?:the\s+|a\s+)?(?:(?:largest|major|main|controlling)\s+)?shareholders?\b", 0.8),
    _owns("owns-jv-in-which", r"(?P<o>{ORGX})(?:\s+(?:is|was)|,)\s+(?:a|an)\s+(?:{MOD}\s+)?(?:joint\s+venture|JV)(?:\s+(?:of|between|with)\s+[^;]{{1,120}}?|{VENTURE_AT}),?\s+in\s+which\s+{T}(?P<s>{ORG})\s+(?:holds|owns|has)\s+" + _STAKE, 0.8),
    _owns("owns-jv-in-which-and", r"(?P<o>{ORGX})(?:\s+(?:is|was)|,)\s+(?:a|an)\s+(?:{MOD}\s+)?(?:joint\s+venture|JV)(?:\s+(?:of|between|with)\s+[^;]{{1,120}}?|{VENTURE_AT}),?\s+in\s+which\s+[^;]{{1,60}}?\s+and\s+{T}(?P<s>{ORG})\s+(?:(?:holds|owns|has)\s+)?" + _STAKE, 0.8),  # "... and Sanwa the remaining 40%"
    _owns("owns-in-which-holds-and", r"(?<!\sand\s)(?<!\sof\s)(?P<o>{ORGX})(?:,\s+(?:a|an|the)\s+[^,;«]{{0,40}}?)?,?\s+in\s+which\s+{T}«O\d+»\s+(?:holds|owns|has)\s+[^«;]{{1,40}}?\s+and\s+{T}(?P<s>{ORG})\s+(?:holds|owns|has)\s+" + _STAKE, 0.8),
    _owns("owns-shareholders-include", r"(?P<o>{ORGX})'s\s+(?:(?:other|main|major|largest|registered|principal|current|two|three|four)\s+){{0,2}}(?:shareholders|owners|investors)\s+(?:include|includes|are|were)\s+(?:now\s+)?{T}(?P<s>{ORGS})", 0.8),
    _owns("owns-shareholders-of", r"\b(?:the|its)\s+(?:(?:other|main|major|largest|registered|principal|current|two|three|four)\s+){{0,2}}shareholders\s+(?:of|in)\s+{T}(?P<o>{ORGX})\s+(?:include|are|were)\s+(?:now\s+)?{T}(?P<s>{ORGS})", 0.8),
    _owns("owns-jv-listed-stakes", r"(?P<o>{ORGX})(?:{APPOSEP}|{APPO}\s+(?:is|was))\s+(?:a|an|the)\s+(?:{MOD}\s+){{0,3}}?(?:joint[- ]venture|JV)\s+(?:between|of|by|formed by|set up by|owned by)\s+{T}(?P<s>{STAKED})", 0.8, background=True),  # "X, a joint venture of A (55%) and B (45%)"
    _owns("owns-parent-apposition", r"(?P<s>{ORG}),\s+(?:the\s+)?(?:parent|parent company|parent group|owner|operator|controlling shareholder)\s+of\s+{T}(?P<o>«[OPF]\d+»)", 0.85, background=True),
    _owns("owns-whose-parent", r"(?P<o>{ORGX})(?:,\s+(?:the|a|an)\s+[^,;«]{{0,60}}?(?:«[LR]\d+»[^,;«]{{0,40}}?){{0,2}})?,?\s+whose\s+(?:parent|parent company|parent group|owner|controlling shareholder|largest shareholder)\s+is\s+{T}(?P<s>{ORG})"),
    _owns("owns-belongs-to", r"(?P<o>«[OF]\d+»){APPO}\s+{ADV}belongs\s+to\s+{T}(?P<s>{ORG})", 0.75),
    _owns("owns-described-in-which", r"(?P<o>«O\d+»),\s+(?:a|an)\s+[^;«]{{0,60}}?(?:«[LR]\d+»[^;«]{{0,30}}?)?\s+in\s+which\s+(?P<s>{ORG})\s+(?:holds|owns|has)\s+(?:a\s+)?" + _STAKE, 0.8, background=True),  # "X, a recycler in the «L» in which Tianci holds 35%"
    _owns("owns-passive-second-stake", r"(?P<o>«[OF]\d+»)(?:,\s+which|,)?\s+is\s+(?:\d+(?:\.\d+)?\s?(?:%|percent|per cent)[-\s]owned|owned\s+\d+(?:\.\d+)?\s?(?:%|percent|per cent))\s+by\s+{T}«O\d+»,?\s+and\s+" + _STAKE + r"(?:[-\s]owned)?\s+by\s+{T}(?P<s>{ORG})", 0.8, background=True),  # "X, which is 60% owned (owned 60%) by A and 40% by B"
    _owns("owns-described-then-owned", r"(?P<o>«[OF]\d+»)(?:\s+\(«L\d+»\))?,\s+(?:(?:a|an|the)\s+(?:[^,;«]|«[RL]\d+»){{1,80}}?\s+)?(?:which|that)\s+{COVERB}(?:is|was|has been)\s+(?:(?:majority|wholly|partly|jointly|fully)[- ]|(?P<stake>\d+(?:\.\d+)?\s?(?:%|percent|per cent))[-\s])?(?:owned|controlled)\s+by\s+{T}(?P<s>{ORGS})", 0.8, background=True),  # "X, which refines Y and is 60% owned by Z"; "X, a producer of Y that is 70% owned by Z"
    _owns("owns-apposition-named-subsidiary", r"(?P<o>{ORGX}),\s+(?:a|an|the)\s+(?:{MOD}\s+){{0,2}}?(?P<s>{ORG})\s+(?:subsidiary|{UNIT})\b", 0.8, background=True),  # "X, the China Rare Earth Group subsidiary that ..."
    _owns("owns-operates", r"(?P<s>{ORG}){APPO}\s+{ADV}(?:operates|runs|operated|ran)\s+{T}(?P<o>«F\d+»)", 0.75),
    _owns("owns-operates-sites", r"(?P<s>{ORG}){APPO}\s+{ADV}(?:operates|runs|owns|has)\s+(?:two|three|four|five|six|several|\d+)\s+(?:{MOD}\s+){{0,2}}?(?:factories|plants|mines|smelters|refineries|sites|facilities|production bases):\s+(?P<o>(?:the\s+)?«F\d+»(?:(?:[^;.«]|«L\d+»)*?(?:,|\band)\s+(?:the\s+)?«F\d+»)*)", 0.75),  # "runs two factories: A in X, and the B in Y"
    _owns("owns-controlled-prefix", r"(?P<s>{ORG})-(?:controlled|owned)\s+(?:{MOD}\s+){{0,3}}?(?P<o>«[OF]\d+»)", 0.8),  # "Baogang-controlled X"
    _owns("owns-apposition-controlled-prefix", r"(?P<o>«[OF]\d+»),\s+(?:the|a|an)\s+(?P<s>{ORG})-(?:controlled|owned)\b", 0.8, background=True),
    _owns("owns-half-of-jv", r"(?P<s>{ORGS}){APPO},?\s+(?:have\s+|has\s+)?{ADV}(?:set up|formed|established|created|launched|founded)\s+(?P<o>{ORGX})(?:\s*\([^)]*\))?,\s+(?:a|an)\s+50(?::|-|/)50\s+joint[- ]venture", 0.8),
    _owns("owns-facility-of", r"(?P<o>«F\d+»)\s+of\s+{T}(?P<s>{ORG})", 0.7),
    _owns("owns-which-also-owns", r"(?P<o>«[OPF]\d+»)(?:\s+in\s+[^,;«]*(?:«L\d+»)?)?,\s+(?:(?:a|an|the)\s+[^,;«]{{0,40}}?\s+)?(?:which|that)\s+{T}(?P<s>{ORG})\s+(?:also\s+)?(?:owns|operates|controls|runs)\b", 0.8),
    _owns("owns-parent-possessive", r"(?P<o>{ORGX})'s\s+(?:parent|parent company|parent group|owner|controlling shareholder),?\s+{T}(?P<s>{ORG})"),
    _owns("owns-implicit-subsidiaries", r"(?P<s>{ORG})(?:'s)?[^«.;]*?(?:«P\d+»[^«.;]*?)*\bsubsidiaries\s*(?:in|including|such as|like|namely|:|,)\s+{T}(?P<o>{ORGXS_REL})", 0.7),
    # -- joint ventures and mergers -------------------------------------------------
    Rule("jv-apposition", r"(?P<s>{ORGX}){APPOSEP}\s+(?:a|an|the|this)\s+(?:{MOD}\s+){{0,3}}?joint[- ]venture\s+(?:between|of|by|formed by|set up by|owned by|(?:(?:established|formed|set up)\s+)?with)\s+{T}(?P<o>{ORGXS_APPO})", "jointVentureOf", 0.9, "O", "O", "Company", background=True),
    Rule("jv-copula", r"(?P<s>{ORGX}){APPO}\s+(?:is|was)\s+(?:a|an|the)\s+(?:{MOD}\s+){{0,3}}?joint[- ]venture\s+(?:between|of|by|formed by|(?:(?:established|formed|set up)\s+)?with)\s+{T}(?P<o>{ORGXS_APPO})", "jointVentureOf", 0.9, "O", "O", "Company"),
    Rule("jv-formed", r"(?P<o>{ORGS})\s+{ADV}(?:set up|formed|established|created|launched)\s+(?:a\s+)?(?:{MOD}\s+){{0,3}}?joint[- ]venture,?\s+(?:called\s+|named\s+)?(?P<s>{ORGX})", "jointVentureOf", 0.85, "O", "O", "Company"),
    Rule("jv-set-up-with-founder", r"(?P<o>{ORG})\s+{ADV}(?:set up|formed|established|created|launched|founded)\s+(?P<s>{ORGX}),\s+(?:a|an)\s+(?:{MOD}\s+){{0,2}}?joint[- ]venture\s+with\s+", "jointVentureOf", 0.85, "O", "O", "Company"),
    Rule("jv-set-up-with-partner", r"(?:set up|formed|established|created|launched|founded)\s+(?P<s>{ORGX}),\s+(?:a|an)\s+(?:{MOD}\s+){{0,2}}?joint[- ]venture\s+with\s+{T}(?P<o>{ORGS})", "jointVentureOf", 0.85, "O", "O", "Company"),
    Rule("jv-copula-possessive-owner", r"(?P<s>{ORGX}){APPO}\s+(?:is|was|became)\s+(?P<o>{ORG})'s\s+(?:{MOD}\s+){{0,2}}?joint[- ]venture\s+with\b", "jointVentureOf", 0.85, "O", "O", "Company"),
    Rule("jv-copula-possessive-partner", r"(?P<s>{ORGX}){APPO}\s+(?:is|was|became)\s+«O\d+»'s\s+(?:{MOD}\s+){{0,2}}?joint[- ]venture\s+with\s+(?:{MOD}\s+){{0,3}}?{T}(?P<o>{ORGS})", "jointVentureOf", 0.85, "O", "O", "Company"),
    Rule("jv-apposition-possessive-owner", r"(?P<s>{ORGX}),\s+(?P<o>{ORG})'s\s+(?:{MOD}\s+){{0,2}}?joint[- ]venture\s+with\b", "jointVentureOf", 0.8, "O", "O", "Company", background=True),  # "X, Y's joint venture with Z"
    Rule("jv-apposition-possessive-partner", r"(?P<s>{ORGX}),\s+«O\d+»'s\s+(?:{MOD}\s+){{0,2}}?joint[- ]venture\s+with\s+(?:{MOD}\s+){{0,3}}?{T}(?P<o>{ORGS})", "jointVentureOf", 0.8, "O", "O", "Company", background=True),
    Rule("jv-possessive-apposition", r"(?P<o>{ORG})'s\s+(?:(?:{MOD}|«L\d+»)\s+){{0,2}}?joint[- ]venture,\s+{T}(?P<s>{ORGX})", "jointVentureOf", 0.8, "O", "O", "Company", "Company"),  # "X's Baotou joint venture, Y, ..."
    Rule("jv-possessive-with-owner", r"(?P<o>{ORG})'s\s+joint[- ]venture\s+with\s+{T}«[OP]\d+»,\s+{T}(?P<s>{ORGX})", "jointVentureOf", 0.8, "O", "O", "Company", "Company"),
    Rule("jv-possessive-with-partner", r"«O\d+»'s\s+joint[- ]venture\s+with\s+{T}(?P<o>«[OP]\d+»),\s+{T}(?P<s>{ORGX})", "jointVentureOf", 0.8, "O", "O", "Company", "Company"),
    Rule("jv-established-x-a-jv", r"(?P<o>{ORGS}){APPO},?\s+(?:have\s+|has\s+)?{ADV}(?:set up|formed|established|created|launched|founded)\s+(?P<s>{ORGX})(?:\s*\([^)]*\))?,\s+(?:a|an)\s+(?:{MOD}\s+){{0,2}}?joint[- ]venture", "jointVentureOf", 0.85, "O", "O", "Company"),
    Rule("jv-holder-of", r"(?P<o>{ORG}){APPO}\s+{ADV}(?:holds|owns|controls|has)\s+(?:[^«;.]{{0,40}}?\s)?(?:of|in)\s+(?P<s>{ORGX}),\s+(?:a|an)\s+(?:{MOD}\s+){{0,2}}?joint[- ]venture\s+with\b", "jointVentureOf", 0.8, "O", "O", "Company"),
    Rule("jv-set-up-as-founder", r"(?P<o>{ORGS}){APPO}\s+{ADV}(?:set up|formed|established|created|founded)\s+(?P<s>{ORGX})\s+as\s+(?:a|an)\s+(?:{MOD}\s+){{0,2}}?joint[- ]venture\s+with\b", "jointVentureOf", 0.85, "O", "O", "Company"),
    Rule("jv-set-up-as-partner", r"(?:set up|formed|established|created|founded)\s+(?P<s>{ORGX})\s+as\s+(?:a|an)\s+(?:{MOD}\s+){{0,2}}?joint[- ]venture\s+with\s+{T}(?P<o>{ORGXS_APPO})", "jointVentureOf", 0.85, "O", "O", "Company"),
    Rule("jv-venture-set-up-with", r"\b(?:joint\s+)?venture,\s+(?P<s>{ORGX})(?:\s*\([^)]*\))?,\s+(?:was|had been|has been)\s+(?:set up|formed|established|created|founded)\s+(?:in\s+\d{{4}}\s+)?with\s+{T}(?P<o>{ORGXS_APPO})", "jointVentureOf", 0.8, "O", "O", "Company"),
    Rule("jv-in-which-holds", r"(?P<s>{ORGX}){APPOSEP}\s+(?:a|an)\s+(?:{MOD}\s+){{0,3}}?joint[- ]venture{VENTURE_AT},?\s+in\s+which\s+{T}(?P<o>«[OP]\d+»)\s+(?:holds|owns|has)\s+", "jointVentureOf", 0.8, "O", "O", "Company", background=True),
    Rule("jv-in-which-holds-and", r"(?P<s>{ORGX}){APPOSEP}\s+(?:a|an)\s+(?:{MOD}\s+){{0,3}}?joint[- ]venture{VENTURE_AT},?\s+in\s+which\s+[^;]{{1,60}}?\s+and\s+{T}(?P<o>«[OP]\d+»)\s+(?:(?:holds|owns|has)\s+)?" + _STAKE, "jointVentureOf", 0.8, "O", "O", "Company", background=True),
    Rule("jv-called", r"joint[- ]venture\s+(?:between|of|by)\s+(?P<o>{ORGS}),?\s+(?:called|named|known as)\s+(?P<s>{ORGX})", "jointVentureOf", 0.85, "O", "O", "Company"),
    Rule("merged-into", r"(?P<s>{ORGS}){APPO},?\s+(?:was\s+|were\s+|has been\s+|had been\s+|have been\s+)?(?:formally\s+|officially\s+|fully\s+|later\s+)?(?:merged|folded|absorbed|integrated|incorporated|consolidated)\s+into\s+{T}(?P<o>{ORG})", "mergedInto", 0.9, "O", "O"),
    Rule("merged-absorbed-by", r"(?P<s>{ORGXS})\s+(?:was|were|has been|had been)\s+{ADV}(?:absorbed|swallowed)\s+by\s+{T}(?P<o>{ORG})", "mergedInto", 0.85, "O", "O"),
    Rule("merged-merger-of", r"(?P<o>{ORG})\s+{ADV}(?:completed|completes|finished|finalised|finalized)\s+(?:the|its|an?)\s+(?:absorption\s+)?merger\s+(?:by\s+absorption\s+)?of\s+(?:its\s+|«O\d+»'s\s+)?(?:{MOD}\s+){{0,2}}?(?:subsidiary\s+|subsidiaries\s+|unit\s+)?{T}(?P<s>{ORGS})", "mergedInto", 0.85, "O", "O"),
    Rule("merged-absorbed", r"(?P<o>{ORG})\s+{ADV}(?:absorbed)\s+{T}(?P<s>{ORGS})", "mergedInto", 0.8, "O", "O"),
    Rule("merged-combining", r"(?P<o>{ORG}),?\s+(?:which\s+was\s+|was\s+)?(?:formed|created|established|set up|founded)\s+(?:(?:in|on)\s+[\w ,]{{0,20}}?\d{{4}}\s+)?(?:by|through|from)\s+(?:combining|merging|consolidating|the merger of|the combination of)\s+(?:the\s+)?(?:{MOD}\s+){{0,3}}?(?:(?:businesses|assets|operations|units)\s+of\s+)?{T}(?P<s>{ORGS})", "mergedInto", 0.85, "O", "O"),
    Rule("merged-to-form", r"(?P<s>{ORGS})\s+(?:(?:have|has|had)\s+)?(?:merged|were merged|combined|were combined|been merged|been combined)\s+(?:to form|into|to create)\s+{T}(?P<o>{ORG})", "mergedInto", 0.85, "O", "O"),
    # -- places ----------------------------------------------------------------------
    Rule("located-based", r"(?P<o>{LOC})-(?:based|headquartered|registered)\s+(?:(?!of\b|for\b|to\b|at\b|in\b|with\b){MOD}\s+){{0,2}}?(?P<s>«[OPLF]\d+»)", "locatedIn", 0.85, "OPLF", "L", background=True),
    Rule("located-in", r"(?P<s>{SITE}){APPO}\)?,?\s+\(?(?:which\s+(?:is\s+)?|is\s+|was\s+)?(?:headquartered|based|located|situated|sited|registered|sits|lies)\s+(?:in\s+{PART}|at\s+the\s+(?:{MOD}\s+)?(?:tip|edge|end|corner|foot|heart|centre|center)\s+of\s+){T}(?P<o>{LOC})", "locatedIn", 0.9, "OPLF", "L"),
    Rule("located-comma-place", r"(?P<s>«[OF]\d+»)(?:\s*\([^()«]*\))?,\s+(?P<o>«L\d+»)(?:,\s+«L\d+»){{0,2}},\s+(?:a|an|the|which)\s", "locatedIn", 0.7, "OF", "L", background=True),  # "X GmbH, Hanau, Germany, a subsidiary of Y"
    Rule("located-item-place", r"^\W*(?:\(\d+\)|\d+[.)])\s+(?P<s>«[OF]\d+»)(?:\s*\([^()«]*\))?,\s+(?P<o>«L\d+»)(?:,\s+«L\d+»){{0,2}}\s*[.;]?\s*$", "locatedIn", 0.7, "OF", "L", background=True),  # "(1) X ("GIME"), Ganzhou, Jiangxi."
    Rule("located-parenthesis", r"(?P<s>«O\d+»)\s+\((?P<o>«L\d+»)(?:,\s+«L\d+»)+\)", "locatedIn", 0.75, "O", "L", background=True),  # "X (Hefei, Anhui)", not "X (Sichuan)", a branch
    Rule("located-trailing-participle", r"(?P<s>«O\d+»)(?:,|\s+(?:is|was))\s+(?:a|an|the)\s+(?:[^«;:]|«[RL]\d+»){{0,150}}?,\s+(?:headquartered|based)\s+in\s+{T}(?P<o>{LOC})", "locatedIn", 0.7, "O", "L"),  # "X is a producer of R, headquartered in L"
    Rule("located-fronted", r"(?:^|\n)\s*(?:(?:Headquartered|Based|Located|Registered)\s+in|Founded\s+in\s+(?:\d{{4}}\s+in\s+)?)\s+{T}(?P<o>{LOC})(?:\s+in\s+{T}{LOC})?(?:,\s+{LOC})*,\s+(?P<s>{ORG})", "locatedIn", 0.8, "O", "L"),
    Rule("located-postposed-based", r"(?P<s>«[OP]\d+»),\s+(?P<o>{LOC})-(?:based|headquartered),", "locatedIn", 0.8, "OP", "L", background=True),  # "Shenghe Resources, Chengdu-based, owns"
    Rule("located-apposition-based", r"(?P<s>«[OP]\d+»)(?:,?\s+is|,)\s+(?:a|an|the|our|its|their)\s+(?:(?!at\b|of\b|in\b|for\b|with\b)[\w-]++\s+){{0,2}}?(?P<o>{LOC})-(?:based|headquartered|registered)\b", "locatedIn", 0.85, "OP", "L", background=True),
    Rule("located-based-such-as", r"(?P<o>{LOC})-based\s+(?:(?:{MOD}|«R\d+»)\s+){{0,3}}?" + _MAKERS + r"\s+(?:such\s+as|including|like)\s+(?P<s>{ORGXS})", "locatedIn", 0.75, "O", "L", background=True),  # "Ningbo-based magnet makers such as X"
    Rule("located-in-such-as", _MAKERS + r"\s+in\s+(?P<o>{LOC})\s+(?:such\s+as|including|like)\s+(?P<s>{ORGXS})", "locatedIn", 0.75, "O", "L", background=True),  # "separators in Ganzhou such as X"
    Rule("located-headquarters", r"(?P<s>{ORG})'s\s+(?:{MOD}\s+)?(?:headquarters|head office|home base)\s+(?:(?:is|are|remain|remains|sits|stays)\s+(?:still\s+)?)?in\s+{T}(?P<o>{LOC})", "locatedIn", 0.8, "O", "L", background=True),  # "X's headquarters remain in L"
    Rule("located-place-headquarters", r"(?P<s>«O\d+»)'s\s+(?P<o>«L\d+»)\s+(?:HQ|headquarters|head\s+office)\b", "locatedIn", 0.8, "O", "L", background=True),  # "JL Mag at its Ganzhou HQ", "X's Baotou headquarters"
    Rule("located-of-place", r"(?P<s>{ORG})\s+of\s+(?P<o>{LOC})", "locatedIn", 0.7, "C", "L", background=True),  # "Shandong Hongda Rare Earth of Weishan County"
    Rule("located-apposition-in", r"(?P<s>«[OF]\d+»)(?:,|\s+is)\s+(?:a|an|the|our|its|their)\s+(?:(?:{MOD}|«R\d+»)\s+){{0,3}}?(?:" + ORG_NOUNS + r"|enterprise|subsidiary|unit|consolidator|platform|laboratory|lab|workshop|plant|mine|pit|deposit|operation|facility|site|refinery)(?:\s+with\s+«O\d+»)?(?:\s+(?:in|from|based in|headquartered in|located in|registered in)|\s+of\s+(?:[^,;«]|«R\d+»){{1,60}}?\s+(?:based in|headquartered in|located in))\s+{T}(?P<o>{LOC})", "locatedIn", 0.8, "OF", "L", background=True),
    Rule("located-apposition-place-noun", r"(?P<s>{ORG}),\s+(?:a|an|the)\s+(?:{MOD}\s+){{0,2}}?(?P<o>{LOC})\s+(?:{MOD}\s+){{0,2}}?(?:(?:" + ORG_NOUNS + r")\b|«R\d+»(?=\s*,))", "locatedIn", 0.75, "O", "L", background=True),
    Rule("located-produces-in", r"(?P<s>{ORG})(?:,\s+which)?\s+(?:mines|produces|makes|refines|smelts|separates|manufactures)\s+{T}(?:{PRODS})\s+in\s+{T}(?P<o>{LOC})(?!\s*-based)", "locatedIn", 0.7, "O", "L"),
    Rule("located-operates-in", r"(?P<s>{ORG})(?:,\s+which)?\s+(?:runs|operates|has|owns)\s+(?:(?:a|an|the|its|two|three|several)\s+)?(?:{MOD}\s+){{0,3}}?(?:plants?|mines?|factory|factories|smelters?|refinery|refineries|facility|facilities|(?:production\s+)?bases|operations|sites)\s+in\s+{T}(?P<o>{LOC}(?:\s+and\s+(?:in\s+)?{LOC})*)", "locatedIn", 0.75, "O", "L"),
    Rule("located-place-part-of", r"(?P<s>{LOC}),?\s+(?:which|that)\s+(?:is|was)\s+(?:now\s+)?(?:an?\s+)?(?:part|(?:county-level\s+)?(?:district|county|city|town|township|suburb))\s+of\s+{T}(?P<o>{LOC})", "locatedIn", 0.8, "L", "L", background=True),
    Rule("located-place-of", r"(?P<s>{LOC})\s+of\s+(?P<o>{LOC})", "locatedIn", 0.7, "L", "L", background=True),
    Rule("located-place-apposition", r"(?P<s>{LOC}),\s+(?:a|an|the)\s+(?:{MOD}\s+){{0,2}}?(?:city|county|district|town|township|village|prefecture|region|province|port|county-level city)\s+(?:in|of|administered by|governed by|under)\s+{PART}(?:(?:north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern)\s+)?{T}(?P<o>{LOC})", "locatedIn", 0.8, "L", "L", background=True),
    Rule("located-place-one-of", r"(?P<s>{LOC}),\s+(?:one of\s+)?(?P<o>{LOC})'s\s+(?:{MOD}\s+){{0,2}}?(?:counties|county|cities|city|districts|district|towns|town|townships|prefectures)\b", "locatedIn", 0.75, "L", "L", background=True),
    Rule("located-site-which-operates-in", r"(?P<s>«F\d+»),\s+which\s+{T}«O\d+»\s+(?:operates|runs|owns|built|opened)\s+in\s+{T}(?P<o>{LOC})", "locatedIn", 0.75, "F", "L", background=True),  # "the X Plant, which Y operates in Wuzhou"
    Rule("located-both", r"(?P<s>«O\d+»[^;«]{{1,80}}?«O\d+»),?\s+and\s+both\s+(?:are|were)\s+(?:headquartered|based|located)\s+in\s+{T}(?P<o>{LOC})", "locatedIn", 0.75, "O", "L"),  # "A controls B, and both are headquartered in L"
    Rule("located-fronted", r"(?:^|[.;:]\s+|\s[—–-]\s+)(?:Headquartered|Based|Located)\s+in\s+{T}(?P<o>{LOC})(?:,\s+«L\d+»)*,\s+(?P<s>{ORGX})", "locatedIn", 0.8, "O", "L", "Company", background=True),  # "Headquartered in Baotou, X showed ..."
    Rule("located-place-chain", r"(?<![«\w]»,\s)(?P<s>{LOC}(?:,\s+{LOC})+)(?!\s+in\s+«L)(?!,\s+(?:«L|[A-Z][\w-]*(?:,|\s+(?:and|or)\s)))(?!\s*,?\s*(?:and|or)\s(?!(?:also\s+)?[a-z]+(?:s|ed)\b|(?:the\s+|at\s+|in\s+)?«[FOP]))", "locatedIn", 0.75, "L", "L", background=True, chain=True),  # not "in A, B and C"; "in A, B, and the «F»" is
    Rule("located-possessive", r"(?P<o>{LOC})'s\s+(?P<s>«O\d+»)(?!'s)", "locatedIn", 0.7, "O", "L", background=True, never_object="china"),  # "Japan's Sanwa Metal Industries"; "China's X" tells a reader of China's industry nothing
    Rule("located-place-possessive", r"(?P<o>{LOC})'s\s+(?:{MOD}\s+){{0,2}}?(?P<s>{LOC})", "locatedIn", 0.7, "L", "L", background=True),
    Rule("located-place-in", r"(?P<s>{LOC})\s+in\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|north-eastern|north-western|south-eastern|south-western)\s+)?{T}(?P<o>{LOC})(?!\s*,\s*«L)", "locatedIn", 0.7, "L", "L", background=True),
    Rule("located-place-region-possessive", r"(?P<s>{LOC}),\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|northeast|northwest|southeast|southwest)\s+)?«L\d+»'s\s+(?P<o>{LOC})", "locatedIn", 0.75, "L", "L", background=True),
    Rule("located-dateline", r"(?P<o>{LOC})(?:,\s+{LOC})*,\s+[^«\n]{{0,40}}?\d{{4}}\s*(?:/[^/\n]{{1,40}}/\s*)?(?:--|—|–)\s+(?P<s>{ORG})(?=\s*[(,]|\s+today\b)", "locatedIn", 0.6, "O", "L", background=True),  # a press release's dateline is its issuer's home
    Rule("located-facility-comma-in", r"(?P<s>«F\d+»),\s+in\s+{PART}(?:northern\s+|southern\s+|eastern\s+|western\s+|central\s+)?{T}(?P<o>{LOC})(?=\s*,)", "locatedIn", 0.7, "F", "L", background=True),
    Rule("located-place-comma-in", r"(?<!\bin\s)(?P<s>«L\d+»),\s+in\s+{PART}(?:northern\s+|southern\s+|eastern\s+|western\s+|central\s+)?{T}(?P<o>{LOC})(?=\s*,)", "locatedIn", 0.7, "L", "L", background=True),
    Rule("located-place-also-in", r"(?P<s>«[LF]\d+»),\s+also\s+in\s+{PART}{T}(?P<o>{LOC})", "locatedIn", 0.7, "LF", "L", background=True),  # "in Bayannur, also in Inner Mongolia"
    Rule("located-where", r"(?P<o>«L\d+»),\s+where\s+(?P<s>{ORGX})\s+{ADV}(?:runs|operates|has|owns|built|opened|is\s+based|is\s+headquartered|produces|mines)\b", "locatedIn", 0.7, "O", "L"),
    Rule("located-place-noun-name", r"\b(?:the|a|an)\s+(?P<o>{LOC})\s+(?:[\w-]+\s+){{0,2}}?" + ORG_NOUNS + r"\s+(?P<s>{ORG})", "locatedIn", 0.75, "O", "L", background=True),  # "the Stuttgart industrial group Falkenberg Holding"
    Rule("located-makes-in", r"(?<!with\s)(?P<s>{ORG})(?:,\s+(?:an?|the)\s+[^,;«]{{0,80}}?(?:«[A-Z]\d+»[^,;«]{{0,40}}?)*,|,?\s+(?:which|that))?\s+{ADV}(?:makes|produces|manufactures|refines|separates|mines|smelts|assembles)\s+(?:(?!(?:for|to|with|by)\b)[^«;,.]|«R\d+»){{1,60}}?\s+(?:in|at\s+its\s+(?:[\w-]+\s+){{0,2}}?(?:plant|factory|site|facility|smelter|refinery|works)\s+in)\s+{T}(?P<o>{LOC})", "locatedIn", 0.7, "O", "L"),  # "X makes NdFeB magnets in Suzhou", "... at its plant in L"
    Rule("located-facility-in", r"(?P<s>«[OF]\d+»)\s+(?:mine\s+|plant\s+|project\s+)?in\s+(?:northern\s+|southern\s+|eastern\s+|western\s+|central\s+)?{T}(?P<o>{LOC})", "locatedIn", 0.65, "OF", "L"),
    # -- policies ---------------------------------------------------------------------
    Rule("issued-verb", r"(?P<s>{ORGS}){APPO}\s+{ADV}(?:issued|released|published|announced|promulgated|unveiled|formulated|introduced|launched|adopted|enacted|imposed|set|rolled out|drafted|revised|"
         r"issues|releases|publishes|announces|promulgates|unveils|introduces|launches|adopts|enacts|imposes|rolls out)\s+" + _GAP + r"{T}(?P<o>{POL})", "issued", 0.85, "O", "Y"),
    Rule("issued-together-with", r"(?P<o>{POL}),?\s+(?:which\s+was\s+|was\s+)?(?:issued|released|published|promulgated|announced)\s+(?:by\s+{T}«O\d+»\s+)?(?:jointly|together)\s+with\s+{T}(?P<s>{ORGS})", "issued", 0.75, "O", "Y"),  # "X, issued by MOFCOM together with the customs administration"
    Rule("issued-by", r"(?P<o>{POL}),?\s+(?:which\s+was\s+|was\s+|were\s+|has been\s+|(?:a|an|the)\s+(?:{MOD}\s+){{0,2}}?(?:scheme|programme|program|plan|policy|document|regulation|rule|notice|campaign|initiative|list)\s+)?(?:jointly\s+)?(?:issued|released|published|promulgated|unveiled|announced|formulated|drafted|introduced|launched|compiled|run|administered|maintained|passed)\s+(?:jointly\s+)?by\s+{T}(?P<s>{ORGS_BY})", "issued", 0.85, "O", "Y"),
    Rule("issued-which-with", _POLICY_WHICH + r"«O\d+»\s+" + _ISSUING + r"\s+(?:together\s+|jointly\s+)?with\s+{T}(?P<s>{ORGS})", "issued", 0.8, "O", "Y"),  # "..., which MIIT issued with the Ministry of Natural Resources"
    Rule("issued-which", _POLICY_WHICH + r"(?P<s>{ORGS})\s+" + _ISSUING + r"\b", "issued", 0.8, "O", "Y"),  # "the Pilot, which the Provincial DEIT issued in 2024"
    Rule("issued-possessive", r"(?P<s>{ORG})(?:'s|,\s+whose)\s+(?:new\s+|latest\s+|draft\s+)?{POLPRE}(?P<o>{POL})", "issued", 0.75, "G", "Y"),  # not "Minjiang's 2025 separation quota"
    Rule("participates-selected", r"(?:selected|chosen|named|included|listed|approved|picked|placed|places|puts|put|added)\s+{T}(?P<s>{MEMBERS})(?:\s+(?:in|on|last|this)\s+\w+)?\s+(?:for|in|on|onto|to join|to participate in|as part of|to)\s+{T}{POLPRE}(?:«O\d+»'s\s+|its\s+)?{POLPRE}(?P<o>{POL})", "participatesIn", 0.85, "OF", "Y", "Company"),
    Rule("participates-including-selected", r"(?:companies|enterprises|firms|makers|producers|miners)\s*,\s+(?:including|such as|among them)\s+(?P<s>{MEMBERS}),\s+(?:have|has)\s+(?:all\s+)?been\s+(?:selected|chosen|named|included|listed|admitted)\s+(?:for|in|on|to|into)\s+{T}(?:«O\d+»'s\s+)?{POLPRE}(?P<o>{POL})", "participatesIn", 0.8, "OF", "Y", "Company"),  # "15 companies, including A and B, have been selected for Y"
    Rule("participates-passive", r"(?P<s>{MEMBERS})\s+(?:was|were|(?:has|have) (?:also |all |both )?been)\s+(?:selected|chosen|named|included|listed|picked|approved|added|enrolled|admitted|placed|put)(?:\s+(?:last|this)\s+\w+|\s+in\s+\d{{4}})?\s+(?:for|in|on|onto|to|as part of|to participate in)\s+{T}(?:«O\d+»'s\s+)?{POLPRE}(?P<o>{POL})", "participatesIn", 0.85, "OF", "Y", "Company"),
    Rule("participates-included-are", r"(?:included|listed|selected|named)\s+(?:in|on)\s+{T}{POLPRE}(?P<o>{POL})\s+(?:comprises|comprise|include|includes|are|were)\s+{T}(?P<s>{ORGXS})", "participatesIn", 0.8, "O", "Y", "Company"),
    Rule("participates-one-of", r"(?P<s>{ORGXS}){APPO}\s+(?:is|was|are|were)\s+{ADV}(?:one\s+of|among|the\s+only)\s+(?:the\s+)?(?:{MOD}\s+){{0,2}}?(?:compan(?:y|ies)|enterprises?|firms?|producers?|makers?|miners?|groups?|members?|exporters?|manufacturers?|recyclers?|sponsors?|applicants?|participants?)(?:\s+in\s+the\s+\w+)?\s+(?:taking\s+part\s+in|participating\s+in|selected\s+for|chosen\s+for|included\s+in|listed\s+in|covered\s+by|to\s+join|to\s+take\s+part\s+in|(?:named|added|admitted)\s+to|(?:named|listed|included)\s+(?:on|in)|in|on)\s+{T}(?:«O\d+»'s\s+)?{POLPRE}(?P<o>{POL})", "participatesIn", 0.8, "O", "Y", "Company"),
    Rule("participates-on-which", r"(?P<o>{POL}),\s+(?:on|in|under)\s+which\s+(?P<s>{ORGXS})\s+(?:was|were|is|are|has been|have been)\s+(?:also\s+)?(?:named|listed|included|selected)\b", "participatesIn", 0.8, "O", "Y", "Company"),  # "the X List, on which Tingjiang was named"
    Rule("participates-covered-by", r"(?<!\bby\s)(?P<s>{ORGXS})(?:'s\s+(?:output|production|operations|mining|smelting))?(?:,\s+which)?\s+(?:is|are|was|were)\s+{ADV}covered\s+by\s+{T}(?P<o>{POL})", "participatesIn", 0.75, "O", "Y", "Company"),
    Rule("participates-selected-colon", r"(?:selected|chosen|named|picked|approved|admitted)\s+(?:[\w-]+\s+){{0,2}}?(?:companies|enterprises|firms|exporters|producers|makers|smelters|miners)\s+(?:for|in|to)\s+{T}(?:«O\d+»'s\s+)?{POLPRE}(?P<o>{POL})\s*:\s*(?P<s>«O\d+»(?:(?:[^;«]|«L\d+»)*;\s+(?:and\s+)?«O\d+»)*)", "participatesIn", 0.8, "O", "Y", "Company"),
    Rule("participates-listed-under", r"^(?:Under|In)\s+{T}{POLPRE}(?P<o>{POL})(?:\s*\([^)]*\))?(?:,\s+[^;«]{{0,40}}?(?:«[OL]\d+»[^;«]{{0,30}}?)*,)?\s+(?P<s>{ORGXS})\s+(?:is|are|was|were)\s+{ADV}(?:listed|named|included|designated)\s+(?:among|as)\b", "participatesIn", 0.75, "O", "Y", "Company"),
    Rule("participates-named-under", r"(?:named|designated|recognised|recognized|certified)\s+(?P<s>{ORGX})\s+(?:as\s+)?an?\s+(?:[^;«]|«Y\d+»){{0,60}}?\s+under\s+{T}(?:«O\d+»'s\s+)?(?P<o>{POL})", "participatesIn", 0.75, "O", "Y", "Company"),
    Rule("participates-named-including", r"(?:named|selected|added|included|approved|picked|chose|chosen)\s+(?:\d+|[a-z]+)\s+(?:[\w-]+\s+){{0,2}}?(?:companies|enterprises|firms|exporters|producers|makers|smelters|miners|recyclers|mines|plants|sites)\s+(?:to|for|in|on|into)\s+{T}(?:«O\d+»'s\s+|its\s+)?{POLPRE}(?P<o>{POL}),\s+(?:including|such as|among them)\s+{T}(?P<s>{MEMBERS})", "participatesIn", 0.8, "OF", "Y", "Company"),  # "named 14 companies to its «Y», including A and B"
    Rule("participates-policy-selects", r"(?P<o>{POL})(?:,\s+[^,;«]{{1,40}},)?\s+{ADV}(?:has\s+)?(?:selected|named|chosen|included|lists|listed|names|covers|includes)\s+(?:(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+)?(?:enterprises|companies|firms|mines|plants),?\s+(?:including|such\s+as|among\s+them)\s+)?{T}(?P<s>{MEMBERS})", "participatesIn", 0.75, "OF", "Y", "Company"),  # "«Y» has selected A and B", "«Y», published this month, names nine enterprises, including A"
    Rule("participates-allocated-to", r"(?P<o>{POL})\s+(?:is|are|was|were|has\s+been|have\s+been)\s+{ADV}(?:allocated|granted|awarded|assigned|given)\s+(?:only\s+|solely\s+|exclusively\s+)?to\s+{T}(?P<s>{ORGXS})", "participatesIn", 0.75, "O", "Y", "Company"),  # "the 2025 mining quotas were allocated only to A and B"
    Rule("participates-policy-includes", r"(?P<o>{POL}){APPO}\s+(?:includes|included|covers|covered|lists|listed|names|named)\s+(?:[\w-]+\s+(?:[\w-]+\s+)?(?:enterprises|companies|firms),?\s+(?:including|such\s+as)\s+)?{T}(?P<s>{ORGXS})", "participatesIn", 0.75, "O", "Y", "Company"),  # "The first batch of Y, published in March by Z, includes A, B and C"
    Rule("participates-which-covers", r"(?P<o>{POL})(?:\s*\([^)]*\))?,\s+(?:which\s+(?:covers?|covered|applies\s+to|apply\s+to|includes?|names|named|lists)|naming|listing|covering)\s+(?:both\s+)?(?:[\w-]+\s+(?:[\w-]+\s+)?(?:enterprises|companies|firms),?\s+(?:including|such\s+as)\s+)?{T}(?P<s>{ORGXS})", "participatesIn", 0.75, "O", "Y", "Company"),  # "the Interim Measures, which cover both A and B"
    Rule("participates-quota-under", r"(?P<s>{ORGX})\s+{ADV}(?:holds|has|held|received|receives|won|wins|got|gets|obtained|was\s+granted|was\s+allocated)\s+(?:(?:a|an|its|their)\s+)?(?:(?:[\w,-]+\s+|«R\d+»\s+){{0,4}}?(?:quotas?|indicators?|funding|subsid(?:y|ies)|grants?|allocations?)|«Y\d+»)\s+under\s+{T}(?:(?:(?:19|20)\d\d\s+)?(?:first|second|third|latest)\s+batch\s+of\s+)?{POLPRE}(?:[a-z][\w-]*\s+){{0,2}}?(?P<o>{POL})", "participatesIn", 0.75, "O", "Y", "Company"),  # "X holds a separation quota under «Y»", "was allocated «Y» under the 2025 first batch of «Y»"
    Rule("participates-appears-on", r"(?P<s>{ORGXS}),?\s+(?:both\s+|all\s+|also\s+|now\s+)*(?:appears?|appeared|is|are|was|were|remains?)\s+(?:listed\s+)?on\s+{T}(?:«O\d+»'s\s+)?(?P<o>{POL})", "participatesIn", 0.75, "O", "Y", "Company"),  # "A and B both appear on the list of ... enterprises"
    Rule("participates-were-allocated", r"(?P<s>{ORGS})\s+{ADV}(?:were|was|are|is|have\s+been|has\s+been)\s+(?:(?:the\s+)?(?:only\s+)?(?:two|three|four|\d+)\s+(?:groups|companies|firms|producers|enterprises)\s+)?(?:allocated|granted|awarded|assigned)\s+{T}{POLPRE}(?P<o>{POL})(?!\s+under\b)", "participatesIn", 0.75, "O", "Y", "Company"),  # "A and B were the only two groups allocated «Y»" (not "«Y» under «Y»")
    Rule("participates-share-of", r"(?P<s>{ORGX}){APPO}\s+{ADV}(?:received|receives|won|got|holds|held|was\s+allocated|was\s+granted)\s+(?:the\s+|a\s+|its\s+)?(?:(?:largest|biggest|second-largest|smallest|single|larger|big|large|small)\s+)?(?:share|portion|part|slice|tranche)\s+of\s+{T}{POLPRE}(?P<o>{POL})", "participatesIn", 0.75, "O", "Y", "Company"),  # "X received the largest share of «Y»"
    Rule("participates-allocated-to", r"\b(?:allocat(?:ed|es|ing)|issued|granted|assigned|distributed)\s+{T}{POLPRE}(?P<o>{POL})\s+to\s+(?:(?:only\s+)?(?:two|three|four|five|\d+)\s+(?:groups|companies|enterprises)(?:\s+only)?,?\s+)?{T}(?P<s>{ORGXS})", "participatesIn", 0.75, "O", "Y", "Company"),  # "MIIT allocated the first batch of «Y» to A and B", "issued «Y» to two groups only, A and B"
    Rule("participates-cohort", r"(?P<o>{POL}),?\s+and\s+(?:the|its)\s+(?:(?:first|second|third|initial|latest|new|inaugural)\s+)?(?:cohort|batch|round|intake)\s+(?:included|includes|comprised|comprises|consists\s+of|consisted\s+of)\s+{T}(?P<s>{MEMBERS})", "participatesIn", 0.75, "O", "Y", "Company"),  # "launched «Y», and the first cohort included A and B"
    Rule("participates-project-under", r"(?P<s>{ORGX})\s+(?:is|was)\s+{ADV}(?:the\s+|a\s+|one\s+of\s+the\s+)?(?:(?:first|second|third|latest|only|largest|key)\s+)?(?:projects?|compan(?:y|ies)|enterprises?|firms?)\s+(?:approved|selected|funded|supported|listed|backed)\s+under\s+{T}{POLPRE}(?P<o>{POL})", "participatesIn", 0.75, "O", "Y", "Company"),  # "X is the first project approved under «Y»"
    Rule("participates-under-receive", r"^(?:Under|In)\s+{T}(?P<o>{POL}),\s+(?:only\s+)?(?P<s>{ORGXS})\s+{ADV}(?:receive|received|get|got|hold|held|were\s+allocated|were\s+granted|obtained)\s+(?:(?:[\w-]+\s+){{0,3}}?quotas?|allocations?)\b", "participatesIn", 0.75, "O", "Y", "Company"),  # "Under «Y», only A and B receive mining quotas"
    Rule("participates-allocating-to", r"(?P<o>{POL})(?:[^;«]|«O\d+»){{0,100}}?\ballocat(?:ing|ed|es)\s+(?:(?:most|all|part|the\s+bulk)\s+of\s+)?(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){{0,3}}?quotas?\s+to\s+(?P<s>{ORGXS})", "participatesIn", 0.75, "O", "Y", "Company"),  # "issued «Y», allocating most of the mining quota to A and B"
    Rule("participates-pilot", r"(?P<s>{ORGXS})\s+(?:is|are|was|were|has been|have been)\s+{ADV}(?:(?:a|an|the|among the|one of the)\s+)?(?:{MOD}\s+){{0,2}}?(?:pilot|demonstration|model|participating|member)\s+(?:enterprises?|compan(?:y|ies)|firms?|units?|sites?)\s+(?:of|in|under|for)\s+{T}{POLPRE}(?P<o>{POL})", "participatesIn", 0.8, "O", "Y", "Company"),
    Rule("participates-verb", r"(?P<s>{MEMBERS})\s+{ADV}(?:joined|join|(?:is|are|was|were|has\s+been|have\s+been)\s+{ADV}(?:both\s+|all\s+)?(?:on|in|taking\s+part\s+in|participating\s+in)|participates? in|participated in|took part in|takes part in|is part of|are part of|signed up to)\s+{T}(?:«O\d+»'s\s+)?(?:(?:the|a)\s+(?:{MOD}\s+){{0,2}}?(?:programme|program|scheme|pilot|trial)\s+(?:under|of)\s+{T})?{POLPRE}(?P<o>{POL})", "participatesIn", 0.8, "OF", "Y", "Company"),
    # -- products and supply ----------------------------------------------------------
    Rule("produces-verb", r"(?P<s>«[OPF]\d+»){APPO}\s+{ADV}{COVERB}(?:produces?|produced|yields|yielded|makes?|made|manufactures?|manufactured|assembles?|assembled|builds?|built|mines?|mined|refines?|refined|smelts?|process(?:es)?|processed|separates?|extracts?|recovers?|supplies|supply|sells?|exports?|turns?\s+out|churns?\s+out)\s+" + _GAP + r"(?P<o>{PRODS}(?:,\s+(?:chiefly|mainly|mostly|primarily|notably)\s+{PRODS})?)(?!\s+into\b)", "produces", 0.8, "OF", "R", "Company"),  # "produced 6,800 tonnes of oxides, chiefly A and B"
    Rule("produces-into", r"(?P<s>«[OF]\d+»){APPO}\s+{ADV}{COVERB}(?:separates?|separated|process(?:es)?|processed|refines?|refined|converts?|converted|turns?|turned)\s+(?:[^«.;]|«[RLF]\d+»){{0,60}}?\s+into\s+(?:{MOD}\s+)?(?P<o>{PRODS})", "produces", 0.8, "OF", "R", "Company"),  # "separates Bayan Obo concentrate into A and B"
    Rule("produces-list-item", r"^\W*(?:\d+[.)]\s+|\(\d+\)\s+)?(?P<s>«O\d+»)(?:\s+\([^)]*\))?\s+[—–:-]\s+(?P<o>{PRODS})\s*$", "produces", 0.7, "OF", "R", "Company"),  # "1. X (Hefei) — bonded magnets"
    Rule("produces-engaged-in", r"(?P<s>«[OF]\d+»){APPO}\s+(?:(?:is|are)\s+{ADV}engaged\s+in|{ADV}speciali[sz]es\s+in|{ADV}focuses\s+on)\s+(?:the\s+)?(?:(?:research|development|R&D|design|processing|sale|sales|mining|separation|smelting|refining)(?:,\s+|\s+and\s+))*(?:production|manufacture|manufacturing|mining)\s+(?:and\s+(?:sale|sales)\s+)?of\s+" + _GAP + r"(?P<o>{PRODS})", "produces", 0.8, "OF", "R", "Company"),
    Rule("produces-products-are", r"(?P<s>«[OF]\d+»)(?:'s|(?:,\s+|\s+is\s+)(?:an?\s+)?[^«;,]{{0,60}}?\bwhose)\s+(?:{MOD}\s+){{0,2}}?(?:products|product range|product lines|output)\s+(?:include|includes|included|are|comprise|comprises|consist of)\s+(?:mainly\s+|chiefly\s+)?" + _GAP + r"(?P<o>{PRODS})", "produces", 0.8, "OF", "R", "Company"),
    Rule("produces-converts-into", r"(?P<s>«[OF]\d+»){APPO}\s+{ADV}{COVERB}(?:converts|turns|processes|transforms|refines|separates)\s+(?:[^«.;]|«R\d+»){{0,40}}?\binto\s+(?P<o>{PRODS})", "produces", 0.8, "OF", "R", "Company"),
    Rule("produces-apposition-that", r"(?P<s>«[OF]\d+»)(?:\s+in\s+«L\d+»(?:\s+[a-z]+)?)?,\s+(?:a|an|the)\s+[^,;«]{{0,50}}?(?:«[LRO]\d+»[^,;«]{{0,30}}?){{0,2}}\s(?:that|which)\s+{ADV}(?:[a-z]+s\s+(?:[^.;«]|«R\d+»){{0,60}}?\s+and\s+)?(?:produces|makes|manufactures|mines|refines|separates|smelts|processes|recovers|extracts|yields|(?:turns|converts)\s+[^«.;]{{0,30}}?\binto)\s+" + _GAP + r"(?P<o>{PRODS})", "produces", 0.75, "OF", "R", "Company", background=True),  # "X, a unit of Y that makes «R»"
    Rule("produces-object-relative", r"(?P<o>{PRODS})\s+(?:that\s+|which\s+)?(?P<s>«[OF]\d+»)\s+{ADV}(?:produces|makes|manufactures|mines|refines|smelts|separates)\b", "produces", 0.75, "OF", "R", "Company"),  # "the PrNd metal and polishing powder it produces"
    Rule("produces-in-place-which", r"(?P<s>«[OF]\d+»)\s+in\s+«L\d+»(?:,\s+«L\d+»)*,\s+which\s+{ADV}(?:produces|makes|manufactures|mines|refines|separates|smelts)\s+" + _GAP + r"(?P<o>{PRODS})", "produces", 0.75, "OF", "R", "Company"),  # "the X plant in Quannan county, which produces «R»"
    Rule("produces-output-at", r"\b(?:output|production|capacity)\s+of\s+(?P<o>{PRODS})\s+(?:at|from)\s+{T}(?:«O\d+»'s\s+)?(?P<s>«[OF]\d+»)", "produces", 0.75, "OF", "R", "Company"),
    Rule("produces-whose-lines", r"(?P<s>«[OF]\d+»)(?:'s|,\s+whose)\s+(?:[\w-]+\s+){{0,3}}?(?:lines?|plants?|factor(?:y|ies)|mines?|smelters?|facilit(?:y|ies)|operations|workshops?)(?:,\s+(?:which|that))?\s+(?:produce|produces|make|makes|turn\s+out|turns\s+out)\s+(?:(?:most|much|half|all|some|part|the\s+bulk)\s+of\s+(?:the\s+)?(?:world's|global|China's|its|their)\s+)?(?P<o>{PRODS})", "produces", 0.75, "OF", "R", "Company"),  # "X, whose extraction lines produce A and B", "X's first line, which produces R"
    Rule("produces-producer-of", r"(?P<s>«[OPF]\d+»)(?:,\s+|{APPO}\s+is\s+)(?:(?:a|an|the|one of the)\s+)?(?:{MOD}\s+){{0,3}}?(?:producer|maker|manufacturer|supplier|miner|refiner|processor|smelter|separator)s?\s+of\s+(?:[^«.;,]|«R\d+»){{0,50}}?(?P<o>{PRODS})", "produces", 0.8, "OF", "R", "Company", background=True),
    Rule("produces-producer-of-including", r"(?P<s>«[OPF]\d+»)(?:,\s+|{APPO}\s+is\s+)(?:(?:a|an|the|one of the)\s+)?(?:{MOD}\s+){{0,3}}?(?:producer|maker|manufacturer|refiner|processor)s?\s+of\s+(?:[^«.;]|«R\d+»){{0,60}}?,\s+(?:including|such\s+as|notably)\s+(?P<o>{PRODS})", "produces", 0.8, "OF", "R", "Company", background=True),  # "a producer of rare earth metals, including A and B"
    Rule("produces-product-maker", r"(?P<o>«R\d+»)\s+{MAKER}\s+(?P<s>{ORGX})", "produces", 0.75, "OF", "R", "Company"),  # "motor maker Yuxin Drive"
    Rule("produces-product-makers-such-as", r"(?P<o>«R\d+»)\s+{MAKER}s\s+(?:such\s+as|like|including)\s+(?P<s>{ORGXS})", "produces", 0.75, "OF", "R", "Company"),  # "NdFeB magnet makers such as X"
    Rule("produces-apposition-product-maker", r"(?P<s>«[OF]\d+»)(?:,|\s+is)\s+(?:a|an|the|one of the)\s+(?:{MOD}\s+){{0,2}}?(?P<o>«R\d+»)\s+{MAKER}s?\b", "produces", 0.75, "OF", "R", "Company", background=True),  # "X, a Hangzhou-based electric-vehicle maker"
    Rule("produces-line-for", r"(?P<s>«[OF]\d+»){APPO}\s+{ADV}(?:operates|runs|has|built|opened|commissioned|started|launched|installed|added)\s+(?:an?\s+|its\s+|two\s+|three\s+)?(?:[\w,-]+\s+){{0,3}}?(?:(?:production|processing|separation|smelting|assembly)\s+)?(?:lines?|plants?|facilit(?:y|ies)|workshops?|factor(?:y|ies))\s+(?:for|making|producing|that\s+(?:makes|produces))\s+(?P<o>{PRODS})", "produces", 0.75, "OF", "R", "Company"),  # "operates an 8,000-tonne production line for «R»", "a solvent-extraction plant producing «R»"
    Rule("produces-capacity", r"(?P<s>«[OF]\d+»)(?:'s\s+(?:(?:annual|yearly|current|total|installed|nameplate)\s+)?(?:production\s+)?capacity\s+(?:had\s+|has\s+)?(?:reached|is|was|stands\s+at|stood\s+at|rose\s+to|of)|{APPO}\s+{ADV}(?:has|had)\s+(?:an?\s+)?(?:(?:annual|yearly|installed|nameplate|production)\s+)*capacity\s+of)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[\d,.]+\s*(?:tonnes|tons|t)\b(?:\s+(?:a|per)\s+year|/yr|/year)?\s+of\s+(?P<o>{PRODS})", "produces", 0.75, "OF", "R", "Company"),  # "X's annual capacity had reached 12,000 tonnes of «R»"
    Rule("produces-fronted-maker-of", r"^(?:A|An|The)\s+(?:{MOD}\s+){{0,3}}?(?:producer|maker|manufacturer|supplier|miner|refiner|processor)\s+of\s+(?:[^«.;,]|«R\d+»){{0,50}}?(?P<o>{PRODS}),\s+(?P<s>«[OF]\d+»)", "produces", 0.75, "OF", "R", "Company"),  # "A privately held maker of «R», «O1» buys ..."
    Rule("produces-apposition-makers", r"(?P<s>«[OPF]\d+»),\s+(?:(?:one of|among)\s+)?(?:the|a|an)?\s*(?:{MOD}\s+){{0,2}}?(?P<o>{PRODS})\s+(?:[\w-]++\s+)?(?:producers?|makers?|manufacturers?|miners?|refiners?|suppliers?|smelters?|separators?|processors?|recyclers?)\b", "produces", 0.75, "OF", "R", "Company"),
    Rule("produces-producer-prenominal", r"(?P<o>{PROD})\s+(?:producer|maker|manufacturer|miner|refiner)\s+(?P<s>{ORGX})", "produces", 0.8, "OF", "R", "Company"),
    Rule("supplies-to", r"(?P<s>«[OPF]\d+»){APPO}\s+{ADV}{COVERB_NOT_TO}(?:supplies|supplied|supply|sells|sold|sell|ships|shipped|ship|exports|exported|export|provides|provided|delivers|delivered|(?:has\s+)?(?:signed|signs|renewed|renews|extended|extends)\s+(?:an?\s+|its\s+|the\s+|«O\d+»'s\s+)?(?:[\w-]+\s+){{0,3}}?(?:agreement|contract|deal)\s+to\s+(?:supply|sell|ship|deliver|provide))\s+" + _NOT_EQUITY + _GAP + r"\bto\s+(?:{MOD}\s+){{0,3}}?(?:(?:[\w-]+\s+)?(?:carmakers|automakers|customers|buyers|clients|makers|manufacturers|companies|firms|producers|users)\s+(?:including|such\s+as|like)\s+)?{T}(?P<o>{CUSTOMERS})", "supplies", 0.8, "OLF", "OL", "Company", "Company"),
    Rule("supplies-customers-including", r"(?P<s>«[OF]\d+»){APPO}\s+(?:{ADV}[a-z]+s\s+[^.;]{{0,120}}?,?\s+and\s+)?{ADV}(?:supplies|supplied|serves|served)\s+(?:[\w-]+\s+){{0,2}}?(?:carmakers|automakers|customers|buyers|clients|makers|manufacturers|companies|firms|producers)\s+(?:including|such\s+as|like)\s+{T}(?P<o>{CUSTOMERS})", "supplies", 0.75, "OF", "O", "Company", "Company"),  # "produces A and supplies magnet makers including B"
    Rule("supplies-to-second-verb", r"(?P<s>«[OPF]\d+»){APPO}\s+(?:{ADV}[a-z]+s\s+[^.;]{{0,120}}?\bto\s+(?:the\s+)?«[^.;]{{0,120}}?,?\s+and\s+){ADV}(?:supplies|supplied|supply|sells|sold|sell|ships|shipped|ship|exports|exported|export|provides|provided|delivers|delivered|(?:has\s+)?(?:signed|signs|renewed|renews|extended|extends)\s+(?:an?\s+|its\s+|the\s+|«O\d+»'s\s+)?(?:[\w-]+\s+){{0,3}}?(?:agreement|contract|deal)\s+to\s+(?:supply|sell|ship|deliver|provide))\s+" + _NOT_EQUITY + _GAP + r"\bto\s+(?:{MOD}\s+){{0,3}}?{T}(?P<o>{CUSTOMERS})", "supplies", 0.8, "OLF", "OL", "Company", "Company"),  # "ships X to A, ..., and sells Y to B": B too
    Rule("supplies-goes-to", r"(?P<s>{ORGX})'s\s+(?:{MOD}\s+){{0,3}}?(?:output|production|products?|oxides?|metals?|magnets?|concentrates?|ores?|scrap|by-products?|feedstock|supply|supplies|exports?|shipments?|sales|«R\d+»)\s+(?:[^«.;]{{0,40}}?\s)?(?:goes|go|went|is sold|are sold|was sold|were sold|is shipped|are shipped|is exported|are exported)\s+to\s+{T}(?P<o>{CUSTOMERS})", "supplies", 0.75, "OL", "OL", "Company", "Company"),
    Rule("supplies-possessive-goods", r"(?P<s>«[OL]\d+»)\s+{ADV}(?:supplies|supplied|provides|provided|delivers|delivered)\s+{T}(?P<o>«O\d+»)'s\s+(?:{MOD}\s+){{0,3}}?(?:motors?|magnets?|products?|parts|components|materials?|oxides?|metals?|batteries|units|alloys?|powders?|ore|concentrates?)\b", "supplies", 0.75, "OL", "OL", "Company", "Company"),  # "X supplies our servo motors"
    Rule("supplies-with", r"(?P<s>{ORGX}){APPO}\s+{ADV}(?:supplies|supplied|provides|provided)\s+{T}(?P<o>{ORGXS})\s+with\b", "supplies", 0.8, "OL", "OL", "Company", "Company"),
    Rule("supplies-whose-customers", r"(?P<s>{ORGX}),\s+[^,;]*?\bwhose\s+(?:{MOD}\s+){{0,2}}?(?:customers|clients|buyers)\s+include\s+(?:{MOD}\s+){{0,3}}?{T}(?P<o>{CUSTOMERS})", "supplies", 0.75, "OL", "OL", "Company", "Company"),
    Rule("supplies-is-customer", r"(?P<o>{ORGX})\s+(?:is|was|remains|has become)\s+(?P<s>«O\d+»)'s\s+(?:{MOD}\s+){{0,2}}?(?:customer|client|buyer)\b", "supplies", 0.75, "O", "OL", "Company", "Company"),  # "Jinan Huatong is its biggest customer"
    Rule("supplies-customer-is", r"(?P<s>{ORGX})'s\s+(?:{MOD}\s+){{0,2}}?(?:customers?|clients?|buyers?)(?:\s+in\s+\d{{4}})?\s+(?:is|are|was|were|include|includes)\s+{T}(?P<o>{ORGXS_APPO})", "supplies", 0.75, "OL", "OL", "Company", "Company"),
    Rule("supplies-supplier-is", r"(?P<o>{ORGX})'s\s+(?:{MOD}\s+){{0,2}}?(?:suppliers?)\s+(?:is|are|was|were|include|includes|remains?)\s+{T}(?P<s>{ORGXS})", "supplies", 0.75, "OL", "OL", "Company", "Company"),
    Rule("supplies-copula-supplier", r"(?P<s>{ORGX}){APPO}(?:,\s+which|,)?\s+(?:is|was|remains|remained|became|has become)\s+{ADV}{T}(?P<o>{ORGX})'s\s+(?:{MOD}\s+){{0,2}}?suppliers?\b", "supplies", 0.8, "OL", "OL", "Company", "Company"),
    Rule("supplies-copula-customer", r"(?P<o>{ORGX}){APPO},?\s+(?:is|was|remains|remained|became|has become|has been)\s+(?:still\s+|now\s+|also\s+)?(?:(?:one\s+of|among)\s+)?{T}(?P<s>{ORGX})'s\s+(?:{MOD}\s+){{0,2}}?(?:customers?|clients?|buyers?)\b", "supplies", 0.8, "OL", "OL", "Company", "Company"),
    Rule("supplies-customers-for", r"\b(?:customers?|clients?|buyers?)\s+(?:for|of)\s+(?P<s>{ORGX})'s\s+(?:[^«.;]|«R\d+»){{0,60}}?\s+(?:include|includes|included|are|were)\s+{T}(?P<o>{ORGXS_APPO})", "supplies", 0.75, "OL", "OL", "Company", "Company"),  # "Customers for the Group's oxides include A and B"
    Rule("supplies-comes-from", r"(?P<o>{ORGX})'s\s+(?!(?:[\w-]+\s+){{0,3}}?(?:output|production|revenue|sales|income|profits?|allocation|quotas?|share|growth|demand|funding|investment|financing|capital|money|staff|name)\b)(?:[^«.;]|«R\d+»){{0,40}}?\s+(?:comes?|came)\s+(?:mainly\s+|mostly\s+|chiefly\s+|largely\s+)?from\s+{T}(?P<s>{ORGX})", "supplies", 0.75, "OL", "OL", "Company", "Company"),  # "Its dysprosium comes from X"
    Rule("supplies-supplier-to", r"(?P<s>{ORGX}),?\s+(?:is\s+)?(?:a|an|the)\s+(?:{MOD}\s+){{0,2}}?supplier\s+(?:of\s+[^«.;]{{0,40}}?\s)?(?:to|for)\s+{T}(?P<o>«[OL]\d+»)", "supplies", 0.8, "OL", "OL", "Company"),
    Rule("supplies-supplied-to-by", r"\b(?:is|are|was|were)\s+{ADV}(?:supplied|sold|shipped|delivered)\s+to\s+{T}(?P<o>{ORGXS})\s+by\s+{T}(?P<s>«[OL]\d+»)", "supplies", 0.75, "OL", "OL", "Company", "Company"),  # "«R» is supplied to A by B"
    Rule("supplies-for-supplied-by", r"(?:^|[^«\w]\s+)(?:(?:[\w-]+|«R\d+»)\s+){{1,5}}?for\s+(?P<o>{ORGX})\s+(?:is|are|was|were)\s+{ADV}(?:supplied|provided|delivered|sourced)\s+(?:by|from)\s+{T}(?P<s>«[OL]\d+»)", "supplies", 0.75, "OL", "OL", "Company", "Company"),  # "Concentrate for X is supplied by Y"
    Rule("supplies-buys-output-of", r"(?P<o>«[OL]\d+»){APPO}\s+{ADV}(?:buys|bought|takes|took|purchases|purchased)\s+(?:all\s+of\s+|most\s+of\s+)?(?:the\s+)?(?:entire\s+|whole\s+)?(?:output|production)\s+of\s+{T}(?P<s>«O\d+»)", "supplies", 0.75, "OL", "OL", "Company", "Company"),  # "X buys the entire output of Y"
    Rule("supplies-sources-from", r"(?<!»\sof\s)(?P<o>«[OL]\d+»){APPO}\s+{ADV}(?:sources|sourced|buys|bought|imports|imported|purchases|purchased|procures|procured)\s+" + _NOT_EQUITY + _GAP + r"\bfrom\s+{T}(?P<s>{SOURCES})", "supplies", 0.75, "OL", "OL", "Company"),
    # -- regulation -------------------------------------------------------------------
    Rule("regulates-verb", r"(?P<s>{ORG}){APPO}\s+{ADV}(?:(?:approved|granted|issued)\s+(?:[\w-]++\s+){{0,4}}?licen[cs]es\s+(?:under\s+[^.;]{{0,60}}?\s)?(?:for|to)|(?:revoked|suspended|cancelled|canceled|withdrew|granted|issued)\s+(?:the\s+)?(?:[\w-]++\s+){{0,2}}?(?:licen[cs]es?|permits?)\s+(?:of|to|for)|licen[cs](?:ed|es)\s+(?:(?:every|each|all|the)\s+)?(?:shipments?|exports?|sales|imports?|consignments?)\s+(?:of|by|from)|(?:shall\s+)?(?:regulates?|oversees?|supervises?)|has\s+regulated|approves?|approved|licenses|administers?|fined|fines|penali[sz]ed|sanctioned|(?:has\s+)?ordered|sets (?:[\w-]++\s+){{0,4}}?(?:quotas|«Y\d+») (?:for|of)|allocates (?:[\w-]++\s+){{0,4}}?(?:quotas?|«Y\d+») to|issued (?:[\w-]++\s+){{0,4}}?(?:quotas|«Y\d+») to|imposed export controls on|restricts exports of|controls exports of|(?:has\s+|started\s+|began\s+)?requir(?:es|ed|ing)\s+(?:an?\s+)?(?:export\s+)?licen[cs]es?\s+for(?:\s+(?:every|each|all|the)\s+(?:shipments?|exports?|consignments?|sales)\s+of)?)\s+(?:(?:(?!\s(?:while|whereas|but)\s)[^«.;—]){{0,60}}?\s)?{T}(?P<o>{REGULATED})", "regulates", 0.75, "O", "ORF"),
    Rule("regulates-sets-quota-of", r"(?P<s>{ORG}){APPO}\s+{ADV}(?:sets|allocates|approves|set|allocated|approved)\s+(?P<o>«O\d+»)'s\s+(?:(?:[\w-]+\s+){{0,5}}?(?:quotas?|licen[cs]es?)\b|«Y\d+»)", "regulates", 0.75, "O", "O"),  # "MIIT, which sets Tianrui's annual quota"
    Rule("regulates-quota-set-by", r"\bquotas?\s+of\s+{T}(?P<o>{ORGX})\s+(?:is|are|was|were)\s+(?:set|allocated|approved)\s+by\s+{T}(?P<s>{ORG})", "regulates", 0.75, "O", "O"),  # "the quota of X is set by MIIT"
    Rule("regulates-put-under", r"(?P<s>{ORG})(?:'s\s+«Y\d+»(?:\s+of\s+[\w ]{{3,20}}?)?)?{APPO}(?:\s+in\s+«L\d+»)?\s+{ADV}(?:put|puts|placed|places|has\s+put|has\s+placed)\s+(?:[^,;«]{{1,50}},\s+(?:including|such\s+as|notably)\s+)?(?P<o>«[ORF]\d+»(?:{SEP}«[ORF]\d+»)*),?\s+under\s+(?:export\s+)?(?:licen[cs]ing|licen[cs]e(?:\s+requirements)?|controls?|supervision)\b", "regulates", 0.75, "O", "ORF"),  # "put dysprosium and terbium under licensing"
    Rule("regulates-imposed-controls-on", r"(?P<s>{ORGS}){APPO}\s+{ADV}(?:impos(?:ed|es?)|introduc(?:ed|es?)|announced|plac(?:ed|es?)|put)\s+(?:new\s+)?(?:export\s+controls?\s+(?:on|over)\s+|«Y\d+»\s*)(?:[^«.;:]{{0,60}}?:\s+|[^«.;]{{0,60}}?,\s+(?:including|such\s+as|namely)\s+|:\s+)?(?P<o>{PRODS})", "regulates", 0.75, "O", "R"),  # "MOFCOM imposed export controls on seven items: A, B and C"
    Rule("regulates-issued-placing", r"(?P<s>{ORGS})[^.;]{{0,80}}?\b(?:issued|released|announced|imposed|published)\s+«Y\d+»[^.;«]{{0,60}}?,\s+(?:placing|putting|which\s+(?:placed|places|put|puts))\s+(?:[\w-]+\s+«R\d+»\s*(?:--|—|–|:)\s*)?(?P<o>{PRODS})(?:\s*(?:--|—|–))?\s+under\s+(?:export\s+)?(?:controls?|licen[cs]ing|licen[cs]e)\b", "regulates", 0.75, "O", "R"),  # "MOFCOM issued Announcement No. 18, placing X and Y under export control"
    Rule("regulates-need-body-licences", r"\b(?:exports?|exporters|shipments?|sales)\s+of\s+(?P<o>{PRODS})(?:\s+(?:products|items|compounds))?[^.;«]{{0,40}}?\b(?:need|needs|require|requires|required|must\s+(?:obtain|hold|apply\s+for))\s+(?:an?\s+)?(?P<s>{ORG})\s+(?:export\s+)?licen[cs]es?\b", "regulates", 0.75, "O", "R"),  # "exports of X require a MOFCOM licence"
    Rule("regulates-exports-subject-to", r"\b(?:exports?|shipments?)\s+of\s+(?P<o>{PRODS})[^.;]{{0,140}}?\b(?:is|are|were|was|remain)\s+(?:now\s+)?subject\s+to\s+(?:export\s+)?(?:licen[cs]ing|licen[cs]e\s+requirements?|controls?|approval)\s+by\s+{T}(?P<s>{ORG})", "regulates", 0.75, "O", "R"),  # "Exports of X ... are subject to export licensing by MOFCOM"
    Rule("regulates-licences-from", r"\b(?:exports?|exporters|shipments?|sales|imports?)\s+of\s+(?P<o>{PRODS})[^.;]{{0,100}}?\b(?:require[sd]?|have required|has required|need(?:s|ed)?)\s+(?:an?\s+)?(?:(?:export|dual-use)\s+){{0,2}}(?:licen[cs]es?|permits?|approval)\s+from\s+{T}(?P<s>{ORG})", "regulates", 0.75, "O", "R"),  # "Exporters of A and B will now need dual-use licences from MOFCOM"
    Rule("regulates-places-under-by", r"\b(?:places|placed|puts|put|placing|putting)\s+(?P<o>{PRODS})(?:\s+(?:items|products|compounds))?\s+under\s+(?:export\s+)?(?:licen[cs]ing|controls?)\s+by\s+{T}(?P<s>{ORG})", "regulates", 0.75, "O", "R"),  # "which places A, B and C items under export licensing by MOFCOM"
    Rule("regulates-shipping-needs-licence", r"\b(?:shipping|exporting|selling)\s+(?P<o>«R\d+»(?:(?:,\s*|,?\s+(?:and|or)\s+)«R\d+»)*)\s+(?:[^.;«]|«L\d+»){{0,40}}?\b(?:need|needs|require|requires)\s+(?:an?\s+)?(?P<s>{ORG})\s+(?:export\s+)?licen[cs]es?\b", "regulates", 0.75, "O", "R"),  # "Anyone shipping A or B out of China now needs a MOFCOM licence"
    Rule("regulates-among-licensed", r"^(?P<o>{PRODS})\s+(?:are|is)\s+among\s+the\s+(?:elements|items|products|metals|materials)\s+(?:that\s+)?(?P<s>{ORG})\s+{ADV}(?:licenses|controls|restricts)\b", "regulates", 0.75, "O", "R"),  # "A and B are among the elements MOFCOM now licenses for export"
    Rule("regulates-exports-of-listed", r"(?P<s>{ORGS}){APPO}\s+{ADV}(?:licenses|controls|restricts|licensed|controlled|restricted)\s+exports\s+of\s+[^«.;:]{{0,30}}?«R\d+»\s*:\s+(?P<o>{PRODS})", "regulates", 0.75, "O", "R"),  # "MOFCOM now licenses exports of seven rare earths: A, B and C"
    Rule("regulates-products-need-licences", r"^(?P<o>{PRODS})\s+(?:[^.;«]|«L\d+»){{0,60}}?\b(?:now\s+)?(?:need|needs|require|requires)\s+(?:an?\s+)?(?:(?:dual-use|export)\s+){{0,2}}licen[cs]es?\s+from\s+{T}(?P<s>{ORG})", "regulates", 0.75, "O", "R"),  # "Dysprosium and terbium leaving China now need licences from MOFCOM"
    Rule("regulates-issued-implementing", r"(?P<s>{ORGS})[^.;]{{0,80}}?\b(?:issued|released|announced|published)\s+«Y\d+»[^.;«]{{0,60}}?,\s+(?:implementing|imposing|introducing)\s+(?:«Y\d+»|(?:export\s+)?controls?\s+on\s+[^.;:«]{{1,60}}?)\s*:\s*(?P<o>{PRODS})", "regulates", 0.75, "O", "R"),  # "issued Announcement No. 18, implementing export controls on seven items: A, B and C"
    Rule("regulates-controls-including", r"(?P<s>{ORGS}){APPO}\s+{ADV}(?:issued|imposed|introduced|announced|expanded|extended)\s+«Y\d+»(?:\s+[^,;«]{{0,30}})?,\s+(?:including|such as|notably)\s+(?P<o>{PRODS})", "regulates", 0.75, "O", "R"),  # "issued export controls on seven rare earths, including dysprosium and terbium"
    Rule("regulates-products-subject-to", _PRODUCTS_SUBJECT_TO + r"(?:the\s+)?(?:[\w-]+\s+){{0,4}}?" + _CONTROLS + r"\s+(?:set\s+|imposed\s+|exercised\s+|run\s+)?by\s+{T}(?P<s>{ORG})", "regulates", 0.75, "O", "R"),  # "dysprosium and terbium are subject to quota management by MIIT"
    Rule("regulates-products-subject-to-and", _PRODUCTS_SUBJECT_TO + r"[^.;«]{{1,80}}?\s+by\s+{T}«O\d+»\s+and\s+(?:to\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,4}}?" + _CONTROLS + r"\s+by\s+{T}(?P<s>{ORG})", "regulates", 0.75, "O", "R"),  # "... by MIIT and to export control by MOFCOM"
    Rule("regulates-subject-to", r"(?P<o>{ORGX})\s+(?:is|are|was|were|remains?)\s+{ADV}subject\s+to\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?(?:quotas?|supervision|oversight|licensing|regulation|controls?|approval)\s+(?:set\s+|imposed\s+|issued\s+|exercised\s+|run\s+)?by\s+{T}(?P<s>{ORG})", "regulates", 0.75, "O", "O"),  # "X is subject to the annual quotas set by MIIT"
    Rule("regulates-oversight-of", r"(?:give|gives|gave|giving|grant|grants|granted|make|makes|made|making)\s+{T}(?P<s>{ORG})\s+(?:the\s+)?(?:(?:lead|chief|main|sole|primary)\s+)?(?:oversight|supervision|authority|jurisdiction|regulator|supervisor)\s+(?:of|over|for)\s+(?:(?:[\w-]+\s+){{1,5}}?(?:such\s+as|including|like)\s+)?{T}(?P<o>{ORGXS})", "regulates", 0.75, "O", "O"),  # "make MIIT the lead regulator of A and B"
    Rule("regulates-passive", r"(?P<o>«[ORF]\d+»)(?:'s\s+(?:(?:{MOD}|«R\d+»)\s+){{0,4}}?(?:operations|activities|business|production|plants?|mines?|performance|compliance|output|exports|licen[cs]es?|permits?|quotas?))?\s+(?:must be|are|is|were|was)\s+{ADV}(?:issued\s+and\s+)?(?:approved|regulated|supervised|overseen|licensed)\s+by\s+{T}(?P<s>{ORG})", "regulates", 0.75, "O", "ORF"),
    # -- visits -----------------------------------------------------------------------
    Rule("visited-verb", r"(?P<s>{PERX}(?:,?\s+and\s+(?:[\w-]+\s+){{0,3}}?{PERX})?)(?:'s (?:team|delegation))?(?:,\s+[^,;.]{{0,80}}?,)?,?\s+(?:[^«.;]{{0,40}}?\s|(?:travel+ed|went|came|returned|flew)\s+to\s+«L\d+»(?:\s+[a-z]+)?\s+and\s+(?:then\s+|also\s+)?)?(?:visited|toured|inspected|came to see|went to see|went to|traveled to|travelled to|paid a visit to|made a visit to|arrived in|came to|conducted an inspection (?:tour )?(?:of|at)|led an inspection(?: tour| team| group)? (?:of|to|at)|made an inspection(?: tour)? (?:of|to|at)|led a delegation to)\s+(?:{T}«[OP]\d+»'s\s+[^«.;]{{0,40}}?\b(?:in|at)\s+|[^«.;]{{0,80}}?\b(?:in|at|of|to)\s+)?{T}(?P<o>{SITES})", "visited", 0.85, "P", "OLF", None, "Company"),
    Rule("visited-to-inspect", r"(?P<s>{PERX})(?:,\s+[^,;.]{{0,80}}?,)?,?\s+(?:led\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?delegation|travel+ed|went|came|returned|flew)\s+(?:to\s+[^«.;]{{0,30}}?«[LOF]\d+»(?:\s+(?:county|city|district|province))?\s+)?to\s+(?:inspect|visit|tour|see)\s+{T}(?:(?:newly|recently)\s+[\w-]+\s+|new\s+)?(?P<o>{SITES})", "visited", 0.85, "P", "OLF", None, "Company"),
    Rule("visited-during", r"(?:visit|trip|tour|inspection)\s+(?:to|of|at)\s+{T}(?P<o>{SITE})(?:'s)?[^«.;]{{0,80}}?,\s+(?:{T}«O\d+»(?:'s)?\s+)?(?:(?:{TITLES})\s+)?(?P<s>{PERX})", "visited", 0.8, "P", "OLF", None, "Company"),
    Rule("visited-at", r"\bAt\s+{T}(?P<o>{SITE}),\s+(?:[^«;.]*?(?:«[A-Z]\d+»(?:'s)?[^«;.]*?)*,\s+)?(?P<s>{PERX})\s+(?:examined|inspected|toured|visited|viewed|saw|checked|was briefed|heard)", "visited", 0.75, "P", "OLF", None, "Company"),
    Rule("visited-possessive", r"(?P<s>{PERX})'s\s+(?:[\w-]++\s+)?(?:visit|trip|tour|inspection)\s+(?:to|of|at)\s+{T}(?P<o>{SITES})", "visited", 0.8, "P", "OLF", None, "Company"),
    Rule("visited-passive", r"(?P<o>{SITE})\s+(?:was|were)\s+(?:visited|toured|inspected)\s+by\s+(?:{TITLES}\s+)?(?P<s>{PERX})", "visited", 0.85, "P", "OLF", None, "Company"),
)


def _clue_finder(rules: Iterable[Rule]) -> ahocorasick.Automaton:
    """An automaton finding every rule's clue words in one pass over a text."""
    automaton = ahocorasick.Automaton()
    for word in {word for rule in rules for clue in rule.clues for word in clue}:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _rules_by_first_clue(rules: tuple[Rule, ...]) -> dict[str, list[int]]:
    """Each clue word -> the rules (indexes) whose first clue has it."""
    index: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        for word in rule.clues[0] if rule.clues else ():
            index.setdefault(word, []).append(i)
    return index


def _clue_bits(rules: tuple[Rule, ...]) -> tuple[dict[str, int], tuple[int, ...]]:
    """A bit for each distinct clue: each clue word -> the bits of the clues holding it, and
    each rule -> the bits of its clues (a text holds every clue of a rule whose bits it has)."""
    bits: dict[frozenset[str], int] = {}
    for rule in rules:
        for clue in rule.clues:
            bits.setdefault(clue, 1 << len(bits))
    by_word: dict[str, int] = {}
    for clue, bit in bits.items():
        for word in clue:
            by_word[word] = by_word.get(word, 0) | bit
    by_rule = []
    for rule in rules:
        mask = 0
        for clue in rule.clues:
            mask |= bits[clue]
        by_rule.append(mask)
    return by_word, tuple(by_rule)


_CLUE_FINDER = _clue_finder(RULES)
_RULES_BY_FIRST_CLUE = _rules_by_first_clue(RULES)
_RULES_WITHOUT_CLUES = frozenset(i for i, rule in enumerate(RULES) if not rule.clues)
_CLUE_BITS_OF_WORD, _CLUE_BITS_OF_RULE = _clue_bits(RULES)


def clue_words(folded: str) -> frozenset[str]:
    """The rules' clue words that occur in the casefolded text, overlapping ones included."""
    return frozenset(word for _, word in _CLUE_FINDER.iter(folded))


def rules_for(codes: frozenset[str], words: frozenset[str]) -> list[Rule]:
    """The rules, in order, that can match a sentence holding placeholders of these codes and
    these clue words (see `clue_words`): most rules are never tried on most sentences."""
    candidates = set(_RULES_WITHOUT_CLUES)
    held = 0  # the bits of the clues the words make up (Rule.may_occur_in for all rules at once)
    for word in words:
        candidates.update(_RULES_BY_FIRST_CLUE.get(word, ()))
        held |= _CLUE_BITS_OF_WORD.get(word, 0)
    fitting = _rules_for_codes(codes)
    return [RULES[i] for i in sorted(candidates & fitting) if not _CLUE_BITS_OF_RULE[i] & ~held]


@lru_cache(maxsize=None)
def _rules_for_codes(codes: frozenset[str]) -> frozenset[int]:
    """The rules (indexes) whose subject and object codes the placeholder codes hold (worked out
    once per combination of codes)."""
    return frozenset(i for i, rule in enumerate(RULES) if rule.may_match(codes))
