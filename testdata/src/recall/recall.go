// Package recall compares codes through helpers, second-level and
// converted locals.
package recall

//msdklint:platform qq.platform
type Reply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

// qqExpired is called with r.Ret only: ret inherits its binding.
func qqExpired(ret int) bool {
	return ret == -73 || ret == 42001 // want `magic-code: ret -73 is qq.PlatformAccessTokenPasswordChanged` `wrong-platform: ret 42001 is not a code of qq.platform`
}

// mixed is called with r.Ret and with a count: its callers disagree.
func mixed(n int) bool {
	return n == 999999
}

// escaped is also used as a value: its callers are unknown.
func escaped(ret int) bool {
	return ret == 999999
}

// reassigned changes its parameter: it no longer reads the field.
func reassigned(ret int) bool {
	ret = ret / 2
	return ret == 999999
}

func use(r Reply, count int) bool {
	f := escaped
	return qqExpired(r.Ret) || mixed(r.Ret) || mixed(count) || f(r.Ret) || escaped(r.Ret) || reassigned(r.Ret)
}

func locals(r Reply) bool {
	ret := r.Ret
	ret2 := ret
	code := int64(r.Ret)
	return ret2 == 42001 || code == 999999 // want `wrong-platform: ret 42001 is not a code of qq.platform` `unknown-code: ret 999999 is in no namespace \(searched qq.platform\)`
}
