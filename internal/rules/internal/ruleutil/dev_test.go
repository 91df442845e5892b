package ruleutil

import (
	"testing"

	"github.com/flaskguard/flaskguard/internal/confsrc"
)

func TestDevNames(t *testing.T) {
	for name, want := range map[string]bool{
		"DevelopmentConfig": true, "DevConfig": true, "LocalConfig": true,
		"TestConfig": true, "TestingConfig": true, "ProductionConfig": false,
		"Config": false, "StagingConfig": false, "DefaultConfig": false,
	} {
		if got := IsDevClassName(name); got != want {
			t.Errorf("IsDevClassName(%q) = %v, want %v", name, got, want)
		}
	}
	for name, want := range map[string]bool{
		".env.development": true, "docker-compose.dev.yml": true, "web-dev": true,
		"dev_settings": true, ".flaskenv": false, "docker-compose.override.yml": false,
		"devops": false, "latest": false,
	} {
		if got := IsDevName(name); got != want {
			t.Errorf("IsDevName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestIsExampleFile(t *testing.T) {
	for p, want := range map[string]bool{
		".env.example": true, "deploy/.env.sample": true, ".env.template": true, ".env.dist": true,
		"config.tpl": true, ".env": false, "examples/.env": false, "Dockerfile": false,
	} {
		if got := IsExampleFile(p); got != want {
			t.Errorf("IsExampleFile(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestIsDevConfig(t *testing.T) {
	for _, tc := range []struct {
		path  string
		kind  confsrc.Kind
		scope string
		want  bool
	}{
		{"docker-compose.dev.yml", confsrc.Compose, "web", true},
		{"docker-compose.yml", confsrc.Compose, "web-dev", true},
		{"docker-compose.yml", confsrc.Compose, "web", false},
		{"docker-compose.override.yml", confsrc.Compose, "", false},
		{"Dockerfile", confsrc.Dockerfile, "dev", false}, // a build stage is not a compose service
		{"deploy/.env.test", confsrc.Env, "", true},
	} {
		f := &confsrc.File{Path: tc.path, Kind: tc.kind}
		if got := IsDevConfig(f, tc.scope); got != tc.want {
			t.Errorf("IsDevConfig(%s, %q) = %v, want %v", tc.path, tc.scope, got, tc.want)
		}
	}
}
