"""Extraction and resolution: exact triples from specific sentences, and no triples from hedges."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from rekg.extract import Extractor
from rekg.ingest import read_article
from rekg.model import Article, Extraction
from rekg.resolve import Gazetteer, Resolver

SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.fixture(scope="module")
def reader() -> tuple[Extractor, Resolver]:
    gazetteer = Gazetteer.load()
    return Extractor(gazetteer), Resolver(gazetteer)


def read(reader: tuple[Extractor, Resolver], text: str) -> Extraction:
    extractor, resolver = reader
    article = Article(hashlib.sha256(text.encode()).hexdigest()[:16], text, "test", "test.txt")
    return resolver.resolve(extractor.read(article))


def facts(extraction: Extraction) -> set[tuple[str, str, str]]:
    return {(t.subject.label, t.predicate, t.object.label) for t in extraction.triples}


def triples_of(reader: tuple[Extractor, Resolver], text: str) -> set[tuple[str, str, str]]:
    return facts(read(reader, text))


# -- the seed articles ------------------------------------------------------------------

SEED_FACTS = {
    "000": {
        ("Zhuo Bin", "worksFor", "Bian Binbin Research"),
        ("Lian Jianyu", "locatedIn", "Baotou"),
        ("Rare Pobo", "jointVentureOf", "China Northern Rare Earth Group"),
        ("Rare Pobo", "jointVentureOf", "Hebei Xinao Group"),
    },
    "001": {
        ("Ministry of Land and Resources", "issued", "Rare Earth Mining Quota"),
        ("Miao Wei", "worksFor", "Ministry of Industry and Information Technology"),  # a vice minister
        ("Miao Wei", "visited", "Ganzhou"),
        ("Ganzhou", "locatedIn", "Jiangxi"),
    },
    "002": {
        ("Li Xiao", "leads", "Baogang"),
        ("Baogang", "owns", "Gansu Rare Earth"),
        ("Baogang", "owns", "Wuhai Mining"),
        ("Wuhai Mining", "locatedIn", "Inner Mongolia"),
        ("Li Xiao", "visited", "Gansu Rare Earth"),
        ("Li Xiao", "visited", "Wuhai Mining"),
    },
    "003": {
        ("Baogang", "owns", "China Northern Rare Earth Group"),
        ("Baogang", "owns", "Baotou Rare Earth Research Institute"),
        ("Ministry of Industry and Information Technology", "issued",
         "High-Tech Achievements Industrialization Pilot List"),
        ("China Northern Rare Earth Group", "participatesIn",
         "High-Tech Achievements Industrialization Pilot List"),
        ("Baotou Rare Earth Research Institute", "participatesIn",
         "High-Tech Achievements Industrialization Pilot List"),
    },
    "004": {
        ("Meng Fanying", "leads", "Baogang"),
        ("Meng Fanying", "visited", "Xineng Company"),
    },
}


@pytest.mark.parametrize("prefix", sorted(SEED_FACTS))
def test_seed_article_gives_exactly_its_facts(reader, prefix):
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    assert facts(read(reader, read_article(path).text)) == SEED_FACTS[prefix]


def test_evidence_sentence_contains_both_mentions_or_their_reference(reader):
    (path,) = SEEDS.glob("002_*.txt")
    article = read_article(path)
    extraction = read(reader, article.text)
    triple = next(t for t in extraction.triples if t.predicate == "leads")
    assert triple.evidence.sentence.startswith("On April 2, Baogang Group announced")
    assert article.text[triple.evidence.start:triple.evidence.end].strip() == triple.evidence.sentence
    assert triple.evidence.role == "General Manager and Party Deputy Secretary"
    assert triple.evidence.rule == "role-prenominal"


# -- sentences ---------------------------------------------------------------------------


def test_a_line_break_ends_a_sentence_and_only_final_punctuation_elsewhere(reader):
    extractor, _ = reader
    doc = extractor.nlp("Quarterly Update\n\nHunan Xiangtan Magnet Co., Ltd. ships 300 tonnes to Ningbo Zhongke "
                        "Magnet Co. in April (per Reuters) and Ruike Metals supplies it. Talks go on\nPrices Fell")
    assert [sentence.text.strip() for sentence in doc.sents] == [
        "Quarterly Update",
        "Hunan Xiangtan Magnet Co., Ltd. ships 300 tonnes to Ningbo Zhongke Magnet Co. in April (per Reuters) "
        "and Ruike Metals supplies it.",
        "Talks go on",
        "Prices Fell",
    ]


def test_a_full_stop_before_a_capital_ends_a_sentence_but_not_after_a_title_or_an_initial(reader):
    extractor, _ = reader
    doc = extractor.nlp("Shandong Permanent Magnet Group is a subsidiary of Yunnan New Materials Industry Co. "
                        "Prices of dysprosium oxide rose, Mr. Wang and J. Li said.")
    assert [sentence.text.strip() for sentence in doc.sents] == [
        "Shandong Permanent Magnet Group is a subsidiary of Yunnan New Materials Industry Co.",
        "Prices of dysprosium oxide rose, Mr. Wang and J. Li said.",
    ]


def test_only_sentences_with_two_candidate_slots_are_parsed_in_one_doc_of_the_whole_text(reader, monkeypatch):
    extractor, _ = reader
    text = "Prices rose in May, traders said.\nBaogang owns 51% of Wuhai Mining. It expects more orders."
    docs = []
    monkeypatch.setattr(extractor, "read_doc", lambda article, doc: docs.append(doc) or Extractor.read_doc(
        extractor, article, doc))
    extraction = read(reader, text)
    (doc,) = docs
    assert doc.text == text
    assert [(sentence.text.strip(), any(token.dep_ for token in sentence)) for sentence in doc.sents] == [
        ("Prices rose in May, traders said.", False),
        ("Baogang owns 51% of Wuhai Mining.", True),
        ("It expects more orders.", False),  # a pronoun alone states nothing
    ]
    assert ("Baogang", "owns", "Wuhai Mining") in facts(extraction)


# -- phrasing patterns, one sentence of their own each ---------------------------------

PATTERNS = [
    ("Holmium and erbium are subject to quota management by the Ministry of Industry and Information Technology and "
     "to export control by the Ministry of Commerce.",
     {("Ministry of Industry and Information Technology", "regulates", "Holmium"),
      ("Ministry of Industry and Information Technology", "regulates", "Erbium"),
      ("Ministry of Commerce", "regulates", "Holmium"), ("Ministry of Commerce", "regulates", "Erbium")}),
    ("The industry sits in three clusters: Ningbo in Zhejiang province, Baotou in Inner Mongolia, and Ganzhou in "
     "Jiangxi province.", {("Baotou", "locatedIn", "Inner Mongolia"), ("Ganzhou", "locatedIn", "Jiangxi")}),
    ("Site visit: CNRE produces lanthanum oxide.",  # an analyst's abbreviation, from the gazetteer
     {("China Northern Rare Earth Group", "produces", "Lanthanum oxide")}),
    ("| Date | Event |\n|---|---|\n| Apr 2026 | MOFCOM imposes export controls on holmium and erbium. |\n"
     "| May 2026 | MIIT issues the Interim Measures for Rare Earth Traceability. |\n",
     {("Ministry of Commerce", "regulates", "Holmium"), ("Ministry of Commerce", "regulates", "Erbium"),
      ("Ministry of Industry and Information Technology", "issued", "Interim Measures for Rare Earth Traceability")}),
    ("Jiangxi Tungsten and Xiamen Tungsten were the only two groups allocated the 2023 rare earth quota.",
     {("Jiangxi Tungsten", "participatesIn", "2023 rare earth quota"),
      ("Xiamen Tungsten", "participatesIn", "2023 rare earth quota")}),
    ("Export Control Law of the People's Republic of China (adopted by the Standing Committee of the National People's "
     "Congress, 2020); Rare Earth Management Regulations (issued by the State Council, effective 1 October 2024); "
     "Customs Law of the People's Republic of China.",
     {("State Council", "issued", "Rare Earth Management Regulations")}),  # not the law: a semicolon apart
    ("PANEL\n- Dr. Anna Berg, head of critical minerals research, Nordlys Institute, Oslo\n"
     "- Kang Li, vice president for international business, Xiamen Tungsten Co., Ltd.\n",
     {("Anna Berg", "worksFor", "Nordlys Institute"), ("Kang Li", "worksFor", "Xiamen Tungsten")}),
    ("Jinyuan Magnet is in turn controlled by Baotou Hexin Holdings, a state-owned group.",
     {("Baotou Hexin Holdings", "owns", "Jinyuan Magnet")}),
    ("Zhang Wei, chairman of Shenghe Resources, spoke on Tuesday.",
     {("Zhang Wei", "leads", "Shenghe Resources Holding")}),
    ("Xiamen Tungsten Chair Huang Changgeng opened the new line.",
     {("Huang Changgeng", "leads", "Xiamen Tungsten")}),
    ("Sun Hong, an engineer at JL Mag Rare-Earth, explained the process.",
     {("Sun Hong", "worksFor", "JL Mag Rare-Earth")}),
    ("Vice Minister of Industry and Information Technology Xin Guobin met the executives.",
     {("Xin Guobin", "worksFor", "Ministry of Industry and Information Technology")}),
    ("Commerce Minister Wang Wentao toured Baotou.",
     {("Wang Wentao", "leads", "Ministry of Commerce"), ("Wang Wentao", "visited", "Baotou")}),
    ("Chinalco reported higher profits, and its president Liu Jianping praised the staff.",
     {("Liu Jianping", "leads", "Aluminum Corporation of China")}),
    ("Baotou Tianhe Magnets, which is controlled by China Northern Rare Earth, raised prices.",
     {("China Northern Rare Earth Group", "owns", "Baotou Tianhe Magnets")}),
    ("Peak Minerals was acquired by Shenghe Resources last year.",
     {("Shenghe Resources Holding", "owns", "Peak Minerals")}),
    ("Baogang holds 36.71% of China Northern Rare Earth.",
     {("Baogang", "owns", "China Northern Rare Earth Group")}),
    ("Lynas Rare Earths owns about 8% of Hastings Metals.",
     {("Lynas Rare Earths", "owns", "Hastings Metals")}),
    ("China Minmetals is the controlling shareholder of Ganzhou Tungsten.",
     {("China Minmetals Corporation", "owns", "Ganzhou Tungsten")}),
    ("Sichuan Jiangtong, a unit of Jiangxi Copper, mines bastnaesite.",
     {("Jiangxi Copper", "owns", "Sichuan Jiangtong"), ("Sichuan Jiangtong", "produces", "Bastnaesite")}),
    ("Shenghe Resources owns Leshan Shenghe. Leshan Shenghe, in turn, owns Sichuan Runhe Catalyst.",
     {("Shenghe Resources Holding", "owns", "Leshan Shenghe"),
      ("Leshan Shenghe", "owns", "Sichuan Runhe Catalyst")}),
    ("Aluminum Corporation of China and China Minmetals each hold 20.33% of China Rare Earth Group.",
     {("Aluminum Corporation of China", "owns", "China Rare Earth Group"),
      ("China Minmetals Corporation", "owns", "China Rare Earth Group")}),
    ("The review covered two subsidiaries of Xiamen Tungsten — Changting Jinlong Rare Earth and Xiamen Wuye.",
     {("Xiamen Tungsten", "owns", "Changting Jinlong Rare Earth"), ("Xiamen Tungsten", "owns", "Xiamen Wuye")}),
    ("The Ministry of Industry and Information Technology, the Ministry of Natural Resources and the "
     "National Development and Reform Commission jointly issued the Rare Earth Management Regulations.",
     {("Ministry of Industry and Information Technology", "issued", "Rare Earth Management Regulations"),
      ("Ministry of Natural Resources", "issued", "Rare Earth Management Regulations"),
      ("National Development and Reform Commission", "issued", "Rare Earth Management Regulations")}),
    ("Hengdian Magnetics, a joint venture between Innuovo Technology and Hengdian Group, opened in May.",
     {("Hengdian Magnetics", "jointVentureOf", "Innuovo Technology"),
      ("Hengdian Magnetics", "jointVentureOf", "Hengdian Group")}),
    ("China Minmetals Rare Earth was folded into China Rare Earth Group.",
     {("China Rare Earth Resources and Technology", "mergedInto", "China Rare Earth Group")}),
    ("China Rare Earth Group was formed by combining the businesses of Chinalco and Ganzhou Rare Earth Group.",
     {("Aluminum Corporation of China", "mergedInto", "China Rare Earth Group"),
      ("Ganzhou Rare Earth Group", "mergedInto", "China Rare Earth Group")}),
    ("Ganzhou-based Jiangxi Jinli Permanent Magnet said demand was strong.",
     {("Jiangxi Jinli Permanent Magnet", "locatedIn", "Ganzhou")}),
    ("Ningbo Yunsheng, headquartered in Ningbo, expanded its plant.",
     {("Ningbo Yunsheng", "locatedIn", "Ningbo")}),
    ("Officials met in Baotou, Inner Mongolia on Friday.",
     {("Baotou", "locatedIn", "Inner Mongolia")}),
    ("The plant on the edge of Liancheng, Longyan, Fujian restarted.",
     {("Liancheng", "locatedIn", "Longyan"), ("Longyan", "locatedIn", "Fujian")}),
    ("Baotou, Ganzhou and Xiamen host most of the industry.", set()),
    ("A spokesman denied talks with Gansu Rare Earth, the Lanzhou-based unit controlled by Baogang.",
     {("Baogang", "owns", "Gansu Rare Earth"), ("Gansu Rare Earth", "locatedIn", "Lanzhou")}),
    ("JL Mag Rare-Earth produces NdFeB magnets for carmakers.",
     {("JL Mag Rare-Earth", "produces", "NdFeB magnets")}),
    ("Shenghe Resources, a major producer of praseodymium-neodymium oxide, reported results.",
     {("Shenghe Resources Holding", "produces", "Praseodymium-neodymium oxide")}),
    ("Ma Qiang led an inspection tour of Baotou Tianhe Magnets.",
     {("Ma Qiang", "visited", "Baotou Tianhe Magnets")}),
    ('Huaxin Rare Earth Co., Ltd. (the "Company") completed the acquisition of a 65% equity interest in '
     'Lida Separation on Monday. Lida Separation became a controlled subsidiary of the Company.',
     {("Huaxin Rare Earth", "owns", "Lida Separation")}),
    ('Zhejiang Tianrui Magnetics opened a plant in May. "Demand is strong," says Tianrui chairman Xu Jianping.',
     {("Xu Jianping", "leads", "Zhejiang Tianrui Magnetics")}),
    ("At Baotou Jingrui Magnet Technology, a privately owned enterprise in Baotou's Jiuyuan district, "
     "Su Hexi examined samples.",
     {("Baotou Jingrui Magnet Technology", "locatedIn", "Jiuyuan District"),
      ("Jiuyuan District", "locatedIn", "Baotou"), ("Su Hexi", "visited", "Baotou Jingrui Magnet Technology")}),
    ("The remaining 35% of Hezhou Yuanhang Separation is held by Hezhou Urban Investment.",
     {("Hezhou Urban Investment", "owns", "Hezhou Yuanhang Separation")}),
    ("Baotou Jingrui Magnet Technology, in which China Northern Rare Earth holds 12.5%, supplies magnets "
     "to Shenzhen-based Boyuan Motor.",
     {("China Northern Rare Earth Group", "owns", "Baotou Jingrui Magnet Technology"),
      ("Baotou Jingrui Magnet Technology", "supplies", "Boyuan Motor"), ("Boyuan Motor", "locatedIn", "Shenzhen")}),
    ("The mine lies in Xunwu County, a county administered by Ganzhou.", {("Xunwu", "locatedIn", "Ganzhou")}),
    ("The Longnan separation plant, in Longnan County, one of Ganzhou's southern counties, was upgraded in 2023.",
     {("Longnan", "locatedIn", "Ganzhou"), ("Longnan separation plant", "locatedIn", "Longnan")}),
    ("Registered address: No. 12 Jinqiao Road, Ganzhou City, Jiangxi Province. Hengyuan Alloy is principally "
     "engaged in the production of dysprosium-terbium alloy. Its main products are lanthanum-cerium metal and "
     "cerium-based polishing powder.",  # a street is no entity (nor the antecedent of "its")
     {("Ganzhou", "locatedIn", "Jiangxi"), ("Hengyuan Alloy", "produces", "dysprosium-terbium alloy"),
      ("Hengyuan Alloy", "produces", "lanthanum-cerium metal"),
      ("Hengyuan Alloy", "produces", "cerium-based polishing powder")}),
    ("Hunan Jiuli Magnetics' products include sintered NdFeB magnets and praseodymium-neodymium (PrNd) metal.",
     {("Hunan Jiuli Magnetics", "produces", "sintered NdFeB magnets"),
      ("Hunan Jiuli Magnetics", "produces", "Praseodymium-neodymium metal")}),
    ("Sakurada Magnetics buys oxide for the Sakurada Chenzhou Plant. The Meizhou Separation Plant belongs to "
     "China Rare Earth Group.",  # a known place anywhere in a facility's name
     {("Sakurada Chenzhou Plant", "locatedIn", "Chenzhou"), ("Meizhou Separation Plant", "locatedIn", "Meizhou"),
      ("China Rare Earth Group", "owns", "Meizhou Separation Plant")}),
    ("The ministry launched the Magnet Recycling Pilot Programme in May. The first batch of enterprises included "
     "in the programme comprises Ganzhou Lvxin Recycling and Baotou Huirong Magnetics.",  # "the programme"
     {("Ganzhou Lvxin Recycling", "participatesIn", "Magnet Recycling Pilot Programme"),
      ("Baotou Huirong Magnetics", "participatesIn", "Magnet Recycling Pilot Programme")}),
    ("Chairman Li Wei of Baotou Tianhe Magnets said demand was strong.",
     {("Li Wei", "leads", "Baotou Tianhe Magnets")}),
    ("Analyst: Fang Rui, Dongting Securities Co., Ltd.\nTengyue sells its metal to JL Mag and to Ningbo Yunsheng.",
     {("Fang Rui", "worksFor", "Dongting Securities"), ("Tengyue", "supplies", "JL Mag Rare-Earth"),
      ("Tengyue", "supplies", "Ningbo Yunsheng")}),
    ("Hefei Juneng Magnetics, located in Hefei, Anhui, is JL Mag's joint venture with German drive maker "
     "Schaller Antriebstechnik.",
     {("Hefei Juneng Magnetics", "jointVentureOf", "JL Mag Rare-Earth"),
      ("Hefei Juneng Magnetics", "jointVentureOf", "Schaller Antriebstechnik"),
      ("Hefei Juneng Magnetics", "locatedIn", "Hefei"), ("Hefei", "locatedIn", "Anhui")}),
    ("Ganzhou Tengyue Metals, based in Zhanggong District of Ganzhou, converts oxides into praseodymium-neodymium "
     "metal and dysprosium-iron alloy.",
     {("Ganzhou Tengyue Metals", "locatedIn", "Zhanggong District"), ("Zhanggong District", "locatedIn", "Ganzhou"),
      ("Ganzhou Tengyue Metals", "produces", "Praseodymium-neodymium metal"),
      ("Ganzhou Tengyue Metals", "produces", "Dysprosium-iron alloy")}),
    ("The Ministry of Commerce issued the Announcement on Export Controls on Magnet Technologies on Tuesday.",
     {("Ministry of Commerce", "issued", "Announcement on Export Controls on Magnet Technologies")}),
    ("Hunan Kexin Magnet sold its 30% stake in Chenzhou Qianlong Smelting Co to China Rare Earth Group. "
     "China Rare Earth Group now owns 79% of the smelter; the remaining 21% belongs to Chenzhou Qianhe Holdings.",
     # selling a stake supplies nothing; "the smelter" is the company named "... Smelting"
     {("China Rare Earth Group", "owns", "Chenzhou Qianlong Smelting"),
      ("Chenzhou Qianhe Holdings", "owns", "Chenzhou Qianlong Smelting")}),
    ("Zuojiang Rare Earth, headquartered in Chongzuo, is China Rare Earth Group's subsidiary. The Longzhou "
     "Separation Plant sits outside Longzhou, and it produces yttrium oxide.",  # "it" may be a plant
     {("China Rare Earth Group", "owns", "Zuojiang Rare Earth"), ("Zuojiang Rare Earth", "locatedIn", "Chongzuo"),
      ("Longzhou Separation Plant", "produces", "Yttrium oxide")}),
    ("Baogang quietly bought Wuhai Mining in 2019.", {("Baogang", "owns", "Wuhai Mining")}),
    ("JL Mag Rare-Earth, after years of talks, finally sold its magnets to BYD.",
     {("JL Mag Rare-Earth", "supplies", "BYD")}),
    ("Huayue Magnetics (Thailand) Co., Ltd., in which Ningbo Huayue Electronic Components holds a 90% "
     "interest, shipped its first magnets.",
     {("Ningbo Huayue Electronic Components", "owns", "Huayue Magnetics (Thailand)"),
      ("Huayue Magnetics (Thailand)", "locatedIn", "Thailand")}),  # the name notes its place
    ("JL Mag Rare-Earth supplies magnets to BYD.",
     {("JL Mag Rare-Earth", "supplies", "BYD")}),
    ("New separation plants of Ganzhou Rare Earth Group must be approved by the Ministry of "
     "Industry and Information Technology.",
     {("Ministry of Industry and Information Technology", "regulates", "Ganzhou Rare Earth Group")}),
    # the dependency reading: relative clauses, "together with", prepositions off the object, stakes
    ("Hunan Xiangyue Resources, which controls Yongzhou Lanthanum Mining, reported higher profits.",
     {("Hunan Xiangyue Resources", "owns", "Yongzhou Lanthanum Mining")}),
    ("The Ministry of Commerce, together with the General Administration of Customs, on Friday released "
     "the Export Control List for Rare Earth Items.",
     {("Ministry of Commerce", "issued", "Export Control List for Rare Earth Items"),
      ("General Administration of Customs", "issued", "Export Control List for Rare Earth Items")}),
    ("Kyushu Motor Works buys most of its dysprosium oxide from Ganzhou Rare Earth Group.",
     {("Ganzhou Rare Earth Group", "supplies", "Kyushu Motor Works")}),
    ("Shenghe Resources has lifted its stake in Vientiane Lanthanide to 30%.",
     {("Shenghe Resources Holding", "owns", "Vientiane Lanthanide")}),
    # names and appositions of filings, lists and foreign companies
    ("Perlis Lanthanide Berhad is owned by China Minmetals.",
     {("China Minmetals Corporation", "owns", "Perlis Lanthanide Berhad")}),
    ("Deng Shuyi, deputy director of the China Rare Earth Industry Association, spoke at the forum.",
     {("Deng Shuyi", "worksFor", "Association of China Rare Earth Industry")}),
    ("- Changting Huaxi Separation: a wholly owned subsidiary of Xiamen Tungsten.",
     {("Xiamen Tungsten", "owns", "Changting Huaxi Separation")}),
    ('Fujian Jinlong Rare Earth Co., Ltd. (the "Company", or, together with its subsidiaries, the "Group") '
     "is registered in Xiamen.",
     {("Fujian Jinlong Rare Earth", "locatedIn", "Xiamen")}),
    ("Anna Berg, who heads battery materials sourcing at Nordvolt Automotive, said supply was tight.",
     {("Anna Berg", "worksFor", "Nordvolt Automotive")}),
    ('"Prices will rise," said Karen Lim, an analyst at Singapore-based consultancy Straits Metals Research.',
     {("Karen Lim", "worksFor", "Straits Metals Research"), ("Straits Metals Research", "locatedIn", "Singapore")}),
    ("Sanming Xiwu Rare Earth, a Fujian smelter that produces terbium metal, was profitable.",
     {("Sanming Xiwu Rare Earth", "locatedIn", "Fujian"), ("Sanming Xiwu Rare Earth", "produces", "Terbium metal")}),
    ("Guangsheng Nonferrous said its Ganzhou smelter restarted on Monday.",
     {("Rising Nonferrous Metals", "owns", "Ganzhou smelter"), ("Ganzhou smelter", "locatedIn", "Ganzhou")}),
    # places within places
    ("Output fell at mines in Xunwu County, southeast China's Jiangxi Province.",
     {("Xunwu", "locatedIn", "Jiangxi"), ("Jiangxi", "locatedIn", "China")}),
    ("Ore from Kachin State in northern Myanmar crosses the border daily.",
     {("Kachin State", "locatedIn", "Myanmar")}),
    ("Hengfeng Resources, headquartered in Lao Cai province, mines ion clays.",
     {("Hengfeng Resources", "locatedIn", "Lao Cai province")}),
    # an age or an apposition before the verb, and the verb of a relative clause
    ("Tan Wenjie, 52, is chairman of Hunan Xiangyu Rare Earth.",
     {("Tan Wenjie", "leads", "Hunan Xiangyu Rare Earth")}),
    ("Gao Lin, a trained metallurgist, is the chief operating officer of Hunan Xiangyu Rare Earth.",
     {("Gao Lin", "worksFor", "Hunan Xiangyu Rare Earth")}),
    ("The National Development and Reform Commission, which approves smelting projects for rare earths, "
     "issued new rules.",
     {("National Development and Reform Commission", "regulates", "Rare earth elements")}),
    # "the company" is the previous sentence's main subject, not a subordinate one
    ("Hunan Xiangyu Rare Earth denied a report that Kestrel Motors was in talks to buy it.\n"
     "The company sources its oxide from China Minmetals Rare Earth.",
     {("China Rare Earth Resources and Technology", "supplies", "Hunan Xiangyu Rare Earth")}),
    # an analyst's rating in brackets names nothing
    ("Hunan Xiangyu Rare Earth (Buy). The Changsha-based magnet maker remains our top pick.",
     {("Hunan Xiangyu Rare Earth", "locatedIn", "Changsha")}),
    # names: plural possessives, hyphenated tails, runs of distinctive words as short forms
    ("Zhenjiang Jinhe Magnetics' controlling shareholder, Anhui Tongling Magnetic High-Tech, holds 40% of the shares.",
     {("Anhui Tongling Magnetic High-Tech", "owns", "Zhenjiang Jinhe Magnetics")}),
    ("Quang Phu Minerals JSC opened a mine last year. Quang Phu sells its oxide to Ningbo Jintian Magnets.",
     {("Quang Phu Minerals", "supplies", "Ningbo Jintian Magnets")}),
    ("Qingdao Huafeng Magnets, the Qingdao-based joint venture between Rongcheng Metals and Japan's Kitano "
     "Electric, opened a plant.",
     {("Qingdao Huafeng Magnets", "jointVentureOf", "Kitano Electric"),
      ("Qingdao Huafeng Magnets", "jointVentureOf", "Rongcheng Metals"),
      ("Qingdao Huafeng Magnets", "locatedIn", "Qingdao"), ("Kitano Electric", "locatedIn", "Japan")}),
    ('Liyang Rare Earth Materials was named to the ministry\'s national list of "little giant" enterprises in 2024.',
     {("Liyang Rare Earth Materials", "participatesIn", "Little Giant Enterprises Programme")}),
    ("Most of Liyang Rare Earth's oxide goes to Tianjin Sanyo Magnets.",
     {("Liyang Rare Earth", "supplies", "Tianjin Sanyo Magnets")}),
    ("Since May, exports of gadolinium and holmium have required licences from the Ministry of Commerce.",
     {("Ministry of Commerce", "regulates", "Gadolinium"), ("Ministry of Commerce", "regulates", "Holmium")}),
    ("Rongcheng Metals, Hunan Xiangyu Rare Earth's largest shareholder, opened a plant.",
     {("Rongcheng Metals", "owns", "Hunan Xiangyu Rare Earth")}),
    ("Kitano Electric, which holds a minority stake in Tianjin Sanyo Magnets, said demand was strong.",
     {("Kitano Electric", "owns", "Tianjin Sanyo Magnets")}),
    ("Rongcheng Metals remains Tianjin Sanyo Magnets' largest supplier.",
     {("Rongcheng Metals", "supplies", "Tianjin Sanyo Magnets")}),
    ("Kitano Electric was Tianjin Sanyo Magnets' biggest customer in 2024.",
     {("Tianjin Sanyo Magnets", "supplies", "Kitano Electric")}),
    ("Lao Cai Mining is 70%-owned by Kunming Huaxin Resources.",
     {("Kunming Huaxin Resources", "owns", "Lao Cai Mining")}),
    ("Tianjin Sanyo Magnets, a Tianjin-listed maker of hot-pressed neodymium-iron-boron (NdFeB) magnets, expanded.",
     {("Tianjin Sanyo Magnets", "produces", "hot-pressed neodymium-iron-boron (NdFeB) magnets")}),
    ("Deng Lan, vice mayor of the Leshan Municipal People's Government, spoke.",
     {("Deng Lan", "worksFor", "Leshan Municipal People's Government")}),
    ("Since 2022 Jinlan Materials has owned all of Ningbo Jinlan Magnetic Alloy.",
     {("Jinlan Materials", "owns", "Ningbo Jinlan Magnetic Alloy")}),
    ("Zhenghai Magnetic has been Jinlan Materials' largest alloy customer for four years.",
     {("Jinlan Materials", "supplies", "Yantai Zhenghai Magnetic Material")}),  # the gazetteer's label
    ("The firm is based in Zhanggong District of Ganzhou, a city in southern Jiangxi province.",
     {("Zhanggong District", "locatedIn", "Ganzhou"), ("Ganzhou", "locatedIn", "Jiangxi")}),
    ("Jinlan Materials, which runs an in-situ leaching mine in Dingnan County, expanded.",
     {("Jinlan Materials", "locatedIn", "Dingnan")}),
    ("Baotou mayor Zhao Jianping said the city government had approved Xinrui Recycling's permits.",
     {("Zhao Jianping", "leads", "Baotou Municipal People's Government"),
      ("Baotou Municipal People's Government", "regulates", "Xinrui Recycling")}),
    ("Wang Hao, vice mayor of Heyuan, toured Lingnan Recycling.",  # NER misses Heyuan here
     {("Wang Hao", "worksFor", "Heyuan Municipal People's Government"), ("Wang Hao", "visited", "Lingnan Recycling")}),
    ("Vice Governor of Jiangxi Province Liu Wenjun opened the park.",
     {("Liu Wenjun", "worksFor", "Jiangxi Provincial People's Government")}),
    ("Lu Wenqiang, magistrate of Longhe County, spoke.",
     {("Lu Wenqiang", "leads", "Longhe County People's Government")}),
    ("The line stands in the Longnan Economic and Technological Development Zone in Longnan County.",
     {("Longnan Economic and Technological Development Zone", "locatedIn", "Longnan")}),
    ("Xinjiang Goldwind Science & Technology Co., Ltd. is based in Urumqi.",  # NER stops at "&"
     {("Xinjiang Goldwind Science & Technology", "locatedIn", "Urumqi")}),
    ("Yuelu Magnetics holds 55% of Baotou Xinrui Recycling and Greenmont Environmental Technology the remaining 45%.",
     {("Yuelu Magnetics", "owns", "Baotou Xinrui Recycling"),
      ("Greenmont Environmental Technology", "owns", "Baotou Xinrui Recycling")}),
    ("Xinrui Recycling is a venture of Yuelu Magnetics and Greenmont Environmental. "
     "Yuelu holds 55% of Xinrui and Greenmont the remaining 45%.",  # NER reads "Xinrui and Greenmont" as one name
     {("Yuelu Magnetics", "owns", "Xinrui Recycling"), ("Greenmont Environmental", "owns", "Xinrui Recycling")}),
    ("The rules are laid down in the Interim Measures for Quota Management, which MIIT and MNR issued jointly.",
     {("Ministry of Industry and Information Technology", "issued", "Interim Measures for Quota Management"),
      ("Ministry of Natural Resources", "issued", "Interim Measures for Quota Management")}),
    ("China Rare Earth Group is supervised by SASAC, which is also its largest shareholder.",
     {("State-owned Assets Supervision and Administration Commission of the State Council", "owns",
       "China Rare Earth Group"),
      ("State-owned Assets Supervision and Administration Commission of the State Council", "regulates",
       "China Rare Earth Group")}),
    ("Xinyu Magnet's other shareholders include Chinalco and China Minmetals.",
     {("Aluminum Corporation of China", "owns", "Xinyu Magnet"), ("China Minmetals Corporation", "owns", "Xinyu Magnet")}),
    ("In March, three magnet makers - Hunan Keli Magnet, Xinyu Magnet and Hefei-based Anhui Hengtai Magnet - "
     "were selected by MIIT for its Rare Earth Product Traceability Pilot Programme.",
     {("Hunan Keli Magnet", "participatesIn", "Rare Earth Product Traceability Pilot Programme"),
      ("Xinyu Magnet", "participatesIn", "Rare Earth Product Traceability Pilot Programme"),
      ("Anhui Hengtai Magnet", "participatesIn", "Rare Earth Product Traceability Pilot Programme"),
      ("Anhui Hengtai Magnet", "locatedIn", "Hefei"),
      ("Ministry of Industry and Information Technology", "issued", "Rare Earth Product Traceability Pilot Programme")}),
    ("A new mining licence was granted to Ganzhou Rare Earth Group by the Jiangxi Department of Natural Resources.",
     {("Jiangxi Department of Natural Resources", "regulates", "Ganzhou Rare Earth Group")}),
    ("Mianning Hexin Mining, which mines bastnaesite in Mianning County, expanded.",
     {("Mianning Hexin Mining", "locatedIn", "Mianning"), ("Mianning Hexin Mining", "produces", "Bastnaesite")}),
    ("Mianning Dongsheng Mining is 70 percent owned by Liangshan Jinhe Holdings, a conglomerate headquartered in Xichang.",
     {("Liangshan Jinhe Holdings", "owns", "Mianning Dongsheng Mining"), ("Liangshan Jinhe Holdings", "locatedIn", "Xichang")}),
    ("The Qiaowo mine sits in Mianning County and is operated by Mianning Dongsheng Mining.",
     {("Qiaowo mine", "locatedIn", "Mianning"), ("Mianning Dongsheng Mining", "owns", "Qiaowo mine")}),
    ("Leshan Dongsheng Separation's general manager is Luo Yiting, the chairman's daughter.",
     {("Luo Yiting", "leads", "Leshan Dongsheng Separation")}),
    ("Chinalco, China Minmetals and Ganzhou Rare Earth Group all remain shareholders of China Rare Earth Group.",
     {("Aluminum Corporation of China", "owns", "China Rare Earth Group"),
      ("China Minmetals Corporation", "owns", "China Rare Earth Group"),
      ("Ganzhou Rare Earth Group", "owns", "China Rare Earth Group")}),
    ("The mine went to Xinyu Magnet, in which Hunan Keli Magnet and Yuelu Magnetics are both shareholders.",
     {("Hunan Keli Magnet", "owns", "Xinyu Magnet"), ("Yuelu Magnetics", "owns", "Xinyu Magnet")}),
    ("Jinhai Magnetics supplies magnets to Kessler Antriebstechnik.",  # NER: a person
     {("Jinhai Magnetics", "supplies", "Kessler Antriebstechnik")}),
    ("Yuelu Magnetics is a magnet maker based in Changsha.",
     {("Yuelu Magnetics", "locatedIn", "Changsha")}),
    ("Qianshan Rare Earth Holdings Co., Ltd. is headquartered in Chengdu.",  # NER begins at "Rare"
     {("Qianshan Rare Earth Holdings", "locatedIn", "Chengdu")}),
    ("The remaining 40% of Tongling Separation continues to be held by Anhui Tonghua Group, itself a unit of "
     "state-owned China Minmetals.",
     {("Anhui Tonghua Group", "owns", "Tongling Separation"), ("China Minmetals Corporation", "owns", "Anhui Tonghua Group")}),
    ("Yuelu Magnetics, headquartered in Changsha, is 55% owned by Hunan Keli Magnet, itself wholly owned by "
     "Xiangtan Industrial Holdings.",  # a chain: one match's object is the next one's subject
     {("Hunan Keli Magnet", "owns", "Yuelu Magnetics"), ("Xiangtan Industrial Holdings", "owns", "Hunan Keli Magnet"),
      ("Yuelu Magnetics", "locatedIn", "Changsha")}),
    ("Xinyu Magnet is 60% owned by Hunan Keli Magnet. Yuelu Magnetics holds 25% and Xiangtan Capital the remaining 15%.",
     {("Hunan Keli Magnet", "owns", "Xinyu Magnet"), ("Yuelu Magnetics", "owns", "Xinyu Magnet"),
      ("Xiangtan Capital", "owns", "Xinyu Magnet")}),
    ("Hunan Keli Magnet holds 51% of Loudi Recycling. China Minmetals holds a further 30%.",
     {("Hunan Keli Magnet", "owns", "Loudi Recycling"), ("China Minmetals Corporation", "owns", "Loudi Recycling")}),
    ("Lingnan Resources, an indirect wholly-owned subsidiary of Hunan Keli Magnet, completed the acquisition of 70% of "
     "Dongyuan Separation from Hakka Resources Group. Hakka Resources Group retains the remaining 30%.",
     {("Hunan Keli Magnet", "owns", "Lingnan Resources"), ("Lingnan Resources", "owns", "Dongyuan Separation"),
      ("Hakka Resources Group", "owns", "Dongyuan Separation")}),
    ("Yuelu Magnetics is located in the Beilun district of Ningbo.",
     {("Yuelu Magnetics", "locatedIn", "Beilun district"), ("Beilun district", "locatedIn", "Ningbo")}),
    ("Haiyue Materials makes holmium-iron alloy and yttrium oxide for phosphors.",
     {("Haiyue Materials", "produces", "Yttrium oxide"), ("Haiyue Materials", "produces", "holmium-iron alloy")}),
    ("Vice Governor Ran Zhiyuan led a delegation to Dechang county to inspect the newly commissioned Anning River "
     "Separation Plant. The delegation then travelled to Mianning county and visited the Niuxin Mine.",
     {("Ran Zhiyuan", "visited", "Dechang"), ("Ran Zhiyuan", "visited", "Anning River Separation Plant"),
      ("Ran Zhiyuan", "visited", "Mianning"), ("Ran Zhiyuan", "visited", "Niuxin Mine")}),
    ("A delegation led by Li Wei toured Baotou. The delegation also visited the Bayan Obo mine.",
     {("Li Wei", "visited", "Baotou"), ("Li Wei", "visited", "Bayan Obo mine")}),
    ("Comments\n\nZhang Wei • Senior Analyst at China Northern Rare Earth\nCongratulations, Marcus!\n",  # a post's byline
     {("Zhang Wei", "worksFor", "China Northern Rare Earth Group")}),
    ("Hunan Keli Magnet Co., Ltd. (the \"Company\") makes magnets. The Board nominated Mr. Du Peng, the Company's "
     "General Manager, as a director. Mr. Wang Xiaoyun, Chairman of the Company, holds 60% of Hefei Keli Holdings.",
     {("Du Peng", "leads", "Hunan Keli Magnet"), ("Wang Xiaoyun", "leads", "Hunan Keli Magnet"),
      ("Wang Xiaoyun", "owns", "Hefei Keli Holdings")}),
    ("The Huangtian mine lies in Jianghua Yao Autonomous County, Yongzhou.",  # a county NER misses
     {("Huangtian mine", "locatedIn", "Jianghua Yao Autonomous County"),
      ("Jianghua Yao Autonomous County", "locatedIn", "Yongzhou")}),
    ("Hunan Keli Magnet makes magnets in Wujiang, which is part of Suzhou.",
     {("Wujiang", "locatedIn", "Suzhou"), ("Hunan Keli Magnet", "locatedIn", "Wujiang")}),
    ("Hunan Keli Magnet makes magnets in Wujiang, which is a district of Suzhou.",
     {("Wujiang", "locatedIn", "Suzhou"), ("Hunan Keli Magnet", "locatedIn", "Wujiang")}),
    ("Hunan Keli Magnet makes sintered NdFeB magnets and rotor magnet assemblies. "
     "Suzhou Jingci Motor Technologies makes permanent-magnet servo motors.",  # what magnets go into
     {("Hunan Keli Magnet", "produces", "sintered NdFeB magnets"), ("Hunan Keli Magnet", "produces", "rotor magnet assemblies"),
      ("Suzhou Jingci Motor Technologies", "produces", "permanent-magnet servo motors")}),
    ("Jinhai Magnetics supplies magnets for EV motors to Chery Auto.",  # the motors are the customer's
     {("Jinhai Magnetics", "supplies", "Chery Auto")}),
    ("Hunan Keli Magnet bought Loudi Recycling from Xiangtan Capital. Hunan Keli Magnet paid cash. Chief financial "
     "officer Deng Lihua said the deal was cheap. Gao Peng is chief financial officer of Xiangtan Capital. Tang Wei "
     "serves as secretary to the board. Analyst Fang Rui said it was cheap.",  # officers of the company most named
     {("Hunan Keli Magnet", "owns", "Loudi Recycling"), ("Deng Lihua", "worksFor", "Hunan Keli Magnet"),
      ("Gao Peng", "worksFor", "Xiangtan Capital"), ("Tang Wei", "worksFor", "Hunan Keli Magnet")}),
    ("Nanling Group also holds 51 per cent of Shaoguan Lingxin Magnet Materials, a joint venture with Shenzhen-based "
     "Pengwei Electric Drive, which owns the remaining 49 per cent.",
     {("Nanling Group", "owns", "Shaoguan Lingxin Magnet Materials"),
      ("Shaoguan Lingxin Magnet Materials", "jointVentureOf", "Pengwei Electric Drive"),
      ("Shaoguan Lingxin Magnet Materials", "jointVentureOf", "Nanling Group"),
      ("Pengwei Electric Drive", "locatedIn", "Shenzhen"), ("Pengwei Electric Drive", "owns", "Shaoguan Lingxin Magnet Materials")}),
    ("In 2022 Jiangxi Kexun Holdings set up Ganzhou Kexun Recycling Technology as a joint venture with Jiangxi Tongda "
     "Environmental Engineering, a Nanchang-based firm.",
     {("Ganzhou Kexun Recycling Technology", "jointVentureOf", "Jiangxi Kexun Holdings"),
      ("Ganzhou Kexun Recycling Technology", "jointVentureOf", "Jiangxi Tongda Environmental Engineering"),
      ("Jiangxi Tongda Environmental Engineering", "locatedIn", "Nanchang")}),
    ("The Ministry of Industry and Information Technology last year issued the Rare Earth Smelting and Separation "
     "Standard Conditions.",  # a policy name with two head words
     {("Ministry of Industry and Information Technology", "issued", "Rare Earth Smelting and Separation Standard Conditions")}),
    ("The Jianghua Mine is operated by Yongzhou Xiangyuan Mining. The mine is regulated by the Hunan Provincial "
     "Department of Natural Resources.",  # a regulator of a facility
     {("Yongzhou Xiangyuan Mining", "owns", "Jianghua Mine"),
      ("Hunan Provincial Department of Natural Resources", "regulates", "Jianghua Mine")}),
    ("Tokiwa Magnetics makes magnets. Its Thai unit, Tokiwa Magnetics (Thailand), makes samarium-cobalt magnets in "
     "Rayong.",  # a place in parentheses names another company
     {("Tokiwa Magnetics (Thailand)", "locatedIn", "Thailand"),
      ("Tokiwa Magnetics", "owns", "Tokiwa Magnetics (Thailand)"),
      ("Tokiwa Magnetics (Thailand)", "produces", "SmCo magnets")}),
    ("Analyst: Fang Rui, Dongting Securities Co., Ltd. (Changsha)\n",  # after the legal form it says where
     {("Fang Rui", "worksFor", "Dongting Securities")}),
    ('Anhui Zhongci Magnetic Technology Co., Ltd. ("Zhongci"), listed on the ChiNext board of the Shenzhen Stock '
     "Exchange, is headquartered in Hefei, Anhui Province.",  # the apposition's exchange is not in Hefei
     {("Anhui Zhongci Magnetic Technology", "locatedIn", "Hefei"), ("Hefei", "locatedIn", "Anhui")}),
    ("The venture, Ganzhou Tokiwa Xinli Magnetic Materials Co., was set up in 2019 with Xinli Rare Earth Materials, "
     "a smelting company in Jiangxi province.",
     {("Ganzhou Tokiwa Xinli Magnetic Materials", "jointVentureOf", "Xinli Rare Earth Materials"),
      ("Xinli Rare Earth Materials", "locatedIn", "Jiangxi")}),
    ("Pearl Crest Investments is wholly owned by Mr. Kwok Man-lok.",
     {("Kwok Man-lok", "owns", "Pearl Crest Investments")}),
    ("Jinhai Magnetics produces sintered NdFeB magnets. Its customers include German carmaker Kessler Automobil and "
     "Wuhu-based electric-vehicle maker Chery Auto, both of which it supplies with traction magnets, as well as "
     "Gree Electric, a compressor maker.",
     {("Jinhai Magnetics", "produces", "sintered NdFeB magnets"), ("Chery Auto", "locatedIn", "Wuhu"),
      ("Jinhai Magnetics", "supplies", "Kessler Automobil"), ("Jinhai Magnetics", "supplies", "Chery Auto"),
      ("Jinhai Magnetics", "supplies", "Gree Electric"), ("Chery Auto", "produces", "electric vehicles"),
      ("Gree Electric", "produces", "compressors")}),
    ("Hunan Lixin Magnet Co. was included in MIIT's list of national green factories.",
     {("Hunan Lixin Magnet", "participatesIn", "list of national green factories"),
      ("Ministry of Industry and Information Technology", "issued", "list of national green factories")}),
    ("Baiyin Rare Metals Co. was selected for the provincial pilot programme for digital transformation of "
     "manufacturing, issued by the Gansu Department of Industry and Information Technology.",
     {("Baiyin Rare Metals", "participatesIn", "provincial pilot programme for digital transformation of manufacturing"),
      ("Gansu Department of Industry and Information Technology", "issued",
       "provincial pilot programme for digital transformation of manufacturing")}),
    ("MOFCOM published a list of exporters eligible for general licences.", set()),  # the licences, not the list
    ("MIIT added Xinhe Magnet Co. and Yunlu Metals Co. in May to its Rare Earth Recycling White List.",
     {("Xinhe Magnet", "participatesIn", "Rare Earth Recycling White List"),
      ("Yunlu Metals", "participatesIn", "Rare Earth Recycling White List"),
      ("Ministry of Industry and Information Technology", "issued", "Rare Earth Recycling White List")}),
    ("Under the Baotou Rare Earth Industry Action Plan (2025-2027), issued by the Baotou Municipal Government in May, "
     "Xinhe Magnet Co. and Yunlu Metals Co. are listed among 12 key enterprises.",
     {("Xinhe Magnet", "participatesIn", "Baotou Rare Earth Industry Action Plan"),
      ("Yunlu Metals", "participatesIn", "Baotou Rare Earth Industry Action Plan"),
      ("Baotou Municipal Government", "issued", "Baotou Rare Earth Industry Action Plan")}),
    ("MIIT named Yunlu Metals Co. a provincial champion under the Manufacturing Champion Programme.",
     {("Yunlu Metals", "participatesIn", "Manufacturing Champion Programme")}),
    ("MOFCOM selected three exporters for its General Licence Programme: Xinhe Magnet Co.; Yunlu Metals Co., "
     "which is based in Baotou; and Hexin Mining Co.",
     {("Xinhe Magnet", "participatesIn", "General Licence Programme"),
      ("Yunlu Metals", "participatesIn", "General Licence Programme"),
      ("Hexin Mining", "participatesIn", "General Licence Programme"),
      ("Ministry of Commerce", "issued", "General Licence Programme"),
      ("Yunlu Metals", "locatedIn", "Baotou")}),  # not the other two in the list
    ("Xinhe Magnet Co. and Hexin Mining Co. have all been enrolled in the Rare Earth Traceability Programme.",
     {("Xinhe Magnet", "participatesIn", "Rare Earth Traceability Programme"),
      ("Hexin Mining", "participatesIn", "Rare Earth Traceability Programme")}),
    ("Hexin Mining Co. is the only enterprise in the county covered by the 2025 Mining Quota.",
     {("Hexin Mining", "participatesIn", "2025 Mining Quota")}),
    ("To implement the Rare Earth Management Regulations issued by the State Council and the Green Mining Plan for "
     "Ionic Deposits issued by the Ministry of Natural Resources, the county acted.",  # two names, not one
     {("State Council", "issued", "Rare Earth Management Regulations"),
      ("Ministry of Natural Resources", "issued", "Green Mining Plan for Ionic Deposits")}),
    ("And the Mineral Resources Law, which the National People's Congress adopted in 2024, is now in force.",
     {("National People's Congress", "issued", "Mineral Resources Law")}),
    ("The 2025 rare earth quotas were issued by MIIT in two batches.",
     {("Ministry of Industry and Information Technology", "issued", "2025 rare earth quotas")}),
    ("The Implementation Plan for Rectifying Order in the Rare Earth Industry was issued by the Ganzhou Municipal "
     "People's Government.",
     {("Ganzhou Municipal People's Government", "issued",
       "Implementation Plan for Rectifying Order in the Rare Earth Industry")}),
    ("Huaxing Magnet Co. is a subsidiary of Baogang-controlled China Northern Rare Earth.",
     {("China Northern Rare Earth Group", "owns", "Huaxing Magnet"), ("Baogang", "owns", "China Northern Rare Earth Group")}),
    ("Ganzhou Hengtai Rare Earth Co. expanded. The ore comes from the Dabei Mine, a Hengtai-owned ionic-clay deposit.",
     {("Ganzhou Hengtai Rare Earth", "owns", "Dabei Mine")}),
    ("Officials toured the Dabei Mine in Anyuan County, which is owned by Xinfeng Mining Co., on Monday.",
     {("Xinfeng Mining", "owns", "Dabei Mine"), ("Dabei Mine", "locatedIn", "Anyuan")}),
    ("Hezhou Customs, a branch of the General Administration of Customs, seized the cargo.",
     {("General Administration of Customs", "owns", "Hezhou Customs")}),
    ("Rongjiang Metals Co., Baogang's Gansu platform, raised output.", {("Baogang", "owns", "Rongjiang Metals")}),
    ("Longnan Xinhe Partnership is the employee shareholding platform of Ruixin Co.", set()),  # its owner, not its unit
    ("Trucks were leased from Lufeng Logistics Co., a haulier that Anxin Trading Co. controls through a nominee.",
     {("Anxin Trading", "owns", "Lufeng Logistics")}),
    ("Ruixin Co. set up Jinhe Magnet Co., a Ganzhou-based joint venture in which Ruixin Co. holds 55% and "
     "Kanto Motor Co. 45%.",
     {("Ruixin", "owns", "Jinhe Magnet"), ("Kanto Motor", "owns", "Jinhe Magnet"),
      ("Jinhe Magnet", "jointVentureOf", "Ruixin"), ("Jinhe Magnet", "jointVentureOf", "Kanto Motor"),
      ("Jinhe Magnet", "locatedIn", "Ganzhou")}),
    ("Tianli Magnet Co. and Weilan Compressor Co. formed Tianwei Motor Materials Co., a 50:50 joint venture.",
     {("Tianli Magnet", "owns", "Tianwei Motor Materials"), ("Weilan Compressor", "owns", "Tianwei Motor Materials"),
      ("Tianwei Motor Materials", "jointVentureOf", "Tianli Magnet"),
      ("Tianwei Motor Materials", "jointVentureOf", "Weilan Compressor")}),
    ("3. KEY OPERATING SUBSIDIARIES\n\nBaotou Saihan Co. is the Group's core separation platform.", set()),  # a heading
    ("Hengrui Co. is in talks to supply magnets to Stuttgart-based Kessler Antriebe GmbH.",
     {("Kessler Antriebe", "locatedIn", "Stuttgart")}),  # the supply is only talked of
    ("She spent seven years at the Beijing-based China Nonferrous Metals Research Centre, until 2019.",
     {("China Nonferrous Metals Research Centre", "locatedIn", "Beijing")}),
    ("Separators in Ganzhou such as Longnan Hongda Rare Earth Co. now need a licence.",
     {("Longnan Hongda Rare Earth", "locatedIn", "Ganzhou")}),
    ("Prices rose for Ningbo-based magnet makers such as Yongjiang Magnet Co. and Kexin Magnet Co.",
     {("Yongjiang Magnet", "locatedIn", "Ningbo"), ("Kexin Magnet", "locatedIn", "Ningbo")}),
    ("Chloe Tan, a Singapore-based analyst at Ardmore Metals Research, said prices rose.",
     {("Chloe Tan", "worksFor", "Ardmore Metals Research"), ("Chloe Tan", "locatedIn", "Singapore")}),
    ("Five exporters were chosen, including Shandong Hongda Rare Earth of Weishan County, Shandong Province.",
     {("Shandong Hongda Rare Earth", "locatedIn", "Weishan County"), ("Weishan County", "locatedIn", "Shandong")}),
    ("Output rose at China Rare Earth Group, the state-owned consolidator headquartered in Ganzhou.",
     {("China Rare Earth Group", "locatedIn", "Ganzhou")}),
    ("Shandong Hongda Rare Earth, a neodymium metal producer based in Weishan County, signed a contract.",
     {("Shandong Hongda Rare Earth", "locatedIn", "Weishan County"),
      ("Shandong Hongda Rare Earth", "produces", "Neodymium metal")}),
    ("Xie Ming, who was chairman of Longnan Zuwei Mining until 2022, now serves as an adviser.",
     set()),  # a post held until then
    ("The board accepted the resignation of Lu Hanqing, who had chaired Fengyi Magnetics since 2018.",
     set()),  # a post held before the story's time
    ("Ningbo Yongxin Magnetic Materials, a Ningbo-based maker of sintered NdFeB magnets that also produces "
     "samarium-cobalt magnets, exhibited.",
     {("Ningbo Yongxin Magnetic Materials", "locatedIn", "Ningbo"),
      ("Ningbo Yongxin Magnetic Materials", "produces", "SmCo magnets"),
      ("Ningbo Yongxin Magnetic Materials", "produces", "sintered NdFeB magnets")}),
    ("Ganzhou Jinhong New Materials, a company headquartered in Ganzhou that recovers rare earths from magnet scrap "
     "and makes sintered NdFeB magnets, grew.",
     {("Ganzhou Jinhong New Materials", "locatedIn", "Ganzhou"),
      ("Ganzhou Jinhong New Materials", "produces", "sintered NdFeB magnets")}),
    ("Suzhou Kaiyuan Magnet, a Suzhou-based maker of grain-boundary-diffused magnets, expanded.",
     {("Suzhou Kaiyuan Magnet", "locatedIn", "Suzhou"),
      ("Suzhou Kaiyuan Magnet", "produces", "grain-boundary-diffused magnets")}),
    ("China Northern Rare Earth, the Baogang-controlled producer of praseodymium-neodymium oxide, lifted its price.",
     {("Baogang", "owns", "China Northern Rare Earth Group"),
      ("China Northern Rare Earth Group", "produces", "Praseodymium-neodymium oxide")}),
    ("Jinhong Magnetics Co. makes motor magnets and sells drive-motor magnets to Feima Auto.",  # no "motor magnets" twice
     {("Jinhong Magnetics", "produces", "motor magnets"), ("Jinhong Magnetics", "supplies", "Feima Auto")}),
    ("Chen, who formerly chaired Ningbo Jinlun Materials, said Yongxin Magnet Co. buys praseodymium-neodymium "
     "oxide from Hengtai Rare Earth Co. and from Xinlu Metals Co.",  # the former post is Chen's, not the purchase's
     {("Hengtai Rare Earth", "supplies", "Yongxin Magnet"), ("Xinlu Metals", "supplies", "Yongxin Magnet")}),
    ("Jinhong-Kato Magnet Co. supplies magnets to Kato Denki Co. and to Shenzhen-based Anke Robotics Co.",
     {("Anke Robotics", "locatedIn", "Shenzhen"), ("Jinhong-Kato Magnet", "supplies", "Anke Robotics"),
      ("Jinhong-Kato Magnet", "supplies", "Kato Denki")}),  # not Shenzhen
    ("Jinlei Magnet Co. signs three-year agreement to supply sintered magnets to Qiyuan Auto Co.",
     {("Jinlei Magnet", "supplies", "Qiyuan Auto")}),
    ("The Dingnan County Ecology and Environment Bureau shall supervise Jinshan Smelting Co.'s wastewater discharge.",
     {("Dingnan County Ecology and Environment Bureau", "regulates", "Jinshan Smelting")}),
    ("MIIT, which sets the annual rare earth mining and smelting quotas for China Rare Earth Group, added "
     "Hengtai Co. to its list.",
     {("Ministry of Industry and Information Technology", "regulates", "China Rare Earth Group")}),
    ("The Jiangxi Provincial Department of Ecology and Environment ordered Hengtai Rare Earth Co. to upgrade "
     "wastewater treatment.",
     {("Jiangxi Provincial Department of Ecology and Environment", "regulates", "Hengtai Rare Earth")}),
    ("MOFCOM approved the first export licences under its export controls for Hengtai Rare Earth Co. and "
     "Yongxin Magnet Co.",
     {("Ministry of Commerce", "regulates", "Hengtai Rare Earth"), ("Ministry of Commerce", "regulates", "Yongxin Magnet")}),
    ("Ren Zhiyuan is also a professor at Inner Mongolia University of Science and Technology.",
     {("Ren Zhiyuan", "worksFor", "Inner Mongolia University of Science and Technology")}),
    ("I am Rachel Ortiz, senior editor at Meridian Commodities Media.",
     {("Rachel Ortiz", "worksFor", "Meridian Commodities Media")}),
    ("The county set up the Dingnan Rectification Leading Group, headed by county magistrate Liao Jianhua.",
     {("Liao Jianhua", "leads", "Dingnan Rectification Leading Group")}),
    ("A delegation from the Ganzhou Municipal Bureau of Commerce, led by deputy director Sun Hao, toured the plant.",
     {("Sun Hao", "worksFor", "Ganzhou Municipal Bureau of Commerce")}),  # a deputy leads neither
    ("## 2025 List of Hunan Rare Earth Recycling Pilot Enterprises\n\n| No. | Enterprise | City |\n|---|---|---|\n"
     "| 1 | Chenzhou Xinda Metals Co., Ltd. | Chenzhou |\n",  # the list's year is part of its title
     {("Chenzhou Xinda Metals", "participatesIn", "2025 List of Hunan Rare Earth Recycling Pilot Enterprises"),
      ("Chenzhou Xinda Metals", "locatedIn", "Chenzhou")}),
    ("Dingnan Fuyuan Mining Co. leaked leachate. In 2022 the Jiangxi Provincial Department of Ecology and "
     "Environment fined Fuyuan 1.2 million yuan.",  # NER's "Fuyuan 1.2 million yuan" is Fuyuan
     {("Jiangxi Provincial Department of Ecology and Environment", "regulates", "Dingnan Fuyuan Mining")}),
    ("Lin Hao - Director of Investor Relations, Hengyuan Magnet Co.",  # a department, no organisation
     {("Lin Hao", "worksFor", "Hengyuan Magnet")}),
    ("Lingnan Co. President Fang Debao, who also sits on the board of China Rare Earth Group, said his company "
     "was evaluating options.",
     {("Fang Debao", "leads", "Lingnan"), ("Fang Debao", "worksFor", "China Rare Earth Group")}),
    ("The minister toured the mine with Kong Xiangrui, who heads China Northern Rare Earth's Shandong operations.",
     {("Kong Xiangrui", "worksFor", "China Northern Rare Earth Group")}),  # a division's head works for the group
    ("- Chen Jialing, Secretary-General, China Rare Earth Industry Association",
     {("Chen Jialing", "leads", "Association of China Rare Earth Industry")}),
    ("A China Rare Earth Industry Association delegation led by President Huang Yiming visited Baotou.",
     {("Huang Yiming", "leads", "Association of China Rare Earth Industry"), ("Huang Yiming", "visited", "Baotou")}),
    ("Tianrui Co., headquartered in Ganzhou, Jiangxi province, is a maker of NdFeB magnets and dysprosium metal.",
     {("Tianrui", "locatedIn", "Ganzhou"), ("Ganzhou", "locatedIn", "Jiangxi"),
      ("Tianrui", "produces", "NdFeB magnets"), ("Tianrui", "produces", "dysprosium metal")}),
    ("Qiandong Separation Co. buys ionic clay concentrate from Kachin State, Myanmar, and turns it into dysprosium "
     "oxide and terbium oxide.",
     {("Qiandong Separation", "produces", "Dysprosium oxide"), ("Qiandong Separation", "produces", "Terbium oxide"),
      ("Kachin State", "supplies", "Qiandong Separation"), ("Myanmar", "supplies", "Qiandong Separation"),
      ("Kachin State", "locatedIn", "Myanmar")}),
    ("Yongzhou Huaxin Co. was included in MIIT's 2024 list of pilot enterprises for the comprehensive utilisation "
     "of rare earth secondary resources.",
     {("Yongzhou Huaxin", "participatesIn",
       "list of pilot enterprises for the comprehensive utilisation of rare earth secondary resources"),
      ("Ministry of Industry and Information Technology", "issued",
       "list of pilot enterprises for the comprehensive utilisation of rare earth secondary resources")}),
    ("The annual quota of Jianghua Smelting Co. is set by MIIT, and Jianghua Smelting Co. is covered by the Interim "
     "Measures for the Total Quantity Control of Rare Earth Mining and Smelting.",  # MIIT sets it, is not covered
     {("Jianghua Smelting", "participatesIn",
       "Interim Measures for the Total Quantity Control of Rare Earth Mining and Smelting"),
      ("Ministry of Industry and Information Technology", "regulates", "Jianghua Smelting")}),
    ("In July the Jiangxi Provincial Department of Science and Technology placed CREFM Co. on its 2025 list of "
     "provincial key laboratories.",
     {("CREFM", "participatesIn", "list of provincial key laboratories"),
      ("Jiangxi Provincial Department of Science and Technology", "issued", "list of provincial key laboratories")}),
    ("Xu Mingyuan - Chairman and Chief Executive Officer, Hengyuan Permanent Magnet Co.",  # a call's participants
     {("Xu Mingyuan", "leads", "Hengyuan Permanent Magnet")}),
    ("Lin Zhaohui - Director of Investor Relations, Hengyuan Permanent Magnet Co.",  # a department's director
     {("Lin Zhaohui", "worksFor", "Hengyuan Permanent Magnet")}),
    ("Hengyuan Co. holds 60% of Hengxin Magnetic Co., which is run by general manager Fang Rui.",
     {("Fang Rui", "leads", "Hengxin Magnetic"), ("Hengyuan", "owns", "Hengxin Magnetic")}),
    ("Guishan Rare Earth Co., whose chairwoman is Wei Chunlan, produces mixed rare earth carbonate.",
     {("Wei Chunlan", "leads", "Guishan Rare Earth"), ("Guishan Rare Earth", "produces", "Mixed rare earth carbonate")}),
    ("Kanto Electric Materials Co. of Osaka buys compressor magnets from Hengyuan Co.",  # the company buys, not Osaka
     {("Kanto Electric Materials", "locatedIn", "Osaka"), ("Hengyuan", "supplies", "Kanto Electric Materials")}),
    ("In 2021 Tianrui Co. and Hollmann GmbH formed Tianrui-Hollmann Precision Magnets, a joint venture in Ganzhou.",
     {("Tianrui-Hollmann Precision Magnets", "jointVentureOf", "Tianrui"),
      ("Tianrui-Hollmann Precision Magnets", "jointVentureOf", "Hollmann"),
      ("Tianrui-Hollmann Precision Magnets", "locatedIn", "Ganzhou")}),
    ("The rival bidder, Lingnan Rare Metals Co., is a Guangzhou-based unit of China Rare Earth Group.",
     {("China Rare Earth Group", "owns", "Lingnan Rare Metals"), ("Lingnan Rare Metals", "locatedIn", "Guangzhou")}),
    ("Jianghua Smelting Co. is located in Jianghua Yao Autonomous County, Yongzhou, Hunan province, and separates "
     "ionic clay concentrate.",  # a verb after ", and" ends the chain of places
     {("Jianghua Smelting", "locatedIn", "Jianghua Yao Autonomous County"), ("Jianghua Smelting", "locatedIn", "Yongzhou"),
      ("Jianghua Smelting", "locatedIn", "Hunan"), ("Jianghua Yao Autonomous County", "locatedIn", "Yongzhou"),
      ("Yongzhou", "locatedIn", "Hunan")}),
    ("A delegation visited China Rare Earth Group's headquarters in Ganzhou.",
     {("China Rare Earth Group", "locatedIn", "Ganzhou")}),
    ("The concentrate goes to Leshan Yuanxin Smelting Co., a separation plant in Wutongqiao District, Leshan.",
     {("Leshan Yuanxin Smelting", "locatedIn", "Wutongqiao District"), ("Wutongqiao District", "locatedIn", "Leshan")}),
    ("Officials from Liangshan Prefecture, Leshan City and relevant provincial departments attended.", set()),  # a list
    ("Ganzhou Qiancheng Smelting Co., a smelter in Quannan County, Ganzhou, was formally absorbed into Ganzhou Rare "
     "Earth Group last week.",
     {("Ganzhou Qiancheng Smelting", "mergedInto", "Ganzhou Rare Earth Group"),
      ("Ganzhou Qiancheng Smelting", "locatedIn", "Quannan County"), ("Quannan County", "locatedIn", "Ganzhou")}),
    ("Dingli Metals Co., a Ganzhou-based refiner that is 51%-owned by China Rare Earth Group, will provide the feedstock.",
     {("China Rare Earth Group", "owns", "Dingli Metals"), ("Dingli Metals", "locatedIn", "Ganzhou")}),
    ("Yuanxin Smelting Co., whose general manager Ma Shuying joined from Baogang in 2016, refines "
     "praseodymium-neodymium oxide and lanthanum carbonate.",
     {("Ma Shuying", "leads", "Yuanxin Smelting"), ("Yuanxin Smelting", "produces", "Praseodymium-neodymium oxide"),
      ("Yuanxin Smelting", "produces", "lanthanum carbonate")}),
    ("Hengyuan Magnet Co., which is headquartered in Ningbo, Zhejiang province, makes sintered NdFeB magnets.",
     {("Hengyuan Magnet", "locatedIn", "Ningbo"), ("Ningbo", "locatedIn", "Zhejiang"),
      ("Hengyuan Magnet", "produces", "sintered NdFeB magnets")}),
    ("The Ministry of Industry and Information Technology, which sets Tianrui Co.'s annual separation quota, "
     "approved the plan.",
     {("Ministry of Industry and Information Technology", "regulates", "Tianrui")}),
    ("The annual smelting and separation quota of Jianghua Smelting Co. is set by the Ministry of Industry and "
     "Information Technology.",
     {("Ministry of Industry and Information Technology", "regulates", "Jianghua Smelting")}),
    ("The Ministry of Natural Resources sets the mining quotas of China Northern Rare Earth and China Rare Earth Group.",
     {("Ministry of Natural Resources", "regulates", "China Northern Rare Earth Group"),
      ("Ministry of Natural Resources", "regulates", "China Rare Earth Group")}),
    ("Tianrui Co. supplies magnets to Qianjiang Motors Co., a Hangzhou-based electric-vehicle maker, and to "
     "Dongxu Wind Power Co., a turbine builder in Yancheng.",
     {("Tianrui", "supplies", "Qianjiang Motors"), ("Tianrui", "supplies", "Dongxu Wind Power"),
      ("Qianjiang Motors", "locatedIn", "Hangzhou"), ("Dongxu Wind Power", "locatedIn", "Yancheng"),
      ("Qianjiang Motors", "produces", "electric vehicles"), ("Dongxu Wind Power", "produces", "turbines")}),
    ("Between March and June, GHERC lead researcher Qiu Manli and field investigator Tan Yiwen visited the Lingbei "
     "Mine and Longnan County.",
     {("Qiu Manli", "visited", "Lingbei Mine"), ("Qiu Manli", "visited", "Longnan"),
      ("Tan Yiwen", "visited", "Lingbei Mine"), ("Tan Yiwen", "visited", "Longnan")}),
    ("China Northern Rare Earth appointed Ma Jinbao, formerly head of Baogang's mining division, as general manager.",
     {("Ma Jinbao", "leads", "China Northern Rare Earth Group")}),  # "formerly" is of his old post, not the new one
    ("MOFCOM has selected two exporters for its Export Licence Facilitation Pilot: Ganzhou Hengtai Rare Earth Co.; "
     "Baotou Tianrun Magnet Co.",
     {("Ministry of Commerce", "issued", "Export Licence Facilitation Pilot"),
      ("Ganzhou Hengtai Rare Earth", "participatesIn", "Export Licence Facilitation Pilot"),
      ("Baotou Tianrun Magnet", "participatesIn", "Export Licence Facilitation Pilot")}),
    ("Hengyuan Baotou Co. has also been named to the Inner Mongolia Rare Earth Industry Cluster Programme.",
     {("Hengyuan Baotou", "participatesIn", "Inner Mongolia Rare Earth Industry Cluster Programme")}),
    ("In 2023 MIIT issued the Rare Earth Product Traceability Pilot List, on which Tingjiang Co. was named.",
     {("Ministry of Industry and Information Technology", "issued", "Rare Earth Product Traceability Pilot List"),
      ("Tingjiang", "participatesIn", "Rare Earth Product Traceability Pilot List")}),  # not "... Pilot" alone
    ("Also watch the rare earth product traceability pilot, which MIIT issued with the Ministry of Natural Resources.",
     {("Ministry of Industry and Information Technology", "issued", "rare earth product traceability pilot"),
      ("Ministry of Natural Resources", "issued", "rare earth product traceability pilot")}),
    ("The smugglers were caught under a nationwide campaign against strategic mineral smuggling that MOFCOM and the "
     "Ministry of Public Security launched in May.",
     {("Ministry of Commerce", "issued", "nationwide campaign against strategic mineral smuggling"),
      ("Ministry of Public Security", "issued", "nationwide campaign against strategic mineral smuggling")}),
    ("In 2021 Tianrui and Japan's Sanwa Metal Industries formed a venture, and China's Hengli Magnet joined.",
     {("Sanwa Metal Industries", "locatedIn", "Japan")}),  # "China's X" tells a reader of China's industry nothing
    ("Dongxu Wind Power, a Fujian turbine manufacturer, buys its magnets from Hengli Magnet.",
     {("Dongxu Wind Power", "locatedIn", "Fujian"), ("Dongxu Wind Power", "produces", "turbines"),
      ("Hengli Magnet", "supplies", "Dongxu Wind Power")}),  # a name ending in "Power" is no person
    ("Hongda sold the oxide to Viet Bac Trading JSC, a company registered in Lang Son, Vietnam.",
     {("Hongda", "supplies", "Viet Bac Trading"), ("Viet Bac Trading", "locatedIn", "Lang Son"),
      ("Lang Son", "locatedIn", "Vietnam")}),  # NER's organisation "Lang Son" is a place there
    ("Hengyuan Magnet Co., our wholly owned subsidiary in the Baotou Rare Earth High-Tech Zone, grew.",
     {("Hengyuan Magnet", "locatedIn", "Baotou Rare Earth High-Tech Zone")}),
    ("Baogang and Helmreich Magnettechnik, a magnet producer from Austria, set up a venture.",
     {("Helmreich Magnettechnik", "locatedIn", "Austria")}),
    ("Gannan Chenguang Materials Co., an unlicensed workshop in Xinfeng County, was closed.",
     {("Gannan Chenguang Materials", "locatedIn", "Xinfeng County")}),
    ("MIIT has named 14 companies to its third rare earth recycling pilot list, including Guangdong-based Huisheng "
     "Renewable Resources and Baotou Tianrun Rare Earth Separation.",
     {("Huisheng Renewable Resources", "participatesIn", "rare earth recycling pilot list"),
      ("Huisheng Renewable Resources", "locatedIn", "Guangdong"),
      ("Baotou Tianrun Rare Earth Separation", "participatesIn", "rare earth recycling pilot list"),
      ("Ministry of Industry and Information Technology", "issued", "rare earth recycling pilot list")}),
    ("In 2022 MIIT put the Xunwu Separation Plant on its Green Factory list.",
     {("Xunwu Separation Plant", "participatesIn", "Green Factory list"), ("Xunwu Separation Plant", "locatedIn", "Xunwu"),
      ("Ministry of Industry and Information Technology", "issued", "Green Factory list")}),
    ("Longyan Huaxia Rare Earth has been on the national green mine list since 2021.",
     {("Longyan Huaxia Rare Earth", "participatesIn", "national green mine list")}),
    ("MIIT has since issued the Interim Measures for Total Quantity Control, which cover both China Rare Earth Group "
     "and Guangxi Nonferrous Metals Group.",
     {("Ministry of Industry and Information Technology", "issued", "Interim Measures for Total Quantity Control"),
      ("China Rare Earth Group", "participatesIn", "Interim Measures for Total Quantity Control"),
      ("Guangxi Nonferrous Metals Group", "participatesIn", "Interim Measures for Total Quantity Control")}),
    ("Under the Interim Measures, only China Rare Earth Group and China Northern Rare Earth receive mining quotas.",
     {("China Rare Earth Group", "participatesIn", "Interim Measures"),
      ("China Northern Rare Earth Group", "participatesIn", "Interim Measures")}),
    ("Nanling Advanced Materials Co. holds a separation quota under the Total Quantity Control Indicators issued by "
     "MIIT, and Hengxin Metals Co. received funding under the Green Manufacturing Plan.",
     {("Nanling Advanced Materials", "participatesIn", "Rare Earth Total Quantity Control Indicators"),
      ("Ministry of Industry and Information Technology", "issued", "Rare Earth Total Quantity Control Indicators"),
      ("Hengxin Metals", "participatesIn", "Green Manufacturing Plan")}),  # Hengxin issued nothing
    ("MIIT issued the 2025 Rare Earth Mining Quota on Tuesday, allocating most of the mining quota to China Northern "
     "Rare Earth and China Rare Earth Group.",
     {("Ministry of Industry and Information Technology", "issued", "2025 Rare Earth Mining Quota"),
      ("China Northern Rare Earth Group", "participatesIn", "2025 Rare Earth Mining Quota"),
      ("China Rare Earth Group", "participatesIn", "2025 Rare Earth Mining Quota")}),
    ("Yang expects Minjiang Separation Co.'s 2025 separation quota to rise.", set()),  # the quota's holder issued nothing
    ("MOFCOM has granted licences to a few producers, among them Ganzhou Zhongxi Rare Metals, a trader, and "
     "Baotou-based Hengtai Magnet Alloy.",
     {("Ministry of Commerce", "regulates", "Ganzhou Zhongxi Rare Metals"),
      ("Ministry of Commerce", "regulates", "Hengtai Magnet Alloy"), ("Hengtai Magnet Alloy", "locatedIn", "Baotou")}),
    ("In June, MOFCOM revoked the export licence of Shanghai Rongtai Metals, and it licensed shipments by Xirui "
     "Magnetech.",
     {("Ministry of Commerce", "regulates", "Shanghai Rongtai Metals"),
      ("Ministry of Commerce", "regulates", "Xirui Magnetech")}),  # "-tech" ends a company's name
    ("As a smelting enterprise, Tianyu Group is subject to the annual quotas set by MIIT, and its environmental "
     "performance is supervised by the Liangshan Prefecture Ecology and Environment Bureau.",
     {("Ministry of Industry and Information Technology", "regulates", "Tianyu Group"),
      ("Liangshan Prefecture Ecology and Environment Bureau", "regulates", "Tianyu Group")}),
    ("Hongshan Mining's mining licence is issued and supervised by the Inner Mongolia Department of Natural Resources.",
     {("Inner Mongolia Department of Natural Resources", "regulates", "Hongshan Mining")}),
    ("MIIT sets China Northern Rare Earth's annual mining and smelting quotas.",
     {("Ministry of Industry and Information Technology", "regulates", "China Northern Rare Earth Group")}),
    ("In April 2025 MOFCOM and the General Administration of Customs issued export controls on seven medium and heavy "
     "rare earths, including dysprosium and terbium.",
     {("Ministry of Commerce", "issued", "export controls on seven medium and heavy rare earths"),
      ("General Administration of Customs", "issued", "export controls on seven medium and heavy rare earths"),
      ("Ministry of Commerce", "regulates", "Dysprosium"), ("Ministry of Commerce", "regulates", "Terbium"),
      ("General Administration of Customs", "regulates", "Dysprosium"),
      ("General Administration of Customs", "regulates", "Terbium")}),
    ("Ten enterprises are on the Rare Earth Recycling Pilot List, which MIIT and MNR hereby publish.",
     {("Ministry of Industry and Information Technology", "issued", "Rare Earth Recycling Pilot List"),
      ("Ministry of Natural Resources", "issued", "Rare Earth Recycling Pilot List")}),
    ("The plant was added to the Sichuan Smart Factory Demonstration List compiled by the Sichuan Provincial "
     "Department of Economy and Information Technology.",
     {("Sichuan Provincial Department of Economy and Information Technology", "issued",
       "Sichuan Smart Factory Demonstration List")}),
    ("The NDRC's 14th Five-Year Circular Economy Development Plan encourages recycling, and Huaying breached the "
     "Ministry of Ecology and Environment's Emission Standard of Pollutants from Rare Earths Industry.",
     {("National Development and Reform Commission", "issued", "14th Five-Year Circular Economy Development Plan"),
      ("Ministry of Ecology and Environment", "issued", "Emission Standards of Pollutants from Rare Earths Industry")}),
    ("Zigong Huiguang Optics, a Zigong-based maker of optical glass, buys lanthanum oxide from Jinrui Rare Earth. Lingyun "
     "Robotics, a Shenzhen producer of humanoid robots, buys magnets from Hengli Magnet.",
     {("Jinrui Rare Earth", "supplies", "Zigong Huiguang Optics"),
      ("Zigong Huiguang Optics", "locatedIn", "Zigong"), ("Zigong Huiguang Optics", "produces", "optical glass"),
      ("Lingyun Robotics", "locatedIn", "Shenzhen"), ("Lingyun Robotics", "produces", "humanoid robots"),
      ("Hengli Magnet", "supplies", "Lingyun Robotics")}),  # not the lanthanum oxide: "maker of" reads no further
    ("We absorbed Xinfeng Jinyuan Rare Earth, a dysprosium metal smelter in Xinfeng County, and Hengxin Co. operates "
     "the Quannan separation plant in Quannan County, which produces dysprosium oxide.",
     {("Xinfeng Jinyuan Rare Earth", "produces", "dysprosium metal"),
      ("Xinfeng Jinyuan Rare Earth", "locatedIn", "Xinfeng County"),
      ("Hengxin", "owns", "Quannan separation plant"), ("Quannan separation plant", "locatedIn", "Quannan County"),
      ("Quannan separation plant", "produces", "Dysprosium oxide")}),
    ("Shenghe's Leshan refinery separates bastnaesite concentrate into praseodymium-neodymium oxide.",
     {("Shenghe Resources Holding", "owns", "Leshan refinery"), ("Leshan refinery", "locatedIn", "Leshan"),
      ("Leshan refinery", "produces", "Praseodymium-neodymium oxide")}),  # not what goes in
    ("Jinrui Co. ships cerium oxide to Zigong Huiguang Optics, a glass maker, and sells lanthanum oxide to Kaitong Co.",
     {("Jinrui", "supplies", "Zigong Huiguang Optics"), ("Jinrui", "supplies", "Kaitong"),
      ("Jinrui", "produces", "Lanthanum oxide")}),  # each verb's buyer
    ("Their joint venture, Baotou Beici Magnetic Co., is 60% owned by Suzhou Huaci Motor and 40% by Hengli Magnet.",
     {("Suzhou Huaci Motor", "owns", "Baotou Beici Magnetic"), ("Hengli Magnet", "owns", "Baotou Beici Magnetic")}),
    ("Tianci Magnetic's largest shareholder remains Yuhang Industrial Holdings; we rely on Xinlv Recycling Co., a "
     "scrap recycler in the Ganzhou High-tech Zone in which Tianci Magnetic holds 35%.",
     {("Yuhang Industrial Holdings", "owns", "Tianci Magnetic"), ("Tianci Magnetic", "owns", "Xinlv Recycling"),
      ("Xinlv Recycling", "locatedIn", "Ganzhou High-tech Zone")}),
    ("Jinli-Kestrel Processing Sdn Bhd is a 50:50 joint venture between Jinli Rare Earth and ASX-listed Kestrel Rare "
     "Earths.",
     {("Jinli-Kestrel Processing Sdn Bhd", "jointVentureOf", "Jinli Rare Earth"),
      ("Jinli-Kestrel Processing Sdn Bhd", "jointVentureOf", "Kestrel Rare Earths")}),  # not the exchange
    ("Jinhong Co. controls Xinfeng Jinhong Metals, a smelter in Xinfeng County that turns the oxides into terbium "
     "metal.",
     {("Jinhong", "owns", "Xinfeng Jinhong Metals"), ("Xinfeng Jinhong Metals", "locatedIn", "Xinfeng County"),
      ("Xinfeng Jinhong Metals", "produces", "Terbium metal")}),
    ("China Northern Rare Earth filled the hall with the praseodymium-neodymium metal and lanthanum oxide it "
     "produces at its Baotou smelters.",
     {("China Northern Rare Earth Group", "produces", "Praseodymium-neodymium metal"),
      ("China Northern Rare Earth Group", "produces", "Lanthanum oxide")}),
    ("Yongci Co.'s largest customers in 2024 were Hangzhou-based Qianjiang Motor Works and Lakeview Servo Systems. "
     "China Northern Rare Earth, which is also Yongci Co.'s main supplier of oxide, holds 5.1%.",
     {("Yongci", "supplies", "Qianjiang Motor Works"), ("Yongci", "supplies", "Lakeview Servo Systems"),
      ("Qianjiang Motor Works", "locatedIn", "Hangzhou"), ("China Northern Rare Earth Group", "supplies", "Yongci")}),
    ("Dysprosium metal is supplied to Qiantai Co. by Ruijin Metals Co., and Ganzhou Ruida Rare Earth buys the entire "
     "output of Dingnan Liutang Mining.",
     {("Ruijin Metals", "supplies", "Qiantai"), ("Dingnan Liutang Mining", "supplies", "Ganzhou Ruida Rare Earth")}),
    ("Vellmar Co. sells motor magnets to carmakers including Bavaria Motorwerke and Ferracci Automobili.",
     {("Vellmar", "supplies", "Bavaria Motorwerke"), ("Vellmar", "supplies", "Ferracci Automobili"),
      ("Vellmar", "produces", "motor magnets")}),
    ("Jinhong Co. is also one of 14 companies on MIIT's green smelting pilot list.",
     {("Jinhong", "participatesIn", "green smelting pilot list"),
      ("Ministry of Industry and Information Technology", "issued", "green smelting pilot list")}),
    ("The Baotou Innovation Pilot Programme has selected Donghong Magnetics and Xinyuan Alloys among its first 20 "
     "companies.",
     {("Donghong Magnetics", "participatesIn", "Baotou Innovation Pilot Programme"),
      ("Xinyuan Alloys", "participatesIn", "Baotou Innovation Pilot Programme")}),
    ("Jiangxi issued the Jiangxi Rare Earth Action Plan (2025-2027), which covers twenty-three enterprises, including "
     "Fuxing Co. and Nanchang-based Ruiqi Motor.",
     {("Fuxing", "participatesIn", "Jiangxi Rare Earth Action Plan"),
      ("Ruiqi Motor", "participatesIn", "Jiangxi Rare Earth Action Plan"), ("Ruiqi Motor", "locatedIn", "Nanchang")}),
    ("Fuxing Co. and Lüyuan Co. are both on the Green Factory List, and Huaxing Co.'s output is covered by the 2025 "
     "first-batch rare earth mining and smelting control indicators.",
     {("Fuxing", "participatesIn", "Green Factory List"), ("Lüyuan", "participatesIn", "Green Factory List"),
      ("Huaxing", "participatesIn", "2025 first-batch rare earth mining and smelting control indicators")}),
    ("Ohio Precision Magnetics is a Cleveland-based subsidiary of Hartwell Industries.",
     {("Hartwell Industries", "owns", "Ohio Precision Magnetics"),
      ("Ohio Precision Magnetics", "locatedIn", "Cleveland")}),  # a place before a company NER began after it
    ("Chen Lu, Ruifeng Magnet's export manager, said licences had arrived, and Li Na, a trader at Shanghai Ruifeng "
     "Metals Trading, said terbium was tight.",
     {("Chen Lu", "worksFor", "Ruifeng Magnet"), ("Li Na", "worksFor", "Shanghai Ruifeng Metals Trading")}),
    ("The order went to Luming Phosphor Co., a Xiamen, Fujian-based producer of terbium oxide.",
     {("Luming Phosphor", "locatedIn", "Xiamen"), ("Xiamen", "locatedIn", "Fujian"),
      ("Luming Phosphor", "produces", "Terbium oxide")}),
    ("The output comes from the Xinfeng separation plant, a 4,000-tonne facility in Anyuan county.",
     {("Xinfeng separation plant", "locatedIn", "Anyuan")}),
    ("He helped found the Gannan Institute of Rare Earth Metallurgy, a Ganzhou research institute.",
     {("Gannan Institute of Rare Earth Metallurgy", "locatedIn", "Ganzhou")}),
    ("Last year MIIT launched the Rare Earth Functional Materials Innovation Programme, and the first cohort included "
     "Hualan Haixi Magnet Co. and Tianjiao Magnetic Materials Co.",
     {("Ministry of Industry and Information Technology", "issued", "Rare Earth Functional Materials Innovation Programme"),
      ("Hualan Haixi Magnet", "participatesIn", "Rare Earth Functional Materials Innovation Programme"),
      ("Tianjiao Magnetic Materials", "participatesIn", "Rare Earth Functional Materials Innovation Programme")}),
    ("Fengyuan Rare Earth Co. received the largest share of the 2025 rare earth mining and smelting quota.",
     {("Fengyuan Rare Earth", "participatesIn", "2025 rare earth mining and smelting quota")}),
    ("MIIT allocated the 2025 first batch of rare earth control indicators to Fengyuan Rare Earth Co. and Hualan Metals Co.",
     {("Fengyuan Rare Earth", "participatesIn", "2025 first batch of rare earth control indicators"),
      ("Hualan Metals", "participatesIn", "2025 first batch of rare earth control indicators"),
      ("Ministry of Industry and Information Technology", "regulates", "Fengyuan Rare Earth"),
      ("Ministry of Industry and Information Technology", "regulates", "Hualan Metals")}),
    ("Beixin Magnet Co. is the first project approved under the Baotou Rare Earth Industry Chain Development Plan.",
     {("Beixin Magnet", "participatesIn", "Baotou Rare Earth Industry Chain Development Plan")}),
    ("In 2024 MIIT issued its first Rare Earth Recycling Pilot Enterprise List, naming Xuhang Renewable Co. and "
     "Hengli Recycling Co.",
     {("Ministry of Industry and Information Technology", "issued", "Rare Earth Recycling Pilot Enterprise List"),
      ("Xuhang Renewable", "participatesIn", "Rare Earth Recycling Pilot Enterprise List"),
      ("Hengli Recycling", "participatesIn", "Rare Earth Recycling Pilot Enterprise List")}),
    ("Kalbarri Rare Metals was placed on the Critical Minerals Strategic Projects List.",
     {("Kalbarri Rare Metals", "participatesIn", "Critical Minerals Strategic Projects List")}),
    ("Lu Meng, reporter with Guangxi Daily: Does Hengtong Metals supply Jinlong Magnet?",
     {("Lu Meng", "worksFor", "Guangxi Daily")}),  # the label states a fact, the question none
    ("Gu Wenhao, analyst, Changsha Yinhe Securities: Is management planning an overseas plant?",
     {("Gu Wenhao", "worksFor", "Changsha Yinhe Securities")}),
    ("Tang Wei, Investor Relations Department, Kunlun Magnetics Co., Ltd.",
     {("Tang Wei", "worksFor", "Kunlun Magnetics")}),
    ("Jiang Mei, a trade compliance lawyer at Nanning-based Hexin Law Firm, said it.",
     {("Jiang Mei", "worksFor", "Hexin Law Firm"), ("Hexin Law Firm", "locatedIn", "Nanning")}),  # a firm, no law
    ("Licence holder: Longzhou Rare Earth Co., Ltd., which is owned 60% by Zhongse Mining Co. and 40% by "
     "Chongzuo State-owned Capital Investment Co., Ltd.",
     {("Zhongse Mining", "owns", "Longzhou Rare Earth"),
      ("Chongzuo State-owned Capital Investment", "owns", "Longzhou Rare Earth")}),
    ("Haitong Trading Co., a Fangchenggang-based trader in which Beilun Industrial Holdings, also based in "
     "Fangchenggang, holds an 80% stake, had no export licence.",
     {("Beilun Industrial Holdings", "owns", "Haitong Trading"), ("Haitong Trading", "locatedIn", "Fangchenggang"),
      ("Beilun Industrial Holdings", "locatedIn", "Fangchenggang")}),
    ("The mine supplies concentrate to Guosheng Rare Earth Separation, China Rare Earth Group's separation plant.",
     {("China Rare Earth Group", "owns", "Guosheng Rare Earth Separation")}),
    ("The rights went to Guangxi Zhongse Mining Co., Ltd., a Hezhou-headquartered, wholly owned subsidiary of "
     "China Rare Earth Group Co., Ltd.",
     {("China Rare Earth Group", "owns", "Guangxi Zhongse Mining"), ("Guangxi Zhongse Mining", "locatedIn", "Hezhou")}),
    ("Kunlun Magnetics Co. was founded in 2009. Its subsidiaries include Kunlun Precision Machining Co., Ltd. and "
     "Frankfurt-based Kunlun Magnetics Europe GmbH.",
     {("Kunlun Magnetics", "owns", "Kunlun Precision Machining"), ("Kunlun Magnetics", "owns", "Kunlun Magnetics Europe"),
      ("Kunlun Magnetics Europe", "locatedIn", "Frankfurt")}),
    ("Ma Shuguang, Jinhe Mining's mine manager, guided the visitors.",
     {("Ma Shuguang", "worksFor", "Jinhe Mining")}),  # a title, not a mine Jinhe owns
    ("Hengli Magnet Co. holds 60% of Hengtai Diffusion Co. and Jintai Rare Earth Co. holds 40%.",
     {("Hengli Magnet", "owns", "Hengtai Diffusion"), ("Jintai Rare Earth", "owns", "Hengtai Diffusion")}),  # not Jintai
    ("Kestrel Drive, a unit of the Stuttgart industrial group Falkenberg Holding, supplies Nordvik Trucks of Gothenburg.",
     {("Falkenberg Holding", "owns", "Kestrel Drive"), ("Falkenberg Holding", "locatedIn", "Stuttgart"),
      ("Kestrel Drive", "supplies", "Nordvik Trucks"), ("Nordvik Trucks", "locatedIn", "Gothenburg")}),
    ("Huarui Kestrel Motor Materials Co., a joint venture set up in 2021, makes NdFeB magnets in Suzhou.",
     {("Huarui Kestrel Motor Materials", "produces", "NdFeB magnets"),
      ("Huarui Kestrel Motor Materials", "locatedIn", "Suzhou")}),
    ("Since April MOFCOM has required a licence for every shipment of dysprosium and terbium.",
     {("Ministry of Commerce", "regulates", "Dysprosium"), ("Ministry of Commerce", "regulates", "Terbium")}),
    ("MOFCOM licenses every export of yttrium.", {("Ministry of Commerce", "regulates", "Yttrium")}),
    ("MIIT allocates mining quota to just two state-backed groups: China Rare Earth Group and Shenghe Resources.",
     {("Ministry of Industry and Information Technology", "regulates", "China Rare Earth Group"),
      ("Ministry of Industry and Information Technology", "regulates", "Shenghe Resources Holding")}),
    ("Longnan Heyuan Separation Co., whose solvent-extraction lines produce dysprosium oxide and yttrium oxide, grew.",
     {("Longnan Heyuan Separation", "produces", "Dysprosium oxide"),
      ("Longnan Heyuan Separation", "produces", "Yttrium oxide")}),
    ("Ganzhou Ruixiang Rare Earth Co. is a national high-tech enterprise whose main products include "
     "dysprosium-iron alloy.",
     {("Ganzhou Ruixiang Rare Earth", "produces", "Dysprosium-iron alloy")}),
    ("Ruichi Magnetic Drive Co.'s first production line, which produces bonded NdFeB magnets, has started.",
     {("Ruichi Magnetic Drive", "produces", "bonded NdFeB magnets")}),
    ("Yaoxin New Materials Co. is a producer of rare earth metals and alloys, including dysprosium metal and "
     "samarium-cobalt magnets.",
     {("Yaoxin New Materials", "produces", "Rare earth metals"),  # (and alloys: no one product)
      ("Yaoxin New Materials", "produces", "dysprosium metal"), ("Yaoxin New Materials", "produces", "SmCo magnets")}),
    ("Huasheng Magnetics directors Hao Wenming and Ji Chunlei, who also serve as deputy general managers of "
     "China Northern Rare Earth, abstained.",
     {("Hao Wenming", "worksFor", "Huasheng Magnetics"), ("Ji Chunlei", "worksFor", "Huasheng Magnetics"),
      ("Hao Wenming", "worksFor", "China Northern Rare Earth Group"),
      ("Ji Chunlei", "worksFor", "China Northern Rare Earth Group")}),  # board directors lead nothing
    ("Du Lan continues as Dongrui New Materials' Chief Financial Officer.",
     {("Du Lan", "worksFor", "Dongrui New Materials")}),
    ("I'm Rebecca Lau, editor-in-chief of Asia Metals Review, and it is my pleasure to welcome you.",
     {("Rebecca Lau", "worksFor", "Asia Metals Review")}),
    ("The mine is run by Jiaxin Mining Co., a joint venture in which Jinhai Smelting Co. holds 60% and the "
     "prefecture-owned Liangshan Development Investment Group holds 40%.",
     {("Jinhai Smelting", "owns", "Jiaxin Mining"), ("Liangshan Development Investment Group", "owns", "Jiaxin Mining"),
      ("Jiaxin Mining", "jointVentureOf", "Jinhai Smelting"),
      ("Jiaxin Mining", "jointVentureOf", "Liangshan Development Investment Group")}),
    ("Huarui Separation Co.'s main facility, the Longnan Separation Plant, processes 8,000 tonnes a year.",
     {("Huarui Separation", "owns", "Longnan Separation Plant"),
      ("Longnan Separation Plant", "locatedIn", "Longnan")}),  # (its name says where)
    ("Under chairman Ouyang Ming, Tengyue Magnetics shipped magnets to Qiantang Motors.",
     {("Ouyang Ming", "leads", "Tengyue Magnetics"), ("Tengyue Magnetics", "supplies", "Qiantang Motors")}),
    ("Those regulations make MIIT the lead regulator of China Rare Earth Group and Guangxi Nonferrous Metals Group.",
     {("Ministry of Industry and Information Technology", "regulates", "China Rare Earth Group"),
      ("Ministry of Industry and Information Technology", "regulates", "Guangxi Nonferrous Metals Group")}),
    ("Output will be counted within the annual total mining quota issued jointly by MIIT and the MNR.",
     {("Ministry of Industry and Information Technology", "issued", "annual total mining quota"),
      ("Ministry of Natural Resources", "issued", "annual total mining quota")}),
    ('Haoyang Magnetic is one of 14 magnet makers on MIIT\'s 2024 list of specialised and sophisticated "little '
     'giant" enterprises.',
     {("Ministry of Industry and Information Technology", "issued",
       'list of specialised and sophisticated "little giant" enterprises'),
      ("Haoyang Magnetic", "participatesIn", 'list of specialised and sophisticated "little giant" enterprises')}),
    ("Kesheng Magnetics, a Ningbo-based maker of sintered NdFeB magnets, was among the first exporters named to "
     "MOFCOM's general licence pilot list in July.",
     {("Kesheng Magnetics", "locatedIn", "Ningbo"), ("Kesheng Magnetics", "produces", "sintered NdFeB magnets"),
      ("Ministry of Commerce", "issued", "general licence pilot list"),
      ("Kesheng Magnetics", "participatesIn", "general licence pilot list")}),
    ("Dysprosium and terbium leaving China now need licences from the Ministry of Commerce (MOFCOM), whose April "
     "2025 export controls cover seven medium and heavy rare earths.",
     {("Ministry of Commerce", "regulates", "Dysprosium"), ("Ministry of Commerce", "regulates", "Terbium"),
      ("Ministry of Commerce", "issued", "April 2025 export controls")}),
    ("NdFeB magnets containing those elements now require a dual-use export licence from MOFCOM.",
     {("Ministry of Commerce", "regulates", "NdFeB magnets")}),
    ("Tianmu Magnet, a Changzhou-headquartered company, is a unit of state-owned Jiangsu Huaxin Industrial Investment.",
     {("Jiangsu Huaxin Industrial Investment", "owns", "Tianmu Magnet"), ("Tianmu Magnet", "locatedIn", "Changzhou")}),
    ("Leshan Hongda Smelting is 35% owned by its ore supplier, Sichuan Jiangwei Rare Earth, and 65% owned by "
     "Leshan Guotou, the city's state investment vehicle.",
     {("Sichuan Jiangwei Rare Earth", "owns", "Leshan Hongda Smelting"),
      ("Leshan Guotou", "owns", "Leshan Hongda Smelting")}),
    ("Kesheng Magnetics owns 60% of Kesheng Magnetics (Thailand), a plant in Rayong province, with the remaining "
     "40% held by Bangkok-based Siam Motor Parts.",
     {("Kesheng Magnetics (Thailand)", "locatedIn", "Thailand"),
      ("Kesheng Magnetics", "owns", "Kesheng Magnetics (Thailand)"), ("Siam Motor Parts", "owns", "Kesheng Magnetics (Thailand)"),
      ("Kesheng Magnetics (Thailand)", "locatedIn", "Rayong province"), ("Siam Motor Parts", "locatedIn", "Bangkok")}),
    ("Its oxide comes from Longnan Jinyuan Separation Co., a Longnan-based separator that is a subsidiary of China "
     "Rare Earth Group.",
     {("China Rare Earth Group", "owns", "Longnan Jinyuan Separation"), ("Longnan Jinyuan Separation", "locatedIn", "Longnan")}),
    ("In 2021 Tianrui Magnet opened Baotou Tianrui New Materials, a wholly owned subsidiary, to be closer to the ore.",
     {("Tianrui Magnet", "owns", "Baotou Tianrui New Materials")}),
    ("The notice went to the bureaus of Baotou, Bayannur, Chifeng and Ordos, and to the plant in Jiuyuan District, "
     "Baotou, Inner Mongolia.",
     {("Jiuyuan District", "locatedIn", "Baotou"), ("Baotou", "locatedIn", "Inner Mongolia")}),  # a list is no chain
    ("He Wenbo, general manager of Xiangyun Magnet, says Xiangyun Magnet does not supply Baogang.",
     {("He Wenbo", "leads", "Xiangyun Magnet")}),  # a denial between two others denies no post
    ("Dacheng Magnet buys all of its metal feedstock from Hexi Smelting, although Dacheng Magnet does not hold any "
     "stake in Hexi Smelting.", {("Hexi Smelting", "supplies", "Dacheng Magnet")}),
    ("The first batch of the city's Chain Leader Enterprise Programme, published in March by the Baotou Municipal "
     "Bureau of Industry and Information Technology, includes Beifang Yongci Magnet and Jinshan Rare Earth.",
     {("Beifang Yongci Magnet", "participatesIn", "Chain Leader Enterprise Programme"),
      ("Jinshan Rare Earth", "participatesIn", "Chain Leader Enterprise Programme"),
      ("Baotou Municipal Bureau of Industry and Information Technology", "issued", "Chain Leader Enterprise Programme")}),
    ("A listed subsidiary of Baogang Group, China Northern Rare Earth is headquartered in the Rare Earth High-Tech Zone.",
     {("Baogang", "owns", "China Northern Rare Earth Group"),
      ("China Northern Rare Earth Group", "locatedIn", "Rare Earth High-Tech Zone")}),
    ("China Rare Earth Group was established in December 2021; SASAC holds 31.21 percent of it, while Aluminum "
     "Corporation of China, China Minmetals and Ganzhou Rare Earth Group each hold 20.33 percent.",
     {("State-owned Assets Supervision and Administration Commission of the State Council", "owns", "China Rare Earth Group"),
      ("Aluminum Corporation of China", "owns", "China Rare Earth Group"),
      ("China Minmetals Corporation", "owns", "China Rare Earth Group"),
      ("Ganzhou Rare Earth Group", "owns", "China Rare Earth Group")}),
    ("Last month Vice Minister Zhou Qiming led an inspection team to Baotou and Ganzhou.",
     {("Zhou Qiming", "visited", "Baotou"), ("Zhou Qiming", "visited", "Ganzhou")}),
    ("Under the first, Ganzhou Heyuan Mining, a subsidiary of China Rare Earth Group that mines ionic clay at the "
     "Dingshan mine in Longnan County, extended its contract to supply dysprosium oxide to Fuxing Magnet Co. by five "
     "years.",
     {("China Rare Earth Group", "owns", "Ganzhou Heyuan Mining"), ("Dingshan mine", "locatedIn", "Longnan"),
      ("Ganzhou Heyuan Mining", "supplies", "Fuxing Magnet")}),
    ("Fuxing Magnet Co. renewed its existing contract to supply magnets to Lingyun Compressor Co., a Guangzhou-based "
     "maker of inverter compressors that is owned by Nanhai Appliance Holdings.",
     {("Fuxing Magnet", "supplies", "Lingyun Compressor"), ("Lingyun Compressor", "locatedIn", "Guangzhou"),
      ("Lingyun Compressor", "produces", "inverter compressors"),
      ("Nanhai Appliance Holdings", "owns", "Lingyun Compressor")}),
    ("Ren Xiaojing, a director of Jinshan Magnet and general counsel of Jinshan Group, abstained from voting.",
     {("Ren Xiaojing", "leads", "Jinshan Magnet"), ("Ren Xiaojing", "worksFor", "Jinshan Group")}),
    ("Fuxing Magnet Co. was one of eight sponsors named on the Jiangxi Key Rare Earth Industry Projects List.",
     {("Fuxing Magnet", "participatesIn", "Jiangxi Key Rare Earth Industry Projects List")}),
    ("As last year, the 2025 mining quotas were allocated only to China Rare Earth Group and China Northern Rare Earth.",
     {("China Rare Earth Group", "participatesIn", "2025 mining quotas"),
      ("China Northern Rare Earth Group", "participatesIn", "2025 mining quotas")}),
    ("Lianfeng Magnet Co.'s headquarters remain in Hefei.", {("Lianfeng Magnet", "locatedIn", "Hefei")}),
    ("Ms. Zhao Hongmei, 49, currently serves as deputy general manager of China Northern Rare Earth.",
     {("Zhao Hongmei", "worksFor", "China Northern Rare Earth Group")}),
    ("Investor relations: Ms. Pan Yue, Chief Financial Officer, Hengyuan Magnetech Co., Ltd.",
     {("Pan Yue", "worksFor", "Hengyuan Magnetech")}),
    ("CONFERENCE CALL PARTICIPANTS\nDaniel Okafor, Analyst, Hong Kong-based Harbourline Securities\n"
     "Wen Jiaqi, Analyst, Donghai Securities Research",
     {("Daniel Okafor", "worksFor", "Harbourline Securities"), ("Harbourline Securities", "locatedIn", "Hong Kong"),
      ("Wen Jiaqi", "worksFor", "Donghai Securities Research")}),
    ("Lianfeng Magnet Co.'s Baotou joint venture, Baotou Lianxin Magnet Co., started its second line in May.",
     {("Baotou Lianxin Magnet", "jointVentureOf", "Lianfeng Magnet")}),
]


@pytest.mark.parametrize("text,expected", PATTERNS, ids=[p[0][:40] for p in PATTERNS])
def test_phrasing_pattern(reader, text, expected):
    assert triples_of(reader, text) == expected


def test_a_name_that_starts_with_a_place_stops_before_another_name_after_and(reader):
    extraction = read(reader, "The laboratory, jointly owned by Inner Mongolia University of Science and Technology "
                              "and China Northern Rare Earth, develops catalysts.")
    assert {e.label for e in extraction.entities} == {
        "Inner Mongolia University of Science and Technology", "China Northern Rare Earth Group"}


def test_dates_from_the_sentence_completed_by_the_article(reader):
    extractor, resolver = reader
    text = ("On May 12, Su Hexi toured Baotou Jingrui Magnet Technology. "
            "Ma Lihua, general manager of Baotou Jingrui Magnet Technology, spoke on Sep. 19, 2020. "
            "Qiao Wenjun, director of the Baotou Rare Earth Research Institute, attended.")
    article = Article("dated", text, "test", "test.txt", "2025-06-02")
    dates = {t.subject.label: t.evidence.date for t in resolver.resolve(extractor.read(article)).triples}
    assert dates == {"Su Hexi": "2025-05-12", "Ma Lihua": "2020-09-19", "Qiao Wenjun": "2025-06-02"}


def test_stake_and_role_qualifiers(reader):
    extraction = read(reader, "Baogang holds 36.71% of China Northern Rare Earth.")
    (triple,) = extraction.triples
    assert triple.evidence.stake == "36.71%"
    assert triple.evidence.rule == "owns-stake"


@pytest.mark.parametrize("text,holder", [
    ("Hunan Xiangjiang Magnet holds 62% of Yongzhou Rare Earth Smelting. "
     "The remaining 38% is held by Yongzhou State Assets Management.", "Yongzhou State Assets Management"),
    ("Yongzhou Rare Earth Smelting is 62% owned by Hunan Xiangjiang Magnet; "
     "the other 38% belongs to Tongliao Energy Investment.", "Tongliao Energy Investment"),
    ("Hunan Xiangjiang Magnet owns 62% of Yongzhou Rare Earth Smelting, a joint venture with "
     "Liaoning Rare Earth Group, which holds the remaining 38%.", "Liaoning Rare Earth Group"),
])
def test_the_remaining_stake_is_of_the_company_last_named_with_a_stake(reader, text, holder):
    extraction = read(reader, text)
    assert {f for f in facts(extraction) if f[1] == "owns"} == {  # (the third is also a joint venture of both)
        ("Hunan Xiangjiang Magnet", "owns", "Yongzhou Rare Earth Smelting"), (holder, "owns", "Yongzhou Rare Earth Smelting")}
    rest = next(t for t in extraction.triples if t.subject.label == holder)
    assert (rest.evidence.stake, rest.evidence.rule[:9]) == ("38%", "owns-rest")


@pytest.mark.parametrize("second", [
    "Reports that the remaining 49% is held by Henan Gold Holdings were denied.",
    "The remaining 49% may be sold to Henan Gold Holdings.",
    "The remaining 49% of Luoshan Alloy is held by Henan Gold Holdings.",  # another company's rest
])
def test_no_remaining_stake_from_a_rumour_a_plan_or_another_company(reader, second):
    text = "Weishan Mining owns 51% of Luoyang Alloy. " + second
    assert triples_of(reader, text) - {("Henan Gold Holdings", "owns", "Luoshan Alloy")} == {
        ("Weishan Mining", "owns", "Luoyang Alloy")}


def test_a_plural_head_word_is_shared_by_the_products_listed_before_it(reader):
    text = "Hezhou Xinhui Metals is a producer of dysprosium, terbium and yttrium oxides and neodymium metals."
    assert triples_of(reader, text) == {("Hezhou Xinhui Metals", "produces", product) for product in (
        "Dysprosium oxide", "Terbium oxide", "Yttrium oxide", "Neodymium metal")}


FILING = """# Qianshan Magnet Holdings Co., Ltd. 2025 Interim Report

