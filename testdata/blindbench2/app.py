"""Builds the Flask application that mounts every benchmark case."""
import os

from flask import Flask

from testcode import BenchmarkTest00001
from testcode import BenchmarkTest00002
from testcode import BenchmarkTest00003
from testcode import BenchmarkTest00004
from testcode import BenchmarkTest00005
from testcode import BenchmarkTest00006
from testcode import BenchmarkTest00007
from testcode import BenchmarkTest00008
from testcode import BenchmarkTest00009
from testcode import BenchmarkTest00010
from testcode import BenchmarkTest00011
from testcode import BenchmarkTest00012
from testcode import BenchmarkTest00013
from testcode import BenchmarkTest00014
from testcode import BenchmarkTest00015
from testcode import BenchmarkTest00016
from testcode import BenchmarkTest00017
from testcode import BenchmarkTest00018
from testcode import BenchmarkTest00019
from testcode import BenchmarkTest00020
from testcode import BenchmarkTest00021
from testcode import BenchmarkTest00022
from testcode import BenchmarkTest00023
from testcode import BenchmarkTest00024
from testcode import BenchmarkTest00025
from testcode import BenchmarkTest00026
from testcode import BenchmarkTest00027
from testcode import BenchmarkTest00028
from testcode import BenchmarkTest00029
from testcode import BenchmarkTest00030
from testcode import BenchmarkTest00031
from testcode import BenchmarkTest00032
from testcode import BenchmarkTest00033
from testcode import BenchmarkTest00034
from testcode import BenchmarkTest00035
from testcode import BenchmarkTest00036
from testcode import BenchmarkTest00037
from testcode import BenchmarkTest00038
from testcode import BenchmarkTest00039
from testcode import BenchmarkTest00040
from testcode import BenchmarkTest00041
from testcode import BenchmarkTest00042
from testcode import BenchmarkTest00043
from testcode import BenchmarkTest00044
from testcode import BenchmarkTest00045
from testcode import BenchmarkTest00046
from testcode import BenchmarkTest00047
from testcode import BenchmarkTest00048
from testcode import BenchmarkTest00049
from testcode import BenchmarkTest00050
from testcode import BenchmarkTest00051
from testcode import BenchmarkTest00052
from testcode import BenchmarkTest00053
from testcode import BenchmarkTest00054
from testcode import BenchmarkTest00055
from testcode import BenchmarkTest00056
from testcode import BenchmarkTest00057
from testcode import BenchmarkTest00058
from testcode import BenchmarkTest00059
from testcode import BenchmarkTest00060
from testcode import BenchmarkTest00061
from testcode import BenchmarkTest00062
from testcode import BenchmarkTest00063
from testcode import BenchmarkTest00064
from testcode import BenchmarkTest00065
from testcode import BenchmarkTest00066
from testcode import BenchmarkTest00067
from testcode import BenchmarkTest00068
from testcode import BenchmarkTest00069
from testcode import BenchmarkTest00070
from testcode import BenchmarkTest00071
from testcode import BenchmarkTest00072
from testcode import BenchmarkTest00073
from testcode import BenchmarkTest00074
from testcode import BenchmarkTest00075
from testcode import BenchmarkTest00076
from testcode import BenchmarkTest00077
from testcode import BenchmarkTest00078
from testcode import BenchmarkTest00079
from testcode import BenchmarkTest00080
from testcode import BenchmarkTest00081
from testcode import BenchmarkTest00082
from testcode import BenchmarkTest00083
from testcode import BenchmarkTest00084
from testcode import BenchmarkTest00085
from testcode import BenchmarkTest00086
from testcode import BenchmarkTest00087
from testcode import BenchmarkTest00088
from testcode import BenchmarkTest00089
from testcode import BenchmarkTest00090
from testcode import BenchmarkTest00091
from testcode import BenchmarkTest00092
from testcode import BenchmarkTest00093
from testcode import BenchmarkTest00094
from testcode import BenchmarkTest00095
from testcode import BenchmarkTest00096
from testcode import BenchmarkTest00097
from testcode import BenchmarkTest00098
from testcode import BenchmarkTest00099
from testcode import BenchmarkTest00100
from testcode import BenchmarkTest00101
from testcode import BenchmarkTest00102
from testcode import BenchmarkTest00103
from testcode import BenchmarkTest00104
from testcode import BenchmarkTest00105
from testcode import BenchmarkTest00106
from testcode import BenchmarkTest00107
from testcode import BenchmarkTest00108
from testcode import BenchmarkTest00109
from testcode import BenchmarkTest00110
from testcode import BenchmarkTest00111
from testcode import BenchmarkTest00112


