from wsgi import app


def main():
    from myapp import create_app

    a = create_app()
    a.run()  # @local
    app.run()  # @imported


if __name__ == "__main__":
    app.run()  # @guarded
    main()
app.run()  # @unguarded
