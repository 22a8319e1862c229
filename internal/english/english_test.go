package english

import "testing"

func TestUncontract(t *testing.T) {
	for w, want := range map[string]string{"i've": "i", "we’d": "we", "they'll": "they", "o'neill": "", "i": "", "it's": "it"} {
		p, _, ok := Uncontract(w)
		if ok != (want != "") || ok && p != want {
			t.Errorf("Uncontract(%q) = %q %v, want %q", w, p, ok, want)
		}
	}
}

func TestCommon(t *testing.T) {
	c := Common()
	if c.Len() < 50_000 {
		t.Fatalf("%d common words, want the whole list", c.Len())
	}
	for w, want := range map[string]bool{
		"critics": true, "investors": true, "officials": true,
		"reuters": false, "siemens": false, "london": false, "": false, "# common": false,
	} {
		if got := c.Has(w); got != want {
			t.Errorf("Has(%q) = %v, want %v", w, got, want)
		}
	}
	if Common() != c {
		t.Error("Common is not shared")
	}
}

func TestGivenNames(t *testing.T) {
	g := GivenNames()
	if g.Len() < 5_000 {
		t.Fatalf("%d given names, want the whole list", g.Len())
	}
	for w, want := range map[string]bool{
		"ann": true, "robert": true, "mary": true,
		"Ann": false, "reuters": false, "the": false, "": false,
	} {
		if got := g.Has(w); got != want {
			t.Errorf("Has(%q) = %v, want %v", w, got, want)
		}
	}
	if GivenNames() != g {
		t.Error("GivenNames is not shared")
	}
}

func TestGivenGender(t *testing.T) {
	for name, want := range map[string]string{
		"David": "m", "dick": "m", "Tessa": "f", "MARGARET": "f",
		"Leslie":  "", // on both lists
		"Reuters": "", "": "",
	} {
		if got := GivenGender(name); got != want {
			t.Errorf("GivenGender(%q) = %q, want %q", name, got, want)
		}
	}
	if GivenNames().Has("david\tm") || !GivenNames().Has("david") {
		t.Error("GivenNames holds the gender marks")
	}
}
