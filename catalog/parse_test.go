package catalog_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/msdklint/msdklint/catalog"
)

// fixture is a small valid catalog covering every feature of the format.
const fixture = `# comment
namespace qq.oidb
  title.en OIDB errors
  title.zh OIDB错误码
  source seed 003 §IV.A
  note keyed by the signed byte

code -1
  name OIDBSystemError
  action retry
  en System error
  zh 系统错误
  advice.en Retry later.
  advice.zh 稍后重试。
  source seed 003 §IV.A
  alias 0xff 0x1FF
  note first note
  note second note

namespace qq.tokencheck
  title.en Token check
  title.zh 令牌校验

code 64
  name TokenCheckTokenExpired
  action reauthorize
  reauth inferred
  en The token has expired
  zh token过期
  source seed 003 §IV.C; table qq.tsv

range 16 17
  name TokenCheckInvalidAppID
  action fix-config
  en The appid is invalid
  zh appid非法
  source seed 003 §IV.C

range 20 30
  action retry
  en Internal error
  source table qq.tsv

code 25
  action refresh-token
  reauth stated
  zh 刷新token或重新拉起授权
  source table qq.tsv

namespace msdk.logic
  title.en Logic layer
  title.zh 逻辑层

range -1999 -1000
  name LogicClientError
  action fix-request
  en Client error
  zh 客户端错误
  source seed 001 §3

code -1
  name LogicError
  action retry
  en Error
  zh 错误
  source seed 001 §3

code 64
  name LogicSixtyFour
  action ignore
  en Nothing
  zh 无
  source seed 001 §3

namespace qq.oidb
  source table oidb.tsv

code 3
  action notify-user
  en Not a friend
  source table oidb.tsv
`

func parseFixture(t testing.TB) *catalog.Catalog {
	t.Helper()
	c, err := catalog.Parse("fixture.txt", []byte(fixture))
	require.NoError(t, err)
	return c
}

func TestParse(t *testing.T) {
	c := parseFixture(t)

	require.Len(t, c.Namespaces(), 3)
	oidb, ok := c.Namespace("qq.oidb")
	require.True(t, ok)
	assert.Equal(t, catalog.NSID(0), oidb.ID)
	assert.Equal(t, "OIDB errors", oidb.TitleEn)
	assert.Equal(t, "OIDB错误码", oidb.TitleZh)
	assert.Equal(t, []string{"seed 003 §IV.A", "table oidb.tsv"}, oidb.Source, "a reopened namespace adds sources")
	assert.Equal(t, []string{"keyed by the signed byte"}, oidb.Notes)
	assert.Equal(t, "qq", oidb.Platform())
	assert.Equal(t, 2, oidb.Line)
	require.Len(t, oidb.Entries, 2)

	e := oidb.Entries[0]
	assert.Equal(t, &catalog.Entry{
		Namespace: "qq.oidb", Code: -1, Hi: -1, Name: "OIDBSystemError",
		Action: catalog.ActionRetry, En: "System error", Zh: "系统错误",
		AdviceEn: "Retry later.", AdviceZh: "稍后重试。",
		Source:  []string{"seed 003 §IV.A"},
		Aliases: []int64{255, 511},
		Notes:   []string{"first note", "second note"},
		File:    "fixture.txt", Line: 8,
	}, e)
	assert.False(t, e.IsRange())
	assert.True(t, e.Seed())
	assert.Equal(t, "qq.OIDBSystemError", e.Const())
	assert.Equal(t, "github.com/msdklint/msdklint/catalog/qq", e.ImportPath())

	tok, _ := c.Namespace("qq.tokencheck")
	expired := tok.Entries[0]
	assert.Equal(t, catalog.ReauthInferred, expired.Reauth)
	assert.Equal(t, []string{"seed 003 §IV.C", "table qq.tsv"}, expired.Source)
	r := tok.Entries[1]
	assert.True(t, r.IsRange())
	assert.Equal(t, [2]int64{16, 17}, [2]int64{r.Code, r.Hi})

	ext := tok.Entries[3]
	assert.False(t, ext.Seed())
	assert.Empty(t, ext.Const())
	assert.Equal(t, "刷新token或重新拉起授权", ext.Description("en"), "falls back to zh")
	assert.Equal(t, "刷新token或重新拉起授权", ext.Description("zh"))
	assert.Equal(t, "The token has expired", expired.Description("en"))
	assert.Equal(t, "token过期", expired.Description("zh"))

	lines := []int{}
	for _, e := range c.Entries() {
		lines = append(lines, e.Line)
	}
	assert.Equal(t, []int{8, 24, 32, 39, 44, 54, 61, 68, 78}, lines, "file order")
}

