"""A plan's text → the data of a plan.yaml draft, for a person to review (``zhanxin draft``).

Pure: text in, a :class:`Draft` out (no files, no clock). The reading follows the
conventions of the bundled plan's header, none of them about one plan:

- structure: 一、 / (一) / 1 . 1、 1. headings, numbered as written and corrected where the
  text restarts or skips (a copy that renumbered its list); page markers of web copies
  ("2、" at the start of every copied page) removed;
- a numeric target is a number with a unit (亿元, %, 个百分点, 家 …) that ends its phrase
  (followed by 以上, 、, a comma, a full stop or a bracket); a number that qualifies a noun
  ("20亿元以上制造业项目", "18个在建项目") is not one; 分别 lists are expanded; 零的突破 / 破零
  is a milestone of 1 for each amount it names;
- comparator from the words around the number (以上 → ge, 超 → gt, 以内 → le …),
  commitment (确保 / 力争) over its own phrase — 、-joined objects and 其中 sub-clauses —
  up to the next comma or semicolon, deadline from 6月底前 / 三季度末 … in the phrase;
- responsible units from the bracket that closes a paragraph, ``*`` marking the lead.

Every reading that is not certain carries a note saying what to check.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from ..i18n import Lang, Msg
from .markup import is_markup, page_text
from .script import CHINESE_CHARACTER, simplified

CN_DIGITS = "〇一二三四五六七八九十"

# Half-width forms for reading; every replacement is one character for one, so positions
# in the normalised text are positions in the original (the source is quoted verbatim).
_HALF = str.maketrans("，；：（）％！？　－", ",;:()%!? -")

UNITS: dict[str, dict[str, Any]] = {
    "元": {"dimension": "money_cny", "scale": 1},
    "万元": {"dimension": "money_cny", "scale": 10_000},
    "亿元": {"dimension": "money_cny", "scale": 100_000_000},
    "万亿元": {"dimension": "money_cny", "scale": 1_000_000_000_000},
    "美元": {"dimension": "money_usd", "scale": 1},
    "万美元": {"dimension": "money_usd", "scale": 10_000},
    "亿美元": {"dimension": "money_usd", "scale": 100_000_000},
    "万亿美元": {"dimension": "money_usd", "scale": 1_000_000_000_000},
    "%": {"dimension": "percent", "scale": 1},
    "百分点": {"dimension": "percentage_point", "scale": 1},
    "‰": {"dimension": "permille", "scale": 1},
    "个": {"dimension": "item", "scale": 1, "integer": True},
    "项": {"dimension": "item", "scale": 1, "integer": True},
    "件": {"dimension": "item", "scale": 1, "integer": True},
    "座": {"dimension": "item", "scale": 1, "integer": True},
    "台": {"dimension": "item", "scale": 1, "integer": True},
    "套": {"dimension": "item", "scale": 1, "integer": True},
    "家": {"dimension": "organisation", "scale": 1, "integer": True},
    "所": {"dimension": "organisation", "scale": 1, "integer": True},
    "名": {"dimension": "person", "scale": 1, "integer": True},
    "人": {"dimension": "person", "scale": 1, "integer": True},
    "人次": {"dimension": "person_time", "scale": 1, "integer": True},
    "场次": {"dimension": "event", "scale": 1, "integer": True},
    "次": {"dimension": "event", "scale": 1, "integer": True},
    "处": {"dimension": "item", "scale": 1, "integer": True},
    "张": {"dimension": "item", "scale": 1, "integer": True},
    "场": {"dimension": "event", "scale": 1, "integer": True},
    "头": {"dimension": "livestock", "scale": 1, "integer": True},
    "只": {"dimension": "livestock", "scale": 1, "integer": True},
    "箱": {"dimension": "item", "scale": 1, "integer": True},
    "分": {"dimension": "score", "scale": 1},
    "条": {"dimension": "item", "scale": 1, "integer": True},
    "间": {"dimension": "item", "scale": 1, "integer": True},
    "户": {"dimension": "household_or_firm", "scale": 1, "integer": True},
    "辆": {"dimension": "vehicle", "scale": 1, "integer": True},
    "架": {"dimension": "aircraft", "scale": 1, "integer": True},
    "岁": {"dimension": "age_years", "scale": 1},
    "穴": {"dimension": "item", "scale": 1, "integer": True},
    "块": {"dimension": "item", "scale": 1, "integer": True},
    "口": {"dimension": "item", "scale": 1, "integer": True},
    "片": {"dimension": "item", "scale": 1, "integer": True},
    "册": {"dimension": "item", "scale": 1, "integer": True},
    "部": {"dimension": "item", "scale": 1, "integer": True},
    "批次": {"dimension": "item", "scale": 1, "integer": True},
    "宗": {"dimension": "item", "scale": 1, "integer": True},  # 安排重点项目91宗
    "组": {"dimension": "item", "scale": 1, "integer": True},  # 100组治安摄像头
    "栋": {"dimension": "item", "scale": 1, "integer": True},
    "台件套": {"dimension": "item", "scale": 1, "integer": True},
    "微克/立方米": {"dimension": "concentration_ug_m3", "scale": 1},
    "起": {"dimension": "event", "scale": 1, "integer": True},
    "株": {"dimension": "plant", "scale": 1, "integer": True},
    "棵": {"dimension": "plant", "scale": 1, "integer": True},
    "吨标准煤": {"dimension": "energy_tce", "scale": 1},
    "万吨标准煤": {"dimension": "energy_tce", "scale": 10_000},
    "亿吨标准煤": {"dimension": "energy_tce", "scale": 100_000_000},
    "亩": {"dimension": "area_mu", "scale": 1},
    "万亩": {"dimension": "area_mu", "scale": 10_000},
    "亿亩": {"dimension": "area_mu", "scale": 100_000_000},
    "千瓦": {"dimension": "power", "scale": 1},
    "万千瓦": {"dimension": "power", "scale": 10_000},
    "万公里": {"dimension": "length_km", "scale": 10_000},
    "吨": {"dimension": "mass", "scale": 1},
    "公斤": {"dimension": "mass", "scale": 0.001},  # 播种亩产500公斤以上
    "万公斤": {"dimension": "mass", "scale": 10},
    "万吨": {"dimension": "mass", "scale": 10_000},
    "亿吨": {"dimension": "mass", "scale": 100_000_000},
    "平方米": {"dimension": "area_m2", "scale": 1},
    "万平方米": {"dimension": "area_m2", "scale": 10_000},
    "公里": {"dimension": "length_km", "scale": 1},
    "千米": {"dimension": "length_km", "scale": 1},
    "米": {"dimension": "length_m", "scale": 1},
    "盏": {"dimension": "item", "scale": 1, "integer": True},
    "种": {"dimension": "item", "scale": 1, "integer": True},
    "例": {"dimension": "case", "scale": 1, "integer": True},
    "公顷": {"dimension": "area_ha", "scale": 1},
    "万公顷": {"dimension": "area_ha", "scale": 10_000},
    "平方公里": {"dimension": "area_km2", "scale": 1},
    "人年": {"dimension": "person_year", "scale": 1},
    "斤": {"dimension": "mass_jin", "scale": 1},
    "万斤": {"dimension": "mass_jin", "scale": 10_000},
    "亿斤": {"dimension": "mass_jin", "scale": 100_000_000},
    "万亿斤": {"dimension": "mass_jin", "scale": 1_000_000_000_000},
    "兆瓦": {"dimension": "power", "scale": 1_000},
    "千伏安": {"dimension": "apparent_power", "scale": 1},
    "千瓦时": {"dimension": "energy_kwh", "scale": 1},
    "万千瓦时": {"dimension": "energy_kwh", "scale": 10_000},
    "亿千瓦时": {"dimension": "energy_kwh", "scale": 100_000_000},
    "度": {"dimension": "energy_kwh", "scale": 1},
    "万度": {"dimension": "energy_kwh", "scale": 10_000},
    "亿度": {"dimension": "energy_kwh", "scale": 100_000_000},
    "立方米": {"dimension": "volume_m3", "scale": 1},
    "万立方米": {"dimension": "volume_m3", "scale": 10_000},
    "亿立方米": {"dimension": "volume_m3", "scale": 100_000_000},
    "PFlops": {"dimension": "computing_power", "scale": 1},  # 智算规模达到1500PFlops (as PFLOPS, below)
    "EFlops": {"dimension": "computing_power", "scale": 1_000},
    "/10万": {"dimension": "per_100k", "scale": 1},
    "个工作日": {"dimension": "days", "scale": 1},
    "工作日": {"dimension": "days", "scale": 1},
    "天": {"dimension": "days", "scale": 1},  # 孕产妇死亡率下降到10/10万: per 100,000
    "PFLOPS": {"dimension": "computing_power", "scale": 1},
    "EFLOPS": {"dimension": "computing_power", "scale": 1_000},
    "PB": {"dimension": "storage", "scale": 1},  # 存储总量超过1800EB
    "EB": {"dimension": "storage", "scale": 1_000},
    "km2": {"dimension": "area_km2", "scale": 1},  # 治理水土流失面积6 295 km2
    "m3": {"dimension": "volume_m3", "scale": 1},
    "万m3": {"dimension": "volume_m3", "scale": 10_000},
    "亿m3": {"dimension": "volume_m3", "scale": 100_000_000},
    "万t": {"dimension": "mass", "scale": 10_000},
    "亿t": {"dimension": "mass", "scale": 100_000_000},
    "课时": {"dimension": "class_hours", "scale": 1},  # 配送文艺指导不少于1800课时
    "学时": {"dimension": "class_hours", "scale": 1},
    "年": {"dimension": "years", "scale": 1},  # 人均受教育年限达到13.5年: read only where a sentence counts 年限
}
"""The units a plan's text writes, with dimension and scale; only those used are declared."""

_UNIT_WORDS = {"个百分点": "百分点", "万亿": "万亿元", "亿": "亿元", "万": "万元"}
"""Spellings of a declared unit ("225亿" is 225 亿元: a guess the draft notes)."""

_COUNTED = {unit for unit, spec in UNITS.items() if spec.get("integer")}
"""Units that count things (the integer ones): an amount in them may stand before its noun (推动26个签约项目落地)."""
_COUNTED_RE = "|".join(sorted(_COUNTED, key=len, reverse=True))
_HUNDRED_MILLION = ("人", "人次", "户", "件", "个")  # 3.2亿人次: counted in hundreds of millions
_UNIT_RE = "|".join(
    sorted(
        {*UNITS, *_UNIT_WORDS, *(f"万{u}" for u in _COUNTED), *(f"亿{u}" for u in _HUNDRED_MILLION)} - {"年"},
        key=len,
        reverse=True,
    )
)


def _number_pattern(units: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\d./第每])(\d+(?:\.\d+)?(?:千(?![瓦米伏克卡]))?"
        rf"|(?![百千]亩[\u4e00-\u9fff])[一二两三四五六七八九十百千]*[十百千][一二两三四五六七八九十百千]*"
        rf"|(?<![统唯同之万逐])[一二两三四五六七八九](?=[万亿])"  # 一万人次, 两亿元: a digit before its magnitude
        rf"|(?<=建设|新建|建成|改建|扩建)一(?=[座条处所][^,;。\d]{{0,8}}\d[^,;。]{{0,8}}的))"
        rf"(?:[多余](?=[万亿]))?((?:{units})(?:/(?:{_UNIT_RE}|千瓦时|立方米|年|千人|万人|百人))?)"
    )


_NUMBER = _number_pattern(_UNIT_RE)
"""A number and its unit: 115亿元, 20%, 五千亿元 (a Chinese numeral with a magnitude), 5300多万元 (at
least the number), 9千人 (9000), 占GDP16.5%, 建设一座日供水30万吨的… (one thing built, of a size); not the digits of a
code after its / (11220802013594178H/2021-00089), nor 千亩温室大棚 (a scale's label, as 百亩方 is)."""
_NUMBER_OR_YEARS = _number_pattern(_UNIT_RE + "|年")
"""The same, with years as a unit, for a sentence that counts them (受教育年限…13.5年); a calendar year (2020年) is
no amount of years."""
_COUNTS_YEARS = re.compile(r"年限|寿命")


def _numbers_of(half: str, start: int, phrase: str) -> Iterator[re.Match[str]]:
    """The numbers and units of the phrase at ``start``, years among the units when its sentence counts them (the
    sentence is looked at only for a phrase that writes 年 at all)."""
    years = "年" in phrase and _COUNTS_YEARS.search(_back_to(half, start, "。\n") + phrase) is not None
    return (_NUMBER_OR_YEARS if years else _NUMBER).finditer(phrase)


_TALLY = re.compile(r"\d+\s*(?:项|条|件|个)\s*\)")
"""A count of items in a bracket after a heading: 牵头工作(8项), 区政府民生实事项目(3个)."""
_RANGE = re.compile(r"(\d+(?:\.\d+)?)\s*(%|万|亿)?\s*[—–\-~～至到]\s*$")
"""The floor of a range just before a number: 8—10个."""
_AFTER = re.compile(r"(?:及(?=以[上下]))?(以上|以内|以下|左右|内(?![\u4e00-\u9fff]))?")
"""What closes an amount's comparison (以上, 及以上 as 以上: 每周参加1次及以上体育锻炼的人数)."""
_ENDS = set("、,;。.)(\n…") | {""}  # a web copy ends a sentence with "."
_GT_BEFORE = ("超过", "突破", "高于", "多于", "大于", "超", ">")
_LE_BEFORE = ("不超过", "不高于", "控制在", "低于", "少于", "≤", "<")
_LT_BEFORE = ("低于", "少于", "<")  # below, not at: 不低于 and 不少于 are floors (_GE_BEFORE, checked first)
_GE_BEFORE = ("不低于", "不少于", "至少", "≥")
_BREAK_ZERO_UNITS = ((r"(?:企业|机构|医院|学校)$", "家"), (r"(?:人才|专家|人员)$", "名"))
"""The unit a 破零 counts in, from the noun before it (a company is counted in 家)."""
_ACTING = (
    "推动|推进|完成|实现|建成|新建|开工|引进|落地|培育|新增|招引|形成|打造|创建|组建|认定|建设|实施|孵化|申请|申报"
    "|安装|开设|改建|改造|改善|增配|培训|筹措|供应|配备|增设|设立|谋划|储备|举办|争创|扶持|维修|更换|铺设|硬化|开展|组织|推出"
    "|打通|提升|增加|制定|壮大|指导|启动|布局|培养|提供|遴选|扩建|做好|增创|整治|破获|抓好|提档升级|开通"
    "|坚守|守住|守牢|完工|配置|抽调|选派|开办|帮助|投运|创成|开发|攻克|推广"
)
_DONE_TO = re.compile(
    r"\s*(?:全线|全面|全部|全域)?(?:绿化|硬化|亮化|改造|建成|完成|修建|治理|整治|铺设|修复|贯通|通车)"
)
"""What is done to an amount written before it (力争路段7.8公里全线绿化美化): the amount is the target."""
_BREAK_ZERO = re.compile(r"零的突破|破零(?!倍增)(?![\u4e00-\u9fff]{0,6}\d)|实现零突破")
_AMOUNT = re.compile(r"(\d+(?:\.\d+)?|[百千])(?:亿|万)")
_MEANING = {
    "确保": "ensure",
    "力争": "strive",
    "争取": "strive",
    "预计": "strive",
    "底线目标": "ensure",
    "保底目标": "ensure",
    "奋斗目标": "strive",
}
_COMMITMENT = re.compile(
    r"确保|(?<!努)力争(?!取)|(?<!向上)争取(?!资金|上级|中央|省级|国家|政策|支持|到位|更好)"
    r"(?![^,;。\d]{0,16}(?:资金|债券|国债))|预计(?=将|达到)"
)
"""确保 / 力争 / 争取 as a plan's commitment (a two-tier aim's 底线目标 and 奋斗目标 are read by _two_tiers, to the
sentence's end); not 向上争取资金 nor 争取专项债券…等政策性资金5亿元 (funds sought from above), nor 努力争取更好结果
(no amount's word; 努力争取 holds 力争 too); 预计将 (全年预计将新增…): expected, not promised, as 力争."""
_DEADLINE = re.compile(
    r"(?<![\d—–\-~至])(\d{1,2})(?:月(?:底|末)?(?:前|底)|月份?\s*$)|([一二三四1-4])季度末?(?:前)?|(上半年)|(年底前|年内)"
)
"""A deadline: 6月底前, 11月前, 三季度, 上半年; a month that is its own clause (7月份,…目标任务是:…)."""
_LEVEL_WORDS = ("达到", "分别达", "拥有", "保有", "总数", "累计达")
_UNITS_BRACKET = re.compile(r"\((责任单位|牵头单位)\s*:")
_L1 = re.compile(r"(?:^|(?<=[。;\n)])|(?<=[,\u4e00-\u9fff] ))\s*([一二三四五六七八九十]{1,3})、")
_L2 = re.compile(r"\(([一二三四五六七八九十]{1,3})\)")
_L3 = re.compile(
    rf"(?:^|(?<=[。);\n]))\s*(\d{{1,2}})(?!\s*(?:{_UNIT_RE}|[月日号]|季度))\s*"
    rf"(?:[.、．]?\s*(?=[\u4e00-\u9fff“\"])|[.、．]\s*(?=[A-Za-z])|、(?=20\d\d年|\d{{1,2}}月|[★☆]))"
    r"|(?<=[\u4e00-\u9fff] )(\d{1,2})[.、．](?=[\u4e00-\u9fff“\"])"
)
"""A heading's number opens a line or follows a stop; a site that ran a document's lines together
leaves it after a space (一、做强产业 1.做大…), the 一、 or the 1. then written out; 10.PM2.5平均浓度… (a Latin
letter after the number's stop, not after a bare number: 5G基站 is no heading). Not an amount after a bracket
(新增智能工厂(数字化车间)15家以上)."""
_WEB_NOISE = re.compile(
    r"由会员分享|可在线阅读|文库|原创力文档|下载后可|^第\s*\d+\s*页|^\d+\s*/\s*\d+$|^-\s*\d+\s*-$"
    r"|^20\d\d-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*\d*\s*次?$"  # 2025-07-07 21:36:41 8次: a post's time, views
    r"|^\d+分\|\s*\d+人\|\s*\d+Mb$"  # 8092391分| 8959352人| 9685750Mb: a download widget's counts
    r"|^(?=(?:[^。\n]*?(?:av|AV|Av|无码|成人|色欲|毛片|久久|国产|在线观看|丰满|少妇|熟女)){3})[^。\n]{0,200}$"  # spam
    r"|^主站蜘蛛池模板|(?i:manbetx|bet365|博彩|娱乐城)"
    r"|插图\d+$"  # 山西今年将造林260万亩…插图1: an image's text, the title again
)
_KEYWORDS = re.compile(r"^(?:关键词|关键字|标签|關鍵詞|關鍵字|標籤|Tags?)\s*[:：]")
"""关键词: …新增学位5万个: a page's keywords, repeating the text (read once its pinyin is removed)."""
_CIRCLED = re.compile(r"^([\u2474-\u2487])")
"""An item numbered with a parenthesised digit (⑴ … ⒇), read as 1. … 20."""
_STARRED_ITEM = re.compile(r"^\d{1,3}\s*[.、．]\s*\*")
_STAR = re.compile(r"\*(?=[\u4e00-\u9fff\d])")
"""An item whose number a * follows (1.*改建…): the list marks some items, not their units."""
_HEADING_MARK = re.compile(r"^(?:\d{1,2}\s*[.、．]\s*(?=\D|20\d\d年|\d{1,2}月)|\(\d{1,2}\)|[①-⑳])")
"""A number a list's item opens with, read as its section or dropped from its name: 1. / 2、9月前 / (1) / ①."""
_YEAR = re.compile(r"(20\d\d)年")
_LIST_OF_INDUSTRIES = re.compile(
    r"(?:发展|培育|做强|壮大|聚焦)([^。;,]{4,120}?)等([一二三四五六七八九十\d]+)大([^。;,]{0,12}?产业)"
)


class NoYear(Exception):
    """The text names no year (20xx年) and none was given."""


@dataclass
class Heading:
    level: int  # 1: 一、  2: (一)  3: 1 .
    written: str
    start: int  # where the heading's marker starts
    end: int  # where its text starts


@dataclass
class DraftItem:
    """A target (value set) or task of the draft, with the notes a reviewer must read."""

    id: str
    section: str
    name: str
    source: str
    value: float | None = None
    unit: str | None = None
    comparator: str | None = None
    kind: str | None = None
    commitment: str | None = None
    deadline: dt.date | None = None
    lead: str | None = None
    co: list[str] = field(default_factory=list)
    industry: str | None = None
    notes: list[Msg] = field(default_factory=list)
    baseline: tuple[int, float] | None = None  # 从X提高到Y: (year, X)
    reported: str | None = None  # its sentence opens on a year it reports (据悉,YYYY年…): that year
    said_at: int = -1  # where its sentence starts in the text: two amounts of one sentence share it
    at: int = -1  # where its amount is in the text

    @property
    def is_target(self) -> bool:
        return self.value is not None


@dataclass
class Draft:
    title: str
    year: int
    region: str | None
    units: dict[str, dict[str, Any]]
    industries: dict[str, dict[str, str]]
    bureaus: dict[str, dict[str, Any]]
    targets: list[DraftItem]
    tasks: list[DraftItem]
    notes: list[Msg]  # about the whole text (renumbered sections, page markers removed …)
    end_year: int | None = None  # a multi-year plan's last year (到2025年)

    def data(self, lang: Lang = Lang.zh) -> dict[str, Any]:
        """The plan as plain data, in plan.yaml's key order, its notes in ``lang``."""
        return {
            "schema_version": 1,
            "title": self.title or Msg("Draft plan for {year}", year=self.year).render(lang),
            "year": self.year,
            **({"end_year": self.end_year} if self.end_year else {}),
            **({"region": self.region} if self.region else {}),
            "units": self.units,
            "industries": self.industries,
            "bureaus": self.bureaus,
            "targets": [_item_data(t, lang) for t in self.targets],
            "tasks": [_item_data(t, lang) for t in self.tasks],
        }

    @property
    def doubtful(self) -> list[DraftItem]:
        """The targets that carry a note to check."""
        return [t for t in self.targets if t.notes]


def _item_data(item: DraftItem, lang: Lang) -> dict[str, Any]:
    data: dict[str, Any] = {"id": item.id, "section": item.section}
    if item.industry:
        data["industry"] = item.industry
    data["name"] = item.name
    if item.is_target:
        data.update(value=_plain(item.value), unit=item.unit, comparator=item.comparator, kind=item.kind)
    if item.commitment:
        data["commitment"] = item.commitment
    if item.deadline:
        data["deadline"] = item.deadline
    if item.baseline is not None:
        data["baseline"] = {"year": item.baseline[0], "value": _plain(item.baseline[1])}
    if item.lead:
        data["lead"] = item.lead
    if item.co:
        data["co"] = item.co
    data["source"] = item.source
    if item.notes:
        data["note"] = ("；" if lang is Lang.zh else "; ").join(n.render(lang) for n in item.notes)
    return data


def _plain(value: float | None) -> float | int | None:
    return int(value) if value is not None and value == int(value) else value


# ── the text ───────────────────────────────────────────────────────────────────
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\(\s*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\s*\)")
"""A character's reading in brackets, as some mirror sites print them: 產(chǎn), 創(chuàng )."""


_LOST_INDENT = re.compile(r"^[?？]{2,}\s*")
"""A line's indent lost to a wrong encoding, left as ?? (??1.加强系统集成…): the 1. then opens the line."""
_EMPTY_QUOTES = re.compile(r"[“‘]\s*[”’]")
"""Quotation marks with nothing inside, left where a PDF's extraction pulled their words out
(企业200 “ ”家以上; “ ‘ ’” takes two passes)."""
_ONE_CHARACTER_UNITS = "|".join(re.escape(u) for u in UNITS if len(u) == 1)
_SPACED_UNIT = re.compile(
    r"(?<=\d)[ \u3000](?=(?:"
    + "|".join(sorted((re.escape(u) for u in UNITS if len(u) > 1), key=len, reverse=True))
    + rf"|(?:{_ONE_CHARACTER_UNITS})(?:(?![\u4e00-\u9fff ]|$)|(?=以上|以下|以内|左右))|[万亿年月日号]))"
)
"""A space between a number and its unit, as text copied out of a PDF has them (506 公里, 2025 年, 5 个以上);
a unit of one character only before what cannot start a word (2021-00089 分  类 is no score)."""


_SPACED_POINT = re.compile(r"(?<=\d) \. (?=\d)")
"""A decimal point a copy set apart with spaces (经济增长6 . 5%左右)."""
_BARE_GROWTH_AMOUNT = re.compile(r"(?<=增长|下降|增速|降低)(\d+(?:\.\d+)?)(?=左右|以上|以内|\s*[;,。\n]|\s*$)")
"""A growth whose % a copy lost (地区生产总值增长7.5左右;固定资产投资增长10左右;…)."""


_BARE_RATE = re.compile(
    r"(率(?:要)?(?:达到|到达|达|提高到|保持在|稳定在|控制在)?)(\d+(?:\.\d+)?)(?=左右|以上|以内|\s*[;,。\n]|\s*$)"
)
"""A rate whose % a copy lost (签约服务率要到达90以上)."""


def _lost_percent_signs(lines: list[str], notes: list[Msg]) -> list[str]:
    """A text with no % at all whose growths stand bare (增长7.5左右, 增长10;…, two or more): the copy lost
    its percent signs; they are put back, noted."""
    if any("%" in line or "％" in line for line in lines):
        return lines
    bare = sum(len(_BARE_GROWTH_AMOUNT.findall(line)) + len(_BARE_RATE.findall(line)) for line in lines)
    if bare < 2:
        return lines
    notes.append(
        Msg("the text has no % sign: {n} growth(s) standing bare (增长7.5左右) are read in %; check them", n=bare)
    )
    return [_BARE_RATE.sub(r"\1\2%", _BARE_GROWTH_AMOUNT.sub(r"\1%", line)) for line in lines]


_THIN_THOUSANDS = re.compile(r"(?<![\d.])(\d{1,3}) (\d{3})(?=\s?(?:万|亿|km|m3|平方|公里|吨))")
"""A space a typesetter puts between thousands (6 295 km2, 2 000万~3 000万t), before a unit: the number's own."""
_DOUBLED_STOP = re.compile(r"[,，](?=[,，、。;；])")
"""A comma a mirror doubles before another stop (…以上,,每周…; …公园,、100个…; …450亿元,。): the second stands."""
_PADDED_NUMBER = re.compile(
    rf"(?<=[\u4e00-\u9fff“”]) (\d+(?:\.\d+)?) (?=(?:{_COUNTED_RE}|万|亿|萬|億)[\u4e00-\u9fff“])"
)
"""A number a web editor set apart with a space on each side before its unit and noun (建成 1.2 万套安置房,
建设 3000 套保障性租赁住房): written close, as the plan's own text has it."""


_OPENS_AN_ITEM = re.compile(
    r"\s*(?:[一二三四五六七八九十]+[、.]|[(（]|\d+\s*[.、．)]|\d{1,3}\s*$|第.{1,3}[章节条部]|[●■◆★•·\-—])"
)  # 1. / (一) / 一、 / 第一章 / ● …; a number alone on its line (a list's 1, 2 …)
_SENTENCE_END = tuple("。;；:：!！?？…|")  # a flattened table's cell ends in |


_WIDE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]")
"""A character two columns wide on a page: a Chinese character, full-width punctuation or quotes."""


def _unwrapped(lines: list[str]) -> tuple[list[str], int]:
    """A PDF's text broken at its page width (…力争2+4”产业规上 / 产值达5200 亿元以上,…): a line as
    long as the text's longest, with no stop at its end, joined to the next unless that opens an
    item; only where the longest line is a page's width (at most 80 characters) and three or more
    lines are so broken. (A web page's paragraphs are longer, and its short lines are headings.)"""
    widest = max((len(line) for line in lines), default=0)
    if widest > 80:
        return lines, 0
    # a page's lines are as wide as the page, digits and Latin letters half as wide as characters: by columns
    columns = [len(line) + len(_WIDE.findall(line)) for line in lines]
    page = 0.9 * max(columns, default=0)
    broken = {
        i
        for i, line in enumerate(lines[:-1])
        if columns[i] >= page and not line.endswith(_SENTENCE_END) and not _OPENS_AN_ITEM.match(lines[i + 1])
    }
    if len(broken) < 3:
        return lines, 0
    joined: list[str] = []
    for i, line in enumerate(lines):
        if i > 0 and i - 1 in broken:
            joined[-1] += line
        else:
            joined.append(line)
    return joined, len(broken)


_SQUARE_UNITS = re.compile(r"[\[【]((?:牵头单位|责任单位|牵头部门|责任部门)\s*[:：][^\[\]【】\n]*)[\]】]")
"""Units in square brackets, as some plans print the bracket whose units name a bureau with parentheses:
[牵头单位:县发改局(粮食局);责任单位:…]."""


_RUN_INTO_ITS_PART = re.compile(
    r"^([一二三四五六七八九十]{1,3}、[^。;\d\n]{2,40}?[\u4e00-\u9fff])(1[、.．][\u4e00-\u9fff].*)$"
)
"""A part's heading with its first item run into it (一、明确目标任务,促进…发展1、学前三年教育发展目标。): two lines."""


