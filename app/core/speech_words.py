"""The small hand-written tables behind reading Chinese lessons aloud.

Numbers themselves are converted by a library (cn2an) and readings of characters come
from pypinyin's phrase dictionaries; what is left here is what those libraries cannot
know about lessons for older learners: which numbers are dialled (read digit by digit,
1 as 幺), which units follow numbers, which Latin words appear in Chinese lessons, and
the few phrases whose everyday reading the dictionary gets wrong. See docs/speech.md.
"""

from __future__ import annotations

# Digits read one by one, as a person reads a phone number: 1 is 幺 (yāo), never 一.
PHONE_DIGITS: dict[str, str] = dict(zip("0123456789", "零幺二三四五六七八九", strict=True))
# Digits of a year ("2026年"): 1 stays 一.
YEAR_DIGITS: dict[str, str] = dict(zip("0123456789", "零一二三四五六七八九", strict=True))

# Numbers people dial: always digit by digit, wherever they appear.
SERVICE_NUMBERS: frozenset[str] = frozenset(
    {"110", "119", "120", "122", "114", "12110", "12315", "12345", "12306", "12333", "96110"}
)
# A number right after one of these is dialled, so it is read digit by digit.
PHONE_CONTEXT: tuple[str, ...] = (
    "拨打",
    "拨",
    "打",
    "致电",
    "电话",
    "热线",
    "号码",
    "手机号",
    "报警",
    "呼叫",
    "联系",
    "短信",
)
# Digit runs at least this long are phone or account numbers, never quantities.
PHONE_MIN_DIGITS = 7

# 2 before a measure word is 两 ("两个", "两杯水"), as a person says it.
MEASURE_WORDS: frozenset[str] = frozenset(
    "个次位天斤杯遍岁周张种本件条碗块口步片粒勺只支双把下声页行台部层名年"
)
MEASURE_PHRASES: tuple[str, ...] = ("分钟", "小时", "公斤", "千克", "毫升", "星期", "点钟")

# Units after a number, longest first when matched. Case matters: "mL" and "ml" both
# mean millilitres, but "M" alone is not a unit.
UNITS: dict[str, str] = {
    "mmol/L": "毫摩尔每升",
    "mmHg": "毫米汞柱",
    "kcal": "千卡",
    "°C": "摄氏度",
    "℃": "摄氏度",
    "kg": "公斤",
    "mg": "毫克",
    "mL": "毫升",
    "ml": "毫升",
    "cm": "厘米",
    "mm": "毫米",
    "km": "公里",
    "g": "克",
    "L": "升",
    "m": "米",
}

# Latin words met in Chinese lessons. A Chinese value is read in Mandarin (WeChat is
# 微信 to every Chinese user); a Latin value goes to the English voice as one word.
LATIN_WORDS: dict[str, str] = {
    "wechat": "微信",
    "alipay": "支付宝",
    "app": "app",
    "apps": "apps",
    "wi-fi": "wifi",
    "wifi": "wifi",
    "ok": "OK",
    "qr": "QR",
    "id": "I D",
    "pin": "pin",
    "sos": "S O S",
    "usb": "U S B",
    "tv": "T V",
}

# Phrases whose everyday reading pypinyin's dictionary gets wrong (tone marks as
# pypinyin takes them). Checked by the polyphone corpus in tests/unit.
PHRASE_READINGS: dict[str, list[list[str]]] = {
    "大夫": [["dài"], ["fu"]],
    "答应": [["dā"], ["ying"]],
    "头发": [["tóu"], ["fa"]],
    "数一数": [["shǔ"], ["yī"], ["shǔ"]],
    "你得": [["nǐ"], ["děi"]],
    "我得": [["wǒ"], ["děi"]],
    "就得": [["jiù"], ["děi"]],
    "还得": [["hái"], ["děi"]],
    "慢慢地": [["màn"], ["màn"], ["de"]],
    "轻轻地": [["qīng"], ["qīng"], ["de"]],
    "好好地": [["hǎo"], ["hǎo"], ["de"]],
    "认真地": [["rèn"], ["zhēn"], ["de"]],
    "仔细地": [["zǐ"], ["xì"], ["de"]],
    "慢慢": [["màn"], ["màn"]],
}
