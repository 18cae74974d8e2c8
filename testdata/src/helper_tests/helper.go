// Package helpertests has a helper bound through its call sites and a
// test that calls it with a literal: the package and its test variant
// give the same findings, as go vet (which checks the test variant) and
// the standalone driver (both) must.
package helpertests

//msdklint:platform qq.platform
type Reply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

// tokenGone is called with r.Ret by the package, with literals by its
// test and by the package itself.
func tokenGone(ret int) bool {
	return ret == -73 || ret == 42001 // want `magic-code: ret -73 is qq.PlatformAccessTokenPasswordChanged` `wrong-platform: ret 42001 is not a code of qq.platform`
}

// mixed is called with r.Ret and with a count: its callers disagree.
func mixed(n int) bool {
	return n == 999999
}

func use(r Reply, count int) bool {
	return tokenGone(r.Ret) || tokenGone(-73) || mixed(r.Ret) || mixed(count)
}