def clean_text(text: str) -> tuple[str, list[Msg]]:
    """The plan's text without a web copy's header lines and page markers, and what was removed."""
    notes: list[Msg] = []
    lines = [_LOST_INDENT.sub("", line.strip()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    kept = [line for line in lines if not _WEB_NOISE.search(line)]
    starred = [_STARRED_ITEM.match(line) is not None for line in kept]
    if any(starred):  # 1.*改建…床位220张, 新增1家…、*3家…: a list's star for what the city counts
        kept = [
            re.sub(r"\*(?=[\u4e00-\u9fff\d])", "", line) if star else line
            for line, star in zip(kept, starred, strict=True)
        ]
        notes.append(Msg("removed the * that mark {n} item(s) of a list", n=sum(starred)))
    if len(kept) != len(lines):
        notes.append(Msg("removed {n} line(s) of a web copy's header or page numbers", n=len(lines) - len(kept)))
    kept = [_PADDED_NUMBER.sub(r"\1", _SPACED_POINT.sub(".", line)) for line in kept]  # 建设 3000 套…; 6 . 5%
    kept = [_THIN_THOUSANDS.sub(r"\1\2", line) for line in kept]  # 治理水土流失面积6 295 km2
    kept = [re.sub(r"(?<=\d)个亿(?!元)", "亿元", line) for line in kept]  # 项目15个10个亿, 4.9个亿: 亿元, said aloud
    kept = [_DOUBLED_STOP.sub("", line) for line in kept]  # 1.5平方米以上,,每周…; 建成100个…公园,、100个…
    kept = [_SPACED_UNIT.sub("", _EMPTY_QUOTES.sub("", _EMPTY_QUOTES.sub("", line))) for line in kept]
    kept = [_CIRCLED.sub(lambda m: f"{ord(m.group(1)) - 0x2473}.", line) for line in kept]  # ⑴强化… → 1.强化…
    kept = [_SQUARE_UNITS.sub(r"(\1)", line) for line in kept]  # [牵头单位:…;责任单位:…] → (…)
    kept = [part for line in kept for part in _RUN_INTO_ITS_PART.sub("\\1\n\\2", line).split("\n")]
    kept = _lost_percent_signs(kept, notes)
    readings = sum(len(_PINYIN.findall(line)) for line in kept)
    if readings >= 3:  # a mirror that adds a word's reading adds it all over: 產(chǎn)業(yè)
        kept = [_PINYIN.sub("", line) for line in kept]
        notes.append(
            Msg(
                "removed {n} pinyin reading(s) in brackets after characters (產(chǎn)), a web copy's annotations",
                n=readings,
            )
        )
    keywords = [line for line in kept if _KEYWORDS.match(line)]
    if keywords:
        kept = [line for line in kept if not _KEYWORDS.match(line)]
        notes.append(Msg("removed {n} line(s) of a web copy's header or page numbers", n=len(keywords)))
    kept, joined = _unwrapped(kept)
    if joined:
        notes.append(Msg("joined {n} line(s) a PDF's extraction broke mid-sentence", n=joined))
    marked = 0
    for number, line in enumerate(kept, start=1):
        if not line.startswith(f"{number}、"):
            break
        marked += 1
    if marked >= 2 and marked >= 0.8 * len(kept):  # every copied page starts "N、": join the pages
        kept = [line.removeprefix(f"{n}、") if n <= marked else line for n, line in enumerate(kept, start=1)]
        notes.append(Msg("removed the page markers 1、 … {n}、 of a copied document and joined its pages", n=marked))
        return "".join(kept), notes
    return "\n".join(kept), notes


def _period_end(numeral: str) -> int:
    """The last year of the five-year plan 十{numeral}五: 十一五 ends in 2010, 十五五 in 2030."""
    return 2005 + 5 * _cn_number(numeral)


def _cn_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS.index(text[1])
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS.index(tens) * 10 + (CN_DIGITS.index(ones) if ones else 0)
    return CN_DIGITS.index(text)


def chinese_number(number: int) -> str:
    """一 … 十, 十一 … 九十九, 一百 … 九百九十九 as headings and Word's list numbers write them;
    digits from 1000 on (no plan numbers its items so far)."""
    if number >= 1000 or number < 0:
        return str(number)
    if number <= 10:
        return CN_DIGITS[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")
    hundreds, rest = divmod(number, 100)
    head = CN_DIGITS[hundreds] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + CN_DIGITS[rest]
    return head + ("一" if rest < 20 else "") + chinese_number(rest)


_L1_CHAPTER = re.compile(r"^[ \t]*第([一二三四五六七八九十]{1,3})[章篇部分]", re.M)
"""A part's heading in a text with no 一、: 第一章 总体目标."""
_L1_IS = re.compile(r"^[ \t]*([一二三四五六七八九十]{1,3})是(?=[^\n,;。]{2,24}[。.]?[ \t]*$)", re.M)
"""A part's heading that a text with no 一、 writes as a short line of its own: 一是粮食安全行动。"""


_PARTS_LISTED = re.compile(r"[一二三四五六七八九十\d]+个?部分\s*:")
"""A sentence that lists a document's parts (报告共分四个部分:一、…;二、…;四、…)."""


def find_headings(half: str) -> list[Heading]:
    """Headings of three levels, in the order they appear."""
    found: list[Heading] = []
    # 一是粮食安全行动。 or 第一章 on its own line: a part, in a text with no 一、
    parts = [(_L1, 1)] if _L1.search(half) else [(_L1_IS, 1), (_L1_CHAPTER, 1)]
    for pattern, level in (*parts, (_L2, 2), (_L3, 3)):
        for match in pattern.finditer(half):
            number = 1 if match.group(1) is not None else 2
            if level == 1 and _PARTS_LISTED.search(half, half.rfind("\n", 0, match.start()) + 1, match.start()):
                continue  # 报告共分四个部分:一、…;二、…: the parts a line names, not headings
            found.append(Heading(level, match.group(number), match.start(number), match.end()))
    found.sort(key=lambda h: h.start)
    # a level-3 number needs a level-2 (or level-1) heading above it
    kept: list[Heading] = []
    for heading in found:
        if heading.level == 3 and not any(h.level in (1, 2) for h in kept):
            continue
        kept.append(heading)
    return kept


def _straight_through(headings: list[Heading]) -> bool:
    """Are the items (level 3) numbered straight through the document, 1, 2 under 二(一) then 3, 4
    under 二(二), rather than from 1 in each part? Then the document's own numbers are kept."""
    numbers = [_cn_number(h.written) for h in headings if h.level == 3]
    restarts = sum(1 for before, heading in itertools.pairwise(headings) if heading.level == 3 and before.level < 3)
    return restarts > 1 and numbers == list(range(1, len(numbers) + 1))


_ANNEX = re.compile(r"^附件\s*[\d一二三四五六七八九十]*\s*:?\s*$", re.M)
"""A line that opens an annex of its own (附件1): a list after it numbers from 一、 afresh."""


def _sections(headings: list[Heading], annexes: list[int]) -> tuple[list[tuple[Heading, str]], list[Msg]]:
    """Each heading with its corrected section ("三(二)2"), and notes on renumbering; ``annexes``: where
    annexes open, after which 一、 opens the annex's own part 一."""
    counters = [0, 0, 0]
    parts = ["", "", ""]
    out: list[tuple[Heading, str]] = []
    notes: list[Msg] = []
    straight = _straight_through(headings)
    for heading in headings:
        i = heading.level - 1
        if i == 0 and out and any(out[-1][0].start < at < heading.start for at in annexes):
            counters = [0, 0, 0]  # 附件1 then 一、: the annex's own numbers
        nested = i == 0 and counters[0] >= 1 and _cn_number(heading.written) == 1  # 一、 again: a list of the part's
        counters[i] += 0 if nested else 1
        if i == 0 and not out and _cn_number(heading.written) > 1:
            counters[0] = _cn_number(heading.written)  # an excerpt that begins at 二、: its own numbers
        for j in range(i + 1, 3):
            counters[j] = 0 if not (straight and j == 2) else counters[j]  # numbered straight through: kept
            parts[j] = ""
        corrected = counters[i]
        written = corrected if nested else _cn_number(heading.written)
        if i == 0:
            parts[0] = chinese_number(corrected)
        elif i == 1:
            parts[1] = f"({chinese_number(corrected)})"
        else:
            parts[2] = str(corrected)
        section = "".join(parts)
        if written != corrected:
            notes.append(
                Msg(
                    "{section}: the text numbers it {written}; renumbered {corrected}",
                    section=section,
                    written=heading.written,
                    corrected=corrected,
                )
            )
        out.append((heading, section))
    return out, notes


# ── responsible units ──────────────────────────────────────────────────────────
def _closing(half: str, start: int, reach: int) -> int:
    """The index after the bracket that closes the one opened at ``start``, or -1 when it does not
    close within ``reach`` characters of the same line (a units note is short: nested or unclosed
    brackets are not looked through to the end of the text, once per bracket)."""
    depth = 0
    for i in range(start, min(len(half), start + reach + 2)):
        if half[i] == "(":
            depth += 1
        elif half[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        elif half[i] == "\n":
            return -1
    return -1


@dataclass
class UnitsNote:
    start: int
    end: int
    lead: str | None
    co: list[str]
    notes: list[Msg]
    respective: list[str] = field(default_factory=list)  # 县经信局、县科技局分别牵头: one lead per target, in order


_RESPECTIVELY = re.compile(r"^(.+?)分别牵头[,;]?\s*(.*)$", re.S)


def _split_names(text: str) -> list[str]:
    names, depth, current = [], 0, ""
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if depth == 0 and char in "、,;/ ":
            names.append(current)
            current = ""
        else:
            current += char
    names.append(current)
    return _whole_names([n.strip().rstrip("。.").removesuffix("等") for n in names if n.strip()])  # 区国资委等


_LEVEL = re.compile(r"^各?[乡镇县市区]$")
"""A level of government alone, listed before another that shares its noun: 各乡、镇人民政府."""
_SHARED_SUFFIX = re.compile(r"(?:管理区|开发区|工业园区|园区|管委会|办事处)$")


def _whole_names(names: list[str]) -> list[str]:
    """Names a list wrote in part made whole: 各乡、镇人民政府 is one group (各乡镇人民政府); 人民大垸、荒湖管理区
    are two 管理区 (人民大垸管理区, 荒湖管理区)."""
    out: list[str] = []
    for i, name in enumerate(names):
        following = names[i + 1] if i + 1 < len(names) else ""
        if out and _LEVEL.match(out[-1]) and re.match(r"[乡镇县市区街]", name):
            out[-1] += name
            continue
        shared = _SHARED_SUFFIX.search(following)
        whole = shared is not None and not re.fullmatch(_UNIT_NAME, name) and not _LEVEL.match(name)
        out.append(name + shared.group() if whole and shared else name)
    return out


_UNIT_NAME = (
    r"[\u4e00-\u9fff()]{2,24}?"
    r"(?:局|委|办|部|厅|署|司|中心|院|区|会|公司|所|队|站|政府|街道|镇|乡|集团|银行|办公室|联|协)"
)
_LED_BY = re.compile(rf"^({_UNIT_NAME})牵头(?:负责)?[,;]?\s*(.*)$", re.S)
_CO_WORDS = re.compile(r"等?(?:按职责分工负责|按职责负责|配合|参与|协同|协助|共同负责)[。.]?$")
_RESPONSIBLE = re.compile(
    rf"^((?:{_UNIT_NAME})(?:[、,](?:{_UNIT_NAME}))*)等?(?:按职责分工|按职责|分别|共同)?负责[。.]?$"
)
"""Units said to be responsible in words, the first leading: (发展改革和统计局负责) /
(发展改革和统计局、农业农村局按职责分工负责)."""
_HOSTED = re.compile(
    rf"^((?:{_UNIT_NAME})(?:[、,](?:{_UNIT_NAME}))*)主办(?:[,;]\s*((?:{_UNIT_NAME})(?:[、,](?:{_UNIT_NAME}))*)协办)?[。.]?$"
)
"""Units that host (主办) an item, the first leading, and those that assist (协办): (区发改委、区财政局主办)
/ (区商务局主办,相关街道协办)."""
_FIRST_LEADS = re.compile(r"(?:排在?第一位|排名第一|排在首位|列第一位|第一个)[的者]?(?:单位)?为牵头(?:或汇总)?单位")
"""A plan that states once that the first unit named leads (排在第一位的为牵头单位)."""


def read_units(text: str, first_leads: bool = False) -> tuple[str | None, list[str], list[Msg]]:
    """(lead, co, notes) from the inside of a 责任单位 / 牵头单位 bracket or line, wherever the
    marker stands in it (责任领导:杜新国;牵头单位:区发改局), or a unit said to lead in words
    (市发改委牵头，市经信局、市科技局按职责分工负责), or hosting units (区发改委、区财政局主办).
    ``first_leads``: the plan says the first unit
    named leads, so taking the first says nothing new."""
    notes: list[Msg] = []
    text = text.replace("★", "*").replace("☆", "*")  # a table's star for the lead
    text = re.sub(r"\([^()]*为牵头[^()]*\)", "", text)  # …石碶街道(列第一位者为牵头或汇总单位,下同): the rule, no name
    marker = re.search(r"(?:责任单位|牵头单位|责任部门|牵头部门)\s*:", text)
    if marker is not None:
        text = text[marker.start() :]
    else:
        led = _LED_BY.match(text.strip())
        if led is not None:
            rest = _CO_WORDS.sub("", led.group(2).strip()).strip(",; ")
            co = [n for n in _split_names(rest) if re.fullmatch(_UNIT_NAME, n)]
            return led.group(1), co, notes
        hosted = _HOSTED.match(text.strip())
        if hosted is not None:
            hosts = [n for n in _split_names(hosted.group(1)) if re.fullmatch(_UNIT_NAME, n)]
            helpers = [n for n in _split_names(hosted.group(2) or "") if re.fullmatch(_UNIT_NAME, n)]
            if len(hosts) > 1 and not first_leads:
                joined = "、".join(hosts)
                notes.append(Msg("no * marks the lead among {names}: the first is taken as lead", names=joined))
            return hosts[0], [*hosts[1:], *helpers], notes
        responsible = _RESPONSIBLE.match(text.strip())
        if responsible is not None:
            names = [n for n in _split_names(responsible.group(1)) if re.fullmatch(_UNIT_NAME, n)]
            if len(names) > 1 and not first_leads:
                joined = "、".join(names)
                notes.append(Msg("no * marks the lead among {names}: the first is taken as lead", names=joined))
            return (names[0] if names else None), names[1:], notes
    parts = re.split(r"[;,\n]\s*(?:配合单位|协办单位|参与单位|配合部门|责任单位)\s*:", text, maxsplit=1)
    head = re.sub(r"^(主要责任单位|责任单位|牵头单位|责任部门|牵头部门)\s*:", "", parts[0]).strip()
    names = _split_names(head)
    co = [n.strip("*") for n in _split_names(parts[1])] if len(parts) > 1 else []
    starred = [n for n in names if n.startswith("*") or n.endswith("*")]  # *市发改局 or 市发改局*
    names = [n.strip("*") for n in names]
    lead: str | None = names[0] if names else None
    if starred:
        lead = starred[0].strip("*")
        co = [n for n in names if n != lead] + co
    else:
        co = [*names[1:], *co]
        if len(parts) == 1 and len(names) > 1 and not first_leads:
            notes.append(Msg("no * marks the lead among {names}: the first is taken as lead", names="、".join(names)))
    return lead, co, notes


# ── numbers in a phrase ────────────────────────────────────────────────────────
@dataclass
class Found:
    start: int  # of the number, in the text
    end: int  # after the unit (and 以上 …)
    value: float
    unit: str
    comparator: str
    kind: str
    name: str
    notes: list[Msg]


_PER = {
    "年": "year",
    "千瓦时": "kwh",
    "立方米": "m3",
    "百人": "hundred_people",
    "千人": "thousand_people",  # 食品检验量达5批次/千人
    "万人": "ten_thousand_people",
}
"""The dimension a rate's unit is per, where it is not a declared unit's (万元/亩 is per area_mu)."""


def unit_declaration(unit: str) -> dict[str, Any]:
    """A unit's declaration: from the table, or for a rate like 万元/亩 from its parts
    ("money_cny_per_area_mu", with the numerator's scale)."""
    if unit in UNITS:
        return UNITS[unit]
    top, _, bottom = unit.partition("/")
    numerator = UNITS.get(_UNIT_WORDS.get(top, top), {"dimension": "item", "scale": 1})
    per = _PER.get(bottom) or UNITS.get(bottom, {}).get("dimension", "unit")
    return {"dimension": f"{numerator['dimension']}_per_{per}", "scale": numerator["scale"]}


def _value(text: str) -> float:
    """A number as written: 115, 2.5, or a Chinese numeral (五千, 两百, 十二)."""
    if text[0].isdigit():
        return _times(float(text[:-1]), 1000) if text.endswith("千") else float(text)  # 9千人
    total, digit = 0, 0
    for char in text:
        if char in "十百千":
            total += (digit or 1) * {"十": 10, "百": 100, "千": 1000}[char]
            digit = 0
        else:
            digit = 2 if char == "两" else CN_DIGITS.index(char)
    return float(total + digit)


def _times(value: float, scale: int) -> float:
    """A written number times its magnitude, in decimal: 1.62万 is 16200, not 16200.000000000002."""
    return float(Decimal(repr(value)) * scale)


def _unit_of(value: float, written: str) -> tuple[float, str, list[Msg]]:
    if written in UNITS:
        return value, written, []
    if "/" in written:
        return value, written, [Msg("a unit per unit ({unit}): check its declaration under units", unit=written)]
    if written in _UNIT_WORDS:
        unit = _UNIT_WORDS[written]
        notes = (
            []
            if written == "个百分点"
            else [Msg("written {written}: read as {unit}; check the unit", written=f"{value:g}{written}", unit=unit)]
        )
        return value, unit, notes
    if written.startswith("亿"):  # 3.2亿人次: hundreds of millions of visits, counted in 人次
        return _times(value, 100_000_000), written.removeprefix("亿"), []
    base = written.removeprefix("万")  # 1万名: ten thousand people, counted in 名
    return _times(value, 10_000), base, []


_PRICE_RISE = re.compile(r"(?:价格|物价|CPI).{0,4}(?:涨幅|上涨|增幅|升幅)|失业率")
"""居民消费价格涨幅 / 居民消费价格指数涨幅 / 城镇调查失业率: a price rise and an unemployment rate are
targets kept down, ceilings."""


_BROUGHT_DOWN_TO = re.compile(r"(?:下降|降低|减少|压减|缩减|压缩|缩短|降)(?:到|至)\s*$")
"""婴儿死亡率下降到4.0‰: a level brought down to the amount, a ceiling."""


def _comparator(before: str, after: str, inherited: str | None) -> str:
    if after in ("以内", "以下", "内"):
        return "le"
    tail = before.rstrip()
    if tail.endswith(_GE_BEFORE):  # before 少于 / 低于: 不少于 is a floor
        return "ge"
    if tail.endswith(_LE_BEFORE) or _BROUGHT_DOWN_TO.search(tail):
        return "lt" if tail.endswith(_LT_BEFORE) else "le"  # 婴儿死亡率低于4‰: below it
    if tail.endswith(_GT_BEFORE):
        return "gt"
    if after == "以上":
        return "ge"
    return inherited or "ge"


def _kind(unit: str, value: float, phrase: str, comparator: str) -> str:
    if unit in ("%", "百分点", "‰"):
        return "rate"
    if any(word in phrase for word in _LEVEL_WORDS) and unit in _COUNTED:
        return "level"
    if comparator in ("le", "lt"):
        return "level"
    if unit in _COUNTED and value == 1:
        return "milestone"
    return "cumulative"


def _name(phrase: str) -> str:
    """What a number measures: its phrase without the year, the commitment and the verb."""
    name = re.sub(
        r"^(?:20[\dxX]{2}年(?:年?底|年?末)?|今年|全年|年内|同时|其中|以及)+",
        "",
        _HEADING_MARK.sub(
            "",
            re.sub(
                r"^\([一二三四五六七八九十]{1,3}\)|^[一二三四五六七八九十]{1,2}是",
                "",
                phrase.strip().lstrip("■●◆▲•·★☆"),
            ),
        ),
    )  # (一)…, 二是全年谋划…: the item's mark
    name = re.sub(
        r"^(?:确保|力争|争取|计划|努力|实现|完成|分别|预计将?)+(?:(?:到|至)?20\d\d年(?:年?底|年?末)?|今年|全年)*(?:我[国省市县区镇])?",
        "",
        name,
    )  # 力争2024年引进项目; 力争到2030年我国孕产妇死亡率
    # a task table's 完成时限, put before its row's text
    name = re.sub(r"^(?:20\d\d年)?(?:\d{1,2}月(?:底|末)?|[一二三四]季度末?|上半年|年底)前", "", name)
    name = re.sub(r"^(?:上半年|前三季度|[一二三]季度末?)(?=完成)", "", name)  # 上半年完成年度投资计划的50%: a schedule
    name = re.sub(r"^(完成[^,;。]*计划)的$", r"\1", name)  # 完成年度投资计划的50%以上: the plan's share
    name = re.sub(
        r"(?:达到|分别达|达|超过|超|突破|不低于|不少于|控制在|不超过|至少|稳定在|保持在|为|低于|少于|高于)$", "", name
    )
    name = re.sub(r"将$", "", name)  # 四川高标准农田保有量将达6353万亩
    name = re.sub(r"^占(?=(?:年度|全年)(?:目标)?任务)", "", name)  # 占年度目标任务600亿元的114.7%: the task
    name = re.sub(r"的\s*\d+(?:\.\d+)?\s*%$", "", name)  # 完成…任务数132.63亿元的90.8%: the task, not its share
    name = re.sub(r"(?:到|至)?20\d\d年(?:年?底|年?末)?前?$", "", name)  # 在园儿童占比2019年底(达到30%): the deadline
    name = re.sub(
        r"(?:提高|提升|增加|上升|下降|降低|减少|压减|压缩|缩减|缩短|降)(?:到|至)$", "", name
    )  # 婴儿死亡率下降到
    name = re.sub(r"确保|力争|争取|同比|较上年|比上年", "", name)  # 软件业务收入确保增长 → 软件业务收入增长
    name = re.sub(r"^[^:]*:", "", name) or name  # 主要预期目标为:地区生产总值增长 → 地区生产总值增长
    return name.strip(" 、") or phrase.strip()


def _break_zero(phrase: str, start: int) -> tuple[list[Found], list[tuple[int, int]]]:
    """100亿元、50亿元零的突破: one milestone per amount named before the words (and the
    span they take, whose amounts are not targets)."""
    found: list[Found] = []
    consumed: list[tuple[int, int]] = []
    for match in _BREAK_ZERO.finditer(phrase):  # 100亿元、50亿元零的突破: one milestone per amount
        segment_start = match.start()
        amounts: list[str] = []
        for piece in reversed(re.split(r"(?<=、)", phrase[: match.start()])):
            if _NUMBER.search(piece) and not _AMOUNT.search(piece):
                break
            segment_start -= len(piece)
            amounts[:0] = [m.group(0) for m in _AMOUNT.finditer(piece)]
            if re.search(r"[\u4e00-\u9fff]{2,}(?:落地|引进|招引|实现)", piece) and amounts:
                break
        consumed.append((segment_start, match.end()))
        labels = amounts or [re.sub("实现$", "", phrase[segment_start : match.start()].strip("、 "))]
        unit = next((u for pattern, u in _BREAK_ZERO_UNITS if re.search(pattern, labels[-1])), "个")
        for label in labels:
            found.append(
                Found(
                    start + match.start(),
                    start + match.end(),
                    1,
                    unit,
                    "ge",
                    "milestone",
                    f"{label}级项目零的突破" if amounts else f"{label}破零",
                    [],
                )
            )
    return found, consumed


_TALLY_BEFORE = re.compile(
    r"(?:任务|指标|事项|项目)(?:共|合计|总计)?\s*$|(?:分解为|分为)[^,;。]{0,8}$|的为\s*$"
    r"|^(?:[\s、:]*(?:省级|市级|县级|区级)\d+项)*[\s、:]*(?:省级|市级|县级|区级)\s*$"
)
"""Words before a count of 项 that make it a tally of the document's items: 指标任务10项, 任务共55项,
分解为7大方面、80项, 列入本次督查通报的为4项, 建设项目27项(省级6项、市级5项…)."""
_DOCUMENT_TALLY = re.compile(
    r"(?:目标任务|重点任务|工作任务|具体任务|重点工作|任务|举措|措施|(?:重点)?民生实事|实事项目"
    r"|(?:季度|年度|主要)?考核指标)"
)
"""What a count of 项 tallies when it counts the document's own items: 171项目标任务."""
_HASTENED = re.compile(r"[\u4e00-\u9fff“”]{1,12}?建设")
_GRADE = re.compile(r"[一二两三四五六七八九十百千万亿\d]*[十百千万亿]级")
"""A grade after a count (5个百亿级产业集群, 1个五百亿级…): clusters counted by size, always an aim."""
_REACHING = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:达到|通过)[^,;。]{0,12}?(?:标准|要求|验收)"
    r"|[\u4e00-\u9fff]{1,12}?完成[^,;。]{0,10}?(?:诊断|改造|认证|验收|评估|升级)"
    r"|[\u4e00-\u9fff()、]{1,10}?(?:成功创建|创建成功|成功创成|创成|纳入)"
)
"""A count opening its clause, then what is counted reaching a standard or completing a piece of
work: 300个建制村达到省宜居标准, 360家企业公共用能系统完成能效诊断, (力争)3个县(区)成功创建…示范区,
(争取)60个以上县(市、区)纳入…试点县."""
_BOTH = re.compile(r"(.{2,30}?)和(.{2,30}?)(?:双双|均|都|各)")
"""Two things sharing one amount: 新能源和高端不锈钢产业规模双双突破2000亿元, …示范平台和…示范基地数量各80个."""
_SHARED_NOUN = re.compile(r"(?:产业规模|产业产值|产值|规模|增加值|比重|比例|占比|增速|覆盖率|普及率|率)$")
_RATE_PART = r".{2,20}?(?:率|比重|占比|增速|增幅)"
_PAIR = re.compile(rf"({_RATE_PART})[和、]((?:{_RATE_PART}[和、])*{_RATE_PART})")
"""Two rates sharing one amount: 城镇调查失业率和登记失业率稳定在4.3%左右."""


def _paired(found: list[Found]) -> list[Found]:
    """Each target named for two rates (X率和Y率) becomes two, the second returned, both noted."""
    more: list[Found] = []
    for item in found:
        pair = _PAIR.fullmatch(item.name)
        both = _BOTH.fullmatch(item.name)
        if pair is None and both is None:
            continue
        note = Msg("one amount for two rates ({name}): read as two targets; check them", name=item.name)
        if pair is not None:  # 编制率、费用收缴率、治理率达100%: each rate of the list
            rest = re.findall(rf"[和、]({_RATE_PART})", item.name[len(pair.group(1)) :])
            listed = "".join(rest) == re.sub("[和、]", "", pair.group(2))
            first, others = pair.group(1), rest if listed else [pair.group(2)]
            if len(others) > 1:
                why = "one amount for {n} rates ({name}): read as {n} targets; check them"
                note = Msg(why, name=item.name, n=1 + len(others))
        else:
            assert both is not None
            shared = _SHARED_NOUN.search(both.group(2))  # 新能源和高端不锈钢产业规模: 新能源产业规模
            first = both.group(1) + (shared.group(0) if shared and not _SHARED_NOUN.search(both.group(1)) else "")
            others = [both.group(2)]
        item.name = first
        item.notes = [*item.notes, note]
        more.extend(replace(item, name=other) for other in others)
    return more


def _respective_amounts(phrase: str, respectively: int) -> str:
    """分别超过90家和870家 (or 和 6.5%, a space after it): the amounts of a 分别 list joined by 和 as by 、
    (one character for one)."""
    if respectively < 0:
        return phrase
    return phrase[:respectively] + re.sub(r"(?<=[\u4e00-\u9fff%])[和与及](?=\s*\d)", "、", phrase[respectively:])


def _target_passed(half: str, at: int, before: str, rest: str) -> str | None:
    """…失业率平均值为5.1%,低于5.5%左右的预期目标; 增长8%,高于7%的目标: the target a result is measured against,
    its level the aim — at most it for a ceiling's kind (失业率, a price rise) its sentence names, else at least —
    not the lt or gt of the comparison."""
    if not (re.search(r"(?:低于|高于)\s*$", before) and re.match(r"[^,;。]{0,24}?目标", rest)):
        return None
    return "le" if _PRICE_RISE.search(_back_to(half, at + 1, "。;\n")) else "ge"


def _price_ceiling(
    name: str, comparator: str, floor_said: bool, value: float, notes: list[Msg]
) -> tuple[str, list[Msg]]:
    """居民消费价格涨幅3%左右, 失业率稳定在4.3%左右: a ceiling, unless the text says a floor."""
    if comparator != "ge" or floor_said:
        return comparator, notes
    if _POLLUTANT.search(name):
        why = "a pollutant's concentration is a ceiling: read as at most {value}; check it"
        return "le", [*notes, Msg(why, value=f"{value:g}")]
    if not _PRICE_RISE.search(name):
        return comparator, notes
    why = "a price rise or an unemployment rate is a ceiling: read as at most {value}; check it"
    return "le", [*notes, Msg(why, value=f"{value:g}")]


_POLLUTANT = re.compile(r"PM2\.5|PM10|细颗粒物|可吸入颗粒物|(?:污染物|颗粒物|臭氧)(?:平均)?浓度")
"""PM2.5达到30.5微克/立方米左右: a concentration kept down, a ceiling."""


def _noun_after(rest: str, then: str) -> str:
    """The name of a count before its noun: the words after it (以上 aside), past a bracket that cuts them
    short (3个县(区)成功创建国家全域旅游示范区); not the next amount's words (2-3条…航线、100条以上无人机航线)."""
    rest = _NEXT_AMOUNT.split(rest, maxsplit=1)[0]
    tail = re.match(r"\([^()]{0,6}\)[^,;。\n]{0,24}", then) if len(rest.strip()) <= 2 else None
    tail_said = _NEXT_AMOUNT.split(tail.group(0), maxsplit=1)[0] if tail else ""  # (含专用)充电桩、10个…
    return _name(re.sub(r"^(?:及?以上|左右)?的?", "", rest + tail_said))


_NEXT_AMOUNT = re.compile(rf"、(?=[^、]*\d)|(?:以及|和)(?=(?:{_ACTING})?\d)")
"""Where the next amount of a list starts: 、 before words with a number (2-3条…航线、100条以上无人机航线),
以及 or 和 right before one (1000场社区公益电影放映服务以及1000场艺术导赏…)."""


_ONLY_WHEN = re.compile(r"20\d\d年(?:年?底|年?末)?前?(?:达到|达|为|超过|突破)?")
"""A name that is nothing but when its amount is due: the amount measures the name before it."""


_ONLY_A_WORD = re.compile(r"(?:确保|力争|争取)(?:达到|达|突破|超过|超)?")
"""A name that is only a commitment and its verb (、力争达到600亿元): the amount before it names it."""


def numbers_in(half: str, start: int, end: int) -> list[Found]:
    """The targets of one phrase (a clause between commas, semicolons, brackets or stops)."""
    phrase = half[start:end]
    found, consumed = _break_zero(phrase, start)
    phrase = _respective_amounts(phrase, respectively := phrase.find("分别"))
    inherited: str | None = None
    previous_name = ""
    last_end = 0
    # shared: a share read (20%的村集体年收入超30万元): what follows is its noun, amounts and all;
    # lead_in: 千人均执业(助理) before 医师3.05人, the clause before a bracket
    shared, lead_in = False, _bracketed_lead_in(half, start)
    for match in _numbers_of(half, start, phrase):
        if (
            (shared and phrase[match.start() - 1 : match.start()] != "、")  # 30%以上的A、50%以上的B
            or any(a <= match.start() < b for a, b in consumed)
            or (match.group(2) == "年" and _value(match.group(1)) >= 100)  # 2020年: a calendar year
        ):
            continue
        after = _AFTER.match(phrase, match.end())
        assert after is not None
        if _a_tally(half, start, phrase, match, after) or _not_the_work(phrase, match, after):
            continue
        following = phrase[after.end() :].lstrip(" ")[:1]  # 增长20% 、… : a space before the mark
        ranged = _range_before(phrase, last_end, match)
        head = phrase[: ranged.start() if ranged else match.start()]
        share = done_to = False
        closes = (
            following in _ENDS
            or phrase.startswith((" ", "\u3000"), after.end())  # a space ends a list's amount: 挡墙13.46千米 道路…
            or _CLOSES.match(phrase, after.end()) is not None
            or (phrase[after.end() : after.end() + 1].isdigit() and not match.group(2).endswith("元"))
            # 改造老旧小区25个1697户: two amounts; 超100亿元1个: a grade of what is counted
        )
        if not closes:
            placed = _before_its_noun(phrase, head, match, after, lead_in, half[end : end + 120])
            if placed is None:
                continue
            share, done_to = placed
            shared = share
        before_noun = not closes and not share
        if respectively >= 0 and match.start() < respectively:
            continue  # the items a 分别 list names ("50亿级、10亿级企业分别达…"), not targets
        value, unit, notes = (
            _borrowed_unit(phrase, match, after, respectively)
            or _people(match, head, phrase[after.end() :])
            or _amount(match, ranged)
        )
        before = phrase[last_end : len(head)]
        comparator = _target_passed(half, start + match.start(), before, phrase[after.end() :]) or _comparator(
            before, after.group(1) or "", inherited if before.strip() in ("", "、") else None
        )
        if respectively >= 0:
            inherited = comparator
        name_phrase = ("" if last_end else re.split(r"、(?![^()]*\))", lead_in)[-1]) + re.sub(
            r"^\s*(?:、|和|及)", "", before
        )
        name = _name_after(previous_name, _name(name_phrase), before)
        comparator, notes = _price_ceiling(
            name, comparator, after.group(1) == "以上" or before.rstrip().endswith(_GE_BEFORE), value, notes
        )
        kind = _kind(unit, value, phrase[: match.start()], comparator)
        value, comparator, notes = _average(before, unit, value, comparator, notes)
        if before_noun and done_to:
            name = _name(re.sub(r"^.*?(?:确保|力争|争取)", "", before) + phrase[after.end() :])
        if before_noun:
            name = name if done_to else _noun_after(phrase[match.end() :], half[end : end + 32])
            notes = [*notes, Msg("the number stands before its noun: check that it is a target, not what exists now")]
        elif share:
            name = _share_name(phrase[after.end() :], before)
        found.append(Found(start + match.start(), start + after.end(), value, unit, comparator, kind, name, notes))
        previous_name = name
        last_end = after.end()
    return _finished(found, phrase, half, start, respectively)


def _name_after(previous: str, name: str, before: str) -> str:
    """The name of a phrase's next amount, given the one before it: 增长18%和18.65% (the same measure);
    …占比2019年底达到30%、2020年底达到50% (the second is the 占比's too); 总产值115亿元、增速20% (总产值增速);
    确保突破500亿元、力争达到600亿元 (the same 总产值)."""
    if not previous:
        return name
    if not name and re.match(r"\s*[和及]", before):
        return previous
    if _ONLY_WHEN.fullmatch(name) or _ONLY_A_WORD.fullmatch(name):
        return previous
    if re.fullmatch(r"(?:增速|增长|增幅|同比增长|占比|比重|其中)?", name):
        return re.sub("(?:增速|增长)$", "", previous) + name
    return name


_WHAT_IS = re.compile(
    r"(?:的有|共有|中有|拥有|现有|已有|占总任务的|占任务总数的|占年度(?:目标)?任务的)\s*$|^\s*在谈[^,;。\d]{0,8}(?:共|共计|合计)?\s*$"
    r"|(?:建有|设有)[^,;。]{0,12}$|(?:所占|的)比重为\s*$|增加值为\s*$"
)
"""Words just before an amount that count what is (欠进度的有17个, 共有2858家, 占总任务的7.7%, 在谈项目共58个, 建有11层
住宅楼10栋), no target."""


def _a_weight(phrase: str, before: str, after: re.Match[str]) -> bool:
    """招商引资项目建设及全民创业25分: an amount in 分 with nothing before it, or no word of reaching before it nor 以上
    after it, is a task's weight in a scoring scheme (得分达到90分以上, 得分≥76分 are scores to reach)."""
    reaching = re.search(r"(?:达到|达|得分|不低于|超过|高于|[≥>])\s*$", before) is not None
    return not before.strip() or not (reaching or phrase.startswith("以上", after.end()))


_POINTS_BEFORE = re.compile(r"(?:计|加|扣|减|得|总分|满分|分值|赋分|基础分为?)\s*$")
_NOT_AN_AIM_BEFORE = re.compile(
    r"(?:分别)?按\s*(?:\d+(?:\.\d+)?%\s*、\s*)*$|[\d一二三四五六七八九十]+大?类(?:\d+件)?\s*$|(?:权重|分值占比|分值比重)(?:为|占)?\s*$"
)
"""Before an amount that weighs or tallies, aims at nothing: 分别按15%、25%计入…分值, 共5大类12个, 12类45件53个."""
_SIZE_OF_THE_WORK = re.compile(
    r"^\s*(?:其中)?(?:计划|预计)?(?:总投资|概算投资)(?:额)?(?:为|达|约|近|超)?\s*$|(?:实施|建设|推进|安排)总投资\s*$"
)
"""A clause that opens on 总投资 / 概算投资 gives the projects' size, not an aim (全县重点项目50个,总投资178.7亿元), as
does 实施总投资1.6万亿元的452个…项目 (the count is the aim)."""
_GRADE_OF_A_COUNT = re.compile(r"\d+(?:\s*[-—~～]\s*\d+)?\s*(?:家|个|户)[^,;。、]{0,10}过\s*$")
"""Before an amount that grades what a count counts: 培育1-2家营业收入过千亿…企业."""
_SIZE_OF_A_PLACE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:户|人)及?以上的?(?:会集|集中|连片|聚居)*(?:自然村|行政村|村|社区|小区|村民小组|村组|组)"
)
"""A count that sizes the places meant, not an aim: 20户以上自然村(组)通硬化路."""
_SIZE_OF_WHAT_IS_COUNTED = re.compile(rf"\s*的[^,;。、\d]{{1,16}}?\d+(?:\.\d+)?\s*(?:{_COUNTED_RE})")
"""After an amount that sizes the things a count counts: 装机容量9兆瓦的垃圾焚烧发电厂1座."""
_SIZE_AFTER_A_COUNT = re.compile(rf"(?:\d+|一)(?:{_COUNTED_RE})[^,;。\d]{{0,8}}$")
"""Before an amount that sizes the thing just counted: 建设一座日供水30万吨的…净水厂 (the 30万吨 its size)."""
_SHAPE = re.compile(r"^\s*(?:宽|高|深|厚|直径|跨径)度?(?:约|为|达)?\s*$")
"""A work's width or height beside its length (总长约1400米,宽50米): its shape, not an aim."""
_PAGE_COUNT = re.compile(r"(?:浏览|点击|阅读|访问)(?:数|量|次数)\s*:?\s*$")
_BENEFICIARIES = re.compile(
    r"(?:受益群众|受益人口|惠及(?:群众|居民)?|覆盖(?:受益)?群众|涉及(?:居民|群众|农户|住户|人口))\s*(?:超过|约|近)?\s*"
    r"(?:\d+(?:\.\d+)?\s*[万亿]?[\u4e00-\u9fff]{1,2}、\s*)*$"
)
"""Before an amount of who benefits (受益群众5万人; 惠及219栋、8987户、2.5万人: each of the list)."""


