"""The static check follows import aliases and plain assignments to a ruled-out API."""
import pytest

from grader import staticcheck

RULES = ("numpy.linalg.pinv", "numpy.linalg.inv")


@pytest.mark.parametrize("source", [
    "import numpy as np\nx = np.linalg.pinv\n",
    "from numpy import linalg as LA\nLA.inv(1)\n",
    "import numpy as np\nla = np.linalg\ndef f(a):\n    return la.pinv(a)\n",
    "import numpy as np\ndef f(a):\n    return lin.inv(a)\nlin = np.linalg\n",
    "import numpy as np\na = np\nb = a.linalg\nb.pinv(1)\n",
    "import numpy as np\np = np.linalg.pinv\n",
])
def test_ruled_out_api_through_an_alias_is_caught(source):
    with pytest.raises(staticcheck.Violation, match="rules out"):
        staticcheck.check(source, "learner.py", RULES)


@pytest.mark.parametrize("source", [
    "import numpy as np\nla = np.linalg\nla.solve(1, 2)\n",
    "import numpy as np\nx = np.zeros(3)\ny = x\ny.sum()\n",
])
def test_allowed_code_passes(source):
    staticcheck.check(source, "learner.py", RULES)
