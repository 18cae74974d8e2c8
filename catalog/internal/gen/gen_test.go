package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/msdklint/msdklint/catalog"
	"github.com/msdklint/msdklint/catalog/internal/tassert"
	"github.com/msdklint/msdklint/catalog/msdk"
	"github.com/msdklint/msdklint/catalog/openapi"
	"github.com/msdklint/msdklint/catalog/qq"
	"github.com/msdklint/msdklint/catalog/wechat"
	"github.com/msdklint/msdklint/catalog/weibo"
)

// root is the repository root, seen from this directory.
const root = "../../.."

// TestGeneratedFilesAreCurrent fails when codes.txt or the generator
// changed without go generate.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	// docs/codes.md lies outside the catalog module: a copy of the module
	// without the repository (the module cache) has nothing to compare.
	if _, err := os.Stat(filepath.Join(root, "catalog", "codes.txt")); err != nil {
		t.Skip("not in a msdklint checkout:", err)
	}
	rec, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(valuesPath)))
	require.NoError(t, err)
	files, err := generateAll(catalog.Default(), rec)
	require.NoError(t, err)
	for _, f := range files {
		old, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(f.Path)))
		if err != nil || !bytes.Equal(old, f.Data) {
			t.Errorf("%s is stale: run go generate in catalog/", f.Path)
		}
	}
}

// TestValuesRecordEveryConstant: the record's latest value of every
// constant is the value the generated package gives it.
func TestValuesRecordEveryConstant(t *testing.T) {
	// values.txt is part of the catalog module, found from here also in
	// the module cache.
	data, err := os.ReadFile(filepath.Join("..", "..", "values.txt"))
	require.NoError(t, err)
	rec, err := parseValues(data)
	require.NoError(t, err)
	files, err := generate(catalog.Default())
	require.NoError(t, err)
	now, err := constValues(files)
	require.NoError(t, err)
	require.NotEmpty(t, now)
	for name, v := range now {
		vs := rec[name]
		if assert.NotEmpty(t, vs, "%s is not in %s: run go generate in catalog/", name, valuesPath) {
			assert.Equal(t, v, vs[len(vs)-1], "%s: run go generate in catalog/", name)
		}
	}
	// Deprecated aliases are recorded too.
	assert.Equal(t, []string{"-501"}, rec["msdk.AccessEmptyHTTPBody"])
	assert.Equal(t, []string{"40032", "40030"}, rec["wechat.InvalidRefreshToken"])
}

// TestValueChangesInChangelog: every value a constant moved from and to
// has its line in CHANGELOG.md.
func TestValueChangesInChangelog(t *testing.T) {
	// CHANGELOG.md lies outside the catalog module.
	if _, err := os.Stat(filepath.Join(root, "catalog", "codes.txt")); err != nil {
		t.Skip("not in a msdklint checkout:", err)
	}
	changelog, err := os.ReadFile(filepath.Join(root, "CHANGELOG.md"))
	require.NoError(t, err)
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(valuesPath)))
	require.NoError(t, err)
	rec, err := parseValues(data)
	require.NoError(t, err)
	for _, line := range unlogged(rec, string(changelog)) {
		t.Errorf("CHANGELOG.md has no line %q: a constant changed value under the same name", line)
	}
}

// TestValuesFixture pins the record's growth and the changelog check on a
// small record.
func TestValuesFixture(t *testing.T) {
	old := []byte("# c\nqq.A 1\nqq.Gone 7\nwechat.B 40032 40030\n")
	got, err := values(old, map[string]string{"qq.A": "2", "wechat.B": "40030", "qq.New": "-5"})
	require.NoError(t, err)
	assert.Equal(t, valuesHeader+"qq.A 1 2\nqq.Gone 7\nqq.New -5\nwechat.B 40032 40030\n", string(got))
	rec, err := parseValues(got)
	require.NoError(t, err)
	assert.Equal(t, []string{"`qq.A` 1 -> 2", "`wechat.B` 40032 -> 40030"}, unlogged(rec, "- `qq.A` 2 -> 1: backwards\n"))
	assert.Empty(t, unlogged(rec, "- `qq.A` 1 -> 2: why\n- `wechat.B` 40032 -> 40030: why\n"))
	// A value changed back is a change too.
	assert.Equal(t, []string{"`qq.A` 2 -> 1"}, unlogged(map[string][]string{"qq.A": {"1", "2", "1"}}, "`qq.A` 1 -> 2"))
	for _, bad := range []string{"qq.A\n", "qq.A 1\nqq.A 2\n"} {
		_, err := parseValues([]byte(bad))
		assert.Error(t, err, bad)
	}
}

