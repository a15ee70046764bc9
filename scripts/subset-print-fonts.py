#!/usr/bin/python3
"""Makes the print fonts in resources/fonts/ (run by hand when a source font changes).

The printed page's body is set in 仿宋 and its titles in 小标宋 where a workstation has them
(GB/T 9704); where it has neither, or no Chinese font at all, these bundled faces print instead:
  - body: LXGW WenKai Regular (OFL-1.1; Debian `fonts-lxgw-wenkai`), a 楷 face, the closest
    free relative of 仿宋 that covers GB 2312 (no OFL 仿宋 is in npm or Debian);
  - titles: Noto Serif CJK SC Bold (OFL-1.1; Debian `fonts-noto-cjk`), a heavy Song for 小标宋.
Both are cut to GB 2312 plus ASCII and the punctuation bulletins use, as WOFF2, and renamed:
the OFL forbids a Modified Version (a subset is one) from using a Reserved Font Name
("LXGW", "霞鹜"), so the subsets are called "Bulletin Archive Kai GB" / "Bulletin Archive Serif GB".

Needs Debian's python3-fonttools and python3-brotli:
  apt-get download fonts-lxgw-wenkai && dpkg -x fonts-lxgw-wenkai_*.deb /tmp/lxgw
  /usr/bin/python3 scripts/subset-print-fonts.py /tmp/lxgw/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf \
      /usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc
"""
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"
PUNCTUATION = "“”‘’—…·、。，；：？！（）《》〈〉【】〔〕「」『』－～★☆◆●■○□△▲※№〇　"


def gb2312() -> str:
    chars = []
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                char = bytes([lead, trail]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            chars.append(char)
    return "".join(chars) + "".join(chr(c) for c in range(0x20, 0x7F)) + PUNCTUATION


def make(source: str, number: int, family: str, style: str, postscript: str, out: str, text: str = "") -> None:
    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False
    options.desubroutinize = True
    options.layout_features = ["kern", "liga", "ccmp", "locl", "halt", "palt"]
    options.font_number = number
    font = subset.load_font(source, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text or gb2312())
    subsetter.subset(font)
    rename(font, family, style, postscript)
    if "CFF " in font:
        to_truetype(font)
    subset.save_font(font, str(OUT / out), options)
    print(out, (OUT / out).stat().st_size, "bytes")


def rename(font: TTFont, family: str, style: str, postscript: str) -> None:
    names = font["name"]
    full = f"{family} {style}"
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 18, 21, 22):
            names.removeNames(nameID=record.nameID)
    for name_id, value in ((1, family), (2, style), (3, f"{postscript};subset"), (4, full), (6, postscript)):
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        top.FullName = full
        top.FamilyName = family


def to_truetype(font: TTFont) -> None:
    """CFF outlines become TrueType (quadratic) ones: Chromium's PDF writer (Skia) embeds a CFF
    font as dozens of Type 3 fonts, but a TrueType one as a single embedded subset."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    for glyph in glyphs.values():
        glyph.recalcBounds(glyf)
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions"):
        setattr(maxp, field, 1 if field == "maxZones" else 0)
    maxp.recalc(font)
    post = font["post"]
    post.formatType = 3.0  # no glyph names: CJK fonts address glyphs by code, and it saves space
    font.sfntVersion = "\0\1\0\0"


if __name__ == "__main__":
    kai, serif = sys.argv[1], sys.argv[2]
    OUT.mkdir(parents=True, exist_ok=True)
    if kai != "-":
        make(kai, 0, "Bulletin Archive Kai GB", "Regular", "BulletinArchiveKaiGB-Regular", "bulletin-kai-gb.woff2")
    # Face 2 of Noto Serif CJK Bold is the Simplified Chinese (SC) one.
    if serif != "-":
        make(serif, 2, "Bulletin Archive Serif GB", "Bold", "BulletinArchiveSerifGB-Bold", "bulletin-serif-gb-bold.woff2")
