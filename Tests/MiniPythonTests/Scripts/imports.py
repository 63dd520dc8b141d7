# import statements and module lookup.

# --- import_math
import math
math.sqrt(16)

# --- import_as
import math as m
m.floor(2.7)

# --- from_import
from math import pi, sqrt
print(pi, sqrt(2))

# --- from_import_as
from math import factorial as fact
fact(5)

# --- from_import_star
from math import *
print(floor(-0.5), ceil(0.2), e)

# --- import_unknown_module
import no_such_module

# --- import_unknown_dotted
import no_such_package.sub

# --- from_unknown_module
from no_such_module import thing

# --- import_unregistered_stdlib_module
# expect: ModuleNotFoundError: No module named 'os'
import os

# --- from_unregistered_stdlib_module
# expect: ModuleNotFoundError: No module named 'decimal'
from decimal import Decimal

# --- from_import_missing_name
# expect: ImportError: cannot import name 'nothing_here' from 'math' (unknown location)
from math import nothing_here

# --- import_inside_function
def f():
    import math
    return math.pi > 3
f()

# --- module_repr_name
import math
math.__name__

# --- sys_version_and_float_info
import sys
print(sys.version_info.major, sys.version_info[:2], sys.version_info >= (3, 8), sys.float_info.epsilon, sys.float_info.max)
major, minor, *rest = sys.version_info
print(major, len(sys.version_info), isinstance(sys.version_info, tuple), sys.float_info.dig, sys.float_info[2])
sys.float_info
