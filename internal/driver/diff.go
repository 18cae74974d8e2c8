package driver

import (
	"fmt"
	"strings"
)

// unified returns the unified diff (3 lines of context) that turns a into
// b, with the headers from and to, or "" when they are equal. Lines are
// compared with Myers' O(ND) algorithm, so a fix at both ends of a large
// file stays cheap.
func unified(from, to, a, b string) string {
	if a == b {
		return ""
	}
	x, y := splitLines(a), splitLines(b)
	ops := myers(x, y)

	const context = 3
	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", from, to)
	// ops is a list of (kind, line) in order; group changes into hunks.
	type line struct {
		kind byte // ' ', '-', '+'
		text string
		ai   int // index in a before this line
		bi   int // index in b before this line
	}
	var lines []line
	ai, bi := 0, 0
	for _, k := range ops {
		switch k {
		case ' ':
			lines = append(lines, line{' ', x[ai], ai, bi})
			ai++
			bi++
		case '-':
			lines = append(lines, line{'-', x[ai], ai, bi})
			ai++
		case '+':
			lines = append(lines, line{'+', y[bi], ai, bi})
			bi++
		}
	}
	for i := 0; i < len(lines); {
		if lines[i].kind == ' ' {
			i++
			continue
		}
		start := max(0, i-context)
		end := i // exclusive; extend while changes are within 2*context
		for j := i; j < len(lines); j++ {
			if lines[j].kind != ' ' {
				end = j + 1
			} else if j-end >= 2*context {
				break
			}
		}
		end = min(len(lines), end+context)
		var na, nb int
		for _, l := range lines[start:end] {
			if l.kind != '+' {
				na++
			}
			if l.kind != '-' {
				nb++
			}
		}
		fmt.Fprintf(&sb, "@@ -%s +%s @@\n", hunkRange(lines[start].ai, na), hunkRange(lines[start].bi, nb))
		for _, l := range lines[start:end] {
			sb.WriteByte(l.kind)
			sb.WriteString(l.text)
			if !strings.HasSuffix(l.text, "\n") {
				sb.WriteString("\n\\ No newline at end of file\n")
			}
		}
		i = end
	}
	return sb.String()
}

func hunkRange(start, n int) string {
	if n == 0 {
		return fmt.Sprintf("%d,0", start)
	}
	if n == 1 {
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

// splitLines splits s after each newline; the last line may lack one.
func splitLines(s string) []string {
	var lines []string
	for s != "" {
		i := strings.IndexByte(s, '\n') + 1
		if i == 0 {
			i = len(s)
		}
		lines = append(lines, s[:i])
		s = s[i:]
	}
	return lines
}

// myers returns the shortest edit script from x to y as a sequence of
// ' ' (keep), '-' (delete from x) and '+' (insert from y).
func myers(x, y []string) []byte {
	n, m := len(x), len(y)
	maxD := n + m
	off := maxD
	v := make([]int, 2*maxD+2)
	var trace [][]int
	for d := 0; d <= maxD; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var i int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				i = v[off+k+1] // down: insertion
			} else {
				i = v[off+k-1] + 1 // right: deletion
			}
			j := i - k
			for i < n && j < m && x[i] == y[j] {
				i++
				j++
			}
			v[off+k] = i
			if i >= n && j >= m {
				return backtrack(trace, off, x, y, d)
			}
		}
	}
	panic("unreachable")
}

// backtrack walks the trace of myers back from (len(x), len(y)); trace[d]
// is the V array at the start of step d.
func backtrack(trace [][]int, off int, x, y []string, d int) []byte {
	var ops []byte
	i, j := len(x), len(y)
	for ; d > 0; d-- {
		v := trace[d]
		k := i - j
		prevK := k - 1
		if k == -d || k != d && v[off+k-1] < v[off+k+1] {
			prevK = k + 1
		}
		pi := v[off+prevK]
		pj := pi - prevK
		for i > pi && j > pj {
			ops = append(ops, ' ')
			i--
			j--
		}
		if prevK == k+1 {
			ops = append(ops, '+')
		} else {
			ops = append(ops, '-')
		}
		i, j = pi, pj
	}
	for ; i > 0; i-- {
		ops = append(ops, ' ')
	}
	for l, r := 0, len(ops)-1; l < r; l, r = l+1, r-1 {
		ops[l], ops[r] = ops[r], ops[l]
	}
	return ops
}
