package spec

// FileStorage is the origin path of an uploaded file object
// (request.files["f"]), whose methods and attributes the sinks name.
const FileStorage = "werkzeug.datastructures.FileStorage()"

// defaultSources lists Flask's request proxy under the names it is
// imported by. The attributes follow FLASK-FACTS.md ("Request data
// sources"), CodeQL's Flask.qll and Pysa's flask sources; remote_addr is
// left out because the WSGI server sets it from the socket (ProxyFix
// rewrites it from X-Forwarded-For, which access_route already covers),
// and method, endpoint, scheme and is_secure are validated by Werkzeug.
func defaultSources() []Source {
	attrs := []string{
		"args", "form", "values", "json", "get_json", "data", "get_data",
		"stream", "input_stream", "cookies", "headers", "environ", "view_args",
		"path", "full_path", "script_root", "url", "base_url", "url_root",
		"host", "host_url", "root_url", "referrer", "user_agent", "authorization",
		"query_string", "origin", "access_route", "mimetype", "mimetype_params",
		"content_type", "content_encoding", "accept_mimetypes", "accept_charsets",
		"accept_encodings", "accept_languages", "cache_control", "pragma",
		"if_match", "if_none_match", "range", "remote_user", "files",
	}
	var out []Source
	for _, obj := range []string{"flask.request", "flask.globals.request", "flask_restful.request"} {
		out = append(out, Source{Object: obj, Attrs: attrs, FileAttrs: []string{"files"}, FileObject: FileStorage,
			Encoded: []string{"url", "base_url", "url_root", "host_url", "root_url"}, DictMethods: []string{"to_dict", "copy"}})
	}
	return out
}
