package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/msdklint/msdklint/catalog"
)

func TestCodes(t *testing.T) {
	for _, tc := range []struct {
		name    string
		args    []string
		code    int
		want    []string // in stdout
		notWant []string // not in stdout
		stderr  string
	}{
		{
			name: "negative code",
			args: []string{"-73"},
			want: []string{"qq.platform -73 qq.PlatformAccessTokenPasswordChanged\n", "action: reauthorize (reauthorization stated by the source)", "source: MSDK server error codes, §4 QQ platform; QQ platform error codes (QGSK wording)"},
		},
		{
			name:    "code in several namespaces",
			args:    []string{"-1"},
			want:    []string{"qq.platform -1 qq.PlatformInvalidParameters", "wechat.platform -1 wechat.SystemError", "qq.oidb -1 qq.OIDBAddressingFailed"},
			notWant: []string{"also written: -1"},
		},
		{
			name: "hex",
			args: []string{"0x47"},
			want: []string{"qq.tokencheck 71 qq.TokenCheckPasswordChanged", "reauthorization inferred"},
		},
		{
			name: "unsigned alias",
			args: []string{"255"},
			want: []string{"qq.oidb -1 qq.OIDBAddressingFailed", "also written: 255"},
		},
		{
			name: "inside a range",
			args: []string{"-150"},
			want: []string{"msdk.logic -999..-100 msdk.", " (range)"},
		},
		{
			name:    "restricted to a platform",
			args:    []string{"-ns", "qq", "-1"},
			want:    []string{"qq.platform -1", "qq.oidb -1"},
			notWant: []string{"wechat.platform -1"},
		},
		{
			name: "chinese",
			args: []string{"-lang", "zh", "-73"},
			want: []string{"0x47 access token改密失效", "建议: 重新授权"},
		},
		{
			name:    "namespace",
			args:    []string{"-ns", "msdk.errtype"},
			want:    []string{"msdk.errtype: ", "  2  msdk.ErrTypeReauthorize  ", "reauthorize (reauth stated)", "  3  msdk.ErrTypeRefreshToken  "},
			notWant: []string{"msdk.access: "},
		},
		{
			name:    "platform",
			args:    []string{"-ns", "wechat"},
			want:    []string{"wechat.platform: ", "wechat.group: ", "42001", "wechat.AccessTokenExpired"},
			notWant: []string{"\nqq.platform: ", "\nqq.oidb: "},
		},
		{
			name: "namespaces",
			args: nil,
			want: []string{"msdk.errtype ", "weibo.api ", "qq.tokencheck "},
		},
		{name: "unknown code", args: []string{"123456789"}, code: 1, stderr: "no namespace defines 123456789"},
		{name: "known elsewhere", args: []string{"-ns", "qq.platform", "42001"}, code: 1, stderr: "no namespace of qq.platform defines 42001"},
		{name: "unknown namespace", args: []string{"-ns", "qq.nosuch"}, code: 2, stderr: `unknown namespace or platform "qq.nosuch"`},
		{name: "not a code", args: []string{"abc"}, code: 2, stderr: `"abc" is not a code`},
		{name: "bad lang", args: []string{"-lang", "fr", "-73"}, code: 2, stderr: `-lang "fr"`},
		{name: "unknown flag", args: []string{"-x"}, code: 2, stderr: "flag provided but not defined: -x"},
		// Issue 8: the least int64 was taken for a flag. It is a code of
		// the open-ended LBS range (-30000 and beyond), outside any
		// namespace of qq.platform.
		{name: "least int64", args: []string{"-9223372036854775808"}, want: []string{"msdk.LogicLBSError (range)"}},
		{name: "least int64 elsewhere", args: []string{"-ns", "qq.platform", "-9223372036854775808"}, code: 1, stderr: "no namespace of qq.platform defines -9223372036854775808"},
		{name: "too negative", args: []string{"-9223372036854775809"}, code: 2, stderr: `"-9223372036854775809" is not a code: value out of range`},
		{name: "help", args: []string{"-h"}, code: 0, stderr: "usage: msdklint codes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCmd(append([]string{"codes"}, tc.args...)...)
			assert.Equal(t, tc.code, code, "stdout:\n%s\nstderr:\n%s", out, errOut)
			// Check by hand: the listings are too long for an assertion's message.
			for _, w := range tc.want {
				assert.True(t, strings.Contains(out, w), "missing %q", w)
			}
			for _, w := range tc.notWant {
				assert.False(t, strings.Contains(out, w), "unexpected %q", w)
			}
			assert.Contains(t, errOut, tc.stderr)
		})
	}
}

func TestParseCode(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"-73", -73, true},
		{"42001", 42001, true},
		{"0x47", 71, true},
		{"0X7FFF", 0x7fff, true},
		{"-0x10", -16, true},
		{"-", 0, false},
		{"--73", 0, false},
		{"-+73", 0, false},
		{"0x", 0, false},
		{"-ns", 0, false},
		{"99999999999999999999", 0, false},
		{"-9223372036854775808", -9223372036854775808, true},
		{"9223372036854775807", 9223372036854775807, true},
		{"9223372036854775808", 0, false},
		{"-9223372036854775809", 0, false},
		{"-0x8000000000000000", -9223372036854775808, true},
	} {
		got, err := parseCode(tc.in)
		if tc.ok {
			assert.NoError(t, err, tc.in)
			assert.Equal(t, tc.want, got, tc.in)
		} else {
			assert.Error(t, err, tc.in)
		}
	}
}

