"""Read a report file the way users actually have it: UTF-8 (with or without BOM), GB18030/GBK,
Big5, plain text or a saved HTML page, and return one decoded text that every offset refers to.

Why the care: Chinese encoding detection is error-prone. Big5 bytes nearly always decode *cleanly*
as GB18030 (into nonsense), and GB2312 bytes often decode as Big5, so "which codec raises no error"
is not enough. We therefore (1) honour a BOM, (2) accept strict UTF-8, (3) among the CJK legacy
codecs that decode without error, keep the one whose text is made of common Chinese characters
(simplified or traditional), and only then (4) ask charset-normalizer about anything else.

The text is left as decoded except for newlines (``\\r\\n`` and lone ``\\r`` become ``\\n``) and a
leading BOM, so that ``text[start:end]`` offsets are stable. HTML pages are converted by
:mod:`infer.html_text` and the offsets then refer to that extracted text.
"""
from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from infer.documents import DOCUMENT_SUFFIXES  # a constant only: infer.documents imports textio lazily

#: Files larger than this are refused unless the caller raises the limit (``--max-bytes``).
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}

#: Every file name suffix :func:`load_report` reads as a report: plain text, HTML pages, and the documents
#: of :mod:`infer.documents` (PDF, Word, WPS). The one list: folder searches (``infer.batch.inputs``),
#: ``--help`` texts and error messages are all built from it, so none of them can fall behind the loader.
REPORT_SUFFIXES: tuple[str, ...] = (".txt", *sorted(HTML_SUFFIXES), *DOCUMENT_SUFFIXES)


def describe_report_suffixes() -> str:
    """:data:`REPORT_SUFFIXES` as messages and help texts show them, joined by commas."""
    return ", ".join(REPORT_SUFFIXES)


class InputError(Exception):
    """A file that cannot be read as a report. ``str(err)`` is one human-readable line."""


@dataclass
class Document:
    path: str
    text: str
    encoding: str
    sha256: str  # of ``text`` encoded as UTF-8
    format: str = "text"  # text | html | pdf | docx | doc | wps
    warnings: list[str] = field(default_factory=list)
    extractor: str | None = None  # for documents: what produced the text (infer.documents)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- encoding detection ----------------------------------------------------------------------------

#: The most frequent characters of modern written Chinese plus the vocabulary every disclosure report
#: uses. Only used to *score* candidate decodings: text decoded with the wrong codec is made of
#: characters that are almost never in this set, text decoded correctly mostly is.
_FREQUENT_SIMPLIFIED = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出也得里后自会家可下而过天去能对小多然于心学"
    "么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长"
    "儿回位分爱老因很给名法间斯知世什两次使身者被高已亲其进此话常与活正感见明问力理尔点文几定本公特做外孩"
    "相西果走将月十实向声车全信重三机工物气每并别真打太新比才便夫再书部水像眼等体却加电主界门利海受听表德"
    "少克代员许先口由死安写性马光白或住难望教命花结乐色更拉东神记处让母父应直字场平报友关放至张认接告入"
    "笑内英军候民岁往何度山觉路带万男边风解叫任金快原吃妈变通师立象数四失满战远格士音轻目条呢病始达深完今"
    "提求清王化空业思切怎非找片罗钱吗语元喜曾离飞科言干流欢约各即指合反题必该论交终林请医晚制球决传画保读"
    "运及则房早院量苦火布品近坐产答星精视五连司巴奇管类未朋且婚台夜青北队久乎越观落尽形影红爸百令周吧识步"
    "希亚术留市半热送兴造谈容极随演收首根讲整式取照办强石古华拿计您装似足双妻尼转诉米称丽客南领节衣站黑刻"
    "统断福城故历惊脸选包紧争另建维绝树系伤示愿持千史谁准联妇纪基买志静阿诗独复痛消社算义竟确酒需单治卡幸"
    "兰念举仅钟怕共毛句息功官待究跟穿室易游程号居考突皮哪费倒价图具刚脑永歌响商礼细专黄块脚味灵改据般破引"
    "食仍存众注笔甚某沉血备习校默务土微娘须试怀料调广苏显赛查密议底列富梦错座参八除跑亮假印设线温虽掉京初"
    "养香停际致阳纸李纳验助激够严证帝饭忘趣支春集丈木研班普导顿睡展跳获艺六波察群皇段急庭创区奥器谢弟店否"
    "害草排背止组州朝封睛板角况曲馆育忙质河续哥呼若推境遇雨标姐充围案伦护冷警贝著雪索剧啊船险烟依斗值帮汉"
    "慢佛肯闻唱沙局伯族低玩资屋击速顾泪洲团圣旁堂兵七露园牛哭旅街劳型烈姑陈莫鱼异抱宝权鲁简态级票怪寻杀律"
    "胜份汽右洋范床舞秘午登楼贵吸责例追较职属渐左录丝牙党继托赶章智冲叶胡吉卖坚喝肉遗救修松临藏担戏善卫药"
    "悲敢靠伊村戴词森耳差短祖云规窗散迷油旧适乡架恩投弹铁博雷府压超负勒杂醒洗采毫嘴毕九冰既状乱景席珍童顶"
    "派素脱农疑练野按犯拍征坏骨余承置彩灯巨琴免环姆暗换技翻束增忍餐洛塞缺忆判欧层付阵玛批岛项狗休懂武革"
    "良恶恋委拥娜妙探呀营退摇弄桌熟诺宣银势奖宫忽套康供优课鸟喊降夏困刘罪亡鞋健模败伴守挥鲜财孤枪禁恐伙杰"
    "迹妹遍盖副坦牌江顺秋萨菜划授归浪听凡预奶雄升编典袋莱含盛济蒙棋端腿招释介烧误"
    # the genre's own vocabulary
    "政府息申请依复议诉讼政务年度报告工作情况件项数量统计结转办理予以部分不掌握第三方合法权益行政机关网站"
    "咨询公开条例编制规范性文件许可处罚强制收费采购决定维持纠正审结起诉县区镇乡街道委局办厅署"
)


