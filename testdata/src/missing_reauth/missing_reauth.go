package missingreauth

import (
	"github.com/msdklint/msdklint/catalog/msdk"
	"github.com/msdklint/msdklint/catalog/qq"
)

//msdklint:platform qq.platform
type Reply struct {
	Ret     int    `json:"ret"`
	Msg     string `json:"msg"`
	ErrType int    `json:"err_type"`
}

func missing(r Reply) {
	switch r.Ret { // want `missing-reauth: switch on r.Ret handles no code that needs reauthorization: qq\.Platform\w+, .*; send the player to log in again`
	case 0:
	case qq.PlatformAPIQuotaExceeded:
	default:
	}
}

func handled(r Reply) {
	switch r.Ret {
	case qq.PlatformAPIQuotaExceeded:
	case qq.PlatformAccessTokenExpired:
	}
}

func onlySuccess(r Reply) {
	switch r.Ret {
	case 0:
	default:
	}
}

func errType(r Reply) {
	switch r.ErrType { // want `missing-reauth: switch on r.ErrType handles no code that needs reauthorization: msdk.ErrType\w+;`
	case msdk.ErrTypeNetworkUnstable:
	case msdk.ErrTypeRefreshToken:
	}
	switch r.ErrType {
	case msdk.ErrTypeNetworkUnstable, msdk.ErrTypeRefreshToken:
	case msdk.ErrTypeReauthorize:
	}
}

func chain(r Reply) {
	if r.Ret == qq.PlatformAPIQuotaExceeded { // want `missing-reauth: if on r.Ret handles no code`
	} else if r.Ret == 0 {
	} else {
	}
	if r.Ret == qq.PlatformAPIQuotaExceeded {
	} else if r.Ret == qq.PlatformAccessTokenExpired || r.Ret == qq.PlatformAccessTokenRevoked {
	}
	// A lone if tests one code.
	if r.Ret == qq.PlatformAPIQuotaExceeded {
	}
	// Another condition: no chain on one field.
	if r.Ret == qq.PlatformAPIQuotaExceeded {
	} else if r.Msg == "" {
	}
}

func local(r Reply) {
	ret := r.Ret
	switch ret { // want `missing-reauth: switch on ret`
	case qq.PlatformAPIQuotaExceeded:
	}
}
