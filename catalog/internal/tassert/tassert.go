// Package tassert holds the assertions the catalog module's tests use,
// spelled like testify's so that the tests read the same as the rest of
// msdklint's. It exists so that the catalog module, which game servers
// import for the constants, requires no module at all: testify would be
// its only requirement and would pull its own into every user's module
// graph.
//
// Each test package declares
//
//	var assert, require = tassert.Assert, tassert.Require
//
// Assert reports a failure and lets the test go on; Require stops it.
package tassert

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// A Checker asserts; a failed assertion fails the test, and stops it when
// the Checker is Require.
type Checker struct{ fatal bool }

var (
	Assert  = Checker{}
	Require = Checker{fatal: true}
)

// fail reports msg, followed by the caller's message: msgAndArgs is a
// format and its arguments, or a single value.
func (c Checker) fail(t testing.TB, msg string, msgAndArgs []any) bool {
	t.Helper()
	if extra := message(msgAndArgs); extra != "" {
		msg += "\n\tmessage: " + extra
	}
	if c.fatal {
		t.Fatal(msg)
	} else {
		t.Error(msg)
	}
	return false
}

func message(msgAndArgs []any) string {
	switch {
	case len(msgAndArgs) == 0:
		return ""
	case len(msgAndArgs) == 1:
		if s, ok := msgAndArgs[0].(string); ok {
			return s
		}
		return fmt.Sprintf("%+v", msgAndArgs[0])
	}
	if format, ok := msgAndArgs[0].(string); ok {
		return fmt.Sprintf(format, msgAndArgs[1:]...)
	}
	return fmt.Sprint(msgAndArgs...)
}

// equal is reflect.DeepEqual, except that two []byte compare by content
// (nil equals empty), as in testify.
func equal(want, got any) bool {
	if w, ok := want.([]byte); ok {
		if g, ok := got.([]byte); ok {
			return string(w) == string(g)
		}
	}
	return reflect.DeepEqual(want, got)
}

func (c Checker) Equal(t testing.TB, want, got any, msgAndArgs ...any) bool {
	t.Helper()
	if equal(want, got) {
		return true
	}
	return c.fail(t, fmt.Sprintf("not equal:\n\twant: %#v\n\tgot:  %#v", want, got), msgAndArgs)
}

func (c Checker) NotEqual(t testing.TB, notWant, got any, msgAndArgs ...any) bool {
	t.Helper()
	if !equal(notWant, got) {
		return true
	}
	return c.fail(t, fmt.Sprintf("should not be %#v", got), msgAndArgs)
}

func (c Checker) True(t testing.TB, v bool, msgAndArgs ...any) bool {
	t.Helper()
	if v {
		return true
	}
	return c.fail(t, "should be true", msgAndArgs)
}

func (c Checker) False(t testing.TB, v bool, msgAndArgs ...any) bool {
	t.Helper()
	if !v {
		return true
	}
	return c.fail(t, "should be false", msgAndArgs)
}

func (c Checker) NoError(t testing.TB, err error, msgAndArgs ...any) bool {
	t.Helper()
	if err == nil {
		return true
	}
	return c.fail(t, "unexpected error: "+err.Error(), msgAndArgs)
}

func (c Checker) Error(t testing.TB, err error, msgAndArgs ...any) bool {
	t.Helper()
	if err != nil {
		return true
	}
	return c.fail(t, "an error is expected", msgAndArgs)
}

// isNil reports whether v is nil or a nil pointer, map, slice, func,
// channel or interface.
func isNil(v any) bool {
	if v == nil {
		return true
	}
	switch rv := reflect.ValueOf(v); rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.Interface:
		return rv.IsNil()
	}
	return false
}

func (c Checker) Nil(t testing.TB, v any, msgAndArgs ...any) bool {
	t.Helper()
	if isNil(v) {
		return true
	}
	return c.fail(t, fmt.Sprintf("should be nil: %#v", v), msgAndArgs)
}

// isEmpty reports whether v is nil, the zero value, or of length zero.
func isEmpty(v any) bool {
	if isNil(v) {
		return true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Array, reflect.Chan, reflect.Map, reflect.Slice, reflect.String:
		return rv.Len() == 0
	}
	return rv.IsZero()
}

func (c Checker) Empty(t testing.TB, v any, msgAndArgs ...any) bool {
	t.Helper()
	if isEmpty(v) {
		return true
	}
	return c.fail(t, fmt.Sprintf("should be empty: %#v", v), msgAndArgs)
}