@lru_cache(maxsize=1)
def _frequent_chars() -> frozenset[str]:
    """The frequent-character set in both scripts (traditional forms via OpenCC)."""
    from infer.lexicon import traditional_variants

    chars = set(_FREQUENT_SIMPLIFIED)
    for variant in traditional_variants(_FREQUENT_SIMPLIFIED):
        chars.update(variant)
    return frozenset(c for c in chars if _is_cjk(c))


def _is_cjk(c: str) -> bool:
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FFFF


def _is_suspicious(c: str) -> bool:
    """Characters a correctly decoded report essentially never contains."""
    o = ord(c)
    if 0xE000 <= o <= 0xF8FF or 0xF0000 <= o:  # private use (GB18030 user areas, Big5 EUDC)
        return True
    if 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FFFF:  # rare CJK extensions
        return True
    if o < 0x20 and c not in "\t\n\r\f\v":
        return True
    return 0x80 <= o < 0xA0 or c == "\ufffd"


def cjk_plausibility(text: str) -> float:
    """How much ``text`` looks like correctly decoded Chinese: the share of its non-ASCII characters
    that are frequent Chinese characters, minus a penalty for private-use/rare/control characters."""
    frequent = _frequent_chars()
    non_ascii = good = bad = 0
    for c in text:
        if ord(c) < 0x80:
            if c < " " and c not in "\t\n\r\f\v":
                bad += 1
            continue
        non_ascii += 1
        if c in frequent:
            good += 1
        elif _is_suspicious(c):
            bad += 1
    if non_ascii == 0:
        return 0.0
    return (good - 3 * bad) / non_ascii