def _not_the_work(phrase: str, match: re.Match[str], after: re.Match[str]) -> bool:
    """Does the amount count who benefits from the work, not the work (受益群众5万人, 改善9万人口的…), or
    what is (欠进度的有17个, 共有2858家)?"""
    people = phrase.startswith("人口", after.end()) or (
        match.group(2).endswith("人") and phrase.startswith(("口", "均"), match.end())
    )  # 改善9万人口的…; 千人均执业医师: per thousand people, no amount
    before = phrase[: match.start()]
    ranked = match.group(2) == "%" and before.endswith("前") and phrase.startswith("的", after.end())  # 频次前20%的事项
    chrome = _PAGE_COUNT.search(before) is not None  # 浏览数:182次: the page's, not the plan's
    chrome = chrome or _SIZE_OF_A_PLACE.match(phrase, match.start()) is not None  # 20户以上自然村: which villages
    chrome = chrome or (match.group(2) != "%" and _SIZE_OF_WHAT_IS_COUNTED.match(phrase, after.end()) is not None)
    chrome = chrome or _GRADE_OF_A_COUNT.search(before) is not None  # 1-2家营业收入过千亿: which firms
    chrome = chrome or (_SIZE_AFTER_A_COUNT.search(before) is not None and phrase.startswith("的", after.end()))
    chrome = chrome or _SHAPE.match(before) is not None  # 宽50米: the shape of what is built
    chrome = (
        chrome or re.search(r"(?:范围|对象)包括[^,;。]*等\s*$", before) is not None
    )  # 范围包括…等9个沿边省: a scope
    # 聚焦“16个10”世界级精品…: a programme's label in quotes, not an amount
    chrome = chrome or (before.endswith("“") and re.match(r"[^”,;。]{0,6}”", phrase[after.end() :]) is not None)
    chrome = chrome or phrase.startswith(("方面", "大方面"), after.end())  # 抓好十个方面工作: the text's parts
    # 低空经济是指垂直范围1000米以下: a definition; 随着…城镇化率突破65%: a circumstance; (最高奖励400万元): a cap on
    # support; 较2024年62亿元: the base of a comparison — not targets
    chrome = chrome or re.search(r"是指|^\s*随着|(?:最高|最多)(?:奖励|补助|补贴|资助|支持)?\s*$", before) is not None
    chrome = chrome or re.fullmatch(r"\s*(?:较|比)(?:20\d\d年|上年|去年)(?:同期)?", before) is not None
    # 推动更多乡镇过50亿、100亿, 冲刺千亿目标: a grade the places pass or a slogan's round amount, no count of them
    chrome = (
        chrome
        or re.search(r"(?:乡镇|镇|企业|园区|区)过\s*$|(?:乡镇|镇|企业|园区)过[\d.]+亿?、\s*$", before) is not None
    )
    chrome = chrome or (match.group(1) in ("千", "百", "万") and phrase.startswith("目标", after.end()))
    chrome = chrome or (match.group(2) == "部" and phrase.startswith(("门", "委"), after.end()))  # 12部门: a tally
    chrome = chrome or (match.group(2) == "批次" and phrase[after.end() : after.end() + 1].isdigit())  # 3批次22个
    # …达7.5%,超出认定标准0.3个百分点: a comparison with a standard, said of the share before
    chrome = chrome or re.search(r"超出(?:认定|考核|创建)?标准\s*$", before) is not None
    # 浓度为70微克/立方米, 分别为47、55和55微克/立方米: a concentration measured, not one aimed at (达到, 控制在)
    chrome = chrome or (match.group(2) == "微克/立方米" and re.search(r"为[\d.、和\s]*$", before) is not None)
    chrome = (
        chrome
        or _NOT_AN_AIM_BEFORE.search(before) is not None
        or _SIZE_OF_THE_WORK.search(before) is not None
        or (match.group(2) == "分" and (_POINTS_BEFORE.search(before) is not None or _a_weight(phrase, before, after)))
    )  # 计10分, 扣2分, (40分): a scoring scheme's points; 分别按15%计入: weights; 共5大类12个: a tally
    return bool(_BENEFICIARIES.search(before) or _WHAT_IS.search(before)) or people or ranked or chrome


_SESSION = re.compile(r"(?:、[一二三四五六七八九十\d]+次)*(?:全会|全体会议|常委会|会议|党代会)")
"""The meeting a numbered 次 names (十一次、十二次全会): an ordinal, no amount."""


@lru_cache(maxsize=8)
def _spelled_out(half: str) -> frozenset[str]:
    """What the text counts and then lists (10项重点建设项目为:…, 三件实事分别是:…): the nouns of its tallies, once a
    text (not searched again for every amount)."""
    listed = r"\d+\s*[项件个]([^,;。、和与及\d]{2,12}?)\s*(?:为|分别是|分别为|包括)\s*:"
    return frozenset(re.findall(listed, half))


def _a_tally(half: str, start: int, phrase: str, match: re.Match[str], after: re.Match[str]) -> bool:
    """Does the amount count the document's own items, not a target? 牵头工作(8项) after a heading;
    171项目标任务, 47项民生实事; 2项指标… opening a clause."""
    at = start + match.start()
    if _TALLY.match(half, at) and re.search(
        r"\((?:[^()]{0,4}(?:任务|事项|共计|共|合计))?\s*$", half[max(0, at - 8) : at]
    ):
        return True  # 牵头工作(8项), (分解任务15项): how many items a heading holds
    opening = half.rfind("(", half.rfind("\n", 0, at) + 1, at)
    if opening >= 0 and ")" not in half[opening:at] and _BRACKET_TALLY.match(half, opening):
        return True  # 一、科教惠民工程(项目6个,其中基建工程类5个、…1个): how many projects a part holds
    head = phrase[: match.start()]
    if match.group(2) == "次" and (head.endswith("届") or _SESSION.match(phrase, after.end())):
        return True  # 省委九届十一次、十二次全会: which session, not how many
    sentence = _back_to(half, at + 1, "。;\n")  # the sentence before the amount, at most _QUOTE_MAX characters of it
    noun = re.match(r"[^,;。、和与及\d]{2,12}", phrase[after.end() :])
    if (
        # …实施10项重点建设项目和10件惠民实事。10项重点建设项目为:…: a count the text spells out, a tally
        (noun is not None and noun.group(0) in _spelled_out(half))
        # 共票决出…76件,其中县级10件、乡级66件: the parts of a tally
        or re.search(r"(?:共|共计|合计|票决出)[^,;。]{0,20}\d+\s*(?:项|件|个)\s*,\s*其中[^,;。]*$", sentence)
        # 水运建设…60亿元,涉及项目共计17个: how many projects the aim spans; …人大票决项目共10个, 十方面共32项
        or re.search(r"(?:涉及[^,;。]{0,6}(?:共计|共|合计)|(?:项目|事项|实事|方面|大类|类)(?:数量)?共计?)\s*$", head)
        # 新增14项包括:…; 包括A、B等6个项目: how many a list holds
        or re.match(r"\s*(?:项目)?(?:包括|分别为)", phrase[after.end() :])
        or (re.search(r"包括[^;。]*等\s*$", sentence) and phrase.startswith("项目", after.end()))
        # 加快推进A、B、C等5个项目建设, 启动D、E、F3个项目建设, …等10个市区“两重”等项目: how many projects were
        # just named (not 实施莲花中小等59所改善义务教育薄弱学校项目: the schools the programme counts)
        or (
            head.endswith("等")
            and (phrase.startswith("项目", after.end()) or match.group(2) in ("个", "项"))
            and re.match(r"[^,;。\d]{0,8}?项目", phrase[after.end() :]) is not None
        )
        or (phrase.startswith("项目", after.end()) and 1 < len(head.split("、")) == _value(match.group(1)))
        # …第一批公布的项目为市本级项目,共57个,分为…: how many were just named
        or (head.strip() in ("共", "共计", "合计", "总计") and not phrase[after.end() :].strip(" 。;"))
    ):
        return True
    # 主要经济指标任务10项, …的为4项, 其中:建设项目27项 (a kind of project, not a verb), 省级6项
    tallied = bool(_TALLY_BEFORE.search(head)) and not re.search(_ACTING, head.replace("建设项目", ""))
    return match.group(2) in ("项", "条", "件") and bool(
        _DOCUMENT_TALLY.match(phrase, after.end()) or not head.strip(" 、") or tallied
    )


_DONE_TO_WHOM = re.compile(
    r"对(?:全县|全市|全区|全镇|辖区|全辖区|[^,;。]{1,12}等|新建的|新增的)?(?:[^,;。\d]{1,8}(?:阶段|年级|范围内))?约?\s*$"
)
"""Before an amount the work is done to: 对全县17所…, 对人民中路等3条道路…, 对全市义务教育阶段4500名学生…."""
_BRACKET_TALLY = re.compile(r"\((?:项目|任务|事项|工作|子项目|共|计|合计)\s*\d+\s*(?:个|项|件|条)")
"""A bracket that counts a part's items: (项目6个,其中…), (共12项)."""
_BECOMES = re.compile(r"\s*,\s*(?:到20\d\d年)?\s*(?:将|要)?\s*(?:成为|建成|迈入|跻身|迈上)")
"""The clause after a count of listed things that says what they become (,到2025年将成为…)."""
_WORKED_ON = re.compile(r"改造|升级|提升|更新|整治|修缮|维修|提档|补助|补贴|实施|安装|配备")
"""Verbs after 对 N所… that make the count the work's object (对全县17所…幼儿园全面提档升级)."""
_BUILT_IN = re.compile(
    r"[\u4e00-\u9fff“”]{1,16}?(?:(?:开展|实施|推进|推广)[^,;。]{0,20}?(?:建设|改造|试点|工程)|增设|开设|设立)"
)
"""What is built in the places an amount counts, after 在 (在50所学校食堂开展校园智能阳光厨房建设)."""
_MEASURED_LAND = ("亩", "万亩", "公顷", "万公顷", "公里", "千米", "米", "平方米", "万平方米", "平方公里")
_CLOSES = re.compile(r"\s*(?:的?目标|台阶|等\s*$|以\s*$|[并及和](?=[\u4e00-\u9fff])|[及和](?=\s*\d)|(?<=元)人民币)")
"""Words after an amount that close it as a stop would: 的目标, 迈上3600亿元台阶, 超100个等。, 10万平方米并安装…,
348米及其他附属设施, 管道18公里和给排水管网12公里, 增长18%和18.65% (two amounts), 2万亿元人民币; a text cut at
6.9万人以."""


def _borrowed_unit(
    phrase: str, match: re.Match[str], after: re.Match[str], respectively: int
) -> tuple[float, str, list[Msg]] | None:
    """分别新增学位4.68万和7000个: a bare 万 in a 分别 list counts in the unit of the amount after it."""
    if match.group(2) != "万" or respectively < 0:
        return None
    following = re.match(rf"\s*、\s*\d+(?:\.\d+)?\s*({_COUNTED_RE})", phrase[after.end() :])
    return _unit_of(_value(match.group(1)), "万" + following.group(1)) if following else None


_PEOPLE = re.compile(
    r"(?:网民|用户|人口|人数|人员(?!经费|工资|支出|费)|劳动力|农民工|游客|居民|老年人|老人|(人次))(?:规模|数|数量|总数)?[^,;。]{0,20}$"
)
_PERSONS_AFTER = re.compile(r"名?(?:中小学生|学生|群众|居民|农民|职工|老年人|老人|儿童|妇女|青少年)")


def _people(match: re.Match[str], head: str, following: str = "") -> tuple[float, str, list[Msg]] | None:
    """网民规模…提高到12亿: a bare 亿 or 万 after people counts people, not 元; 接待旅游人次7300万: visits;
    为200万中小学生…: before people, people."""
    people = _PEOPLE.search(head)
    if match.group(2) in ("亿", "万") and re.match(r"\s*(?:左右)?[^,;。\d]{0,6}?家庭", following):
        return _times(_value(match.group(1)), 100_000_000 if match.group(2) == "亿" else 10_000), "户", []  # 1亿…家庭
    if match.group(2) not in ("亿", "万") or (people is None and not _PERSONS_AFTER.match(following)):
        return None
    unit = "人次" if people and people.group(1) else "人"
    return _times(_value(match.group(1)), 100_000_000 if match.group(2) == "亿" else 10_000), unit, []


_OF_THE_WORK = re.compile(r"的?(工程量|工作量|任务量|形象进度)")
"""After a share: the part of a work to be done (年内完成…项目60%工程量)."""


def _share_name(following: str, before: str) -> str:
    """What a share before its noun measures: its noun (50%的城市社区), or, when it says how much of
    the thing before it is covered (推动基层文体设施100%覆盖), that thing's coverage."""
    if following.startswith("覆盖"):
        return _name(re.sub(r"^.*?(?:推动|实现|推进)", "", before)) + "覆盖"
    work = _OF_THE_WORK.match(following)
    if work is not None and before.strip():  # 徒步城二期项目60%工程量: the project's share of its work
        return _name(before) + work.group(1)
    if re.match(r"的?(?:任务|目标|要求)", following) and before.strip():  # 占比…达到80%的任务: the 占比's
        return _name(before)
    return _name(following.removeprefix("的"))


def _bracketed_lead_in(half: str, start: int) -> str:
    """The words of a phrase's clause before the bracket that ends just before the phrase (改造漳江路(南环)
    before 、华山路等34条城市道路; 实现千人均执业(助理) before 医师3.05人), bracket and all, or ""."""
    if start == 0 or half[start - 1] != ")":
        return ""
    opening = half.rfind("(", max(0, start - 40), start - 1)
    if opening < 0 or "\n" in half[opening:start]:
        return ""
    clause_start = max(half.rfind(c, max(0, opening - 60), opening) for c in ",;。\n") + 1
    return half[max(clause_start, opening - 60) : start]


_SHARE_REACHING = re.compile(r"[\u4e00-\u9fff“”]{2,24}?(?:达到|迈入)")
"""What a share before its noun reaches (100%县域商业建设…达到“基本型”目标)."""


def _before_its_noun(
    phrase: str, head: str, match: re.Match[str], after: re.Match[str], lead_in: str = "", then: str = ""
) -> tuple[bool, bool] | None:
    """An amount with words after it, before its stop: (a share of what follows, an amount something
    is done to), or None when it is no target. ``lead_in``: the clause's words before a bracket that
    ends just before the phrase (改造漳江路(南环) before 、华山路等34条城市道路); ``then``: the text after the
    phrase (…等4个产业 before ,到2025年将成为万亿级产业)."""
    share = match.group(2) == "%" and (phrase[after.end() :].lstrip(" ")[:1] == "的" or bool(after.group(1)))
    share = share or (match.group(2) == "%" and phrase.startswith("覆盖", after.end()))  # 推动基层文体设施100%覆盖
    share = share or (match.group(2) == "%" and _OF_THE_WORK.match(phrase, after.end()) is not None)  # 60%工程量
    # 2025年,100%县域商业建设“基本型以下”达到“基本型”目标: a share of what reaches a grade
    share = share or (match.group(2) == "%" and _SHARE_REACHING.match(phrase, after.end()) is not None)
    # …大道(…)等12条断头路; 新增400个公共(含专用)充电桩、10个…: the list goes on past the bracket
    listed_on = head.lstrip().startswith(("、", "等")) or re.fullmatch(r"[^,;。\d]{1,12}、\s*", head.lstrip())
    head = lead_in + head if listed_on else head
    # 完成A、B共2条背街小巷…; 打造牛、羊、蔬菜、中药材4个…产业集群
    listed = (  # …和25个城乡供水一体化工程: a count after another's noun; 完成小居安村287户…: a place's;
        # 开通至周边机场2-3条…航线: where it goes; 完成周家浜全线2公里…贯通: the line the length runs along
        r"(?:(?:[^,;。]*?(?:、|和|以及))*(?:[^,;。]*?(?:等|共|合计))?|(?:[^,;:。、]{1,8}、)+[^,;:。、]{1,8}"
        r"|[^,;:。、\d]{1,14}(?:村|镇|乡|街道|社区|小区|公司|集团|电子|科技|股份|小区[一二三四五六七八九十]期)"
        r"|总投资\d+(?:\.\d+)?(?:万|亿|万亿)?元的|至[^,;:。、\d]{1,10}|[^,;:。、\d]{1,12}全线)"
        r"(?:首批|第一批)?$"
    )
    # 新开工任务1062个小区: the task's count, after its verb
    # 完成2025年度13台…, 完成辖区内215棵…: when or where, between the verb and the count
    acting = bool(
        re.search(rf"(?:{_ACTING})(?:全年|年内|今年|20\d\d年度?|辖区内)?(?:目标)?(?:任务)?{listed}", head.rstrip())
    )
    # 加快…等5个公交场站建设: what is hastened is built; 加快…等18个在建重点项目 counts what is there
    acting = acting or bool(re.search(rf"加快{listed}", head) and _HASTENED.match(phrase, after.end()))
    # 形成A、B、C等5个…, 实现全年17家…入库; a grade counted after a verb and a name or after a list
    # (培育形成临港装备1个五百亿级产业集群,汽模配、纺织服装等5个百亿级产业集群)
    graded = match.group(2) == "个" and _GRADE.match(phrase, after.end()) is not None
    acting = acting or (graded and bool(re.search(rf"(?:{_ACTING})[\u4e00-\u9fff]{{0,6}}$|、[^,;。]*等$", head)))
    # 电子信息、汽车…等4个产业,到2025年将成为万亿级产业: a list's count, what it counts to become
    acting = acting or bool(re.search(r"、[^,;。]*等\s*$", head) and _BECOMES.match(then))
    # 新增…机构6家180个托位: a second count right after the first, under the same verb
    acting = acting or bool(re.search(rf"\d\s*(?:{_COUNTED_RE})$", head.rstrip()) and re.search(_ACTING, head))
    rest = phrase[after.end() :]
    if then.startswith("(") and not re.search(r"[,;。]", rest):  # 3个县(区)成功创建…: past the bracket
        rest += re.sub(r"^\([^()]{0,6}\)", "", then)
    standard = not re.sub(r"^(?:确保|力争|争取)", "", head.strip(" 、")) and _REACHING.match(rest)
    done_to = bool(_DONE_TO.match(phrase, after.end()) and re.search(r"确保|力争|争取", head))  # 力争路段7.8公里…
    qualifies = (
        bool(after.group(1)) or re.search(r"(?:超过?|(?<![通经])过)$", head.rstrip()) is not None
    )  # 年收入超50万元的村, 过百亿元的园区
    of_work = phrase[after.end() :].startswith("的") and re.search(_ACTING, head) is not None and not qualifies
    done_to = done_to or (of_work and match.group(2) != "%")
    floor = head.rstrip().endswith(_GE_BEFORE)  # 为不少于2.5万名妇女提供…: a floor said of a count
    # past a bracket: …路口按照“九个一”(…)标准进行改造
    sentence_on = phrase[after.end() :] + re.split(r"[。;\n]", then)[0]
    worked_on = bool(  # 对全县17所…提档升级, 对人民中路等3条道路…改造, 在50所学校食堂开展…建设
        _DONE_TO_WHOM.search(head) and _WORKED_ON.search(sentence_on)
    ) or bool(re.search(r"在(?:全县|全市|全区|全镇)?\s*$", head) and _BUILT_IN.search(phrase, after.end()))
    # 为全县1600名困境儿童提供“爱心守护”服务: whom the work serves, counted
    worked_on = worked_on or bool(
        re.search(r"为(?:全县|全市|全区|全镇)?\s*$", head)
        and re.search("提供|开展|实施|免费|封闭|接种|筛查|体检|救助|发放|进行|加装|更换|安装", phrase[after.end() :])
    )
    counted = match.group(2).removeprefix("万") in _COUNTED  # 完成1.4万户…建设
    counted = counted or match.group(2) in _MEASURED_LAND  # 试验建设200公顷…基地: land before what it holds
    counted = counted or (match.group(2) in ("万", "亿") and _PERSONS_AFTER.match(phrase, after.end()) is not None)
    money = match.group(2).endswith("元") and not phrase.startswith("的", after.end())  # 投入不低于1000万元实施…
    invested = re.search(r"(?:^|[^总])(?:投资|投入)\s*$", head) and re.match(
        rf"\s*(?:{_ACTING})", phrase[after.end() :]
    )
    if not (  # 投资3000万元建设…基地: money put into the work
        share or done_to or (counted and (acting or worked_on or standard or floor)) or (money and (floor or invested))
    ):  # 对19所…升级改造
        return None  # 90%以上城镇家庭…: a share; 推动26个签约项目落地: a count before its noun, after a verb
    return share, done_to


def _finished(found: list[Found], phrase: str, half: str, start: int, respectively: int) -> list[Found]:
    """A phrase's targets in order, two rates sharing an amount made two, a 分别 list named."""
    found.extend(_paired(found))
    if respectively >= 0:
        listed = [f for f in found if f.start - start > respectively]
        pieces = [p for p in phrase[:respectively].split("、") if p.strip()]
        if len(listed) == 1 and len(pieces) > 1:  # 宜居乡镇、建制村比例分别达到50%: one amount for each
            found.extend(_each_of(listed[0], pieces))
        else:
            _name_respectively(
                phrase, respectively, listed, _back_to(half, start, ",;。\n"), _back_to(half, start, ";。\n")
            )
    found.sort(key=lambda f: f.start)
    return found


def _back_to(half: str, start: int, stops: str) -> str:
    """The text before the phrase at ``start`` back to the last of ``stops``: its clause (,;。) or sentence (;。),
    at most _QUOTE_MAX characters of it (a text with no stop is not searched back to its start once a phrase)."""
    end = max(start - 1, 0)
    floor = max(0, end - _QUOTE_MAX)
    return half[max(max(half.rfind(c, floor, end) for c in stops) + 1, floor) : end]


def _each_of(item: Found, pieces: list[str]) -> list[Found]:
    """One amount said of several items with 分别 (宜居乡镇、建制村比例分别达到50%): a target for each,
    sharing the last item's noun (宜居乡镇比例); the first is ``item``, the others returned."""
    shared = _SHARED_NOUN.search(pieces[-1])
    names = [_name(p) + (shared.group(0) if shared and not _SHARED_NOUN.search(p) else "") for p in pieces]
    note = Msg(
        "one amount for each of {names} (分别): read as {n} targets; check them", names="、".join(names), n=len(names)
    )
    item.name = names[0]
    item.notes = [*item.notes, note]
    return [replace(item, name=name) for name in names[1:]]


def _range_before(phrase: str, since: int, match: re.Match[str]) -> re.Match[str] | None:
    """The floor of a range before the amount (8—10个, 1000万~2000万t), or None; not a floor in another magnitude
    (5000万~1亿元: two magnitudes, no range of one)."""
    ranged = _RANGE.search(phrase, since, match.start())
    if ranged and ranged.group(2) in ("万", "亿") and not match.group(2).startswith(ranged.group(2)):
        return None
    return ranged


def _amount(match: re.Match[str], ranged: re.Match[str] | None) -> tuple[float, str, list[Msg]]:
    """A number's value in its unit, and notes: a range (8—10个) is read as its floor."""
    value, unit, notes = _unit_of(_value(match.group(1)), match.group(2))
    if ranged is not None:
        value = _times(float(ranged.group(1)), round(value / _value(match.group(1))))
        notes = [*notes, Msg("a range {range}: read as its floor; check it", range=ranged.group(0) + match.group(0))]
    return value, unit, notes


_AVERAGE = re.compile(r"年均(增长|增速|提高|下降|降低|减少)(?:率)?(?:达到|达)?\s*$")
_AVERAGE_NOTE = (
    "an average annual change: to judge it by the compound rate, add a baseline (year, value, unit) and set "
    "kind: average_growth"
)


