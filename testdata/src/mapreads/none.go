package mapreads

// Nothing here names a platform, but the package does (byMap's host):
// the map read is checked with the package's evidence.
func pkgLevel(m map[string]int) bool {
	return m["errcode"] == 40029 // want `magic-code: errcode 40029 is wechat.InvalidCode`
}