func TestParseAcceptsCRLFAndBOM(t *testing.T) {
	src := "\uFEFF" + strings.ReplaceAll(fixture, "\n", "\r\n")
	c, err := catalog.Parse("crlf.txt", []byte(src))
	require.NoError(t, err)
	assert.Len(t, c.Entries(), 9)
	e, ok := c.Lookup(0, -1)
	require.True(t, ok)
	assert.Equal(t, "System error", e.En)
}

func TestParseEmpty(t *testing.T) {
	c, err := catalog.Parse("empty.txt", []byte("# nothing yet\n\n"))
	require.NoError(t, err)
	assert.Empty(t, c.Entries())
	assert.Empty(t, c.Find(0))
}

// head is a namespace header for the error cases.
const head = "namespace qq.x\n title.en X\n title.zh 叉\n"

// entry is a complete seed entry body.
const entry = " name A\n action retry\n en E\n zh 中\n source seed 001\n"

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string // every error, in order
	}{
		{"unknown key", head + "code 1\n" + entry + " colour red\n",
			[]string{`t.txt:10: unknown key "colour"`}},
		{"duplicate key", head + "code 1\n" + entry + " en again\n",
			[]string{`t.txt:10: duplicate key en (first at line 7)`}},
		{"duplicate title", head + " title.en Y\n",
			[]string{`t.txt:4: duplicate title.en of namespace qq.x (first at line 2)`}},
		{"title on reopening", head + "namespace qq.x\n title.zh 又\n",
			[]string{`t.txt:5: duplicate title.zh of namespace qq.x (first at line 3)`}},
		{"missing title", "namespace qq.x\n title.en X\n",
			[]string{`t.txt:1: namespace qq.x: missing title.zh`}},
		{"missing action", head + "code 1\n name A\n en E\n zh 中\n source seed 001\n",
			[]string{`t.txt:4: code 1: missing key action`}},
		{"missing seed keys", head + "range 1 5\n action retry\n source seed 001\n",
			[]string{`t.txt:4: range 1 5: missing keys name, en, zh`}},
		{"missing description", head + "code 1\n action retry\n source table t.tsv\n",
			[]string{`t.txt:4: code 1: needs en or zh`}},
		{"missing source", head + "code 1\n action retry\n en E\n",
			[]string{`t.txt:4: code 1: missing key source`}},
		{"empty source", head + "code 1\n action retry\n en E\n source ;\n",
			[]string{`t.txt:7: source has no reference`}},
		{"key without value", head + "code 1\n" + entry + " note\n",
			[]string{`t.txt:10: note has no value`}},
		{"bad code", head + "code 1x\n" + entry,
			[]string{`t.txt:4: code: "1x" is not a signed decimal number`}},
		{"hex code", head + "code 0x10\n" + entry,
			[]string{`t.txt:4: code: "0x10" is not a signed decimal number`}},
		{"code out of range", head + "code 9223372036854775808\n" + entry,
			[]string{`t.txt:4: code: "9223372036854775808" is out of range`}},
		{"code arity", head + "code 1 2\n" + entry,
			[]string{`t.txt:4: code: want "code N"`}},
		{"range arity", head + "range 1\n" + entry,
			[]string{`t.txt:4: range: want "range LO HI"`}},
		{"bad range", head + "range a 5\n" + entry,
			[]string{`t.txt:4: range: "a" is not a signed decimal number`}},
		{"range LO > HI", head + "range -100 -999\n" + entry,
			[]string{`t.txt:4: range -100 -999: LO is greater than HI`}},
		{"bad alias", head + "code 1\n" + entry + " alias 2 0xZZ 3\n",
			[]string{`t.txt:10: alias: "0xZZ" is not a signed decimal or 0x hex number`}},
		{"alias is the code", head + "code 16\n" + entry + " alias 0x10\n",
			[]string{`t.txt:4: code 16: alias 16 is the code itself`}},
		{"alias twice", head + "code 1\n" + entry + " alias 2 2\n",
			[]string{`t.txt:4: code 1: alias 2 is given twice`}},
		{"alias on range", head + "range 1 3\n" + entry + " alias 9\n",
			[]string{`t.txt:4: range 1 3: a range cannot have aliases`}},
		{"duplicate code", head + "code 1\n" + entry + "code 1\n action retry\n en E\n source table t\n",
			[]string{`t.txt:10: code 1 of namespace qq.x is already defined: code 1 (t.txt:4)`}},
		{"duplicate code after reopening", head + "code 1\n" + entry + "namespace qq.y\n title.en Y\n title.zh 丫\nnamespace qq.x\ncode 1\n action retry\n en E\n source table t\n",
			[]string{`t.txt:14: code 1 of namespace qq.x is already defined: code 1 (t.txt:4)`}},
		{"alias collides with code", head + "code 1\n" + entry + "code 255\n action retry\n en E\n source table t\n alias -1\ncode 2\n action retry\n en E\n source table t\n alias 255\n",
			[]string{`t.txt:15: alias 255 of code 2 of namespace qq.x is already defined: code 255 (t.txt:10)`}},
		{"code collides with alias", head + "code 1\n" + entry + " alias 7\ncode 7\n action retry\n en E\n source table t\n",
			[]string{`t.txt:11: code 7 of namespace qq.x is already defined: alias 7 of code 1 (t.txt:4)`}},
		{"same code in two namespaces is fine, overlapping ranges are not", head + "range 1 10\n" + entry + "range 10 12\n action retry\n en E\n source table t\n",
			[]string{`t.txt:10: range 10 12 overlaps range 1 10 of namespace qq.x (t.txt:4)`}},
		{"invalid name", head + "code 1\n" + strings.Replace(entry, "name A", "name lower", 1),
			[]string{`t.txt:5: name "lower" is not an exported Go identifier (A-Z first, then letters, digits, _)`}},
		{"non-ASCII name", head + "code 1\n" + strings.Replace(entry, "name A", "name Ämter", 1),
			[]string{`t.txt:5: name "Ämter" is not an exported Go identifier (A-Z first, then letters, digits, _)`}},
		{"reserved name", head + "code 1\n" + strings.Replace(entry, "name A", "name Name", 1),
			[]string{`t.txt:4: name Name is reserved for the generated function qq.Name`}},
		{"duplicate name in a platform", head + "code 1\n" + entry + "namespace qq.y\n title.en Y\n title.zh 丫\ncode 2\n" + entry,
			[]string{`t.txt:13: name A is already used in package qq by qq.x code 1 (t.txt:4)`}},
		{"unknown action", head + "code 1\n" + strings.Replace(entry, "action retry", "action later", 1),
			[]string{`t.txt:6: unknown action "later" (want one of success, retry, reauthorize, refresh-token, fix-request, fix-config, rate-limit, contact-support, notify-user, see-msg, ignore)`}},
		{"reauthorize without reauth", head + "code 1\n" + strings.Replace(entry, "action retry", "action reauthorize", 1),
			[]string{`t.txt:4: code 1: action reauthorize needs reauth stated or reauth inferred`}},
		{"reauth with another action", head + "code 1\n" + entry + " reauth stated\n",
			[]string{`t.txt:4: code 1: reauth is allowed only with action reauthorize or refresh-token, not retry`}},
		{"unknown reauth", head + "code 1\n" + strings.Replace(entry, "action retry", "action reauthorize", 1) + " reauth maybe\n",
			[]string{`t.txt:10: unknown reauth "maybe" (want stated or inferred)`}},
		{"entry before namespace", "code 1\n" + entry,
			[]string{`t.txt:1: code before any namespace line`, `t.txt:2: name outside an entry: open one with a code or range line`,
				`t.txt:3: action outside an entry: open one with a code or range line`, `t.txt:4: en outside an entry: open one with a code or range line`,
				`t.txt:5: zh outside an entry: open one with a code or range line`, `t.txt:6: source before any namespace line`}},
		{"namespace key after an entry", head + "code 1\n" + entry + " title.zh 又\n",
			[]string{`t.txt:10: title.zh belongs to namespace qq.x and must come before its first entry`}},
		{"entry key in the header", head + " action retry\n",
			[]string{`t.txt:4: action outside an entry: open one with a code or range line`}},
		{"bad namespace", "namespace QQ.x\nnamespace qq\nnamespace qq..x\nnamespace qq.x y\nnamespace\n",
			[]string{`t.txt:1: namespace "QQ.x": want platform.part[.part], lower-case letters, digits and _`,
				`t.txt:2: namespace "qq": want platform.part[.part], lower-case letters, digits and _`,
				`t.txt:3: namespace "qq..x": want platform.part[.part], lower-case letters, digits and _`,
				`t.txt:4: namespace: want "namespace NAME"`, `t.txt:5: namespace: want "namespace NAME"`}},
		{"entries of a bad namespace are skipped", "namespace Bad\n title.en B\ncode 1\n" + entry + "namespace qq.x\n title.en X\n title.zh 叉\ncode x\n",
			[]string{`t.txt:1: namespace "Bad": want platform.part[.part], lower-case letters, digits and _`,
				`t.txt:12: code: "x" is not a signed decimal number`}},
		{"unknown key without value", head + "colour\n",
			[]string{`t.txt:4: unknown key "colour"`}},
		{"invalid UTF-8", head + "code 1\n" + entry + " note \xff\n",
			[]string{`t.txt:10: invalid UTF-8`}},
		{"deprecated name not an identifier", head + "code 1\n" + entry + " deprecated Old bad-name\n",
			[]string{`t.txt:10: deprecated name "bad-name" is not an exported Go identifier`}},
		{"deprecated without a name", head + "code 1\n action retry\n en E\n source table t\n deprecated Old\n",
			[]string{`t.txt:4: code 1: deprecated names need a name to stand for`}},
		{"deprecated name taken", head + "code 1\n" + entry + " deprecated B\ncode 2\n" + strings.Replace(entry, "name A", "name B", 1),
			[]string{`t.txt:11: name B is already used in package qq by qq.x code 1 (t.txt:4)`}},
		{"range function taken", head + "range 1 5\n" + entry + "code 9\n" + strings.Replace(entry, "name A", "name InA", 1),
			[]string{`t.txt:10: name InA is already used in package qq by qq.x range 1 5 (t.txt:4)`}},
		{"every error is reported", head + "code x\n" + entry + "code 2\n name b\n action nope\n",
			[]string{`t.txt:4: code: "x" is not a signed decimal number`, `t.txt:10: code 2: missing key source`, `t.txt:10: code 2: needs en or zh`,
				`t.txt:11: name "b" is not an exported Go identifier (A-Z first, then letters, digits, _)`,
				`t.txt:12: unknown action "nope" (want one of success, retry, reauthorize, refresh-token, fix-request, fix-config, rate-limit, contact-support, notify-user, see-msg, ignore)`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := catalog.Parse("t.txt", []byte(tc.src))
			require.Error(t, err)
			assert.Nil(t, c)
			assert.Equal(t, tc.want, strings.Split(err.Error(), "\n"))
			var first *catalog.Error
			require.True(t, errors.As(err, &first))
			assert.Equal(t, "t.txt", first.File)
		})
	}
}

func TestActions(t *testing.T) {
	for _, a := range catalog.Actions() {
		got, ok := catalog.ParseAction(a.String())
		assert.True(t, ok, a.String())
		assert.Equal(t, a, got)
	}
	assert.Len(t, catalog.Actions(), 11)
	assert.Equal(t, "refresh-token", catalog.ActionRefreshToken.String())
	assert.Equal(t, "Action(0)", catalog.Action(0).String())
	assert.False(t, catalog.Action(0).Valid())
	_, ok := catalog.ParseAction("Retry")
	assert.False(t, ok)

	for _, r := range []catalog.Reauth{catalog.ReauthStated, catalog.ReauthInferred} {
		got, ok := catalog.ParseReauth(r.String())
		assert.True(t, ok)
		assert.Equal(t, r, got)
	}
	_, ok = catalog.ParseReauth("none")
	assert.False(t, ok, "none is not written in the data")
	assert.Equal(t, "Reauth(7)", catalog.Reauth(7).String())
}
