package evaluate

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// fmtSscan reads two numbers: either from a {"gold":g,"sys":s} JSON line
// or from "a b".
func fmtSscan(line string, a, b *float64) (int, error) {
	if strings.HasPrefix(line, "{") {
		var rec struct{ Gold, Sys float64 }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			return 0, err
		}
		*a, *b = rec.Gold, rec.Sys
		return 2, nil
	}
	f := strings.Fields(line)
	if len(f) != 2 {
		return 0, fmt.Errorf("want two numbers in %q", line)
	}
	var err error
	if *a, err = strconv.ParseFloat(f[0], 64); err != nil {
		return 0, err
	}
	*b, err = strconv.ParseFloat(f[1], 64)
	return 2, err
}