def _average(before: str, unit: str, value: float, comparator: str, notes: list[Msg]) -> tuple[float, str, list[Msg]]:
    """年均增长15% / 年均下降3%: a yearly rate of change, signed (a fall of 3 % a year is at most −3),
    noted: the plan can judge it by the compound rate once it has a baseline."""
    average = _AVERAGE.search(before)
    if average is None or unit != "%":
        return value, comparator, notes
    if average.group(1) in ("下降", "降低", "减少"):
        value, comparator = -value, "le"
    return value, comparator, [*notes, Msg(_AVERAGE_NOTE)]


def _names_of_amounts(text: str) -> list[str]:
    """The names of the amounts a sentence states, in order (接待入境过夜游客410万人次、国内游客9亿人次 →
    接待入境过夜游客, 国内游客)."""
    names, last = [], 0
    for match in _NUMBER.finditer(text):
        piece = re.split(r"[、,;:]", text[last : match.start()])[-1]
        names.append(_name(re.sub(r"^(?:今年|全年|力争|确保|争取)+", "", piece)))
        last = match.end()
    return names


def _name_respectively(phrase: str, at: int, items: list[Found], clause: str = "", sentence: str = "") -> None:
    """50亿级、10亿级、5亿级企业分别达1家、8家、13家: name each target by its item; when the 分别
    opens its phrase, the items are the clause before it (高新技术企业和科技型企业…, 分别超过90家和870家), or the
    amounts its sentence stated before (…A410万人次、B9亿人次,C达到10000亿元,分别增长5.5%、10%和17.6%)."""
    head = re.sub(r"^(?:到|至)?20\d\d年(?:底|末)?", "", phrase[:at])  # 2020年分别达到…: the items said before
    pieces = [p for p in head.split("、") if p]
    if len(pieces) + 1 == len(items) and (joined := re.search(r"(.+)[和及与](.+)$", pieces[-1])):
        pieces[-1:] = joined.groups()  # A、B和C分别达到…
    if not pieces and clause:
        subject = re.split(r"在|实现|要|将|力争|确保|争取|达到|分别", clause, maxsplit=1)[0]
        pieces = [p for p in re.split(r"[、和与及]", subject) if p.strip()]
        if len(pieces) == len(items):
            for piece, item in zip(pieces, items, strict=True):
                item.name = _name(re.sub(r"^全[区县市省]", "", piece))
            return
        named = _names_of_amounts(sentence)  # …410万人次、…9亿人次,…达到10000亿元,分别增长5.5%、10%和17.6%
        verb = re.match(r"\s*分别(增长|提高|增加|下降)", phrase)
        if verb is not None and len(named) == len(items):
            for name, item in zip(named, items, strict=True):
                item.name = name + verb.group(1)
            return
    town_and_country = re.match(r"\s*分别(增长|提高|增加|下降|达到)", phrase[at:])
    if len(pieces) == 1 and len(items) == 2 and "城乡" in pieces[0] and town_and_country is not None:
        for item, place in zip(items, ("城镇", "农村"), strict=True):  # 城乡居民人均可支配收入分别增长6.5%和8%
            item.name = _name(pieces[0].replace("城乡", place, 1)) + town_and_country.group(1)
        return
    if len(pieces) != len(items):
        for item in items:
            item.notes.append(
                Msg(
                    "a 分别 list of {figures} figures for {items} items: check the pairing",
                    figures=len(items),
                    items=len(pieces),
                )
            )
        return
    last = re.match(r"^.*?\d+(?:\.\d+)?(?:亿元|亿|万元|元|万)?(?:以上|级)*", pieces[-1])
    noun = pieces[-1][last.end() :] if last else ""  # 5亿级企业: the noun each item shares
    for piece, item in zip(pieces, items, strict=True):
        label = _name(piece)
        item.name = label if label.endswith(noun) or not noun else label + noun


# ── the whole plan ─────────────────────────────────────────────────────────────
@dataclass
class _Paragraph:
    start: int
    end: int
    section: str
    units: UnitsNote | None


