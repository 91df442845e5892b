import os

from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ.get("APP_SECRET_KEY") or os.urandom(32).hex()
app.config["DATA_DIR"] = "/tmp/heldout2/data"
app.config["DB_PATH"] = "/tmp/heldout2/data/app.db"
app.config["UPLOAD_DIR"] = "/tmp/heldout2/data/uploads"

from testcode import BenchmarkTest00001  # noqa: E402
from testcode import BenchmarkTest00002  # noqa: E402
from testcode import BenchmarkTest00003  # noqa: E402
from testcode import BenchmarkTest00004  # noqa: E402
from testcode import BenchmarkTest00005  # noqa: E402
from testcode import BenchmarkTest00006  # noqa: E402
from testcode import BenchmarkTest00007  # noqa: E402
from testcode import BenchmarkTest00008  # noqa: E402
from testcode import BenchmarkTest00009  # noqa: E402
from testcode import BenchmarkTest00010  # noqa: E402
from testcode import BenchmarkTest00011  # noqa: E402
from testcode import BenchmarkTest00012  # noqa: E402
from testcode import BenchmarkTest00013  # noqa: E402
from testcode import BenchmarkTest00014  # noqa: E402
from testcode import BenchmarkTest00015  # noqa: E402
from testcode import BenchmarkTest00016  # noqa: E402
from testcode import BenchmarkTest00017  # noqa: E402
from testcode import BenchmarkTest00018  # noqa: E402
from testcode import BenchmarkTest00019  # noqa: E402
from testcode import BenchmarkTest00020  # noqa: E402
from testcode import BenchmarkTest00021  # noqa: E402
from testcode import BenchmarkTest00022  # noqa: E402
from testcode import BenchmarkTest00023  # noqa: E402
from testcode import BenchmarkTest00024  # noqa: E402
from testcode import BenchmarkTest00025  # noqa: E402
from testcode import BenchmarkTest00026  # noqa: E402
from testcode import BenchmarkTest00027  # noqa: E402
from testcode import BenchmarkTest00028  # noqa: E402
from testcode import BenchmarkTest00029  # noqa: E402
from testcode import BenchmarkTest00030  # noqa: E402
from testcode import BenchmarkTest00031  # noqa: E402
from testcode import BenchmarkTest00032  # noqa: E402
from testcode import BenchmarkTest00033  # noqa: E402
from testcode import BenchmarkTest00034  # noqa: E402
from testcode import BenchmarkTest00035  # noqa: E402
from testcode import BenchmarkTest00036  # noqa: E402
from testcode import BenchmarkTest00037  # noqa: E402
from testcode import BenchmarkTest00038  # noqa: E402
from testcode import BenchmarkTest00039  # noqa: E402
from testcode import BenchmarkTest00040  # noqa: E402
from testcode import BenchmarkTest00041  # noqa: E402
from testcode import BenchmarkTest00042  # noqa: E402
from testcode import BenchmarkTest00043  # noqa: E402
from testcode import BenchmarkTest00044  # noqa: E402
from testcode import BenchmarkTest00045  # noqa: E402
from testcode import BenchmarkTest00046  # noqa: E402
from testcode import BenchmarkTest00047  # noqa: E402
from testcode import BenchmarkTest00048  # noqa: E402
from testcode import BenchmarkTest00049  # noqa: E402
from testcode import BenchmarkTest00050  # noqa: E402
from testcode import BenchmarkTest00051  # noqa: E402
from testcode import BenchmarkTest00052  # noqa: E402
from testcode import BenchmarkTest00053  # noqa: E402
from testcode import BenchmarkTest00054  # noqa: E402
from testcode import BenchmarkTest00055  # noqa: E402
from testcode import BenchmarkTest00056  # noqa: E402
from testcode import BenchmarkTest00057  # noqa: E402
from testcode import BenchmarkTest00058  # noqa: E402
from testcode import BenchmarkTest00059  # noqa: E402
from testcode import BenchmarkTest00060  # noqa: E402
from testcode import BenchmarkTest00061  # noqa: E402
from testcode import BenchmarkTest00062  # noqa: E402
from testcode import BenchmarkTest00063  # noqa: E402
from testcode import BenchmarkTest00064  # noqa: E402
from testcode import BenchmarkTest00065  # noqa: E402
from testcode import BenchmarkTest00066  # noqa: E402
from testcode import BenchmarkTest00067  # noqa: E402
from testcode import BenchmarkTest00068  # noqa: E402
from testcode import BenchmarkTest00069  # noqa: E402
from testcode import BenchmarkTest00070  # noqa: E402
from testcode import BenchmarkTest00071  # noqa: E402
from testcode import BenchmarkTest00072  # noqa: E402
from testcode import BenchmarkTest00073  # noqa: E402
from testcode import BenchmarkTest00074  # noqa: E402
from testcode import BenchmarkTest00075  # noqa: E402
from testcode import BenchmarkTest00076  # noqa: E402
from testcode import BenchmarkTest00077  # noqa: E402
from testcode import BenchmarkTest00078  # noqa: E402
from testcode import BenchmarkTest00079  # noqa: E402
from testcode import BenchmarkTest00080  # noqa: E402
from testcode import BenchmarkTest00081  # noqa: E402
from testcode import BenchmarkTest00082  # noqa: E402
from testcode import BenchmarkTest00083  # noqa: E402
from testcode import BenchmarkTest00084  # noqa: E402
from testcode import BenchmarkTest00085  # noqa: E402
from testcode import BenchmarkTest00086  # noqa: E402
from testcode import BenchmarkTest00087  # noqa: E402
from testcode import BenchmarkTest00088  # noqa: E402
from testcode import BenchmarkTest00089  # noqa: E402
from testcode import BenchmarkTest00090  # noqa: E402
from testcode import BenchmarkTest00091  # noqa: E402
from testcode import BenchmarkTest00092  # noqa: E402
from testcode import BenchmarkTest00093  # noqa: E402
from testcode import BenchmarkTest00094  # noqa: E402
from testcode import BenchmarkTest00095  # noqa: E402
from testcode import BenchmarkTest00096  # noqa: E402
from testcode import BenchmarkTest00097  # noqa: E402
from testcode import BenchmarkTest00098  # noqa: E402
from testcode import BenchmarkTest00099  # noqa: E402
from testcode import BenchmarkTest00100  # noqa: E402
from testcode import BenchmarkTest00101  # noqa: E402
from testcode import BenchmarkTest00102  # noqa: E402
from testcode import BenchmarkTest00103  # noqa: E402
from testcode import BenchmarkTest00104  # noqa: E402
from testcode import BenchmarkTest00105  # noqa: E402
from testcode import BenchmarkTest00106  # noqa: E402
from testcode import BenchmarkTest00107  # noqa: E402
from testcode import BenchmarkTest00108  # noqa: E402
from testcode import BenchmarkTest00109  # noqa: E402
from testcode import BenchmarkTest00110  # noqa: E402
from testcode import BenchmarkTest00111  # noqa: E402
from testcode import BenchmarkTest00112  # noqa: E402
from testcode import BenchmarkTest00113  # noqa: E402
from testcode import BenchmarkTest00114  # noqa: E402
from testcode import BenchmarkTest00115  # noqa: E402
from testcode import BenchmarkTest00116  # noqa: E402
from testcode import BenchmarkTest00117  # noqa: E402
from testcode import BenchmarkTest00118  # noqa: E402
from testcode import BenchmarkTest00119  # noqa: E402
from testcode import BenchmarkTest00120  # noqa: E402
from testcode import BenchmarkTest00121  # noqa: E402
from testcode import BenchmarkTest00122  # noqa: E402
from testcode import BenchmarkTest00123  # noqa: E402
from testcode import BenchmarkTest00124  # noqa: E402
from testcode import BenchmarkTest00125  # noqa: E402
from testcode import BenchmarkTest00126  # noqa: E402
from testcode import BenchmarkTest00127  # noqa: E402
from testcode import BenchmarkTest00128  # noqa: E402
from testcode import BenchmarkTest00129  # noqa: E402
from testcode import BenchmarkTest00130  # noqa: E402
from testcode import BenchmarkTest00131  # noqa: E402
from testcode import BenchmarkTest00132  # noqa: E402
from testcode import BenchmarkTest00133  # noqa: E402
from testcode import BenchmarkTest00134  # noqa: E402
from testcode import BenchmarkTest00135  # noqa: E402
from testcode import BenchmarkTest00136  # noqa: E402
from testcode import BenchmarkTest00137  # noqa: E402
from testcode import BenchmarkTest00138  # noqa: E402
from testcode import BenchmarkTest00139  # noqa: E402
from testcode import BenchmarkTest00140  # noqa: E402

