package tassert

import (
	"errors"
	"regexp"
	"testing"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	errors, fatals int
}

func (r *recorder) Helper()           {}
func (r *recorder) Error(args ...any) { r.errors++ }
func (r *recorder) Fatal(args ...any) { r.fatals++ }

func TestChecks(t *testing.T) {
	type s struct{ A int }
	p := &s{1}
	for _, tt := range []struct {
		name string
		pass func(Checker, testing.TB) bool
		fail func(Checker, testing.TB) bool
	}{
		{"Equal", func(c Checker, r testing.TB) bool { return c.Equal(r, []int{1}, []int{1}) },
			func(c Checker, r testing.TB) bool { return c.Equal(r, int64(1), 1) }},
		{"NotEqual", func(c Checker, r testing.TB) bool { return c.NotEqual(r, 1, 2) },
			func(c Checker, r testing.TB) bool { return c.NotEqual(r, "a", "a") }},
		{"True", func(c Checker, r testing.TB) bool { return c.True(r, true) },
			func(c Checker, r testing.TB) bool { return c.True(r, false, "why %d", 1) }},
		{"False", func(c Checker, r testing.TB) bool { return c.False(r, false) },
			func(c Checker, r testing.TB) bool { return c.False(r, true) }},
		{"NoError", func(c Checker, r testing.TB) bool { return c.NoError(r, nil) },
			func(c Checker, r testing.TB) bool { return c.NoError(r, errors.New("x")) }},
		{"Error", func(c Checker, r testing.TB) bool { return c.Error(r, errors.New("x")) },
			func(c Checker, r testing.TB) bool { return c.Error(r, nil) }},
		{"Nil", func(c Checker, r testing.TB) bool { return c.Nil(r, (*s)(nil)) },
			func(c Checker, r testing.TB) bool { return c.Nil(r, p) }},
		{"Empty", func(c Checker, r testing.TB) bool { return c.Empty(r, []int{}) && c.Empty(r, "") && c.Empty(r, 0) },
			func(c Checker, r testing.TB) bool { return c.Empty(r, "x") }},
		{"NotEmpty", func(c Checker, r testing.TB) bool { return c.NotEmpty(r, map[int]int{1: 1}) },
			func(c Checker, r testing.TB) bool { return c.NotEmpty(r, []string(nil)) }},
		{"Zero", func(c Checker, r testing.TB) bool { return c.Zero(r, 0.0) },
			func(c Checker, r testing.TB) bool { return c.Zero(r, 1) }},
		{"Len", func(c Checker, r testing.TB) bool { return c.Len(r, "abc", 3) },
			func(c Checker, r testing.TB) bool { return c.Len(r, []int{1}, 2) || c.Len(r, 5, 0) }},
		{"Contains", func(c Checker, r testing.TB) bool {
			return c.Contains(r, "abc", "b") && c.Contains(r, []*s{p}, p) && c.Contains(r, map[string]int{"k": 1}, "k")
		}, func(c Checker, r testing.TB) bool { return c.Contains(r, "abc", "d") || c.Contains(r, 5, 5) }},
		{"NotContains", func(c Checker, r testing.TB) bool { return c.NotContains(r, []int{1}, 2) },
			func(c Checker, r testing.TB) bool { return c.NotContains(r, "abc", "a") }},
		{"Same", func(c Checker, r testing.TB) bool { return c.Same(r, p, p) },
			func(c Checker, r testing.TB) bool { return c.Same(r, p, &s{1}) }},
		{"Less", func(c Checker, r testing.TB) bool { return c.Less(r, int64(1), int64(2)) && c.LessOrEqual(r, 2, 2) },
			func(c Checker, r testing.TB) bool {
				return c.Less(r, 2, 2) || c.LessOrEqual(r, 3, 2) || c.Less(r, 1, int64(2))
			}},
		{"Regexp", func(c Checker, r testing.TB) bool { return c.Regexp(r, regexp.MustCompile(`^a+$`), "aa") },
			func(c Checker, r testing.TB) bool { return c.Regexp(r, regexp.MustCompile(`^a+$`), "ab") }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := &recorder{TB: t}
			if !tt.pass(Assert, r) || r.errors+r.fatals != 0 {
				t.Errorf("passing case failed")
			}
			if tt.fail(Assert, r) || r.errors == 0 || r.fatals != 0 {
				t.Errorf("failing case passed with Assert (errors %d, fatals %d)", r.errors, r.fatals)
			}
			r = &recorder{TB: t}
			tt.fail(Require, r)
			if r.fatals == 0 || r.errors != 0 {
				t.Errorf("Require did not stop the test (errors %d, fatals %d)", r.errors, r.fatals)
			}
		})
	}
}
