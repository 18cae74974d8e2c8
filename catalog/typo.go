package catalog

import "strconv"

// TypoCandidates lists the codes v may be a typo of, most likely first:
// the sign dropped or added, a doubled digit, two adjacent digits swapped,
// a digit missing where it doubles a neighbour (4201 for 42001). Other
// insertions are as likely as any wrong code and would propose noise
// (74001 for 4001). The linter's "did you mean" and "msdklint codes"
// propose the candidates a namespace defines.
func TypoCandidates(v int64) []int64 {
	if v == 0 {
		return nil
	}
	neg := v < 0
	digits := strconv.FormatInt(v, 10)
	if neg {
		digits = digits[1:]
	}
	var out []int64
	if -v != v { // the least int64 is its own negation
		out = append(out, -v)
	}
	add := func(s string) {
		if s == "" || (len(s) > 1 && s[0] == '0') {
			return
		}
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n == 0 {
			return
		}
		if neg {
			n = -n
		}
		for _, x := range out {
			if x == n {
				return
			}
		}
		if n != v {
			out = append(out, n)
		}
	}
	for i := 1; i < len(digits); i++ {
		if digits[i] == digits[i-1] {
			add(digits[:i] + digits[i+1:])
		}
	}
	for i := 1; i < len(digits); i++ {
		if digits[i] != digits[i-1] {
			b := []byte(digits)
			b[i], b[i-1] = b[i-1], b[i]
			add(string(b))
		}
	}
	for i := 0; i <= len(digits); i++ {
		for d := byte('0'); d <= '9'; d++ {
			if (i > 0 && digits[i-1] == d) || (i < len(digits) && digits[i] == d) {
				add(digits[:i] + string(d) + digits[i:])
			}
		}
	}
	return out
}