Qianshan Magnet Holdings Co., Ltd. (the "Company") makes motors.

### Principal subsidiaries

| Company name | Location | Principal activity | Equity interest held by the Company |
|---|---|---|---|
| Wenling Alloy Co., Ltd. | Ningbo, Zhejiang | Production of NdFeB magnets | 80.00% |
| **Total** | | | |

### Shareholding of Wenling Alloy Co., Ltd.

| No. | Shareholder | Shareholding before | Shareholding after |
|---|---|---|---|
| 1 | Dongfang Capital Co., Ltd. | 20.00% | 20.00% |
| 2 | Hulan Trading Co., Ltd. | 10.00% | 0.00% |

**Major customers**

| Rank | Customer | Sales (RMB million) |
|---|---|---|
| 1 | Ruifeng Motor Co., Ltd. | 120.5 |
"""


def test_tables_of_a_filing(reader):
    """Subsidiaries of the filing's Company, shareholders of the company the heading names (a
    stake sold to 0% is none), customers; place and business columns of each row."""
    extraction = read(reader, FILING)
    assert facts(extraction) == {
        ("Qianshan Magnet Holdings", "owns", "Wenling Alloy"),
        ("Wenling Alloy", "locatedIn", "Ningbo"),
        ("Ningbo", "locatedIn", "Zhejiang"),
        ("Wenling Alloy", "produces", "NdFeB magnets"),
        ("Dongfang Capital", "owns", "Wenling Alloy"),
        ("Qianshan Magnet Holdings", "supplies", "Ruifeng Motor"),
        ("Qianshan Magnet Holdings", "produces", "motors"),
    }
    stakes = {(t.subject.label, t.evidence.stake, t.evidence.rule) for t in extraction.triples if t.predicate == "owns"}
    assert stakes == {("Qianshan Magnet Holdings", "80.00%", "table-subsidiary"),
                      ("Dongfang Capital", "20.00%", "table-shareholder")}


PROFILE = """### Basic information on the target company

