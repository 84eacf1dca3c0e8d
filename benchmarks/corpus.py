"""Synthetic but realistic rare-earth news articles, any number, deterministic per seed.

Entities come from the curated gazetteer mixed with invented companies and people;
each article has a headline, a dateline and 6-14 paragraphs drawn from varied
phrasings of ownership, leadership, location, production, supply, policy and visits,
plus sentences with no relation at all.

    python benchmarks/corpus.py OUT_DIR --articles 2000 [--seed 1]
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path

from rekg.resolve import Gazetteer

SURNAMES = ["Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun",
            "Ma", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng"]
GIVEN = ["Wei", "Fang", "Jun", "Hong", "Lei", "Ming", "Jing", "Qiang", "Yan", "Tao", "Xiaoming",
         "Fanying", "Jianhua", "Guoqing", "Hailong", "Meilin", "Zhiwei", "Yutong"]
PLACE_WORDS = ["Baotou", "Ganzhou", "Chengdu", "Xiamen", "Nanchang", "Longyan", "Sichuan", "Jiangxi",
               "Inner Mongolia", "Fujian", "Guangdong", "Hunan", "Yunnan", "Shandong"]
COMPANY_WORDS = ["Rare Earth", "Magnetic Materials", "New Materials", "Metals", "Advanced Materials",
                 "Permanent Magnet", "Tungsten and Rare Earth", "Resources"]
COMPANY_TAILS = ["Co., Ltd.", "Group", "Corporation", "Holdings", "Industry Co."]
PRODUCTS = ["neodymium oxide", "praseodymium-neodymium metal", "NdFeB magnets", "dysprosium oxide",
            "terbium metal", "rare earth concentrate", "yttrium oxide", "lanthanum carbonate"]
TITLES = ["chairman", "general manager", "president", "party secretary", "deputy general manager",
          "chief engineer"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
FILLER = [
    "Prices of {product} rose {pct}% in the week, according to industry data.",
    "Analysts expect demand from electric vehicles and wind turbines to keep growing.",
    "The market reacted calmly to the news, with shares little changed in afternoon trading.",
    "Export volumes in the first half were broadly in line with last year.",
    "Industry insiders said consolidation would continue over the next five years.",
    "Environmental inspections have slowed output at several smaller separation plants.",
]
RELATIONS = [
    "{org1} owns a {pct}% stake in {org2}.",
    "{org2} is a subsidiary of {org1}.",
    "{org1} holds {pct}% of {org2}, according to its annual report.",
    "{org2}, a unit of {org1}, reported higher profits this quarter.",
    "{person}, {title} of {org1}, said the company would expand capacity.",
    "{org1} {title} {person} told reporters that orders were strong.",
    "{person} was appointed {title} of {org2} in {month}.",
    "{org1} is headquartered in {place}.",
    "{org2}, based in {place}, employs about {number} people.",
    "{org1} produces {product} at its plant in {place}.",
    "{org2} mainly makes {product} and {product2}.",
    "{org1} supplies {product} to {org2}.",
    "{org2} signed an agreement to sell {product} to {org1}.",
    "The Ministry of Industry and Information Technology issued the {year} rare earth mining quotas.",
    "{org1} was selected for the {year} National Key Rare Earth Programme.",
    "{person} visited {org2} in {place} on {month} {day}.",
    "{org1} and {org2} set up a joint venture in {place}.",
    "{org2} was merged into {org1} last year.",
]


def _names(gazetteer: Gazetteer, classes: set[str]) -> list[str]:
    return sorted(entry.label for entry in gazetteer.by_slug.values() if entry.cls in classes)


class ArticleGenerator:
    """Deterministic article texts from a seeded random generator."""

    def __init__(self, seed: int = 1) -> None:
        gazetteer = Gazetteer.load()
        self.rng = random.Random(seed)
        known = _names(gazetteer, {"Company", "Organization"})
        invented = [f"{p} {w} {t}" for p in PLACE_WORDS for w in COMPANY_WORDS for t in COMPANY_TAILS]
        self.orgs = known + invented
        self.places = _names(gazetteer, {"Place"}) or PLACE_WORDS
        self.people = [f"{s} {g}" for s in SURNAMES for g in GIVEN]

    def article(self, number: int) -> str:
        rng = self.rng
        orgs = rng.sample(self.orgs, 4)
        year = rng.randint(2015, 2025)
        lines = [f"{orgs[0]} {rng.choice(['expands', 'restructures', 'reports', 'wins approval for'])} "
                 f"{rng.choice(PRODUCTS)} business (report {number})",
                 f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {year}"]
        for _ in range(rng.randint(6, 14)):
            sentences = [self._sentence(orgs, year) for _ in range(rng.randint(2, 5))]
            lines.append(" ".join(sentences))
        return "\n\n".join(lines) + "\n"

    def _sentence(self, orgs: list[str], year: int) -> str:
        rng = self.rng
        template = rng.choice(RELATIONS if rng.random() < 0.6 else FILLER)
        org1, org2 = rng.sample(orgs, 2)
        product, product2 = rng.sample(PRODUCTS, 2)
        return template.format(
            org1=org1, org2=org2, person=rng.choice(self.people), title=rng.choice(TITLES),
            place=rng.choice(self.places), product=product, product2=product2,
            pct=f"{rng.uniform(1, 99):.2f}", number=rng.randint(200, 20000), month=rng.choice(MONTHS),
            day=rng.randint(1, 28), year=year).replace("..", ".")

    def articles(self, count: int) -> Iterator[str]:
        for number in range(count):
            yield self.article(number)


def write_corpus(folder: Path, count: int, seed: int = 1) -> None:
    """Write `count` articles as folder/NNNNNN.txt (streaming; memory does not grow)."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, text in enumerate(ArticleGenerator(seed).articles(count)):
        (folder / f"{number:06d}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write_corpus(args.out, args.articles, args.seed)
    print(f"wrote {args.articles} articles to {args.out}")


if __name__ == "__main__":
    main()
