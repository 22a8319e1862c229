package names

import "strings"

// companyForms are the legal forms that end companies' names, lower case.
var companyForms = map[string]bool{
	"co": true, "cos": true, "corp": true, "inc": true, "ltd": true, "plc": true, "llc": true, "llp": true, "lp": true,
	"ag": true, "sa": true, "nv": true, "bv": true, "gmbh": true, "spa": true, "bancorp": true, "holdings": true,
	"limited": true, "incorporated": true,
}

// CompanyForm reports whether the word w, in any case and with or without
// a final dot, is a legal form that ends a company's name: "Inc", "Corp.",
// "plc", "GmbH".
func CompanyForm(w string) bool {
	return companyForms[strings.ToLower(strings.TrimSuffix(w, "."))]
}
