"""The public contract, checked the way outside scripts check it: ../shared/conformance.py."""
import subprocess
import sys

import pytest

from grader import ROOT

CONFORMANCE = ROOT.parent / "shared" / "conformance.py"


@pytest.mark.skipif(not CONFORMANCE.exists(), reason="no ../shared/conformance.py beside this checkout")
def test_conformance_passes(katagrad_home):
    proc = subprocess.run([sys.executable, str(CONFORMANCE), str(ROOT)], capture_output=True, text=True,
                          timeout=900)
    failing = [line for line in proc.stdout.splitlines() if line.startswith("FAIL")]
    assert proc.returncode == 0 and not failing, proc.stdout[-4000:] + proc.stderr[-2000:]