func TestCodesJSON(t *testing.T) {
	code, out, errOut := runCmd("codes", "-json")
	require.Equal(t, 0, code, errOut)
	var entries []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &entries))
	cat := catalog.Default()
	require.Len(t, entries, len(cat.Entries()))

	namespaces := make(map[string]bool)
	for i, e := range entries {
		for _, key := range []string{"namespace", "code", "name", "action", "reauth", "reauth_basis", "description_en", "description_zh", "source", "origin", "line"} {
			require.Contains(t, e, key, "entry %d: %v", i, e)
		}
		namespaces[e["namespace"].(string)] = true
		ce := cat.Entries()[i]
		assert.Equal(t, float64(ce.Code), e["code"])
		assert.Equal(t, ce.Const(), e["name"])
		assert.Equal(t, ce.Reauth != catalog.ReauthNone, e["reauth"])
		if ce.IsRange() {
			assert.Equal(t, float64(ce.Hi), e["hi"])
		} else {
			assert.NotContains(t, e, "hi")
		}
		if e["origin"] == "seed" {
			assert.NotEmpty(t, e["description_en"], "seed entry %v", e)
			assert.NotEmpty(t, e["description_zh"], "seed entry %v", e)
		} else {
			assert.Equal(t, "table", e["origin"])
		}
		if name := e["name"].(string); name != "" {
			pkg, _, ok := strings.Cut(name, ".")
			assert.True(t, ok, name)
			assert.True(t, strings.HasSuffix(e["import_path"].(string), "/catalog/"+pkg), e["import_path"])
		}
	}
	for _, ns := range cat.Namespaces() {
		assert.True(t, namespaces[ns.Name], "namespace %s missing", ns.Name)
	}
	// The namespaces issue 2 names, plus the extended weibo.api.
	for _, ns := range []string{
		"msdk.access", "msdk.logic", "msdk.errtype",
		"qq.platform", "qq.oauth2", "qq.gamecenter", "qq.share.qzone", "qq.share.qq",
		"qq.bluediamond", "qq.group", "qq.oidb", "qq.paytoken", "qq.tokencheck",
		"wechat.platform", "wechat.group", "weibo.oauth2", "weibo.api",
		"openapi.auth", "openapi.common",
	} {
		assert.True(t, namespaces[ns], "namespace %s missing from codes -json", ns)
	}

	// err_type: the whole enumeration, reauthorization only for 2.
	code, out, _ = runCmd("codes", "-json", "-ns", "msdk.errtype")
	require.Equal(t, 0, code)
	var errType []jsonEntry
	require.NoError(t, json.Unmarshal([]byte(out), &errType))
	var got []string
	for _, e := range errType {
		got = append(got, e.Name+"/"+e.Action+"/"+e.ReauthBasis)
	}
	assert.Equal(t, []string{
		"msdk.ErrTypeOK/success/",
		"msdk.ErrTypeNetworkUnstable/retry/",
		"msdk.ErrTypeReauthorize/reauthorize/stated",
		"msdk.ErrTypeRefreshToken/refresh-token/",
		"msdk.ErrTypeUnknown/contact-support/",
	}, got)
}

// Every source the catalog cites is shown by its document's title, never
// as the catalog's file reference ("seed 001 §4").
func TestSourceTitles(t *testing.T) {
	assert.Equal(t, "MSDK server error codes, §3 logic layer; WeChat global return codes (public table)",
		sourceText([]string{"seed 001 §3", "table wechat-global.tsv"}, "en"))
	assert.Equal(t, "MSDK wiki, QQ API page (Chinese), §2.2.1.6", catalog.SourceTitle("table msdk-wiki-qq-api-zh.txt §2.2.1.6", "en"))
}

// Issue 16: "codes -lang zh" labels its lines in Chinese too, and no
// note or source says "seed 001", in either language or in -json.
func TestCodesLangZh(t *testing.T) {
	code, out, _ := runCmd("codes", "-lang", "zh", "-ns", "msdk.errtype")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "reauthorize(重新授权) (需重新授权,来源明确)")
	assert.NotContains(t, out, "reauth stated")

	code, out, _ = runCmd("codes", "-lang", "zh", "2")
	require.Equal(t, 0, code)
	for _, label := range []string{"\n  处理: ", "\n  来源: "} {
		assert.Contains(t, out, label)
	}
	for _, en := range []string{"action:", "source:", "advice:", "note:", "(no constant)"} {
		assert.NotContains(t, out, en)
	}

	code, out, _ = runCmd("codes", "-lang", "zh")
	require.Equal(t, 0, code)
	assert.Contains(t, out, " 个错误码")
	assert.NotRegexp(t, `\d codes`, out)

	// Every entry of the catalog, in full, in both languages.
	for _, lang := range []string{"en", "zh"} {
		var b strings.Builder
		for _, e := range catalog.Default().Entries() {
			describe(&b, e, lang)
		}
		assert.NotRegexp(t, `(?i)\bseeds? \d`, b.String(), lang)
		assert.NotRegexp(t, `\bthe seed\b`, b.String(), lang)
	}
	code, out, _ = runCmd("codes", "-json")
	require.Equal(t, 0, code)
	var entries []jsonEntry
	require.NoError(t, json.Unmarshal([]byte(out), &entries))
	for _, e := range entries {
		for _, n := range e.Notes {
			assert.NotRegexp(t, `(?i)\bseeds? \d`, n, "codes.txt:%d", e.Line)
		}
	}
}

// The columns line up in a terminal, where a Chinese character takes two.
func TestTableWidth(t *testing.T) {
	var b strings.Builder
	table(&b, [][]string{{"a", "重新授权", "x"}, {"bb", "retry", "y"}})
	assert.Equal(t, "a   重新授权  x\nbb  retry     y\n", b.String())
}