def _phrases(half: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Clauses of [start, end): cut at commas, semicolons, stops, brackets, line ends and the cell
    borders of a table's row (a | b | c)."""
    cut = start
    for i in range(start, end):
        if half[i] in ",;。()\n!?|":
            if i > cut:
                yield cut, i
            cut = i + 1
    if end > cut:
        yield cut, end


_QUOTE_MAX = 400
"""The longest sentence quoted whole as a target's source (the longest of the corpus is some 200
characters); past it, the clauses around the amount, so that a text of one endless sentence (a page
copied with its stops lost) drafts in time and space that grow with the text, not its square."""

_STOPS = re.compile(r"[。;\n]")


@lru_cache(maxsize=4)
def _stops(half: str) -> list[int]:
    """Where the sentences of ``half`` end (。 ; and line ends), in order."""
    return [match.start() for match in _STOPS.finditer(half)]


def _sentence(text: str, half: str, start: int, end: int) -> tuple[int, str]:
    """Where the sentence around [start, end) starts, and the sentence verbatim (cut at 。 ; and
    paragraph ends); of a sentence longer than _QUOTE_MAX, the clauses around [start, end)."""
    stops = _stops(half)
    at = bisect_left(stops, start)
    left = stops[at - 1] if at else -1
    after = bisect_left(stops, end)
    right = stops[after] if after < len(stops) else len(half)
    if right - left - 1 > _QUOTE_MAX:
        low, high = max(left + 1, start - _QUOTE_MAX // 2), min(right, end + _QUOTE_MAX // 2)
        comma = half.find(",", low, start)
        low = comma + 1 if comma >= 0 and low > left + 1 else low
        comma = half.rfind(",", end, high)
        high = comma if comma >= 0 and high < right else high
        return left + 1, _HEADING_MARK.sub("", text[low:high].strip())
    return left + 1, _HEADING_MARK.sub("", text[left + 1 : right].strip())


_FULL_DATE = re.compile(r"(?:到|至|截至|截止到?|于)\s*(20\d\d)\s*年(\d{1,2})月(\d{1,2})日(?:前|之前)?")
"""A deadline given as a date (截止到2020年10月31日): that day."""


def _on_a_date(phrase: str) -> tuple[dt.date | None, list[Msg]] | None:
    """The date a phrase is due on (截止到2020年10月31日), with a note when it is no date; None when it names none."""
    dated = _FULL_DATE.search(phrase)
    if dated is None:
        return None
    try:
        return dt.date(int(dated.group(1)), int(dated.group(2)), int(dated.group(3))), []
    except ValueError:
        return None, [Msg("{words}: not a date; check the deadline", words=dated.group(0))]


def _deadline(phrase: str, year: int) -> tuple[dt.date | None, list[Msg]]:
    """A phrase's own deadline within the year (6月底前, 三季度末, 上半年) or on a date (截止到2020年10月31日)."""
    dated = _on_a_date(phrase)
    if dated is not None:
        return dated
    match = _DEADLINE.search(phrase)
    if match is None:
        return None, []
    if match.group(4):
        return None, []
    if match.group(3):
        month = 6
    elif match.group(2):
        quarter = match.group(2)
        month = 3 * (int(quarter) if quarter.isdigit() else CN_DIGITS.index(quarter))
    else:
        month = int(match.group(1))
    if not 1 <= month <= 12:
        return None, [Msg("{words}: not a month; check the deadline", words=match.group(0))]
    if month == 12:
        return None, []
    return dt.date(year, month, calendar.monthrange(year, month)[1]), []


_OPENS_ON_A_DEADLINE = re.compile(
    r"\s*(?:\d{1,3}[、.．])?\s*(?:工作目标|主要目标|目标任务|目标)?\s*(?:确保|力争|争取|计划)?\s*(?:20\d\d年)?"
)
"""What may stand before a deadline that opens its sentence (2、工作目标截止到2020年10月31日,…; 力争6月底前…)."""


def _season(
    phrase: str, between: str, carried: tuple[dt.date, bool, bool] | None, year: int
) -> tuple[dt.date | None, list[Msg], tuple[dt.date, bool, bool] | None]:
    """The phrase's own deadline (6月底前, 三季度), else one the clauses before named: a deadline
    opening its sentence holds to the sentence's end (11月前新建停车场3处,新增停车位1000个: both), past a
    semicolon too when it is a clause of its own (截止到2020年10月31日,A要到达90以上;B要到达50以上);
    a quarter named before a list of growths holds for the clauses that repeat a verb of a rate
    after a comma (力争三季度A增长10.8%以上,B增长11.8%以上; 全年增长10% does not): (deadline, notes,
    what the next clause may take, with whether it opened its sentence and stood alone)."""
    deadline, notes = _deadline(phrase, year)
    rate = _PARALLEL_VERB.search(phrase) is not None
    own = _DEADLINE.search(phrase) or _FULL_DATE.search(phrase)
    if deadline is not None:
        head = phrase[: own.start()] if own is not None else "?"
        opening = _OPENS_ON_A_DEADLINE.fullmatch(head) is not None
        alone = opening and own is not None and not phrase[own.end() :].strip()
        return deadline, notes, (deadline, True, alone) if opening else (deadline, False, False) if rate else None
    if (
        carried is None
        or own is not None
        or re.search(r"全年|今年|年度", phrase)
        or any(c in between for c in ("。\n|" if carried[2] else "。;\n|"))
    ):
        return None, notes, None
    if carried[1]:
        return carried[0], notes, carried
    if between.strip() == "," and rate:
        return carried[0], notes, carried
    return None, notes, None


_HORIZON = re.compile(
    r"(?<!为)(?:到|至|截至|截止|将于|计划于)(20\d\d)年年?(?:底|末)?前?(?!止)|(20\d\d)年年?(?:底|末)前|未来([一二三四五六七八九十\d])年"
    r"|(?<![\d.])([一二三四五六七八九十\d])年内"
    r"|“?十([一二三四五])五”?\s*(?:末|(?:时期|期间)?(?:主要|发展)?目标"
    r"|(?:时期|期间)(?=\s*(?:,|$|(?:我们)?(?:计划|完成|实现|新增|建成|达到|累计))))"
    r"|(今年)(?:年底|年末|底)前?|(明年)|(?<![\d年])(年)(?:底|末)前"
)
"""A multi-year deadline: 到2025年, 到2027年底前, 2029年底前, 未来五年 or 5年内 (the plan's year and
four more), “十五五”时期主要目标, “十四五”时期完成…, “十四五”时期, (a clause of its own) or 十四五末
(the period's last year; 今年是“十四五”规划关键一年 and 接下来的“十五五”时期是… name no aim);
今年年底前 (or 年底前 alone: 力争年底前…90%以上) brings the deadline back to the plan's year after another
(…2025年年底前…;今年年底前…);
明年 is the year after the plan's; 将于2020年开办,能够新增… is due then."""
_YEAR_THEN_VERB = re.compile(
    r"(?<![较与同上])(?<![^占]比)(20\d\d)年(?:底|末)?前?(?=(?:确保|力争|争取)?(?:达到|达|突破|超过|实现|新增|新建|建成|剑指|瞄准|冲刺))"
)
"""A year just before what is to be reached: 比重2015年力争达到8%, 2025年新增1万间、2027年新增2万间 (not
比2022年增长, a comparison)."""


def _horizon(phrase: str, year: int, openings: bool = True, then_verb: bool = True) -> dt.date | None:
    """The last multi-year deadline a phrase names (or, with ``openings``, the year it opens
    with: 2024年，… / 力争2024年引进…), or None; with ``then_verb``, a year just before its verb too
    (2027年新增2万间: the amount's own year, not a horizon for the phrases after it)."""
    opening = re.match(r"\s*(?:确保|力争|争取)?(20\d\d)年(?![\d底末前])", phrase)
    # a year given overrides the years phrases open with, but for the plan's own or a later one
    # (2025年我国…大于90%; 2014年… after 三年内…: the plan's year again)
    found = int(opening.group(1)) if opening and (openings or int(opening.group(1)) >= year) else None
    for match in [*_HORIZON.finditer(phrase), *(_YEAR_THEN_VERB.finditer(phrase) if then_verb else ())]:
        if match.re is _HORIZON and (match.group(6) or match.group(8)):
            found = year
        elif match.re is _HORIZON and match.group(7):
            found = year + 1
        elif match.re is _YEAR_THEN_VERB:
            if int(match.group(1)) >= year:  # a year before the plan's own tells what was, not what is due
                found = int(match.group(1))
        elif match.group(5):
            last = _period_end(match.group(5))
            found = last if last >= year else found
        elif match.group(3) or match.group(4):
            words = match.group(3) or match.group(4)
            found = year + (int(words) if words.isdigit() else _cn_number(words)) - 1
        elif int(match.group(1) or match.group(2)) >= year:  # 恢复到2019年同期的104%: no deadline
            found = int(match.group(1) or match.group(2))
    return dt.date(found, 12, 31) if found is not None else None


_HORIZONS_LISTED = re.compile(r"到\s*(20\d\d)\s*年(?:底|末)?((?:\s*[和、及与]\s*20\d\d\s*年(?:底|末)?)+)")
"""Two horizons or more named at once (到2027年底和2030年): each its amount when 分别 gives one apiece."""


def _respective_horizon(half: str, start: int, end: int, number: Found) -> dt.date | None:
    """The horizon of an amount given 分别 for each of the horizons its sentence lists (到2027年底和2030年,…分别不低于
    24%和30%: 30% is due in 2030), by their order; None when the amounts and the horizons do not pair one to one."""
    respectively = half.find("分别", start, end)
    if respectively < 0:
        return None
    sentence = _back_to(half, respectively + 1, "。;\n")  # the sentence before 分别
    listed = _HORIZONS_LISTED.search(sentence)
    if listed is None:
        return None
    years = [int(listed.group(1)), *map(int, re.findall(r"(20\d\d)\s*年", listed.group(2)))]
    amounts = [m.start() for m in _NUMBER.finditer(half, respectively, end)]
    if len(amounts) != len(years) or number.start not in amounts:
        return None
    return dt.date(years[amounts.index(number.start)], 12, 31)


_FROM_TO = re.compile(
    r"(?:从|由)(?:(20\d\d)年(?:底|末)?的?)?\s*(\d+(?:\.\d+)?)\s*(\S{0,5}?)\s*"
    r"(?:提高|提升|增加|增长|扩大|上升|下降|降低|减少|压减|缩减)?\s*(?:到|至)\s*$"
)
"""从2022年的2.1%提高到 / 由300家增加到, just before a target's number: its baseline."""


def _from_to(half: str, start: int, number: Found, year: int) -> tuple[int, float, list[Msg]] | None:
    """从X提高到Y before a target's number Y: (the baseline year, X, notes); None when there is none."""
    match = _FROM_TO.search(half, start, number.start)
    if match is None or (
        match.group(3) and match.group(3) != number.unit and _UNIT_WORDS.get(match.group(3)) != number.unit
    ):
        return None
    notes: list[Msg] = []
    if match.group(1):
        base_year = int(match.group(1))
    else:
        base_year = year - 1
        notes.append(Msg("从X到Y names no year for X: the baseline year is taken as {year}; check it", year=base_year))
    number.name = re.split(r"(?:从|由)(?=(?:20\d\d年)?[^从由]*$)", number.name)[0].strip() or number.name
    return base_year, float(match.group(2)), notes


_OPENS_A_LIST = re.compile(r"[^,;。]{0,12}?实现")
"""After 确保/力争 at the head of a sentence (or anywhere, when a colon or 即: spells the list out
after it), 实现 opens a list of targets the word holds for
(力争实现A增长10%以上,B增长15%以上;C8家。); without it, a clause with a verb of its own ends the
word's reach (力争谋划项目15个以上,全年列入项目20个: the second is no 力争)."""

_ONLY_A_HORIZON = re.compile(r"\s*(?:到|至)?\s*(?:20\d\d年|“?十[一二三四五]五”?)(?:底|末)?前?\s*")
"""What follows 确保/力争 in a clause that holds nothing but a year (力争到2025年,…; 力争到“十三五”末,…)."""

_LIST_MEMBER = re.compile(
    rf"^(?!.*(?:{_ACTING}|超过|突破|控制|增长|提高|提升|下降|降低|列入|安排|谋划|全年|年内))"
    r"\s*(?:\d+(?:\.\d+)?)?[\u4e00-\u9fff“”\"、]{2,20}\d+(?:\.\d+)?[^\d,;。]{0,3}(?:以上)?\s*$"
)
"""A bare amount in a list, its name (graded or not: 5亿元以上企业2家; of two: 家庭农场、农民合作社10户) and
number only, no verb of its
own but 达到 (市级重点实验室1家,
饲养量达到1000万只): the 力争 before the list holds for it."""


def _targets_of(
    cleaned: str,
    half: str,
    paragraph: _Paragraph,
    year: int,
    industries: dict[str, str],
    lead: str | None,
    co: list[str],
    unit_notes: list[Msg],
    openings: bool = True,
) -> list[DraftItem]:
    """The targets of one paragraph, phrase by phrase, with the 确保/力争 scope carried across
    、-joined objects and 其中 sub-clauses, and reset at a comma, semicolon or stop."""
    here: list[DraftItem] = []
    scope: str | None = None
    horizon: dt.date | None = None  # 到2025年 holds for the phrases after it, until another
    last_phrase_end = paragraph.start
    text = half[paragraph.start : paragraph.end]
    listed = False  # the phrase before was an amount of a list (争取建成A1家,B1家,C1家)
    # a word before every amount of its sentence that opens a list (力争实现A,B;C。) holds for all of it
    head_scope: str | None = None
    amounts_in_sentence = False
    reported: str | None = None  # the year the sentence opens on (据悉,YYYY年…), for _not_estimates
    held: tuple[str, str] | None = None  # the verb a word held and the word (力争A增长9%, …): for a parallel list
    # done: a clause of what is done (已开工85个) and those after it in its sentence are results;
    # framed: 截至7月底 / 今年以来 opened what follows on its line: results
    done = framed = source_said = False
    season: tuple[dt.date, bool, bool] | None = None  # a deadline the clauses after may take (11月前…,…)
    for start, end in _phrases(half, paragraph.start, paragraph.end):
        phrase = half[start:end]
        between = half[last_phrase_end:start]
        if new_sentence := any(stop in between for stop in "。!?\n") or last_phrase_end == paragraph.start:
            head_scope, amounts_in_sentence = None, False
        reported = _year_reported(half, (start, end, paragraph.end), between, reported, new_sentence)
        inside_brackets = bool(between.strip()) and set(between.strip()) <= set("()")  # 研究与试验发展(R&D)经费
        in_list = listed and between.strip() == "," and bool(_LIST_MEMBER.match(phrase))
        if not (phrase.lstrip().startswith("其中") or inside_brackets or in_list) or any(c in between for c in ";。|"):
            scope = head_scope
        listed = bool(re.search(r"\d(?:\.\d+)?[^\d,;。]{0,3}(?:以上)?\s*$", phrase))  # ends with an amount
        last_phrase_end = end
        after_source, source_said = source_said, bool(_SOURCE_SAID.fullmatch(phrase))
        framed, done = _reports_done(
            _counted(phrase, framed and between.strip() == ",", after_source),
            framed and _frame_goes_on(half, start, between),
            done and not new_sentence,
            _HORIZON_CLAUSE.fullmatch(_back_to(half, start, "。!?\n")) is not None,  # 到2025年,累计完成…: an aim
        )
        numbers = (
            _tasks_named(half, start, end)
            if done
            or (_SO_FAR_CLAUSE.search(phrase) and not _SCHEDULED.match(phrase))
            or _TASK_SHARE.search(phrase)
            or _PLAN_NAMED.search(phrase)
            else numbers_in(half, start, end)
        )
        first_word = _COMMITMENT.search(phrase)
        at, scope_here = (first_word.start(), _MEANING[first_word.group(0)]) if first_word else (-1, "")
        if at >= 0:
            scope = scope_here
            if _heads_the_sentence(half, start, end, at, numbers, amounts_in_sentence):
                head_scope = scope_here
        amounts_in_sentence = amounts_in_sentence or bool(numbers)
        held, scope = _carry(phrase, between, at, scope, held)  # 力争A增长9%,B增长11.5%
        deadline, deadline_notes, season = _season(phrase, between, season, year)
        carried = horizon
        horizon = _horizon(phrase, year, openings, then_verb=False) or horizon
        numbers = [n for n in numbers if not _RANKED_AFTER.match(half, n.end)]  # …达21万公里,居全国第6位
        for number in numbers:
            # the horizon nearest before the number (…2015年达到8%、2020年达到15%), else the phrase's
            due = _respective_horizon(half, start, end, number) or deadline
            due = due or _horizon(half[start : number.start], year, openings) or carried or horizon
            due = due or _horizon_after(half, (start, end, paragraph.end), number, year, openings)
            baseline = _from_to(half, start, number, year)
            commitment = _word_before(phrase, number.start - start, scope, at)
            said_at, sentence = _sentence(cleaned, half, number.start, number.end)
            item = DraftItem(
                id="",
                section=paragraph.section,
                name=number.name,
                source=sentence,
                value=number.value,
                unit=number.unit,
                comparator=number.comparator,
                kind=number.kind,
                commitment=commitment,
                deadline=due,
                lead=lead,
                co=list(co),
                industry=_industry_of(industries, sentence),
                notes=[*number.notes, *deadline_notes, *unit_notes],
                reported=reported,
                said_at=said_at,
                at=number.start,
            )
            if baseline is not None:
                _set_baseline(item, baseline)
            for one in _each_member(item):
                _doubts(one, phrase, text)
                here.append(one)
    return _due_as_it_ends(_strong_start(_growths_named(_once_a_row(here, half)), half, year), half, year)


def _line_at(half: str, at: int) -> str:
    """The line of ``half`` that holds position ``at``, without its line end."""
    stop = half.find("\n", at)
    return half[half.rfind("\n", 0, at) + 1 : stop if stop >= 0 else len(half)]


def _strong_start(items: list[DraftItem], half: str, year: int) -> list[DraftItem]:
    """力争“开门红”引进…: an aim of a strong start, on a line that says so, is due at the first quarter's end
    (noted), unless its sentence names the year (全年, 今年)."""
    for item in (item for item in items if item.at >= 0 and item.deadline is None):
        if "开门红" in _line_at(half, item.at) and not re.search(r"全年|年内|今年|年度", item.source):
            item.deadline = dt.date(year, 3, 31)
            item.notes.append(Msg("a “开门红” (strong start) aim: due at the first quarter's end; check it"))
    return items


def _horizon_after(half: str, spans: tuple[int, int, int], number: Found, year: int, openings: bool) -> dt.date | None:
    """A horizon said after the amount, for an amount with none before it: the clause after a list's
    count that says what it becomes (…等4个产业,到2025年将成为…), or the rest of the sentence of a yearly
    rate (年均增长8%,到2020年…: over the years to come)."""
    start, end, paragraph_end = spans
    if _BECOMES.match(half, end):
        return _horizon(half[end : end + 24], year, openings)
    if "年均" in half[start : number.start]:
        reach = min(paragraph_end, number.end + _QUOTE_MAX)  # the rest of its sentence
        stop = half.find("。", number.end, reach)
        return _horizon(half[number.end : stop if stop >= 0 else reach], year, openings)
    return None


_ENDING_DEADLINE = re.compile(
    r"\s*(?:到|在|于)?\s*(?:20[\dxX]{2}年)?\s*(\d{1,2})月(?:底|末|份)?前?\s*"
    r"(?:全部|全面)?(?:完工|完成|建成|竣工|投用|投入使用|交付|通车)\s*"
)
"""A sentence's last clause that only says when it is done (…,到202x年10月底完工。)."""


def _due_as_it_ends(items: list[DraftItem], half: str, year: int) -> list[DraftItem]:
    """An amount with no deadline of its own in a sentence whose last clause says when the work is
    done (202x年老旧小区改造总建筑面积32.0867万平方米,…,到202x年10月底完工): due then."""
    for item in items:
        if item.deadline is not None or item.at < 0:
            continue
        stop = min((i for i in (half.find("。", item.at), half.find("\n", item.at)) if i >= 0), default=len(half))
        clause = half[max(half.rfind(",", item.at, stop), half.rfind(";", item.at, stop)) + 1 : stop]
        ending = _ENDING_DEADLINE.fullmatch(clause) if clause and clause != half[item.at : stop] else None
        if ending is not None and 1 <= int(ending.group(1)) <= 12:
            month = int(ending.group(1))
            item.deadline = None if month == 12 else dt.date(year, month, calendar.monthrange(year, month)[1])
    return items


def _once_a_row(items: list[DraftItem], half: str) -> list[DraftItem]:
    """An amount a table's row gives twice, in the next cell (实施20所…工程 | 对20所学校的…进行改造:
    the task's name and its content), is one target."""
    kept: list[DraftItem] = []
    for item in items:
        before = kept[-1] if kept else None
        if (
            before is not None
            and (before.value, before.unit, before.said_at) == (item.value, item.unit, item.said_at)
            and half.count("|", before.at, item.at) == 1
        ):
            continue
        kept.append(item)
    return kept


_BARE_GROWTH_NAME = re.compile(r"(?:同比|年均|比上年)?(?:增长|增速|增幅)率?")


def _growths_named(items: list[DraftItem]) -> list[DraftItem]:
    """A growth with no name of its own (地区生产总值达1220亿元,年均增长6.5%) is the growth of the
    amount before it in its sentence: 地区生产总值年均增长; or the growth before it, stretch then floor
    (力争固定资产投资增长8%,确保增长6%: 固定资产投资增长). Growths in a row after as many amounts
    (入境游客2700人次,创汇75万美元,同比增长18%和18.65%) are theirs in order, as if 分别 were said."""
    first = 0  # where each run of items, bare growths or not, of one sentence starts
    for (bare, said_at), group in itertools.groupby(
        items, key=lambda i: (_BARE_GROWTH_NAME.fullmatch(i.name) is not None, i.said_at)
    ):
        run = list(group)
        owners = items[max(first - len(run), 0) : first] if bare and len(run) >= 2 else []
        if owners and len(owners) == len(run) and all(o.unit != "%" and o.said_at == said_at for o in owners):
            for owner, item in zip(owners, run, strict=True):
                item.name = re.sub(r"(?:增长|增速|增幅)$", "", owner.name) + item.name
        first += len(run)
    for before, item in itertools.pairwise(items):
        if not _BARE_GROWTH_NAME.fullmatch(item.name) or before.said_at != item.said_at:
            continue
        if before.unit != "%":
            item.name = re.sub(r"(?:增长|增速|增幅)$", "", before.name) + item.name
        elif re.search(r"(?:增长|增速|增幅)$", before.name) and len(before.name) > len(item.name):
            item.name = before.name
    return items


_PARALLEL_VERB = re.compile(r"增长|增速|提高|提升|下降|降低|减少")
"""Verbs of a rate whose repetition makes a parallel list (力争A增长9%,B增长11.5%). A count's verb does
not: the bundled plan reads 力争培育A20家、B8家,培育C2家、D1家以上 as a stretch, then a floor."""


def _verb_held(phrase: str, at: int, meaning: str) -> tuple[str, str] | None:
    """The verb the 确保/力争 at ``at`` holds, before the phrase's first amount, with the word's meaning."""
    # 2025年, 6月底前: when, not the first amount
    when = re.sub(r"20\d\d年|\d{1,2}月(?:底|末)?前", lambda m: "年" * len(m.group(0)), phrase[at:])
    digit = re.search(r"\d(?!\d{3}年)", when)
    verb = _PARALLEL_VERB.search(phrase, at + 2, at + digit.start() if digit else len(phrase))
    if verb is None and _A_RATE.search(phrase, at + 2, at + digit.start() + 1 if digit else len(phrase)):
        return "率", meaning  # 力争新建项目开工率达到100%,投资完成率超过100%: a list of rates
    if verb is None and digit is not None:  # 力争引进市外项目到位资金22亿元: a count's verb and what it counts
        acting = re.search(_ACTING, phrase[at + 2 : at + digit.start()])
        noun = phrase[max(at + 2, at + digit.start() - 4) : at + digit.start()]
        if acting is not None and re.fullmatch(r"[\u4e00-\u9fff]{4}", noun):
            return f"{acting.group(0)}|{noun}", meaning
    return (verb.group(0), meaning) if verb else None


_RATE_AMOUNT = r"率\s*(?:达到|达|超过|超|保持在?|不低于)?\s*\d"
"""A rate and the amount it reaches (…率超过100%), shared by the two patterns below."""
_A_RATE = re.compile(rf"[^,;。\d]{_RATE_AMOUNT}")
"""A rate and its amount anywhere in a clause: 力争新建项目开工率达到100%."""
_RATE_CLAUSE = re.compile(rf"\s*[^,;。\d]{{1,16}}{_RATE_AMOUNT}")
"""A clause that opens on a rate and its amount: 投资完成率超过100%."""
_REACHING_CLAUSE = re.compile(r"\s*[^,;。\d]{0,20}?(?:突破|达到|超过)\s*\d")
"""A clause with no verb of its own but one of reaching (高新技术企业突破60家): the list under the 力争 before."""


_BARE_GROWTH = re.compile(r"\s*(?:同比|年均)?(?:增长|增速)\s*\d")
"""A clause that is only a growth, of the amount in the clause before it (…达5200亿元以上,增长15%以上)."""
_NAME_AND_AMOUNT = re.compile(r"\s*[^,;。\d]{2,20}?\d")
"""A clause that is a name and its amount, no verb (力争A10亿人次以上,…;B2.2万亿元以上): a list's next member."""


def _under_the_word(phrase: str) -> bool:
    """Does a clause go on with the list a 确保/力争 before it opened, whatever verb that held: one with no verb of
    its own but one of reaching (力争新增A6家以上,B突破60家), a 分别 over the amounts before it (…,C达到…,分别增长
    5.5%、10%和17.6%), a count reaching a standard as the one before did (力争3个县(区)成功创建…,3个县区成功创建…)?"""
    if re.match(r"\s*分别(?:增长|提高|增加|达到)", phrase):
        return True
    count = re.match(rf"\s*\d+\s*(?:{_COUNTED_RE})", phrase)
    if count is not None and _REACHING.match(phrase, count.end()):
        return True
    return bool(_REACHING_CLAUSE.match(phrase)) and not _acts(phrase)


def _acts(phrase: str) -> bool:
    """Does a clause have a verb of acting (引进, 新增…), not the 增加 of a name (产业增加值)?"""
    return re.search(_ACTING, phrase.replace("增加值", "")) is not None


def _parallel(phrase: str, carried: tuple[str, str] | None) -> str | None:
    """The word a clause takes from the one before when it repeats that clause's verb of a rate
    before its amount (力争A增长9%,B增长11.5%), or None (力争谋划项目15个,全年列入项目20个)."""
    if carried is None:
        return None
    if _under_the_word(phrase):
        return carried[1]
    if not carried[0]:  # 力争…产值达5200亿元以上,增长15%以上: the growth of the amount before it
        bare = _NAME_AND_AMOUNT.match(phrase) is not None and not _acts(phrase)
        return carried[1] if _BARE_GROWTH.match(phrase) or bare else None
    if carried[0] == "率":
        return carried[1] if _RATE_CLAUSE.match(phrase) else None
    if "|" in carried[0]:  # 力争引进A到位资金22亿元,引进B到位资金14亿元: the same verb, the same thing counted
        acting, noun = carried[0].split("|")
        first = re.search(r"\d", phrase)
        amount = phrase[first.start() :] if first is not None else ""
        same = first is not None and phrase.lstrip().startswith(acting) and phrase[: first.start()].endswith(noun)
        # …,培育B2家、C1家以上: a floor (not 省级以上家庭农场…10户, a name's 以上)
        return carried[1] if same and "以上" not in amount else None
    verb = _PARALLEL_VERB.search(phrase)
    digit = re.search(r"\d(?![\d.]*\s*周?岁)", phrase)  # 5岁以下儿童死亡率下降到6‰: an age names the rate
    same = verb is not None and verb.group(0) == carried[0] and (digit is None or verb.start() < digit.start())
    return carried[1] if same else None


def _carry(
    phrase: str, between: str, at: int, scope: str | None, held: tuple[str, str] | None
) -> tuple[tuple[str, str] | None, str | None]:
    """(the verb and word held after this phrase, the phrase's scope): a phrase with its own word
    holds that word's verb; one that repeats the verb held, after a comma, takes the word."""
    if at >= 0 and scope is not None:
        return _verb_held(phrase, at, scope) or ("", scope), scope
    bracketed = bool(between.strip()) and set(between.strip()) <= set("()")
    # 力争3个县(区)成功创建…: the count's clause goes on past the bracket (not 力争完成60个县(市、区)水源置换工作)
    inside = between.strip().endswith("(") and re.fullmatch(r"[^\d,;。]{1,6}", phrase.strip()) is not None
    if at < 0 and held is not None and bracketed and (inside or re.match(r"\s*(?:成功)?(?:创建|创成|达到)", phrase)):
        return held, scope
    # …;B2.2万亿元以上: past a semicolon only a list whose word held no verb (力争A10亿人次以上,…;B…)
    listing = between.strip() == "," or (between.strip() == ";" and not held[0] if held else False)
    if at < 0 and held is not None and listing and _parallel(phrase, held):
        return held, scope or held[1]
    return None, scope


def _word_before(phrase: str, offset: int, scope: str | None, at: int) -> str | None:
    """The commitment of the amount at ``offset`` of its phrase: the last 确保/力争/争取 before it
    (确保超过6000万元、争取7000万元), else the scope carried; none for an amount before the phrase's word."""
    if at < 0:
        return scope
    if offset <= at:
        return None
    words = [word for word in _COMMITMENT.finditer(phrase) if word.start() < offset]
    return _MEANING[words[-1].group(0)] if words else scope


def _heads_the_sentence(half: str, start: int, end: int, at: int, numbers: list[Found], amounts_before: bool) -> bool:
    """Does the 确保/力争 at ``at`` of the phrase [start, end) hold for the rest of its sentence?
    力争实现 opening a list at the sentence's head, or anywhere when 即: spells the list out after it
    (力争实现“730目标”,即: …); 力争到2025年 alone before a comma."""
    phrase = half[start:end]
    if phrase.startswith("预计", at):
        return True  # 全年预计将新增A…,新改扩建B…: what the year is expected to do, every clause of it
    opens_list = _OPENS_A_LIST.match(phrase, at + 2) is not None  # 力争实现: 实现 takes the list
    spelled_out = re.match(r",?\s*(?:即)?\s*:", half[end : end + 4]) is not None
    if opens_list and (not amounts_before or spelled_out) and all(n.start >= start + at for n in numbers):
        return True
    return not numbers and _ONLY_A_HORIZON.fullmatch(phrase, at + 2) is not None


_ALL_MEMBERS = re.compile(
    r"^((?:[^、,;。]+、)+[^、,;。]+?)均((?:增长|提高|提升|下降|降低|达到|达|超过|突破|实现|完成|保持|稳定|控制|不低于|不少于).*)$"
)
"""A、B、C均增长12%: one rate for each of the members named before 均 (not the 均 of 人均, 亩均)."""
_QUOTED_MEMBERS = re.compile(r"^((?:“[^“”,;。]{1,12}”){2,})([^“”,;。]{0,8}?)均$")
"""“文明村”“文明户”占比均达45%: members quoted side by side, one amount each (the name ends at 均)."""
_LISTED_GROWTH = re.compile(r"^((?:[^、,;。和]{2,12}、)+[^、,;。和]{2,12})和([^、,;。和]{2,14}?)(增长|提高|下降)$")
"""亩均税收、人均税收和亩均技工贸总收入增长20%以上: one growth for each member of a list joined by 、 and 和."""


_EACH_OF_A_LIST = re.compile(
    r"^(建设|新建|建成|打造|创建|培育|认定|发展|种植|推广)?((?:[^、,;。]{1,8}、)+[^、,;。]{2,16}?)各$"
)
"""建设稻谷、玉米、马铃薯示范基地各10万亩: the amount for each member of the list, the last member's kind
(示范基地) shared by the others."""
_KIND_OF_PLACE = re.compile(
    r"(?:示范|重点|特色|标准化|现代|产业)?(?:基地|园区|产业园|示范区|示范村|项目|工程|企业|中心|平台)$"
)


def _each_of_a_list(item: DraftItem) -> list[DraftItem] | None:
    """One target for each member of a list that 各 gives one amount (稻谷、玉米、马铃薯示范基地各10万亩), noted;
    None when the name is no such list."""
    match = _EACH_OF_A_LIST.match(item.name)
    if match is None:
        return None
    members = match.group(2).split("、")
    kind = _KIND_OF_PLACE.search(members[-1])
    shared = kind.group() if kind and kind.start() > 0 else ""
    note = Msg("one amount for a list ({name}): read as one target each; check them", name=item.name)
    return [
        replace(
            item,
            name=(match.group(1) or "") + (m if not shared or m.endswith(shared) else m + shared),
            notes=[*item.notes, note],
            co=list(item.co),
        )
        for m in members
    ]


def _each_member(item: DraftItem) -> list[DraftItem]:
    """A target named for several members that all reach one amount (固定资产投资、工业投资、服务业投资
    均增长12%左右; 亩均税收、人均税收和亩均技工贸总收入增长20%以上): one target each, named member and verb
    (the second form noted); else the target itself."""
    match = _ALL_MEMBERS.match(item.name)
    if match is not None:
        return [
            replace(item, name=f"{member}{match.group(2)}", notes=list(item.notes), co=list(item.co))
            for member in match.group(1).split("、")
        ]
    quoted = _QUOTED_MEMBERS.match(item.name)
    if quoted is not None:  # “文明村”“文明户”占比均达45%: one target each, with the measure they share
        return [
            replace(item, name=f"{member}{quoted.group(2)}", notes=list(item.notes), co=list(item.co))
            for member in re.findall(r"“[^”]+”", quoted.group(1))
        ]
    each = _each_of_a_list(item)
    if each is not None:
        return each
    listed = _LISTED_GROWTH.match(item.name)
    if listed is None:
        return [item]
    note = Msg("one amount for a list ({name}): read as one target each; check them", name=item.name)
    return [
        replace(item, name=f"{member}{listed.group(3)}", notes=[*item.notes, note], co=list(item.co))
        for member in [*listed.group(1).split("、"), listed.group(2)]
    ]


_ALIKE_MAX = 64
"""How many earlier targets of one amount, unit, comparator and deadline a target is compared with
to find the one it restates (real texts have at most six; a text of thousands of one amount would
otherwise take the square of its length): past them, a restatement is kept twice, for the reviewer."""


def _restated_once(targets: list[DraftItem], year_end: dt.date, headline: str = "") -> list[DraftItem]:
    """A target the text states again later (a closing paragraph that sums up 2015年力争达到8%、
    2020年力争达到15%): the same amount, comparator, deadline and units, the one's name in the
    other's sentence (a name of five characters or more: 企业 says nothing; no deadline is the year's
    end, as 年内 is, but a headline's undated amount is due when its restatement says). Kept once, with a note:
    where it is first stated, or where its units are named when the first statement names none
    (a summary above a 分解方案's items), or in the text when the first is the text's first line, a
    headline (聚焦两会|今年将新增…学位4.68万个) whose name need not be the text's, or where it says
    确保/力争 when the first says neither (计划2027年实现…超百亿 above 到2027年,力争实现…超百亿), or a date
    when the first, a headline, says none."""
    kept: list[DraftItem] = []
    alike: dict[tuple[Any, ...], list[int]] = {}  # amount, unit, comparator → places in kept
    for item in targets:
        places = alike.setdefault((item.value, item.unit, item.comparator), [])
        first = next(
            (
                place
                for place in places[:_ALIKE_MAX]
                if _due_alike(kept[place], item, year_end, headline)
                and (
                    (kept[place].lead, kept[place].co) == (item.lead, item.co)
                    or not (kept[place].lead or kept[place].co)
                )
                and _restates(kept[place], item, headline)
            ),
            None,
        )
        if first is None:
            places.append(len(kept))
            kept.append(item)
        elif (
            (kept[first].lead is None and item.lead is not None)
            or (kept[first].source == headline and item.name != kept[first].name)
            or (kept[first].commitment is None and item.commitment is not None)  # a headline's 计划…超百亿, then 力争…
            or (kept[first].deadline is None and item.deadline is not None)  # a headline's 500个, then 到2025年…500个
        ):
            item.notes.append(
                Msg("stated again later in the text, read once: {source}", source=kept[first].source[:40])
            )
            kept[first] = item
        else:
            kept[first].notes.append(
                Msg("stated again later in the text, read once: {source}", source=item.source[:40])
            )
    return kept


_TITLE_LINE = 40
"""The most characters of a line of a headline's words (原标题:…规划出台 实现…3.6平方米): no comma in it."""


def _due_alike(k: DraftItem, item: DraftItem, year_end: dt.date, headline: str) -> bool:
    """Are two statements of one amount due alike: on one date (none is the year's end, as 年内 is), or one
    of them the headline or a line of a headline's words, which names no date (打造500个左右… over
    到2025年,…打造500个左右…)?"""
    if (k.deadline or year_end) == (item.deadline or year_end):
        return True
    return any((a.source == headline or _a_title_line(a)) and a.deadline is None for a in (k, item))


def _a_title_line(item: DraftItem) -> bool:
    """Is the item's source a line of a headline's words: short, no comma?"""
    return "," not in item.source and len(item.source) <= _TITLE_LINE


def _restates(k: DraftItem, item: DraftItem, headline: str) -> bool:
    """Is ``item`` the target ``k`` stated again: not one sentence's two amounts (but the headline's),
    the one's name in the other's sentence?"""
    if k.said_at == item.said_at and k.source != headline:
        return False  # one sentence's two amounts; a sentence copied twice (a page that repeats its text) is read once
    repeated = len(k.source) >= 12 and len(item.source) >= 12 and (k.source in item.source or item.source in k.source)
    # a line of a headline's words (今年确保粮食产量稳定在800亿斤以上) over the sentence that says it again
    headed = any(
        "," not in a.source and len(a.source) <= 30 and len(b.name) >= 2 and b.name in a.source
        for a, b in ((k, item), (item, k))
    )
    named = any(len(a.name) >= 5 and a.name in b.source for a, b in ((k, item), (item, k)))
    # …力争A10亿人次以上,年均增长13.6%左右 in a summary and in the body: the words before the amount alike
    echoed = len(before := _words_before(k)) >= _ECHO and before == _words_before(item)
    # a headline's line (“十四五”江苏将实现人均体育场地面积3.6平方米) and its sentence name alike: 人均体育场地面积
    titled = (_a_title_line(k) or _a_title_line(item)) and _shared(k.name, item.name)
    return repeated or headed or named or titled or echoed or headline in (k.source, item.source)


_ECHO = 12
"""The fewest characters before two statements' amounts that, alike, make one a restatement of the other."""


def _words_before(item: DraftItem) -> str:
    """The sixteen characters of an item's sentence before its amount."""
    at = item.at - item.said_at
    return item.source[max(0, at - 16) : at] if 0 <= at <= len(item.source) else ""


def _shared(one: str, other: str) -> bool:
    """Do two names share six characters running (人均体育场地面积 in 江苏要实现人均体育场地面积)?"""
    match = SequenceMatcher(None, one, other, autojunk=False).find_longest_match(0, len(one), 0, len(other))
    return match.size >= 6


def _set_baseline(item: DraftItem, baseline: tuple[int, float, list[Msg]]) -> None:
    """从X到Y on an item: X is its baseline; a total from a baseline is a level (a stock)."""
    base_year, value, notes = baseline
    if item.kind == "milestone":
        return
    item.baseline = (base_year, value)
    item.notes.extend(notes)
    if item.kind == "cumulative":
        item.kind = "level"
        item.notes.append(Msg("从X到Y: read as a level from its baseline; check the kind"))


_PERIOD_PLAN = re.compile(r"十([一二三四五])五”?[^,。;是]{0,24}?规划(?:纲要)?(?:出炉|印发|发布|全文)?$")
"""A five-year plan's name (泉州市“十四五”保障和改善公共服务专项规划出炉), not a sentence that names one."""


_TITLE_SPAN = re.compile(r"(20\d\d)\s*[—–\-~～至到]\s*(20\d\d)\s*年")
"""The years a plan's title spans (行动方案(2024—2027年))."""


def _due_at_the_periods_end(targets: list[DraftItem], title: str, year: int, half: str = "") -> None:
    """A target with no year of its own in a five-year plan (泉州市“十四五”保障和改善公共服务专项规划)
    or a plan titled with its years (行动方案(2024—2027年)), or in a text that names the period's tasks as its own
    (…下降10%以上。三、“十二五”安全生产工作主要任务) and never the year's (今年, 全年, 年度): due at the period's end
    (2025, 2027, 2015), noted."""
    period = _PERIOD_PLAN.search(title)
    if period is None and not _THE_YEARS.search(half):
        period = _PERIODS_OWN.search(half)
        period = period if period is not None and _period_end(period.group(1)) - 4 <= year else None
    span = _TITLE_SPAN.search(title)
    last = _period_end(period.group(1)) if period else int(span.group(2)) if span else 0
    for target in targets:
        due = last if last > year else _outlines_end(half, target.at, year)
        if target.deadline is None and due > year:
            target.deadline = dt.date(due, 12, 31)
            why = "a target with no year of its own in a plan of several years: due at its end, {year}; check it"
            target.notes.append(Msg(why, year=due))


def _outlines_end(half: str, at: int, year: int) -> int:
    """The last year of the five-year plan whose outline the line at ``at`` presents (国务院编制了《十五五规划纲要》
    草案,…提出全社会研发经费投入年均增长7%以上), when the line names no year's work; else 0."""
    if at < 0:
        return 0
    line = _line_at(half, at)
    outline = _PERIOD_OUTLINE.search(line)
    if outline is None or _THE_YEARS.search(line):
        return 0
    last = _period_end(outline.group(1))
    return last if last - 4 <= year else 0


_PERIOD_NAME = r"(?:“?十|第十)([一二三四五])(?:五”?|个五年)"
"""A five-year period named: “十四五”, 十五五, 第十五个五年 (its numeral the group)."""
_PERIODS_OWN = re.compile(
    rf"{_PERIOD_NAME}[^,;。\n]{{0,12}}?(?:主要任务|主要目标|发展目标|工作目标|目标任务|主要指标|规划纲要)"
)
"""A text's words for a five-year period's aims or tasks as its own (三、“十二五”安全生产工作主要任务), or for the
outline that sets them (国民经济和社会发展第十五个五年规划纲要)."""
_PERIOD_OUTLINE = re.compile(rf"{_PERIOD_NAME}规划纲要")
"""A five-year plan's outline named (《十五五规划纲要》草案, 第十五个五年规划纲要)."""
_THE_YEARS = re.compile(r"今年|全年|(?<!各)年度|年内|本年|明年")
"""Words of one year's work (not 各年度视情提出, each year's): a text that says them is no five-year plan's, whatever
period it names."""


def _years(draft_year: int, title: str, items: list[DraftItem]) -> tuple[int, int | None]:
    """The plan's first and last years: the title's range (2024—2026年), widened to every deadline
    and past every baseline year."""
    first, last = draft_year, draft_year
    span = _TITLE_SPAN.search(title)
    if span is not None:
        first, last = int(span.group(1)), int(span.group(2))
    for item in items:
        if item.deadline is not None:
            first, last = min(first, item.deadline.year), max(last, item.deadline.year)
    return first, (last if last > first else None)


_YEARLY_AVERAGE_DUE = (
    "a yearly average with no year of its own: over the years to {date}, as the plan's other items; check it"
)


def _fit_window(items: list[DraftItem], first: int, last: int) -> None:
    """In a multi-year draft an item without a deadline is due at the end of the first year
    (noted), but a yearly average (年均增长10%) at the one horizon the plan's other items share (noted);
    a baseline must come before its deadline's year (else it is dropped, noted)."""
    horizons = {i.deadline for i in items if i.deadline is not None and i.deadline.year > first}
    for item in items:
        if last == first and item.deadline == dt.date(first, 12, 31):
            item.deadline = None  # the plan's own year end: the default, not written
        if item.deadline is None and len(horizons) == 1 and "年均" in item.name:
            item.deadline = next(iter(horizons))  # “十三五”时期…目标: 年均增长10%…。到2020年,…达到67亿人次
            item.notes.append(Msg(_YEARLY_AVERAGE_DUE, date=item.deadline))
        if item.deadline is None and last > first:
            item.deadline = dt.date(first, 12, 31)
            item.notes.append(
                Msg(
                    "no year is said for this item in a plan of several years: due at the end of {year}; check it",
                    year=first,
                )
            )
        due = item.deadline.year if item.deadline is not None else last
        if item.baseline is not None and item.baseline[0] >= due:
            item.notes.append(
                Msg("the baseline year {year} is not before the deadline: left out; check it", year=item.baseline[0])
            )
            item.baseline = None


_RANKED_AFTER = re.compile(
    r"[^,;。\d]{0,4}[,;]\s*(?:(?:居|位居|排名|排|领先)(?:全国|全省|全市|全区|世界)|(?:比|较)(?:去年|上年)(?:底|末|同期)"
    r"|同比(?:上升|下降|提高|增加|减少)\d+(?:\.\d+)?个百分点|(?:超过|快于)时序进度)"
)
"""An amount ranked or compared right after it (总里程达21万公里,居全国第6位; 普及率达到97%,领先全国7个百分点;
失业率为4.0%,比去年底下降0.1个百分点; 比例为87.9%,同比上升3个百分点; …86.5%,超过时序进度0.9个百分点): a result."""


def _tasks_named(half: str, start: int, end: int) -> list[Found]:
    """In a clause of what is done, the year's task it measures the result against (完成州政府下达任务数132.63亿元的
    90.8%; 完成年度目标任务589亿元的37.22%), or the year's plan it names (2025年的改造计划2.5万个老旧小区已提前完成;
    超过计划新开工改造…2.5万个的年度目标): the year's target, the one amount read there."""
    plan = _PLAN_NAMED.search(half, start, end)
    if plan is not None and (match := _NUMBER.match(half, plan.end())) is not None:
        value, unit, notes = _amount(match, None)
        noun = re.match(r"[^,;。的已\d]{0,10}", half[match.end() : end])
        name = (plan.group(1) or plan.group(2) or "") + (noun.group(0) if noun else "")
        comparator = _target_passed(half, match.start(), half[start : match.start()], half[match.end() : end]) or "ge"
        return [Found(match.start(), match.end(), value, unit, comparator, _kind(unit, value, "", "ge"), name, notes)]
    if not _TASK_NAMED.search(half, start, end):
        return []  # most clauses of what is done name no task: not read at all
    read = numbers_in(half, start, end)
    found = [
        n
        for n in read
        if _TASK_BEFORE.search(half, start, n.start) and re.match(r"\s*的\s*\d", half[n.end : n.end + 8])
    ]
    # 引进优强企业21家(任务数18家): the task in brackets after the result, named as the result is
    found += [
        replace(n, name=_name(re.sub(r"\d.*", "", _back_to(half, bracket.start() + 1, ",;。\n"))))
        for n in read
        if (bracket := _TASK_IN_BRACKETS.search(half, max(0, n.start - 12), n.start))
        and re.match(r"\s*\)", half[n.end : n.end + 4])
    ]
    task = _TASK_SHARE.search(half, start, end)
    if found or task is None or (match := _NUMBER.match(half, task.end(1))) is None:
        return found
    value, unit, notes = _amount(match, None)  # 占年度目标任务600亿元的114.7%: no verb before the task's amount
    name = _name(half[start : match.start()])
    return [Found(match.start(), match.end(), value, unit, "ge", _kind(unit, value, "", "ge"), name, notes)]


_PLAN_NAMED = re.compile(
    r"20\d\d年的([^,;。\d]{0,6})计划\s*(?=\d[^,;。%]*?已)|超过计划([^,;。\d]{0,16})(?=\d[^,;。%]{0,8}的(?:年度|全年)?目标)"
    r"|(?:低于|高于)(?=\d[^,;。]{0,24}?目标)"
)
"""The year's plan or target named with its amount in a clause of what is done (2025年的改造计划2.5万个…已提前完成;
超过计划新开工改造…2.5万个的年度目标; 低于5.5%左右的预期目标)."""
_TASK_WORD = r"(?:任务数?|目标任务)"
"""The words that name the year's task beside its amount (下达任务数132.63亿元, 目标任务589亿元)."""
_TASK_BEFORE = re.compile(rf"{_TASK_WORD}\s*$")
_TASK_NAMED = re.compile(rf"{_TASK_WORD}(?:占比)?\s*\d")
_TASK_IN_BRACKETS = re.compile(rf"\(\s*(?:年度)?{_TASK_WORD}(?:占比)?\s*$")
_TASK_SHARE = re.compile(rf"{_TASK_WORD}(\s*)\d+(?:\.\d+)?\s*[^\d,;。]{{0,4}}的\s*\d")
"""A clause that measures what was done against the task it names (占年度目标任务600亿元的114.7%)."""
_SO_FAR_CLAUSE = re.compile(r"\d{1,2}\s*[—–\-~～至]\s*\d{1,2}\s*(?:月份?)?(?:累计|完成|开工|共|实际|实现)|计划的\s*\d")
"""A clause of what the months gone did (1-4月累计完成投资21.01亿元, 完成年度投资计划的21.3%): no target."""
_DONE = re.compile(
    r"已经?(?:全部|全面|基本)?新?(?:增|开工|开复工|完成|完工|建成|建设|实施|到位|签约|落地|投产|超过?|突破)|实际已|目前已|累计完成"
    r"|正在(?:实施|建设|推进)"
    r"|今年累计|平均值为|目前[^,;。\d]{0,6}?完成|(?<!\d)1\s*[—–\-~～至]\s*\d{1,2}\s*月份?\s*(?:累计|完成|实际|实现)"
    r"|现在有|截至(?:目前|去年底|上年底|(?:今年|本年)?(?:\d{1,2}\s*|[一二三四五六七八九十]{1,2})月)|到(?:去年|上年)底|预计(?:全年|在)|预计完成|预计实现|有望|预估|估计(?:实现|完成)"
    r"|(?<![研开故件灾情])发生(?!的|过|率)|连续[一二三四五六七八九十\d]{1,2}年(?:保持|稳定)|已达|据测算|据预测"
    r"|\d{1,2}\s*月[^,;。\d]{0,24}?同比(?:增长|下降|提高|减少)"
    r"|评估(?:情况|结果)来看|占年度(?:投资)?计划\s*\d"
    r"|(?:建立|健全|提升|提高|增长|完成|实现|新增|建成|开工|引进|培育|达到|突破|超过|储备|签约|签订|落地|策划|集聚|创造|形成|承担)了"
    r"|超额完成|(?:比|较)(?:去年|上年)(?:同期|底|末)|较去年|对比去年|与(?:去年|上年)相比|累计下拨|居全省第|位居全省|排名全省|排全省第|居全国第|位居全国|排名全国|居世界|领先(?:全国|全省|全市)|(?:超过|快于)时序进度|首次(?:降到|降至|突破|超过)|有监测数据以来|^\s*同比(?:上升|下降|提高|增加|减少)\d+(?:\.\d+)?个百分点|比(?:世界|全国|全省|全市)平均水平(?:低|高)|评审通过|认定通过"
)
"""What is done (目前已开工85个, 实际已开工129项, …等26个省区市今年计划任务已全部开工, 累计完成投资313.64亿元,
截至8月底, 截至今年6月底, 截至去年底, 已建设3946个, gdp已超1000亿元, 预计完成产值…, 占年度投资计划46.68%): its clause
and the clauses after it in its sentence (开工率60%, 同比增长95.66%) report progress, not targets."""
_FRAME = re.compile(
    r"截至(?:目前|\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月)|今年以来|今年初以来|年初以来|(?:今年|20\d\d年)(?:上半年|前三季度)|过去的?一年"
    r"|过去的\s*20\d\d年"
    r"|过去[两三四五六七八九十\d]{1,2}年|[一二三四五六七八九十\d]{1,2}年多?来(?=完成|累计|共|新增|建成)"
    r"|^\s*(?:今年|20\d\d年)?(?:第?一季度|首季)\s*$|截止到?\s*\d{1,2}\s*月|^\s*\d{1,2}\s*月份(?=[\u4e00-\u9fff])(?!前|底|以前|之前)"
    r"|^\s*(?:[^,;。]*:)?\s*(?:今年|20\d\d年)?(?:上半年|前[一二两三]季度|前\d{1,2}个?月|前[一二三四五六七八九十]{1,2}个?月|\d{1,2}\s*[—–\-~至到]\s*\d{1,2}\s*月份?)\s*$"
    r"|近年来|(?<!“中国)这十年|^\s*20\d\d年至20\d\d年\s*$|至此|\d{4}年[^,;。]{0,12}以来"
    r"|20\d\d\s*(?:到|至|—|-)\s*20\d\d年[^,;。\d]{0,2}\d{0,2}[^,;。\d]{0,2}间"
    r"|^\s*(?:[\u4e00-\u9fff]{1,6}:)?“?去年(?!同期)|去年以来|20\d\d年\d{1,2}月\s*[—–\-~至]\s*20\d\d年\d{1,2}月|^\s*目前\s*$"
    r"|近[一二三四五六七八九十两\d]{1,2}年(?!内)|(?:相比|比|较|与)十年前|数据显示|统计显示|据[^,;。\d]{0,12}统计|据[^,;。\d]{0,4}调度|据调查|统计局数据"
    r"|^\s*(?:20\d\d年度?)?(?:我|全)[省市县区镇旗]完成情况|20\d\d年度?完成情况"
    r"|前(?:\d{1,2}|[一二两三四五六七八九十]{1,2})个?月份?(?=[\u4e00-\u9fff])|“?十[一二三四五]五”?(?:期间|时期)?以来"
    r"|初步核算|初步测算|初步统计|经核算|普查结果|首季|报告显示|结果显示|通报了?[^,;。]{0,12}(?:成果|成效|完成情况)|^\s*[\u4e00-\u9fff]{0,6}?[一二两三四五六七八九十\d]{1,2}年多?来\s*$|^\s*从[^,;。]{1,8}看\s*$|分(?:行业|产品|地区|领域|区域|门类)看|(?<![到至])[一二三四五六七八九十\d]{1,2}年前(?!完成|建成|实现)"
)
"""The months gone named as the frame of what follows (截至7月底,…项目,完成投资1.29亿元…。…项目,完成投资
360万元,建成…13个; a clause of its own: 上半年, 前10月, 今年1—10月, 2019年至2022年; 这十年, 至此, 从2019年…以来):
progress to the line's end, or until a clause names an aim."""


def _counted(phrase: str, framed: bool, after_source: bool) -> str:
    """A phrase as read for what is done: in a frame, 今年 alone (据统计,今年,…) or opening a phrase after the source of
    its figures (据农情调度,今年我县…) is the year the figures count, not an aim."""
    if framed and re.fullmatch(r"\s*今年\s*", phrase):
        return ""
    return re.sub(r"^\s*今年", "", phrase) if framed and after_source else phrase


_SOURCE_SAID = re.compile(r"\s*据[^,;。\d]{0,12}(?:统计|调度|调查)\s*")
"""A clause that names where the figures after it come from (据统计, 据农情调度): results follow."""
_YEARS_PLAN_WORDS = r"20\d\d年,?[^,;。\d]{0,8}?(?:计划(?!的)|将)"
"""A year's plan named (2024年,全国计划新开工…; 2024年,大宁县将…): an aim, whatever frame the line opened."""
_AIM_WORDS = (
    r"确保|力争|争取|目标(?:是|为)|(?<!预计|预估|估计)今年(?!以来|上半年|前|\d|对比|比|较|累计|第?一季度|首季)|年内(?!新高|最高|最低|高点|低点)|(?<!\d)到20\d\d年"
    rf"|未来[一二三四五六七八九十\d]{{1,2}}年|{_YEARS_PLAN_WORDS}"
)
_YEARS_PLAN = re.compile(rf"\s*{_YEARS_PLAN_WORDS}")
"""The words of an aim, shared by _AIMS and _NEXT."""
_AIMS = re.compile(rf"{_AIM_WORDS}|(?<!去年)全年")
"""Words of an aim that end a run of what is done (…已开工85个,全年计划开工120个; 2024年,全国计划…); not 计划 alone,
which names plans (第二轮三年行动计划217项…) and measures progress (为年度投资计划的30.90%), nor 目标
alone (紧紧围绕年度目标任务, in a report of the half year)."""


def _frame_goes_on(half: str, start: int, between: str) -> bool:
    """Does the frame of the months gone (去年,…) go on at the phrase at ``start``: on its line, or on the next
    line when that line tells figures with their growths (…291.7亿美元,增长14.5%) or is an infographic's short line,
    and names no aim?"""
    if "\n" not in between:  # …5.3万个。2024年,全国计划…: a sentence that opens on its year's plan ends it
        return not ("。" in between and _YEARS_PLAN.match(half, start))
    line = half[start : (half.find("\n", start) + 1 or len(half) + 1) - 1]
    if _NEXT.search(line) or _AIMS.search(line):  # a line that names an aim ends the frame, whatever its layout
        return False
    above_end = half.rfind("\n", 0, start)
    above = half[half.rfind("\n", 0, above_end) + 1 : above_end]
    if "," in above and not above.rstrip().endswith(_SENTENCE_END):  # …撬动综合消费\n33 亿元以上;…: a sentence broken
        return True
    # 2021年以来 / 我市按照 / … / 新建初级中学1所、小学3所: an infographic's lines (no stop in them) under one
    # frame; a heading or a point of a list (一是项目建设步伐坚实。…) ends it
    short = len(line) <= 80 and not re.search(r"[。;!?]", line)
    return (
        not re.match(r"\s*[一二三四五六七八九十]{1,2}是", line)
        and not _NUMBERED_HEADING.match(line)
        and bool(short or re.search(r"增长\d|同比", line))
    )


_NUMBERED_HEADING = re.compile(
    r"\s*(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d+\s*[.、．]|第.{1,3}[章节条部])"
)
"""A line that opens on a heading's number (二、, (一), 3., 第二章): a new part, no frame carried into it."""


_HORIZON_CLAUSE = re.compile(
    r"\s*(?:确保|力争|争取)?\s*(?:到|至)\s*(?:20\d\d年|“?十[一二三四五]五”?)(?:年?底|末)?前?\s*"
)
"""A sentence's head that is only a horizon (力争到2025年,): the clause after it aims, whatever its verb (累计完成)."""


def _reports_done(phrase: str, framed: bool, after_done: bool, aimed: bool = False) -> tuple[bool, bool]:
    """(Is the line still framed by the months gone, does the clause report what is done): it says so
    (已开工) or follows one that does in its sentence, or the frame holds, and it names no aim, nor did its
    sentence's head before it (``aimed``: 到2025年,累计完成投资100亿元 is an aim)."""
    # an estimate of the year; a projection's possible figure (到2020年将有可能达到…)
    # …今年计划任务已全部开工: the plan's task said done
    aims, done = _AIMS.search(phrase), _DONE.search(phrase)
    aim = aimed or (aims is not None and not (done is not None and done.start() > aims.start()))
    aim = aim and not re.search(r"预计全年|有望|有可能", phrase)
    # 完成全年目标任务的45.6% measures what is done against the year: no turn to an aim; nor does 确保任务落实,
    # an aim with no amount, said of how the months gone were run
    aim_word = _NEXT.search(phrase)
    turns = (
        aim_word is not None
        and _SHARE_OF_THE_TASK_DONE.search(phrase) is None
        and (re.search(r"\d", phrase) is not None or not re.fullmatch(r"确保|力争|争取", aim_word.group()))
    )
    framed = (framed or _FRAME.search(phrase) is not None) and not turns
    return framed, framed or ((after_done or done is not None) and not aim)


_SO_FAR = re.compile(
    r"\s*(?:(?:20\d\d年|今年)?\d{1,2}\s*[—–\-~至到]\s*\d{1,2}\s*月份?|截至|截止|今年以来|年初以来"
    r"|完成投资[^,;。]{0,12}?,\s*(?:比|较|与)(?:年度)?计划)"
)
"""A paragraph opening on the months gone (1—8月份, 截至6月底, 今年以来) or on the investment done against its plan
(完成投资5.04亿元,比年度计划高20.3个百分点): progress, not targets."""


def _not_so_far(items: list[DraftItem], half: str, notes: list[Msg]) -> list[DraftItem]:
    """Without the figures of a paragraph that reports the year so far (1—8月份,累计完成投资…):
    results, not targets (noted once a paragraph that holds an amount, whether or not a clause of
    what is done already set its amounts aside)."""
    so_far = [line for line in half.split("\n") if _SO_FAR.match(line)]
    dropped = [line for line in so_far if any(i.source.translate(_HALF) in line for i in items)]
    aims = {i.source for i in items if re.search(_AIM_WORDS, i.source)}  # …;未来五年,全市计划改造…276个
    for line in (line for line in so_far if re.search(r"\d", _SO_FAR.sub("", line, count=1))):
        why = "a paragraph reporting the year so far is not read for targets: {source}"
        notes.append(Msg(why, source=line.strip()[:40]))
    kept = [
        i
        for i in items
        if i.source in aims
        or not any(_before_a_turn(i.source, line) for line in dropped)
        or (
            _the_years_task(i) and _SHARE_OF_THE_TASK_DONE.search(i.source.translate(_HALF))
        )  # 完成年度目标任务589亿元的37.22%
    ]
    reported = {
        i.source
        for i in kept
        if _SHARE_OF_THE_TASK_DONE.search(i.source.translate(_HALF)) and not _SCHEDULED.match(i.source.translate(_HALF))
    }
    for source in sorted(reported):  # …10.09万户,完成年度任务100.8%,…: what was done, measured against the plan
        notes.append(
            Msg(
                "a sentence that measures what was done against the year's task is not read for targets: {source}",
                source=source[:40],
            )
        )
    # the year's plan or task it names (年度计划投资…; 2022年高标准农田建设考核指标23.1万亩,完成28.69万亩) stays
    return [i for i in kept if i.source not in reported or _the_years_task(i)]


_SCHEDULED = re.compile(
    r"\s*(?:上半年|前三季度|[一二三]季度末?|\d{1,2}月底?前)[^,;。]{0,4}完成[^,;。]*?\d+(?:\.\d+)?%以上"
)
"""A share of the year's plan due by a time of the year (上半年完成年度投资计划的50%以上): a schedule's aim, not a
result."""


def _before_a_turn(source: str, line: str) -> bool:
    """Is the sentence ``source`` in ``line``, a paragraph of the months gone, before any word of an aim on it
    (截至2011年年底,…已全面完成…。…二期工程…的目标是:治理…;…达到50%以上: the aims after 目标是 stay)?"""
    at = line.find(source.translate(_HALF))
    turn = re.search(_AIM_WORDS, line)
    return at >= 0 and (turn is None or at < turn.start())


_THE_YEARS_TASK = re.compile(r"(?:考核|目标)?(?:任务数?|指标)$")


def _the_years_task(item: DraftItem) -> bool:
    """Is the item what a year was to do, in a sentence that says how much of it was done: its plan
    (年度计划投资…), or its task or indicator as an amount (高标准农田建设考核指标23.1万亩, 农村改厕任务38283座;
    not 完成年度任务100.8%)?"""
    if item.name.startswith("占") and not _THE_YEARS_TASK.search(item.name):
        return False  # 占年度计划投资的21.3%: a share; 占年度目标任务600亿元的114.7%: the task
    planned = f"计划{item.name}" in item.source.translate(_HALF)  # 超过计划新开工改造…2.5万个的年度目标: the plan
    return "计划" in item.name or planned or (_THE_YEARS_TASK.search(item.name) is not None and item.unit != "%")


_SHARE_OF_THE_TASK_DONE = re.compile(
    r"完成(?:年度|全年)(?:投资)?(?:目标)?(?:任务|计划)(?:的)?\s*\d+(?:\.\d+)?\s*(?:%|分之|分\d)"
    r"|完成(?:省定|市定|上级|省下达|市下达)(?:年度)?(?:目标|任务)(?:任务)?的?\s*\d+(?:\.\d+)?\s*%"
    r"|(?:投资)?完成率(?:为)?\s*\d|[占为]年(?:度)?(?:计划|目标)(?:投资)?的?\s*\d"
    r"|占[^,;。]{0,6}年度(?:投资)?(?:任务|计划|目标)[^,;。]{0,12}的\s*\d"
    rf"|{_TASK_WORD}\s*\d+(?:\.\d+)?\s*[^\d,;。的]{{0,4}}的\s*\d+(?:\.\d+)?\s*%"
)
"""完成年度任务100.8%, 完成率24.25%, 占年度目标的63.88%: a sentence reporting how much of the year's task is
done reports results (the year's plan it names, 年度计划投资…, stays)."""


_ESTIMATE = re.compile(r"预计(20\d\d)年|(20\d\d)年预计")
_AGAINST_THE_TARGET = re.compile(
    r"(?:高于|低于|超出|超过)(?:[^,;。\d]{0,8}下达的|计划[^,;。]{0,24}?的)?(?:\d+(?:\.\d+)?%的)?(?:预期|年度|全年)?(?:控制|调控)?目标"
    r"|超额完成(?:年度|全年)?(?:目标|任务|计划)|(?:低于|高于)(?:省|市|县)?控线|比[^,;。]{0,12}计划(?:扩招|多|超)"
    r"|创[^,;。]{0,24}?(?:新纪录|历史新高|历史最好|历史最高|最好水平)"
)
"""A sentence that measures its figures against the target (高于预期目标2.3个百分点, 超过省政府下达的63.33%的目标任务)
or against the past
(…天数均创新标准实施以来新纪录): results."""
_NEXT = re.compile(
    rf"{_AIM_WORDS}|新的一年|明年|下一步|下半年|全年(?:计划|目标)|计划到|计划(?:实施|新建|建设|开工|改造)\s*\d"
    rf"|将(?:要|会|会继续|进一步|继续|加快|全力|大力|着力|积极|全面|持续|重点|于|在|以|发挥|达到|{_ACTING})"
    r"|(?<![较比])(?<![较比]“)“?十[一二三四五]五”?末"
)
"""Words that turn from what a year, or the months gone, did to what is to come (…增长6%。新的一年,…);
not 全年 alone, the whole of the year reported (…2024年,…。全年文化产业产值111.44亿元…; 在过去的一年中,…
全年在建文旅项目218个), but 全年计划 and 全年目标; 将 before a verb (将新增, 将于), not 将 that marks what is
acted on (将全县14个镇分为…)."""


_CLAUSE_YEAR = re.compile(
    r"\s*[•·●◆▪○■]?\s*(?:[^\d,;。]{0,12}:)*\s*(20\d\d)\s*年(?:全年|以来|起|(?:我[市县区省国])?[^\d,;。]{0,16}?(?:完成|实现|新增|实施|达|\d))"
)
"""A clause opening on a year's whole (正在阅读:农业农村部:2024年全年新建…, …落实,2024年全年新建…), or on a year,
what it speaks of and its amount (2014年我市外贸进出口达到954.5亿美元, 国家邮政局:2021年农村地区收投快递包裹370亿件):
what that year did."""


def _year_reported(
    half: str, bounds: tuple[int, int, int], between: str, was: str | None, new_sentence: bool
) -> str | None:
    """The year the clause at ``bounds[0]`` reports, for _not_estimates: a sentence's opening year
    (据悉,YYYY年…), a year standing alone in a clause mid-sentence (…作年度工作报告,YYYY年,…预计完成…),
    or the year the sentence before on its line reported, until a word turns to what is to come
    (2024年,…同比增长6.1%。固定资产投资同比增长3.3%…). ``bounds``: the clause's start and end, and
    its paragraph's end."""
    start, phrase_end, end = bounds
    phrase = half[start:phrase_end]
    # a quote's opening year too: “2022年,…; 截至2019年底,…: a count's date
    alone = re.fullmatch(r"\s*[“\"]?\s*(?:[^,;。\d]{0,4}?(?:截至|截止到?))?\s*(20\d\d)\s*年(?:底|末)?\s*", phrase)
    if alone is not None:
        return alone.group(1)
    opens = _CLAUSE_YEAR.match(phrase)
    if opens is not None:  # …落实,2024年全年新建…超过8000万亩
        return opens.group(1)
    reached = _REACHED_BY.search(phrase)
    if reached is not None:  # …比例从2015年底的14.6%降至2022年底的2.8%: the level a year reached
        return reached.group(1)
    if not new_sentence:
        return was
    opening = _opening_year(half, start, end)
    if opening is not None:
        return opening
    return was if "\n" not in between and not _NEXT.search(phrase) else None


_REACHED_BY = re.compile(
    r"(?:降至|降到|下降到|提高到|提升至|提高至|增至|增长到|增加到|增加至|上升到|上升至)(20\d\d)年(?:底|末)?的"
)
"""A level a year reached (降至2022年底的2.8%): what that year reports."""
_REPORTED_YEAR = re.compile(
    r"\s*[”\"]?(?:与20\d\d年相比,|[^,;。\d\n]{0,6},|[^,;。\d\n]{0,40}(?:介绍|表示|指出|透露|获悉),|(?:(?!力争|确保|争取|计划|截至|到|至|在|于|从)[\u4e00-\u9fff]){1,4}\s?(?=20\d\d年))?"
    r"\s*(?:20\d\d\s*[-—–~至到]\s*)?(20\d\d)\s*年(?![底末]?[前内])"
)
"""A sentence that opens on a year (据悉,YYYY年…; 市经信委负责人介绍,YYYY年…; a title YYYY 年 GDP增长7.2%, or 原创
YYYY年… after a site's tag): the year it reports; on years (…获悉,2020-2021年…), the last."""
_REPORTED_PERIOD = re.compile(
    r"\s*[”\"]?(?:[^,;。\d\n到至]{0,6},|[^,;。\d\n]{0,40}(?:说|介绍|表示|指出|透露),)?"
    r"“?十([一二三四五])五”?(?:期间|时期|以来)?(?!末|规划|期末)"
)
"""A sentence that opens on a five-year plan's period (“十二五”期间,…; “十二五”全国共完成…): its last year reports."""


def _opening_year(half: str, start: int, end: int) -> str | None:
    """The year a sentence at ``start`` opens on (据悉,YYYY年…), or the last year of the five-year period it opens
    on (“十二五”期间,全国共完成造林4.5亿亩: 2015), or the last year the sentence before named when this one gives its
    examples (…2024年,我国…开展了大量工作。\n例如,全年完成…), or None."""
    if re.match(r"\s*(?:例如|比如)", half[start:end]):
        named = re.findall(r"(20\d\d)\s*年", _back_to(half, start - 1, "。!?\n"))
        if named:
            return str(named[-1])
    opening = _REPORTED_YEAR.match(half, start, end)
    if opening is not None:
        return opening.group(1)
    period = _REPORTED_PERIOD.match(half, start, end)
    return str(_period_end(period.group(1))) if period is not None else None


def _reports_the_past(was: str | None, source: str, year: int) -> bool:
    """Does a sentence that opens on (or estimates for) the year ``was`` report results: a year
    before the plan's, and no year of the plan or later named in it (到2025年… is about what is due)?"""
    if was is None or int(was) >= year:
        return False
    return not any(int(found) >= year for found in re.findall(r"(20\d\d)\s*年", source))


def _not_estimates(items: list[DraftItem], year: int, notes: list[Msg]) -> list[DraftItem]:
    """Without the figures a sentence estimates for a year before the plan's (预计2021年…超2.3万亿元,
    增长15%左右), or reports one from its start (据悉,上一年的年份…增长7.2%): results, not
    targets (noted once a sentence)."""
    kept: list[DraftItem] = []
    said: set[str] = set()
    for item in items:
        estimate = _ESTIMATE.search(item.source)
        was = (estimate.group(1) or estimate.group(2)) if estimate is not None else item.reported
        # 增长8.3%、高于预期目标2.3个百分点: a result; 占年度目标任务600亿元的…,超额完成全年目标任务: the task stays
        against = _AGAINST_THE_TARGET.search(item.source) is not None and not _the_years_task(item)
        if not against and not _reports_the_past(was, item.source, year):
            kept.append(item)
        elif item.source not in said:
            said.add(item.source)
            why = (
                "a sentence that measures a result against its target is not read as a target: {source}"
                if against
                else "an estimate for {year}, before the plan's years, is not read as a target: {source}"
                if estimate is not None
                else "a result for {year}, before the plan's years, is not read as a target: {source}"
            )
            notes.append(Msg(why, year=was, source=item.source[:40]))
    return kept


def _declared_units(targets: list[DraftItem]) -> dict[str, dict[str, Any]]:
    """The units the targets use, in the table's order (then by name)."""
    order = [*UNITS]
    used = sorted({t.unit for t in targets if t.unit}, key=lambda u: (order.index(u) if u in order else len(order), u))
    return {u: unit_declaration(u) for u in used}


def _in_simplified(text: str, notes: list[Msg]) -> str:
    """The text in simplified characters, noted when it was written in traditional ones."""
    converted, traditional = simplified(text)
    if traditional:
        why = "the text is written in traditional characters ({n} of them): read, and quoted, in simplified characters"
        notes.append(Msg(why, n=traditional))
    return converted


def _repaired(text: str) -> tuple[str, list[Msg]]:
    """A text whose GBK bytes a page showed as Latin-1 (¡¡Òµ¼¨¼òÆÀ for 　　业绩简评) decoded again, noted; the
    text itself when it reads as it is or does not read better decoded again."""
    letters = [c for c in text if not c.isspace()]
    latin = sum("\u00a1" <= c <= "\u00ff" for c in letters)
    if not letters or latin < 0.3 * len(letters) or (len(CHINESE_CHARACTER.findall(text)) > latin):
        return text, []
    try:  # lossless or not at all: a character outside Latin-1 means bytes were lost, and figures would shift
        again = text.encode("latin-1").decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        why = (
            "the text looks like GBK shown as Latin-1 (mojibake, {sample}…) and cannot be decoded again: nothing in"
            " it is read; open the source with its own encoding"
        )
        return "", [Msg(why, sample=text.strip()[:6])]
    if len(CHINESE_CHARACTER.findall(again)) < 0.5 * len([c for c in again if not c.isspace()]):
        return text, []
    why = "the text is GBK shown as Latin-1 (mojibake, {sample}…): decoded again"
    return again, [Msg(why, sample=text.strip()[:6])]


def _cleaned(text: str) -> tuple[str, list[Msg]]:
    """The text decoded again when it is mojibake, then cleaned, with the notes of both."""
    text, repaired = _repaired(text)
    if is_markup(text):  # <p>…</p><table><tr><td>…: a page's HTML source
        text = page_text(text)
        repaired.append(Msg("the text is a web page's HTML source: read as the page shows it, its tables as rows"))
    cleaned, notes = clean_text(text)
    return cleaned, [*repaired, *notes]


_DATELINE = re.compile(r"(20\d\d)\s*(?:-|/|年)\s*(\d{1,2})\s*(?:-|/|月)\s*(\d{1,2})(?!\d)")
"""A page's date near its top (来源: 2021-12-25, 2021年12月25日)."""


def _from_the_year_before(half: str, year: int, notes: list[Msg]) -> str:
    """A text dated in the year before the plan's (来源: 2021-12-25 over 2022's aims) says 明年 of the plan's year:
    read as 今年 (noted); the quotes keep the text's words."""
    dated = _DATELINE.search(half, 0, 300)
    if dated is None or int(dated.group(1)) != year - 1 or "明年" not in half:
        return half
    notes.append(
        Msg(
            "the text is dated {date}, the year before the plan's: 明年 is read as {year}",
            date=dated.group(0),
            year=year,
        )
    )
    return half.replace("明年", "今年")


def draft_plan(text: str, *, year: int | None = None, region: str | None = None, title: str | None = None) -> Draft:
    """The draft of a plan from its text."""
    cleaned, notes = _cleaned(text)
    cleaned, table_notes = tables_as_items(_in_simplified(cleaned, notes))
    notes.extend(table_notes)
    half = cleaned.translate(_HALF)
    given = year  # a year given overrides the years phrases open with
    if year is None:  # the text's first year; a span's first (规划纲要(2026—2030年): 2026, not 2030)
        found_year = _TITLE_SPAN.search(half, 0, 300) or _YEAR.search(half)
        if found_year is None:
            raise NoYear
        year = int(found_year.group(1))
    plan_year, half = year, _from_the_year_before(half, year, notes)
    plan_title = title or _title(cleaned)
    headings, renumbered = _sections(find_headings(half), [m.start() for m in _ANNEX.finditer(half)])
    notes.extend(renumbered)
    units_notes = _units_brackets(half)
    paragraphs = _paragraphs(half, headings, units_notes)
    industries = _industries(half)
    bureaus: dict[str, dict[str, Any]] = {}
    bureau_ids: dict[str, str] = {}
    targets: list[DraftItem] = []
    tasks: list[DraftItem] = []
    heading_leads = _heading_leads(half, headings)
    past = _looking_back(half, headings, notes)
    for begin, end in _results(half, _title(cleaned), plan_year, notes):
        half = half[:begin] + re.sub(r"[^\n]", " ", half[begin:end]) + half[end:]
    for paragraph in paragraphs:
        top = re.match(r"[一二三四五六七八九十]+", paragraph.section)
        if top is not None and top.group(0) in past:
            continue
        lead_id: str | None = None
        co_ids: list[str] = []
        unit_notes: list[Msg] = []
        heading_lead = heading_leads.get(top.group(0)) if top else None
        if heading_lead is not None and (paragraph.units is None or paragraph.units.lead is None):
            lead_id = _bureau(heading_lead, bureaus, bureau_ids)  # the heading's unit; a co-only note adds to it
            co_ids = [_bureau(n, bureaus, bureau_ids) for n in (paragraph.units.co if paragraph.units else [])]
        elif paragraph.units is not None:
            lead_id = _bureau(paragraph.units.lead, bureaus, bureau_ids) if paragraph.units.lead else None
            co_ids = [_bureau(n, bureaus, bureau_ids) for n in paragraph.units.co]
            unit_notes = paragraph.units.notes
        here = _targets_of(cleaned, half, paragraph, plan_year, industries, lead_id, co_ids, unit_notes, given is None)
        _leads_of_shares(here, paragraph.units, half, (bureaus, bureau_ids))
        targets.extend(_not_estimates(_two_tiers(here, half), plan_year, notes))
        tasks.extend(_tasks(cleaned, half, paragraph, lead_id, co_ids, here))
    targets = _named(
        _restated_once(
            _told_as_results(_not_so_far(targets, half, notes), half, notes),
            dt.date(plan_year, 12, 31),
            _headline(cleaned),
        ),
        notes,
    )
    _note_bare_numbers(half, targets, notes)
    _complete([*targets, *tasks], half, (plan_title, plan_year))
    plan_year, end_year = _years(plan_year, plan_title, [*targets, *tasks])
    _fit_window([*targets, *tasks], plan_year, end_year or plan_year)
    _number_ids(targets, "t")
    _number_ids(tasks, "k")
    return Draft(
        title=plan_title,
        year=plan_year,
        region=region,
        units=_declared_units(targets),
        industries={i: {"name": n} for i, n in industries.items()},
        bureaus=bureaus,
        targets=targets,
        tasks=tasks,
        notes=notes,
        end_year=end_year,
    )


def _results(half: str, title: str, year: int, notes: list[Msg]) -> list[tuple[int, int]]:
    """The spans of the text that report what was done, noted: parts under a look-back title, runs
    of bullets opening on last year, or the whole text of a 述职报告."""
    spans = [*_looking_back_untitled(half, notes), *_bullets_of_results(half, year, notes), *_scorecard(half, notes)]
    spans.extend([*_fields_of_progress(half, notes), *_before_this_years_aims(half, notes)])
    spans.extend(_under_a_past_years_title(half, year, notes))
    if _WHOLE_LOOK_BACK.search(title):  # 科技局上年度述职报告: the whole document reports the past
        spans.append((0, len(half)))
        notes.append(Msg("“{title}” reports what was done: no figure in it is read as a target", title=title))
    elif _reviews_a_plan_gone(half, year):
        spans.append((0, len(half)))
        notes.append(Msg("the text opens on a past plan's tasks done: no figure in it is read as a target"))
    return spans


_PLAN_GONE = re.compile(r"(20\d\d)\s*[~～—–\-至]\s*(20\d\d)")
_TASKS_DONE = re.compile(r"任务(?:已经?)?(?:顺利|圆满|全面|基本|胜利)完成|成效(?:突出|显著)")
_PERIOD_GONE = re.compile(r"“?十([一二三四五])五”?规划")
_STILL_TO_DO = r"确保|力争|争取|即将|(?<![主重需纲])要(?!求)"


def _reviews_a_plan_gone(half: str, year: int) -> bool:
    """Does the text's first paragraph say the tasks of a plan that ended before its year were done
    (…落实《…三年(2011~2013)行动计划》,…主要任务顺利完成,成效突出。 in 2014), or of a five-year plan that ends
    by its year (“十三五”规划确定的…各项目标任务胜利完成 in 2020)? Then it reviews that plan."""
    first = next((line for line in half.split("\n") if len(line) > 40 and re.search("[,。]", line)), "")
    spans = [int(m.group(2)) for m in _PLAN_GONE.finditer(first)]
    periods = [_period_end(m.group(1)) for m in _PERIOD_GONE.finditer(first)]
    gone = (bool(spans) and max(spans) < year) or (bool(periods) and max(periods) <= year)
    done = _TASKS_DONE.search(first)
    # 要确保“十三五”规划确定的各项目标任务全面完成: the tasks still to be done, an aim
    return gone and done is not None and not re.search(_STILL_TO_DO, _back_to(first, done.end() + 1, ",;。"))


_CRUMB = re.compile(
    r"^(?:您的位置|你的位置|您现在的位置|当前位置)|首页\s*[>›»]|^\s*[^>›»\s]{1,12}(?:\s*[>›»]\s*[^>›»\s]{1,12}){2,}\s*$"
)
"""A site's breadcrumb: 您的位置:…, 首页 > …, or three names or more apart by > (报告大全 > 社会报告 > 政府报告)."""


_NAMELESS = re.compile(r"(?:年均|同比)?(?:增长|增加|减少|提高|下降|降低)?")
"""A name that says no more than a change (增长, 年均提高): the amount of a fragment line, not a target's."""


def _named(targets: list[DraftItem], notes: list[Msg]) -> list[DraftItem]:
    """Without the amounts a line holds alone, with no name or none but a change (1.7亿人, 193个, 增长76.4%: an
    infographic's fragments, one a line): no target can be tracked by them (noted)."""
    alone = [t for t in targets if len(t.source.strip()) <= 12 and _NAMELESS.fullmatch(_unamounted(t.name))]
    if alone:
        why = "{n} line(s) hold an amount with no name ({amounts}…): not read as targets; add them by hand if they are"
        notes.append(Msg(why, n=len(alone), amounts="、".join(t.source.strip() for t in alone[:4])))
    return [t for t in targets if t not in alone]


def _unamounted(name: str) -> str:
    """A name without the amount it may have been given (1.7亿人 named by its own line)."""
    return _NUMBER.sub("", name).strip()


def _note_bare_numbers(half: str, targets: list[DraftItem], notes: list[Msg]) -> None:
    """Lines that hold nothing but a number, none of them read (a table flattened one cell a line with no column of
    units: 全社会固定资产投资额 / 3 / 186): noted, for a reader to add them, not guessed into a unit."""
    read = {t.value for t in targets}
    bare = [line.strip() for line in half.split("\n") if re.fullmatch(r"\s*\d+\.\d+\s*|\s*\d{2,}\s*", line)]
    unread = [b for b in bare if float(b) not in read and float(b) > 10]
    if len(unread) >= 3:
        why = "{n} line(s) hold only a number with no unit ({numbers}…): not read; add them by hand if they are targets"
        notes.append(Msg(why, n=len(unread), numbers="、".join(unread[:4])))


_WRITTEN_AMOUNT = re.compile(r"\d+(?:\.\d+)?[万亿]?")
_OPENS_BODY = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．]|[■●▲◆★□○•])"
)
"""A line that opens the text's body: a heading or a bullet, below a headline."""


