package nonces

import (
	"math/rand"
	"strconv"
	"time"
)

// alarmParams are the parameters of a signed call to another service: the
// nonce guards against replay together with the timestamp.
func alarmParams(secretID string) map[string]string {
	return map[string]string{
		"Action":    "SendAlarm",
		"Timestamp": strconv.FormatInt(time.Now().Unix(), 10),
		"Nonce":     strconv.Itoa(rand.Intn(65535)),
		"SecretId":  secretID,
	}
}

// loginParams keep an OIDC nonce for the user's login: it must be secret.
func loginParams() map[string]string {
	return map[string]string{
		"state": "x",
		"nonce": strconv.Itoa(rand.Int()), // want `nonce comes from math/rand`
	}
}
