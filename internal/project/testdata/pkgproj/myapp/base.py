import flask


class MyFlask(flask.Flask):
    pass


class App(MyFlask):
    pass


class NotFlask(object):
    pass


app = App(__name__)
other = NotFlask()