def create_app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ.get("BENCH_SECRET_KEY") or os.urandom(32)
    app.register_blueprint(BenchmarkTest00001.bp)
    app.register_blueprint(BenchmarkTest00002.bp)
    app.register_blueprint(BenchmarkTest00003.bp)
    app.register_blueprint(BenchmarkTest00004.bp)
    app.register_blueprint(BenchmarkTest00005.bp)
    app.register_blueprint(BenchmarkTest00006.bp)
    app.register_blueprint(BenchmarkTest00007.bp)
    app.register_blueprint(BenchmarkTest00008.bp)
    app.register_blueprint(BenchmarkTest00009.bp)
    app.register_blueprint(BenchmarkTest00010.bp)
    app.register_blueprint(BenchmarkTest00011.bp)
    app.register_blueprint(BenchmarkTest00012.bp)
    app.register_blueprint(BenchmarkTest00013.bp)
    app.register_blueprint(BenchmarkTest00014.bp)
    app.register_blueprint(BenchmarkTest00015.bp)
    app.register_blueprint(BenchmarkTest00016.bp)
    app.register_blueprint(BenchmarkTest00017.bp)
    app.register_blueprint(BenchmarkTest00018.bp)
    app.register_blueprint(BenchmarkTest00019.bp)
    app.register_blueprint(BenchmarkTest00020.bp)
    app.register_blueprint(BenchmarkTest00021.bp)
    app.register_blueprint(BenchmarkTest00022.bp)
    app.register_blueprint(BenchmarkTest00023.bp)
    app.register_blueprint(BenchmarkTest00024.bp)
    app.register_blueprint(BenchmarkTest00025.bp)
    app.register_blueprint(BenchmarkTest00026.bp)
    app.register_blueprint(BenchmarkTest00027.bp)
    app.register_blueprint(BenchmarkTest00028.bp)
    app.register_blueprint(BenchmarkTest00029.bp)
    app.register_blueprint(BenchmarkTest00030.bp)
    app.register_blueprint(BenchmarkTest00031.bp)
    app.register_blueprint(BenchmarkTest00032.bp)
    app.register_blueprint(BenchmarkTest00033.bp)
    app.register_blueprint(BenchmarkTest00034.bp)
    app.register_blueprint(BenchmarkTest00035.bp)
    app.register_blueprint(BenchmarkTest00036.bp)
    app.register_blueprint(BenchmarkTest00037.bp)
    app.register_blueprint(BenchmarkTest00038.bp)
    app.register_blueprint(BenchmarkTest00039.bp)
    app.register_blueprint(BenchmarkTest00040.bp)
    app.register_blueprint(BenchmarkTest00041.bp)
    app.register_blueprint(BenchmarkTest00042.bp)
    app.register_blueprint(BenchmarkTest00043.bp)
    app.register_blueprint(BenchmarkTest00044.bp)
    app.register_blueprint(BenchmarkTest00045.bp)
    app.register_blueprint(BenchmarkTest00046.bp)
    app.register_blueprint(BenchmarkTest00047.bp)
    app.register_blueprint(BenchmarkTest00048.bp)
    app.register_blueprint(BenchmarkTest00049.bp)
    app.register_blueprint(BenchmarkTest00050.bp)
    app.register_blueprint(BenchmarkTest00051.bp)
    app.register_blueprint(BenchmarkTest00052.bp)
    app.register_blueprint(BenchmarkTest00053.bp)
    app.register_blueprint(BenchmarkTest00054.bp)
    app.register_blueprint(BenchmarkTest00055.bp)
    app.register_blueprint(BenchmarkTest00056.bp)
    app.register_blueprint(BenchmarkTest00057.bp)
    app.register_blueprint(BenchmarkTest00058.bp)
    app.register_blueprint(BenchmarkTest00059.bp)
    app.register_blueprint(BenchmarkTest00060.bp)
    app.register_blueprint(BenchmarkTest00061.bp)
    app.register_blueprint(BenchmarkTest00062.bp)
    app.register_blueprint(BenchmarkTest00063.bp)
    app.register_blueprint(BenchmarkTest00064.bp)
    app.register_blueprint(BenchmarkTest00065.bp)
    app.register_blueprint(BenchmarkTest00066.bp)
    app.register_blueprint(BenchmarkTest00067.bp)
    app.register_blueprint(BenchmarkTest00068.bp)
    app.register_blueprint(BenchmarkTest00069.bp)
    app.register_blueprint(BenchmarkTest00070.bp)
    app.register_blueprint(BenchmarkTest00071.bp)
    app.register_blueprint(BenchmarkTest00072.bp)
    app.register_blueprint(BenchmarkTest00073.bp)
    app.register_blueprint(BenchmarkTest00074.bp)
    app.register_blueprint(BenchmarkTest00075.bp)
    app.register_blueprint(BenchmarkTest00076.bp)
    app.register_blueprint(BenchmarkTest00077.bp)
    app.register_blueprint(BenchmarkTest00078.bp)
    app.register_blueprint(BenchmarkTest00079.bp)
    app.register_blueprint(BenchmarkTest00080.bp)
    app.register_blueprint(BenchmarkTest00081.bp)
    app.register_blueprint(BenchmarkTest00082.bp)
    app.register_blueprint(BenchmarkTest00083.bp)
    app.register_blueprint(BenchmarkTest00084.bp)
    app.register_blueprint(BenchmarkTest00085.bp)
    app.register_blueprint(BenchmarkTest00086.bp)
    app.register_blueprint(BenchmarkTest00087.bp)
    app.register_blueprint(BenchmarkTest00088.bp)
    app.register_blueprint(BenchmarkTest00089.bp)
    app.register_blueprint(BenchmarkTest00090.bp)
    app.register_blueprint(BenchmarkTest00091.bp)
    app.register_blueprint(BenchmarkTest00092.bp)
    app.register_blueprint(BenchmarkTest00093.bp)
    app.register_blueprint(BenchmarkTest00094.bp)
    app.register_blueprint(BenchmarkTest00095.bp)
    app.register_blueprint(BenchmarkTest00096.bp)
    app.register_blueprint(BenchmarkTest00097.bp)
    app.register_blueprint(BenchmarkTest00098.bp)
    app.register_blueprint(BenchmarkTest00099.bp)
    app.register_blueprint(BenchmarkTest00100.bp)
    app.register_blueprint(BenchmarkTest00101.bp)
    app.register_blueprint(BenchmarkTest00102.bp)
    app.register_blueprint(BenchmarkTest00103.bp)
    app.register_blueprint(BenchmarkTest00104.bp)
    app.register_blueprint(BenchmarkTest00105.bp)
    app.register_blueprint(BenchmarkTest00106.bp)
    app.register_blueprint(BenchmarkTest00107.bp)
    app.register_blueprint(BenchmarkTest00108.bp)
    app.register_blueprint(BenchmarkTest00109.bp)
    app.register_blueprint(BenchmarkTest00110.bp)
    app.register_blueprint(BenchmarkTest00111.bp)
    app.register_blueprint(BenchmarkTest00112.bp)
    return app
