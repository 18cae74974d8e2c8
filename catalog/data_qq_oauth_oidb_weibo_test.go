package catalog_test

import (
	"strings"
	"testing"

	"github.com/msdklint/msdklint/catalog"
)

// These tests pin the data of seed 002 (weibo.oauth2, qq.oauth2) and
// seed 003 §II and §IV (qq.group, qq.oidb, qq.paytoken, qq.tokencheck).

func TestQQOAuthOIDBWeiboSeedCounts(t *testing.T) {
	// Entries per namespace that come from the seed section (extended
	// tables may add more entries to a namespace later).
	want := map[string]struct {
		section string
		entries int
		ranges  int
	}{
		"weibo.oauth2":  {"seed 002 §Weibo", 11, 0},
		"qq.oauth2":     {"seed 002 §QQ", 67, 0},
		"qq.group":      {"seed 003 §II", 31, 1},
		"qq.oidb":       {"seed 003 §IV.A", 30, 0},
		"qq.paytoken":   {"seed 003 §IV.B", 13, 0},
		"qq.tokencheck": {"seed 003 §IV.C", 36, 5},
	}
	type count struct{ entries, ranges int }
	got := make(map[string]count)
	for _, e := range catalog.Default().Entries() {
		w, ok := want[e.Namespace]
		if !ok || !qowHasSource(e, w.section) {
			continue
		}
		c := got[e.Namespace]
		c.entries++
		if e.IsRange() {
			c.ranges++
		}
		got[e.Namespace] = c
	}
	for ns, w := range want {
		assert.Equal(t, count{w.entries, w.ranges}, got[ns], ns)
	}
}

func qowHasSource(e *catalog.Entry, ref string) bool {
	for _, s := range e.Source {
		if s == ref {
			return true
		}
	}
	return false
}

func TestQQOAuthOIDBWeiboSeedEntriesComplete(t *testing.T) {
	sections := map[string]string{
		"weibo.oauth2":  "seed 002 §Weibo",
		"qq.oauth2":     "seed 002 §QQ",
		"qq.group":      "seed 003 §II",
		"qq.oidb":       "seed 003 §IV.A",
		"qq.paytoken":   "seed 003 §IV.B",
		"qq.tokencheck": "seed 003 §IV.C",
	}
	for _, e := range catalog.Default().Entries() {
		sec, ok := sections[e.Namespace]
		if !ok || !qowHasSource(e, sec) {
			continue
		}
		assert.True(t, e.Seed(), "%s %d", e.Namespace, e.Code)
		assert.NotEmpty(t, e.Name, "%s %d", e.Namespace, e.Code)
		assert.NotEmpty(t, e.En, "%s %d", e.Namespace, e.Code)
		assert.NotEmpty(t, e.Zh, "%s %d", e.Namespace, e.Code)
	}
}