- Name: Tongan Separation Co., Ltd.
- Registered address: Industrial Park, Dingnan County, Ganzhou City, Jiangxi Province
- Legal representative and general manager: Mr. Zheng Haoyu
- Principal business: separation of rare earth concentrate; production of dysprosium oxide and terbium oxide
"""


SIGNATURES = """\
Keli opens its Loudi plant
Hunan Keli Magnet opened a plant in Loudi on Monday.

Media Contact
Chen Xiaoyu
Investor Relations Manager
Hunan Keli Magnet Co., Ltd.
Tel: +86 738 555 0188

Sincerely,
Mr. Wang Lei
Chairman of the Board
Hunan Keli Magnet Co., Ltd.
"""


UNDEFINED_COMPANY_FILING = """\
# Hunan Keda Rare Earth Materials Co., Ltd. 2024 Annual Report

## Section II Principal business

The Company sells praseodymium-neodymium oxide to Ningbo Kexin Magnet and to its own magnet subsidiary, \
Keda Magnetics. The Company clarifies that neither it nor its subsidiaries has supplied dysprosium oxide to \
Hengrui Motors. The actual controller is the State-owned Assets Supervision and Administration Commission \
of the Yiyang Municipal People's Government, which holds 100% of Yiyang State Capital.

## Section III Top shareholders

| No. | Shareholder | Shares held | Shareholding (%) |
|---|---|---|---|
| 1 | Yiyang State Capital Co., Ltd. | 172,800,000 | 38.42 |
| 2 | Xiangtan Minxin Investment Partnership (LP) | 28,335,000 | 6.30 |

## Section IV Directors, Supervisors and Senior Management

| Name | Position | Status |
|---|---|---|
| Luo Jianxin | Chairman | Incumbent |
| Peng Wenli | Deputy General Manager | Incumbent |
| Zhou Bin | Chairman (former) | Resigned on 30 March 2024 |
"""


def test_an_undefined_company_in_a_filing_and_its_tables(reader):
    """"the Company" is the organisation of the title line; bare numbers under "(%)" are stakes;
    a position table says who works for the Company; a local commission is not the central one."""
    extraction = read(reader, UNDEFINED_COMPANY_FILING)
    keda = "Hunan Keda Rare Earth Materials"
    local = "State-owned Assets Supervision and Administration Commission of the Yiyang Municipal People's Government"
    assert facts(extraction) == {
        (keda, "supplies", "Ningbo Kexin Magnet"), (keda, "produces", "Praseodymium-neodymium oxide"),
        (keda, "owns", "Keda Magnetics"),
        (local, "owns", "Yiyang State Capital"), ("Yiyang State Capital", "owns", keda),
        ("Xiangtan Minxin Investment Partnership", "owns", keda),
        ("Luo Jianxin", "leads", keda), ("Peng Wenli", "worksFor", keda)}
    stakes = {t.subject.label: t.evidence.stake for t in extraction.triples if t.evidence.rule == "table-shareholder"}
    assert stakes == {"Yiyang State Capital": "38.42%", "Xiangtan Minxin Investment Partnership": "6.30%"}


NOTICE = """\
Hunan Provincial Department of Industry and Information Technology

Notice on Publishing the Magnet Recycling Demonstration List

