"""Named characters and width tables: the one place where easily-lost characters live.

Full-width punctuation is silently turned into ASCII by some editors and tools, so every
such character in this package is written here by ``\\N{...}`` name and imported from here.
The tests check these constants by code point, not by looks.

>>> hex(ord(FULLWIDTH_COMMA)), hex(ord(FULLWIDTH_COLON))
('0xff0c', '0xff1a')
>>> WIDE_OF[","] == FULLWIDTH_COMMA
True
"""

from __future__ import annotations

# Full-width (GB/T 15834) punctuation used in Chinese running text.
FULLWIDTH_COMMA = "\N{FULLWIDTH COMMA}"  # U+FF0C
FULLWIDTH_COLON = "\N{FULLWIDTH COLON}"  # U+FF1A
FULLWIDTH_SEMICOLON = "\N{FULLWIDTH SEMICOLON}"  # U+FF1B
FULLWIDTH_LEFT_PAREN = "\N{FULLWIDTH LEFT PARENTHESIS}"  # U+FF08
FULLWIDTH_RIGHT_PAREN = "\N{FULLWIDTH RIGHT PARENTHESIS}"  # U+FF09
FULLWIDTH_QUESTION = "\N{FULLWIDTH QUESTION MARK}"  # U+FF1F
FULLWIDTH_EXCLAMATION = "\N{FULLWIDTH EXCLAMATION MARK}"  # U+FF01
IDEOGRAPHIC_COMMA = "\N{IDEOGRAPHIC COMMA}"  # U+3001 、
IDEOGRAPHIC_FULL_STOP = "\N{IDEOGRAPHIC FULL STOP}"  # U+3002 。
LEFT_DOUBLE_QUOTE = "\N{LEFT DOUBLE QUOTATION MARK}"  # U+201C “
RIGHT_DOUBLE_QUOTE = "\N{RIGHT DOUBLE QUOTATION MARK}"  # U+201D ”
LEFT_SINGLE_QUOTE = "\N{LEFT SINGLE QUOTATION MARK}"  # U+2018 ‘
RIGHT_SINGLE_QUOTE = "\N{RIGHT SINGLE QUOTATION MARK}"  # U+2019 ’
LEFT_TITLE_MARK = "\N{LEFT DOUBLE ANGLE BRACKET}"  # U+300A 《
RIGHT_TITLE_MARK = "\N{RIGHT DOUBLE ANGLE BRACKET}"  # U+300B 》
LEFT_BLACK_LENTICULAR = "\N{LEFT BLACK LENTICULAR BRACKET}"  # U+3010 【
RIGHT_BLACK_LENTICULAR = "\N{RIGHT BLACK LENTICULAR BRACKET}"  # U+3011 】
LEFT_CORNER = "\N{LEFT CORNER BRACKET}"  # U+300C 「
RIGHT_CORNER = "\N{RIGHT CORNER BRACKET}"  # U+300D 」
LEFT_WHITE_CORNER = "\N{LEFT WHITE CORNER BRACKET}"  # U+300E 『
RIGHT_WHITE_CORNER = "\N{RIGHT WHITE CORNER BRACKET}"  # U+300F 』
# The marks a quotation opens and closes with (curly quotes, and the corner brackets of a
# traditional-script text).
OPENING_QUOTES = LEFT_DOUBLE_QUOTE + LEFT_SINGLE_QUOTE + LEFT_CORNER + LEFT_WHITE_CORNER
CLOSING_QUOTES = RIGHT_DOUBLE_QUOTE + RIGHT_SINGLE_QUOTE + RIGHT_CORNER + RIGHT_WHITE_CORNER
# A wide gap between two words of a line, as a pattern fragment: an ideographic space (with any blanks)
# or two blanks or more; where a scraper joined a widget's or an ad's cell to the text.
WIDE_GAP = r"(?<=\S)(?:\u3000[ \t\u3000]*+|[ \t]{2,}+)(?=\S)"

# An ellipsis however a text writes it (a pattern fragment): … ⋯ runs, three dots or more, 。。。, ．．:
# where a teaser or a title was cut at a width (dupspans, datereader).
ELLIPSIS_RUN = r"(?:\u2026++|\u22ef++|\.{3,}+|\u3002{3,}+|\uff0e{2,}+)"

# ASCII punctuation -> its full-width form in CJK context (punct.widen_ascii_punctuation).
WIDE_OF: dict[str, str] = {
    ",": FULLWIDTH_COMMA,
    ":": FULLWIDTH_COLON,
    ";": FULLWIDTH_SEMICOLON,
    "(": FULLWIDTH_LEFT_PAREN,
    ")": FULLWIDTH_RIGHT_PAREN,
    "?": FULLWIDTH_QUESTION,
    "!": FULLWIDTH_EXCLAMATION,
}

ASCII_OF: dict[str, str] = {wide: ascii_ for ascii_, wide in WIDE_OF.items()}

