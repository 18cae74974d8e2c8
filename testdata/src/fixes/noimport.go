package fixes

//msdklint:platform qq.platform
type Local struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

func noImport(r Local) bool {
	return r.Ret == 100014 // want `magic-code: ret 100014 is qq.PlatformAccessTokenExpired`
}
