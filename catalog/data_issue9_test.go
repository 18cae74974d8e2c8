package catalog_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/msdklint/msdklint/catalog"
	"github.com/msdklint/msdklint/catalog/msdk"
	"github.com/msdklint/msdklint/catalog/qq"
	"github.com/msdklint/msdklint/catalog/wechat"
)

// These tests pin the corrections of issue 9, each beside the note in
// codes.txt that gives its basis.

func hasNote(e *catalog.Entry, sub string) bool {
	return slices.ContainsFunc(e.Notes, func(n string) bool { return strings.Contains(n, sub) })
}

// A range's constant is a code the source lists, and its InX function
// covers the range; before, LogicServerError was -9999, a value ret can
// hold but the source never lists.
func TestIssue9RangeConstants(t *testing.T) {
	tests := []struct {
		name     string
		constant int64 // from the generated package
		want     int64 // the code the source lists
		in       func(int) bool
		inside   []int
		outside  []int
	}{
		{"msdk.LogicSystemError", msdk.LogicSystemError, -100, msdk.InLogicSystemError, []int{-100, -500, -999}, []int{-99, -1000}},
		{"msdk.LogicClientError", msdk.LogicClientError, -1000, msdk.InLogicClientError, []int{-1000, -1999}, []int{-999, -2000}},
		{"msdk.LogicServerError", msdk.LogicServerError, -2000, msdk.InLogicServerError, []int{-2000, -5000, -9999}, []int{-1999, -10000}},
		{"msdk.LogicQQBusinessError", msdk.LogicQQBusinessError, -10000, msdk.InLogicQQBusinessError, []int{-10000, -19999}, []int{-9999, -20000}},
		{"msdk.LogicWeChatBusinessError", msdk.LogicWeChatBusinessError, -20000, msdk.InLogicWeChatBusinessError, []int{-20000, -29999}, []int{-19999, -30000}},
		// The source gives the LBS range no end: it is open.
		{"msdk.LogicLBSError", msdk.LogicLBSError, -30000, msdk.InLogicLBSError, []int{-30000, -39999, -40000, -2000000000}, []int{-29999, 0}},
		{"qq.GroupParseResponseFailed", qq.GroupParseResponseFailed, -500003, qq.InGroupParseResponseFailed, []int{-500003, -500009}, []int{-500002, -500010}},
		{"qq.TokenCheckInvalidAppID", qq.TokenCheckInvalidAppID, 0x10, qq.InTokenCheckInvalidAppID, []int{0x10, 0x11}, []int{0x0f, 0x12}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.constant)
			for _, c := range tt.inside {
				assert.True(t, tt.in(c), "%d is in the range", c)
			}
			for _, c := range tt.outside {
				assert.False(t, tt.in(c), "%d is outside the range", c)
			}
		})
	}
	// Every named range: the constant is a bound, the one nearest zero.
	for _, e := range catalog.Default().Entries() {
		if e.IsRange() && e.Name != "" {
			v := e.ConstValue()
			assert.True(t, v == e.Code || v == e.Hi, "%s", e.Const())
			assert.Equal(t, "In"+e.Name, e.RangeFunc())
		}
	}
	for _, code := range []int64{-500, -1500, -5000, -15000, -25000, -35000} {
		e := mustLookup(t, "msdk.logic", code) // a member of a range only
		assert.True(t, hasNote(e, "the code the source lists"), "msdk.logic %d..%d: note", e.Code, e.Hi)
	}
}

// The obvious WeChat names are the codes WeChat sends.
func TestIssue9WeChatNames(t *testing.T) {
	assert.Equal(t, 40030, wechat.InvalidRefreshToken)
	assert.Equal(t, 42002, wechat.RefreshTokenExpired)
	assert.Equal(t, 40032, wechat.InvalidOpenIDListLength)
	assert.Equal(t, 42004, wechat.PluginTokenExpired)
	for _, tt := range []struct {
		code int64
		note string
	}{
		{40032, "不合法的 openid 列表长度"},
		{42004, "plugin token expired"},
		{40030, "seed 001 §5"},
		{42002, "seed 001 §5"},
	} {
		e := mustLookup(t, "wechat.platform", tt.code)
		assert.True(t, hasNote(e, tt.note), "wechat.platform %d: no note with %q", tt.code, tt.note)
	}
	// The seed's codes stay seed entries; issue 19 gave them WeChat's
	// meaning and the action that follows it (TestIssue19NameAndText).
	for _, code := range []int64{40032, 42004} {
		e := mustLookup(t, "wechat.platform", code)
		assert.True(t, e.Seed())
		assert.Equal(t, catalog.ActionFixRequest, e.Action)
	}
}

