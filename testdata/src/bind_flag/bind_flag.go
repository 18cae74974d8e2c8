// Package bindflag's types are bound by -bind flags only.
package bindflag

type Vendor struct {
	Code  int `json:"ret"`
	Other int `json:"errcode"`
}

type Whole struct {
	Status int `json:"error_code"`
}

func f(v Vendor, w Whole) bool {
	return v.Code == 42001 || v.Other == 100014 || w.Status == 100014 // want `wrong-platform: ret 42001 is not a code of qq.platform` `wrong-platform: errcode 100014 is not a code of wechat` `wrong-platform: error_code 100014 is not a code of weibo`
}