def _told_as_results(targets: list[DraftItem], half: str, notes: list[Msg]) -> list[DraftItem]:
    """Without a headline's amount (a line of its own, no comma, above the text's first sentence and heading:
    吉林森林覆盖率提高到45.2%) that the text tells again where no target is read (过去五年,…森林覆盖率由44.3%提高到
    45.2%): a result the headline announces (noted); a second headline line saying it too is no target of the text."""
    lines = half.split("\n")
    body = next((n for n, line in enumerate(lines) if "。" in line or _OPENS_BODY.match(line)), len(lines))
    top = lines[: min(body, 8)]
    headlines = [t for t in targets if "," not in t.source and len(t.source) <= 30 and t.source.translate(_HALF) in top]
    kept: list[DraftItem] = []
    for item in targets:
        written = _WRITTEN_AMOUNT.match(half, max(item.at, 0))  # 1423万人 as written, not 14230000 人
        amount = written.group(0) if written and item.at >= 0 else f"{item.value:g}{item.unit}"
        told_again = half.count(amount) > sum(t.source.translate(_HALF).count(amount) for t in headlines)
        if (
            item in headlines
            and told_again
            and not any((t.value, t.unit) == (item.value, item.unit) for t in targets if t not in headlines)
        ):
            why = "a headline's amount the text tells as a result is not read: {source}"
            notes.append(Msg(why, source=item.source))
            continue
        kept.append(item)
    return kept


def _headline(cleaned: str) -> str:
    """The text's first line past a breadcrumb (您的位置:首页 > 产经 >): a headline (聚焦两会|…4.68万个,
    甘肃:今年粮食产量保持在1200万吨以上) the text restates."""
    lines = [line.strip() for line in cleaned.strip().split("\n") if line.strip()]
    return next((line for line in lines[:3] if not _CRUMB.search(line)), lines[0] if lines else "")


_WHOLE_LOOK_BACK = re.compile(
    r"述职报告|述职述廉报告|(?:年度|年|上半年)工作总结$|统计公报|经济运行(?:简析|分析|简况|情况)"
)
"""A document that is a look back from its title on: 述职报告, …YYYY年工作总结 (not …工作总结和…思路), a review of the
economy (《2024年…经济运行简析》发布)."""

_NOT_TITLE = re.compile(
    r"(?:人民政府|办公室|委员会|办公厅)文件$|^当前位置|首页\s*[>›»]|^\s*[^>›»\s]{1,12}(?:\s*[>›»]\s*[^>›»\s]{1,12}){2,}\s*$"
    r"|^各.{0,40}(?:政府|单位|部门|机构)[,，:：]|"
    r"[〔\[(（]20\d\d[〕\])）]\s*\d+\s*号|^(?:发布时间|来源|索引号|字号|发文字号|成文日期|浏览次数)"
)
"""Lines above a plan's name that are not it: a letterhead, a breadcrumb, an addressee, a 文号."""
_PLAN_NAME = re.compile(r"[^,，:：。;；\s]{2,60}?(?:计划|方案|要点|规划|意见|纲要|措施)(?:[(（][^)）]{0,20}[)）])?")


# ── tables flattened to text ───────────────────────────────────────────────────
_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "number": ("序号", "编号"),
    "target": (
        "工作任务", "目标任务", "主要目标", "重点任务", "具体任务", "任务内容", "工作内容", "主要内容",
        "工作目标", "目标", "指标", "指标名称", "任务", "工作事项", "事项", "目标与任务", "目标任务与举措",
        "重点工作任务", "主要任务", "重点工作", "建设内容", "主要建设内容", "建设规模及内容", "项目内容", "实施内容",
        "重点工作任务民生实事项目", "工作标准",
    ),
    "lead": (
        "牵头单位", "牵头部门", "责任单位", "责任部门", "牵头领导单位", "牵头责任单位", "主要责任单位", "牵头负责司局",
        "牵头司局",
    ),
    "co": ("配合单位", "协办单位", "配合部门", "参与单位", "协同配合单位", "协同单位"),
    "deadline": (
        "完成时限", "时间节点", "完成时间", "时限", "完成期限", "计划完成时间", "计划完成时限", "完成时间节点",
    ),
    "project": ("项目名称", "项目类别", "事项名称"),
    "value": ("预期效果", "目标值", "预期目标", "年度目标", "目标值(预期效果)"),
    "attribute": ("指标属性", "属性"),
}  # fmt: skip
"""The headings of a task table (任务分解表) as plans print them."""


def _cells(line: str) -> list[str]:
    """A table row's cells: apart by "|" (a web page's table flattened), by tabs (each kept in its
    place) or by two spaces or more."""
    if line.count("|") >= 2:
        return [c.strip() for c in line.strip().strip("|").split("|")]
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    return [c.strip() for c in re.split(r"\s{2,}|\s(?=\S*(?:局|委|办|中心)(?:\s|$))", line.strip())]


