package names

import (
	"slices"
	"testing"
)

func TestPersonKeySameAcrossSpellings(t *testing.T) {
	same := [][]string{
		{"Zhanar Tulindinova", "Zhanar TULINDINOVA", "TULINDINOVA Zhanar", "Dr. Zhanar Tulindinova"},
		{"Yerkin Tukumov", "Erkin Tukumov"},
		{"Yerlan Saiyrov", "Erlan Saiyrov"},
		{"Marat Tazhibayev", "Marat Tazhibaev"},
		{"Dmitriy Orlov", "Dmitry Orlov", "Dmitrii Orlov"},
		{"Tatyana Lipina", "Tatiana LIPINA"},
		{"Daniyar Akhmetov", "Daniyar Ahmetov"},
		{"Kassym-Jomart Tokayev", "Kassym-Zhomart Tokaev", "Kassym-Jomart Kemelevich Tokayev"},
		{"Aigul Nurpeissova", "Aigul Nurpeisova"},
		{"Ерлан Карин", "Yerlan Karin", "Erlan Karin"},
		{"Rustem Kaliyev", "Rustem Kaliev"},
		{"José Müller", "Jose Muller"},
	}
	for _, group := range same {
		want := PersonKey(group[0])
		if want == "" {
			t.Fatalf("%q: empty key", group[0])
		}
		for _, n := range group[1:] {
			if got := PersonKey(n); got != want {
				t.Errorf("PersonKey(%q) = %q, want %q as for %q", n, got, want, group[0])
			}
			if PersonID(n) != PersonID(group[0]) {
				t.Errorf("PersonID(%q) differs from %q", n, group[0])
			}
		}
	}
}

func TestPersonKeyKeepsPeopleApart(t *testing.T) {
	apart := [][2]string{
		{"Zhanar Tulindinova", "Zhanar Tulindin"},
		{"Marat Tazhibayev", "Marat Tazhin"},
		{"Erlan Karin", "Erlan Kariev"},
		{"Anna Ivanova", "Anna Ivanov"},
	}
	for _, p := range apart {
		if PersonKey(p[0]) == PersonKey(p[1]) {
			t.Errorf("%q and %q share the key %q", p[0], p[1], PersonKey(p[0]))
		}
	}
}

func TestSurname(t *testing.T) {
	for name, want := range map[string]string{
		"Zhanar Tulindinova":     "tulindinova",
		"TULINDINOVA Zhanar":     "tulindinova",
		"Tatiana LIPINA":         "lipina",
		"Prof. Marat Tazhibayev": "tazhibaev",
		"Kassym-Jomart Tokayev":  "tokaev",
		"Ivan Ivanovich Petrov":  "petrov",
		"Dr.":                    "",
	} {
		if got := Surname(name); got != want {
			t.Errorf("Surname(%q) = %q, want %q", name, got, want)
		}
	}
	if !SameWord("Tazhibayev", "TAZHIBAEV") || SameWord("Tazhibayev", "Tazhin") {
		t.Error("SameWord")
	}
}

func TestEntityID(t *testing.T) {
	if EntityID("ORG", "the Mazhilis") != EntityID("ORG", "Mazhilis") {
		t.Error("articles must not change an ORG key")
	}
	if EntityID("ORG", "Mazhilis") == EntityID("GPE", "Mazhilis") {
		t.Error("the type is part of the id")
	}
	if EntityID("PERSON", "Yerkin Tukumov") != PersonID("Erkin Tukumov") {
		t.Error("PERSON entities share speaker ids")
	}
	if EntityID("ORG", "!!!") != "" || PersonID("Dr.") != "" {
		t.Error("empty names have no id")
	}
	if len(PersonID("Erkin Tukumov")) != 16 {
		t.Error("ids are 16 hex digits")
	}
}

func FuzzPersonKey(f *testing.F) {
	for _, s := range []string{"Zhanar TULINDINOVA", "Ерлан Карин", "Dr.", "", "Kassym-Jomart Kemelevich Tokayev", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := PersonKey(s)
		if PersonKey(k) != k {
			t.Errorf("PersonKey is not idempotent on %q: %q then %q", s, k, PersonKey(k))
		}
		_ = Surname(s)
		_ = EntityID("ORG", s)
		if w, ok := asciiWords(s); ok && !slices.Equal(w, unicodeWords(s)) {
			t.Errorf("asciiWords(%q) = %q, unicodeWords %q", s, w, unicodeWords(s))
		}
	})
}

func TestOneWord(t *testing.T) {
	for name, want := range map[string]bool{
		"Tulindinova": true, "Mr Howard": true, "Mr. Kilroy-Silk": true, "Dr Fox": true,
		"Michael Howard": false, "Robert Kilroy-Silk": false, "Mr": false, "": false, "Sir Edward Heath": false,
		"De Clercq": true, "van der Merwe": true, "Mr De Clercq": true, "De": true,
		"Willy De Clercq": false, "Al Gore": false, "Ben Bernanke": false,
	} {
		if got := OneWord(name); got != want {
			t.Errorf("OneWord(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestGivenName(t *testing.T) {
	for name, want := range map[string]string{
		"Sir Richard Branson": "richard", "Richard Branson": "richard", "Mr Blair": "", "Blair": "",
		"Dame Judi Dench": "zhudi", // folded as surnames are (j as zh) "": "", "Dr. Zhanar Tulindinova": "zhanar",
	} {
		if got := GivenName(name); got != want {
			t.Errorf("GivenName(%q) = %q, want %q", name, got, want)
		}
	}
	for name, want := range map[string]bool{"Sir Richard": true, "Dame Judi": true, "Sir": false, "Mr Blair": false, "Richard": false} {
		if got := Knighted(name); got != want {
			t.Errorf("Knighted(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestCompanyForm(t *testing.T) {
	for w, want := range map[string]bool{"Inc": true, "Corp.": true, "plc": true, "GmbH": true, "CO": true, "A.G.": true, "N.V.": true, "L.P.": true, "Limited": true, "Company": false, "Lynch": false, "": false, ".": false, "A.B.C.": false} {
		if got := CompanyForm(w); got != want {
			t.Errorf("CompanyForm(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestLeadSurname(t *testing.T) {
	for name, want := range map[string]string{
		"Zhao Ziyang": "zhao", "Hu Jintao": "hu", "Li Peng": "li", "Kim Dae-jung": "", // Kim is an English given name too

		"Mittal Steel": "", "Virgin Radio": "", "John Smith": "", "Mr Zhao": "", "Zhao": "", "Ann Marie Lee Ross": "",
	} {
		if got := LeadSurname(name); got != want {
			t.Errorf("LeadSurname(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestFirm(t *testing.T) {
	for name, want := range map[string]bool{
		"Merrill Lynch":            true,
		"Merrill Lynch and Co Inc": true,
		"Merrill Lynch &amp; Co":   true,
		"Kidder, Peabody":          true,
		"MERRILL LYNCH":            true,
		"Lynch":                    false,
		"Merrill":                  false,
		"Bob Merrill":              false,
		"Jack Straw":               false,
	} {
		if got := Firm(name); got != want {
			t.Errorf("Firm(%q) = %v, want %v", name, got, want)
		}
	}
}
