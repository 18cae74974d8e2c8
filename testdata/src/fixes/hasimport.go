package fixes

import (
	"replies"

	"github.com/msdklint/msdklint/catalog/qq"
)

func hasImport(r replies.QQReply) bool {
	return r.Ret == qq.PlatformAccessTokenExpired || r.Ret != 100015 // want `magic-code: ret 100015 is qq.PlatformAccessTokenRevoked`
}