def _header(line: str) -> list[str] | None:
    """The column keys of a task table's header row, or None when the line is not one."""
    cells = [c for c in (_cells(line) if re.search(r"\t|\s{2,}|\|", line) else line.split()) if c]
    # 序号 | 项目内容 | 进展情况 | 责任单位: a column of what is done, or of remarks, is kept apart from the task
    other = {c: "done" if c in _DONE_COLUMNS else "other" for c in cells if c in _COLUMN_WORDS}
    keys = [next((key for key, words in _HEADER_WORDS.items() if c in words), other.get(c, "")) for c in cells]
    if keys.count("lead") == 2:  # 牵头责任单位 | 责任单位: the second names those who co-operate
        keys[len(keys) - 1 - keys[::-1].index("lead")] = "co"
    if "" in keys or "target" not in keys or "lead" not in keys or len(keys) < 3:
        return None
    return keys


_ENDS_WITH_UNIT = re.compile(rf"^\s*(\d{{1,3}})\s+(.+?[。.;;])\s+((?:{_UNIT_NAME})(?:、(?:{_UNIT_NAME}))*)\s*$")
"""A task table printed one row per line with its unit last: 1 地区生产总值增长7%以上。 市发改委."""
_PIPED_ROW = re.compile(
    rf"^\s*(\d{{1,3}})\s*\|\s*([^|]+?)\s*\|\s*((?:{_UNIT_NAME})(?:、(?:{_UNIT_NAME}))*)\s*(?:\|.*)?$"
)
"""A row of a table flattened with | whose header was cut off: number | task | lead | progress… (1 | 完成27所学校…。 |
县教育局 | 已经安装…970台 | 按时序推进 |): the task and its lead, the progress dropped."""


def tables_as_items(text: str) -> tuple[str, list[Msg]]:
    """A task table flattened to text (a header row 序号/工作任务/牵头单位/配合单位/完成时限, then a
    row per line, a unit's name spilling onto the next line) rewritten as numbered items, each
    with its units in a bracket and its deadline before it, as a plan's prose writes them."""
    lines = text.split("\n")
    out: list[str] = []
    notes: list[Msg] = []
    i = 0
    while i < len(lines):
        by_year = _by_year_columns(lines, i)
        if by_year is not None:  # 指标名称 | 2020年 | 2025年 | 属性: a plan's table of indicators
            i = _rows_read(by_year, out, notes)
            continue
        one_a_line = _cell_a_line(lines, i)
        if one_a_line is not None:  # 序号 |\n类别 |\n…: a table a site flattened one cell a line
            items, i = one_a_line
            out.extend(items)
            counted = sum(item[:1].isdigit() for item in items)
            notes.append(Msg("a task table of {n} rows was read row by row: check each row's units", n=counted))
            continue
        keys = _header(lines[i])
        if keys is not None and not re.search(r"\t|\s{2,}|\|", lines[i]):  # 序号 重点工作任务 主要责任单位 …
            items, i = _spaced_rows(lines, i + 1)
            out.extend(items)
            counted = sum(item[:1].isdigit() for item in items)
            notes.append(Msg("a task table of {n} rows was read row by row: check each row's units", n=counted))
            continue
        if keys is None:
            ends = _ENDS_WITH_UNIT.match(lines[i]) or _PIPED_ROW.match(lines[i])
            out.append(f"{ends.group(1)}、{ends.group(2)}(牵头单位:{ends.group(3)})" if ends else lines[i])
            i += 1
            continue
        rows: list[dict[str, str]] = []
        i += 1
        while i < len(lines) and _in_table(lines[i], bool(rows)):
            cells = _cells(lines[i])
            first = cells[0] if cells else ""
            first = first[1:-1] if re.fullmatch(r"\(\d{1,3}\)", first) else first  # (1): row 1
            if _L1.match(first) and not any(cells[1:]):  # 一、主要预期目标 | ||| : a heading inside the table
                headed = any(_L1.match(line) or _L2.match(line.strip()) for line in out)
                out.extend([*(_row_item(row, headed) for row in rows), first])
                rows = []
            elif "number" in keys and not re.fullmatch(r"\d{1,3}", first) and rows:
                _spill(rows[-1], keys, cells)  # a name or text carried over from the row above
            elif "project" in keys and rows and len(filled := _filled(cells)) < len(keys):
                _under_project(rows, keys, filled)  # a row whose merged first cells fell out
            else:
                rows.append(_new_row(keys, first, cells))
            i += 1
        headed = any(_L1.match(line) or _L2.match(line.strip()) for line in out)
        out.extend(_row_item(row, headed) for row in rows)
        notes.append(Msg("a task table of {n} rows was read row by row: check each row's units", n=len(rows)))
    return "\n".join(out), notes


def _rows_read(table: tuple[list[str], int], out: list[str], notes: list[Msg]) -> int:
    """A table of indicators by year's items put out, noted: the line after the table."""
    items, after = table
    out.extend(items)
    notes.append(Msg("a table of {n} indicators by year was read row by row: check each row", n=len(items)))
    return after


_YEAR_COLUMN = re.compile(r"(20\d\d)\s*年(?:目标|目标值|预期目标|规划目标)?")
_NAME_COLUMN = ("指标名称", "指标", "主要指标", "指标名称(单位)")


def _by_year_columns(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """A table of indicators by year flattened with | (类别 | 序号 | 指标名称 | 2020年 | 2025年 | 属性; a plan's
    主要目标指标表), or spaced out as a PDF page prints it (指 标   2025 年   属 性), from its header at ``start``: each
    row as an item (1.到2025年,森林覆盖率达到46.3%。), its unit from the name's bracket (森林覆盖率(%)), its value from
    the latest year's column (>7.5: above it), 力争 for a 预期性 row; the row's cells counted from the right (a merged
    类别 cell is missing from the rows below the first). None when no such header starts here."""
    header = _year_row(lines[start])
    names = [i for i, c in enumerate(header) if c in _NAME_COLUMN]
    years = [(int(m.group(1)), i) for i, c in enumerate(header) if (m := _YEAR_COLUMN.fullmatch(c))]
    if not names or not years:
        return None
    due, column = max(years)
    items: list[str] = []
    i = start + 1
    while i < len(lines) and (not lines[i].strip() or len(cells := _year_row(lines[i])) >= 2):
        i += 1
        if not lines[i - 1].strip():
            continue
        cells = [""] * (len(header) - len(cells)) + cells  # merged cells on the left fell out
        numbered = re.match(r"(\d{1,3})[.、]", cells[names[0]])  # 1.残疾人家庭人均收入年均增长(%): the row's number
        unit = re.search(r"[(（]([^()（）]{1,8})[)）]\s*$", cells[names[0]])
        name = (cells[names[0]][: unit.start()] if unit else cells[names[0]])[numbered.end() if numbered else 0 :]
        value = re.fullmatch(r"([≥>≤<]?)\s*(\d+(?:\.\d+)?)\s*(以上|以下|以内)?", cells[column])
        if value is None or not name:
            continue
        amount = f"{value.group(2)}{unit.group(1) if unit else ''}"
        below = value.group(1) in ("≤", "<") or value.group(3) in ("以下", "以内")
        said = f"控制在{amount}以内" if below else f"超过{amount}" if value.group(1) == ">" else f"达到{amount}"
        said += "以上" if value.group(1) == "≥" else ""
        strive = "力争" if any(c.replace(" ", "") == "预期性" for c in cells) else ""
        number = numbered.group(1) if numbered else next((c for c in cells if re.fullmatch(r"\d{1,3}", c)), "")
        items.append(f"{number or len(items) + 1}.到{due}年,{strive}{name}{said}。")
    return items, i


def _year_row(line: str) -> list[str]:
    """A row of a table of indicators by year: its cells apart by | or, as a PDF page spaces them, by two blanks or
    more, each with the blanks inside it removed (指 标, 2025 年); none for a line of neither."""
    if line.count("|") >= 2:
        return [c.strip() for c in line.strip().strip("|").split("|")]
    cells = re.split(r"\s{2,}", line.strip())
    return [re.sub(r"\s+", "", c) for c in cells] if len(cells) >= 2 else []


_CELL_LINE = re.compile(r"^\s*([^|]*?)\s*\|\s*$")
_COLUMN_WORDS = (
    "类别", "事项分类", "项目名称", "累计完成", "累计进度", "完成情况", "进展情况", "备注", "完成进度", "落实情况",
    "责任领导", "牵头领导", "分管领导", "完成时限", "时间节点", "建设地点", "实施地点", "建设时间", "建设年限",
    "年度投资金额", "年度投资", "投资金额", "总投资", "业主单位", "工作进度安排", "进度安排", "目前实施情况",
    "实施情况", "最新进度", "是否达序时", "未达序时原因及存在问题", "负责科室", "负责人", "目标名称", "区政府",
    "责任人", "当前进度", "当前进展",
)  # fmt: skip
_DONE_COLUMNS = (
    "累计完成", "累计进度", "完成情况", "进展情况", "完成进度", "落实情况", "目前实施情况", "实施情况", "最新进度",
    "当前进度", "当前进展",
)  # fmt: skip
"""Columns of what was done: their cells are results however they are worded (解决问题2.2万余个)."""
_TARGET_CELL = re.compile(rf"[\u4e00-\u9fff].*?\d(?:\.\d+)?\s*(?:{_UNIT_RE})")


def _cell_a_line(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """A table flattened one cell a line, each ending " |" (a progress table: 序号 | 类别 | 项目名称 |
    目标任务 | 牵头单位 | 累计完成 | …), from a header at ``start``: its target cells as items, each with
    its row's lead, and the line after the table; None when no such header starts here. A row opens
    at the next 序号 (1, 2, 3 …); its later target cells (a second target, no 序号) keep its lead;
    figures of what was done (1063, 96.64%) are no target cells."""
    cells, end = _table_cells(lines, start)
    header = [_heading(c) for c in itertools.takewhile(lambda c: not c.isdigit() and not _L1.match(c), cells) if c]
    known = [next((k for k, words in _HEADER_WORDS.items() if c in words), "") for c in header]
    if "target" not in known and known.count("value") == 1:  # 序号 | 2022年预期目标 | 责任单位: the targets' column
        known[known.index("value")] = "target"
    if known.count("lead") == 2:  # 牵头单位 | 责任单位: the second names those who co-operate
        known[len(known) - 1 - known[::-1].index("lead")] = "co"
    if (
        "number" not in known
        or "target" not in known
        or not all(k or c in _COLUMN_WORDS for k, c in zip(known, header, strict=True))
        or not any(c.isdigit() for c in cells)
    ):
        return None
    rows: list[list[str]] = []
    numbers: list[str] = []
    first = next(i for i, c in enumerate(cells) if c.isdigit())
    parts = [c for c in cells[:first] if _L1.match(c)]  # 一、主要经济社会发展指标…: a part over the first row
    for cell in cells[first:]:
        # 1, 2, 3 …; or a plan's own numbers (145 | … | 249), each after a full row, rising
        own = bool(numbers) and numbers[0] != "1" and len(rows[-1]) >= len(header) - 1
        if cell == str(len(rows) + 1) or (
            re.fullmatch(r"\d{1,4}", cell) and (not rows or own) and (not numbers or int(cell) > int(numbers[-1]))
        ):
            rows.append([])
            numbers.append(cell)
        elif rows:
            rows[-1].append(cell)
    items: list[str] = list(parts)
    merged = ("", "")  # the lead and deadline of the row above, for a row whose merged cells fell out
    for number, cells_of_row in zip(numbers, rows, strict=True):
        for i, sub_row in enumerate(_sub_rows(cells_of_row)):  # (1) … units (2) … units: each its own units
            parts_of_row, text, merged = _cell_row(sub_row, header, known, merged if i == 0 else ("", ""))
            items.extend([*parts_of_row, f"{number}、{text}"])
    return items, end


def _sub_rows(cells: list[str]) -> list[list[str]]:
    """A row's cells cut at each sub-item (四大功能区建设 | (1)… | names | 住建局 | … | (2)… |): the row's own name
    goes with the first; a row with no sub-items is one."""
    starts = [i for i, c in enumerate(cells) if re.match(r"\(\d{1,2}\)", c)]
    if len(starts) < 2:
        return [cells]
    cut = [*starts[1:], len(cells)]
    return [cells[: cut[0]], *(cells[a:b] for a, b in itertools.pairwise(cut))]


_PROGRESS_CELL = re.compile(r"^(?:目前|已经?|其中|截至|截止|累计|正在)")
"""A cell that tells what was done (目前已完成选址…, 其中3个点位已完成建设): progress, no target."""


def _table_cells(lines: list[str], start: int) -> tuple[list[str], int]:
    """The cells of a table flattened one cell a line from ``start``: lines that each end " |" (a lone "|" an
    empty cell), or, after a header cell 序号 on a line of its own, every line up to the next annex or 序号."""
    cells: list[str] = []
    end = start
    while end < len(lines) and (matched := _CELL_LINE.match(lines[end])) is not None:
        cells.append(matched.group(1))  # "" of a lone "|": an empty cell, or the line between two rows
        end += 1
    if not cells and start < len(lines) and lines[start].strip() in _HEADER_WORDS["number"]:
        end = next(  # 序号\n重点工作任务\n牵头单位\n…, to the next annex or table
            (i for i in range(start + 1, len(lines)) if re.match(r"\s*附件|\s*序号\s*$", lines[i])), len(lines)
        )
        cells = [line.strip() for line in lines[start:end] if line.strip()]
    return cells, end


def _cell_row(
    cells_of_row: list[str], header: list[str], known: list[str], merged: tuple[str, str]
) -> tuple[list[str], str, tuple[str, str]]:
    """A row of a table flattened one cell a line: the parts' headings it holds (一、就业促进(3项)), its item's
    text, and its lead and deadline for the rows below whose merged cells fell out."""
    row = list(cells_of_row)
    while len(row) > len(header) - 1 and not row[-1]:
        row.pop()  # a lone "|" after the row's last cell: the line between two rows
    # a row of as many cells as columns whose merged first cell fell out shows a unit in its task's column
    full = len(row) == len(header) - 1 and not ("target" in known and _unit_list(row[known.index("target") - 1]))
    row = row if full else _amounts_named([c for c in row if c and not _PROGRESS_CELL.match(c)])
    if not full and "预期性" in row:  # 85% | 12月 | 预期性 | “十三五”规划预期…: a row whose lead fell out
        row = _expected_row(row)
    column = dict(zip(known[1:], row, strict=True)) if full else {}
    if full:  # a full row: the cells of what was done are set aside
        row = [c for c, heading in zip(row, header[1:], strict=True) if heading not in _DONE_COLUMNS]
    # 县人社局; 市自规局、市城管局 市商务局: the first leads (not a task that ends as a name: 建成启用…中心)
    unit_cells = [i for i, c in enumerate(row) if _unit_list(c) and not re.match(_ACTING, c)]
    lead = row[unit_cells[0]] if unit_cells else ""
    # 民政局 | 实施内容 | 财政局 住建局 … | 新增…(progress): co, then what was done
    if not full and len(unit_cells) > 1:  # the co-operating units, a cell each or all in one
        co_cells = itertools.takewhile(lambda c: bool(_unit_list(c)), row[unit_cells[1] :])
        column, row = {"co": " ".join(co_cells)}, row[: unit_cells[1]]
    if "lead" in column:  # 纸坊街道 | … | 住建局: the lead's column; 节能与综合 利用司: one name, split
        joined = column["lead"].replace(" ", "")
        lead = column["lead"] if _unit_list(column["lead"]) else joined if re.fullmatch(_UNIT_NAME, joined) else ""
    due = column.get("deadline") or next((c for c in row if re.fullmatch(r"\d{1,2}月(?:底|末)?前?", c)), "")
    if "预期性" not in cells_of_row:  # an indicator row whose lead fell out says nothing of the row above's
        lead, due = (lead or merged[0]), (due or (merged[1] if not full else ""))
    if lead and _unit_list(column.get("co", "")):  # 民政局 | … | 财政局 住建局 …: the co-operating units' column
        lead = f"{lead} {column['co']}"
    if re.search(r"\d", column.get("value", "")) and column.get("target"):  # 指标名称 | 预期效果: 400项
        return [], f"{_valued_row(column)}{_row_units(lead)}。", (lead, due)
    parts = [c for c in row if _L1.match(c)]  # 一、就业促进(3项): the part the rows stand in
    texts = [c for c in row if re.search(r"[\u4e00-\u9fff]", c) and not _L1.match(c) and c not in (lead, due)]
    texts = [c for c in texts if not _unit_list(c)]
    targets = [c for c in texts if _TARGET_CELL.search(c)] or texts[:1]  # a row with no target: its name
    units = _row_units(lead)
    return parts, _when(due) + ";".join(f"{c.rstrip('。;')}{units}" for c in targets) + "。", (lead, due)


def _expected_row(row: list[str]) -> list[str]:
    """The cells of an indicator row marked 预期性 whose columns cannot be told: its named amounts (not a
    remark's 2020年…) after its time and 力争."""
    month = next((c for c in row if re.fullmatch(r"\d{1,2}月", c)), "")
    return [f"{_when(month)}力争{c}" if _BARE_AMOUNT.search(c) and not re.search(r"20\d\d年", c) else c for c in row]


def _amounts_named(row: list[str]) -> list[str]:
    """A row's cells with a cell that is only an amount (400项, 3000万吨左右) joined to the name in the cell
    before it, when the row's cells cannot be told by their columns (a cell fell out)."""
    out: list[str] = []
    for cell in row:
        if out and _BARE_AMOUNT.fullmatch(cell) and not re.search(r"\d", out[-1]):
            out[-1] += cell
        else:
            out.append(cell)
    return out


_BARE_AMOUNT = re.compile(rf"各?\s*\d+(?:\.\d+)?\s*(?:{_UNIT_RE})(?:左右|以上)?")


def _row_units(lead: str) -> str:
    """A row's units as a plan's prose brackets them: (牵头单位:A;配合单位:B、C), or ""."""
    first, *others = _unit_list(lead) or [""]
    return (f"(牵头单位:{first}" + (f";配合单位:{'、'.join(others)}" if others else "") + ")") if first else ""


def _valued_row(column: dict[str, str]) -> str:
    """A row of an indicator table (指标名称 | 预期效果 | 完成时限 | 指标属性) as a sentence: its time, 力争
    for a 预期性 indicator (expected, not binding: 约束性), its name and its value (10月前力争…数量400项)."""
    when = _when(column.get("deadline", ""))
    strive = "力争" if column.get("attribute", "").replace(" ", "") == "预期性" else ""
    return f"{when}{strive}{column['target'].rstrip('。')}{column['value'].rstrip('。')}"


def _heading(cell: str) -> str:
    """A table's heading without its year or unit: 2024年建设内容 → 建设内容, 年度投资金额 (万元) → 年度投资金额."""
    return re.sub(r"^20\d\d年|\s*[(（][^()（）]*[)）]\s*$|\s+", "", cell)


def _unit_list(cell: str) -> list[str]:
    """The units a table's cell names, apart by 、 or spaces (市自规局、市城管局 市商务局), or none."""
    parts = [p for p in re.split(r"[、,\s]+", cell) if p]
    # 各乡镇(街道), 县发改局(粮食局): a name with its bracket last
    return parts if parts and all(re.fullmatch(_UNIT_NAME, re.sub(r"[()]", "", p)) for p in parts) else []


_SPACED_ROW = re.compile(rf"^\s*(\d{{1,3}})\s+(.+?[。.;])\s+({_UNIT_NAME})(?:\s+(.+?))?\s*$")
_UNIT_ENDS = (
    "局",
    "委",
    "办",
    "部门",
    "中心",
    "院",
    "会",
    "公司",
    "集团",
    "单位",
    "政府",
    "办事处",
    "街道",
    "镇",
    "乡",
)


def _spaced_rows(lines: list[str], start: int) -> tuple[list[str], int]:
    """A task table flattened with single spaces (1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,…),
    from the line after its header: each row as an item with its lead and co-operating units, the
    units column spilling over lines (区财政局 / 区税务局 / 区政府有关部门,…: the first unit leads);
    and the line after the table."""
    items: list[str] = []
    row: list[str] = []  # number, text, lead, co …
    i = start
    while i < len(lines):
        line = lines[i].strip()
        spaced = _SPACED_ROW.match(line)
        names = [n.strip("。.;") for n in re.split(r"[,、;]", line) if n.strip("。.;")]
        spill = not spaced and bool(row) and bool(names) and all(len(n) <= 24 and n.endswith(_UNIT_ENDS) for n in names)
        if not (spaced or spill or _L1.match(line)):
            break
        if row and not spill:
            items.append(_spaced_item(row))
            row = []
        if spaced:
            row = [spaced.group(1), spaced.group(2), spaced.group(3), spaced.group(4) or ""]
        elif spill:
            row.append(line)
        else:
            items.append(line)  # 一、2025年经济社会发展的主要预期目标: the part the rows stand in
        i += 1
    if row:
        items.append(_spaced_item(row))
    return items, i


def _spaced_item(row: list[str]) -> str:
    number, text, lead, *rest = row
    co = "、".join(n.strip("。.;") for part in rest for n in re.split(r"[,、;]", part) if n.strip("。.;"))
    return f"{number}、{text}(牵头单位:{lead}" + (f";配合单位:{co})" if co else ")")


def _in_table(line: str, rows: bool) -> bool:
    """Is the line still the table's: a row (cells apart), or a row's text carried over?"""
    return bool(line.strip()) and (bool(re.search(r"\t|\s{2,}|\|.*\|", line)) or (rows and _spilt(line)))


def _spilt(line: str) -> bool:
    """A line of a table row's text carried over (县经信局、县 / 科技局): short, no heading, no stop."""
    text = line.strip()
    return len(text) <= 10 and "。" not in text and not re.match(r"[一二三四五六七八九十]+、|[(（]|\d", text)


def _spill(row: dict[str, str], keys: list[str], cells: list[str]) -> None:
    """A line under a table's row that carries it on: its cells in their columns, or, fewer, a further task of the
    row whose 序号 cell is merged (新增…托位500个。 | 新增…托位600个。 | ||), else text of the row's unit."""
    columns = (
        keys
        if len(cells) == len(keys)
        else keys[1:]
        if keys[0] == "number" and 1 < len(cells) < len(keys) and _TARGET_CELL.match(cells[0])
        else None
    )
    if columns is not None:
        for key, cell in zip(columns, cells, strict=False):
            if cell:
                row[key] = row.get(key, "") + cell
        return
    text = "".join(cells)
    key = "co" if "co" in row else "lead"
    row[key] = row.get(key, "") + text


def _new_row(keys: list[str], first: str, cells: list[str]) -> dict[str, str]:
    """A table row's cells by column; more cells than columns (the text held spaces) go to its
    task; a project numbered in its cell (1.城市人居环境提升项目) numbers the row."""
    row = dict(zip(keys, [first, *cells[1 : len(keys)]], strict=False))
    if len(cells) > len(keys):
        row["target"] = " ".join([row.get("target", ""), *cells[len(keys) :]]).strip()
    numbered = re.match(r"\s*(\d{1,3})\s*[.、．]", row.get("project", ""))
    if numbered and "number" not in row:
        row["number"] = numbered.group(1)
    return row


def _filled(cells: list[str]) -> list[str]:
    """A row's cells up to its last one with text (a | b | || : a and b)."""
    filled = list(cells)
    while filled and not filled[-1]:
        filled.pop()
    return filled


def _under_project(rows: list[dict[str, str]], keys: list[str], cells: list[str]) -> None:
    """A row of fewer cells than the header, its merged first cells fallen out, read from the right:
    with a task, another row of the project above (新建城市口袋公园2处; | 11月 | 建设局); with only a
    time and a unit, the task above's second unit, who co-operates (2021.8 | 城投集团)."""
    tail = dict(zip(keys[len(keys) - len(cells) :], cells, strict=True))
    if tail.get("target"):
        rows.append({**{k: rows[-1][k] for k in ("project", "number") if k in rows[-1]}, **tail})
        return
    unit = tail.get("lead") or tail.get("co") or ""
    if unit:
        rows[-1]["co"] = "、".join(filter(None, [rows[-1].get("co", ""), unit]))


def _when(due: str) -> str:
    """A time cell as a deadline before a row's text: 11月 → 11月前, 2021.8 → 2021年8月前."""
    due = re.sub(r"(20\d\d)\.(\d{1,2})(?!\d)", r"\1年\2月", due.replace(" ", ""))
    if len(due) > 16:  # 1、…中心7月1日项目投入试运营2、…: a cell of sentences, no time a row can take
        return ""
    if re.search(r"\d|[一二三四]季度|上半年|年底|年内", due):
        return due if due.endswith("前") else due + "前"
    return ""


def _row_item(row: dict[str, str], headed: bool) -> str:
    """A table row as a numbered item: its 序号 (or its project's number) numbers it, a heading's
    item under the heading above the table, else the number its line opens with; a time cell of
    two (1.2021年8月 2.2021年12月) times the two parts of a task cell split by ";"."""
    del headed  # a row is numbered with or without a heading above (its section is then its number)
    units = f"牵头单位:{row.get('lead', '')}" + (f";配合单位:{row['co']}" if row.get("co") else "")
    number = row.get("number", "").strip()
    numbered = f"{number}、" if re.fullmatch(r"\d{1,3}", number) else ""
    target = row.get("target", "")
    times = re.split(r"(?:^|\s+)\d[.、](?=20\d\d|\d{1,2}月)", row.get("deadline", "").strip())
    parts = [p for p in re.split(r"(?<=;)", target) if p.strip()]
    if len(times) > 2 and len(parts) == len(times) - 1:  # 1.2021年8月 2.2021年12月 and A;B
        return numbered + "".join(_when(t) + p for t, p in zip(times[1:], parts, strict=True)) + f"({units})"
    when = _when(row.get("deadline", ""))  # the row's time holds for each part of its task
    return numbered + "".join(when + p for p in parts or [""]) + f"({units})"


def _title(cleaned: str) -> str:
    """The plan's own name: the 《…》 a 通知 line names, else the first line that names a 方案,
    计划 or 要点 (not a letterhead, addressee or breadcrumb), else the first such line's start, unless it is a
    heading (一、主要目标) or a sentence (全年新增企业15家,…): then none (the file's name is the draft's title)."""
    # Page 6 - 内蒙古自治区人民政府关于印发…: a PDF page's HTML title, its page number before the name
    lines = [re.sub(r"^Page\s+\d+\s*-\s*", "", line.strip()) for line in cleaned.splitlines() if line.strip()][:20]
    for line in lines:
        named = re.search(r"《([^》]{4,80})》", line)
        if named and re.search(r"印发|通知|现将|关于|公布|发布|出台", line):  # …《国家新型城镇化规划(…)》正式公布
            return named.group(1)
    # 栏目: a site's word, not a name
    candidates = [line for line in lines if not _NOT_TITLE.search(line) and len(line) >= 4] or lines or [""]
    for line in candidates[:6]:
        first = re.split(r"[。]", line, maxsplit=1)[0]
        match = re.search(
            r"(20\d\d年[^为,，。]{2,40}?(?:计划|方案|意见|要点|纲要|通知))", first
        ) or _PLAN_NAME.fullmatch(first)
        if match:
            name = match.group(1) if match.groups() else match.group(0)
            # 某县2024年教育工作要点 on a line of its own: the place before the year is the name's too
            whole = first.strip()
            return whole if whole.endswith(name) and len(whole) <= 40 and not re.search(r"[,，:：;；]", whole) else name
    # 镇政府镇长个人述职报告 under a site's lines: a line that names a report, else the first
    reported = next((line for line in candidates[:6] if _REPORT_NAME.search(line) and len(line) <= 40), candidates[0])
    first = re.split(r"[。]", reported, maxsplit=1)[0]
    named = re.search(r"《([^》]{4,80})》", first)  # 日前,《2024年…经济运行简析》发布: the document it names
    return named.group(1) if named else "" if _NO_NAME.search(first[:40]) else first[:40]


_REPORT_NAME = re.compile(r"(?:报告|总结|汇报|公报|简析)(?:[一二三四五六七八九十\d]+篇)?$")
"""A line that names a report (…述职报告十二篇, …工作总结): the document's name when it names no plan."""

_NO_NAME = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}\s*[.、．](?!\d)|第[一二三四五六七八九十]+[章节条部])|[,;]"
)
"""A first line that names no plan: a heading, or a sentence with its clauses."""


_UNITS_SAID = re.compile(
    rf"(?:责任单位|牵头单位|责任部门|牵头部门)(?:为|是)((?:{_UNIT_NAME})(?:[、,和](?:{_UNIT_NAME}))*)(?=[;。,\n]|$)"
)
"""Units named in a sentence after the target: …,责任单位为区发改委;"""
_UNITS_LINE = re.compile(
    r"^[ \t]*(?:(?:主要责任单位|牵头单位|责任单位|牵头部门|责任部门|配合单位|协办单位|配合部门)\s*:.*"
    r"|[★☆][^\n。;:]{2,80})$",
    re.M,
)
"""A responsibility line of its own below its item (牵头单位:区发改局), or a table's units cell
flattened onto a line, the lead starred (★区发改委、统计局)."""


_BUREAU_SHARE = re.compile(r"(?:区|县|市|镇|乡)?[\u4e00-\u9fff]{1,10}(?<!布|格|结|大|开|当|赛|棋|饭)(?:局|委)")
"""A target named only for a bureau (县政府已划分到单位:房产局100套,住建局200套): that bureau's share."""


def _leads_of_shares(
    items: list[DraftItem],
    units: UnitsNote | None,
    half: str,
    registry: tuple[dict[str, dict[str, Any]], dict[str, str]],
) -> None:
    """The leads a paragraph's targets take one by one: its units' 分别牵头, else the bureau a target is
    named for (房产局100套)."""
    if units is not None and units.respective:
        _lead_respectively(items, units, *registry)
    _shares_of_bureaus(items, half, *registry)


def _shares_of_bureaus(
    items: list[DraftItem], half: str, bureaus: dict[str, dict[str, Any]], ids: dict[str, str]
) -> None:
    """A target with no lead named only for a bureau (房产局100套) is that bureau's share, the bureau its
    lead (noted); the parts after its 其中 (教育局985套,其中:改建408套,新建577套) are the bureau's too."""
    share: DraftItem | None = None
    for item in items:
        if item.lead is None and _BUREAU_SHARE.fullmatch(item.name):
            item.lead = _bureau(item.name, bureaus, ids)
            item.notes.append(
                Msg("a target named for a bureau ({name}): read as its share, the bureau leading", name=item.name)
            )
            share = item
        elif (
            share is not None
            and item.lead is None
            and item.said_at == share.said_at
            and "其中" in half[share.at : item.at]
            and not _BUREAU_SHARE.search(half[share.at + 1 : item.at].rsplit("其中", maxsplit=1)[-1])
        ):
            item.lead = share.lead
        else:
            share = None