func TestQQOAuthOIDBWeiboRepresentative(t *testing.T) {
	tests := []struct {
		ns     string
		code   int64
		konst  string
		action string
		en     string // substring of the English description
	}{
		{"weibo.oauth2", 21322, "weibo.OAuth2RedirectURIMismatch", "fix-config", "redirect_uri_mismatch"},
		{"weibo.oauth2", 21327, "weibo.OAuth2ExpiredToken", "reauthorize", "expired_token"},
		{"weibo.oauth2", 21330, "weibo.OAuth2AccessDenied", "reauthorize", "access_denied"},
		{"weibo.oauth2", 21331, "weibo.OAuth2TemporarilyUnavailable", "retry", "temporarily_unavailable"},
		{"weibo.oauth2", 21337, "weibo.OAuth2AppKeyPermissionDenied", "fix-config", "appkey permission denied"},
		{"qq.oauth2", 0, "qq.OAuth2Success", "success", "Success"},
		{"qq.oauth2", 100007, "qq.OAuth2MissingAccessToken", "fix-request", "access token is missing"},
		{"qq.oauth2", 100014, "qq.OAuth2AccessTokenExpired", "reauthorize", "expired"},
		{"qq.oauth2", 100030, "qq.OAuth2APINotAuthorized", "reauthorize", "not authorized this API"},
		{"qq.oauth2", 100039, "qq.OAuth2RefreshTokenCallLimit", "rate-limit", "call limit"},
		{"qq.oauth2", 110405, "qq.OAuth2LoginRestricted", "rate-limit", "restricted"},
		{"qq.oauth2", 110504, "qq.OAuth2InternalError", "retry", "Internal"},
		{"qq.group", 221001, "qq.GroupUnionAlreadyBound", "notify-user", "already has a bound group"},
		{"qq.group", 221018, "qq.GroupBindTooFrequent", "rate-limit", "too frequently"},
		{"qq.group", -182005, "qq.GroupOpenIDToUINFailed", "contact-support", "openid to a uin"},
		{"qq.group", -120000, "qq.GroupInvalidLoginState", "reauthorize", "Login state"},
		{"qq.oidb", -1, "qq.OIDBAddressingFailed", "contact-support", "addressing failed"},
		{"qq.oidb", -103, "qq.OIDBFrequencyLimit", "rate-limit", "frequency"},
		{"qq.oidb", -144, "qq.OIDBUINFrozen", "notify-user", "frozen"},
		{"qq.oidb", 5, "qq.OIDBCommandNotConfigured", "fix-config", "not configured"},
		{"qq.paytoken", 0, "qq.PayTokenSuccess", "success", "Success"},
		{"qq.paytoken", 17, "qq.PayTokenExpired", "reauthorize", "expired"},
		{"qq.paytoken", 94, "qq.PayTokenDecryptFailed", "fix-request", "decryption failed"},
		{"qq.tokencheck", 0x00, "qq.TokenCheckSuccess", "success", "Success"},
		{"qq.tokencheck", 0x26, "qq.TokenCheckSignatureVerifyFailed", "fix-request", "Signature"},
		{"qq.tokencheck", 0x41, "qq.TokenCheckAccessTokenExpired", "reauthorize", "expired"},
		{"qq.tokencheck", 0x4a, "qq.TokenCheckAccessTokenUndecodable", "fix-request", "not a QQ access token"},
		{"qq.tokencheck", 0x61, "qq.TokenCheckMissingOpenKey", "fix-request", "not filled in"},
	}
	for _, tt := range tests {
		e := mustLookup(t, tt.ns, tt.code)
		assert.Equal(t, tt.code, e.Code, "%s %d", tt.ns, tt.code)
		assert.Equal(t, tt.konst, e.Const(), "%s %d", tt.ns, tt.code)
		assert.Equal(t, tt.action, e.Action.String(), "%s %d", tt.ns, tt.code)
		assert.Contains(t, e.En, tt.en, "%s %d", tt.ns, tt.code)
	}
}

func TestQQOAuthOIDBWeiboDefects(t *testing.T) {
	tests := []struct {
		ns    string
		code  int64
		name  string
		zh    string // substring of the Chinese description
		alias []int64
		note  string // substring of a note
	}{
		// "100001|缺少参数client_id。100002缺少参数client_secret。"
		{"qq.oauth2", 100001, "OAuth2MissingClientID", "client_id", nil, "100002"},
		{"qq.oauth2", 100002, "OAuth2MissingClientSecret", "client_secret", nil, "inline"},
		// "100010|回调地址不合法 ... 100011APP不处于上线状态。"
		{"qq.oauth2", 100010, "OAuth2InvalidRedirectURI", "回调地址不合法", nil, "100011"},
		{"qq.oauth2", 100011, "OAuth2AppNotOnline", "APP不处于上线状态", nil, "inline"},
		// 110506 twice; the second is entered as 110507.
		{"qq.oauth2", 110506, "OAuth2GetAppInfoFailed", "获取APP info信息失败", nil, "110507"},
		{"qq.oauth2", 110507, "OAuth2AppInfoSignatureVerifyFailed", "签名", nil, "110506"},
		// 0x71 given for both -143 and -140; -140 is 0x74 (116).
		{"qq.oidb", -143, "OIDBEmployeeProtectedUIN", "员工", []int64{113}, "0x71"},
		{"qq.oidb", -140, "OIDBInvalidAccessToken", "accesstoken非法", []int64{116}, "0x74"},
		// "-500003 ~ -500009" written high to low.
		{"qq.group", -500009, "GroupParseResponseFailed", "解析", nil, "-500003 ~ -500009"},
	}
	for _, tt := range tests {
		e := mustLookup(t, tt.ns, tt.code)
		assert.Equal(t, tt.code, e.Code, "%s %d", tt.ns, tt.code)
		assert.Equal(t, tt.name, e.Name, "%s %d", tt.ns, tt.code)
		assert.Contains(t, e.Zh, tt.zh, "%s %d", tt.ns, tt.code)
		assert.Equal(t, tt.alias, qowNilIfEmpty(e.Aliases), "%s %d", tt.ns, tt.code)
		assert.Contains(t, strings.Join(e.Notes, "\n"), tt.note, "%s %d", tt.ns, tt.code)
	}

	// The hex 0x71 (113) finds -143 only; 0x74 (116) finds -140.
	assert.Equal(t, int64(-143), mustLookup(t, "qq.oidb", 0x71).Code)
	assert.Equal(t, int64(-140), mustLookup(t, "qq.oidb", 0x74).Code)
}