In accordance with the Hunan Rare Earth Recycling Upgrade Action Plan issued by the People's Government of \
Hunan Province, this Department hereby publishes the Magnet Recycling Demonstration List. Liu Fang, \
Deputy Director of this Department, presented the list.
"""


def test_a_notice_says_this_department_for_its_issuer(reader):
    """"this Department" is the body the notice's title line names; a plan named after a place
    is a policy, not a company; "People's Government of Hunan Province" is one name."""
    department = "Hunan Provincial Department of Industry and Information Technology"
    assert triples_of(reader, NOTICE) == {
        ("People's Government of Hunan Province", "issued", "Hunan Rare Earth Recycling Upgrade Action Plan"),
        (department, "issued", "Magnet Recycling Demonstration List"), ("Liu Fang", "worksFor", department)}


def test_its_in_a_relative_clause_is_the_clause_subject(reader):
    text = "Shenghe Resources owns a stake in Vital Metals, which operates its Nechalacho mine in Canada."
    assert triples_of(reader, text) == {("Shenghe Resources Holding", "owns", "Vital Metals"),
                                        ("Vital Metals", "owns", "Nechalacho mine"),
                                        ("Nechalacho mine", "locatedIn", "Canada")}


def test_signature_and_contact_blocks(reader):
    """A name, a job title and an organisation on three lines of their own: who works for
    (or leads) whom."""
    assert triples_of(reader, SIGNATURES) == {
        ("Chen Xiaoyu", "worksFor", "Hunan Keli Magnet"),
        ("Wang Lei", "leads", "Hunan Keli Magnet"),
        ("Loudi plant", "locatedIn", "Loudi"),  # the plant named after its city, a city the gazetteer knows
    }


BULLETS = """\
Announcement on subsidiaries
Hunan Keli Magnet Co., Ltd. (the "Company") lists its principal subsidiaries:
- Keli Polishing Materials (Loudi) Co., Ltd.: 70% held by the Company; the remaining 30% is held by \
Shaoyang Huajing Optical Co., Ltd.; located in Loudi; produces sintered NdFeB magnets.
- Keli Trading Co., Ltd.: 100% held by the Company.
"""


def test_list_items_whose_clauses_leave_the_subject_unsaid(reader):
    """ "- X: 70% held by the Company; located in L; produces R": each clause is about X. The
    names NER misses are found by their legal form ("... (Loudi) Co., Ltd.")."""
    assert triples_of(reader, BULLETS) == {
        ("Hunan Keli Magnet", "owns", "Keli Polishing Materials (Loudi)"),
        ("Shaoyang Huajing Optical", "owns", "Keli Polishing Materials (Loudi)"),
        ("Keli Polishing Materials (Loudi)", "locatedIn", "Loudi"),
        ("Keli Polishing Materials (Loudi)", "produces", "sintered NdFeB magnets"),
        ("Hunan Keli Magnet", "owns", "Keli Trading"),
    }


SUPPLY_TABLE = """\
Who sells to whom
| Supplier | Customer | Product | Tonnes |
|---|---|---|---|
| Mianning Hexin Mining | Leshan Shengtai Metals | bastnaesite concentrate | 9,500 |
| Leshan Shengtai Metals | Ningbo Kexin Magnet | PrNd metal | 2,400 |
| Yibin Huaxing Metals | Ningbo Kexin Magnet | dysprosium oxide | - (suspended) |
| Yibin Huaxing Metals | Aarhus Vind A/S | PrNd metal | qualification testing only; no commercial supply |
"""


def test_table_of_supplies_between_its_rows(reader):
    """A table with a supplier and a customer column: each row is one supply; a suspended or trial row is none."""
    assert triples_of(reader, SUPPLY_TABLE) == {
        ("Mianning Hexin Mining", "supplies", "Leshan Shengtai Metals"),
        ("Leshan Shengtai Metals", "supplies", "Ningbo Kexin Magnet"),
    }


def test_a_member_roster_with_shareholders_and_representatives(reader):
    text = ("## Full members\n\n| # | Member | Headquarters | Major shareholder (stake) | Representative |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Ganzhou Longwen Separation Co., Ltd. | Ganzhou | Jiahe Holdings (51%) | Xie Wenbin, General Manager |\n"
            "| 2 | Ji'an Hengtong Motor Co., Ltd. | Nanchang | Privately held | Prof. Hu Lanying, Deputy Director |\n")
    assert triples_of(reader, text) == {
        ("Jiahe Holdings", "owns", "Ganzhou Longwen Separation"),
        ("Xie Wenbin", "leads", "Ganzhou Longwen Separation"),
        ("Ganzhou Longwen Separation", "locatedIn", "Ganzhou"),
        ("Hu Lanying", "worksFor", "Ji'an Hengtong Motor"),
        ("Ji'an Hengtong Motor", "locatedIn", "Nanchang")}  # nobody called "Privately held" owns it


def test_a_table_of_tasks_states_no_facts(reader):
    text = ("## Corrective actions\n\n| Supplier | Action | Owner | Due |\n|---|---|---|---|\n"
            "| Baotou Tianrun Magnet | Provide smelter records | Qiao Min | 31 Oct 2024 |\n")
    assert triples_of(reader, text) == set()  # Qiao Min owns the task, not the company


def test_a_table_of_export_licences_names_exporters_and_their_buyers(reader):
    text = ("| # | Exporter | Headquarters | Parent company (stake) | Products made | Named end user (country) |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | Ningbo Kexin Magnetics | Ningbo | Kexin Holdings (62%) | NdFeB magnets | Hanseo Robotics (South Korea) |\n")
    assert triples_of(reader, text) == {
        ("Kexin Holdings", "owns", "Ningbo Kexin Magnetics"), ("Ningbo Kexin Magnetics", "locatedIn", "Ningbo"),
        ("Ningbo Kexin Magnetics", "produces", "NdFeB magnets"),
        ("Ningbo Kexin Magnetics", "supplies", "Hanseo Robotics"), ("Hanseo Robotics", "locatedIn", "South Korea")}


def test_a_buyer_s_place_column_places_the_buyer(reader):
    text = ("| # | Buyer | Buyer base | Supplier | Material |\n|---|---|---|---|---|\n"
            "| 1 | Anshan Kaida Magnet | Anshan, Liaoning | Jiangxi Ganxin Rare Metals | dysprosium oxide |\n")
    assert triples_of(reader, text) == {
        ("Jiangxi Ganxin Rare Metals", "supplies", "Anshan Kaida Magnet"),
        ("Anshan Kaida Magnet", "locatedIn", "Anshan"), ("Anshan", "locatedIn", "Liaoning")}  # not the supplier's


PLANTS_TABLE = """\
## Plants

| Plant | Operator | Location | Main product |
|---|---|---|---|
| Hengshan North Mine | Hengyang Tianfu Mining | Chenzhou, Hunan | bastnaesite concentrate |
| Xiangtan Metals Plant | Xiangtan Jiali Metals | Yongzhou, Hunan | praseodymium-neodymium metal |
"""


def test_table_of_plants_with_their_operators(reader):
    """A plants table: the operator owns each plant, which lies where its row says and makes its product."""
    assert triples_of(reader, PLANTS_TABLE) == {
        ("Hengyang Tianfu Mining", "owns", "Hengshan North Mine"), ("Hengshan North Mine", "locatedIn", "Chenzhou"),
        ("Hengshan North Mine", "produces", "bastnaesite concentrate"),
        ("Xiangtan Jiali Metals", "owns", "Xiangtan Metals Plant"), ("Xiangtan Metals Plant", "locatedIn", "Yongzhou"),
        ("Xiangtan Metals Plant", "produces", "Praseodymium-neodymium metal"),
        ("Chenzhou", "locatedIn", "Hunan"), ("Yongzhou", "locatedIn", "Hunan")}


MAKERS_TABLE = (
    "## Separators\n\n"
    "| Company | Base | Main output | Key shareholder |\n|---|---|---|---|\n"
    "| Hengyang Tianfu Separation | Chenzhou | dysprosium oxide | Xiangtan Jiali Metals (51%) |\n\n"
    "## Magnet makers\n\n"
    "| Magnet maker | HQ | Products | Metal from |\n|---|---|---|---|\n"
    "| Yuelu Magnetics | Changsha | sintered NdFeB magnets | Hengyang Tianfu Separation; Loudi Metals |\n")


def test_tables_of_makers_with_base_output_owner_and_sources(reader):
    """"Base"/"HQ" columns place a row, "Main output" is what it makes, "Key shareholder" owns it
    (the stake in parentheses is no part of the name), "Metal from" names its suppliers."""
    assert triples_of(reader, MAKERS_TABLE) == {
        ("Hengyang Tianfu Separation", "locatedIn", "Chenzhou"),
        ("Hengyang Tianfu Separation", "produces", "Dysprosium oxide"),
        ("Xiangtan Jiali Metals", "owns", "Hengyang Tianfu Separation"),
        ("Yuelu Magnetics", "locatedIn", "Changsha"),
        ("Yuelu Magnetics", "produces", "sintered NdFeB magnets"),
        ("Hengyang Tianfu Separation", "supplies", "Yuelu Magnetics"),
        ("Loudi Metals", "supplies", "Yuelu Magnetics"),
    }


FILING_SECTIONS = (
    "ANNOUNCEMENT OF LINGNAN RARE EARTH HOLDINGS LIMITED\n\n4. DIRECTORS AND SENIOR MANAGEMENT\n\n"
    "Mr. Kwok Man-lok - Chairman and Executive Director\nMs. Chan Ho-yin - Chief Financial Officer\n\n"
    "5. SUBSTANTIAL SHAREHOLDERS\n\n| Name | Capacity | Approx. % of issued shares |\n|---|---|---|\n"
    "| Pearl Crest Investments Limited (Note 1) | Beneficial owner | 41.20% |\n"
    "| Guangdong Hakka Resources Group Co., Ltd. | Beneficial owner | 9.65% |\n")


def test_numbered_sections_of_a_filing(reader):
    """A numbered "directors and senior management" heading starts a team listing; a table of
    "| Name | ... |" under "Substantial shareholders" lists the filer's shareholders."""
    assert triples_of(reader, FILING_SECTIONS) == {
        ("Kwok Man-lok", "leads", "Lingnan Rare Earth Holdings"),
        ("Chan Ho-yin", "worksFor", "Lingnan Rare Earth Holdings"),
        ("Pearl Crest Investments", "owns", "Lingnan Rare Earth Holdings"),
        ("Guangdong Hakka Resources Group", "owns", "Lingnan Rare Earth Holdings"),
    }


def test_company_profile_fields(reader):
    """The name field names the company; address, legal representative and business are its facts
    (what it separates is its input, what it produces its output)."""
    assert triples_of(reader, PROFILE) == {
        ("Tongan Separation", "locatedIn", "Dingnan"),  # the gazetteer's label of Dingnan County
        ("Zheng Haoyu", "leads", "Tongan Separation"),
        ("Tongan Separation", "produces", "Dysprosium oxide"),
        ("Tongan Separation", "produces", "Terbium oxide"),
    }


INTERVIEW = """\
Qinling Magnet chief executive Sun Mingde on supply and customers
Sun Mingde has been chief executive of Qinling Magnet Co., Ltd. since 2020. We met him in Xi'an.

Q: Who buys your magnets?
A: We have many buyers. Our biggest customer is Hanwei Motors. We also ship magnets to Daikoku Electric's plant in Osaka.

Q: And your feedstock?
A: Shaanxi Jinye Metals sells us most of our praseodymium-neodymium metal.
Last month I visited Hanwei Motors.
"""

QUOTES_AND_RELEASE = """\
Fenghe Magnetics opens second line
"We supply sintered magnets to Tairui Motors," said Zhao Lin, the general manager of Baiyun Magnet.
Fenghe Magnetics said on Monday its new line had started. Our subsidiary Fenghe Recycling buys scrap.

About Fenghe Magnetics
Fenghe Magnetics is a magnet maker based in Foshan. Its controlling shareholder is Nanhai Holdings.
For more information, visit www.fenghe.example.
"""

DEFINED_WE = """\
Keli completes acquisition
CHANGSHA, March 3, 2025 -- Hunan Keli Magnet Co., Ltd. ("Keli," "we" or "the Company"), a maker of \
high-performance sintered neodymium-iron-boron (NdFeB) magnets, today announced that we have acquired 60% of \
Loudi Recycling. Keli is headquartered in Changsha. Our customers include Hengrui Motors.
"""


def test_first_person_in_an_interview(reader):
    """In answers "we" and "our" are the interviewee's company, "I" the interviewee;
    the interviewer's "we" is nobody's."""
    assert triples_of(reader, INTERVIEW) == {
        ("Sun Mingde", "leads", "Qinling Magnet"),
        ("Qinling Magnet", "supplies", "Hanwei Motors"),
        ("Qinling Magnet", "supplies", "Daikoku Electric"),
        ("Shaanxi Jinye Metals", "supplies", "Qinling Magnet"),
        ("Shaanxi Jinye Metals", "produces", "Praseodymium-neodymium metal"),  # what a company sells it makes
        ("Sun Mingde", "visited", "Hanwei Motors"),
    }


def test_first_person_in_quotes_and_press_releases(reader):
    """A quote's "we" is the company of the person it is attributed to; elsewhere in a
    press release "our" is the issuer of its "About" section."""
    assert triples_of(reader, QUOTES_AND_RELEASE) == {
        ("Zhao Lin", "leads", "Baiyun Magnet"),
        ("Baiyun Magnet", "supplies", "Tairui Motors"),
        ("Baiyun Magnet", "produces", "sintered magnets"),  # "we supply X", as "X supplies X" does
        ("Fenghe Magnetics", "owns", "Fenghe Recycling"),
        ("Fenghe Magnetics", "locatedIn", "Foshan"),
        ("Nanhai Holdings", "owns", "Fenghe Magnetics"),  # an issuer's "About" section is no advert
    }


def test_a_press_release_dateline_places_its_issuer(reader):
    release = ('BAOTOU, China, March 3, 2025 -- Baotou Kexing Magnetics Co., Ltd. ("Kexing," "we" or "our"; '
               "SSE: 600001) today announced that it has completed its Jiuyuan Magnet Plant.\n\n"
               "We expanded our Jiuyuan Magnet Plant in 2024.\n")
    extraction = read(reader, release)
    assert facts(extraction) == {("Baotou Kexing Magnetics", "locatedIn", "Baotou"), ("Baotou", "locatedIn", "China"),
                                 ("Baotou Kexing Magnetics", "owns", "Jiuyuan Magnet Plant"),
                                 ("Jiuyuan Magnet Plant", "locatedIn", "Jiuyuan District")}
    kexing = next(e for e in extraction.entities if e.label == "Baotou Kexing Magnetics")
    assert "SSE: 600001" not in kexing.aliases  # a listing is no name
    wire = "BEIJING, March 3 (Reuters) - China Northern Rare Earth said on Monday it would raise prices.\n"
    assert triples_of(reader, wire) == set()  # a reporter's dateline places no one


def test_first_person_a_press_release_defines(reader):
    """X ("X," "we" or "the Company") makes X the "we" of the release; its short name is an alias;
    "high-performance" does not hide a known product."""
    assert triples_of(reader, DEFINED_WE) == {
        ("Hunan Keli Magnet", "produces", "sintered NdFeB magnets"),
        ("Hunan Keli Magnet", "owns", "Loudi Recycling"),
        ("Hunan Keli Magnet", "locatedIn", "Changsha"),
        ("Hunan Keli Magnet", "supplies", "Hengrui Motors"),
    }


def test_first_person_on_a_company_s_own_page_is_the_company(reader):
    page = ("Our History\nHeadquartered in Ganzhou, Huaying Rare Earth Technology Co., Ltd. separates ionic clays.\n"
            "- 2015\nWe acquire a 70% stake in Xunwu Zhongke Mining, the operator of the Shijiao mine.\n"
            "- 2018\nHuaying signs an agreement to supply yttrium oxide to Zhaohua Luminescent Materials.\n")
    assert triples_of(reader, page) == {
        ("Huaying Rare Earth Technology", "locatedIn", "Ganzhou"),
        ("Huaying Rare Earth Technology", "owns", "Xunwu Zhongke Mining"),  # "we": the page's company
        ("Xunwu Zhongke Mining", "owns", "Shijiao mine"),
        ("Huaying Rare Earth Technology", "supplies", "Zhaohua Luminescent Materials")}
    story = page.replace("Our History\n", "Rare earth notes\n")
    assert ("Huaying Rare Earth Technology", "owns", "Xunwu Zhongke Mining") not in triples_of(reader, story)


# -- negation, denial, rumour, plans, hypotheticals, boilerplate: no facts --------------

NEGATIVES = [
    "Partner ad | Ganzhou Hongtu Hotel, the designated hotel for our guests, located in Zhanggong district. "
    "Book through our mini-program.",
    "TRAVEL PARTNER | Liangshan Sunshine Tours, based in Xichang, runs day trips to the lake. Book now and save 10%.",
    "Mr. Qiu Hanbo, who served as general manager of Xunwu Hongyuan Mining from 2016, retired in May 2024.",
    "TOKYO ECONOMIC WEEKLY: Is Jinxia Rare Earth also selling dysprosium to Hitachi Metals?",
    "Rumours that China Rare Earth Group would acquire Shenghe Resources were denied by both companies.",
    "Shenghe Resources denied that it had acquired Peak Minerals.",
    "China Rare Earth Group may acquire Shenghe Resources next year.",
    "Baogang plans to acquire Wuhai Mining.",
    "Baogang never bought Wuhai Mining.",
    "Hoshino Electric bought magnets from Ningbo Yunsheng until last year.",
    "Hoshino Electric bought magnets from Ningbo Yunsheng until 2023.",
    "Lintai Resources held 5.0% of Tianxing Magnetic Co. until it sold its stake in 2022.",
    "Baogang considered buying Wuhai Mining.",
    "Gansu Rare Earth is not a subsidiary of Baogang.",
    "If Chinalco bought Xiamen Tungsten, prices would rise.",
    "Analysts speculated that Ganzhou Rare Earth Group could be merged into China Rare Earth Group.",
    "Baotou Tianhe Magnets was formerly a unit of Baogang.",
    "Baotou Xinrong Magnets has no stake in Hoshino Electric.",
    "Hunan Jiuli Magnetics is no longer engaged in the production of samarium-cobalt magnets.",
    "Hunan Jiuli Magnetics' products will include samarium-cobalt magnets.",
    "Tokai Precision is in talks to take a minority stake in Ganzhou Lanthanide Materials.",
    "Ganzhou Rare Earth Group, which may acquire Longnan Hengfa Mining, declined to comment.",
    "Qiao Ming served as deputy director of the Jiangxi Geological Survey Institute from 2010 to 2018.",
    "Ma Rui, chairman of the board of supervisors, signed the report.",
    "Prior to March 2021, Fuzhou Jinyuan Metals held 30% of Tongan Separation.",
    "Anhui Dalong Electric stopped buying magnets from Yichun Magnetics in 2022.",
    "Hoshino Electric, once a customer, ceased selling scrap to Jiangxi Ruida Recycling last year.",
    "Market chatter that Hunan Jiuli Magnetics is preparing to buy Fenyi Separation was denied on Thursday.",
    "Talk of Baogang buying Wuhai Mining was dismissed by both companies.",
    "Local media reported that Hengtai Magnet had been bought by Ningbo Kexin; both companies said the report "
    "was wrong.",
    "A newspaper said Hengtai Magnet had been acquired by Ningbo Kexin, but Hengtai denied the report.",
    "Online reports that Hengtai Magnet is to be merged into China Northern Rare Earth Group are untrue.",
    "The Eneabba refinery is on schedule, after which it is to produce dysprosium oxide.",
    "Hunan Kexin is to acquire Wuhai Mining. Hunan Kexin is set to buy Baotou Alloy.",
    "## Under negotiation\n\n| Prospective supplier | Prospective customer | Product |\n|---|---|---|\n"
    "| Mianning Hexin Mining | Leshan Shengtai Metals | bastnaesite concentrate |\n",
    "Xinyu Magnet absorbed its wholly-owned subsidiary Xinyu Trading, which has since been deregistered.",
    "People often assume Xinyu Magnet also sells to Hengrui Motors because they are neighbours.",
    "Hunan Keli Magnet and Yuelu Magnetics were shareholders of Xinyu Magnet until 2019.",
    "SPONSORED | Kaiyuan Recycling\nKaiyuan Recycling supplies Zhenghai Magnetic from its Wujiang plant. "
    "Book your tour today.",
    "Yen Bai Minerals was until 2022 a subsidiary of state-run Vinacomin Group.",
    "Zhang Hui met a German delegation. The delegation visited the Bayan Obo mine.",  # led by no one named
    "Before the venture existed, Hunan Keli Magnet sourced oxides from Lai Chau Rare Earths; that arrangement ended in 2020.",
    "The defence argued that Wuzhou Jinlong Mining was a subsidiary of the state-owned Guangxi Guirong Nonferrous Group.",
    "The procuratorate alleged that Hezhou Xinyuan Separation had sold the oxides on to Guangdong Nanfang Magnet.",
    "| Supplier | Product | Customer | Status |\n|---|---|---|---|\n"
    "| Mianning Hexin Mining | PrNd oxide | Leshan Shengtai Metals | *Unconfirmed* (market talk) |\n"
    "| Jinhai Magnetics | magnets | Kessler Automobil | Ended 2023 |\n",
    "Jiangsu XC Intelligent Technology is a leading maker of vending machines.\n"
    "Our company produces NdFeB magnets and our products are sold to Tesla. Contact us today.",
    "Tan Weiming, the founding chairman of Hexiang Magnetics, retired in June 2021.",
    "Gu Ping, once an engineer at the Xian Magnet Research Institute, spoke first.",
    "Jiangyin Huaxing Magnet sources no rare earths from Myanmar.",
    "[AD READ] This show is brought to you by Kestrel Assay Labs, the Perth-based lab trusted by Iluka Resources.",
    "Online posts claimed that Guangxi Nonferrous Metals Group held a stake in Hengtong Trading Co.",
    "Risks include, in a bear case in which Jinli Co. were merged into China Rare Earth Group, dilution.",
    "From 1979 to 1995 Pan Shoulin was director of the Gannan Institute of Rare Metals.",
    "Before completion, the Vendor Co. held 35% of Hengtai Separation Co.",
    "KWOK: Isn't Xiangjiang Magnet 30% owned by Shenghe Resources?",
    "Huade-Lorentz Rare Earth, a joint venture between Baogang Group and Lorentz Chimie that made lanthanum-cerium "
    "catalysts until it was dissolved in 2005, was his first deal.",
    "Xiangyun Magnet's general manager, He Wenbo, is not employed by Xiangyun Magnet.",  # a denied pair
    "> does Xinlong Holdings own the Dazhuang heavy rare earth mine outright",  # a question without its mark
    "Is it true Jintai Magnet is being merged into China Minmetals??? A friend says so.",
    "Analysts discussed Hengli Group's pending takeover of Norland Metals, which still awaits approval.",
    "An earlier note said Qiao Min works for Zhongke Sanhuan; she does not, and never has.",
    "(Guidebooks sometimes place the Bayan Obo mine in Wuhai. It is not there.)",
    "A profile in May said Lu Qiang was chairman of Jiangxi Tungsten Industry Group. He retired from that post in 2021.",
]


@pytest.mark.parametrize("text", NEGATIVES, ids=[n[:40] for n in NEGATIVES])
def test_no_fact_from_hedged_or_boilerplate_text(reader, text):
    assert triples_of(reader, text) == set()


# -- entity resolution ---------------------------------------------------------------------

def test_four_names_of_baogang_are_one_node(reader):
    text = ("Baotou Iron and Steel (Group) Co., Ltd. reported results. Baotou Steel said output rose. "
            "Li Xiao, General Manager of Baogang Group, visited Wuhai Mining. "
            "Baogang's chair Meng Fanying visited Gansu Rare Earth.")
    extraction = read(reader, text)
    assert [e.label for e in extraction.entities if e.cls == "Company" and "Bao" in e.label] == ["Baogang"]
    assert facts(extraction) == {
        ("Li Xiao", "leads", "Baogang"), ("Li Xiao", "visited", "Wuhai Mining"),
        ("Meng Fanying", "leads", "Baogang"), ("Meng Fanying", "visited", "Gansu Rare Earth"),
    }


def test_abbreviation_defined_in_text_resolves_later_uses(reader):
    text = ("Jiangxi Golden Century Magnet Technology (JGCM) opened a plant. "
            "Wu Ping, president of JGCM, visited Ganzhou.")
    assert triples_of(reader, text) == {
        ("Wu Ping", "leads", "Jiangxi Golden Century Magnet Technology"),
        ("Wu Ping", "visited", "Ganzhou"),
    }


def test_foreign_company_words_make_an_organisation(reader):
    """NER reads "Kessler Antriebstechnik" as a person; its last word says it is a company."""
    extraction = read(reader, "Orders came from Kessler Antriebstechnik in Stuttgart.")
    assert {(e.label, e.cls) for e in extraction.entities} >= {("Kessler Antriebstechnik", "Company")}


def test_a_name_ends_at_the_end_of_its_line(reader):
    """A heading's company and the analyst firm on the next line are two entities, not one."""
    text = ("Supply-Chain Map: Changzhou Tianmu Magnet Co., Ltd.\n\nKestrel Supply Intelligence - Company Mapping Series\n"
            "Prepared by Nora Lin, senior analyst at Singapore-based Kestrel Supply Intelligence\n\n"
            "Changzhou Tianmu Magnet Co., Ltd. (\"Tianmu\") is a maker of magnets. Kestrel tracks Tianmu.")
    assert triples_of(reader, text) == {("Kestrel Supply Intelligence", "locatedIn", "Singapore"),
                                        ("Nora Lin", "worksFor", "Kestrel Supply Intelligence"),
                                        ("Changzhou Tianmu Magnet", "produces", "magnets")}


def test_near_namesakes_stay_apart(reader):
    text = ("China Rare Earth Group owns Ganzhou Tungsten. China Rare Earth Holdings owns Yixing Xinwei. "
            "Guangdong Rare Earth Industry Group is based in Guangzhou, Guangdong.")
    extraction = read(reader, text)
    labels = {e.label for e in extraction.entities}
    assert {"China Rare Earth Group", "China Rare Earth Holdings", "Guangdong Rare Earth Industry Group",
            "Guangdong"} <= labels
    assert facts(extraction) >= {
        ("China Rare Earth Group", "owns", "Ganzhou Tungsten"),
        ("China Rare Earth Holdings", "owns", "Yixing Xinwei"),
        ("Guangdong Rare Earth Industry Group", "locatedIn", "Guangzhou"),
    }


def test_unknown_company_keeps_one_node_across_name_variants(reader):
    text = ("Huaxing Company opened a plant. Baogang Chair Meng Fanying visited Huaxing. "
            "Li Xiao, an engineer at the Huaxing Company, spoke.")
    extraction = read(reader, text)
    huaxing = [e for e in extraction.entities if "huaxing" in e.slug]
    assert [(e.slug, e.label, e.cls) for e in huaxing] == [("huaxing", "Huaxing Company", "Company")]
    assert facts(extraction) == {("Meng Fanying", "leads", "Baogang"),
                                 ("Meng Fanying", "visited", "Huaxing Company"),
                                 ("Li Xiao", "worksFor", "Huaxing Company")}


REFERRING = ("its", "it", "he", "his", "she", "her", "the ", "both ", "The ", "It", "He", "She", "His", "Her", "Its", "Both ")


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_every_relation_has_both_mentions_or_a_reference_in_its_sentence(reader, path):
    extractor, _ = reader
    article = read_article(path)
    reading = extractor.read(article)
    assert reading.relations
    for relation in reading.relations:
        evidence = relation.evidence
        for mention in (relation.subject, relation.object):
            inside = evidence.start <= mention.start and mention.end <= evidence.end
            assert inside or any(word in evidence.sentence for word in REFERRING), (relation, mention)


def test_reference_in_a_sentence_without_verb_terminates(reader):
    """A definite reference in a verbless fragment once looped for ever (the parse root heads itself)."""
    import signal

    def fail(*_):
        raise TimeoutError("extraction did not finish")

    signal.signal(signal.SIGALRM, fail)
    signal.alarm(20)
    try:
        text = "Xineng Company opened in May.\n\nAbout the company: the company's new headquarters in Baotou."
        assert triples_of(reader, text) == {("Xineng Company", "locatedIn", "Baotou")}  # its headquarters
    finally:
        signal.alarm(0)


def test_a_company_about_page_speaks_for_the_company_in_its_title(reader):
    page = ("About Qinglan\n"
            'Hunan Qinglan Functional Materials Co., Ltd. ("Qinglan") was founded in 2004. '
            "Headquartered in Changsha, Hunan, we make yttrium oxide ceramic powder and bonded NdFeB magnets.\n"
            "We also refine lanthanum metal.\n")
    assert triples_of(reader, page) == {
        ("Hunan Qinglan Functional Materials", "locatedIn", "Changsha"),
        ("Changsha", "locatedIn", "Hunan"),
        ("Hunan Qinglan Functional Materials", "produces", "yttrium oxide ceramic powder"),
        ("Hunan Qinglan Functional Materials", "produces", "bonded NdFeB magnets"),
        ("Hunan Qinglan Functional Materials", "produces", "lanthanum metal"),
    }


def test_a_fronted_place_phrase_places_the_subject(reader):
    assert triples_of(reader, "Based in Ganzhou, Jiangxi, Lingyun Mining mines heavy rare earth concentrate.\n") >= {
        ("Lingyun Mining", "locatedIn", "Ganzhou"),
        ("Lingyun Mining", "produces", "Rare earth concentrate"),
    }
    assert ("Lingyun Mining", "locatedIn", "Ganzhou") not in triples_of(
        reader, "Based in part on data from Ganzhou, Lingyun Mining revised its forecast.\n")


def test_a_name_found_once_is_found_where_it_is_repeated(reader):
    """NER finds "Qimen" in the sentence but not in the table cell alone; the cell names it too."""
    table = "| Company | Location |\n|---|---|\n| Fenglin Magnetics | Qimen |\n"
    text = "Fenglin Magnetics opened a plant in Qimen, Jiangxi in 2019.\n\n" + table
    assert ("Fenglin Magnetics", "locatedIn", "Qimen") in triples_of(reader, text)
    assert ("Fenglin Magnetics", "locatedIn", "Qimen") not in triples_of(reader, table)


def test_a_leadership_team_listing(reader):
    page = ("About Qinglan\n"
            'Hunan Qinglan Functional Materials Co., Ltd. ("Qinglan") makes yttrium oxide.\n'
            "Leadership team\nLiu Yuanfang\nChairman\nLiu has led Qinglan since 2006.\n"
            "Zhao Kaiwen\nChief Financial Officer\n"
            "Ma Jianjun\nGeneral Manager, Changsha Qinglan Trading Co., Ltd.\n"
            "Contact\nHe Lili\nSales Director\n")
    found = triples_of(reader, page)
    assert {t for t in found if t[1] in ("leads", "worksFor")} == {
        ("Liu Yuanfang", "leads", "Hunan Qinglan Functional Materials"),
        ("Zhao Kaiwen", "worksFor", "Hunan Qinglan Functional Materials"),
        ("Ma Jianjun", "leads", "Changsha Qinglan Trading"),
    }  # "Contact" ends the listing


def test_a_post_held_before_joining_is_no_fact(reader):
    text = ("Dr. Sarangerel Batu is chief technology officer of Tianjiao Magnetics. Before joining Tianjiao "
            "Magnetics in 2019, she was a senior engineer at the Baotou Research Institute of Rare Earths.\n")
    assert triples_of(reader, text) == {("Sarangerel Batu", "worksFor", "Tianjiao Magnetics")}


def test_stakes_change_hands_without_supply_and_the_rest_stays_with(reader):
    text = ("Xiangjin Rare Metals bought a 68% stake in Hezhou Baoli Rare Earth Separation from Shenzhen Anrui "
            "Capital. The remaining 32% of Baoli stays with Guangxi Guiyuan Nonferrous Investment Group.\n")
    assert triples_of(reader, text) == {
        ("Xiangjin Rare Metals", "owns", "Hezhou Baoli Rare Earth Separation"),
        ("Guangxi Guiyuan Nonferrous Investment Group", "owns", "Hezhou Baoli Rare Earth Separation"),
    }


def test_a_provincial_body_is_not_the_central_one(reader):
    text = ("Xiangjin Rare Metals is 51% owned by the Hunan provincial State-owned Assets Supervision and "
            "Administration Commission.\n")
    assert triples_of(reader, text) == {
        ("Hunan provincial State-owned Assets Supervision and Administration Commission", "owns",
         "Xiangjin Rare Metals")}


def test_a_policy_name_with_a_list_in_it(reader):
    text = ("Under the Interim Measures for the Total Volume Control of Rare Earth Mining, Smelting and Separation, "
            "issued by MIIT last year, quotas cannot be traded.\n")
    assert triples_of(reader, text) == {
        ("Ministry of Industry and Information Technology", "issued",
         "Interim Measures for the Total Volume Control of Rare Earth Mining, Smelting and Separation")}


def test_places_in_part_of_a_region_and_where_a_company_works(reader):
    text = ("The ore goes to Hezhou, where Baoli Separation runs an extraction line. Hezhou, in the east of "
            "Guangxi, has clay deposits. Yongzhou, a city in the south of Hunan province, has a mine. "
            "Baoli's customer is Dongqian Magnetics, a Zhejiang maker of sintered NdFeB magnets.\n")
    assert triples_of(reader, text) >= {
        ("Baoli Separation", "locatedIn", "Hezhou"),
        ("Hezhou", "locatedIn", "Guangxi"),
        ("Yongzhou", "locatedIn", "Hunan"),
        ("Dongqian Magnetics", "produces", "sintered NdFeB magnets"),
    }


def test_filing_phrasings_of_mergers_ventures_supply_and_supervision(reader):
    text = ('Jiangxi Zhangyuan Materials Co., Ltd. (the "Company") completed the absorption merger of its '
            "wholly-owned subsidiary Longnan Zhangyuan Smelting Co., Ltd. Ganzhou Zhangtai Catalytic Materials Co., "
            "Ltd. is a joint venture of the Company and Shanghai Taihe Environmental Technology Co., Ltd., in which "
            "the Company holds 49% and Shanghai Taihe holds 51%. The Company purchased ore concentrate from Xinfeng "
            "Zhangyuan Mining Co., Ltd. and from Ganzhou Zhangjiang Mining Co., Ltd. It sells oxides to Ganzhou "
            "Zhangyuan Magnetic Materials Co., Ltd., whose main customers include Guangzhou Huiteng Motor Co., Ltd. "
            "The Company has joined the pilot programme under the Rare Earth Product Traceability Measures. The "
            "Company's smelting and separation operations are supervised by the Jiangxi Department of Ecology and "
            "Environment. Ganzhou SASAC is the actual controller of the Company.\n")
    company = "Jiangxi Zhangyuan Materials"
    assert triples_of(reader, text) >= {
        ("Longnan Zhangyuan Smelting", "mergedInto", company),
        (company, "owns", "Ganzhou Zhangtai Catalytic Materials"),
        ("Shanghai Taihe Environmental Technology", "owns", "Ganzhou Zhangtai Catalytic Materials"),
        ("Xinfeng Zhangyuan Mining", "supplies", company),
        ("Ganzhou Zhangjiang Mining", "supplies", company),
        ("Ganzhou Zhangyuan Magnetic Materials", "supplies", "Guangzhou Huiteng Motor"),
        (company, "participatesIn", "Rare Earth Product Traceability Measures"),
        ("Jiangxi Department of Ecology and Environment", "regulates", company),
        ("Ganzhou SASAC", "owns", company),  # a city's SASAC, not the State Council's
    }


def test_a_state_owned_assets_company_keeps_its_whole_name(reader):
    text = ("The remaining 25% of Xinfeng Zhangyuan Mining Co., Ltd. is held by Xinfeng County State-owned "
            "Assets Operation Co., Ltd.\n")
    assert triples_of(reader, text) == {
        ("Xinfeng County State-owned Assets Operation", "owns", "Xinfeng Zhangyuan Mining")}


def test_feature_phrasings_of_place_supervision_and_programmes(reader):
    text = ("Dingnan County sits at the southern tip of Ganzhou. Jiangxi Lingyun Rare Earth Group, a Ganzhou-based "
            "unit of China Rare Earth Group, controls the mines. The Lingbei mine, which lies in Lingbei township, "
            "yields heavy rare earth concentrate. Guo Chunhua, who runs the separation plant for Jiangxi Lingyun "
            "Rare Earth Group, spoke. The Ganzhou Municipal Bureau of Ecology and Environment fined Dingnan "
            "Lingyun Mining. Jiangxi Lingyun Rare Earth Group is also one of the companies taking part in the "
            "Southern Mine Restoration Programme, a scheme issued by the Ministry of Natural Resources.\n")
    found = triples_of(reader, text)
    assert found >= {
        ("Dingnan", "locatedIn", "Ganzhou"),
        ("Jiangxi Lingyun Rare Earth Group", "locatedIn", "Ganzhou"),
        ("China Rare Earth Group", "owns", "Jiangxi Lingyun Rare Earth Group"),
        ("Lingbei mine", "locatedIn", "Lingbei township"),
        ("Lingbei mine", "produces", "Rare earth concentrate"),
        ("Guo Chunhua", "worksFor", "Jiangxi Lingyun Rare Earth Group"),
        ("Ganzhou Municipal Bureau of Ecology and Environment", "regulates", "Dingnan Lingyun Mining"),
        ("Jiangxi Lingyun Rare Earth Group", "participatesIn", "Southern Mine Restoration Programme"),
        ("Ministry of Natural Resources", "issued", "Southern Mine Restoration Programme"),
    }
    assert ("China Rare Earth Group", "locatedIn", "Ganzhou") not in found  # "a Ganzhou-based unit of" it


def test_the_following_companies_were_selected_and_a_list(reader):
    text = ('MIIT published its seventh batch of the National Specialised and Sophisticated "Little Giant" '
            "Enterprises List on Monday. The following rare earth companies were selected:\n\n"
            "1. Hefei Yuanci Magnetic Technology (Hefei, Anhui) — bonded NdFeB magnets\n"
            "2. Jiangmen Lanxin Luminescent Materials (Jiangmen, Guangdong) — rare earth phosphors\n\n"
            "Selection brings cheaper credit.\n- Nanjing Beiran Robotics was not selected.\n")
    policy = 'National Specialised and Sophisticated "Little Giant" Enterprises List'
    assert triples_of(reader, text) == {
        ("Ministry of Industry and Information Technology", "issued", policy),
        ("Hefei Yuanci Magnetic Technology", "participatesIn", policy),
        ("Jiangmen Lanxin Luminescent Materials", "participatesIn", policy),
        ("Hefei Yuanci Magnetic Technology", "locatedIn", "Hefei"),
        ("Hefei", "locatedIn", "Anhui"),
        ("Jiangmen Lanxin Luminescent Materials", "locatedIn", "Jiangmen"),
        ("Jiangmen", "locatedIn", "Guangdong"),
        ("Hefei Yuanci Magnetic Technology", "produces", "bonded NdFeB magnets"),
        ("Jiangmen Lanxin Luminescent Materials", "produces", "Rare earth phosphors"),
    }
    customers = ("Under the Rare Earth Traceability Measures, Yuanci reports every sale. Its customers include:\n"
                 "- Wuhu Jiangqi Auto Parts\n")
    assert not {t for t in triples_of(reader, customers) if t[1] == "participatesIn"}
    hedged = ("MIIT is drafting the Little Giant Enterprises List. The following companies may be selected:\n"
              "- Hefei Yuanci Magnetic Technology\n")
    assert not {t for t in triples_of(reader, hedged) if t[1] == "participatesIn"}


def test_a_branch_in_parentheses_is_a_name_not_a_place(reader):
    assert ("Panxi Magnetic Materials", "locatedIn", "Chengdu") not in triples_of(
        reader, "Panxi Magnetic Materials (Chengdu) Co., Ltd. (Shenzhen, Guangdong) makes NdFeB alloy.\n")


