package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/msdklint/msdklint/catalog"
)

// The naming convention of the constants (docs/design.md, "Naming"),
// enforced here so that a name breaking it is never generated. Former
// names kept as deprecated aliases are exempt: they exist to keep old
// code building.

// initialisms (and Skey, QQ's session key, written as one word as the
// names always did) are spelled exactly so wherever they start a word of
// a name: UIN, never Uin.
var initialisms = []string{
	"API", "CGI", "CSRF", "DB", "HTTP", "HTTPS", "ID", "IM", "IP",
	"JSON", "LBS", "MD5", "MSDK", "OAuth", "OIDB", "SID", "Skey", "UDC",
	"UIN", "URI", "URL",
}

// vocabulary holds the words a name never uses, each with the one word
// for its meaning, so that a meaning is spelled alike in every package.
var vocabulary = []struct{ word, use string }{
	{"Empty", "a missing or empty value is MissingX"},
	{"Null", "a missing or empty value is MissingX"},
	{"Absent", "a missing or empty value is MissingX"},
	{"Abolished", "废除 is Revoked"},
	{"CheckFailed", "a failed 验证 or 校验 is VerifyFailed"},
	{"VerificationFailed", "a failed 验证 or 校验 is VerifyFailed"},
	{"NotExist", "not found is NotFound"},
	{"NotExists", "not found is NotFound"},
}

// checkNames returns every name of c that breaks the convention.
func checkNames(c *catalog.Catalog) []error {
	var errs []error
	for _, n := range c.Namespaces() {
		texts := map[string]int{} // English meaning -> codes with it
		for _, e := range n.Entries {
			texts[e.En]++
		}
		for _, e := range n.Entries {
			if e.Name == "" {
				continue
			}
			for _, msg := range checkName(e.Platform(), e.Name) {
				errs = append(errs, fmt.Errorf("%s: %s", e.Const(), msg))
			}
			if suffixed(e) && texts[e.En] < 2 {
				errs = append(errs, fmt.Errorf("%s: ends with its code, but no other code of %s has its meaning: say the difference in words", e.Const(), e.Namespace))
			}
		}
	}
	return errs
}

// checkName checks one name of package platform on its own.
func checkName(platform, name string) []string {
	var msgs []string
	if strings.HasPrefix(strings.ToLower(name), platform) {
		msgs = append(msgs, fmt.Sprintf("repeats the package name %s", platform))
	}
	if platform == "qq" && strings.Contains(name, "QQ") {
		msgs = append(msgs, "says QQ inside package qq")
	}
	if strings.Contains(name, "Illegal") {
		msgs = append(msgs, "says Illegal: the word for 非法, 无效 and 不合法 is Invalid")
	}
	for _, w := range []string{"Invalid", "Missing"} {
		if strings.HasSuffix(name, w) {
			msgs = append(msgs, fmt.Sprintf("ends with %s: write %sX, not X%s", w, w, w))
		}
	}
	// TokenCheck, qq.tokencheck's part, is a noun there, not a failed check.
	rest := strings.TrimPrefix(name, "TokenCheck")
	for _, v := range vocabulary {
		if hasWord(rest, v.word) {
			msgs = append(msgs, fmt.Sprintf("says %s: %s", v.word, v.use))
		}
	}
	for _, ini := range initialisms {
		if got := misspelled(name, ini); got != "" {
			msgs = append(msgs, fmt.Sprintf("spells %s as %s", ini, got))
		}
	}
	return msgs
}

// misspelled returns the first spelling of the initialism ini in name
// that differs from ini, or "". A spelling counts where a word starts (an
// upper-case letter) and ends (the end, or anything but a lower-case
// letter): "Uin" in "OIDBUinFrozen", but not "Id" in "Identity".
func misspelled(name, ini string) string {
	for i := 0; i+len(ini) <= len(name); i++ {
		s := name[i : i+len(ini)]
		if !isUpper(name[i]) || !strings.EqualFold(s, ini) || s == ini {
			continue
		}
		if end := i + len(ini); end < len(name) && isLower(name[end]) {
			continue
		}
		return s
	}
	return ""
}

// suffixed reports whether e's name ends with the digits of its code.
func suffixed(e *catalog.Entry) bool {
	code := e.Code
	if code < 0 {
		code = -code
	}
	digits := strconv.FormatInt(code, 10)
	return strings.HasSuffix(e.Name, digits) && len(e.Name) > len(digits)
}

// hasWord reports whether name holds word as whole words: starting
// where a word starts and ending where one ends ("Null" in "APIURLNull",
// not in "Nullable").
func hasWord(name, word string) bool {
	for i := 0; ; i++ {
		j := strings.Index(name[i:], word)
		if j < 0 {
			return false
		}
		i += j
		if end := i + len(word); end == len(name) || !isLower(name[end]) {
			return true
		}
	}
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
