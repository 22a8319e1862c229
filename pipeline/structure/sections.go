package structure

// span is a half-open range [a, b) of unit (paragraph) indexes.
type span struct{ a, b int }

func (s span) empty() bool { return s.b <= s.a }

// plan is one section in unit indexes.
type plan struct {
	start, end int  // units [start, end)
	head       int  // heading unit, -1 for none
	bodyFrom   int  // first unit that may be body (after header, heading)
	sigBefore  span // byline block at the top
	sigAfter   span // signature block at the bottom
}

// body returns the body's unit range: what lies between the heading or
// byline and the closing signature.
func (p plan) body() span {
	a := max(p.start, p.bodyFrom, p.head+1, p.sigBefore.b)
	b := p.end
	if !p.sigAfter.empty() {
		b = p.sigAfter.a
	}
	return span{a, max(a, b)}
}

// planner runs the section state machine over classified units.
type planner struct {
	u []unit
}

// headingLike reports whether unit i, standing last before prose, reads
// as a headline rather than as the last line of a signature block.
func (p *planner) headingLike(i int) bool {
	u := p.u[i]
	if u.endsComma {
		return false
	}
	switch u.kind {
	case kHeading, kName:
		return true
	case kRole:
		return u.titled
	case kInstitution:
		return u.titled || !u.strongInst
	}
	return false
}

// loneHeading reports whether unit i, standing alone between prose
// paragraphs, is a subheading or a headline.
func (p *planner) loneHeading(i int) bool {
	u := p.u[i]
	return !u.endsComma && u.kind != kName && p.headingLike(i)
}

// signature reports whether units s form a signature block: at most ten
// signature-like lines (name, position, institution, continuation, date),
// not opening with a continuation, with at least one name, position or
// institution. Between two pieces (inner) a bare name is not enough: the
// block must hold a position or an institution.
func (p *planner) signature(s span, inner bool) bool {
	if s.empty() || s.b-s.a > 10 || p.u[s.a].kind == kContinuation {
		return false
	}
	core := false
	for _, u := range p.u[s.a:s.b] {
		if !u.sigLike() {
			return false
		}
		if u.kind == kRole || u.kind == kInstitution || (u.kind == kName && !inner) {
			core = true
		}
	}
	return core
}

// bylineBlock returns the byline at unit k and the position and
// institution lines that follow it.
func (p *planner) bylineBlock(k, limit int) span {
	b := k + 1
	for b < limit && b-k < 8 {
		switch p.u[b].kind {
		case kRole, kInstitution, kContinuation, kDate:
			b++
			continue
		}
		break
	}
	return span{k, b}
}

// sections splits units[from:] (the units after the header) into
// sections. title is the header's title unit or -1.
//
// The text is seen as prose paragraphs separated by runs of short
// non-prose lines. A run between two prose paragraphs is read, from the
// end, as an optional heading (its last line, when that looks like a
// headline) preceded by the signature block closing the piece above; a
// byline inside the run instead opens the piece below. A run that is only
// a heading is a subheading, except that the first signature in a
// multi-part text also claims the last lone heading before it as its
// piece's title (the lead report above it is unsigned). A run after the
// last prose paragraph is the last piece's signature.
func (p *planner) sections(from, title int) []plan {
	n := len(p.u)
	for i := from + 1; i < n; i++ { // wrapped signature lines
		prev, u := p.u[i-1], &p.u[i]
		if prev.kind != kProse && prev.endsOpen && u.kind != kProse && u.kind != kByline && u.kind != kDate {
			u.kind = kContinuation
		}
	}
	secs := []plan{{start: 0, head: title, bodyFrom: from}}
	cur := func() *plan { return &secs[len(secs)-1] }
	open := func(start, head int, sigBefore span) {
		cur().end = start
		secs = append(secs, plan{start: start, head: head, bodyFrom: start, sigBefore: sigBefore})
	}
	// Prose paragraphs and table rows anchor the runs of short lines.
	isProse := func(i int) bool { return p.u[i].kind == kProse || p.u[i].kind == kTable }

	i := from
	for i < n && !isProse(i) {
		i++
	}
	if i == n { // no prose at all: one section, nothing to find
		secs[0].end = n
		return secs
	}
	p.leading(cur(), from, i)

	var lone []int // lone headings of the current section
	signed := 0    // signature cuts so far
	firstProse := i
	for i < n {
		if isProse(i) {
			i++
			continue
		}
		j := i
		for j < n && !isProse(j) {
			j++
		}
		if j == n { // closing run: the last piece's signature
			if s := p.closing(i); !s.empty() {
				cur().sigAfter = s
			}
			break
		}
		k := -1
		for x := i; x < j; x++ {
			if p.u[x].kind == kByline {
				k = x
				break
			}
		}
		switch {
		case k >= 0:
			before, head := span{i, k}, -1
			if k > i && p.headingLike(k-1) {
				head, before.b = k-1, k-1
			}
			if p.signature(before, true) {
				cur().sigAfter = before
			}
			start := k
			if head >= 0 {
				start = head
			}
			open(start, head, p.bylineBlock(k, j))
			lone = lone[:0]
		case j-i == 1:
			if p.loneHeading(i) {
				lone = append(lone, i)
			}
		default:
			cand, head := span{i, j}, -1
			if p.headingLike(j - 1) {
				head, cand.b = j-1, j-1
			}
			if !p.signature(cand, true) {
				break
			}
			if signed == 0 && len(secs) == 1 {
				// The first signed piece of a multi-part text starts at
				// the last lone heading after some prose, if any.
				for x := len(lone) - 1; x >= 0; x-- {
					if lone[x] > firstProse {
						open(lone[x], lone[x], span{})
						break
					}
				}
			}
			signed++
			cur().sigAfter = cand
			start := j
			if head >= 0 {
				start = head
			}
			open(start, head, span{})
			lone = lone[:0]
		}
		i = j
	}
	cur().end = n
	return secs
}

// closing returns the signature block in the run of non-prose units from
// i to the end of the text, or an empty span. The run must follow prose
// (not a table), open with the block and hold after it only credits of at
// most two words ("Reuters").
func (p *planner) closing(i int) span {
	if i == 0 || p.u[i-1].kind != kProse {
		return span{}
	}
	n := len(p.u)
	b := i
	for b < n && p.u[b].sigLike() && b-i < 10 {
		b++
	}
	for _, u := range p.u[b:] {
		if u.words > 2 {
			return span{}
		}
	}
	if s := (span{i, b}); p.signature(s, false) {
		return s
	}
	return span{}
}

// leading handles the run of non-prose units [from, to) before the first
// prose paragraph: a byline ("By Jane Doe" and her position lines), or a
// name with a position or institution, is the section's signature.
func (p *planner) leading(s *plan, from, to int) {
	for k := from; k < to; k++ {
		if p.u[k].kind == kByline {
			s.sigBefore = p.bylineBlock(k, to)
			if s.head < 0 && k > from && p.headingLike(k-1) {
				s.head = k - 1
			}
			return
		}
	}
	if to-from < 2 || !p.signature(span{from, to}, false) {
		return
	}
	name, pos := false, false
	for _, u := range p.u[from:to] {
		name = name || u.kind == kName
		pos = pos || u.kind == kRole || u.kind == kInstitution
	}
	if name && pos {
		s.sigBefore = span{from, to}
	}
}
