"""The app is built by a factory in another module (multimodule/ is not a
package, so the code imports itself as "myapp")."""

from myapp import create_app

app = create_app()

if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)  # want: FG0301[medium]
