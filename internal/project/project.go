// Package project models a Python code base as modules with imports and
// symbols, so that analyses can resolve a name in one file to what it means
// across the project (`from .app import app` is the Flask app built in
// app.py; `F` is `flask.Flask` after `from flask import Flask as F`).
package project

import "github.com/flaskguard/flaskguard/internal/python"

// Module is one Python file seen as a module of the project.
type Module struct {
	// Name is the dotted module name derived from the file's path
	// ("pkg/app/__init__.py" → "pkg.app").
	Name string
	File *python.File
}

// Project is the set of modules of one scan and what was learnt about them.
type Project struct {
	Modules map[string]*Module
}
