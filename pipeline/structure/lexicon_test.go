package structure

import (
	"strings"
	"testing"
)

func TestParseLexiconErrors(t *testing.T) {
	tests := []struct{ data, want string }{
		{"director\n", "my.txt:1: entry \"director\" before any [section]"},
		{"[role]\ndirector\n[roles]\n", "my.txt:3: unknown section \"[roles]\""},
		{"# comment\n[role]\nDirector\n", "my.txt:3: entry \"Director\" is not lower-case"},
	}
	for _, tt := range tests {
		_, err := ParseLexicon("my.txt", []byte(tt.data))
		if err == nil || err.Error() != tt.want {
			t.Errorf("ParseLexicon(%q) error %v, want %q", tt.data, err, tt.want)
		}
	}
	if _, err := New(WithLexicon("bad.txt", []byte("x\n"))); err == nil || !strings.Contains(err.Error(), "bad.txt:1:") {
		t.Errorf("New with a broken lexicon: error %v, want one naming bad.txt:1", err)
	}
}

func TestWithLexicon(t *testing.T) {
	// Without "expert" in the role list, "Senior Expert" reads as a name.
	lx := strings.Replace(string(defaultLexicon), "\nexpert\n", "\n", 1)
	s, err := New(WithLexicon("custom.txt", []byte(lx)))
	if err != nil {
		t.Fatal(err)
	}
	if k := s.lx.classify("Senior Expert").kind; k != kName {
		t.Errorf("custom lexicon: %q is %v, want name", "Senior Expert", k)
	}
	if k := newStage(t).lx.classify("Senior Expert").kind; k != kRole {
		t.Errorf("default lexicon: %q is %v, want role", "Senior Expert", k)
	}
}

func TestClassify(t *testing.T) {
	s := newStage(t)
	tests := []struct {
		line string
		want kind
	}{
		{"The government said on Friday that it would hold talks.", kProse},
		{"\"We will carry on,\" the prime minister said.", kProse},
		{"Experts met on Friday to discuss the results of the elections.", kProse},
		{"By Jane Doe, Professor of Law at the University of Leeds", kByline},
		{"By contrast, the opposition was silent", kHeading},
		{"Friday, 24 March 2023", kDate},
		{"24.03.2023", kDate},
		{"Dr. Jane van Dyke", kName},
		{"Tatiana LIPINA", kName},
		{"JOHN SMITH", kHeading},
		{"Senior Fellow", kRole},
		{"Political scientist", kRole},
		{"Center for Eurasian Studies", kInstitution},
		{"NATO Parliamentary Assembly Secretariat", kInstitution},
		{"of the Republic of Kazakhstan", kContinuation},
		{"Why the Alliance Still Matters", kHeading},
		{"Reuters", kHeading},
		{"Net 52.9 mln vs 21.9 mln", kTable},
		{"Wheat      12.5      13.1", kTable},
	}
	for _, tt := range tests {
		if got := s.lx.classify(tt.line).kind; got != tt.want {
			t.Errorf("classify(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
