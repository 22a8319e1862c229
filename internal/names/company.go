package names

import "strings"

// companyForms are the legal forms that end companies' names, lower case.
var companyForms = map[string]bool{
	"co": true, "cos": true, "corp": true, "inc": true, "ltd": true, "plc": true, "llc": true, "llp": true, "lp": true,
	"ag": true, "sa": true, "nv": true, "bv": true, "gmbh": true, "spa": true, "bancorp": true, "holdings": true,
	"limited": true, "incorporated": true,
}

// CompanyForm reports whether the word w, in any case and with or without
// dots, is a legal form that ends a company's name: "Inc", "Corp.",
// "plc", "GmbH", "A.G.".
func CompanyForm(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	if strings.Contains(w, ".") {
		w = strings.ReplaceAll(w, ".", "") // "A.G.", "N.V.", "L.P."
	}
	return companyForms[w]
}