# Legacy CJK codecs, by family. Within a family the first that decodes strictly wins (plain Big5
# before Microsoft's cp950 and the Hong Kong superset), so the reported name is the narrowest true one.
_CJK_FAMILIES: tuple[tuple[str, ...], ...] = (("gb18030",), ("big5", "cp950", "big5hkscs"))
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)
#: Charset names declared in HTML mapped to the codec we decode them with (supersets, since pages
#: that declare gb2312 routinely contain GBK characters).
_DECLARED = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb18030": "gb18030",
             "cp936": "gb18030", "big5": "big5", "big5-hkscs": "big5hkscs", "utf-8": "utf-8",
             "utf8": "utf-8"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a byte-order mark (Windows tools do this): every ASCII character and
    newline has a NUL byte, and the decoding is plausible Chinese (or clean ASCII) text, which bytes
    of another encoding almost never are."""
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        text = _strict(data, codec)
        if text is None:
            continue
        controls = sum(1 for c in text if ord(c) < 0x20 and c not in "\t\n\r\f\v")
        if controls == 0 and (cjk_plausibility(text) >= 0.5 or (text.isascii() and text.strip())):
            return text, codec
    return None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, name: str = "<bytes>", *, declared: str | None = None
                 ) -> tuple[str, str, list[str]]:
    """Decode report bytes; return ``(text, encoding, warnings)``.

    ``declared`` is a charset named by the document itself (an HTML ``<meta charset>``); it is used
    when it decodes cleanly and plausibly. Raises :class:`InputError` for empty, binary or
    undecodable input.
    """
    warnings: list[str] = []
    if not data:
        raise InputError(f"{name}: the file is empty")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = _strict(data, codec)
            if text is None:
                raise InputError(f"{name}: starts with a {label.upper()} byte-order mark but is not valid {label.upper()}")
            return _checked(_normalise_newlines(text.lstrip("\ufeff")), name), label, warnings
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            text, codec = utf16
            warnings.append(f"no byte-order mark: read as {codec.upper()}")
            return _checked(_normalise_newlines(text), name), codec, warnings
        nuls = data.count(b"\x00")
        if nuls > max(16, len(data) // 100):
            raise InputError(f"{name}: looks like a binary file ({nuls} NUL bytes), "
                             f"not a report in a format this tool reads ({describe_report_suffixes()})")
        # a stray NUL or two (a bad copy, a crawler's padding) inside a good report: drop them, say so
        data = data.replace(b"\x00", b"")
        warnings.append(f"{nuls} NUL byte(s) removed")
        if not data:
            raise InputError(f"{name}: contains only NUL bytes")

    text = _strict(data, "utf-8")
    if text is not None:
        return _checked(_normalise_newlines(text), name), "utf-8", warnings

    if declared:
        codec = _DECLARED.get(declared.lower())
        text = _strict(data, codec) if codec else None
        if text is not None and cjk_plausibility(text) >= 0.5:
            return _checked(_normalise_newlines(text), name), codec, warnings
        warnings.append(f"the page declares charset {declared!r} but does not decode as it; detected instead")

    candidates: list[tuple[float, str, str]] = []
    for family in _CJK_FAMILIES:
        for codec in family:
            text = _strict(data, codec)
            if text is not None:
                candidates.append((cjk_plausibility(text), codec, text))
                break
    if candidates:
        score, codec, text = max(candidates, key=lambda c: c[0])
        if score >= 0.3:
            return _checked(_normalise_newlines(text), name), codec, warnings

    # A file with a few damaged bytes (a truncated download, one stray byte in a GBK page) is
    # still the report: keep the plausible decoding with the fewest replacements, and say so.
    budget = max(3, len(data) // 1000)
    lenient: list[tuple[float, int, str, str]] = []
    for codec in ("utf-8", "gb18030", "big5"):
        text = data.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        if bad <= budget:
            lenient.append((cjk_plausibility(text), -bad, codec, text))
    if lenient:
        score, neg_bad, codec, text = max(lenient)
        if score >= 0.3:
            warnings.append(f"{-neg_bad} invalid {codec.upper()} byte sequence(s) replaced by U+FFFD")
            return _checked(_normalise_newlines(text), name), codec, warnings

    # Not UTF-8 nor plausible GB18030/Big5: let charset-normalizer try the rest (UTF-16 without
    # BOM, single-byte code pages), and say so, since results outside CJK are unusual for a report.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        text = str(best)
        if cjk_plausibility(text) >= 0.3 or (text.isascii() and text.strip()):
            warnings.append(f"encoding guessed as {best.encoding} by charset-normalizer")
            return _checked(_normalise_newlines(text), name), best.encoding, warnings
    raise InputError(f"{name}: cannot decode as UTF-8, GB18030 or Big5 (binary or unsupported encoding)")


def _checked(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(f"{name}: contains only whitespace")
    controls = sum(1 for c in text if ord(c) < 0x20 and c not in "\t\n\r\f\v")
    if controls > max(8, len(text) // 200):
        raise InputError(f"{name}: looks like a binary file ({controls} control characters), not a text report")
    return text


# --- HTML sniffing -----------------------------------------------------------------------------------

_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|table|p|div|meta)\b", re.I)
_ANY_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*|!--|!doctype)[\s>/]", re.I)
_HTML_TAG = re.compile(r"</?(?:p|div|table|tr|td|th|br|span|body|html)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """True for markup: a document starting with an HTML tag, or text dense with block tags.

    A plain-text crawl with a stray ``<!--[if !supportLists]-->`` stays plain text."""
    head = text[:4096].lstrip("\ufeff \t\n")
    if head.startswith("<") and _HTML_START.search(head[:1024]):
        return True
    return len(_HTML_TAG.findall(text[:200_000])) >= 20


# --- loading ------------------------------------------------------------------------------------------

def load_report(path: str | Path, *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Document:
    """Read one report file into a :class:`Document` (HTML converted to text with tables as TAB rows).

    ``max_bytes=None`` (or 0) lifts the size limit. Every failure is an :class:`InputError` whose
    message is one line naming the file. Only regular files are read: a FIFO or a device would block
    or never end, so it is refused before opening.
    """
    name = str(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{name}: " + ("broken symbolic link" if os.path.islink(path) else "no such file")) from None
    except PermissionError:
        raise InputError(f"{name}: permission denied (the file or a folder on its path is not accessible)") from None
    except OSError as exc:
        why = "symbolic link loop" if exc.errno == errno.ELOOP else f"cannot read ({exc.strerror or exc})"
        raise InputError(f"{name}: {why}") from None
    except ValueError:  # an embedded NUL in the name
        raise InputError(f"{name}: not a valid file name") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{name}: is a directory, not a report file")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{name}: not a regular file (a pipe, socket or device): skipped")
    if max_bytes and max_bytes > 0 and st.st_size > max_bytes:
        raise InputError(f"{name}: file is {st.st_size / 1e6:.1f} MB, above the {max_bytes / 1e6:.0f} MB limit "
                         "(raise it with --max-bytes if this really is one report)")
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1) if max_bytes and max_bytes > 0 else fh.read()
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if max_bytes and max_bytes > 0 and len(data) > max_bytes:  # it grew while we looked
        raise InputError(f"{name}: file is above the {max_bytes / 1e6:.0f} MB limit")
    from infer.documents import document_kind, load_document  # PDF and Word: by signature, then suffix

    kind = document_kind(name, data[:1024])
    if kind is not None:
        return load_document(data, name, kind)
    return document_from_bytes(data, name, is_html=Path(path).suffix.lower() in HTML_SUFFIXES or None)


#: How a PDF file starts (after at most a few bytes of junk, as the PDF specification allows).
_PDF_MAGIC = b"%PDF-"


def refuse_unsupported(data: bytes, name: str) -> None:
    """Refuse, in one line, a PDF that reached the text decoder (it would otherwise decode as an ASCII
    "report" with no facts): its header is not at the start and its name does not end in .pdf, so
    :func:`infer.documents.document_kind` did not take it; named .pdf, it is read as a PDF."""
    if _PDF_MAGIC in data[:1024]:
        raise InputError(f"{name}: looks like a PDF file with bytes before its %PDF- header: "
                         "rename it to end in .pdf to read it as a PDF")


def printable(s: str) -> str:
    """``s`` safe for a terminal: control characters (escape sequences), format characters and
    undecodable bytes of a file name shown as ``\\x1b``-style escapes instead of being interpreted."""
    import unicodedata

    out = []
    for c in s:
        if c in "\t" or not (unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp")):
            out.append(c)
        else:
            out.append(c.encode("unicode_escape", "backslashreplace").decode("ascii")
                       if ord(c) < 0xD800 or ord(c) > 0xDFFF else f"\\x{ord(c) - 0xDC00:02x}")
    return "".join(out)


def document_from_bytes(data: bytes, name: str, *, is_html: bool | None = None) -> Document:
    """Build a :class:`Document` from bytes; ``is_html=None`` sniffs the content."""
    refuse_unsupported(data, name)
    declared = None
    if is_html is not False:
        m = _META_CHARSET.search(data[:8192])
        declared = m.group(1).decode("ascii") if m else None
    text, encoding, warnings = decode_bytes(data, name, declared=declared)
    fmt = "text"
    if is_html and not _ANY_TAG.search(text[:200_000]):
        warnings.append("named like an HTML page but contains no markup: read as plain text")
        is_html = False
    if is_html or (is_html is None and looks_like_html(text)):
        from infer.html_text import html_to_text

        page = html_to_text(text)
        warnings.extend(page.warnings)
        text = page.text
        fmt = "html"
        if not text.strip():
            raise InputError(f"{name}: the HTML page contains no text")
    return Document(path=name, text=text, encoding=encoding, sha256=sha256_text(text), format=fmt,
                    warnings=warnings)
