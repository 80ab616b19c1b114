#!/usr/bin/python3
"""Makes a CJK TrueType font safe for PDF text extraction.

Noto Sans JP maps several code points to one glyph (e.g. 目 U+76EE and the Kangxi radical ⽬ U+2F6C,
・ U+30FB and ‧ U+2027). PDF writers build the ToUnicode map from the glyph back to one code point,
and PDFBox picks the lowest, so copied or extracted text comes out as radicals. This script keeps,
for every glyph with several code points, the one Japanese text uses, and removes from the cmap the
others that Japanese text does not use (radicals, compatibility ideographs, ‧ and the like). Code points
Japanese text does use — ideographs, kana and CJK symbols, ASCII, full-width forms such as ～ U+FF5E,
circled numbers — are never removed, even when they share a glyph, or they would render as missing glyphs; and drops the variation-sequence subtable PDF renderers ignore. Run with Debian's python3-fonttools:

    /usr/bin/python3 tools/fonts/prefer_japanese_codepoints.py IN.ttf OUT.ttf
"""
import sys
from collections import defaultdict

from fontTools.ttLib import TTFont


def rank(cp: int) -> int:
    """Lower is preferred."""
    if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF:
        return 0  # CJK unified ideographs
    if 0x3000 <= cp <= 0x30FF:
        return 1  # CJK symbols, hiragana, katakana
    if 0x20 <= cp <= 0x7E:
        return 2  # ASCII
    if 0xFF00 <= cp <= 0xFFEF:
        return 3  # full-width forms
    if 0x2460 <= cp <= 0x24FF:
        return 4  # ① enclosed alphanumerics
    if 0x2E80 <= cp <= 0x2FDF or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F:
        return 9  # radicals and compatibility ideographs
    if cp in (0xA0, 0xAD, 0x2011):
        return 8  # no-break space, soft hyphen, non-breaking hyphen
    return 5


def main(source: str, target: str) -> None:
    font = TTFont(source)
    best = font.getBestCmap()
    by_glyph = defaultdict(list)
    for cp, glyph in best.items():
        by_glyph[glyph].append(cp)
    dropped = set()
    for glyph, cps in by_glyph.items():
        if len(cps) > 1:
            keep = min(cps, key=lambda c: (rank(c), c))
            dropped.update(c for c in cps if c != keep and rank(c) > 4)
    for table in font["cmap"].tables:
        if hasattr(table, "cmap") and table.format != 14:
            for cp in dropped:
                table.cmap.pop(cp, None)
    # PDF renderers ignore the format 14 subtable (variation sequences); dropping it keeps them quiet.
    font["cmap"].tables = [t for t in font["cmap"].tables if t.format != 14]
    font.save(target)
    print(f"{source}: removed {len(dropped)} duplicate code points -> {target}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