// Each reauthorization change of issue 9, with the note giving its basis.
func TestIssue9Reauth(t *testing.T) {
	tests := []struct {
		ns     string
		code   int64
		action catalog.Action
		reauth catalog.Reauth
		note   string
	}{
		{"qq.tokencheck", 70, catalog.ActionFixRequest, catalog.ReauthNone, "format error"},
		{"qq.tokencheck", 34, catalog.ActionFixRequest, catalog.ReauthNone, "qq.platform -71"},
		{"qq.tokencheck", 68, catalog.ActionFixRequest, catalog.ReauthNone, "belong together"},
		{"qq.tokencheck", 69, catalog.ActionFixRequest, catalog.ReauthNone, "paytoken 24"},
		// qq.oidb -140, qq.paytoken 18 and openapi.common 111 changed
		// again in issue 19 (TestIssue19ReauthRules).
		// Made consistent.
		{"qq.group", 221004, catalog.ActionReauthorize, catalog.ReauthInferred, "Marked like -120000"},
		{"qq.group", -120000, catalog.ActionReauthorize, catalog.ReauthInferred, "log in again"},
		{"qq.oauth2", 100020, catalog.ActionFixRequest, catalog.ReauthNone, "Marked like wechat.platform 40163"},
		{"wechat.platform", 40163, catalog.ActionFixRequest, catalog.ReauthNone, "Marked like qq.oauth2 100020"},
	}
	for _, tt := range tests {
		e := mustLookup(t, tt.ns, tt.code)
		assert.Equal(t, tt.action, e.Action, "%s %d", tt.ns, tt.code)
		assert.Equal(t, tt.reauth, e.Reauth, "%s %d", tt.ns, tt.code)
		assert.True(t, hasNote(e, tt.note), "%s %d: no note with %q in %q", tt.ns, tt.code, tt.note, e.Notes)
	}
	// WeChat tokens that are not the player's login.
	for _, code := range []int64{40040, 40042, 40180, 42009, 61009, 61010, 61023, 72050, 83006, 83007, 9207004} {
		e := mustLookup(t, "wechat.platform", code)
		assert.Equal(t, catalog.ReauthNone, e.Reauth, "wechat.platform %d", code)
		assert.NotEqual(t, catalog.ActionReauthorize, e.Action, "wechat.platform %d", code)
		assert.True(t, hasNote(e, "not the player's login"), "wechat.platform %d: note", code)
	}
}

func TestIssue9Texts(t *testing.T) {
	e := mustLookup(t, "qq.tokencheck", 0x43)
	assert.Contains(t, e.En, "freezing failed")
	assert.Contains(t, e.Zh, "冻结失败")
	assert.True(t, hasNote(e, "word for word"))

	e = mustLookup(t, "wechat.platform", 40125)
	assert.Contains(t, e.En, "appsecret")
	assert.Contains(t, e.Zh, "AppSecret")
	assert.NotContains(t, e.Zh, "AppID")
	assert.True(t, hasNote(e, "Text fixed"))
}

// Every extended WeChat entry's action was reviewed (in issue 9, or again
// in issue 19); none is left as the rules gave it.
func TestIssue9WeChatActionsReviewed(t *testing.T) {
	for _, e := range extended(t, "wechat.platform") {
		n := 0
		for _, note := range e.Notes {
			if strings.HasPrefix(note, "Action reviewed (issue 9): "+e.Action.String()+",") ||
				strings.HasPrefix(note, "Action reviewed (issue 19): "+e.Action.String()+",") {
				n++
			}
			assert.False(t, strings.HasPrefix(strings.ToLower(note), "action by rule"), "wechat.platform %d", e.Code)
		}
		assert.Equal(t, 1, n, "wechat.platform %d: one review note naming its action %s", e.Code, e.Action)
	}
}

// Renamed constants keep their old name one release, and the catalog
// resolves either to the entry, whose Const is the new name.
func TestIssue9Resolve(t *testing.T) {
	c := catalog.Default()
	for _, tt := range []struct{ in, want string }{
		{"qq.QQShareDailyLimit", "qq.ShareDailyLimit"},
		{"qq.ShareDailyLimit", "qq.ShareDailyLimit"},
		{"qq.PayTokenIllegal", "qq.PayTokenDecryptFailed"},
		{"wechat.AppIDMissing", "wechat.MissingAppID"},
		{"wechat.InvalidRefreshToken40030", "wechat.InvalidRefreshToken"},
		// The old obvious names now name the codes WeChat sends.
		{"wechat.InvalidRefreshToken", "wechat.InvalidRefreshToken"},
		{"weibo.APIIllegalRequest", "weibo.APIInvalidRequest"},
	} {
		e, ok := c.Resolve(tt.in)
		if assert.True(t, ok, tt.in) {
			assert.Equal(t, tt.want, e.Const(), tt.in)
		}
	}
	e, _ := c.Resolve("wechat.InvalidRefreshToken")
	assert.Equal(t, int64(40030), e.Code)
	for _, bad := range []string{"", "qq", "qq.NoSuchName", "wechat.QQShareDailyLimit", "QQShareDailyLimit"} {
		_, ok := c.Resolve(bad)
		assert.False(t, ok, bad)
	}
	// No deprecated name is any entry's current name.
	current := map[string]bool{}
	for _, e := range c.Entries() {
		current[e.Const()] = true
	}
	n := 0
	for _, e := range c.Entries() {
		for _, d := range e.Deprecated {
			n++
			assert.False(t, current[e.Platform()+"."+d], "%s is deprecated and current", d)
		}
	}
	// 108 from issue 9, 47 from issue 19's renames.
	assert.Equal(t, 155, n, "deprecated names")
}
