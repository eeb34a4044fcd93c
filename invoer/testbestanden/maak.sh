#!/bin/sh
# Makes the committed test files from bron.csv with programs other than the reader under test, as a school's would:
#   aanwezigheid.xlsx              LibreOffice Calc (headless) imports bron.csv as a Dutch user would and saves a workbook:
#                                  the period columns as date cells (DMY), hours as numbers, quoted hours as text cells,
#                                  an empty cell left empty, the typo "1O" as text.
#   aanwezigheid-windows-1252.csv  iconv re-encodes bron.csv as Windows-1252, what Excel on Windows writes for CSV.
# Needs Debian's libreoffice-calc-nogui (or libreoffice-calc) and iconv. Run from anywhere; writes next to this script.
set -eu
cd "$(dirname "$0")"
profiel=$(mktemp -d)
trap 'rm -rf "$profiel"' EXIT

# CSV import options, by position: separator ';' (59), text delimiter '"' (34), UTF-8 (76), from line 1,
# columns 4 and 5 as DMY dates (4), Dutch (1043) for the decimal comma, quoted fields as text (true).
soffice -env:UserInstallation="file://$profiel" --headless --norestore \
  --infilter='CSV:59,34,76,1,4/4/5/4,1043,true' --convert-to xlsx:'Calc MS Excel 2007 XML' --outdir "$profiel/uit" bron.csv >/dev/null
mv "$profiel/uit/bron.xlsx" aanwezigheid.xlsx

iconv -f UTF-8 -t WINDOWS-1252 bron.csv > aanwezigheid-windows-1252.csv
# Windows line ends, as Excel writes them.
sed -i 's/$/\r/' aanwezigheid-windows-1252.csv