func qowNilIfEmpty(s []int64) []int64 {
	if len(s) == 0 {
		return nil
	}
	return s
}

// OIDB's negative codes are also written as their unsigned byte; every one
// must be found by that spelling, and positive codes carry no alias.
func TestQQOAuthOIDBWeiboUnsignedAliases(t *testing.T) {
	n, ok := catalog.Default().Namespace("qq.oidb")
	require.True(t, ok)
	seen := 0
	for _, e := range catalog.Default().Entries() {
		if e.Namespace != "qq.oidb" || !qowHasSource(e, "seed 003 §IV.A") {
			continue
		}
		seen++
		if e.Code >= 0 {
			assert.Empty(t, e.Aliases, "%d", e.Code)
			continue
		}
		unsigned := e.Code + 256
		assert.Equal(t, []int64{unsigned}, e.Aliases, "%d", e.Code)
		got, ok := catalog.Default().Lookup(n.ID, unsigned)
		if assert.True(t, ok, "%d (%d)", unsigned, e.Code) {
			assert.Equal(t, e.Code, got.Code)
		}
	}
	assert.Equal(t, 30, seen)
	// 0xff and 255 are one number: -1's alias.
	assert.Equal(t, int64(-1), mustLookup(t, "qq.oidb", 0xff).Code)
}

func TestQQOAuthOIDBWeiboRanges(t *testing.T) {
	tests := []struct {
		ns     string
		lo, hi int64
		name   string
		action string
	}{
		{"qq.group", -500009, -500003, "GroupParseResponseFailed", "contact-support"},
		{"qq.tokencheck", 0x10, 0x11, "TokenCheckInvalidAppID", "fix-config"},
		{"qq.tokencheck", 0x13, 0x14, "TokenCheckInternalError19", "retry"},
		{"qq.tokencheck", 0x24, 0x25, "TokenCheckInternalError36", "retry"},
		{"qq.tokencheck", 0x32, 0x36, "TokenCheckInvalidOpenIDBusiness127", "fix-request"},
		{"qq.tokencheck", 0x37, 0x38, "TokenCheckOpenIDReclaimedBusiness127", "notify-user"},
	}
	for _, tt := range tests {
		for _, code := range []int64{tt.lo, (tt.lo + tt.hi) / 2, tt.hi} {
			e := mustLookup(t, tt.ns, code)
			assert.True(t, e.IsRange(), "%s %d", tt.ns, code)
			assert.Equal(t, tt.lo, e.Code, "%s %d", tt.ns, code)
			assert.Equal(t, tt.hi, e.Hi, "%s %d", tt.ns, code)
			assert.Equal(t, tt.name, e.Name, "%s %d", tt.ns, code)
			assert.Equal(t, tt.action, e.Action.String(), "%s %d", tt.ns, code)
		}
	}

	// Codes next to the ranges: unknown, or a different single entry.
	for _, code := range []int64{-500010, -500002} {
		_, ok := tryLookup(t, "qq.group", code)
		assert.False(t, ok, "qq.group %d", code)
	}
	for _, code := range []int64{0x0f, 0x15, 0x31, 0x39} {
		_, ok := tryLookup(t, "qq.tokencheck", code)
		assert.False(t, ok, "qq.tokencheck %d", code)
	}
	for code, name := range map[int64]string{
		0x12: "TokenCheckReadThirdPartyInfoFailed",
		0x23: "TokenCheckOpenKeyExpired",
		0x26: "TokenCheckSignatureVerifyFailed",
	} {
		e := mustLookup(t, "qq.tokencheck", code)
		assert.False(t, e.IsRange(), "qq.tokencheck %d", code)
		assert.Equal(t, name, e.Name, "qq.tokencheck %d", code)
	}
}

