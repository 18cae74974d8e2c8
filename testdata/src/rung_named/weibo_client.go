package rungnamed

// Reply is named by its file, weibo_client.go.
type Reply struct {
	ErrorCode int    `json:"error_code"`
	Error     string `json:"error"`
}

func byFile(r Reply) {
	switch r.ErrorCode { // want `missing-reauth: switch on r.ErrorCode handles no code that needs reauthorization: weibo\.`
	case 10001: // want `magic-code: error_code 10001 is weibo.APISystemError`
	}
}