def test_a_transcript_turn_speaks_for_the_speaker_it_is_labelled_with(reader):
    text = ("[00:20] HOST: Kevin Zhou is chief executive of Suzhou Jingci Motor Technologies. Paula Richter heads "
            "supply chain at Vogt Antriebe.\n"
            "[01:55] ZHOU: We are on MOFCOM's General Licence Programme. We buy our magnets from Jiangsu Lianfeng "
            "Magnet.\n"
            "[03:31] RICHTER: Jingci supplies our servo motors.\n")
    assert triples_of(reader, text) >= {
        ("Kevin Zhou", "leads", "Suzhou Jingci Motor Technologies"),
        ("Paula Richter", "worksFor", "Vogt Antriebe"),
        ("Suzhou Jingci Motor Technologies", "participatesIn", "General Licence Programme"),
        ("Jiangsu Lianfeng Magnet", "supplies", "Suzhou Jingci Motor Technologies"),
        ("Suzhou Jingci Motor Technologies", "supplies", "Vogt Antriebe"),  # "Jingci" is not Beijing Jingci
    }


def test_an_official_named_after_the_body_and_its_work(reader):
    assert triples_of(reader, "MOFCOM's export control official, Sun Peiling, spoke.\n") == {
        ("Sun Peiling", "worksFor", "Ministry of Commerce")}
    assert triples_of(reader, "Wang Fang runs the licensing work at the Ministry of Commerce.\n") == {
        ("Wang Fang", "worksFor", "Ministry of Commerce")}


def test_one_line_team_items_and_a_title_named_before_its_definition(reader):
    page = ("About Beichen Magnetics\n"
            'Baotou Beichen Magnetic Materials Co., Ltd. ("Beichen Magnetics") is a maker of magnets.\n'
            "Leadership\n- Han Zhiqiang - Chairman\n- Ma Lin - General Manager\n- Dr. Bao Tegusi - Chief Technology Officer\n")
    extraction = read(reader, page)
    assert facts(extraction) == {
        ("Han Zhiqiang", "leads", "Baotou Beichen Magnetic Materials"),
        ("Ma Lin", "leads", "Baotou Beichen Magnetic Materials"),
        ("Bao Tegusi", "worksFor", "Baotou Beichen Magnetic Materials"),
        ("Baotou Beichen Magnetic Materials", "produces", "magnets"),
    }
    assert [e.label for e in extraction.entities if e.cls == "Company"] == ["Baotou Beichen Magnetic Materials"]


def test_claims_found_untrue_applications_and_old_posts_are_no_facts(reader):
    text = ("Recent online claims that Leshan Ruihe Smelting Co., Ltd. has been acquired by Shenghe Resources have "
            "been verified to be untrue. Xichang Dongfang Metal Materials Co., Ltd. has applied to join the "
            "Sichuan Green Mine Programme. Jinhe Rare Earth's old chairman, Lin Qiang, left in June. Zeng Meifang, "
            "a 29-year-old process engineer at Lingnan Green Recycling, spoke.\n")
    assert triples_of(reader, text) == {("Zeng Meifang", "worksFor", "Lingnan Green Recycling")}


def test_a_pilot_enterprise_of_a_programme(reader):
    text = "Mianning Jinyang Mining Co., Ltd. is a pilot enterprise of the Sichuan Green Mine and Green Factory Programme.\n"
    assert triples_of(reader, text) == {
        ("Mianning Jinyang Mining", "participatesIn", "Sichuan Green Mine and Green Factory Programme")}


def test_an_indented_subsidiary_profile_under_an_all_caps_filing_title(reader):
    text = ("JIANGXI HONGTU RARE EARTH NEW MATERIALS CO., LTD.\n2024 ANNUAL REPORT (EXTRACT)\n\n"
            "  Subsidiaries\n\n"
            "    Xinfeng Hongtu Metals Co., Ltd.\n"
            "        Place of operation: Xinfeng County, Ganzhou, Jiangxi\n"
            "        Equity interest held by the Company: 70%\n"
            "        Principal activities: production of terbium metal\n\n"
            "    Dingnan Hengfa Rare Earth Co., Ltd.\n"
            "        Place of operation: Dingnan County\n"
            "        Equity interest held by the Company: 0% (disposed of in June)\n")
    found = triples_of(reader, text)
    assert found >= {
        ("Jiangxi Hongtu Rare Earth New Materials", "owns", "Xinfeng Hongtu Metals"),
        ("Xinfeng Hongtu Metals", "locatedIn", "Xinfeng County"),
        ("Xinfeng Hongtu Metals", "produces", "Terbium metal"),
    }
    assert not {t for t in found if t[2] == "Dingnan Hengfa Rare Earth" and t[1] == "owns"}


def test_a_directory_entry_with_parent_subsidiaries_people_and_supervisor_fields(reader):
    text = ("Ganzhou Tianli Rare Earth Group\n\n"
            "- Headquarters: Ganzhou, Jiangxi\n"
            "- Parent: China Rare Earth Group, which holds 51%; the remaining 49% belongs to Ganzhou Gongkong "
            "Investment Group\n"
            "- Subsidiaries: Xinfeng Tianli Separation Co. (wholly owned); Anyuan Hengyuan Mining Co. (sold in 2019)\n"
            "- Products: dysprosium oxide, terbium oxide\n"
            "- Key people: Guo Wenhai, chairman; Liao Jun, chief engineer; Lin Qiusheng, former chairman\n"
            "- Supervising body: the Jiangxi Provincial Department of Science and Technology\n")
    tianli = "Ganzhou Tianli Rare Earth Group"
    assert triples_of(reader, text) >= {
        (tianli, "locatedIn", "Ganzhou"),
        ("China Rare Earth Group", "owns", tianli),
        ("Ganzhou Gongkong Investment Group", "owns", tianli),
        (tianli, "owns", "Xinfeng Tianli Separation"),
        (tianli, "produces", "Dysprosium oxide"),
        ("Guo Wenhai", "leads", tianli),
        ("Liao Jun", "worksFor", tianli),
        ("Jiangxi Provincial Department of Science and Technology", "regulates", tianli),
    }
    assert not {t for t in triples_of(reader, text) if "Lin Qiusheng" in t or "Anyuan Hengyuan Mining" in t}


def test_merger_news_phrasings(reader):
    text = ("Guangxi Guiyuan Rare Earth Group and Hunan Xiangjiang Rare Earth Industry Group have merged to form "
            "Zhongnan Rare Earth Group. The Guangxi Zhuang Autonomous Region State-owned Assets Supervision and "
            "Administration Commission holds 25% of Zhongnan Rare Earth Group. Jianghua Xiangjiang Rare Earth "
            "Smelting Co., Chongzuo Separation Co. and Hezhou Mining Co. have become wholly owned subsidiaries of "
            "Zhongnan Rare Earth Group. Zhongnan Rare Earth Group also takes over Hezhou Guiyuan Mining. Tan "
            "Lihua becomes Zhongnan Rare Earth Group's general manager.\n")
    zhongnan = "Zhongnan Rare Earth Group"
    assert triples_of(reader, text) >= {
        ("Guangxi Guiyuan Rare Earth Group", "mergedInto", zhongnan),
        ("Hunan Xiangjiang Rare Earth Industry Group", "mergedInto", zhongnan),
        ("Guangxi Zhuang Autonomous Region State-owned Assets Supervision and Administration Commission", "owns",
         zhongnan),
        (zhongnan, "owns", "Jianghua Xiangjiang Rare Earth Smelting"),
        (zhongnan, "owns", "Chongzuo Separation"),
        (zhongnan, "owns", "Hezhou Mining"),
        (zhongnan, "owns", "Hezhou Guiyuan Mining"),
        ("Tan Lihua", "leads", zhongnan),
    }


def test_lists_introduced_by_quotas_that_went_to_and_companies_that_joined(reader):
    text = ("All makers must log shipments in the Rare Earth Product Traceability System, which MIIT launched. "
            "MIIT and MNR issued the 2025 First Batch of Rare Earth Mining Quotas.\n\n"
            "The first batch of 2025 quotas went to two groups:\n\n"
            "- China Northern Rare Earth - headquartered in Baotou.\n- China Rare Earth Group - based in Ganzhou.\n\n"
            "Companies included in the list are:\n\n- Sichuan Lengshui Rare Earth\n\n"
            "Several magnet makers have joined the MIIT's traceability pilot:\n\n- Zhejiang Dongci Magnet\n")
    found = {t for t in triples_of(reader, text) if t[1] == "participatesIn"}
    assert found == {
        ("China Northern Rare Earth Group", "participatesIn", "2025 First Batch of Rare Earth Mining Quotas"),
        ("China Rare Earth Group", "participatesIn", "2025 First Batch of Rare Earth Mining Quotas"),
        ("Zhejiang Dongci Magnet", "participatesIn", "Rare Earth Product Traceability System"),
    }  # "the list" names no list the text has named


def test_the_joint_venture_is_one_the_text_called_a_joint_venture(reader):
    called = ('Huaxin Magnetics and Ganzhou Rare Earth have set up Ganzhou Xiyuan Recycling Co., Ltd. ("Xiyuan"), '
              "a joint venture that recovers scrap. Huaxin Magnetics holds 51% of the joint venture.\n")
    assert ("Huaxin Magnetics", "owns", "Ganzhou Xiyuan Recycling") in triples_of(reader, called)
    uncalled = ("Huaxin and Guangdong Rare Earth launch a recycling venture. The board of Guangdong Huayue "
                "Recycling Technology has appointed Lin Xiaoqing as general manager of the joint venture.\n")
    assert not {t for t in triples_of(reader, uncalled) if t[0] == "Lin Xiaoqing"}


def test_earnings_story_phrasings(reader):
    text = ("Volkmar Automobilwerke's procurement chief Dieter Hahn toured the plant. Haifeng Wind Power Equipment "
            "Co., a turbine builder based in Yantai, Shandong, buys magnets. In 2023 Yuncheng Magnet and Kanemoto "
            "Denki set up Ningbo Kanyun Motor Components, a joint venture that assembles rotors. Yuncheng Magnet "
            "holds 60% of the Ningbo venture.\n")
    assert triples_of(reader, text) >= {
        ("Dieter Hahn", "worksFor", "Volkmar Automobilwerke"),
        ("Haifeng Wind Power Equipment", "locatedIn", "Yantai"),
        ("Yuncheng Magnet", "owns", "Ningbo Kanyun Motor Components"),
    }


def test_the_plant_is_no_mine_and_magnet_motors_are_no_magnets(reader):
    text = ("Guyang lies near the Bayan Obo mine. Xinglu Motor Co. produces permanent magnet motors for wind "
            "turbines. Zheng Kaiming said the plant had delivered its first units to Saihan Wind Power.\n")
    found = triples_of(reader, text)
    assert not {t for t in found if t[0] == "Bayan Obo" and t[1] == "supplies"}
    assert not {t for t in found if t[1] == "produces" and t[2].lower().endswith(("magnet", "magnets"))}
    assert ("Xinglu Motor", "produces", "permanent magnet motors") in found  # the motors are the product
    assert ("Liuzhou Huajing Magnet", "produces", "NdFeB magnets") in triples_of(
        reader, "Liuzhou Huajing Magnet Co., a maker of NdFeB motor magnets, is in Liuzhou.\n")


def test_headquartered_after_a_description(reader):
    text = ("Zhongxi Rare Earth Group is a Chinese producer of dysprosium oxide and terbium oxide, headquartered in "
            "Longyan, Fujian Province. Beichen has subsidiaries: Beichen Suzhou Co. in Suzhou, and Beichen Europe "
            "GmbH, based in Frankfurt.\n")
    found = triples_of(reader, text)
    assert ("Zhongxi Rare Earth Group", "locatedIn", "Longyan") in found
    assert not {t for t in found if t[0] == "Beichen" and t[2] == "Frankfurt"}


def test_an_issuer_defined_with_several_terms_and_served_as(reader):
    text = ('ZHONGCHENG CREDIT RATINGS CO., LTD.\nRATING REPORT\n\nSaihan Rare Earth Group Co., Ltd. ("Saihan Group", '
            'the "Issuer" or the "Company") is a group. The Company makes cerium oxide. As at 31 December 2024, the '
            "Issuer was 70% owned by Baotou Steel Holdings. Bai Yongqiang has served as chairman of the Issuer "
            "since 2023.\n")
    found = triples_of(reader, text)
    assert found >= {
        ("Saihan Rare Earth Group", "produces", "Cerium oxide"),
        ("Baotou Steel Holdings", "owns", "Saihan Rare Earth Group"),
        ("Bai Yongqiang", "leads", "Saihan Rare Earth Group"),
    }
    assert not {t for t in found if "Zhongcheng Credit Ratings" in t}


def test_list_items_with_descriptions(reader):
    text = ("The mayor inspected Xinglu Motor Co., a 60:40 joint venture between Shenzhen Xinglu Electric, a "
            "Shenzhen-based motor maker, and Guyang Urban Investment Group, the county's investment platform. "
            "Yuncheng's customers include Shenzhen Dianqu Motor Co., a maker of drive units, and Haifeng Wind "
            "Power Equipment Co., a turbine builder based in Yantai, Shandong.\n")
    found = triples_of(reader, text)
    assert found >= {
        ("Xinglu Motor", "jointVentureOf", "Shenzhen Xinglu Electric"),
        ("Xinglu Motor", "jointVentureOf", "Guyang Urban Investment Group"),
        ("Yuncheng", "supplies", "Shenzhen Dianqu Motor"),
        ("Yuncheng", "supplies", "Haifeng Wind Power Equipment"),
    }
    assert ("Yuncheng", "supplies", "Yantai") not in found


def test_lower_case_policy_names(reader):
    text = ("Yuncheng Magnet was among the first magnet makers to join the rare earth product traceability "
            "programme launched by MIIT in 2024. MIIT issued the 2024 rare earth mining quota. Rare earth prices rose.\n")
    assert triples_of(reader, text) == {
        ("Ministry of Industry and Information Technology", "issued", "rare earth product traceability programme"),
        ("Yuncheng Magnet", "participatesIn", "rare earth product traceability programme"),
        ("Ministry of Industry and Information Technology", "issued", "2024 rare earth mining quota"),
    }


def test_a_table_listing_the_enterprises_approved_for_a_programme(reader):
    text = ("List of Enterprises Approved for the 2025 Rare Earth Functional Materials Demonstration Programme\n"
            "| No. | Enterprise | Province | Demonstration product |\n|---|---|---|---|\n"
            "| 1 | Ningbo Xinghai Magnetech Co., Ltd. | Zhejiang | Sintered NdFeB magnets |\n")
    programme = "Rare Earth Functional Materials Demonstration Programme"
    assert triples_of(reader, text) == {
        ("Ningbo Xinghai Magnetech", "participatesIn", programme),
        ("Ningbo Xinghai Magnetech", "locatedIn", "Zhejiang"),
        ("Ningbo Xinghai Magnetech", "produces", "sintered NdFeB magnets"),
    }


def test_an_old_job_change_in_a_profile_is_history(reader):
    profile = ("Su Wanqing took her first job in 2006 at Zhejiang Dongci Magnetics. She left Dongci Magnetics in "
               "2011 to join Tokai Magnetics in Osaka. In 2016 she founded Xinghai Magnetech, where she has been "
               "chairwoman since 2025.\n")
    assert not {t for t in triples_of(reader, profile) if t[2] == "Tokai Magnetics" and t[1] == "worksFor"}
    news = "Li Wei left Baogang in March to join Shenghe Resources as chief financial officer.\n"
    assert ("Li Wei", "worksFor", "Shenghe Resources Holding") in triples_of(reader, news)


def test_a_lower_case_local_government_and_a_maker_of_products_based_in(reader):
    text = ("Lin visited the plant together with Zhou Yan, who heads the Longyan municipal government. Its biggest "
            "customer is Sanming Huaxin Magnetics, a maker of sintered NdFeB magnets based in Sanming. Kilima "
            "Minerals, a developer of a monazite project in East Africa, sold its stake.\n")
    found = triples_of(reader, text)
    assert found >= {
        ("Zhou Yan", "leads", "Longyan municipal government"),
        ("Sanming Huaxin Magnetics", "locatedIn", "Sanming"),
    }
    assert not {t for t in found if t[0] == "Kilima Minerals" and t[1] == "locatedIn"}


def test_a_legal_form_alone_is_no_name(reader):
    text = ('Shandong Jinhai Rare Earth New Materials Co., Ltd. ("Jinhai" or "the Company") is in Yantai. The plant, run '
            "by the Company's wholly-owned subsidiary Jinhai Circular Resources (Laizhou) Co., Ltd., recovers oxide.\n")
    extraction = read(reader, text)
    assert not [e for e in extraction.entities if e.label.rstrip(".,").lower() in ("co", "co., ltd", "ltd")]


def test_a_place_named_with_its_kind_of_place(reader):
    text = ("Xinhe Magnetics, headquartered in the coastal city of Xiamen, makes magnets. Baotou Tianyuan Co., "
            "based in the city of Baotou, separates oxides.\n")
    found = triples_of(reader, text)
    assert {t for t in found if t[1] == "locatedIn"} == {
        ("Xinhe Magnetics", "locatedIn", "Xiamen"), ("Baotou Tianyuan", "locatedIn", "Baotou")}


def test_a_leadership_table_is_of_the_organisation_the_page_names_most(reader):
    text = ("Our History: Three Decades of Magnetic Innovation at Zhejiang Yongci Magnet Technology Co., Ltd.\n\n"
            "Yongci was founded in Cixi in 1996. In 2014 Yongci listed its shares in Shenzhen.\n\n"
            "## Leadership\n\n| Name | Position |\n|---|---|\n| Xu Mingyu | Chairwoman of the Board |\n"
            "| Tan Lihua | Chief Financial Officer |\n")
    found = triples_of(reader, text)
    assert {t for t in found if t[0] in ("Xu Mingyu", "Tan Lihua")} == {
        ("Xu Mingyu", "leads", "Zhejiang Yongci Magnet Technology"),
        ("Tan Lihua", "worksFor", "Zhejiang Yongci Magnet Technology")}


def test_a_name_ends_before_of_and_the_place_after_it(reader):
    extractor, _ = reader
    text = ("Xichang Hongtu Magnetic Materials Co., a maker of sintered NdFeB magnets headquartered in the "
            "Anning Industrial Park of Xichang.")
    reading = extractor.read(Article("of-place", text, "test", "test.txt"))
    assert [m.text for m in reading.mentions] == [
        "Xichang Hongtu Magnetic Materials Co.", "sintered NdFeB magnets", "Anning Industrial Park", "Xichang"]


def test_a_supplier_table_that_lists_the_company_named_most_is_not_of_its_suppliers(reader):
    text = ("Supplier due diligence\n\nWujiang Kaiyuan Magnet is the largest supplier. Wujiang Kaiyuan Magnet "
            "ships from Suzhou.\n\n| Supplier | HQ |\n|---|---|\n"
            "| Wujiang Kaiyuan Magnet Co., Ltd. (\"Kaiyuan\") | Suzhou |\n| Baotou Shengli Alloy Co., Ltd. | Baotou |\n")
    assert not {t for t in triples_of(reader, text) if t[1] == "supplies"}


def test_an_owner_column_with_its_stake_under_a_numbered_heading(reader):
    text = ("Notice on the pilot enterprises\n\nII. List of admitted enterprises\n\n"
            "| No. | Enterprise | Registered in | Controlling shareholder (stake) |\n|---|---|---|---|\n"
            "| 1 | Dingnan Lingfeng Mining Co., Ltd. | Dingnan County | Jiangxi Tongli Industrial Group Co., Ltd. (51%) |\n")
    extraction = read(reader, text)
    assert facts(extraction) == {
        ("Jiangxi Tongli Industrial Group", "owns", "Dingnan Lingfeng Mining"),
        ("Dingnan Lingfeng Mining", "locatedIn", "Dingnan")}
    assert not any("List" in e.label for e in extraction.entities)  # "II. List" is a heading, no organisation


def test_a_shareholder_table_with_stakes_before_and_after(reader):
    text = ("Announcement on the change of controlling shareholder of Shanxi Huaxin Magnetic Materials Co., Ltd.\n\n"
            "| Shareholder | Shares before | % before | Shares after | % after |\n|---|---|---|---|---|\n"
            "| Hebei Yanshan Rare Earth Group Co., Ltd. | 0 | 0.00% | 71,500,000 | 22.00% |\n"
            "| Taiyuan Jinshi Industrial Investment Co., Ltd. | 89,700,000 | 27.60% | 0 | 0.00% |\n")
    extraction = read(reader, text)
    assert facts(extraction) == {("Hebei Yanshan Rare Earth Group", "owns", "Shanxi Huaxin Magnetic Materials")}
    assert [t.evidence.stake for t in extraction.triples] == ["22.00%"]


def test_a_two_column_table_is_a_profile(reader):
    text = ("Basic information on the new controlling shareholder\n\n| Item | Details |\n|---|---|\n"
            "| Name | Lianyuan Rare Earth Group Co., Ltd. |\n"
            "| Registered address | No. 8 Binhe Road, Shuangqiao District, Chengde |\n"
            "| Legal representative and chairman | Wang Hongjun |\n"
            "| Main business | Rare earth mining, smelting and separation; neodymium oxide |\n"
            "| Shareholder | Hebei SASAC (100%) |\n")
    assert triples_of(reader, text) == {
        ("Lianyuan Rare Earth Group", "locatedIn", "Shuangqiao District"),
        ("Wang Hongjun", "leads", "Lianyuan Rare Earth Group"),
        ("Lianyuan Rare Earth Group", "produces", "Neodymium oxide"),  # not "rare earth mining", an activity
        ("Hebei SASAC", "owns", "Lianyuan Rare Earth Group"),
    }


def test_a_joint_venture_with_a_foreign_partner_in_which_both_hold_stakes(reader):
    text = ("Ningbo Hengrui Magnetics Co., Ltd. makes magnets. The group runs Changzhou Hengwa Motor Magnet Co., "
            "a joint venture with Japan's Sanwa Denki Kogyo K.K. in which Hengrui holds 60% and Sanwa the "
            "remaining 40%. Fjordvind AB buys magnets.\n")
    extraction = read(reader, text)
    assert facts(extraction) >= {
        ("Ningbo Hengrui Magnetics", "owns", "Changzhou Hengwa Motor Magnet"),
        ("Sanwa Denki Kogyo", "owns", "Changzhou Hengwa Motor Magnet"),
        ("Changzhou Hengwa Motor Magnet", "jointVentureOf", "Sanwa Denki Kogyo")}
    assert not any(t[1] == "owns" and t[2] == "Sanwa Denki Kogyo" for t in facts(extraction))
    assert {"Sanwa Denki Kogyo", "Fjordvind"} <= {e.label for e in extraction.entities}  # K.K., AB: legal forms


def test_magnet_kinds_and_qualities(reader):
    text = ("Weifang Rongda Magnet Co., Ltd. makes grain-boundary-diffused NdFeB magnets and high-coercivity "
            "sintered NdFeB magnets.\n")
    found = {(s, p, o.lower()) for s, p, o in triples_of(reader, text)}
    assert found == {("Weifang Rongda Magnet", "produces", "grain-boundary-diffused ndfeb magnets"),
                     ("Weifang Rongda Magnet", "produces", "sintered ndfeb magnets")}


def test_supply_agreements_and_a_customer_named_after_its_supplier(reader):
    text = ("Huaci Magnetic Co., Ltd. signed a five-year agreement to supply sintered NdFeB magnets to Nordvik "
            "Wind Systems A/S.\n\nShandong Lubei Catalyst makes cerium oxide. Jinan Huatong Emissions Systems is "
            "its biggest customer.\n")
    assert {t for t in triples_of(reader, text) if t[1] == "supplies"} == {
        ("Huaci Magnetic", "supplies", "Nordvik Wind Systems"),
        ("Shandong Lubei Catalyst", "supplies", "Jinan Huatong Emissions Systems")}


def test_a_list_of_elements_before_one_compound_and_makers_of_motors(reader):
    text = ("Hongyu Smelting Co., Ltd., a separation plant in Xinfeng county, produces dysprosium, terbium and "
            "yttrium oxides. Aisaka Motor Components Co., Ltd., a Nagoya-based maker of traction motors, buys "
            "magnets. Kanemori Magnetics Co., Ltd., a maker of magnets for hybrid car motors, buys oxide.\n")
    assert {(s, o.lower()) for s, p, o in triples_of(reader, text) if p == "produces"} == {
        ("Hongyu Smelting", "dysprosium oxide"), ("Hongyu Smelting", "terbium oxide"),
        ("Hongyu Smelting", "yttrium oxide"), ("Aisaka Motor Components", "traction motors"),
        ("Kanemori Magnetics", "magnets")}  # magnets, not the motors they go into


def test_roles_since_employed_by_remains_and_at_a_place_possessed_company(reader):
    text = ("Annika Solberg has led Nordmag ASA since 2021.\n\nJonas Weber, who runs procurement at Stuttgart's "
            "Hessler Elektromotoren GmbH, spoke.\n\nDefendant Mo Dewei, employed by Jinlong Mining Co., Ltd. as "
            "site manager, supervised the ponds.\n\nMs. Zhou Yimin remains general manager of Shanxi Huaxin Co., "
            "Ltd.\n")
    assert {t for t in triples_of(reader, text) if t[1] in ("leads", "worksFor")} == {
        ("Annika Solberg", "leads", "Nordmag"),
        ("Jonas Weber", "worksFor", "Hessler Elektromotoren"),
        ("Mo Dewei", "worksFor", "Jinlong Mining"),
        ("Zhou Yimin", "leads", "Shanxi Huaxin")}


def test_export_licensing_of_elements(reader):
    text = ("Since the Ministry of Commerce in Beijing put dysprosium and terbium under licensing in April, "
            "deliveries take longer.\n\nThe General Administration of Customs has regulated exports of yttrium "
            "through licensing since April 2025.\n")
    assert {(s, o.lower()) for s, p, o in triples_of(reader, text) if p == "regulates"} == {
        ("Ministry of Commerce", "dysprosium"), ("Ministry of Commerce", "terbium"),
        ("General Administration of Customs", "yttrium")}


def test_a_policy_named_before_its_issuer_in_a_relative_clause(reader):
    text = "Xinda Co., Ltd. joined the Green Mining Programme that the Ministry of Natural Resources launched in 2023.\n"
    assert triples_of(reader, text) == {
        ("Ministry of Natural Resources", "issued", "Green Mining Programme"),
        ("Xinda", "participatesIn", "Green Mining Programme")}


def test_sites_listed_after_a_colon_ventures_with_a_place_and_described_customers(reader):
    text = ("Huarong Magnet Co., Ltd. operates two plants: the Anping Plant in Anping, Hebei province, and the "
            "Xiling Plant in Xiling County, Hubei.\n\nDelong Holdings owns 40% of Delong-Sato Drives Co., a Suzhou "
            "joint venture with Japanese pump maker Sato Kiko Co., Ltd.\n\nMotors are built by Hengfa-Kimura Drive Co., a "
            "joint venture in Wuxi, Jiangsu, in which Hengfa Electric holds 60% and Kimura Motors holds 40%.\n\n"
            "Ruitong Magnetics' main customers are Wuhan-based carmaker Dongfeng Motor and offshore cable builder "
            "Zhongtian Cable Co.\n")
    assert triples_of(reader, text) == {
        ("Huarong Magnet", "owns", "Anping Plant"), ("Huarong Magnet", "owns", "Xiling Plant"),
        ("Anping Plant", "locatedIn", "Anping"), ("Anping", "locatedIn", "Hebei"),
        ("Xiling Plant", "locatedIn", "Xiling County"), ("Xiling County", "locatedIn", "Hubei"),
        ("Delong Holdings", "owns", "Delong-Sato Drives"), ("Delong-Sato Drives", "locatedIn", "Suzhou"),
        ("Delong-Sato Drives", "jointVentureOf", "Delong Holdings"),
        ("Delong-Sato Drives", "jointVentureOf", "Sato Kiko"),
        ("Hengfa Electric", "owns", "Hengfa-Kimura Drive"), ("Kimura Motors", "owns", "Hengfa-Kimura Drive"),
        ("Hengfa-Kimura Drive", "jointVentureOf", "Hengfa Electric"),
        ("Hengfa-Kimura Drive", "jointVentureOf", "Kimura Motors"),
        ("Hengfa-Kimura Drive", "locatedIn", "Wuxi"), ("Wuxi", "locatedIn", "Jiangsu"),
        ("Dongfeng Motor", "locatedIn", "Wuhan"), ("Ruitong Magnetics", "supplies", "Dongfeng Motor"),
        ("Ruitong Magnetics", "supplies", "Zhongtian Cable")}


def test_a_description_controlled_by_someone_is_no_list_item_of_it(reader):
    text = ("The new shareholders are the Anhui Industry Fund, a provincial vehicle controlled by Anhui Investment "
            "Group, and Qiaolin Capital, a Hangzhou-based fund.\n")
    assert triples_of(reader, text) == {
        ("Anhui Investment Group", "owns", "Anhui Industry Fund"), ("Qiaolin Capital", "locatedIn", "Hangzhou")}


def test_a_keynote_speaker_goes_on_speaking_over_paragraphs(reader):
    text = ("MODERATOR: Our next speaker is Gao Ruolan, chairwoman of Yuntai Rare Earth Holdings.\n\n"
            "GAO RUOLAN: Thank you.\n\n"
            "We are proud of our people. Last year Yuntai Magnet was selected for the Smart Factory Pilot "
            "Programme.\n\n"
            "We are grateful to our partners. Xilin Smelting supplies us with neodymium oxide.\n")
    assert {t for t in triples_of(reader, text) if t[1] != "produces"} == {
        ("Gao Ruolan", "leads", "Yuntai Rare Earth Holdings"),
        ("Yuntai Magnet", "participatesIn", "Smart Factory Pilot Programme"),
        ("Xilin Smelting", "supplies", "Yuntai Rare Earth Holdings")}


def test_owned_after_a_description_a_named_parents_subsidiary_and_a_national_list(reader):
    text = ("Hengda Smelting Co., which refines cerium oxide and is 65 percent owned by Lutai Holdings, grew.\n\n"
            "Pingyang Alloys Co. (Pingyang county), a producer of dysprosium-iron alloy that is 70% owned by Anjia "
            "Group, grew.\n\nThe bureau renewed the licence of Qilin Mining Co., the Jinlong Rare Earth Group subsidiary "
            "that operates the pit.\n\nIn 2023 the provincial department placed Qilin Mining on its national "
            "Green Mine List.\n")
    assert {t for t in triples_of(reader, text) if t[1] in ("owns", "participatesIn")} == {
        ("Lutai Holdings", "owns", "Hengda Smelting"), ("Anjia Group", "owns", "Pingyang Alloys"),
        ("Jinlong Rare Earth Group", "owns", "Qilin Mining"), ("Qilin Mining", "participatesIn", "Green Mine List")}


def test_industrial_parks_and_zones_are_places_not_products_or_bodies(reader):
    text = ("Weihai Magnet Co., Ltd. is based in the Anxin Rare Earth Permanent Magnet Industrial Park.\n\n"
            "Tianhe Motor Co., based in the Yudu Economic and Technological Development Zone, makes traction motors.\n\n"
            "The Administrative Committee of the Yudu High-Tech Industrial Development Zone owns Yudu Capital Co.\n")
    assert triples_of(reader, text) == {
        ("Weihai Magnet", "locatedIn", "Anxin Rare Earth Permanent Magnet Industrial Park"),
        ("Tianhe Motor", "locatedIn", "Yudu Economic and Technological Development Zone"),
        ("Tianhe Motor", "produces", "traction motors"),
        ("Administrative Committee of the Yudu High-Tech Industrial Development Zone", "owns", "Yudu Capital")}


def test_two_owners_with_stakes_mines_on_lists_production_lines_and_smelters(reader):
    text = ("Dali Rare Earth Co., which is 55% owned by Yunnan Tin Group and 45% owned by Kunming Industrial "
            "Investment, operates the Dali Mine.\n\nThe Dali Mine joined the Ministry of Natural Resources' National "
            "Green Mine List in 2021.\n\nBaiyun Magnet Co., Ltd. operates a 5,000-tonne production line for sintered "
            "NdFeB magnets.\n\nHunan Jinxin Metals Co., Ltd., a smelter of dysprosium metal, grew.\n\n"
            "Ganzhou Xinyuan Co., Ltd., a recycler of NdFeB scrap, grew.\n")
    assert triples_of(reader, text) == {
        ("Yunnan Tin Group", "owns", "Dali Rare Earth"), ("Kunming Industrial Investment", "owns", "Dali Rare Earth"),
        ("Dali Rare Earth", "owns", "Dali Mine"),
        ("Ministry of Natural Resources", "issued", "National Green Mine List"),
        ("Dali Mine", "participatesIn", "National Green Mine List"),  # a mine NER took for a person works nowhere
        ("Baiyun Magnet", "produces", "sintered NdFeB magnets"),
        ("Hunan Jinxin Metals", "produces", "dysprosium metal")}  # a recycler of scrap makes no magnets


def test_located_by_our_based_unit_the_operator_of_a_site_and_both(reader):
    text = ("Kexin Europe GmbH, our Munich-based sales subsidiary, grew.\n\nLongxi ships ore to the Hezhou "
            "Separation Plant, which Xijiang Rare Earth operates in Hezhou.\n\nHuaxin Group remains the controlling "
            "shareholder of Huaxin Magnet Co., and both are headquartered in Zibo.\n")
    assert {t for t in triples_of(reader, text) if t[1] == "locatedIn"} == {
        ("Kexin Europe", "locatedIn", "Munich"), ("Hezhou Separation Plant", "locatedIn", "Hezhou"),
        ("Huaxin Group", "locatedIn", "Zibo"), ("Huaxin Magnet", "locatedIn", "Zibo")}


def test_what_a_maker_makes_when_named_before_the_noun(reader):
    text = ("Hengrui's customers include Chongqing-based motor maker Yuxin Drive Co. and Haibei Wind Power Co., a "
            "turbine builder in Qinghai.\n\nLinhai Bus Co., Ltd., a Taizhou-based bus maker, grew.\n\n"
            "Hongda Metals Co. sells its terbium to electric-vehicle and wind-turbine makers.\n")
    assert triples_of(reader, text) == {
        ("Hengrui", "supplies", "Yuxin Drive"), ("Hengrui", "supplies", "Haibei Wind Power"),
        ("Yuxin Drive", "locatedIn", "Chongqing"), ("Yuxin Drive", "produces", "motors"),
        ("Haibei Wind Power", "locatedIn", "Qinghai"), ("Haibei Wind Power", "produces", "turbines"),
        ("Linhai Bus", "locatedIn", "Taizhou"), ("Linhai Bus", "produces", "buses"),
        ("Hongda Metals", "produces", "Terbium")}  # not the vehicles and turbines its customers make


def test_an_earnings_call_lists_the_company_officers_who_then_say_we(reader):
    text = ("HUAYU MAGNET TECHNOLOGY CO., LTD. (300888.SZ)\nQ3 2025 Earnings Call Transcript\n\n"
            "CORPORATE PARTICIPANTS\nLiu Jianguo - Chairman\nZhou Min - Head of Investor Relations\n\n"
            "OPERATOR: Our first question is about the venture.\n\n"
            "LIU JIANGUO (Chairman): Huayu-Kato Rotor Co., our joint venture with Osaka-based Kato Denki Co., "
            "is located in Ningbo. Xiamen Tungsten supplies us with dysprosium.\n")
    assert triples_of(reader, text) == {
        ("Liu Jianguo", "leads", "Huayu Magnet Technology"), ("Zhou Min", "worksFor", "Huayu Magnet Technology"),
        ("Kato Denki", "locatedIn", "Osaka"),
        ("Huayu-Kato Rotor", "locatedIn", "Ningbo"),
        ("Huayu-Kato Rotor", "jointVentureOf", "Huayu Magnet Technology"),
        ("Huayu-Kato Rotor", "jointVentureOf", "Kato Denki"),
        ("Xiamen Tungsten", "supplies", "Huayu Magnet Technology"), ("Xiamen Tungsten", "produces", "Dysprosium")}


def test_a_table_of_enterprises_and_their_sites_places_and_products_the_sites(reader):
    text = ("The bureau published the list below.\n\n"
            "| No. | Enterprise | Mine / plant | Location | Main products |\n|---|---|---|---|---|\n"
            "| 1 | Anxi Mining Co., Ltd. | Shitou Rare Earth Mine | Xunwu County, Ganzhou | Mixed rare earth carbonate |\n"
            "| 2 | Huilong Metals Co., Ltd. | Ruijin Separation Plant | Ruijin, Ganzhou | Dysprosium oxide |\n")
    assert triples_of(reader, text) == {
        ("Anxi Mining", "owns", "Shitou Rare Earth Mine"), ("Shitou Rare Earth Mine", "locatedIn", "Xunwu"),
        ("Xunwu", "locatedIn", "Ganzhou"), ("Ruijin", "locatedIn", "Ganzhou"),
        ("Shitou Rare Earth Mine", "produces", "Mixed rare earth carbonate"),
        ("Anxi Mining", "produces", "Mixed rare earth carbonate"),  # what its mine produces
        ("Huilong Metals", "owns", "Ruijin Separation Plant"), ("Ruijin Separation Plant", "locatedIn", "Ruijin"),
        ("Ruijin Separation Plant", "produces", "Dysprosium oxide"), ("Huilong Metals", "produces", "Dysprosium oxide")}


def test_a_table_of_quota_holders_their_operating_subsidiaries_and_sites(reader):
    text = ("Quota allocations by province follow.\n\n"
            "| Province | Quota holder | Operating subsidiary | Main mine / plant | Mining (t) |\n|---|---|---|---|---|\n"
            "| Sichuan | China Rare Earth Group | Liangshan Huarui Mining | Maoniuping mine, Mianning county | 16,900 |\n")
    assert triples_of(reader, text) == {
        ("China Rare Earth Group", "owns", "Liangshan Huarui Mining"),  # a quota holder is no shareholder row
        ("Liangshan Huarui Mining", "owns", "Maoniuping mine"), ("Maoniuping mine", "locatedIn", "Mianning"),
        ("Liangshan Huarui Mining", "locatedIn", "Sichuan")}