func TestQQOAuthOIDBWeiboReauthSets(t *testing.T) {
	const (
		stated   = catalog.ReauthStated
		inferred = catalog.ReauthInferred
	)
	type want struct {
		code   int64
		reauth catalog.Reauth
	}
	tests := map[string][]want{
		// Issue 19: 21330, the player refused the authorization, and the
		// added 21332, an invalid access token.
		"weibo.oauth2": {
			{21325, inferred}, {21327, inferred}, {21330, inferred}, {21332, inferred},
		},
		"qq.oauth2": {
			{100013, inferred}, {100014, stated}, {100015, stated},
			{100016, inferred}, {100030, stated}, {100035, inferred},
			{100036, inferred}, {100037, inferred}, {100038, inferred},
			{100042, inferred}, {100045, inferred}, {110509, inferred},
		},
		// Issue 9: 221004 is marked like -120000, both the player's login
		// state; tokencheck 0x22, 0x44, 0x45, 0x46 are the caller's fault
		// (fix-request). Issue 19: oidb -140 (invalid access token) and
		// paytoken 18 (pay token revoked) are dead logins, as 0x40 and 0x42.
		"qq.group": {
			{-120000, inferred}, {221004, inferred},
		},
		"qq.oidb": {
			{-140, inferred}, {-105, inferred},
		},
		"qq.paytoken": {
			{16, inferred}, {17, inferred}, {18, inferred}, {101, inferred},
		},
		"qq.tokencheck": {
			{0x21, inferred}, {0x23, inferred},
			{0x40, inferred}, {0x41, inferred}, {0x42, inferred}, {0x43, inferred},
			{0x47, inferred},
		},
	}
	for ns, w := range tests {
		n, ok := catalog.Default().Namespace(ns)
		require.True(t, ok, ns)
		var got []want
		for _, e := range catalog.Default().ReauthCodes(n.ID) {
			got = append(got, want{e.Code, e.Reauth})
			// Every reauthorization here is a full login: none of these
			// codes is fixed by refreshing the token.
			assert.Equal(t, "reauthorize", e.Action.String(), "%s %d", ns, e.Code)
		}
		assert.Equal(t, w, got, ns)
	}
}

// Codes that look like token trouble but are deliberately not reauth.
func TestQQOAuthOIDBWeiboNotReauth(t *testing.T) {
	tests := []struct {
		ns     string
		code   int64
		action string
	}{
		{"qq.oauth2", 100007, "fix-request"},   // missing access token parameter
		{"qq.oauth2", 100020, "fix-request"},   // code used twice
		{"qq.oauth2", 100039, "rate-limit"},    // refresh token call limit
		{"qq.oauth2", 100041, "fix-config"},    // RefreshToken,AppID非法
		{"qq.oauth2", 110405, "rate-limit"},    // 请稍后在登录
		{"qq.tokencheck", 0x22, "fix-request"}, // openid and openkey of two logins
		{"qq.tokencheck", 0x44, "fix-request"}, // appid and token do not belong together
		{"qq.tokencheck", 0x45, "fix-request"}, // token and openid do not match
		{"qq.tokencheck", 0x46, "fix-request"}, // session key of the wrong length
		{"qq.paytoken", 22, "notify-user"},     // openid reclaimed
		{"qq.paytoken", 94, "fix-request"},     // not a pay token at all
		{"qq.tokencheck", 0x4a, "fix-request"}, // not a QQ access token
		{"qq.tokencheck", 0x61, "fix-request"}, // openkey not filled in
		{"qq.tokencheck", 0x27, "notify-user"}, // openid reclaimed
		{"qq.tokencheck", 0x01, "retry"},       // internal error
	}
	for _, tt := range tests {
		e := mustLookup(t, tt.ns, tt.code)
		assert.Equal(t, catalog.ReauthNone, e.Reauth, "%s %d", tt.ns, tt.code)
		assert.Equal(t, tt.action, e.Action.String(), "%s %d", tt.ns, tt.code)
	}
}
