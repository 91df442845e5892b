package passwords

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/rules/ruletest"
)

// TestWeakHashAlgorithm runs FG0905 beside FG0901, whose findings it must
// not repeat.
func TestWeakHashAlgorithm(t *testing.T) {
	ruletest.Run(t, "../testdata/weak-hash-algorithm", &WeakHashAlgorithm, &PasswordFastHash)
}

// The words that grade a weak digest by the name it is kept under.
func TestNamePurpose(t *testing.T) {
	for _, tc := range []struct {
		name string
		want purpose
	}{
		{"reset_token", security}, {"api_sig", security}, {"signature", security}, {"salt", security},
		{"secret_key", security}, {"signingKey", security}, {"session_id", security}, {"new_password", security},
		{"cache_key", notSecurity}, {"etag", notSecurity}, {"get_etag", notSecurity}, {"file_checksum", notSecurity},
		{"_path_hash", notSecurity}, {"hash_key", notSecurity}, {"fileDigest", notSecurity}, {"md5sum", notSecurity},
		{"key", unknownPurpose}, {"digest", unknownPurpose}, {"result_hash", unknownPurpose}, {"upload_id", unknownPurpose},
		{"H", unknownPurpose}, {"", unknownPurpose},
	} {
		if got := namePurpose(tc.name); got != tc.want {
			t.Errorf("namePurpose(%q) = %d, want %d", tc.name, got, tc.want)
		}
	}
	for name, want := range map[string]bool{"token": true, "API_SECRET": true, "api_key": true, "Authorization": true,
		"salt": false, "signature": false, "key": false, "data": false} {
		if got := isCredentialName(name); got != want {
			t.Errorf("isCredentialName(%q) = %v, want %v", name, got, want)
		}
	}
}