def test_a_deal_tracker_table_with_acquirers_places_in_notes_and_unfinished_deals(reader):
    text = ("The regulator reviewed these deals.\n\n"
            "| # | Acquirer (HQ) | Target (location) | Target's main products | Stake | Status |\n|---|---|---|---|---|---|\n"
            "| 1 | Hengli Magnet Co. (Ningbo) | Baotou Zhongke Magnet Co. (Baotou) | NdFeB magnets | 51% | Completed |\n"
            "| 2 | Shenghe Resources + Saigon Rare Earth JSC | Viet-Sheng Rare Earth Processing Co. (Hai Phong) | "
            "neodymium oxide | 60/40 | Completed |\n"
            "| 3 | Xiamen Lutong Metals Co. (Xiamen) | Meiyuan Rare Earth Co. (Meizhou) | terbium oxide | 40% | Terminated |\n"
            "| 4 | Jinyu Magnet Co. (Ningbo) | Hualian Rare Earth Co. (Ganzhou) | PrNd oxide | 20% | Cancelled (May) |\n")
    assert triples_of(reader, text) == {
        ("Hengli Magnet", "owns", "Baotou Zhongke Magnet"), ("Baotou Zhongke Magnet", "produces", "NdFeB magnets"),
        ("Shenghe Resources Holding", "owns", "Viet-Sheng Rare Earth Processing"),
        ("Saigon Rare Earth", "owns", "Viet-Sheng Rare Earth Processing"),
        ("Viet-Sheng Rare Earth Processing", "produces", "Neodymium oxide"),
        ("Hengli Magnet", "locatedIn", "Ningbo"),  # "(HQ)", "(location)": each note is where, not a name
        ("Baotou Zhongke Magnet", "locatedIn", "Baotou")}


def test_a_table_of_appointments_names_each_person_s_organisation(reader):
    text = ("Appointments this quarter.\n\n| Date | Person | Organisation | New role | Previous role |\n"
            "|---|---|---|---|---|\n| 6 Jan | Qin Haobo | China Rare Earth Group | General manager | Chairman, Hengyuan |\n"
            "| 10 Feb | Kong Fanrui | Shenghe Resources Holding | Board secretary | Securities representative |\n")
    assert triples_of(reader, text) == {
        ("Qin Haobo", "leads", "China Rare Earth Group"),
        ("Kong Fanrui", "worksFor", "Shenghe Resources Holding")}  # not the previous role's


def test_a_supplier_table_says_what_each_supplier_produces(reader):
    text = ("Hefei Zhongheng Motor Magnetics rates its suppliers below.\n\n"
            "| Supplier | Owner / parent (stake) | Produces | Score |\n|---|---|---|---|\n"
            "| Jiangxi Ganxin Rare Metals | China Rare Earth Group (60%) | Dysprosium metal; terbium metal | 88 |\n")
    assert triples_of(reader, text) == {
        ("China Rare Earth Group", "owns", "Jiangxi Ganxin Rare Metals"),
        ("Jiangxi Ganxin Rare Metals", "supplies", "Hefei Zhongheng Motor Magnetics"),
        ("Jiangxi Ganxin Rare Metals", "produces", "Dysprosium metal"),
        ("Jiangxi Ganxin Rare Metals", "produces", "Terbium metal")}


def test_a_table_of_joint_ventures_with_partners_stakes_sites_and_products(reader):
    text = ("The table compares the ventures.\n\n| Joint venture | Partners and stakes | Site | Main product | Set up |\n"
            "|---|---|---|---|---|\n| Leshan Xinlian Smelting Co. | Shenghe Resources 65%; Leshan Dongfeng Chemical 35% "
            "| Leshan, Sichuan | lanthanum oxide | 2017 |\n| Meizhou Huajian Separation Co. | China Rare Earth Group; "
            "Meizhou Pingyuan Investment | Pingyuan County, Guangdong | terbium oxide | 2022 |\n")
    assert triples_of(reader, text) == {
        ("Leshan Xinlian Smelting", "jointVentureOf", "Shenghe Resources Holding"),
        ("Leshan Xinlian Smelting", "jointVentureOf", "Leshan Dongfeng Chemical"),
        ("Shenghe Resources Holding", "owns", "Leshan Xinlian Smelting"),  # a partner with a stake owns it
        ("Leshan Dongfeng Chemical", "owns", "Leshan Xinlian Smelting"),
        ("Leshan Xinlian Smelting", "locatedIn", "Leshan"), ("Leshan", "locatedIn", "Sichuan"),
        ("Leshan Xinlian Smelting", "produces", "Lanthanum oxide"),
        ("Meizhou Huajian Separation", "jointVentureOf", "China Rare Earth Group"),
        ("Meizhou Huajian Separation", "jointVentureOf", "Meizhou Pingyuan Investment"),
        ("Meizhou Huajian Separation", "locatedIn", "Pingyuan County"), ("Pingyuan County", "locatedIn", "Guangdong"),
        ("Meizhou Huajian Separation", "produces", "Terbium oxide")}


def test_a_table_of_executives_locates_and_owns_their_organisations_not_them(reader):
    text = ("Executive changes in the second quarter.\n\n| # | Organisation | Based in | Parent / major shareholder (stake) "
            "| Executive | New role | Previous role |\n|---|---|---|---|---|---|---|\n| 1 | Ganzhou Tianyu Magnet | "
            "Ganzhou, Jiangxi | China Rare Earth Group (45%) | Ren Jiahao | Chairman | Chairman, Jiangxi Gongyi Tungsten "
            "(until March) |\n| 2 | Shenghe Resources | Chengdu, Sichuan | Listed; no controlling shareholder | Gu Lei | "
            "President | Chief financial officer |\n")
    assert triples_of(reader, text) == {
        ("China Rare Earth Group", "owns", "Ganzhou Tianyu Magnet"), ("Ren Jiahao", "leads", "Ganzhou Tianyu Magnet"),
        ("Ganzhou Tianyu Magnet", "locatedIn", "Ganzhou"), ("Ganzhou", "locatedIn", "Jiangxi"),
        ("Gu Lei", "leads", "Shenghe Resources Holding"),  # the previous role's "until" ends no current post
        ("Shenghe Resources Holding", "locatedIn", "Chengdu"), ("Chengdu", "locatedIn", "Sichuan")}


def test_a_paragraph_above_a_table_that_mentions_negotiations_leaves_its_current_rows(reader):
    text = ("Our team traced the contracts below. Rows marked as terminated, under negotiation or denied are shown "
            "for completeness and are not current supply relationships.\n\n| Supplier (headquarters) | "
            "Product made by supplier | Customer | Status |\n|---|---|---|---|\n| Leshan Hongda Smelting (Leshan, "
            "Sichuan) | praseodymium-neodymium oxide | Ningbo Yongxin Magnetics | Active |\n| Tianjin Sanhe Magnet "
            "(Tianjin) | sintered NdFeB magnets | Seoul Hanbit Motors | Under negotiation |\n")
    assert triples_of(reader, text) == {
        ("Leshan Hongda Smelting", "supplies", "Ningbo Yongxin Magnetics"),
        ("Leshan Hongda Smelting", "produces", "Praseodymium-neodymium oxide"),
        ("Leshan Hongda Smelting", "locatedIn", "Leshan"), ("Leshan", "locatedIn", "Sichuan")}


def test_a_directory_entry_s_ownership_and_key_contact_fields(reader):
    text = ("Ganzhou Tianci Magnetic Materials Co., Ltd.\nCategory: Permanent magnets\n"
            "Address: Ganxian district, Ganzhou, Jiangxi\nOwnership: Joint venture of Ganzhou Ruiyang Separation "
            "Technology (51%) and Hokuriku Magnetics Co. of Japan (49%)\nKey contact: Wu Shaoqing, General Manager\n\n"
            "Ganjiang Rare Earth Metallurgy Research Institute\nAddress: Zhanggong district, Ganzhou\n"
            "Key contact: Prof. Liao Jinsong, Director\n")
    assert triples_of(reader, text) == {
        ("Ganzhou Tianci Magnetic Materials", "locatedIn", "Ganxian district"),
        ("Ganxian district", "locatedIn", "Ganzhou"), ("Ganzhou", "locatedIn", "Jiangxi"),
        ("Ganzhou Ruiyang Separation Technology", "owns", "Ganzhou Tianci Magnetic Materials"),
        ("Hokuriku Magnetics", "owns", "Ganzhou Tianci Magnetic Materials"),
        ("Ganzhou Tianci Magnetic Materials", "jointVentureOf", "Ganzhou Ruiyang Separation Technology"),
        ("Ganzhou Tianci Magnetic Materials", "jointVentureOf", "Hokuriku Magnetics"),
        ("Hokuriku Magnetics", "locatedIn", "Japan"),
        ("Wu Shaoqing", "leads", "Ganzhou Tianci Magnetic Materials"),
        ("Ganjiang Rare Earth Metallurgy Research Institute", "locatedIn", "Zhanggong district"),  # NER: "Ganjiang"
        ("Zhanggong district", "locatedIn", "Ganzhou"),
        ("Liao Jinsong", "leads", "Ganjiang Rare Earth Metallurgy Research Institute")}


def test_a_table_under_an_allocation_line_lists_participants_of_the_policy_named_before(reader):
    text = ("MIIT and the MNR have issued the 2025 First Batch of Rare Earth Total Quantity Control Indicators.\n"
            "The smelting and separation indicators are allocated to the following enterprises:\n"
            "| No. | Enterprise | Controlling shareholder | Location | Main product |\n|---|---|---|---|---|\n"
            "| 1 | Baotou Jinshan Separation Co., Ltd. | China Northern Rare Earth | Jiuyuan District, Baotou | "
            "cerium oxide |\n")
    policy = "2025 First Batch of Rare Earth Total Quantity Control Indicators"
    assert triples_of(reader, text) == {
        ("Ministry of Industry and Information Technology", "issued", policy),
        ("Ministry of Natural Resources", "issued", policy),
        ("Baotou Jinshan Separation", "participatesIn", policy),
        ("China Northern Rare Earth Group", "owns", "Baotou Jinshan Separation"),
        ("Baotou Jinshan Separation", "locatedIn", "Jiuyuan District"),
        ("Jiuyuan District", "locatedIn", "Baotou"), ("Baotou Jinshan Separation", "produces", "Cerium oxide")}


def test_a_table_of_plants_with_operating_companies_and_their_parents(reader):
    text = ("Plants at a glance.\n\n| Plant | Location | Operating company | Parent group (stake) | Main products |\n"
            "|---|---|---|---|---|\n| Zibo Luhua Separation Plant | Zibo, Shandong | Zibo Luhua Rare Earth | China Northern "
            "Rare Earth (60%); Shandong Luxin Investment (40%) | neodymium oxide |\n")
    extraction = read(reader, text)
    assert facts(extraction) == {
        ("Zibo Luhua Rare Earth", "owns", "Zibo Luhua Separation Plant"),  # the operator owns the plant
        ("China Northern Rare Earth Group", "owns", "Zibo Luhua Rare Earth"),  # and the parents own the operator
        ("Shandong Luxin Investment", "owns", "Zibo Luhua Rare Earth"),
        ("Zibo Luhua Separation Plant", "locatedIn", "Zibo"), ("Zibo", "locatedIn", "Shandong"),
        ("Zibo Luhua Separation Plant", "produces", "Neodymium oxide")}
    assert {t.subject.label: t.evidence.stake for t in extraction.triples if t.object.label == "Zibo Luhua Rare Earth"} == {
        "China Northern Rare Earth Group": "60%", "Shandong Luxin Investment": "40%"}  # each its own stake


def test_a_due_diligence_memo_s_target_and_its_subsidiaries_table(reader):
    text = ('Project Lantern: Due Diligence Summary (Subsidiaries and Associates)\n\nFujian Minxi Rare Earth Holdings '
            'Co., Ltd. ("Minxi Holdings" or the "Target") is headquartered in Longyan. The Target is chaired by Lin '
            "Zhiyuan.\n\n## 2. Subsidiaries\n\n| # | Entity | Location | Target's interest | Products |\n|---|---|---|---|---|\n"
            "| 1 | Changting Minxi Mining Co., Ltd. | Xinluo district, Longyan | 100% | mixed rare earth oxide |\n")
    assert triples_of(reader, text) == {
        ("Fujian Minxi Rare Earth Holdings", "locatedIn", "Longyan"),
        ("Lin Zhiyuan", "leads", "Fujian Minxi Rare Earth Holdings"),  # "the Target" is the company it defines
        ("Fujian Minxi Rare Earth Holdings", "owns", "Changting Minxi Mining"),  # not "Subsidiaries"
        ("Changting Minxi Mining", "locatedIn", "Xinluo district"), ("Xinluo district", "locatedIn", "Longyan"),
        ("Changting Minxi Mining", "produces", "Rare earth oxides")}


def test_tables_of_groups_and_of_projects_name_their_rows(reader):
    groups = ("Quota holders\n\n| Group | Headquarters | Controlling shareholder |\n|---|---|---|\n"
              "| China Northern Rare Earth | Baotou, Inner Mongolia | Baogang Group |\n")
    assert triples_of(reader, groups) == {
        ("Baogang", "owns", "China Northern Rare Earth Group"),
        ("China Northern Rare Earth Group", "locatedIn", "Baotou"), ("Baotou", "locatedIn", "Inner Mongolia")}
    projects = ("Projects approved this year.\n\n| No. | Project | Project owner (sponsor) | Site | Main products |\n"
                "|---|---|---|---|---|\n| 1 | Fuxing Magnet Plant | Ganzhou Fuxing Magnetic Materials Co., Ltd. (note d) | "
                "Ganzhou | Sintered NdFeB magnets |\n")
    assert triples_of(reader, projects) == {
        ("Ganzhou Fuxing Magnetic Materials", "owns", "Fuxing Magnet Plant"),
        ("Fuxing Magnet Plant", "locatedIn", "Ganzhou"), ("Fuxing Magnet Plant", "produces", "sintered NdFeB magnets")}


def test_a_denial_outweighs_hearsay_of_the_same_fact(reader):
    text = ("MA XIULAN: And Jinshan Smelting? Residents say it also refines dysprosium.\n"
            "SUN LIJUN: Jinshan Smelting produces lanthanum oxide. Jinshan Smelting does not produce dysprosium.\n")
    assert triples_of(reader, text) == {("Jinshan Smelting", "produces", "Lanthanum oxide")}


def test_an_organisation_chart_table_with_heads_and_a_joint_venture(reader):
    text = ("Nanling Rare Earth Group: organisation chart\n\n| Unit | Parent | Stake held by parent | Head | Location | "
            "Main products / function |\n|---|---|---|---|---|---|\n| Longnan Nanling Mining Co., Ltd. | Nanling Rare "
            "Earth Group | 100% | Lai Youcai (General Manager) | Longnan county, Ganzhou | Mixed rare earth carbonate |\n"
            "| Nanling-Thermion Recycling Co., Ltd. (joint venture) | Nanling Rare Earth Group / Thermion Recycling GmbH | "
            "51% / 49% | Markus Feld (General Manager) | Longnan county, Ganzhou | Recycled neodymium oxide |\n")
    assert triples_of(reader, text) == {
        ("Nanling Rare Earth Group", "owns", "Longnan Nanling Mining"), ("Lai Youcai", "leads", "Longnan Nanling Mining"),
        ("Longnan Nanling Mining", "locatedIn", "Longnan"), ("Longnan", "locatedIn", "Ganzhou"),
        ("Longnan Nanling Mining", "produces", "Mixed rare earth carbonate"),
        ("Nanling Rare Earth Group", "owns", "Nanling-Thermion Recycling"),
        ("Thermion Recycling", "owns", "Nanling-Thermion Recycling"),
        ("Nanling-Thermion Recycling", "jointVentureOf", "Nanling Rare Earth Group"),  # "(joint venture)": its owners
        ("Nanling-Thermion Recycling", "jointVentureOf", "Thermion Recycling"),
        ("Markus Feld", "leads", "Nanling-Thermion Recycling"), ("Nanling-Thermion Recycling", "locatedIn", "Longnan"),
        ("Nanling-Thermion Recycling", "produces", "Neodymium oxide")}


def test_a_price_table_s_units_name_no_one(reader):
    text = ("Prices this week.\n\n| Product | Unit | 23 May | 16 May |\n|---|---|---:|---:|\n"
            "| Praseodymium-neodymium oxide | RMB/t | 452,000 | 441,500 |\n| Dysprosium oxide | RMB/kg | 1,655 | 1,655 |\n")
    extraction = read(reader, text)
    assert facts(extraction) == set()
    assert {e.label for e in extraction.entities} == {"Praseodymium-neodymium oxide", "Dysprosium oxide"}  # no "RMB/t"


def test_a_paper_s_authors_work_for_their_numbered_affiliations(reader):
    text = ("C-01 Magnesium-based saponification\n\nLiu Fang (1), Deng Yiwen (2), Hu Zhenbang (1,*)\n"
            "(1) Ganzhou Institute of Rare Earth Engineering (GIREE), Chinese Academy of Sciences, Ganzhou, China\n"
            "(2) Xunwu Heavy Rare Earth Smelting Co., Ltd., Xunwu county, Jiangxi\n\nWe report a new route.\n")
    assert triples_of(reader, text) == {
        ("Liu Fang", "worksFor", "Ganzhou Institute of Rare Earth Engineering"),
        ("Hu Zhenbang", "worksFor", "Ganzhou Institute of Rare Earth Engineering"),
        ("Deng Yiwen", "worksFor", "Xunwu Heavy Rare Earth Smelting"),
        ("Xunwu Heavy Rare Earth Smelting", "locatedIn", "Xunwu")}  # the numbered affiliation gives its place


def test_a_filing_s_definitions_and_its_plain_text_table(reader):
    text = ('SECTION 1 DEFINITIONS\n"Issuer", "the Company" or "Huiteng Group": Baotou Huiteng Rare Earth Investment '
            'Group Co., Ltd.\n"Guarantor": Inner Mongolia Hengxin Financing Guarantee Co., Ltd.\n\n'
            "4.1 Basic information\nRegistered address: No. 8 Huanghe Avenue, Baotou, Inner Mongolia\n"
            "Legal representative and Chairman: Gao Shuming\n\n4.3 Major subsidiaries\n"
            "No. | Subsidiary | Place of registration | Issuer's stake | Principal products\n"
            "1 | Baotou Huiteng Magnetic Materials Co., Ltd. | Baotou, Inner Mongolia | 100% | Sintered NdFeB magnets\n"
            "2 | Huiteng (Hong Kong) Trading Limited | Hong Kong | 100% | Overseas sales\n\n"
            "The Guarantor does not hold any equity interest in the Issuer. Huiteng Group buys oxide from China "
            "Northern Rare Earth.")
    group = "Baotou Huiteng Rare Earth Investment Group"
    assert triples_of(reader, text) == {
        (group, "locatedIn", "Baotou"), ("Baotou", "locatedIn", "Inner Mongolia"),
        ("Gao Shuming", "leads", group),  # the fields' subject: the organisation the filing defines
        (group, "owns", "Baotou Huiteng Magnetic Materials"), (group, "owns", "Huiteng (Hong Kong) Trading"),
        ("Baotou Huiteng Magnetic Materials", "locatedIn", "Baotou"),
        ("Baotou Huiteng Magnetic Materials", "produces", "sintered NdFeB magnets"),
        ("Huiteng (Hong Kong) Trading", "locatedIn", "Hong Kong"),
        ("China Northern Rare Earth Group", "supplies", group)}


def test_a_show_report_s_booth_numbers_are_no_advertisement(reader):
    text = ("Booth A12 - Xiamen-based Jiayue Magnetic Materials drew a queue. Jiayue supplies rotor magnets to "
            "Wuhu Zhidong Drive.\n\nSPONSORED: Jinpeng Logistics moves cargo for China Rare Earth Group.\n\n"
            "Jinpeng Freight, a Ganzhou-based forwarder, ships magnets to Hengtai Motors. Meet our team at Booth B12.\n")
    assert triples_of(reader, text) == {
        ("Jiayue Magnetic Materials", "locatedIn", "Xiamen"),
        ("Jiayue Magnetic Materials", "supplies", "Wuhu Zhidong Drive")}


def test_exhibitor_items_subsidiaries_after_a_description_and_selected_among_companies(reader):
    text = ("* Ningbo Kaide Magnetics — This joint venture between Zhejiang Kaide Group and Osaka-based trading "
            "house Mikura Shoji Co. showed rotor assemblies.\n\n* Baotou Yinxing Magnet Co. — Headquartered in "
            "Baotou, Yinxing showed its stand.\n\nHuanxin Co. supplies oxide to Anhui Leiting Drive Co., a Hefei "
            "maker of traction motors and a subsidiary of Hefei Xinghuo Automotive.\n\nWang Lihua, director of "
            "MIIT's Raw Materials Industry Department, said that 15 companies, including Zhejiang Kaide Group and "
            "Baotou Yinxing Magnet, have been selected for MIIT's Magnet Recycling Pilot Programme.\n")
    assert triples_of(reader, text) >= {
        ("Ningbo Kaide Magnetics", "jointVentureOf", "Zhejiang Kaide Group"),
        ("Baotou Yinxing Magnet", "locatedIn", "Baotou"),
        ("Hefei Xinghuo Automotive", "owns", "Anhui Leiting Drive"),
        ("Zhejiang Kaide Group", "participatesIn", "Magnet Recycling Pilot Programme"),
        ("Baotou Yinxing Magnet", "participatesIn", "Magnet Recycling Pilot Programme"),
        ("Wang Lihua", "worksFor", "Ministry of Industry and Information Technology")}
    assert ("Wang Lihua", "leads", "Ministry of Industry and Information Technology") not in triples_of(reader, text)


def test_a_dash_list_of_the_companies_selected_for_a_programme(reader):
    text = ("The ministry launched the Magnet Traceability Pilot Programme last year. The five companies selected "
            "for the pilot are:\n-- Hunan Xiangtan Magnet Co., a maker of magnets;\n-- Fujian Longhai Metals Co., "
            "which makes dysprosium metal.\n")
    assert {t for t in triples_of(reader, text) if t[1] == "participatesIn"} == {
        ("Hunan Xiangtan Magnet", "participatesIn", "Magnet Traceability Pilot Programme"),
        ("Fujian Longhai Metals", "participatesIn", "Magnet Traceability Pilot Programme")}


def test_a_mine_named_in_lower_case(reader):
    text = ("Anxi Tianlan Mining Co. operates the Shangping ionic clay mine in Xunwu county.\n\n"
            "Most ore comes from the Bayan Obo mine, which Baogang operates in Inner Mongolia.\n")
    assert triples_of(reader, text) == {
        ("Anxi Tianlan Mining", "owns", "Shangping ionic clay mine"),
        ("Shangping ionic clay mine", "locatedIn", "Xunwu"),
        ("Baogang", "owns", "Bayan Obo mine"), ("Bayan Obo mine", "locatedIn", "Inner Mongolia")}


def test_a_speaker_with_the_employer_in_parentheses_and_headed_by_after_a_product(reader):
    assert triples_of(reader, "QUESTION (Olga Petrova, Metal Bulletin Asia): How much?\n") == {
        ("Olga Petrova", "worksFor", "Metal Bulletin Asia")}
    text = ("Gannan Dexin Motor Co., Ltd., a maker of permanent-magnet traction motors, is headed by general "
            "manager Pan Jiayi.\n")
    assert {t for t in triples_of(reader, text) if t[1] == "leads"} == {("Pan Jiayi", "leads", "Gannan Dexin Motor")}


def test_a_call_transcript_lists_its_participants_with_commas_and_speaks_for_the_company(reader):
    text = ("LIANFENG MAGNET CO., LTD.\nFirst-Half Results Call\n\nCORPORATE PARTICIPANTS\n"
            "Sophie Wu, Investor Relations Manager\nZhou Peiran, Chairman and Chief Executive Officer\n"
            "Gao Minghui, Vice President, Operations\n\n"
            "Zhou Peiran: China Northern Rare Earth remains our main supplier of praseodymium-neodymium metal.\n")
    assert triples_of(reader, text) == {
        ("Sophie Wu", "worksFor", "Lianfeng Magnet"), ("Zhou Peiran", "leads", "Lianfeng Magnet"),
        ("Gao Minghui", "worksFor", "Lianfeng Magnet"),
        ("China Northern Rare Earth Group", "supplies", "Lianfeng Magnet")}