def _lead_respectively(
    items: list[DraftItem], units: UnitsNote, bureaus: dict[str, dict[str, Any]], ids: dict[str, str]
) -> None:
    """县经信局、县科技局分别牵头: the first target led by the first unit, the second by the second…;
    the other units co-operate. When the counts differ, the first leads all, noted."""
    leads = [_bureau(n, bureaus, ids) for n in units.respective]
    others = [_bureau(n, bureaus, ids) for n in units.co if n not in units.respective]
    if len(leads) != len(items):
        for item in items:
            item.notes.append(
                Msg(
                    "{names} 分别牵头 but the text has {n} targets here: the first unit is taken as lead",
                    names="、".join(units.respective),
                    n=len(items),
                )
            )
        return
    for item, lead in zip(items, leads, strict=True):
        item.lead, item.co = lead, list(others)


_STATE_REACHED = (
    r"[^,;。\d]{2,8}?(?:持续|不断|日趋|稳步|显著|明显|大幅|全面|进一步|充足|换挡)?"
    r"(?:攀升|提速|完善|深化|增强|提升|跃升|向好|优化|改善|巩固|壮大|提高|有力)"
)
"""A thing and the state it reached (综合实力持续攀升, 产业体系日趋完善)."""
_LOOKING_BACK = re.compile(
    r"^\s*(?:20\d\d年|上一?年|过去一年|去年|本届政府)?.{0,16}(?:回顾|完成情况|执行情况|工作总结|主要成效|取得成效|发展成效|发展基础|现实基础|发展现状|现状统计|编制背景|规划背景|成绩单"
    r"|亮点工作|工作亮点|开展情况|情况汇报|成绩来之不易)"
    r"|^\s*20\d\d年.{0,36}成绩单$"
    r"|^\s*(?:综合|农林牧渔业|工业和建筑业|国内贸易|对外经济|财政和金融|人民生活和社会保障)\s*$"
    r"|^\s*20\d\d年.{0,10}(?:工作情况|推进情况|进展情况)"
    rf"|^\s*{_STATE_REACHED},{_STATE_REACHED}\s*$"
)
"""A top-level heading over what was done, not what is to be done: 一、2024年工作回顾, 一、发展基础和形势,
一、2022年亮点工作, a title …工作开展情况汇报, a statistical bulletin's 一、综合 and 二、农林牧渔业,
一、YYYY年交通运输工作情况 (工作情况 and 推进情况 with a year only), 二、综合实力持续攀升,发展后劲充足有力 (two things
each in the state it reached, as a report's look back heads its parts; an aim starts on its verb: 推进…)."""


def _looking_back(half: str, headings: list[tuple[Heading, str]], notes: list[Msg]) -> set[str]:
    """The top-level sections that report the past (一、2024年工作回顾): their figures are results,
    not targets (noted)."""
    back: set[str] = set()
    inside = False  # in a part that looks back, where a list restarting at 一、 is the part's own (a table's rows)
    for heading, section in headings:
        if heading.level == 1:
            line = half[heading.end : half.find("\n", heading.end) if "\n" in half[heading.end :] else len(half)]
            if _LOOKING_BACK.match(line) or (inside and _cn_number(heading.written) == 1):
                back.add(section)
                why = "section {section} reports what was done: its figures are not read as targets"
                notes.append(Msg(why, section=section))
                inside = True
            else:
                inside = False
    return back


_INLINE_HEADING = re.compile(r"[一二三四五六七八九十]+、")


def _next_inline_heading(half: str, heading: re.Match[str]) -> int | None:
    """Where the heading after an inline one starts: the next number in its sequence (一、 then 二、), not a 第一、 of
    a slogan (“迎亚运、争第一、解难题”) nor any list's 、."""
    digits = re.match(r"[一二三四五六七八九十]+", heading.group(0))
    number = _cn_number(digits.group(0)) if digits is not None else 10
    following = "一二三四五六七八九十"[number] if number < 10 else ""
    found = (
        re.compile(rf"(?<![第\d一二三四五六七八九十]){following}、").search(half, heading.end()) if following else None
    )
    return found.start() if found is not None else None


_INLINE_LOOKING_BACK = re.compile(
    r"[一二三四五六七八九十]+、\s*(?:20\d\d年)?(?:[^,;。\n、]{0,12}?(?:回顾|工作总结|完成(?:情况|状况)|执行情况)"
    r"|[^;。\n、]{0,12}?成绩来之不易)"
)
"""A top-level heading over the past that a page ran into the line before it (…报告 一、YYYY年我们奋力拼搏,成绩来之
不易 …)."""

_AMOUNT_IN_LINE = re.compile(r"\d(?:\.\d+)?\s*(?:%|‰|个|家|项|亿|万|元|吨|人|户|所|条|座|倍|斤)")

_BULLETS = ("●", "•", "·", "◆", "▪", "○", "*", "-", "——")

_ORIGINAL_TITLE = re.compile(r"\s*\(?\s*原标题\s*:(?:[^\n]*:)?([^:\n]+?)\)?\s*$")
"""A portal's (原标题:…) line: the document's own name, its last part after a colon."""

_LOOKS_AHEAD = re.compile(r"\s*(?:今年(?!以来)|明年|下一步|下步|新的一年|展望)")
"""A paragraph that turns to what is to be done (今年,安徽省将…): the part of a title over the past ends."""
_NUMBERED_LINE = re.compile(r"\s*(?:[一二三四五六七八九十]+、|\(|\d+[.、])")


_OWN_LIST = re.compile(r"\s*(?:一、|\(一\)|1[.、])[^,;。\n]{0,12}(?:情况|成效|回顾|完成|执行|成绩)")
"""The first heading of a list under a title that looks back, itself looking back (一、预算收支情况)."""


def _looking_back_untitled(half: str, notes: list[Msg]) -> list[tuple[int, int]]:
    """The parts under a title line with no number that report the past (回顾…年工作成果, as a
    web page retells a report), each to the next title line or numbered heading: [start, end)
    spans whose figures are results, not targets (noted). A title line is short, has no clause
    punctuation, and no number of a heading; emoji and symbols around it are ignored."""
    why = "the part under “{title}” reports what was done: its figures are not read as targets"
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    position, own, chapter = 0, False, False
    for line in half.splitlines(keepends=True):
        named = _ORIGINAL_TITLE.match(line)  # (原标题:《…》解读二:2024年工作回顾(二)): the name after the last colon
        # …政府工作报告要点之一:2022年工作回顾: a title's part after its colon
        after_colon = None if named else re.fullmatch(r"[^,;。!?:\n]{2,40}:([^,;。!?:\n]{2,20})\s*", line)
        core = "".join(ch for ch in (named.group(1) if named else line) if ch.isalnum())
        core = "".join(ch for ch in after_colon.group(1) if ch.isalnum()) if after_colon else core
        numbered = _NUMBERED_LINE.match(line) is not None and named is None
        # ●预计…增长6%: an item under a title, not one; **县…汇报: a name a copy masked, no bullet
        bullet = line.lstrip().startswith(_BULLETS) and not line.lstrip().startswith("**")
        amount = _AMOUNT_IN_LINE.search(line) is not None  # GDP增长7.2%: a figure, not a title
        title = not (numbered or bullet or amount) and 2 <= len(core) <= (40 if core.endswith("成绩单") else 32)
        title = title and not any(mark in line for mark in ",;。!?")
        title = title and (named is not None or after_colon is not None or ":" not in line)
        sub = line.lstrip().startswith("(")  # (一)经济实力实现新跃升。…: a part of the title's, not a new one
        # 2021年财政预算执行情况 over 一、预算收支情况, 1.收入预算执行情况: a list of the title's own, not a new part
        # …; under 第一部分上半年主要工作回顾, every 一、 to the next 第二部分
        own = own or (open_at is not None and numbered and (chapter or _OWN_LIST.match(line) is not None))
        closes = (numbered and not sub and not own) or title or _L1_CHAPTER.match(line) or _LOOKS_AHEAD.match(line)
        if open_at is not None and closes:
            spans.append((open_at, position))
            open_at = None
        if title and _LOOKING_BACK.match(core):
            open_at, own, chapter = position + len(line), False, _L1_CHAPTER.match(line) is not None
            notes.append(Msg(why, title=core))
        position += len(line)
    if open_at is not None:
        spans.append((open_at, position))
    for inline in _INLINE_LOOKING_BACK.finditer(half):  # …工作规划一、2010年工作总结今年以来…: on one line
        if inline.start() == 0 or half[inline.start() - 1] == "\n":
            continue  # a heading of its own line: the sections' rule reads it
        after = _next_inline_heading(half, inline)
        spans.append((inline.end(), after if after is not None else len(half)))
        notes.append(Msg(why, title=inline.group(0)))
    return spans


_SCORECARD = re.compile(r"(?:去年|上年|上一年|20\d\d年)[^,;。\n]{0,16}成绩单$")
"""A scorecard's title a page ran onto the end of the line before it (…乡村振兴战略去年重大工程建设成绩单)."""


def _scorecard(half: str, notes: list[Msg]) -> list[tuple[int, int]]:
    """The bullet lines under a scorecard's title run onto the line before them (■ …去年重大工程建设成绩单
    / ■ 全年完成投资2510.1亿元 / ■ 新开工30项): last year's results, each run a [start, end) span, noted.
    A title on a line of its own (■ 2024年成绩单) is the look back's rule."""
    spans: list[tuple[int, int]] = []
    position, run_start, title = 0, -1, ""
    for line in [*half.splitlines(keepends=True), ""]:  # "" closes a run at the end
        stripped = line.strip()
        if run_start >= 0 and (not line or (stripped and not stripped.startswith((*_BULLETS, "■", "□")))):
            spans.append((run_start, position))
            notes.append(
                Msg("the part under “{title}” reports what was done: its figures are not read as targets", title=title)
            )
            run_start = -1
        found = _SCORECARD.search(stripped[-40:]) if stripped.endswith("成绩单") else None
        if run_start < 0 and found is not None and re.search(r"[\u4e00-\u9fff]", stripped[: -len(found.group(0))]):
            run_start, title = position + len(line), found.group(0)
        position += len(line)
    return spans


_THIS_YEARS_AIMS = re.compile(r"(?:今年|本年度?)(?:的)?(?:主要|工作|发展)?(?:目标|目标任务|工作安排|重点工作|工作打算)")


def _before_this_years_aims(half: str, notes: list[Msg]) -> list[tuple[int, int]]:
    """An excerpt that opens on lines with no title above them and then comes to a title line
    naming this year's aims (今年目标): what it opened on is the look back (完成10个保障房小区提升改造。
    … / 今年目标 / …): a [start, end) span, noted. A heading or another title before it: no span."""
    position = 0
    for line in half.splitlines(keepends=True):
        core = "".join(ch for ch in line if ch.isalnum())
        titled = 2 <= len(core) <= 16 and not any(mark in line for mark in ",;。!?:")
        if _NUMBERED_LINE.match(line) or (titled and not _THIS_YEARS_AIMS.fullmatch(core)):
            return []
        if titled:
            if position and _AMOUNT_IN_LINE.search(half, 0, position):
                notes.append(Msg("the lines above “{title}” report what was done: not read as targets", title=core))
                return [(0, position)]
            return []
        position += len(line)
    return []


_PROGRESS_FRAME = re.compile(
    r"截至\s*(?:\d{1,2}\s*月(?:底|末|份)?|目前|[一二三四]季度末|上半年)"
    r"|取得了?[^。\n]{0,8}(?:成效|成绩|进展)。?[^\n]{0,12}(?:体现|表现)在[^\n]{0,6}方面\s*:\s*$"
)
_FIELD_LINE = re.compile(r"\s*[\u4e00-\u9fff]{2,8}方面\s*[,:]|\s*[一二三四五六七八九十]{1,2}是")


_PAST_YEARS_TITLE = re.compile(r"\s*(20\d\d)\s*年\s*,?\s*([^,;。!?\d\n]{2,16})\s*$")
"""A short line that opens on a year and names what follows, no amount, no stop: 2024年,身边的这些变化."""


def _under_a_past_years_title(half: str, year: int, notes: list[Msg]) -> list[tuple[int, int]]:
    """The lines under a title naming a year before the plan's (一起来看 / 2024年,身边的这些变化 / 更新改造全力提速 /
    …4个月100%签约…): that year's results, to a numbered heading, a line turning to what is to come (今年, 下一步…) or
    one opening on the plan's year or later; [start, end) spans, noted."""
    spans: list[tuple[int, int]] = []
    position, open_at = 0, -1
    for line in [*half.splitlines(keepends=True), ""]:  # "" closes a span at the end
        opens = re.match(r"\s*(20\d\d)\s*年", line)
        if open_at >= 0 and (
            not line
            or _NUMBERED_HEADING.match(line)
            or _LOOKS_AHEAD.match(line)
            or (opens is not None and int(opens.group(1)) >= year)
        ):
            spans.append((open_at, position))
            open_at = -1
        title = _PAST_YEARS_TITLE.fullmatch(line)
        if open_at < 0 and title is not None and int(title.group(1)) < year and not re.search(_AIM_WORDS, line):
            open_at = position + len(line)
            why = "the part under “{title}” reports what was done: its figures are not read as targets"
            notes.append(Msg(why, title=line.strip()))
        position += len(line)
    return spans


def _fields_of_progress(half: str, notes: list[Msg]) -> list[tuple[int, int]]:
    """A progress report told field by field after a line framed by the months gone (…截至6月底,累计
    完成投资18.56亿元… / 精准帮扶方面,支持成功自主创业530人 / 居住改善方面,完成…), or after a line saying what
    was achieved shows in N fields (…取得了初步成效。主要体现在四个方面: / 一是… / 二是…): the field lines are what
    was done; the run of them a [start, end) span, noted."""
    spans: list[tuple[int, int]] = []
    position, framed, framed_by, run_start = 0, False, "", -1
    for line in [*half.splitlines(keepends=True), ""]:  # "" closes a run at the end
        if framed and _FIELD_LINE.match(line):
            run_start = position if run_start < 0 else run_start
        else:
            if run_start >= 0:
                spans.append((run_start, position))
                notes.append(
                    Msg(
                        "the lines after “{frame}” report progress field by field: not read as targets", frame=framed_by
                    )
                )
                run_start = -1
            frame = _PROGRESS_FRAME.search(line)
            framed, framed_by = frame is not None, frame.group(0) if frame else ""
        position += len(line)
    return spans


def _bullets_of_results(half: str, year: int, notes: list[Msg]) -> list[tuple[int, int]]:
    """A run of bullet lines whose first reports a year before the plan's (报告指出: ●YYYY年…达到
    13.57万亿元; ●广州经济总量突破3万亿元; …): results, each line of the run (blank lines between
    allowed) to the first line that is not a bullet; [start, end) spans, noted."""
    spans: list[tuple[int, int]] = []
    position, run_start, run_end = 0, -1, -1
    for line in [*half.splitlines(keepends=True), ""]:  # "" closes a run at the end
        stripped = line.strip()
        if stripped.startswith(_BULLETS):
            if run_start < 0:
                body = stripped.lstrip("".join(_BULLETS))
                opening = _REPORTED_YEAR.match(body)
                if opening is not None and _reports_the_past(opening.group(1), body, year):
                    run_start = position
                    why = "the list opening “{first}” reports {year}: its figures are not read as targets"
                    notes.append(Msg(why, first=body[:20], year=opening.group(1)))
                else:
                    run_start = -2  # a run of targets: wait for its end
            run_end = position + len(line)
        elif stripped or not line:
            if run_start >= 0:
                spans.append((run_start, run_end))
            run_start = -1
        position += len(line)
    return spans


def _heading_leads(half: str, headings: list[tuple[Heading, str]]) -> dict[str, str]:
    """A top-level heading that names the unit leading everything beneath it (一、县示范区管委会牵头
    工作(8项)): its section → that unit."""
    leads: dict[str, str] = {}
    for heading, section in headings:
        if heading.level != 1:
            continue
        line = half[heading.end : half.find("\n", heading.end) if "\n" in half[heading.end :] else len(half)]
        named = re.match(rf"\s*({_UNIT_NAME})牵头(?:的)?(?:工作|任务|事项)", line)
        if named is not None:
            leads[section] = named.group(1)
    return leads


_NOTE_MAX = 200
"""The most characters inside a bracket read as a units note (责任单位:…): a longer one is text."""


def _units_brackets(half: str) -> list[UnitsNote]:
    """Where the text names an item's responsible units: a bracket after it (责任单位:…,
    (责任领导:…;牵头单位:…), (市发改委牵头，…按职责分工负责)) or lines of their own below it."""
    first_leads = _FIRST_LEADS.search(half) is not None
    notes: list[UnitsNote] = []
    for match in re.finditer(r"\(", half):
        if notes and match.start() < notes[-1].end:
            continue  # inside a bracket already read
        end = _closing(half, match.start(), _NOTE_MAX)
        unclosed = end < 0 and _unclosed_units(half, match.start())
        if end < 0 and not unclosed:
            continue
        end = half.find("\n", match.start()) + 1 or len(half) + 1 if unclosed else end
        inside = half[match.start() + 1 : end - 1]
        each = _RESPECTIVELY.match(inside.strip())
        if each is not None:
            leads = [n for n in _split_names(each.group(1)) if re.fullmatch(_UNIT_NAME, n)]
            rest = _CO_WORDS.sub("", each.group(2).strip()).strip(",; ")
            others = [n for n in _split_names(rest) if re.fullmatch(_UNIT_NAME, n)]
            if leads:
                notes.append(UnitsNote(match.start(), end, leads[0], [*leads[1:], *others], [], leads))
                continue
        co_only = re.match(r"\s*(?:配合单位|协办单位|配合部门|参与单位)\s*:(.*)$", inside, re.S)
        if co_only is not None:  # the lead is said elsewhere (a heading naming it)
            notes.append(UnitsNote(match.start(), end, None, _split_names(co_only.group(1)), []))
            continue
        said = _UNITS_BRACKET.match(half, match.start()) or re.search(r"(?:牵头单位|责任单位)\s*:", inside)
        worded = (pattern.match(inside.strip()) for pattern in (_LED_BY, _RESPONSIBLE, _HOSTED))
        if said is None and not any(worded):
            continue
        lead, co, why = read_units(inside, first_leads)
        if unclosed:
            why = [*why, Msg("a bracket of responsible units is not closed: read to the end of its line; check it")]
        if lead is not None:
            notes.append(UnitsNote(match.start(), min(end, len(half)), lead, co, why))
    for said in _UNITS_SAID.finditer(half):  # …,责任单位为区发改委;
        if not any(n.start <= said.start() < n.end for n in notes):
            names = [n for n in _split_names(said.group(1)) if re.fullmatch(_UNIT_NAME, n)]
            if names:
                notes.append(UnitsNote(said.start(), said.end(), names[0], names[1:], []))
    notes.extend(_units_lines(half, notes, first_leads))
    return sorted(notes, key=lambda n: n.start)


def _unclosed_units(half: str, start: int) -> bool:
    """Is the bracket at ``start`` a units note a copy cut before it closed: (责任单位:A、B to the end of its line
    (or of the text), short, with no other bracket in it?"""
    line_end = half.find("\n", start)
    rest = half[start + 1 : line_end if line_end >= 0 else len(half)]
    return bool(_UNITS_BRACKET.match(half, start)) and len(rest) <= _NOTE_MAX and not re.search(r"[()。]", rest)


def _units_lines(half: str, notes: list[UnitsNote], first_leads: bool) -> list[UnitsNote]:
    """Responsibility on lines of their own below an item (牵头单位: then 配合单位:), a lead line
    and the co lines right after it read together; none inside a bracket already read."""
    found: list[UnitsNote] = []
    lines = list(_UNITS_LINE.finditer(half))
    i = 0
    while i < len(lines):
        first = last = lines[i]
        while i + 1 < len(lines) and lines[i + 1].start() == last.end() + 1:  # the next line, a co line
            i += 1
            last = lines[i]
        lead, co, why = read_units(half[first.start() : last.end()].strip(), first_leads)
        if lead is not None and not any(n.start <= first.start() < n.end for n in notes):
            found.append(UnitsNote(first.start(), last.end(), lead, co, why))
        i += 1
    return found


def _paragraphs(half: str, headings: list[tuple[Heading, str]], units: list[UnitsNote]) -> list[_Paragraph]:
    """The text cut at every heading and units bracket; each piece knows its section and the
    units bracket that closes it (None when the next cut is a heading)."""
    cuts: list[tuple[int, int, str | None, UnitsNote | None]] = []
    for heading, section in headings:
        cuts.append((heading.start, heading.end, section, None))
    for note in units:
        cuts.append((note.start, note.end, None, note))
    cuts.sort(key=lambda c: c[0])
    paragraphs: list[_Paragraph] = []
    section = ""
    position = 0
    for start, end, new_section, cut_note in cuts:
        if start < position:
            continue  # a heading inside a units bracket
        if start > position:
            paragraphs.append(_Paragraph(position, start, section, None))
        if cut_note is not None and paragraphs and paragraphs[-1].end == start:  # it closes the paragraph before it
            paragraphs[-1].units = cut_note
        if new_section is not None:
            section = new_section
        position = end
    if position < len(half):
        paragraphs.append(_Paragraph(position, len(half), section, None))
    _units_of_the_item(paragraphs, {heading.end for heading, _ in headings}, half)
    return paragraphs


def _units_of_the_item(paragraphs: list[_Paragraph], heading_ends: set[int], half: str) -> None:
    """A units bracket that closes an item's heading line (1、…确保完成主要指标。(牵头单位:发改委、统计局))
    holds for the lines beneath it in the item that name no units of their own (▲增加值可比增长14%左右)."""
    item_note: tuple[str, UnitsNote] | None = None
    for paragraph in paragraphs:
        if paragraph.start in heading_ends:
            one_line = "\n" not in half[paragraph.start : paragraph.end].strip()
            item_note = (paragraph.section, paragraph.units) if paragraph.units is not None and one_line else None
        elif item_note is not None and paragraph.section == item_note[0] and paragraph.units is None:
            paragraph.units = item_note[1]


def _industries(half: str) -> dict[str, str]:
    match = _LIST_OF_INDUSTRIES.search(half)
    if match is None:
        return {}
    names = [n.strip() for n in re.split(r"[、,]|和|及", match.group(1)) if n.strip()]
    if len(names) != _cn_number(match.group(2)):
        return {}
    return {f"industry_{i}": name for i, name in enumerate(names, start=1)}


def _industry_of(industries: dict[str, str], sentence: str) -> str | None:
    named = [i for i, name in industries.items() if name in sentence]
    return named[0] if len(named) == 1 else None


_BUREAU_WORDS = (
    ("发改", "dev_reform"),
    ("经信", "econ_it"),
    ("经济和信息化", "econ_it"),
    ("科技", "sci_tech"),
    ("人力社保", "hrss"),
    ("人力资源和社会保障", "hrss"),
    ("教育", "education"),
    ("住建", "housing"),
    ("财政", "finance_bureau"),
    ("金融", "finance"),
    ("商务", "commerce"),
    ("投资促进", "invest_promo"),
    ("招商", "invest_promo"),
    ("自然资源", "natural_resources"),
    ("规划", "planning"),
    ("生态环境", "environment"),
    ("农业农村", "agriculture"),
    ("文化", "culture"),
    ("卫生健康", "health"),
    ("卫健", "health"),
    ("市场监管", "market_regulation"),
    ("统计", "statistics"),
    ("交通", "transport"),
    ("水利", "water"),
    ("数据", "data_bureau"),
    ("大数据", "data_bureau"),
    ("组织部", "organisation_dept"),
    ("人才办", "talent_office"),
    ("宣传部", "publicity_dept"),
    ("税务", "tax"),
    ("供电", "power_supply"),
    ("开发区", "dev_zone"),
    ("高新区", "hi_tech_zone"),
    ("新区", "new_area"),
)
"""Words of Chinese bureau names and readable ids for them (the vocabulary of any county's
government, not of one plan); a unit with none of them is unit_N."""


def _canonical(name: str) -> str:
    return re.sub(r"[()]", "", name)


def _bureau(name: str, bureaus: dict[str, dict[str, Any]], ids: dict[str, str]) -> str:
    """The id of a responsible unit, declared on first sight; a spelling with brackets
    (市委组织部(人才办)) is an alias of the name without them, in both bracket widths."""
    canonical = _canonical(name)
    spellings = [name, name.replace("(", "（").replace(")", "）")] if "(" in name else [name]
    if canonical in ids:
        bureau_id = ids[canonical]
    else:
        words = [(len(w), canonical.rfind(w), i) for w, i in _BUREAU_WORDS if w in canonical]
        base = max(words)[2] if words else f"unit_{len(bureaus) + 1}"
        bureau_id = base
        n = 2
        while bureau_id in bureaus:
            bureau_id = f"{base}_{n}"
            n += 1
        bureaus[bureau_id] = {"name": canonical}
        ids[canonical] = bureau_id
    entry = bureaus[bureau_id]
    for spelling in spellings:
        if spelling != entry["name"] and spelling not in entry.get("aliases", []):
            entry.setdefault("aliases", []).append(spelling)
    return bureau_id


def _doubts(item: DraftItem, phrase: str, paragraph: str) -> None:
    """Notes on what a reviewer must check for one target."""
    if item.commitment is None and _says_a_commitment(paragraph):
        item.notes.append(Msg("the paragraph says 确保/力争 elsewhere: check that it does not cover this target"))
    if item.comparator == "ge" and not re.search("以上|不低于|不少于|达到|至少|达|零的突破|破零|零突破", phrase):
        item.notes.append(Msg("no 以上 or 达到: read as at least; check the comparator"))
    if re.search(r"左右|约\d", phrase):
        item.notes.append(Msg("an approximate figure (左右, 约): check the comparator and the value"))
    if re.search(r"现有|已有|已达|累计建成|目前", phrase):
        item.notes.append(Msg("this number may be what exists now rather than a target"))


@lru_cache(maxsize=4)
def _says_a_commitment(paragraph: str) -> bool:
    """Does the paragraph say 确保/力争/争取 anywhere (asked once per paragraph, not per amount)?"""
    return re.search("确保|力争|争取", paragraph) is not None


def _tasks(
    text: str, half: str, paragraph: _Paragraph, lead: str | None, co: list[str], targets: list[DraftItem]
) -> list[DraftItem]:
    """One task per sentence that acts (推进, 实施, 建设 …) and carries no target."""
    tasks: list[DraftItem] = []
    if lead is None:
        return tasks
    amounts = sorted(t.at for t in targets)  # a sentence with a target's amount in it is no task
    position = paragraph.start
    for piece in re.split(r"(?<=。)", half[paragraph.start : paragraph.end]):
        start, end = position, position + len(piece)
        position = end
        sentence = text[start:end].strip(" 。")
        holds = bisect_left(amounts, start)
        if len(sentence) < 8 or (holds < len(amounts) and amounts[holds] < end):
            continue
        if not re.search(
            r"推进|实施|建设|加快|推动|打造|培育|开展|建立|完善|发展|支持|引导|鼓励|加强|落实|组织|举办|深化", piece
        ):
            continue
        name = re.split(r"[,，;；]", sentence, maxsplit=1)[0][:40]
        task = DraftItem(id="", section=paragraph.section, name=name, source=sentence, lead=lead, co=list(co))
        task.said_at = start + len(piece) - len(piece.lstrip("。 \n"))  # where its words start
        tasks.append(task)
    return tasks


_TIER = re.compile(r"(?:底线|保底|奋斗)目标")
"""A two-tier aim's words (社会消费品零售总额:底线目标929亿元,增长12.5%;奋斗目标938亿元,增长13.5%)."""


def _two_tiers(items: list[DraftItem], half: str) -> list[DraftItem]:
    """The targets of a two-tier aim: each governed to its sentence's end by the last tier before it (底线目标 the
    floor, ensured; 奋斗目标 the stretch, strived for) and named for the measure the sentence opens on, before its
    first tier (社会消费品零售总额:底线目标929亿元 is 社会消费品零售总额 929亿元, not 底线目标)."""
    for item in items:
        before = _back_to(half, item.at + 1, "。!?\n") if item.at >= 0 else ""
        tiers = list(_TIER.finditer(before))
        if not tiers:
            continue
        item.commitment = _MEANING[tiers[-1].group(0)]
        label = re.sub(r"^其中", "", re.split(r"[,:]", before[: tiers[0].start()].strip(" ,:"))[-1])
        tier = _TIER.match(item.name)
        if label and tier is not None:
            item.name = label + item.name[tier.end() :]
    return items


def _complete(items: list[DraftItem], half: str, plan: tuple[str, int]) -> None:
    """What the plan needs and the text did not give, filled in and noted, so that a draft always
    validates: a target of 0 (at least none says nothing) is read as none at most; an item with
    no heading above it (a text numbered only by a 序号 column, or with no headings at all) takes
    the number its line opens with (1、…, a table's 序号) as its section, else its position among
    such items; one whose name could not be read, the start of its source text; a target with no
    year in a five-year plan (``plan``: its title and year), the period's end."""
    _due_at_the_periods_end([item for item in items if item.is_target], *plan, half)
    position = 0
    starts = [0, *(match.end() for match in re.finditer("\n", half))]  # where each line starts
    for item in items:
        at = item.at if item.at >= 0 else item.said_at
        line = starts[bisect_right(starts, at) - 1] if at >= 0 and not item.section else -1
        numbered = _LINE_NUMBER.match(half, line) if line >= 0 else None
        if numbered is not None:
            item.section = numbered.group(1)
            item.notes.append(
                Msg(
                    "no heading above this item in the text: its section is its line's number, {n}; check it",
                    n=item.section,
                )
            )
        if item.value == 0 and item.comparator != "gt" and item.kind in ("cumulative", "milestone"):
            item.comparator, item.kind = "le", "level"  # 0人: none; a count of at least 0 says nothing
            item.notes.append(Msg("a target of 0: read as at most 0 (none); check the comparator"))
        if not item.name.strip():
            item.name = item.source.strip()[:30] or "?"
            item.notes.append(Msg("no name could be read for this item: named after its text; write its name"))
        if not item.section:
            position += 1
            item.section = str(position)
            item.notes.append(
                Msg(
                    "no heading above this item in the text: its section is its position, {n}; write the section "
                    "the plan gives it",
                    n=position,
                )
            )


_LINE_NUMBER = re.compile(r"[ \t]*(\d{1,3})[ \t]*(?:、|[.．](?!\d))")


def _number_ids(items: list[DraftItem], prefix: str) -> None:
    """Ids from the section: t3_2_3_01 is the first target of 三(二)3."""
    counts: dict[str, int] = {}
    for item in items:
        digits = "_".join(str(_cn_number(p)) for p in re.findall(r"[一二三四五六七八九十]+|\d+", item.section))
        key = f"{prefix}{digits or '0'}"
        counts[key] = counts.get(key, 0) + 1
        item.id = f"{key}_{counts[key]:02d}"
