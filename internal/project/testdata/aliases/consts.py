import os
from os import environ, getenv

import decouple

A = "lit"
B = b"bytes"
N = 42
H = 0x10
U = 1_000
FL = 1.5
T = True
NONE = None
TWICE = 1
TWICE = 2
CAT = "a" + "b"
E1 = os.environ.get("K1", "d1")
E2 = os.getenv("K2", default="d2")
E3 = environ.get("K3")
E4 = os.environ.get("K4") or "d4"
E5 = getenv("K5", True)
E6 = os.environ.setdefault("K6", "d6")
E7 = decouple.config("K7", default="d7")
OR = "" or "right"
REF = A
NEG = -3
NOT = not 0
FSTR = f"x{A}"
PAIR1, PAIR2 = "p1", "p2"
UNPACK1, UNPACK2 = os.environ["X"].split(",")


def f():
    local = "l"
    return local  # @local


def g(param="default"):
    return param  # @param


print(A, B, N, H, U, FL, T, NONE, TWICE, CAT)  # @print1
print(E1, E2, E3, E4, E5, E6, E7, OR, REF, NEG, NOT, FSTR)  # @print2
print(PAIR1, PAIR2, UNPACK1, UNPACK2)  # @print3