app.register_blueprint(BenchmarkTest00001.bp)
app.register_blueprint(BenchmarkTest00002.bp)
app.register_blueprint(BenchmarkTest00004.bp)
app.register_blueprint(BenchmarkTest00005.bp)
app.register_blueprint(BenchmarkTest00008.bp)
app.register_blueprint(BenchmarkTest00011.bp)
app.register_blueprint(BenchmarkTest00012.bp)
app.register_blueprint(BenchmarkTest00014.bp)
app.register_blueprint(BenchmarkTest00015.bp)
app.register_blueprint(BenchmarkTest00016.bp)
app.register_blueprint(BenchmarkTest00017.bp)
app.register_blueprint(BenchmarkTest00018.bp)
app.register_blueprint(BenchmarkTest00019.bp)
app.register_blueprint(BenchmarkTest00020.bp)
app.register_blueprint(BenchmarkTest00021.bp)
app.register_blueprint(BenchmarkTest00022.bp)
app.register_blueprint(BenchmarkTest00025.bp)
app.register_blueprint(BenchmarkTest00026.bp)
app.register_blueprint(BenchmarkTest00027.bp)
app.register_blueprint(BenchmarkTest00032.bp)
app.register_blueprint(BenchmarkTest00033.bp)
app.register_blueprint(BenchmarkTest00035.bp)
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
app.register_blueprint(BenchmarkTest00048.bp)
app.register_blueprint(BenchmarkTest00050.bp)
app.register_blueprint(BenchmarkTest00053.bp)
app.register_blueprint(BenchmarkTest00054.bp)
app.register_blueprint(BenchmarkTest00056.bp)
app.register_blueprint(BenchmarkTest00057.bp)
app.register_blueprint(BenchmarkTest00058.bp)
app.register_blueprint(BenchmarkTest00059.bp)
app.register_blueprint(BenchmarkTest00061.bp)
app.register_blueprint(BenchmarkTest00064.bp)
app.register_blueprint(BenchmarkTest00065.bp)
app.register_blueprint(BenchmarkTest00066.bp)
app.register_blueprint(BenchmarkTest00067.bp)
app.register_blueprint(BenchmarkTest00072.bp)
app.register_blueprint(BenchmarkTest00073.bp)
app.register_blueprint(BenchmarkTest00074.bp)
app.register_blueprint(BenchmarkTest00075.bp)
app.register_blueprint(BenchmarkTest00076.bp)
app.register_blueprint(BenchmarkTest00077.bp)
app.register_blueprint(BenchmarkTest00078.bp)
app.register_blueprint(BenchmarkTest00079.bp)
app.register_blueprint(BenchmarkTest00080.bp)
app.register_blueprint(BenchmarkTest00082.bp)
app.register_blueprint(BenchmarkTest00083.bp)
app.register_blueprint(BenchmarkTest00084.bp)
app.register_blueprint(BenchmarkTest00085.bp)
app.register_blueprint(BenchmarkTest00091.bp)
app.register_blueprint(BenchmarkTest00092.bp)
app.register_blueprint(BenchmarkTest00093.bp)
app.register_blueprint(BenchmarkTest00094.bp)
app.register_blueprint(BenchmarkTest00095.bp)
app.register_blueprint(BenchmarkTest00096.bp)
app.register_blueprint(BenchmarkTest00097.bp)
app.register_blueprint(BenchmarkTest00098.bp)
app.register_blueprint(BenchmarkTest00099.bp)
app.register_blueprint(BenchmarkTest00102.bp)
app.register_blueprint(BenchmarkTest00104.bp)
app.register_blueprint(BenchmarkTest00105.bp)
app.register_blueprint(BenchmarkTest00106.bp)
app.register_blueprint(BenchmarkTest00107.bp)
app.register_blueprint(BenchmarkTest00108.bp)
app.register_blueprint(BenchmarkTest00110.bp)
app.register_blueprint(BenchmarkTest00111.bp)
app.register_blueprint(BenchmarkTest00112.bp)
app.register_blueprint(BenchmarkTest00113.bp)
app.register_blueprint(BenchmarkTest00116.bp)
app.register_blueprint(BenchmarkTest00121.bp)
app.register_blueprint(BenchmarkTest00124.bp)
app.register_blueprint(BenchmarkTest00125.bp)
app.register_blueprint(BenchmarkTest00128.bp)
app.register_blueprint(BenchmarkTest00129.bp)
app.register_blueprint(BenchmarkTest00130.bp)
app.register_blueprint(BenchmarkTest00133.bp)
app.register_blueprint(BenchmarkTest00134.bp)
app.register_blueprint(BenchmarkTest00135.bp)
app.register_blueprint(BenchmarkTest00136.bp)
app.register_blueprint(BenchmarkTest00138.bp)
app.register_blueprint(BenchmarkTest00139.bp)


if __name__ == "__main__":
    app.run()