var generatedHeader = regexp.MustCompile(`^// Code generated .* DO NOT EDIT\.$`)

func TestHeader(t *testing.T) {
	files, err := generate(catalog.Default())
	require.NoError(t, err)
	for _, f := range files {
		if strings.HasSuffix(f.Path, ".go") {
			first, _, _ := strings.Cut(string(f.Data), "\n")
			assert.Regexp(t, generatedHeader, first, f.Path)
		}
	}
}

// names holds each generated package's Name function.
var names = map[string]func(string, int64) string{
	"msdk": msdk.Name, "openapi": openapi.Name, "qq": qq.Name, "wechat": wechat.Name, "weibo": weibo.Name,
}

// TestName checks the generated Name functions against the catalog: every
// code, alias and range member of every namespace gives the name of the
// entry Lookup finds.
func TestName(t *testing.T) {
	c := catalog.Default()
	for _, n := range c.Namespaces() {
		name, ok := names[n.Platform()]
		require.True(t, ok, "platform %s: add its package to names", n.Platform())
		assert.Empty(t, name(n.Name+"x", 0), "unknown namespace")
		for _, e := range n.Entries {
			codes := append([]int64{e.Code, e.Hi, e.Code + (e.Hi-e.Code)/2, e.Code - 1, e.Hi + 1}, e.Aliases...)
			for _, code := range codes {
				want := ""
				if got, ok := c.Lookup(n.ID, code); ok {
					want = got.Name
				}
				assert.Equal(t, want, name(n.Name, code), "%s.Name(%q, %d)", n.Platform(), n.Name, code)
			}
		}
	}
}

func TestNameDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		_ = qq.Name("qq.oidb", 255)
		_ = msdk.Name("msdk.logic", -1500)
	})
	assert.Zero(t, allocs)
}