# Spaces that are not the ASCII space.
NO_BREAK_SPACE = "\N{NO-BREAK SPACE}"  # U+00A0
EN_QUAD = "\N{EN QUAD}"  # U+2000
EN_SPACE = "\N{EN SPACE}"  # U+2002
EM_SPACE = "\N{EM SPACE}"  # U+2003
THIN_SPACE = "\N{THIN SPACE}"  # U+2009
IDEOGRAPHIC_SPACE = "\N{IDEOGRAPHIC SPACE}"  # U+3000
ZERO_WIDTH_SPACE = "\N{ZERO WIDTH SPACE}"  # U+200B
ZERO_WIDTH_NO_BREAK = "\N{ZERO WIDTH NO-BREAK SPACE}"  # U+FEFF (BOM inside text)
REPLACEMENT_CHARACTER = "\N{REPLACEMENT CHARACTER}"  # U+FFFD

# Horizontal space characters that count as "a space" for spacing rules (regex class body).
HORIZONTAL_SPACES = " \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
HORIZONTAL_SPACE_SET = frozenset(" \t\u00a0\u1680\u202f\u205f\u3000") | frozenset(
    chr(c) for c in range(0x2000, 0x200B)
)
# Invisible characters that carry no text (regex class body).
ZERO_WIDTHS = "\u200b\u200c\u200d\u2060\ufeff"

# Full-width digit -> ASCII digit (a str.translate table), one character for one: a rule
# that reads figures matches a translated copy and its offsets hold in the text.
ASCII_DIGIT_OF = {0xFF10 + i: str(i) for i in range(10)}

# Character classes (regex class bodies) for "CJK context".
# Han ideographs plus CJK punctuation and full-width forms: the neighbourhood in which ASCII
# punctuation is a width error rather than part of a Latin phrase.
HAN = r"\p{Han}"
CJK_PUNCT = "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2026\u2014"
CJK = HAN + CJK_PUNCT

# Chinese numerals as outline markers and article numbers write them (第十二条, 第一百零三条).
CHINESE_NUMERALS = "〇零一二三四五六七八九十百千两"

# Title marks, ellipsis and dash (GB/T 15834).
LEFT_ANGLE = "\N{LEFT ANGLE BRACKET}"  # U+3008 〈
RIGHT_ANGLE = "\N{RIGHT ANGLE BRACKET}"  # U+3009 〉
HORIZONTAL_ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"  # U+2026 …
EM_DASH = "\N{EM DASH}"  # U+2014 —
HORIZONTAL_BAR = "\N{HORIZONTAL BAR}"  # U+2015 ―
CHINESE_ELLIPSIS = HORIZONTAL_ELLIPSIS * 2  # ……
CHINESE_DASH = EM_DASH * 2  # ——
FULLWIDTH_HYPHEN_MINUS = "\N{FULLWIDTH HYPHEN-MINUS}"  # U+FF0D －
FULLWIDTH_FULL_STOP = "\N{FULLWIDTH FULL STOP}"  # U+FF0E ．
FULLWIDTH_PERCENT = "\N{FULLWIDTH PERCENT SIGN}"  # U+FF05 ％
FULLWIDTH_TILDE = "\N{FULLWIDTH TILDE}"  # U+FF5E ～ (the range mark)
# The 六角括号 of a document number's year (GB/T 9704): 国发〔2021〕12号.
LEFT_TORTOISE_SHELL = "\N{LEFT TORTOISE SHELL BRACKET}"  # U+3014 〔
RIGHT_TORTOISE_SHELL = "\N{RIGHT TORTOISE SHELL BRACKET}"  # U+3015 〕
# Look-alikes of 、 between Han characters: the radical "dot" an input method offers for
# "dun", and the katakana iteration mark.
HAN_RADICAL_DOT = "\N{CJK UNIFIED IDEOGRAPH-4E36}"  # U+4E36
KATAKANA_ITERATION_MARK = "\N{KATAKANA ITERATION MARK}"  # U+30FD
MIDDLE_DOT = "\N{MIDDLE DOT}"  # U+00B7 ·, the 间隔号 (GB/T 15834)
# Look-alikes of a colon an ad writes to dodge a filter on "QQ:" (扣扣∶697988): the ratio sign and
# the small and vertical presentation forms.
COLON_LOOKALIKES = "\N{RATIO}\N{SMALL COLON}\N{PRESENTATION FORM FOR VERTICAL COLON}\N{PRESENTATION FORM FOR VERTICAL TWO DOT LEADER}"

# Clause and sentence marks, weakest first: of a stack of them only the strongest stays.
STACKABLE = IDEOGRAPHIC_COMMA + FULLWIDTH_COMMA + FULLWIDTH_COLON + FULLWIDTH_SEMICOLON + IDEOGRAPHIC_FULL_STOP

# Pairs checked for balance within a paragraph: opening -> closing.
PAIRS: dict[str, str] = {
    LEFT_DOUBLE_QUOTE: RIGHT_DOUBLE_QUOTE,
    LEFT_SINGLE_QUOTE: RIGHT_SINGLE_QUOTE,
    LEFT_TITLE_MARK: RIGHT_TITLE_MARK,
    FULLWIDTH_LEFT_PAREN: FULLWIDTH_RIGHT_PAREN,
    LEFT_BLACK_LENTICULAR: RIGHT_BLACK_LENTICULAR,
}