def test_an_annual_report_with_a_text_table_of_subsidiaries_and_its_corporate_information(reader, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(
        "LIANHE RARE EARTH HOLDINGS LIMITED\n\nThis report is published by Lianhe Rare Earth Holdings Limited.\n\n"
        "PARTICULARS OF PRINCIPAL SUBSIDIARIES\n\n"
        "  Name of subsidiary            Place of                   Equity interest    Principal\n"
        "                                incorporation              Direct  Indirect   activities\n"
        "  ----------------------------  -------------------------  ------  --------   -----------------------\n"
        "  Lianhe Mining Co., Ltd.       PRC (Meizhou, Guangdong)   -       70%        Production of mixed rare\n"
        "                                                                              earth carbonate\n"
        "  Lianhe Suzhou Co., Ltd.       PRC (Suzhou)               100%    -          Sale of magnets\n\n"
        "Huayue Metals is a joint venture between the Company and Baogang. Under its framework agreement, Baogang\n"
        "is not a supplier of the Company.\n\n"
        "CORPORATE INFORMATION\n\n"
        "Executive Directors        Mr. Cai Hong (Chairman)\n"
        "Non-executive Director     Ms. Lin Yu\n"
        "Headquarters               Guangzhou\n", encoding="utf-8")
    extraction = read(reader, read_article(path).text)
    assert facts(extraction) == {
        ("Lianhe Rare Earth Holdings", "owns", "Lianhe Mining"), ("Lianhe Mining", "locatedIn", "Meizhou"),
        ("Meizhou", "locatedIn", "Guangdong"), ("Lianhe Mining", "produces", "Mixed rare earth carbonate"),
        ("Lianhe Rare Earth Holdings", "owns", "Lianhe Suzhou"), ("Suzhou", "locatedIn", "China"),
        ("Lianhe Suzhou", "locatedIn", "Suzhou"),
        ("Huayue Metals", "jointVentureOf", "Lianhe Rare Earth Holdings"), ("Huayue Metals", "jointVentureOf", "Baogang"),
        ("Cai Hong", "leads", "Lianhe Rare Earth Holdings"), ("Lin Yu", "worksFor", "Lianhe Rare Earth Holdings"),
        ("Lianhe Rare Earth Holdings", "locatedIn", "Guangzhou")}
    stakes = {(t.object.label, t.evidence.stake) for t in extraction.triples if t.predicate == "owns"}
    assert stakes == {("Lianhe Mining", "70%"), ("Lianhe Suzhou", "100%")}


@pytest.mark.parametrize("text", [
    "Nor, Liu added, is Baotou Xinghe Magnet a supplier to Qingcheng Wind Energy Co.",
    "Anhui Hefeng Magnet Co. is run by Du Weiping; founder Qiu Lan, who chaired the company before him, now sits on "
    "no board.",
    "For a decade Longnan Huaxin Rare Earth Co. was controlled by Ganzhou Rare Earth Group; that holding was "
    "transferred in 2022 to another group.",
    "Hakuto Precision Co. held a minority stake in Jiangsu Ruifeng Magnet Co. before its listing but sold it in 2020.",
    "Zhao Lianfeng, then chairman of Baotou Kundulun Magnet Co., toured the plant.",
    "A chart circulating online shows China Rare Earth Group supplying Ningbo Yunsheng directly. It does not; "
    "Yunsheng buys through traders.",
    "Mr. Wang resigned as Chairman of Xinghai Rare Earth Materials Co. with effect from 22 August.",
    "The Board thanks Mr. Wang Guoqiang, who chaired Xinghai Rare Earth Materials Co. for nine years.",
    "Han Deming joined Baotou Iron and Steel in 1962 and stayed until he retired in 2001.",
    "Before that she spent nine years at Shenghe Resources, where she was deputy head of its Chengdu centre.",
    "SPONSORED\nFujian Golden Dragon Rare-Earth Co., Xiamen Tungsten's rare earth arm, invites you to the summit.",
    "Statements that Hunan Lijia Magnet Co. holds a stake in Xiangtan Yufeng Alloy Co. are outdated: Lijia sold it.",
    "ADVERTISEMENT\nKinetic Funds: strategic metals, strategic returns\nOur fund holds a stake in Xiamen Tungsten.",
    "Its director, Prof. Xu Mingyuan, succeeded Prof. Guo Shuhua, who led the Jiangxi Institute of Rare Earth "
    "Functional Materials from 2009 to 2022.",
])
def test_no_fact_from_a_negation_a_former_post_or_a_denial_that_follows(reader, text):
    assert {t for t in triples_of(reader, text) if t[1] not in ("locatedIn", "produces")} == set()


def test_lower_case_quotas_lists_and_directories_and_who_takes_part(reader):
    text = ("MIIT and the Ministry of Natural Resources issued the first batch of the 2025 rare earth total amount "
            "control indicators to two groups only, China Northern Rare Earth and China Rare Earth Group.\n\n"
            "MIIT named Hunan Lianxin Recycling Co. to its national pilot list for the comprehensive utilisation of "
            "rare earth secondary resources.\n\n"
            "In March MIIT included Fuzhou Dingli Magnet Co. in its ninth batch of manufacturing single champion "
            "enterprises.\n\n"
            "In 2020 Longnan Xinfa Rare Earth Co. was included in the national green mine directory maintained by "
            "the Ministry of Natural Resources.\n")
    quota, pilot = "2025 rare earth total amount control indicators", (
        "national pilot list for the comprehensive utilisation of rare earth secondary resources")
    champions, directory = "ninth batch of manufacturing single champion enterprises", "national green mine directory"
    assert triples_of(reader, text) == {
        ("Ministry of Industry and Information Technology", "issued", quota),
        ("Ministry of Natural Resources", "issued", quota),
        ("China Northern Rare Earth Group", "participatesIn", quota), ("China Rare Earth Group", "participatesIn", quota),
        ("Ministry of Industry and Information Technology", "issued", pilot),
        ("Hunan Lianxin Recycling", "participatesIn", pilot),
        ("Ministry of Industry and Information Technology", "issued", champions),
        ("Fuzhou Dingli Magnet", "participatesIn", champions),
        ("Ministry of Natural Resources", "issued", directory), ("Longnan Xinfa Rare Earth", "participatesIn", directory)}


def test_a_list_table_whose_ownership_column_describes_and_whose_notes_tell_history(reader):
    text = ("# Rare earth companies in Jiangxi\n\n"
            "| Company | Headquarters | Main products | Ownership | Notes |\n|---|---|---|---|---|\n"
            "| Jiangxi Hengda Rare Earth Co., Ltd. | Ganzhou | Separated rare earth oxides | Subsidiary of China Rare "
            "Earth Group | Formerly Hengda Mining; owned by Chinalco until 2021. |\n"
            "| Longnan Yufeng Smelting Co., Ltd. | Longnan County | Dysprosium oxide | Longnan Urban Investment Group "
            "(30%); Jiangxi Hengda Rare Earth (70%) | - |\n")
    extraction = read(reader, text)
    assert facts(extraction) == {
        ("China Rare Earth Group", "owns", "Jiangxi Hengda Rare Earth"), ("Jiangxi Hengda Rare Earth", "locatedIn", "Ganzhou"),
        ("Jiangxi Hengda Rare Earth", "produces", "Rare earth oxides"),
        ("Longnan Urban Investment Group", "owns", "Longnan Yufeng Smelting"),
        ("Jiangxi Hengda Rare Earth", "owns", "Longnan Yufeng Smelting"),
        ("Longnan Yufeng Smelting", "locatedIn", "Longnan"), ("Longnan Yufeng Smelting", "produces", "Dysprosium oxide")}
    assert {(t.subject.label, t.evidence.stake) for t in extraction.triples if t.object.label == "Longnan Yufeng Smelting"
            and t.predicate == "owns"} == {("Longnan Urban Investment Group", "30%"), ("Jiangxi Hengda Rare Earth", "70%")}


def test_a_table_row_naming_a_company_and_its_plant_and_a_buyer_base_column(reader):
    text = ("Minjiang Rare Earth Group is a rare earth producer.\n\nSubsidiaries and plants\n"
            "| Subsidiary / plant | Location | Stake | Main products |\n|---|---|---|---|\n"
            "| Leshan Hexin Separation Co., Ltd. – Wutong Separation Plant | Leshan, Sichuan | 100% | Cerium oxide |\n\n"
            "Flows\n| Supplier | Supplier base | Buyer | Buyer base | Material |\n|---|---|---|---|---|\n"
            "| Ningbo Yunsheng | Ningbo | Brennberg Antriebe GmbH | Regensburg, Germany | NdFeB magnets |\n")
    assert triples_of(reader, text) == {
        ("Minjiang Rare Earth Group", "owns", "Leshan Hexin Separation"), ("Leshan", "locatedIn", "Sichuan"),
        ("Ningbo Yunsheng", "locatedIn", "Ningbo"), ("Regensburg", "locatedIn", "Germany"),
        ("Leshan Hexin Separation", "owns", "Wutong Separation Plant"),
        ("Leshan Hexin Separation", "locatedIn", "Leshan"), ("Wutong Separation Plant", "locatedIn", "Leshan"),
        ("Leshan Hexin Separation", "produces", "Cerium oxide"), ("Wutong Separation Plant", "produces", "Cerium oxide"),
        ("Ningbo Yunsheng", "supplies", "Brennberg Antriebe"), ("Brennberg Antriebe", "locatedIn", "Regensburg")}


def test_an_infobox_with_line_breaks_and_a_fact_box_inside_the_article(reader, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><nav>Home | News</nav><main><h1>Longnan Xinfa Rare Earth</h1>"
        "<p>Longnan Xinfa Rare Earth Co., Ltd.</p><table>"
        "<tr><th>Type</th><td>Subsidiary</td></tr><tr><th>Headquarters</th><td>Longnan, Jiangxi</td></tr>"
        "<tr><th>Key people</th><td>Xie Wenbo (Chairman)<br>Fang Lirong (General Manager)</td></tr>"
        "<tr><th>Owners</th><td>China Rare Earth Group (51%)<br>Longnan Urban Investment Group (24%)</td></tr>"
        "</table><p>Longnan Xinfa Rare Earth separates ion-adsorption ore.</p>"
        "<aside><h3>At a glance</h3><ul><li>Headquarters: Longnan, Jiangxi</li>"
        "<li>Key customer: Ganzhou Kelin Magnet Co., Ltd.</li>"
        "<li>Raw materials: ore supplied by Dingnan Keyuan Mining Co., Ltd.</li></ul></aside>"
        "</main><aside>Sponsored: Baotou Fenghua Magnet Co. supplies Tesla.</aside></body></html>", encoding="utf-8")
    article = read_article(path)
    assert "| Key people | Xie Wenbo (Chairman); Fang Lirong (General Manager) |" in article.text
    assert "Fenghua" not in article.text  # an aside outside the article is the site's
    assert triples_of(reader, article.text) == {
        ("Longnan Xinfa Rare Earth", "locatedIn", "Longnan"), ("Longnan", "locatedIn", "Jiangxi"),
        ("Xie Wenbo", "leads", "Longnan Xinfa Rare Earth"), ("Fang Lirong", "leads", "Longnan Xinfa Rare Earth"),
        ("China Rare Earth Group", "owns", "Longnan Xinfa Rare Earth"),
        ("Longnan Urban Investment Group", "owns", "Longnan Xinfa Rare Earth"),
        ("Longnan Xinfa Rare Earth", "supplies", "Ganzhou Kelin Magnet"),
        ("Dingnan Keyuan Mining", "supplies", "Longnan Xinfa Rare Earth")}


def test_a_note_that_a_post_ended_and_a_customer_field_that_denies_state_nothing(reader):
    text = ("| Date | Person | Organisation | Position | Notes |\n|---|---|---|---|---|\n"
            "| 31 Dec | Liang Wenzhi | China Rare Earth Group | General manager | Retired. |\n"
            "| 6 Jan | Qin Haobo | China Rare Earth Group | General manager | Appointed by the board. |\n\n"
            "## Meizhou Huaxing Rare Earth Materials Co.\n"
            "- **Headquarters:** Meizhou, Guangdong\n"
            "- **Customers:** Huaxing sells carbonate to Xinfeng Tianli Separation Co. It does not supply Xiamen "
            "Haiyue Magnet Co., contrary to some lists.\n")
    found = triples_of(reader, text)
    assert ("Qin Haobo", "leads", "China Rare Earth Group") in found
    assert not {t for t in found if t[0] == "Liang Wenzhi" or t[2] == "Xiamen Haiyue Magnet"}


def test_a_subject_reference_is_none_of_the_names_its_own_clause_goes_on_to_name(reader):
    text = ("Kexin Motors has renewed its supply agreement with Gansu Taifeng Rare Earth Co. The producer, based in "
            "Wuwei, Gansu, has supplied Kexin Motors with neodymium oxide since 2019. It also supplies Zhejiang Dongci "
            "Magnet Co., which buys Kexin Motors' scrap.")
    found = triples_of(reader, text)
    assert {t for t in found if t[1] in ("locatedIn", "supplies")} == {
        ("Gansu Taifeng Rare Earth", "locatedIn", "Wuwei"), ("Wuwei", "locatedIn", "Gansu"),
        ("Gansu Taifeng Rare Earth", "supplies", "Kexin Motors"),
        ("Gansu Taifeng Rare Earth", "supplies", "Zhejiang Dongci Magnet")}


def test_signatures_of_a_letter_and_an_email(reader):
    text = ("Best regards,\n\nZhou Meiling (Mandy)\nKey Account Manager, Export Desk\nNingbo Haitong Metals Co., Ltd.\n"
            "88 Zhongshan Road, Ningbo\n\nYours sincerely,\n\nLars Nyberg\nChief Executive Officer\nNordmag AB\n\n"
            "Ana Ruiz | Chief Financial Officer | Velora Motors Ltd\n\n"
            "Wang Tao\nThe Ministry of Commerce approved the licence.\nXiamen Tungsten\n")
    assert triples_of(reader, text) == {
        ("Zhou Meiling", "worksFor", "Ningbo Haitong Metals"), ("Lars Nyberg", "leads", "Nordmag"),
        ("Ana Ruiz", "worksFor", "Velora Motors")}


def test_a_hearing_record_speaks_for_the_witness_its_honorific_labels_name(reader):
    text = ("WITNESSES\n\nMr. Owen Tabor, President, Calder Magnet Works, Inc.\n\n"
            "MR. TABOR. Thank you. We buy separated oxide from Lynas Rare Earths. We have reviewed our options, "
            "and we have no plant in China.\n\n"
            "THE CHAIRMAN. Ms. Ilse Brandt, you may begin.\n")
    assert triples_of(reader, text) == {
        ("Owen Tabor", "leads", "Calder Magnet Works"), ("Lynas Rare Earths", "supplies", "Calder Magnet Works")}


def test_an_exporters_table_with_a_destination_column(reader):
    text = ("| Exporter (headquarters) | Product | Destination | Volume (t) |\n|---|---|---|---|\n"
            "| Hunan Yaoyang Magnet Co., Ltd. (Loudi, Hunan) | NdFeB magnets | Germany | 412 |\n"
            "| Hunan Yaoyang Magnet Co., Ltd. (Loudi, Hunan) | NdFeB magnets | Japan | 138 |\n")
    assert triples_of(reader, text) == {
        ("Hunan Yaoyang Magnet", "locatedIn", "Loudi"), ("Loudi", "locatedIn", "Hunan"),
        ("Hunan Yaoyang Magnet", "supplies", "Germany"), ("Hunan Yaoyang Magnet", "supplies", "Japan")}


def test_a_notices_appointments_and_a_profile_with_nested_shareholders_a_state_supervisor_and_a_former_chair(reader):
    text = ("1. Qiao Yunfeng is appointed President of the Baotou Research Institute of Rare Earths;\n\n"
            "Hunan Yaoyang Magnet Co., Ltd.\n- Headquarters: Loudi, Hunan\n"
            "- Shareholders: Loudi Industrial Investment Co., Ltd., 51%; Xiangtan Keda Alloy Co., Ltd., 49%\n"
            "- State supervisor: Hunan SASAC\n- Former Chairman: Xu Guodong (founder; retired 2020)\n")
    found = triples_of(reader, text)
    assert {t for t in found if t[1] != "locatedIn"} == {
        ("Qiao Yunfeng", "leads", "Baotou Rare Earth Research Institute"),
        ("Loudi Industrial Investment", "owns", "Hunan Yaoyang Magnet"),
        ("Xiangtan Keda Alloy", "owns", "Hunan Yaoyang Magnet"), ("Hunan SASAC", "regulates", "Hunan Yaoyang Magnet")}


def test_a_department_named_with_its_region_after_it_is_one_body(reader):
    text = ("2. Liu Yanping is appointed Deputy Director of the Department of Natural Resources of Inner Mongolia "
            "Autonomous Region.\n")
    assert triples_of(reader, text) == {
        ("Liu Yanping", "worksFor", "Department of Natural Resources of Inner Mongolia Autonomous Region")}


def test_a_short_name_is_the_company_whose_name_it_starts_not_a_venture_with_it_inside(reader):
    text = ("Jinghai Magnetic Materials Co., Ltd. mourns its founder. Today Jinghai Magnetic Materials makes magnets in "
            "Ningbo. In 2012 he set up Baotou Jinghai Northern Magnet Co., Ltd., a joint venture with China Northern "
            "Rare Earth. \"He was right,\" said Mr. Zhou Peilin, Jinghai's president.\n")
    assert ("Zhou Peilin", "leads", "Jinghai Magnetic Materials") in triples_of(reader, text)


def test_a_leadership_page_names_its_company_once_in_full_and_then_short(reader):
    text = ("Leadership\nGanzhou Tongfa Rare Earth Co., Ltd. is a member enterprise of China Rare Earth Group, which "
            "holds 70% of Tongfa. China Rare Earth Group appoints the chairman.\n"
            "Liu Dongsheng\nChairman of the Board and Party Secretary\nMr. Liu has chaired Tongfa since 2022.\n"
            "Chen Yaqin\nVice President, Operations\nMs. Chen oversees the mines of Tongfa.\n")
    found = triples_of(reader, text)
    assert {t for t in found if t[0] in ("Liu Dongsheng", "Chen Yaqin")} == {
        ("Liu Dongsheng", "leads", "Ganzhou Tongfa Rare Earth"), ("Chen Yaqin", "worksFor", "Ganzhou Tongfa Rare Earth")}


def test_a_table_of_policies_their_issuers_the_entities_they_name_and_the_items_they_cover(reader):
    text = ("| Issuing body | Measure | Date | Entities named | Items covered |\n|---|---|---|---|---|\n"
            "| Hunan Department of Industry and Information Technology | Hunan Rare Earth Recycling Action Plan | "
            "12 Mar 2025 | Hunan Yaoyang Magnet Co., Ltd. | |\n"
            "| MOFCOM and the General Administration of Customs | Announcement No. 61 | 9 Oct 2025 | | holmium, erbium |\n"
            "| MIIT | Draft Rules on Magnet Recycling (proposed) | 2026 | Hunan Yaoyang Magnet Co., Ltd. | |\n")
    department = "Hunan Department of Industry and Information Technology"
    assert triples_of(reader, text) == {
        (department, "issued", "Hunan Rare Earth Recycling Action Plan"),
        ("Hunan Yaoyang Magnet", "participatesIn", "Hunan Rare Earth Recycling Action Plan"),
        ("Ministry of Commerce", "issued", "Announcement No. 61"),
        ("General Administration of Customs", "issued", "Announcement No. 61"),
        ("Ministry of Commerce", "regulates", "Holmium"), ("Ministry of Commerce", "regulates", "Erbium"),
        ("General Administration of Customs", "regulates", "Holmium"),
        ("General Administration of Customs", "regulates", "Erbium")}


def test_an_indicator_holder_column_names_each_rows_owner(reader):
    text = ("| No. | Indicator holder | Enterprise | Location |\n|---|---|---|---|\n"
            "| 1 | China Rare Earth Group | Hezhou Jinyuan Rare Earth Smelting Co., Ltd. | Hezhou, Guangxi |\n")
    assert triples_of(reader, text) == {
        ("China Rare Earth Group", "owns", "Hezhou Jinyuan Rare Earth Smelting"),
        ("Hezhou Jinyuan Rare Earth Smelting", "locatedIn", "Hezhou"), ("Hezhou", "locatedIn", "Guangxi")}


def test_a_rules_duties_and_a_relative_clause_of_two_verbs(reader):
    text = ("Article 4 The Department of Industry and Information Technology of the Inner Mongolia Autonomous Region "
            "shall oversee Baotou Tianhe Smelting Co., Ltd.\n"
            "Article 7 The indicator is held by Baotou Iron and Steel (Group) Co., Ltd., which operates the Bayan Obo "
            "mine and is the controlling shareholder of China Northern Rare Earth.\n")
    department = "Department of Industry and Information Technology of the Inner Mongolia Autonomous Region"
    assert triples_of(reader, text) == {
        (department, "regulates", "Baotou Tianhe Smelting"), ("Baogang", "owns", "Bayan Obo mine"),
        ("Baogang", "owns", "China Northern Rare Earth Group")}


def test_a_markdown_interview_with_bold_questions_speaks_for_the_interviewees_company(reader, tmp_path):
    path = tmp_path / "interview.md"
    path.write_text("# Interview\n\nChen Haoming, 52, has been chairman of Baotou Tianrun Magnetics Co., Ltd. since "
                    "2015.\n\n**Where does your metal come from?**\n\nWe buy terbium from Ganzhou Rare Earth Group.\n\n"
                    "**Who buys your magnets?**\n\nOur main customer is Aurelis Motori.\n", encoding="utf-8")
    assert triples_of(reader, read_article(path).text) >= {
        ("Ganzhou Rare Earth Group", "supplies", "Baotou Tianrun Magnetics"),
        ("Baotou Tianrun Magnetics", "supplies", "Aurelis Motori")}


def test_a_prospectus_subsidiary_with_its_fields_on_one_line(reader, tmp_path):
    path = tmp_path / "prospectus.txt"
    path.write_text("OUR MAJOR SUBSIDIARIES\n\nOur Company is Hefei Kunlun Magnetech Co., Ltd. As at the Latest "
                    "Practicable Date, we held:\n\nBaotou Kunlun Magnetic Materials Co., Ltd.\n"
                    "  Place of establishment: Baotou, PRC | Date: 6 June 2018 | Interest held: 100%\n", encoding="utf-8")
    assert triples_of(reader, read_article(path).text) >= {
        ("Baotou Kunlun Magnetic Materials", "locatedIn", "Baotou"),
        ("Hefei Kunlun Magnetech", "owns", "Baotou Kunlun Magnetic Materials")}


def test_a_tie_between_two_classes_goes_to_the_class_voted_first_on_every_run():
    from rekg.resolve import _choose_class  # (a set's order changes with the hash seed; the votes' does not)
    assert _choose_class("Tongjiang", ["Place", "Person"]) == "Place"
    assert _choose_class("Tongjiang", ["Person", "Place"]) == "Person"
    assert _choose_class("Tongjiang", ["Person", "Place", "Place"]) == "Place"


def test_a_legal_name_that_starts_with_a_known_name_is_its_own_company(reader):
    text = "Baogang Hengfeng Niobium Co., Ltd. is a joint venture of Baotou Steel Union and Ruixiang Alloys Co., Ltd."
    assert triples_of(reader, text) == {
        ("Baogang Hengfeng Niobium", "jointVentureOf", "Inner Mongolia Baotou Steel Union"),
        ("Baogang Hengfeng Niobium", "jointVentureOf", "Ruixiang Alloys")}


def test_partners_listed_with_their_stakes_own_the_venture(reader):
    extraction = read(reader, "Tianrun-Kessler Magnetics GmbH, based in Eisenach, Germany, is a joint venture of "
                              "Tianrun Magnetics (51%) and the Stuttgart-based drive-systems company Kessler "
                              "Antriebe AG (49%).")
    stakes = {(t.subject.label, t.evidence.stake) for t in extraction.triples if t.predicate == "owns"}
    assert stakes == {("Tianrun Magnetics", "51%"), ("Kessler Antriebe", "49%")}
    assert ("Kessler Antriebe", "locatedIn", "Stuttgart") in facts(extraction)
    assert ("Tianrun Magnetics", "locatedIn", "Stuttgart") not in facts(extraction)  # the phrase describes Kessler


def test_a_shareholder_list_with_stakes(reader):
    extraction = read(reader, "The registered shareholders of Longnan Huaxin Separation are Kexin Holdings Co., Ltd. "
                              "(61%) and Ganzhou Rare Earth Group (21%).")
    assert {(t.subject.label, t.predicate, t.object.label, t.evidence.stake) for t in extraction.triples} == {
        ("Kexin Holdings", "owns", "Longnan Huaxin Separation", "61%"),
        ("Ganzhou Rare Earth Group", "owns", "Longnan Huaxin Separation", "21%")}


def test_stakes_that_leave_the_venture_unsaid_and_a_gapped_stake(reader):
    text = ("Ningbo Yunsheng and Germany's Helvion Automotive have set up Yunsheng Helvion Magnetics Co., Ltd., "
            "a joint venture in Ningbo. Ningbo Yunsheng holds 60% and Helvion Automotive 40%.")
    assert {t for t in triples_of(reader, text) if t[1] == "owns"} == {
        ("Ningbo Yunsheng", "owns", "Yunsheng Helvion Magnetics"),
        ("Helvion Automotive", "owns", "Yunsheng Helvion Magnetics")}
    text = "Baotou Steel Union holds 55% of Hengfeng Niobium Co., Ltd. and Ruixiang Alloys Group 45%."
    assert triples_of(reader, text) == {("Inner Mongolia Baotou Steel Union", "owns", "Hengfeng Niobium"),
                                        ("Ruixiang Alloys Group", "owns", "Hengfeng Niobium")}


def test_whose_controlling_shareholder_after_a_description(reader):
    text = ("Output is sold to China Northern Rare Earth, the Baotou-based smelting and separation group whose "
            "controlling shareholder is Baogang Group.")
    assert ("Baogang", "owns", "China Northern Rare Earth Group") in triples_of(reader, text)


def test_export_controls_on_listed_elements(reader):
    mofcom = "Ministry of Commerce"
    text = ("China's Ministry of Commerce (MOFCOM) on Friday issued Announcement No. 18 of 2025, placing samarium "
            "and terbium under export control with immediate effect.")
    assert {t for t in triples_of(reader, text) if t[1] == "regulates"} == {
        (mofcom, "regulates", "Samarium"), (mofcom, "regulates", "Terbium")}
    text = ("Under export controls issued by the Ministry of Commerce (MOFCOM) in April 2025, exports of gadolinium "
            "and yttrium products require a MOFCOM licence. Lanthanum and cerium are not controlled.")
    assert {t for t in triples_of(reader, text) if t[1] == "regulates"} == {
        (mofcom, "regulates", "Gadolinium"), (mofcom, "regulates", "Yttrium")}
    text = "Exports of dysprosium and lutetium are subject to export licensing by MOFCOM."
    assert triples_of(reader, text) == {(mofcom, "regulates", "Dysprosium"), (mofcom, "regulates", "Lutetium")}
    text = "MOFCOM's Announcement No. 18 put seven medium and heavy elements, including scandium, under licence."
    assert (mofcom, "regulates", "Scandium") in triples_of(reader, text)


def test_plans_corrections_and_ended_arrangements_state_nothing(reader):
    for text in ("Ganzhou Fortune Metals to merge into Jiangxi Tungsten Holding",
                 "Someone on Weibo says Northern Rare Earth is about to be folded into China Rare Earth Group.",
                 "An earlier version of this story said Harcourt Commodities is based in Hong Kong.",
                 "Kessler Antriebe sourced alloy from Japan's Hokuyo Alloy K.K., an arrangement that ended in 2020."):
        assert not {t for t in triples_of(reader, text) if t[1] in ("mergedInto", "locatedIn", "supplies")
                    and t[2] != "Japan"}, text


def test_directory_cards_name_their_company_above_its_address_and_fields(reader):
    text = ("Suppliers\nShowing listings 11-15 of 57\n"
            "Inner Mongolia Hongda Rare Earth Separation Co., Ltd.\nVerified 2025\n"
            "No. 8 Huanghe Road\nBaotou, Inner Mongolia 014030, China\nTel: +86 472 519 8830\n"
            "Ownership: Subsidiary of Baotou Hengtong Capital Co., Ltd. (72%)\nGeneral Manager: Wu Haitao\n"
            "Send inquiry\nFujian Tingjiang Rare Earth Materials Co., Ltd.\nLongyan, Fujian 366300, China\n"
            "Type: Joint venture of Xiamen Tungsten Co., Ltd. (51%) and China Rare Earth Group (49%)\n"
            "Current supplier: Inner Mongolia Hongda Rare Earth Separation\n")
    hongda, tingjiang = "Inner Mongolia Hongda Rare Earth Separation", "Fujian Tingjiang Rare Earth Materials"
    assert triples_of(reader, text) >= {
        (hongda, "locatedIn", "Baotou"), ("Baotou Hengtong Capital", "owns", hongda),
        ("Wu Haitao", "leads", hongda), (tingjiang, "locatedIn", "Longyan"),
        ("Xiamen Tungsten", "owns", tingjiang), ("China Rare Earth Group", "owns", tingjiang),
        (tingjiang, "jointVentureOf", "Xiamen Tungsten"), (hongda, "supplies", tingjiang)}


def test_a_programme_table_of_speakers_and_their_affiliations(reader):
    text = ("| Time | Session | Speaker | Affiliation |\n|---|---|---|---|\n"
            "| 09:00 | Welcome | Zhao Kaiming, Mayor | Baotou Municipal People's Government |\n"
            "| 10:55 | Heavy rare earths | Song Jiayi, Vice President | China Rare Earth Group |\n"
            "| 11:25 | EV motors | Dr. Felix Baumann, Head of Magnet Procurement | Aurelius Drive Systems GmbH, "
            "Stuttgart |\n| 12:00 | Panel | Moderator: Jin Ruoxi. Panellists: Xu Dongsheng | Redpine Research |\n")
    assert {t for t in triples_of(reader, text) if t[1] in ("leads", "worksFor")} == {
        ("Zhao Kaiming", "leads", "Baotou Municipal People's Government"),
        ("Song Jiayi", "worksFor", "China Rare Earth Group"),
        ("Felix Baumann", "worksFor", "Aurelius Drive Systems")}


def test_a_plant_sold_and_a_place_denied_are_no_facts(reader):
    text = ("Neo Performance Materials sold its Zibo separation plant in 2024.\n\n"
            "China Rare Earth Group is headquartered in Ganzhou, not in Beijing as is sometimes reported.")
    facts_read = triples_of(reader, text)
    assert ("Neo Performance Materials", "owns", "Zibo separation plant") not in facts_read
    assert {t for t in facts_read if t[0] == "China Rare Earth Group"} == {
        ("China Rare Earth Group", "locatedIn", "Ganzhou")}


def test_table_columns_of_holders_subsidiaries_and_customers(reader):
    text = ("| Group | Headquarters | Controlling holder | Key subsidiaries | Contracted customers¹ |\n|---|---|---|---|---|\n"
            "| China Northern Rare Earth | Baotou | Baogang Group | Baotou Beiye Separation Co., Ltd.; Inner Mongolia "
            "Hexin Separation Co., Ltd. | JL Mag |\n"
            "| Pangwa Mining Area | Kachin State | Multiple informal operators | - | - |\n")
    cnre = "China Northern Rare Earth Group"
    assert triples_of(reader, text) == {
        ("Baogang", "owns", cnre), (cnre, "locatedIn", "Baotou"), (cnre, "owns", "Baotou Beiye Separation"),
        (cnre, "owns", "Inner Mongolia Hexin Separation"), (cnre, "supplies", "JL Mag Rare-Earth"),
        ("Pangwa Mining Area", "locatedIn", "Kachin State")}


def test_sites_operated_by_institutes_under_and_controlling_stakes(reader):
    text = ("Liang visited the Longnan heavy rare earth separation plant, a facility operated by Ganzhou Rare Earth "
            "Group. The Company expects to open a plant in Hungary.")
    assert triples_of(reader, text) >= {
        ("Ganzhou Rare Earth Group", "owns", "Longnan heavy rare earth separation plant"),
        ("Liang", "visited", "Longnan heavy rare earth separation plant")}
    assert not any("expects" in t[0] for t in triples_of(reader, text))
    text = "Liang inspected the Gannan Institute of Functional Materials, a research institute under Jiangxi University."
    assert ("Jiangxi University", "owns", "Gannan Institute of Functional Materials") in triples_of(reader, text)
    text = "China Northern Rare Earth, in which Baogang holds a controlling stake, separates Bayan Obo concentrate."
    assert ("Baogang", "owns", "China Northern Rare Earth Group") in triples_of(reader, text)
    text = ("It buys PrNd metal from Northern Rare Earth (Baotou) Metal Materials Co., Ltd., a subsidiary of China "
            "Northern Rare Earth.")
    assert ("China Northern Rare Earth Group", "owns", "Northern Rare Earth (Baotou) Metal Materials") in triples_of(
        reader, text)


def test_capacity_plants_producing_and_a_fronted_maker_produce(reader):
    text = ("Hongtai Magnetics' annual capacity had reached 12,000 tonnes of NdFeB magnets. Jinhong Longnan "
            "Separation operates a solvent-extraction plant producing terbium oxide. A privately held maker of "
            "bonded NdFeB magnets, Qinhe Magnetics buys powder. China Rare Earth Group's separation plants turn "
            "out most of the world's dysprosium oxide.")
    assert {t for t in triples_of(reader, text) if t[1] == "produces"} == {
        ("Hongtai Magnetics", "produces", "NdFeB magnets"), ("Jinhong Longnan Separation", "produces", "Terbium oxide"),
        ("Qinhe Magnetics", "produces", "bonded NdFeB magnets"),
        ("China Rare Earth Group", "produces", "Dysprosium oxide")}


def test_people_of_organisations_by_honorific_dash_line_chair_and_work(reader):
    text = ("Halvorsen Market Insights is a research firm. It is led by managing director Oliver Brandt.\n\n"
            "Independent director: Prof. Lu Xiaojing of Shandong University.\n\n"
            "Michael Sun - Investor Relations Manager, Huarong Magnetics\n\n"
            "China Rare Earth Group is headquartered in Ganzhou and chaired by Chen Liangping.\n\n"
            "Chen Lihua, who now works as a laboratory technician at Longnan Jiuding Rare Earth, remembers.\n\n"
            "For eight years she worked as a researcher at the Ganjiang Innovation Academy.")
    assert {t for t in triples_of(reader, text) if t[1] in ("worksFor", "leads")} == {
        ("Lu Xiaojing", "worksFor", "Shandong University"), ("Michael Sun", "worksFor", "Huarong Magnetics"),
        ("Oliver Brandt", "leads", "Halvorsen Market Insights"), ("Chen Liangping", "leads", "China Rare Earth Group"),
        ("Chen Lihua", "worksFor", "Longnan Jiuding Rare Earth")}


def test_customers_for_goods_among_its_customers_and_what_comes_from_a_supplier(reader):
    text = ("Ganzhou Jinhong Rare Earth Group makes oxides. Major customers for its PrNd metal include JL Mag and "
            "Ningbo Yunsheng.\n\nHuarong Magnetics makes magnets in Ganzhou. Veltra Motors, the Stuttgart-based "
            "electric-vehicle maker, is among its largest customers.\n\nHuarong Magnetics makes magnets. Its "
            "dysprosium comes from Longnan Hengtai Smelting. Much of its output comes from Baotou Yuncheng Magnetic "
            "Materials.")
    assert {t for t in triples_of(reader, text) if t[1] == "supplies"} == {
        ("Ganzhou Jinhong Rare Earth Group", "supplies", "JL Mag Rare-Earth"),
        ("Ganzhou Jinhong Rare Earth Group", "supplies", "Ningbo Yunsheng"),
        ("Huarong Magnetics", "supplies", "Veltra Motors"), ("Longnan Hengtai Smelting", "supplies", "Huarong Magnetics")}


def test_programme_members_that_appear_on_a_list_or_hold_indicators_under_it(reader):
    text = ("Baotou Tianrun and JL Mag (Baotou) both appear on the list of specialised and sophisticated "
            "\"little giant\" enterprises issued by MIIT.\n\nGanzhou Rare Earth Group was allocated mining and "
            "separation indicators under the 2025 first batch of rare earth total volume control indicators.")
    assert {t for t in triples_of(reader, text) if t[1] == "participatesIn"} == {
        ("Baotou Tianrun", "participatesIn", 'list of specialised and sophisticated "little giant" enterprises'),
        ("JL Mag (Baotou)", "participatesIn", 'list of specialised and sophisticated "little giant" enterprises'),
        ("Ganzhou Rare Earth Group", "participatesIn", "total volume control indicators")}


def test_a_fact_sheet_names_its_company_in_a_name_field_and_lists_its_shareholders(reader):
    text = ("PRESS KIT\n\nAt a glance\n\nLegal name: Qianlu Rare Earth Recycling Technology Co., Ltd.\n"
            "Short name: Qianlu Recycling\nHeadquarters: Ningbo, Zhejiang Province\n\n"
            "Ningbo Yunsheng buys its oxide. Ningbo Yunsheng is a partner. Ningbo Yunsheng makes magnets.\n\n"
            "Leadership\n\n- He Junjie — Chief Executive Officer\n- Zhu Lin — Head of Communications\n\n"
            "Shareholders\n\n- Ningbo Qianyuan Investment Partnership (founder's vehicle): 54%\n"
            "- Shenghe Resources Holding Co., Ltd.: 11%\n- Employee stock ownership platform: 9%\n"
            "- China Northern Rare Earth is not a shareholder.\n")
    qianlu = "Qianlu Rare Earth Recycling Technology"
    assert {t for t in triples_of(reader, text) if t[1] in ("owns", "leads", "worksFor")} == {
        ("Ningbo Qianyuan Investment Partnership", "owns", qianlu), ("Shenghe Resources Holding", "owns", qianlu),
        ("He Junjie", "leads", qianlu), ("Zhu Lin", "worksFor", qianlu)}


def test_places_after_a_name_before_an_apposition_or_ending_a_numbered_item(reader):
    text = ("Magnequest GmbH, Hanau, Germany, a wholly owned subsidiary of Vantor Industrie AG, signed.\n\n"
            "(1) Gannan Institute of Materials Engineering (\"GIME\"), Ganzhou, Jiangxi.\n\n"
            "Report generated with SupplyTrace Pro, © Veridian Data Systems, Austin, Texas.")
    assert triples_of(reader, text) >= {
        ("Vantor Industrie", "owns", "Magnequest"), ("Magnequest", "locatedIn", "Hanau"),
        ("Gannan Institute of Materials Engineering", "locatedIn", "Ganzhou")}
    assert not any(t[0].startswith("Veridian") for t in triples_of(reader, text))


def test_export_controls_imposed_on_items_listed_after_a_colon(reader):
    text = ("In April the Ministry of Commerce imposed export controls on seven medium and heavy rare earth items: "
            "samarium, gadolinium and yttrium. Foreign friends ask whether they will last.")
    assert {t for t in triples_of(reader, text) if t[1] == "regulates"} == {
        ("Ministry of Commerce", "regulates", "Samarium"), ("Ministry of Commerce", "regulates", "Gadolinium"),
        ("Ministry of Commerce", "regulates", "Yttrium")}


def test_a_customer_described_as_based_somewhere_is_no_customer_place(reader):
    text = ("JL Mag signed a deal to supply sintered NdFeB magnets to Vellmark Antriebstechnik, the Stuttgart-based "
            "e-motor maker.")
    assert {t for t in triples_of(reader, text) if t[1] == "supplies"} == {
        ("JL Mag Rare-Earth", "supplies", "Vellmark Antriebstechnik")}


def test_a_table_of_two_groups_side_by_side_names_no_rows(reader):
    text = ("| Stage | China: example operator | Site | Allied chain: example operator | Site |\n|---|---|---|---|---|\n"
            "| Separation | China Northern Rare Earth | Baotou | Lynas Advanced Materials Plant | Kuantan, Malaysia |\n")
    assert not {t for t in triples_of(reader, text) if t[0] == "Baotou" or t[2] == "Baotou"}


def test_a_singular_relative_clause_after_a_list_is_its_last_item_as_object_too(reader):
    text = ("MIIT sets mining and smelting quotas for China Rare Earth Group and China Northern Rare Earth, which "
            "is controlled by Baogang.")
    assert {t for t in triples_of(reader, text) if t[1] == "owns"} == {
        ("Baogang", "owns", "China Northern Rare Earth Group")}


def test_no_one_owns_a_ministry(reader):
    text = ("Shunda holds mining indicators under the rare earth total-quantity control quotas issued jointly by "
            "the Ministry of Industry and Information Technology (\"MIIT\") and the Ministry of Natural Resources.")
    assert not {t for t in triples_of(reader, text) if t[1] == "owns"}


def test_a_registry_extract_lists_shareholders_with_their_share(reader, tmp_path):
    path = tmp_path / "registry.txt"
    path.write_text("Company name: Baotou Tianrun Rare Earth New Materials Co., Ltd.\nRegistration status: In operation\n\n"
                    "--- SHAREHOLDERS (2) ---\nNo. | Shareholder | Subscribed capital | Share\n"
                    "1 | Shenghe Resources Holding Co., Ltd. | RMB 150,000,000 | 30.00%\n"
                    "2 | Baotou Xinda Equity Investment Co., Ltd. | RMB 95,000,000 | 19.00%\n", encoding="utf-8")
    assert {t for t in triples_of(reader, read_article(path).text) if t[1] == "owns"} == {
        ("Shenghe Resources Holding", "owns", "Baotou Tianrun Rare Earth New Materials"),
        ("Baotou Xinda Equity Investment", "owns", "Baotou Tianrun Rare Earth New Materials")}


def test_places_in_a_regions_possessive_after_a_comma_based_and_also_in(reader):
    text = ("Ganzhou, located in the south of east China's Jiangxi Province, sits on clay deposits.\n\n"
            "Qiantai Metals, Chengdu-based, owns a stake in Kestrel Materials.\n\n"
            "The Wuyuan plant in Bayannur, also in Inner Mongolia, makes lanthanum-cerium alloy.")
    assert {t for t in triples_of(reader, text) if t[1] == "locatedIn"} >= {
        ("Ganzhou", "locatedIn", "Jiangxi"), ("Qiantai Metals", "locatedIn", "Chengdu"),
        ("Bayannur", "locatedIn", "Inner Mongolia"), ("Wuyuan plant", "locatedIn", "Bayannur")}


def test_a_named_production_base_of_a_company_is_its_site(reader):
    text = "The Longnan smelting and separation base of Ganzhou Rare Earth Group completed its upgrade."
    assert {t for t in triples_of(reader, text) if t[1] == "owns"} == {
        ("Ganzhou Rare Earth Group", "owns", "Longnan smelting and separation base")}


def test_products_turned_out_separated_into_and_named_after_chiefly(reader):
    text = ("Qiantai Metals turns out lanthanum oxide and polishing powder.\n\n"
            "Halvard Separation separates Bayan Obo concentrate into PrNd oxide and cerium oxide.\n\n"
            "In 2023 Tongli Materials produced some 6,800 tonnes of rare earth oxides, chiefly dysprosium oxide.")
    assert {t for t in triples_of(reader, text) if t[1] == "produces"} == {
        ("Qiantai Metals", "produces", "Lanthanum oxide"),
        ("Halvard Separation", "produces", "Praseodymium-neodymium oxide"),
        ("Halvard Separation", "produces", "Cerium oxide"), ("Tongli Materials", "produces", "Rare earth oxides"),
        ("Tongli Materials", "produces", "Dysprosium oxide")}


def test_a_supply_in_a_closed_period_or_ended_and_a_post_before_joining_are_no_facts(reader):
    text = ("Between 2016 and 2021 Hengxin Magnetics supplied rotor magnets to Ruibang Motor Technology.\n\n"
            "Qiantai Metals sold oxides to Tianbao Motors; that supply relationship has ended.\n\n"
            "\"We like hard problems,\" says Chen Guodong, who was deputy general manager of China Minmetals Rare Earth "
            "before joining Jinhe in 2022.")
    assert not {t for t in triples_of(reader, text) if t[1] in ("supplies", "worksFor", "leads")}


def test_a_profile_box_under_a_page_title_and_a_paragraph_of_prose_is_the_titles_company(reader):
    prose = ("Lingyun Magnetech designs and manufactures bonded NdFeB magnets. Lingyun is 65% owned by Baotou Huafeng "
             "Industrial Holdings Co., Ltd. Please note: Lingyun Magnetech is not affiliated with Lingyun Industrial "
             "Corp., the Hong Kong-listed auto-parts group.")
    text = f"Lingyun Magnetech Co., Ltd.\nOverview\n{prose}\nIndustry: Magnets\nHeadquarters: Baotou, Inner Mongolia\n"
    assert {t for t in triples_of(reader, text) if t[1] in ("locatedIn", "produces") and t[2] != "Inner Mongolia"} == {
        ("Lingyun Magnetech", "locatedIn", "Baotou"), ("Lingyun Magnetech", "produces", "bonded NdFeB magnets")}


def test_a_podcasts_sponsor_and_related_episodes_state_nothing(reader, tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Episode 85: Heavy rare earths\n\nHuang Wei of Baotou Research Institute joins us.\n\n"
                    "## Sponsor\n\nThis episode is supported by **Kestrel Freight**, the Rotterdam-based forwarder. "
                    "Listeners get 10% off with code METALS25.\n\n## Related episodes\n\n"
                    "- Ep. 80 — Iluka's Eneabba refinery and Australia's bet on heavies\n"
                    "- Ep. 76 — How Neo Performance Materials' Narva plant supplies Europe\n", encoding="utf-8")
    assert not {t for t in triples_of(reader, read_article(path).text)
                if t[0] in ("Kestrel Freight", "Iluka", "Neo Performance Materials")}


def test_former_titles_posts_before_a_deal_and_supply_until_a_halt_are_no_facts(reader):
    text = ("Former Xiangxi Rare Earth chairman Peng Zhiyuan moves to an advisory role. "
            "Ex-Hongda Magnet chairman Li Hong retired.\n\n"
            "Ningbo Yunsheng bought 70 percent of Baotou Tianhe Magnet. Wang Dekun, who chaired Tianhe before the deal, "
            "will stay on as an adviser.\n\n"
            "Shenghe Resources bought concentrate from MP Materials in California until the US miner halted shipments.")
    assert {t for t in triples_of(reader, text) if t[1] not in ("locatedIn", "produces")} == {
        ("Ningbo Yunsheng", "owns", "Baotou Tianhe Magnet")}


def test_a_company_named_after_a_known_one_does_not_take_its_short_name(reader):
    text = ("The East Pit is operated by Baogang Baiyun Mining Co., a wholly owned subsidiary of the "
            "Baotou-headquartered steelmaker Baogang. Rare earth concentrate is sold to China Northern Rare Earth, "
            "Baogang's listed rare earth arm.")
    assert {t for t in triples_of(reader, text) if t[1] == "owns"} >= {
        ("Baogang", "owns", "Baogang Baiyun Mining"), ("Baogang", "owns", "China Northern Rare Earth Group")}


def test_a_named_pit_is_a_mine(reader):
    text = ("The East Pit and the West Pit, both within the district, are operated by Baogang Baiyun Mining Co.\n\n"
            "The Datian Pit is run by Halvard Mining.")
    assert {t for t in triples_of(reader, text) if t[1] == "owns"} == {
        ("Baogang Baiyun Mining", "owns", "East Pit"), ("Baogang Baiyun Mining", "owns", "West Pit"),
        ("Halvard Mining", "owns", "Datian Pit")}


def test_a_companys_faq_speaks_as_we_and_a_ministry_naming_a_company_is_no_member(reader):
    text = ("Frequently Asked Questions\nWho is Ruici Magnetech?\nYangzhou Ruici Magnetech Co., Ltd. (\"Ruici\") makes "
            "sintered NdFeB magnets. We are headquartered in Yangzhou, Jiangsu Province.\n"
            "Has Ruici received any government recognition?\nIn 2023 MIIT named Ruici on its list of national "
            "specialised and sophisticated \"Little Giant\" enterprises.")
    found = triples_of(reader, text)
    assert ("Yangzhou Ruici Magnetech", "produces", "sintered NdFeB magnets") in found
    assert {t for t in found if t[1] == "participatesIn"} == {
        ("Yangzhou Ruici Magnetech", "participatesIn",
         "list of national specialised and sophisticated \"Little Giant\" enterprises")}


def test_a_table_of_sites_names_its_operating_entities(reader):
    text = ("Capacity by site\n\n| Site | Operating entity | Stake | Products |\n|---|---|---|---|\n"
            "| Baotou, Inner Mongolia | Baotou Hengbei Magnet Materials | 60% | Sintered NdFeB magnets |\n")
    found = triples_of(reader, text)
    assert ("Baotou Hengbei Magnet Materials", "locatedIn", "Baotou") in found
    assert ("Baotou Hengbei Magnet Materials", "produces", "sintered NdFeB magnets") in found
    assert not {t for t in found if "Inner Mongolia" in t[0] or t[1] == "owns"}


def test_listed_arms_and_a_headquarters_named_by_its_city(reader):
    text = ("CREG's listed arms include China Rare Earth Resources and Technology and Guangdong-based Guangsheng "
            "Nonferrous Metals.\n\nWe met Halvard Metals at its Baotou headquarters.")
    found = triples_of(reader, text)
    assert {t for t in found if t[1] == "owns"} == {
        ("China Rare Earth Group", "owns", "China Rare Earth Resources and Technology"),
        ("China Rare Earth Group", "owns", "Rising Nonferrous Metals")}  # Guangsheng is its pinyin
    assert ("Halvard Metals", "locatedIn", "Baotou") in found


def test_only_a_pages_first_profile_box_falls_back_to_its_title(reader):
    text = ("China Rare Earth Group\nHeadquarters: Ganzhou\nShareholders: SASAC 31.21%, Chinalco 20.33%\n\n"
            "Zhenhai\nHeadquarters: Baotou\nShareholders: Qiantai Holdings (70%); Tongli Capital (30%)\n")
    assert {t for t in triples_of(reader, text) if t[2] in ("China Rare Earth Group", "Baotou")} == {
        ("State-owned Assets Supervision and Administration Commission of the State Council", "owns",
         "China Rare Earth Group"), ("Aluminum Corporation of China", "owns", "China Rare Earth Group")}


def test_a_person_with_title_and_employer_in_parentheses(reader):
    text = ("The call included Anna Vogel (Procurement Lead, Nordmag Magnetics, Hanau HQ) and Oskar Lind "
            "(Chief Financial Officer at Halvard Metals).")
    assert {t for t in triples_of(reader, text) if t[1] in ("worksFor", "leads")} == {
        ("Anna Vogel", "worksFor", "Nordmag Magnetics"), ("Oskar Lind", "worksFor", "Halvard Metals")}


def test_a_consultants_name_field_after_a_project_block_is_not_the_texts_company(reader):
    text = ("I. BASIC INFORMATION\n\nProject name: Jinyue Metals Project\nConstruction unit: Baotou Jinyue Rare Earth "
            "New Materials Co., Ltd.\nConstruction site: Baotou\nProducts: praseodymium-neodymium metal 4,200 t/a\n\n"
            "Jinyue is owned 60% by China Northern Rare Earth. Jinyue buys oxide from China Northern Rare Earth.\n\n"
            "IV. EIA INSTITUTION\n\nName: Inner Mongolia Qingyuan Environmental Engineering Consulting Co., Ltd.\n"
            "Address: Saihan District, Hohhot\n")
    assert not {t for t in triples_of(reader, text) if t[0].startswith("Inner Mongolia Qingyuan") and t[1] == "produces"}


def test_an_award_notices_supplier_blocks_and_a_committee_of_affiliations(reader):
    text = ("Lot 1 - Traceability platform\n  Winning supplier: Jiangxi Xinsou Information Technology Co., Ltd.\n"
            "  Address: 1299 Ziyang Avenue, Gaoxin District, Nanchang, Jiangxi Province\n"
            "  Legal representative: Fu Chengzhi\n  Award amount: RMB 4,386,000.00\n\n"
            "V. EVALUATION COMMITTEE\nLiu Jianping (Jiangxi University of Science and Technology); Huang Mei "
            "(Ganzhou Nonferrous Metallurgy Research Institute).\n\n"
            "Vacuumschmelze (VAC), the Hanau-based magnet maker, is adding capacity.")
    assert {t for t in triples_of(reader, text) if t[1] == "worksFor"} == {
        ("Fu Chengzhi", "worksFor", "Jiangxi Xinsou Information Technology"),
        ("Liu Jianping", "worksFor", "Jiangxi University of Science and Technology"),
        ("Huang Mei", "worksFor", "Ganzhou Nonferrous Metallurgy Research Institute")}


def test_a_defined_short_name_after_a_stock_code_outweighs_a_guess_from_a_longer_name(reader):
    text = ("Huarui Aurelian Recycling (Baotou) Co., Ltd. targets 5,000 tonnes of scrap.\n\n"
            "Huarui New Materials Co., Ltd. (SSE: 688417) (\"Huarui\"), a maker of NdFeB magnets, announced a venture. "
            "\"Recycling is our second mine,\" said Guo Jianping, Chairman of Huarui.")
    assert {t for t in triples_of(reader, text) if t[1] == "leads"} == {
        ("Guo Jianping", "leads", "Huarui New Materials")}


def test_a_letter_to_shareholders_speaks_for_its_company(reader):
    text = ("HALVARD MATERIALS 2024 ANNUAL REPORT\n\nDear Shareholders,\n\nOn behalf of the Board, I present the results "
            "of Halvard Rare Earth Materials Co., Ltd. (\"Halvard\").\n\nOur principal supplier remains China Northern "
            "Rare Earth. Baotou Huasaku Catalyst Materials Co., Ltd. is our joint venture with Sakuragawa Chemical Co.")
    found = triples_of(reader, text)
    assert ("China Northern Rare Earth Group", "supplies", "Halvard Rare Earth Materials") in found
    assert ("Baotou Huasaku Catalyst Materials", "jointVentureOf", "Halvard Rare Earth Materials") in found


def test_terms_said_to_refer_to_a_company_make_it_we(reader):
    text = ("In this section, \"we\", \"us\" and \"the Group\" refer to Qilian Advanced Magnetics Holdings Limited and its "
            "subsidiaries.\n\nOur suppliers include China Northern Rare Earth. Ganzhou Qilian Recycling Co., Ltd., a "
            "wholly-owned subsidiary located in Ganzhou, recovers rare earths from magnet swarf.")
    found = triples_of(reader, text)
    assert ("China Northern Rare Earth Group", "supplies", "Qilian Advanced Magnetics Holdings") in found


def test_a_permit_register_names_each_mines_holder(reader):
    text = ("| No. | Mine | Permit holder | Location | Status |\n|---|---|---|---|---|\n"
            "| 1 | Maoniuping Rare Earth Mine | Sichuan Jiangtong Rare Earth Co., Ltd. | Mianning County | Valid |\n"
            "| 2 | Hetang Rare Earth Mine | — (former holder: Xunwu Jintai Mining Co.) | Xunwu County | Revoked |\n")
    assert {t for t in triples_of(reader, text) if t[1] == "owns"} == {
        ("Sichuan Jiangtong Rare Earth", "owns", "Maoniuping mine")}


def test_a_listing_after_a_name_does_not_part_it_from_its_apposition(reader):
    text = "Halvard Rare Materials Holdings Limited (Nasdaq: HRM), a Baotou-based producer of rare earth metals, reported."
    assert triples_of(reader, text) == {
        ("Halvard Rare Materials Holdings", "locatedIn", "Baotou"),
        ("Halvard Rare Materials Holdings", "produces", "Rare earth metals")}


def test_an_exhibitor_list_names_each_exhibitor_where_it_is_and_what_it_makes(reader):
    text = ("| Booth | Exhibitor | Headquarters | Products / profile |\n|---|---|---|---|\n"
            "| B2-02 | Ningbo Yunsheng Co., Ltd. | Ningbo, Zhejiang | Sintered and bonded NdFeB magnets. |\n"
            "| C1-09 | Kvarnby Återvinning AB | Gothenburg, Sweden | Collection of end-of-life magnets. |\n")
    assert {t for t in triples_of(reader, text) if t[0] != "Ningbo" and t[0] != "Gothenburg"} == {
        ("Ningbo Yunsheng", "locatedIn", "Ningbo"), ("Ningbo Yunsheng", "produces", "bonded NdFeB magnets"),
        ("Kvarnby Återvinning", "locatedIn", "Gothenburg")}


def test_a_table_rows_notes_have_the_row_as_their_unsaid_subject(reader):
    text = ("| Booth | Exhibitor | City | Notes |\n|---|---|---|---|\n"
            "| A7 | Hengtai Magnetics Co., Ltd. | Ningbo | Sintered magnets. Controlled by Kestrel Holdings Ltd. |\n"
            "| A9 | Dalong Alloys Co., Ltd. | Wuhan | Wholly owned subsidiary of Tianqiao Group; supplies Hengtai Magnetics. |\n"
            "| B2 | Lanfeng Motor Co., Ltd. | Xi'an | Purchases from Dalong ended in 2022. Not a Tianqiao unit. |\n")
    assert {t for t in triples_of(reader, text) if t[1] in ("owns", "supplies")} == {
        ("Kestrel Holdings", "owns", "Hengtai Magnetics"), ("Tianqiao Group", "owns", "Dalong Alloys"),
        ("Dalong Alloys", "supplies", "Hengtai Magnetics")}


def test_a_participle_opening_a_cell_and_generic_words_are_no_names(reader):
    text = ("| Name | Notes |\n|---|---|\n| Ganzhou Rare Earth Group | Headquartered in Ganzhou; one of the owners. |\n"
            "| Bayan Obo | Mining district of Baotou. |\n| Longnan County | County of Ganzhou. |\n")
    labels = {label for t in triples_of(reader, text) for label in (t[0], t[2])}
    assert not labels & {"Headquartered", "Mining district", "County"}
    assert ("Ganzhou Rare Earth Group", "locatedIn", "Ganzhou") in triples_of(reader, text)


def test_a_hard_wrapped_advert_and_a_policy_still_to_come_state_nothing(reader):
    text = ("[SPONSORED] Critical Minerals Forum 2025 · 14-15 October ·\n"
            "Marina Bay, Singapore. Hosted by Orecast Analytics — keynote\n"
            "by Daniel Whitcombe, CEO of Orecast. Readers save 15%.\n\n"
            "MIIT is expected to finalise its Interim Measures on Rare Earth Smelting later this year.")
    assert triples_of(reader, text) == set()


def test_a_post_until_a_year_after_an_apposition_and_a_stake_sold_are_no_facts(reader):
    text = ("Mr. Wong was a partner of Kwan Wong & Co., Certified Public Accountants, until 2018. "
            "Hengyuan is based in Ningbo; Zhong Ke Magnet, which held 30% of Hengyuan, sold its stake in 2017. "
            "Delta Drives is a competitor and buys nothing from Hengyuan. A trader said JL Mag is buying Hengyuan.")
    assert {t for t in triples_of(reader, text) if t[1] != "locatedIn"} == set()


def test_a_fact_checks_claim_and_a_related_bulletins_list_state_nothing(reader, tmp_path):
    path = tmp_path / "bulletin.txt"
    path.write_text('CLAIM 1: "China Northern Rare Earth is secretly owned by the fund Harborline Capital."\n'
                    "RATING: False.\n\nRELATED BULLETINS\n"
                    "> [2024] No. 40 | Hefei Kelian Magnetoelectric Co., Ltd., acquired by Ningbo Yunsheng, withdraws\n",
                    encoding="utf-8")
    assert triples_of(reader, read_article(path).text) == set()


def test_a_licence_pilots_bare_pipe_table_with_wrapped_rows(reader, tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(
        "Article 5  General Licence Pilot (first batch)\n"
        "The enterprises below are included in the first batch of the General Licence Pilot:\n\n"
        "  No. | Enterprise                                    | Location\n"
        "  1   | Ganzhou Rare Earth Group Co., Ltd.            | Ganzhou, Jiangxi\n"
        "  2   | Leshan Shenghe Rare Earth Co., Ltd. (a        | Leshan, Sichuan\n"
        "      | subsidiary of Shenghe Resources Holding Co., Ltd.) |\n"
        "  3   | Fujian Changting Golden Dragon Rare Earth Co., Ltd. | Changting, Fujian\n", encoding="utf-8")
    text = read_article(path).text
    assert "| 2 | Leshan Shenghe Rare Earth Co., Ltd. (a subsidiary of Shenghe Resources Holding Co., Ltd.) | " \
           "Leshan, Sichuan |" in text
    assert {t for t in triples_of(reader, text) if t[1] in ("participatesIn", "owns")} == {
        ("Ganzhou Rare Earth Group", "participatesIn", "General Licence Pilot"),
        ("Leshan Shenghe Rare Earth", "participatesIn", "General Licence Pilot"),
        ("Fujian Changting Golden Dragon Rare-Earth", "participatesIn", "General Licence Pilot"),
        ("Shenghe Resources Holding", "owns", "Leshan Shenghe Rare Earth")}


def test_an_apposition_in_parentheses_and_a_quoted_alias_before_one(reader):
    text = ("Kaiyuan Magnet Co., Ltd. (controlled by Xiamen Tungsten Co., Ltd.) won the tender. "
            'The sides welcomed Irtysh-Ganjiang Rare Earth Company LLP ("Irtysh-Ganjiang"), the joint venture of '
            "China Rare Earth Group and Steppe Rare Metals JSC.")
    assert {t for t in triples_of(reader, text) if t[1] in ("owns", "jointVentureOf")} == {
        ("Xiamen Tungsten", "owns", "Kaiyuan Magnet"),
        ("Irtysh-Ganjiang Rare Earth Company", "jointVentureOf", "China Rare Earth Group"),
        ("Irtysh-Ganjiang Rare Earth Company", "jointVentureOf", "Steppe Rare Metals")}


def test_an_email_signature_of_name_and_title_over_the_company_line(reader, tmp_path):
    path = tmp_path / "mail.txt"
    path.write_text("Dear Lars,\n\nThe segments ship in November.\n\nKind regards,\nWendy\n\n"
                    "Wendy Zhao | Overseas Sales Manager\nNingbo Haixin Magnet Co., Ltd. - sintered magnets since 2006\n\n"
                    "Lars Mikkelsen | Category Buyer, Magnets\nNordhavn Drives A/S | Skejbyvej 120, Aarhus, Denmark\n",
                    encoding="utf-8")
    assert {t for t in triples_of(reader, read_article(path).text) if t[1] == "worksFor"} == {
        ("Wendy Zhao", "worksFor", "Ningbo Haixin Magnet"), ("Lars Mikkelsen", "worksFor", "Nordhavn Drives")}


def test_an_owner_cell_of_two_holders_with_stakes(reader):
    text = ("| Company | City | Owners |\n|---|---|---|\n"
            "| Yongjing Magnet Components Co. | Hefei | Ningbo Yongci (51%), Lanjing Automobile (49%) |\n")
    assert {(t[0], t[2]) for t in triples_of(reader, text) if t[1] == "owns"} == {
        ("Ningbo Yongci", "Yongjing Magnet Components"), ("Lanjing Automobile", "Yongjing Magnet Components")}


def test_a_definitions_list_without_colons_defines_the_parties(reader):
    text = ("The Purchaser has agreed to acquire 40% of the Target Company from the Vendor. "
            "The Target Company operates the Dongjiang Separation Plant. The Vendor produces mixed rare earth carbonate.\n\n"
            "DEFINITIONS\n\n"
            '"Purchaser"       Jinlan (Ganzhou) Materials Co., Ltd.\n'
            '"Target Company"  Longnan Xinfeng Separation Co., Ltd.\n'
            '"Vendor"          Ganzhou Hengyuan Rare Earth Industry Co., Ltd.\n')
    assert {t for t in triples_of(reader, text) if t[1] in ("owns", "produces")} == {
        ("Longnan Xinfeng Separation", "owns", "Dongjiang Separation Plant"),
        ("Ganzhou Hengyuan Rare Earth Industry", "produces", "Mixed rare earth carbonate")}


def test_a_committee_table_lists_people_not_organisations(reader):
    text = ("Yinshan Magnetic Materials Co., Ltd. is headquartered in Baotou.\n\nMembers of the Board\n"
            "| Name | Position |\n|---|---|\n| Wang Hongjun | Chairman of the Board; Secretary of the Party Committee |\n\n"
            "Board Committees\n| Committee | Chair | Members |\n|---|---|---|\n"
            "| Audit Committee | Li Meifang | Deng Wenhua, Han Bing |\n"
            "| Remuneration Committee | Christopher Hale | Li Meifang, Meng Xiaoli |\n")
    labels = {label for t in triples_of(reader, text) for label in (t[0], t[2])}
    assert not {label for label in labels if "," in label or "Committee" in label or label.count(" ") > 3} - {
        "Yinshan Magnetic Materials"}
    assert ("Wang Hongjun", "leads", "Yinshan Magnetic Materials") in triples_of(reader, text)


def test_export_licensing_said_five_more_ways(reader):
    text = ("The shipment falls under Announcement No. 18 [2025], which places samarium and gadolinium items under "
            "export licensing by MOFCOM. On 4 April MOFCOM issued Announcement No. 18, placing two heavy rare earths "
            "-- lutetium and scandium -- under export licensing. Anyone shipping terbium or dysprosium out of China "
            "now needs a MOFCOM licence. Yttrium and holmium are among the elements MOFCOM now licenses for export. "
            "The Ministry of Commerce now licenses exports of two rare earths: erbium and thulium.")
    assert {t for t in triples_of(reader, text) if t[1] == "regulates"} == {
        ("Ministry of Commerce", "regulates", element) for element in (
            "Samarium", "Gadolinium", "Lutetium", "Scandium", "Terbium", "Dysprosium", "Yttrium", "Holmium",
            "Erbium", "Thulium", "Rare earth elements")}  # (the last from "licenses exports of two rare earths")


def test_a_site_table_of_lower_case_plant_names_with_city_and_province(reader):
    text = ("| site_id | site | operator | city / county | province | main products |\n|---|---|---|---|---|---|\n"
            "| CN-NM-014 | Hexing separation plant | China Northern Rare Earth | Baotou | Inner Mongolia | PrNd oxide |\n"
            "| CN-JX-003 | Zudong ion-adsorption mine | Ganzhou Rare Earth Mining Co. | Longnan | Jiangxi | "
            "heavy rare earth concentrate |\n")
    assert triples_of(reader, text) == {
        ("China Northern Rare Earth Group", "owns", "Hexing separation plant"),
        ("Hexing separation plant", "locatedIn", "Baotou"), ("Baotou", "locatedIn", "Inner Mongolia"),
        ("Hexing separation plant", "produces", "Praseodymium-neodymium oxide"),
        ("Ganzhou Rare Earth Mining", "owns", "Zudong ion-adsorption mine"),
        ("Zudong ion-adsorption mine", "locatedIn", "Longnan"), ("Longnan", "locatedIn", "Jiangxi"),
        ("Zudong ion-adsorption mine", "produces", "Rare earth concentrate")}


def test_appointments_column_with_names_in_capitals(reader):
    text = ("PEOPLE ON THE MOVE\n\n"
            "DENG YAOXIN becomes vice president for smelting and separation at China Rare Earth Group Co., Ltd.\n\n"
            "FIONA ALDOUS takes over as chief executive of Karridale Minerals Ltd, the Perth developer.\n\n"
            "CHEN MEIFANG has been promoted to head of export sales at Ningbo Yunsheng Co., Ltd.\n")
    assert {t for t in triples_of(reader, text) if t[1] in ("worksFor", "leads")} == {
        ("Deng Yaoxin", "worksFor", "China Rare Earth Group"), ("Fiona Aldous", "leads", "Karridale Minerals"),
        ("Chen Meifang", "leads", "Ningbo Yunsheng")}


def test_a_court_notices_debtor_and_the_particulars_under_its_term(reader):
    text = ('On 18 August 2025, Ganzhou Rural Commercial Bank Co., Ltd. (the "Applicant") applied for the '
            'reorganisation of Jiangxi Hengtai Rare Earth New Materials Co., Ltd. (the "Debtor").\n\n'
            "2. PARTICULARS OF THE DEBTOR\n\n"
            "Registered address: No. 8 Xijiang Road, Ruijin, Jiangxi Province\n"
            "Legal representative: Zou Guoping, Chairman\n"
            "Shareholders: Ruijin State-owned Assets Investment Holding Co., Ltd. (68%)\n\n"
            "The Debtor sells most of its oxides to Ningbo Yunsheng Co., Ltd.")
    facts = triples_of(reader, text)
    assert {t for t in facts if t[1] in ("owns", "supplies") or t[0] == "Zou Guoping"} == {
        ("Ruijin State-owned Assets Investment Holding", "owns", "Jiangxi Hengtai Rare Earth New Materials"),
        ("Zou Guoping", "worksFor", "Jiangxi Hengtai Rare Earth New Materials"),
        ("Jiangxi Hengtai Rare Earth New Materials", "supplies", "Ningbo Yunsheng")}


def test_sources_gapped_after_and_and_customers_including(reader):
    text = ("JL Mag sources PrNd oxide from Shenghe Resources and PrNd metal from China Northern Rare Earth. "
            "Longnan Huaxin Separation produces terbium oxide and supplies magnet makers including Ningbo Yunsheng.")
    assert {t for t in triples_of(reader, text) if t[1] == "supplies"} == {
        ("Shenghe Resources Holding", "supplies", "JL Mag Rare-Earth"),
        ("China Northern Rare Earth Group", "supplies", "JL Mag Rare-Earth"),
        ("Longnan Huaxin Separation", "supplies", "Ningbo Yunsheng")}


def test_a_web_pages_nested_list_of_units_each_with_its_products_and_customers(reader, tmp_path):
    path = tmp_path / "group.html"
    path.write_text(
        "<html><body><h1>Our Group</h1><ul><li>Separation<ul>"
        "<li>Baotou Sanhe Separation Co., Ltd. — 100% — Jiuyuan District, Baotou<ul>"
        "<li>Products: lanthanum oxide, cerium oxide</li><li>Ships PrNd oxide to Ningbo Sanhe Magnetics</li></ul></li>"
        "</ul></li><li>Magnets<ul><li>Ningbo Sanhe Magnetics Co., Ltd. — 100% — Ningbo<ul>"
        "<li>Products: sintered NdFeB magnets</li><li>Key customer: Kessler Antriebstechnik AG</li></ul></li>"
        "</ul></li></ul></body></html>", encoding="utf-8")
    text = read_article(path).text
    assert "- Baotou Sanhe Separation Co., Ltd. — 100% — Jiuyuan District, Baotou; Products: lanthanum oxide, " \
           "cerium oxide; Ships PrNd oxide to Ningbo Sanhe Magnetics" in text
    assert {t for t in triples_of(reader, text) if t[1] in ("produces", "supplies")} == {
        ("Baotou Sanhe Separation", "produces", "Lanthanum oxide"), ("Baotou Sanhe Separation", "produces", "Cerium oxide"),
        ("Baotou Sanhe Separation", "supplies", "Ningbo Sanhe Magnetics"),
        ("Ningbo Sanhe Magnetics", "produces", "sintered NdFeB magnets"),
        ("Ningbo Sanhe Magnetics", "supplies", "Kessler Antriebstechnik")}


def test_a_customers_possessive_apposition_is_no_second_customer(reader):
    text = "The Hailiang mine supplies rare earth concentrate to China Northern Rare Earth, Baogang's listed subsidiary."
    assert {t for t in triples_of(reader, text) if t[1] == "supplies"} == {
        ("Hailiang mine", "supplies", "China Northern Rare Earth Group")}


def test_a_policy_issued_together_with_a_second_body(reader):
    text = ("Announcement No. 18 of 2025, issued by the Ministry of Commerce together with the General Administration "
            "of Customs, continues to govern exports. MIIT has published the Rare Earth Traceability Measures, issued "
            "jointly with the Ministry of Natural Resources.")
    assert {t for t in triples_of(reader, text) if t[1] == "issued"} == {
        ("Ministry of Commerce", "issued", "Announcement No. 18 of 2025"),
        ("General Administration of Customs", "issued", "Announcement No. 18 of 2025"),
        ("Ministry of Industry and Information Technology", "issued", "Rare Earth Traceability Measures"),
        ("Ministry of Natural Resources", "issued", "Rare Earth Traceability Measures")}


def test_a_written_answer_hard_wrapped_with_a_hyphen_and_a_department_for(reader, tmp_path):
    path = tmp_path / "answer.txt"
    body = ("  Pennine Magnetics Ltd, a Sheffield-based subsidiary of the Leeds-\n"
            "  headquartered Aire Valley Engineering Group, imports NdFeB magnets from\n"
            "  JL Mag Rare-Earth and supplies rotor assemblies to Wearside Electric.\n")
    path.write_text("Answered by: Rachel Whitcombe, Minister of State for Industry, Department for Business and Trade\n\n"
                    + body * 3 + "\n  Nationally, the Advanced Propulsion Centre in Coventry funds such work and\n"
                    "  reports to the Department for Business and Trade every quarter of the year.\n", encoding="utf-8")
    facts = triples_of(reader, read_article(path).text)
    assert ("Aire Valley Engineering Group", "locatedIn", "Leeds") in facts
    assert ("Rachel Whitcombe", "leads", "Department for Business and Trade") in facts
    assert not {t for t in facts if "Nationally" in (t[0], t[2]) or "Business" == t[2]}


def test_a_place_denied_in_the_sentence_and_a_tentative_stake_in_a_profile(reader, tmp_path):
    assert triples_of(reader, "Jinhui Magnetics is headquartered in Ningde, Fujian, not in Xiamen.") == {
        ("Jinhui Magnetics", "locatedIn", "Ningde"), ("Ningde", "locatedIn", "Fujian")}
    path = tmp_path / "directory.md"
    path.write_text("#### Hebei Taifeng Magnet Co., Ltd.\n\n- **Headquarters:** Ganzhou, Jiangxi Province\n"
                    "- **Chairman:** Yan Shoulei\n"
                    "- **Ownership note:** A proposed purchase of a 45% stake by Baogang Group is under regulatory "
                    "review and has not closed.\n", encoding="utf-8")
    assert triples_of(reader, read_article(path).text) == {
        ("Hebei Taifeng Magnet", "locatedIn", "Ganzhou"), ("Ganzhou", "locatedIn", "Jiangxi"),
        ("Yan Shoulei", "leads", "Hebei Taifeng Magnet")}


def test_customers_and_a_fact_box_of_the_company_the_page_is_about(reader, tmp_path):
    path = tmp_path / "about.md"
    path.write_text("Our story\n\nHanlin Magnet Co., Ltd. · Shanghai Stock Exchange\n\n"
                    "From one press in Hanlin's first workshop to four plants.\n\n"
                    "| At a glance | |\n|---|---|\n| Headquarters | Ganzhou, Jiangxi Province |\n"
                    "| President | Qiu Wenhao |\n| Main shareholders | Qiu Wenhao (28%), Ganzhou State Capital Co. (12%) |\n\n"
                    "Hanlin Magnet makes sintered NdFeB magnets in Ganzhou. "
                    "Key customers include Ostwind Antriebe GmbH and Nanchang Xinyu Motor Co.\n", encoding="utf-8")
    facts = triples_of(reader, read_article(path).text)
    assert {t for t in facts if t[1] != "produces"} == {
        ("Hanlin Magnet", "locatedIn", "Ganzhou"), ("Ganzhou", "locatedIn", "Jiangxi"),
        ("Qiu Wenhao", "leads", "Hanlin Magnet"), ("Ganzhou State Capital", "owns", "Hanlin Magnet"),
        ("Hanlin Magnet", "supplies", "Ostwind Antriebe"), ("Hanlin Magnet", "supplies", "Nanchang Xinyu Motor")}


def test_a_transcripts_speaker_labels_and_a_participle_listing_controlled_items(reader):
    text = ("Hannah Cole, Reuters: Will the list grow?\n"
            "Spokesperson Gao Lin: On 2 May the Ministry of Commerce issued Announcement No. 7 of 2026, imposing "
            "export controls on four items: terbium, dysprosium, lutetium and scandium.\n")
    assert {t for t in triples_of(reader, text) if t[1] in ("worksFor", "regulates")} == {
        ("Hannah Cole", "worksFor", "Reuters"),
        *(("Ministry of Commerce", "regulates", element) for element in ("Terbium", "Dysprosium", "Lutetium", "Scandium"))}


def test_a_footnoted_table_name_a_degree_note_and_feed_supplied_for_a_plant(reader, tmp_path):
    path = tmp_path / "report.md"
    path.write_text("Table 1 Operating entities of Hexin Materials Co., Ltd.\n\n"
                    "| Entity | Location | Hexin stake |\n|---|---|---|\n"
                    "| Hexin-Sato Alloys (Ganzhou) Co., Ltd.² | Ganzhou | 70% |\n"
                    "| Longyan Hexin Recycling Co., Ltd. | Longyan | 100% |\n\n"
                    "² Joint venture with Osaka-based Sato Metals Co., Ltd., which holds the remaining 30%.\n\n"
                    "Feed for Longyan Hexin Recycling is supplied by Fujian Shanlan Mining Co., Ltd.\n\n"
                    "Wen Jiale (MEng 2004, PhD 2009) has been named general manager of Longyan Hexin Recycling. "
                    "Qi Rong is now chief engineer at the Ganzhou alloy plant of Hexin Materials.\n", encoding="utf-8")
    facts = triples_of(reader, read_article(path).text)
    assert {t for t in facts if t[1] in ("owns", "supplies", "leads", "worksFor")} == {
        ("Hexin Materials", "owns", "Hexin-Sato Alloys (Ganzhou)"), ("Hexin Materials", "owns", "Longyan Hexin Recycling"),
        ("Sato Metals", "owns", "Hexin-Sato Alloys (Ganzhou)"), ("Hexin Materials", "owns", "Ganzhou alloy plant"),
        ("Fujian Shanlan Mining", "supplies", "Longyan Hexin Recycling"),
        ("Wen Jiale", "leads", "Longyan Hexin Recycling"), ("Qi Rong", "worksFor", "Hexin Materials")}


def test_a_fact_box_named_in_capitals_by_its_label_is_that_companys(reader, tmp_path):
    path = tmp_path / "bulletin.txt"
    path.write_text("From: Alumni Office <news@alumni.example.cn>\n\n"
                    "Zhu Hao founded Ruiyuan Magnet Materials in Ningbo in 2006. Ruiyuan makes bonded magnets.\n\n"
                    "  RUIYUAN AT A GLANCE\n  Headquarters: Ningbo, Zhejiang\n  Chairman: Zhu Hao\n"
                    "  Shareholders: Zhu family (70%); Qianjiang Ventures (30%)\n\n"
                    "The Alumni Office thanks all contributors. The Alumni Office is based in Ganzhou.\n", encoding="utf-8")
    facts = triples_of(reader, read_article(path).text)
    assert facts == {
        ("Ruiyuan Magnet Materials", "locatedIn", "Ningbo"), ("Zhu Hao", "leads", "Ruiyuan Magnet Materials"),
        ("Qianjiang Ventures", "owns", "Ruiyuan Magnet Materials"), ("Ruiyuan Magnet Materials", "produces", "bonded magnets"),
        ("Ningbo", "locatedIn", "Zhejiang"), ("Alumni Office", "locatedIn", "Ganzhou")}  # the box is not the office's


def test_a_hard_wrapped_fact_sheet_with_aligned_fields_and_a_question_heading_over_its_managers(reader, tmp_path):
    path = tmp_path / "factsheet.txt"
    prose = ("Tongda separates and refines heavy rare earths from the clays of southern China and turns them\n"
             "into metals and alloys for the magnet industry, which it has served since the year 2009.\n")
    path.write_text("TONGDA RARE METALS CO., LTD.\n\nLegal name:               Tongda Rare Metals Co., Ltd.\n"
                    "Headquarters:             Longnan County, Ganzhou, Jiangxi Province\n"
                    "Other major shareholder:  Ganzhou State Capital Co., Ltd. (12.0%)\n\n" + prose * 3 +
                    "\nFeedstock:      Ion-adsorption clay concentrate, supplied by China\n"
                    "                Rare Earth Group from its mines in southern Jiangxi.\n"
                    "Key customers:  JL Mag Rare-Earth; Akagi Denki Co., Ltd. of Osaka, Japan.\n\n"
                    "6. Who are the key managers?\n- Xu Hanqing — President\n- Ding Ruoyu — Chief Financial Officer\n",
                    encoding="utf-8")
    text = read_article(path).text
    assert "Feedstock: Ion-adsorption clay concentrate, supplied by China Rare Earth Group from its mines" in text
    assert {t for t in triples_of(reader, text) if t[1] in ("owns", "supplies", "leads", "worksFor")} == {
        ("Ganzhou State Capital", "owns", "Tongda Rare Metals"), ("Tongda Rare Metals", "supplies", "JL Mag Rare-Earth"),
        ("Tongda Rare Metals", "supplies", "Akagi Denki"), ("Xu Hanqing", "leads", "Tongda Rare Metals"),
        ("Ding Ruoyu", "worksFor", "Tongda Rare Metals")}


def test_chinese_glosses_after_names_are_read_past(reader):
    text = ("Baotou Hanshan Alloy Co., Ltd. (包头韩山合金有限公司), a subsidiary of Baogang Group (包钢集团), "
            "makes NdFeB alloy at the Hanshan Alloy Plant (韩山合金厂) in Guyang County (固阳县), Baotou. "
            "\"We run at full capacity,\" said Qiao Lin (乔林), Chairman of Baotou Hanshan Alloy.")
    assert triples_of(reader, text) == {
        ("Baogang", "owns", "Baotou Hanshan Alloy"), ("Baotou Hanshan Alloy", "produces", "NdFeB alloy"),
        ("Hanshan Alloy Plant", "locatedIn", "Guyang County"), ("Guyang County", "locatedIn", "Baotou"),
        ("Qiao Lin", "leads", "Baotou Hanshan Alloy")}


def test_a_job_adverts_company_field_names_the_employer(reader, tmp_path):
    path = tmp_path / "job.txt"
    path.write_text("Senior Process Engineer\n- Company: Baotou Hesheng Alloy Co., Ltd.\n"
                    "- Headquarters: Jiuyuan District, Baotou\n- Contract: Full-time\n\n"
                    "You will report to the plant manager.\n", encoding="utf-8")
    assert triples_of(reader, read_article(path).text) == {
        ("Baotou Hesheng Alloy", "locatedIn", "Jiuyuan District"), ("Jiuyuan District", "locatedIn", "Baotou")}


def test_a_mediawiki_table_is_read_as_a_table(reader, tmp_path):
    path = tmp_path / "talk.txt"
    path.write_text("== Subsidiaries of Hengtai Magnet Co., Ltd. ==\n\n{| class=\"wikitable\"\n|+ 2024 annual report\n"
                    "! Subsidiary !! Stake !! Location\n|-\n| [[Baotou Hengtai Alloy Co.]] || style=\"color:red\" | 100% "
                    "|| Baotou\n|-\n| Ningbo Hengtai Trading Co.\n| 55%\n| [[Ningbo|Ningbo city]]\n|}\n", encoding="utf-8")
    text = read_article(path).text
    assert ("2024 annual report\n| Subsidiary | Stake | Location |\n|---|---|---|\n| Baotou Hengtai Alloy Co. | 100% | Baotou |\n"
            "| Ningbo Hengtai Trading Co. | 55% | Ningbo city |") in text
    assert {t for t in triples_of(reader, text) if t[1] == "owns"} == {
        ("Hengtai Magnet", "owns", "Baotou Hengtai Alloy"), ("Hengtai Magnet", "owns", "Ningbo Hengtai Trading")}


def test_an_issuer_profile_with_other_shareholders_and_a_finance_chief(reader, tmp_path):
    path = tmp_path / "rating.md"
    path.write_text("# Apex affirms Hailun Rare Earth Holdings at 'BBB'\n\n"
                    "Apex Ratings has affirmed the rating of Hailun Rare Earth Holdings Co., Ltd. (Hailun). Hailun's "
                    "notes are also affirmed.\n\n## Issuer profile\n\n- **Headquarters:** Ganzhou, Jiangxi\n"
                    "- **Chief financial officer:** Qin Lanfang\n"
                    "- **Other shareholders:** Ganzhou Industry Fund (12.5%); free float (29.5%)\n", encoding="utf-8")
    assert {t for t in triples_of(reader, read_article(path).text) if t[0] != "Ganzhou"} == {
        ("Hailun Rare Earth Holdings", "locatedIn", "Ganzhou"), ("Qin Lanfang", "worksFor", "Hailun Rare Earth Holdings"),
        ("Ganzhou Industry Fund", "owns", "Hailun Rare Earth Holdings")}


def test_we_in_a_companys_filing_is_the_company_its_title_names(reader, tmp_path):
    path = tmp_path / "10k.txt"
    path.write_text("Hallam Drive Systems, Inc. (Dayton, Ohio)\nAnnual Report on Form 10-K, fiscal year 2024\n\n"
                    "MOFCOM granted export licences to JL Mag and to Ningbo Yunsheng. MOFCOM reviews every licence.\n\n"
                    "We assemble rotors through our wholly owned subsidiary Hallam Motion (Suzhou) Co., Ltd. "
                    "Our success depends on Dana Reyes, our President and Chief Executive Officer.\n", encoding="utf-8")
    facts = triples_of(reader, read_article(path).text)
    assert {t for t in facts if t[1] in ("owns", "leads", "worksFor")} == {
        ("Hallam Drive Systems", "owns", "Hallam Motion (Suzhou)"), ("Dana Reyes", "leads", "Hallam Drive Systems")}
    mentions = reader[0].read(read_article(path)).mentions
    assert not [m for m in mentions if m.text == "Dayton, Ohio"]  # where it is, not another name of it


def test_a_tender_agents_contact_block_is_the_agents(reader, tmp_path):
    path = tmp_path / "tender.txt"
    path.write_text("TENDER ANNOUNCEMENT\n\n7. CONTACTS\nPurchaser: Baotou Hexin Separation Co., Ltd.\n"
                    "Chairman: Zhao Yongming\nContact: Ms. Gao Yan, Procurement Department, Tel. 0472-51xxxxx\n\n"
                    "Tender Agent: Inner Mongolia Huazhao Tendering Co., Ltd.\nAddress: Saihan District, Hohhot\n"
                    "Contact: Mr. Bai Li, Project Manager, Tel. 0471-69xxxxx\n", encoding="utf-8")
    facts = triples_of(reader, read_article(path).text)
    assert {t for t in facts if t[1] in ("worksFor", "leads", "locatedIn") and t[0] != "Saihan District"} == {
        ("Zhao Yongming", "leads", "Baotou Hexin Separation"), ("Bai Li", "worksFor", "Inner Mongolia Huazhao Tendering"),
        ("Inner Mongolia Huazhao Tendering", "locatedIn", "Saihan District")}


def test_a_person_is_no_producer_through_a_copula_before_and(reader):
    text = ("Du Ping is chairwoman of Hexin Magnet, the Baotou-based company that owns the Xihe plant and produces "
            "sintered NdFeB magnets.")
    facts = triples_of(reader, text)
    assert ("Du Ping", "leads", "Hexin Magnet") in facts
    assert not {t for t in facts if t[0] == "Du Ping" and t[1] == "produces"}


def test_a_place_led_name_ends_before_and_a_titled_person(reader):
    text = ("Also present: independent directors Prof. Huang Deming of Jiangxi University of Science and Technology "
            "and Ms. Ada Liang; and Board Secretary Tang Yifan.")
    assert {t for t in triples_of(reader, text) if t[1] == "worksFor"} == {
        ("Huang Deming", "worksFor", "Jiangxi University of Science and Technology")}


def test_a_table_rows_note_of_a_former_owner_leaves_its_place_and_products(reader, tmp_path):
    path = tmp_path / "list.md"
    path.write_text("| Manufacturer | Headquarters | Principal shareholder | Main products | Notes |\n|---|---|---|---|---|\n"
                    "| Hexin Magnetics Co. | Baotou | Donghai Precision Industries | Sintered NdFeB magnets | "
                    "A Baogang subsidiary until 2019, when it was sold to Donghai |\n"
                    "| Ruiyang Magnet Co. | Ningbo | Ruiyang Holdings | Bonded NdFeB magnets | Listed in 2020 |\n"
                    "| Qiyuan Magnet Co. | Ganzhou | Jiangxi Tonghe Holdings | Bonded NdFeB magnets | "
                    "Jiangxi Tonghe Holdings sold its stake in 2024 |\n", encoding="utf-8")
    assert {t for t in triples_of(reader, read_article(path).text) if t[0] not in ("Baotou", "Ganzhou")} == {
        ("Hexin Magnetics", "locatedIn", "Baotou"), ("Hexin Magnetics", "produces", "sintered NdFeB magnets"),
        ("Donghai Precision Industries", "owns", "Hexin Magnetics"),  # (the note's former owner is not in the column)
        ("Ruiyang Magnet", "locatedIn", "Ningbo"), ("Ruiyang Magnet", "produces", "bonded NdFeB magnets"),
        ("Ruiyang Holdings", "owns", "Ruiyang Magnet"),
        ("Qiyuan Magnet", "locatedIn", "Ganzhou"), ("Qiyuan Magnet", "produces", "bonded NdFeB magnets")}


def test_a_table_of_links_from_one_to_another_is_of_supplies_and_skips_ended_or_proposed_ones(reader, tmp_path):
    path = tmp_path / "map.md"
    path.write_text("## Links\n\n| Link | From | To | Material | Status |\n|---|---|---|---|---|\n"
                    "| L1 | Xunwu Hengli Mining Co. | Longnan Hexin Separation Co. | carbonate | solid |\n"
                    "| L2 | Longnan Hexin Separation Co. | Ganzhou Ruibo Magnet Co. | Tb oxide | dashed (proposed) |\n"
                    "| L3 | Sichuan Mianning Mining Co. | Longnan Hexin Separation Co. | concentrate | grey (halted 2025) |\n",
                    encoding="utf-8")
    assert {t for t in triples_of(reader, read_article(path).text) if t[1] == "supplies"} == {
        ("Xunwu Hengli Mining", "supplies", "Longnan Hexin Separation")}


def test_an_officer_title_opening_a_sentence_is_of_the_one_company_the_sentence_before_names(reader):
    text = ("Hengyuan Metals is a big producer in Baotou. Hengyuan Metals produces oxides. Hengyuan Metals said sales grew.\n"
            "In the afternoon the governor visited Tianshun Magnet Co., Ltd. Chairman Cai Bowen showed him the sintering line.")
    assert {t for t in triples_of(reader, text) if t[1] in ("leads", "worksFor")} == {
        ("Cai Bowen", "leads", "Tianshun Magnet")}