// TestGenerateFixture pins the generated forms on a small catalog: the
// constant doc comments, ranges, aliases, Name's cases and the Markdown.
func TestGenerateFixture(t *testing.T) {
	c, err := catalog.Parse("t.txt", []byte(`namespace qq.oidb
 title.en OIDB errors
 title.zh OIDB错误码
 source seed 003 §IV.A
 note Keyed by | the signed byte (seed 003 §IV.A).
range -20 -10
 name OIDBBusy
 action retry
 en Busy
 zh 忙
 source seed 003 §IV.A
code -15
 action ignore
 en Unnamed inside the range
 source table t
range -9223372036854775808 -100
 name OIDBBelow
 action ignore
 en Below
 source table t
code -1
 name OIDBSystemError
 deprecated OIDBSysErr OIDBSystemErr
 action reauthorize
 reauth inferred
 en System <error>
 zh 系统错误
 source seed 003 §IV.A; table t
 alias 0xff
`))
	require.NoError(t, err)
	files, err := generate(c)
	require.NoError(t, err)
	require.Len(t, files, 2)
	assert.Equal(t, "catalog/qq/codes.go", files[0].Path)
	src := string(files[0].Data)
	for _, want := range []string{
		"// qq.oidb: OIDB errors (OIDB错误码).\nconst (\n",
		"\t// OIDBBusy is -10, the code the source lists for the range -20..-10: Busy.\n\t// 忙\n\t//\n\t// Action: retry. Source: QQ platform error codes (English), §IV.A OIDB common codes.\n\t// Test a code against the whole range with InOIDBBusy(code).\n\tOIDBBusy = -10\n",
		"\n\t// Deprecated: use OIDBSystemError.\n\tOIDBSysErr = OIDBSystemError\n\n\t// Deprecated: use OIDBSystemError.\n\tOIDBSystemErr = OIDBSystemError\n",
		"// InOIDBBusy reports whether code lies in qq.oidb's range -20..-10:\n// Busy.\nfunc InOIDBBusy(code int) bool {\n\treturn -20 <= code && code <= -10\n}\n",
		"func InOIDBBelow(code int) bool {\n\treturn code <= -100\n}\n",
		"\t// OIDBSystemError: System <error>.\n\t// 系统错误\n\t//\n\t// Action: reauthorize (reauthorize inferred). Source: QQ platform error codes (English), §IV.A OIDB common codes; table t. Also spelled 255.\n\tOIDBSystemError = -1\n",
		"\t\tcase OIDBSystemError, 255:\n\t\t\treturn \"OIDBSystemError\"\n",
		"\t\tcase -15:\n\t\t\treturn \"\"\n",
		"\t\tcase -20 <= code && code <= -10:\n\t\t\treturn \"OIDBBusy\"\n",
		"\t\tcase code <= -100:\n\t\t\treturn \"OIDBBelow\"\n",
	} {
		assert.Contains(t, src, want)
	}
	// Name never answers with a deprecated name.
	assert.NotContains(t, src, "return \"OIDBSysErr\"")
	assert.Equal(t, "docs/codes.md", files[1].Path)
	md := string(files[1].Data)
	for _, want := range []string{
		"| [qq.oidb](#qqoidb) | OIDB errors | OIDB错误码 | 4 |\n",
		"\n## qq.oidb\n\nOIDB errors · OIDB错误码\n\nSource: QQ platform error codes (English), §IV.A OIDB common codes.\n\n- Keyed by | the signed byte (QQ platform error codes (English), §IV.A OIDB common codes).\n\n",
		"| -20..-10 | `qq.OIDBBusy` = -10, `qq.InOIDBBusy` | retry |  | Busy | 忙 | QQ platform error codes (English), §IV.A OIDB common codes |\n",
		"| -100 and below | `qq.OIDBBelow` = -100, `qq.InOIDBBelow` | ignore |  | Below |  | table t |\n",
		"| -15 |  | ignore |  | Unnamed inside the range |  | table t |\n",
		"| -1 (255) | `qq.OIDBSystemError` (deprecated: OIDBSysErr, OIDBSystemErr) | reauthorize | inferred | System &lt;error&gt; | 系统错误 | QQ platform error codes (English), §IV.A OIDB common codes; table t |\n",
	} {
		assert.Contains(t, md, want)
	}
}

func TestAnchor(t *testing.T) {
	for in, want := range map[string]string{
		"qq.share.qzone": "qqshareqzone",
		"msdk.errtype":   "msdkerrtype",
		"A b_c-d":        "a-b_c-d",
	} {
		assert.Equal(t, want, anchor(in))
	}
}

var assert, require = tassert.Assert, tassert.Require

// TestHeaderNamesGenerator: issue 10 asks the generated files to name
// their generator.
func TestHeaderNamesGenerator(t *testing.T) {
	files, err := generate(catalog.Default())
	require.NoError(t, err)
	for _, f := range files {
		first, _, _ := strings.Cut(string(f.Data), "\n")
		assert.Contains(t, first, "Code generated by github.com/msdklint/msdklint/catalog/internal/gen from catalog/codes.txt; DO NOT EDIT.", f.Path)
	}
}