func (c Checker) NotEmpty(t testing.TB, v any, msgAndArgs ...any) bool {
	t.Helper()
	if !isEmpty(v) {
		return true
	}
	return c.fail(t, fmt.Sprintf("should not be empty: %#v", v), msgAndArgs)
}

func (c Checker) Zero(t testing.TB, v any, msgAndArgs ...any) bool {
	t.Helper()
	if v == nil || reflect.ValueOf(v).IsZero() {
		return true
	}
	return c.fail(t, fmt.Sprintf("should be zero: %#v", v), msgAndArgs)
}

func (c Checker) Len(t testing.TB, v any, n int, msgAndArgs ...any) bool {
	t.Helper()
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Array, reflect.Chan, reflect.Map, reflect.Slice, reflect.String:
		if rv.Len() == n {
			return true
		}
		return c.fail(t, fmt.Sprintf("should have %d items, has %d", n, rv.Len()), msgAndArgs)
	}
	return c.fail(t, fmt.Sprintf("%#v has no length", v), msgAndArgs)
}

// contains reports whether s (a string, slice, array or map) contains
// elem (a substring, an element, a key); ok is false when s is none of
// those.
func contains(s, elem any) (found, ok bool) {
	if str, isStr := s.(string); isStr {
		sub, isStr := elem.(string)
		return isStr && strings.Contains(str, sub), isStr
	}
	rv := reflect.ValueOf(s)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		for i := 0; i < rv.Len(); i++ {
			if equal(rv.Index(i).Interface(), elem) {
				return true, true
			}
		}
		return false, true
	case reflect.Map:
		for _, k := range rv.MapKeys() {
			if equal(k.Interface(), elem) {
				return true, true
			}
		}
		return false, true
	}
	return false, false
}

func (c Checker) Contains(t testing.TB, s, elem any, msgAndArgs ...any) bool {
	t.Helper()
	found, ok := contains(s, elem)
	switch {
	case !ok:
		return c.fail(t, fmt.Sprintf("%#v cannot contain %#v", s, elem), msgAndArgs)
	case !found:
		return c.fail(t, fmt.Sprintf("%#v does not contain %#v", s, elem), msgAndArgs)
	}
	return true
}

func (c Checker) NotContains(t testing.TB, s, elem any, msgAndArgs ...any) bool {
	t.Helper()
	found, ok := contains(s, elem)
	switch {
	case !ok:
		return c.fail(t, fmt.Sprintf("%#v cannot contain %#v", s, elem), msgAndArgs)
	case found:
		return c.fail(t, fmt.Sprintf("%#v should not contain %#v", s, elem), msgAndArgs)
	}
	return true
}

// Same asserts that want and got are the same pointer.
func (c Checker) Same(t testing.TB, want, got any, msgAndArgs ...any) bool {
	t.Helper()
	w, g := reflect.ValueOf(want), reflect.ValueOf(got)
	if w.Kind() == reflect.Pointer && g.Kind() == reflect.Pointer && w.Type() == g.Type() && w.Pointer() == g.Pointer() {
		return true
	}
	return c.fail(t, fmt.Sprintf("not the same pointer: %p and %p", want, got), msgAndArgs)
}

// compare orders two integers of the same kind; ok is false otherwise.
func compare(a, b any) (cmp int, ok bool) {
	ra, rb := reflect.ValueOf(a), reflect.ValueOf(b)
	if ra.Type() != rb.Type() {
		return 0, false
	}
	switch {
	case ra.CanInt():
		x, y := ra.Int(), rb.Int()
		return boolInt(x > y) - boolInt(x < y), true
	case ra.CanUint():
		x, y := ra.Uint(), rb.Uint()
		return boolInt(x > y) - boolInt(x < y), true
	}
	return 0, false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (c Checker) Less(t testing.TB, a, b any, msgAndArgs ...any) bool {
	t.Helper()
	if r, ok := compare(a, b); ok && r < 0 {
		return true
	}
	return c.fail(t, fmt.Sprintf("%#v is not less than %#v", a, b), msgAndArgs)
}

func (c Checker) LessOrEqual(t testing.TB, a, b any, msgAndArgs ...any) bool {
	t.Helper()
	if r, ok := compare(a, b); ok && r <= 0 {
		return true
	}
	return c.fail(t, fmt.Sprintf("%#v is not less than or equal to %#v", a, b), msgAndArgs)
}

func (c Checker) Regexp(t testing.TB, re *regexp.Regexp, s string, msgAndArgs ...any) bool {
	t.Helper()
	if re.MatchString(s) {
		return true
	}
	return c.fail(t, fmt.Sprintf("%q does not match %s", s, re), msgAndArgs)
}
