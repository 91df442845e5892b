from setuptools import find_packages, setup

REQUIREMENTS = [
    "certifi==2018.4.16",
    "chardet==3.0.4",
    "click==8.1.3",
    "colorama==0.4.6" "; platform_system == 'Windows'",
    "Flask==2.2.0",
    "idna==2.7",
]

setup(
    name="flaskguard-demo",
    version="0.1.0",
    packages=find_packages(),
    install_requires=REQUIREMENTS + [
        "itsdangerous==2.1.2",
        "Jinja2==3.1.2",
        "MarkupSafe==2.1.1",
        "PyYAML==5.3",
        "requests==2.19.0",
        "urllib3==1.23",
        "Werkzeug==2.2.2",
    ],
)