func TestCheckName(t *testing.T) {
	for _, tt := range []struct {
		platform, name string
		want           []string // substrings of the messages, in order; none for a good name
	}{
		{"qq", "ShareDailyLimit", nil},
		{"qq", "OIDBUINFrozen", nil},
		{"qq", "OAuth2MissingSkey", nil},
		{"wechat", "InvalidWeChatID", nil},
		{"weibo", "APIIdentityCheck", nil}, // Id inside a word is no initialism
		{"msdk", "LogicHTTPSRequired", nil},
		{"qq", "QQShareDailyLimit", []string{"repeats the package name qq", "says QQ inside package qq"}},
		{"qq", "PlatformQQNotInstalled", []string{"says QQ inside package qq"}},
		{"wechat", "WeChatSystemError", []string{"repeats the package name wechat"}},
		{"weibo", "APIIllegalRequest", []string{"says Illegal"}},
		{"qq", "PayTokenOpenIDInvalid", []string{"ends with Invalid"}},
		{"wechat", "AppIDMissing", []string{"ends with Missing"}},
		{"qq", "OIDBUinFrozen", []string{"spells UIN as Uin"}},
		{"qq", "GroupGetUinSKeyFailed", []string{"spells Skey as SKey", "spells UIN as Uin"}},
		{"wechat", "InvalidAppId", []string{"spells ID as Id"}},
		{"wechat", "InvalidUrl", []string{"spells URL as Url"}},
		{"qq", "OauthFailed", []string{"spells OAuth as Oauth"}},
		// One word per meaning (issue 19): Missing, Revoked, VerifyFailed, NotFound.
		{"qq", "PlatformMissingArkAppID", nil},
		{"qq", "TokenCheckAccessTokenRevoked", nil},
		{"qq", "TokenCheckAccessTokenVerifyFailed", nil},
		{"qq", "TokenCheckFailure", nil},
		{"weibo", "APIUserNotFound", nil},
		{"weibo", "APINullable", nil}, // a word that only starts like Null
		{"qq", "PlatformArkAppIDEmpty", []string{"says Empty: a missing or empty value is MissingX"}},
		{"wechat", "EmptyPostData", []string{"says Empty"}},
		{"weibo", "APIURLNull", []string{"says Null: a missing or empty value is MissingX"}},
		{"weibo", "APIOAuthParameterAbsent", []string{"says Absent"}},
		{"qq", "PayTokenAbolished", []string{"says Abolished: 废除 is Revoked"}},
		{"qq", "GameCenterSkeyCheckFailed", []string{"says CheckFailed: a failed 验证 or 校验 is VerifyFailed"}},
		{"qq", "TokenCheckSkeyCheckFailed", []string{"says CheckFailed"}},
		{"msdk", "LogicGuestVerificationFailed", []string{"says VerificationFailed"}},
		{"weibo", "APIUserNotExist", []string{"says NotExist: not found is NotFound"}},
		{"weibo", "APIListNotExists", []string{"says NotExists"}},
	} {
		got := checkName(tt.platform, tt.name)
		if assert.Len(t, got, len(tt.want), "%s.%s: %q", tt.platform, tt.name, got) {
			for i, w := range tt.want {
				assert.Contains(t, got[i], w, "%s.%s", tt.platform, tt.name)
			}
		}
	}
}

// TestGenerateEnforcesNaming: a catalog breaking the convention is not
// generated; a numeric suffix needs another code of the same meaning.
func TestGenerateEnforcesNaming(t *testing.T) {
	const head = "namespace qq.x\n title.en X\n title.zh 叉\n"
	for _, tt := range []struct {
		name, src, want string
	}{
		{"illegal", head + "code 1\n name XIllegalSign\n action fix-request\n en e\n source t\n", "qq.XIllegalSign: says Illegal"},
		{"vocabulary", head + "code 1\n name XUserNotExist\n action notify-user\n en e\n source t\n", "qq.XUserNotExist: says NotExist"},
		{"suffix without twin", head + "code 17\n name XInternalError17\n action retry\n en internal\n source t\n",
			"qq.XInternalError17: ends with its code"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := catalog.Parse("t.txt", []byte(tt.src))
			require.NoError(t, err)
			_, err = generate(c)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	// Two codes of one meaning may carry their codes.
	c, err := catalog.Parse("t.txt", []byte(head+
		"code 17\n name XInternalError17\n action retry\n en internal\n source t\n"+
		"code 18\n name XInternalError18\n action retry\n en internal\n source t\n"))
	require.NoError(t, err)
	_, err = generate(c)
	assert.NoError(t, err)
	assert.Empty(t, checkNames(catalog.Default()))
}
