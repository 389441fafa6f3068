#!/usr/bin/env bash
# Regenerates the encoded test pages of tests/data/extract/ from the UTF-8 sources in src/
# with iconv. Run from anywhere; the outputs are committed.
set -euo pipefail
cd "$(dirname "$0")"
iconv -f UTF-8 -t WINDOWS-1255 src/he_1255.html > he_1255.html
iconv -f UTF-8 -t WINDOWS-1256 src/ar_1256.html > ar_1256.html
iconv -f UTF-8 -t KOI8-R src/ru_koi8r.html > ru_koi8r.html
iconv -f UTF-8 -t SHIFT_JIS src/ja_sjis.html > ja_sjis.html
iconv -f UTF-8 -t GB18030 src/zh_gb18030.html > zh_gb18030.html
# ISO-8859-8 has no maqaf: the page uses "-" and declares nothing (the HTTP header does).
sed -e 's/־/-/g' -e '/http-equiv/d' src/he_1255.html | iconv -f UTF-8 -t ISO-8859-8 > he_8859-8_nodecl.html
# UTF-16: with a BOM, without one and undeclared, and under a wrong <meta>.
sed -e '/http-equiv/d' src/he_1255.html > /tmp/he_nodecl.$$
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE /tmp/he_nodecl.$$; } > he_utf16le_bom.html
iconv -f UTF-8 -t UTF-16LE /tmp/he_nodecl.$$ > he_utf16le_nobom.html
iconv -f UTF-8 -t UTF-16BE src/ru_koi8r.html > ru_utf16be_nobom.html
sed -e 's/charset=windows-1255/charset=iso-8859-1/' src/he_1255.html | iconv -f UTF-8 -t UTF-16LE > he_utf16le_wrongdecl.html
rm -f /tmp/he_nodecl.$$
iconv -f UTF-8 -t WINDOWS-1255 src/he_short_1255.html > he_short_1255.html
# Legacy layout tables with the headline in <font size> (session 28).
iconv -f UTF-8 -t ISO-8859-2 src/font_headline_pl.html > font_headline_pl.html
iconv -f UTF-8 -t WINDOWS-1251 src/font_headline_ru.html > font_headline_ru.html
iconv -f UTF-8 -t GB2312 src/font_headline_zh.html > font_headline_zh.html
# Layout cells with a spacer GIF or a script's ad (<noscript> copy) beside the header (session 28).
for f in spacer_header_en spacer_header_de noscript_ad_header_en noscript_ad_header_fr; do
  iconv -f UTF-8 -t WINDOWS-1252 src/$f.html > $f.html
done
# Bylines wholly in brackets under a legacy headline (session 28).
iconv -f UTF-8 -t SHIFT_JIS src/bracket_byline_ja.html > bracket_byline_ja.html
iconv -f UTF-8 -t WINDOWS-1252 src/bracket_byline_de.html > bracket_byline_de.html
# Labels browsers know besides the IANA names, Thai by its letters' order, Hebrew stored in
# visual order (session 29). src/he_visual.html is written in display order already.
iconv -f UTF-8 -t CP949 src/ko_ksc5601.html > ko_ksc5601.html
iconv -f UTF-8 -t SHIFT_JIS src/ja_xsjis_label.html > ja_xsjis_label.html
iconv -f UTF-8 -t BIG5-HKSCS src/zh_csbig5_hkscs.html > zh_csbig5_hkscs.html
iconv -f UTF-8 -t TIS-620 src/th_tis620.html > th_tis620_nodecl.html
sed -e 's|<head>|<head>\n<meta charset="iso-8859-1">|' src/th_tis620.html | iconv -f UTF-8 -t TIS-620 > th_tis620_latin1.html
iconv -f UTF-8 -t ISO-8859-8 src/he_visual.html > he_visual.html
sed -e '/http-equiv/d' src/he_visual.html | iconv -f UTF-8 -t ISO-8859-8 > he_visual_nodecl.html
# Greek in windows-1253 undeclared (the capital alpha with tonos at 0xA2), Vietnamese in
# windows-1258 (iconv writes its tones as combining marks) (session 29).
iconv -f UTF-8 -t WINDOWS-1253 src/el_1253.html > el_1253_nodecl.html
iconv -f UTF-8 -t WINDOWS-1258 src/vi_1258.html > vi_1258.html
iconv -f UTF-8 -t ISO-8859-7 src/el_1253.html > el_1253_nodecl_8859-7.html
