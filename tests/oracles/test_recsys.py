"""Outside oracles for recsys: our references against scikit-learn, scipy and numpy.

- item_knn: scikit-learn's cosine_similarity on the item columns (0 for an all-zero column),
  times the shrinkage factor n_ij / (n_ij + shrinkage), diagonal zeroed (the kata's convention).
"""
import importlib.util

import numpy as np
import pytest

from grader import ROOT

sklearn = pytest.importorskip("sklearn")
from sklearn.metrics.pairwise import cosine_similarity  # noqa: E402


def _reference(name):
    path = ROOT / "solutions" / "recsys" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"oracle_recsys_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sparse_ratings(rng, n_users, n_items, density):
    values = rng.uniform(0.1, 5.0, (n_users, n_items))
    return values * (rng.random((n_users, n_items)) < density)


@pytest.mark.parametrize("seed", range(25))
def test_item_similarity_matches_sklearn_cosine(seed):
    rng = np.random.default_rng(seed)
    R = _sparse_ratings(rng, int(rng.integers(2, 40)), int(rng.integers(1, 30)), float(rng.uniform(0.05, 0.8)))
    shrinkage = float(rng.choice([0.0, 0.5, 3.0, 50.0]))
    rated = (R > 0).astype(float)
    co = rated.T @ rated
    expected = cosine_similarity(R.T) * np.divide(co, co + shrinkage, out=np.zeros_like(co), where=co > 0)
    np.fill_diagonal(expected, 0.0)
    got = _reference("item_knn").item_similarity(R, shrinkage=shrinkage)
    np.testing.assert_allclose(got, expected, rtol=1e-10, atol=1e-12)
