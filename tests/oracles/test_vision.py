"""Outside oracles for the vision references: scipy computes some of the same things.

Plain pytest tests (not hidden tests): each loads OUR REFERENCE from solutions/vision/ and compares
it with scipy on random inputs. (PyTorch's F.interpolate and conv2d are compared in the optional
`make oracle`, tests/torch_oracles/test_torch.py.)
  - resize_bilinear: scipy.ndimage.zoom with order=1 computes the source positions itself.
    grid_mode=True maps pixel centres, (d + 0.5)·n_in/n_out − 0.5, and mode="nearest" repeats the
    edge pixel, which is the clamp at 0 below and at n_in − 1 above: align_corners=False.
    grid_mode=False maps d·(n_in − 1)/(n_out − 1): align_corners=True. zoom picks the output shape
    as round(n_in · factor); cases whose rounding misses the asked size are redrawn. mode="nearest"
    in both, so that a position a rounding error past the last pixel still reads that pixel.
"""
import importlib.util

import numpy as np
import pytest
from scipy import ndimage

from grader import ROOT


def _load(name):
    path = ROOT / "solutions" / "vision" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"oracle_vision_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SEEDS = range(24)


@pytest.mark.parametrize("seed", SEEDS)
def test_resize_bilinear_matches_scipy_zoom(seed):
    resize = _load("resize_bilinear").resize_bilinear
    rng = np.random.default_rng(seed)
    compared = 0
    while compared < 4:
        h, w = (int(v) for v in rng.integers(1, 12, size=2))
        out_h, out_w = (int(v) for v in rng.integers(2, 30, size=2))
        image = rng.normal(size=(h, w))
        factors = (out_h / h, out_w / w)
        half_pixel = ndimage.zoom(image, factors, order=1, mode="nearest", grid_mode=True)
        corners = ndimage.zoom(image, factors, order=1, mode="nearest", grid_mode=False)
        if half_pixel.shape != (out_h, out_w) or corners.shape != (out_h, out_w):
            continue
        np.testing.assert_allclose(resize(image, out_h, out_w), half_pixel, rtol=1e-10, atol=1e-12)
        np.testing.assert_allclose(resize(image, out_h, out_w, align_corners=True), corners, rtol=1e-10, atol=1e-12)
        stacked = np.stack([image, -2 * image])
        np.testing.assert_allclose(resize(stacked, out_h, out_w)[1], -2 * half_pixel, rtol=1e-10, atol=1e-12)
        compared += 1
