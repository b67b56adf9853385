"""Outside oracles for the numerics linear-algebra katas (issue 17): our references against numpy and scipy.

qr_gram_schmidt     numpy.linalg.qr and scipy.linalg.qr(mode="economic"), rows of R / columns of Q
                    flipped so that R's diagonal is positive (our convention)
cholesky_solve      scipy.linalg.cholesky(lower=True) and scipy.linalg.cho_solve
conjugate_gradient  scipy.sparse.linalg.cg with rtol = tol, atol = 0 (the same stopping rule); its
                    iteration count through the callback
lstsq_qr            numpy.linalg.lstsq (its residual is the SQUARED norm)
"""
import importlib.util
import inspect

import numpy as np
import pytest

from grader import ROOT

scipy_linalg = pytest.importorskip("scipy.linalg")
scipy_sparse_linalg = pytest.importorskip("scipy.sparse.linalg")
# scipy ≥ 1.12 names cg's relative tolerance rtol; before that it was tol (same meaning)
RTOL = "rtol" if "rtol" in inspect.signature(scipy_sparse_linalg.cg).parameters else "tol"


def _load(name):
    path = ROOT / "solutions" / "numerics" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"oracle_numerics_linalg_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def rng():
    return np.random.default_rng(20261207)


def _positive_diagonal(Q, R):
    signs = np.where(np.diag(R) < 0, -1.0, 1.0)
    return Q * signs, R * signs[:, None]


def _spd(rng, n):
    M = rng.standard_normal((n, n))
    A = M @ M.T + 0.5 * np.eye(n)
    return (A + A.T) / 2


def test_qr_gram_schmidt_matches_numpy_and_scipy(rng):
    ours = _load("qr_gram_schmidt")
    for _ in range(25):
        n = int(rng.integers(1, 8))
        m = int(rng.integers(n, 12))
        A = rng.standard_normal((m, n)) * 10.0 ** rng.uniform(-6, 6)
        Q, R = ours.qr_gram_schmidt(A)
        for theirs in (np.linalg.qr(A), scipy_linalg.qr(A, mode="economic")):
            Qt, Rt = _positive_diagonal(*theirs)
            np.testing.assert_allclose(Q, Qt, atol=1e-9)
            np.testing.assert_allclose(R, Rt, rtol=1e-9, atol=1e-12 * np.abs(A).max())


def test_qr_gram_schmidt_matches_numpy_when_ill_conditioned(rng):
    """cond(A) up to 1e7: modified GS keeps Q within ~cond·eps of Householder's; classical GS would not."""
    ours = _load("qr_gram_schmidt")
    for _ in range(20):
        n = int(rng.integers(2, 7))
        m = int(rng.integers(n, 12))
        U, _ = np.linalg.qr(rng.standard_normal((m, n)))
        V, _ = np.linalg.qr(rng.standard_normal((n, n)))
        A = (U * np.geomspace(1.0, 10.0 ** -rng.uniform(4, 7), n)) @ V.T
        Q, R = ours.qr_gram_schmidt(A)
        Qt, Rt = _positive_diagonal(*np.linalg.qr(A))
        np.testing.assert_allclose(Q, Qt, atol=1e-5)
        np.testing.assert_allclose(R, Rt, atol=1e-12)


def test_cholesky_solve_matches_scipy(rng):
    ours = _load("cholesky_solve")
    for _ in range(25):
        n = int(rng.integers(1, 9))
        A, b = _spd(rng, n), rng.standard_normal(n)
        lower = np.tril(A) + np.triu(rng.standard_normal((n, n)), 1)     # garbage above: both ignore it
        L = ours.cholesky(lower)
        np.testing.assert_allclose(L, scipy_linalg.cholesky(A, lower=True), rtol=1e-10, atol=1e-12)
        np.testing.assert_allclose(ours.cholesky_solve(lower, b),
                                   scipy_linalg.cho_solve(scipy_linalg.cho_factor(A, lower=True), b),
                                   rtol=1e-9, atol=1e-10)
    with pytest.raises(np.linalg.LinAlgError):                            # both refuse a zero pivot
        scipy_linalg.cholesky(np.array([[0.49, 0.7], [0.7, 1.0]]), lower=True)
    with pytest.raises(ValueError):
        ours.cholesky(np.array([[0.49, 0.7], [0.7, 1.0]]))


def test_conjugate_gradient_matches_scipy_cg(rng):
    ours = _load("conjugate_gradient")
    for _ in range(25):
        n = int(rng.integers(2, 11))
        q, _ = np.linalg.qr(rng.standard_normal((n, n)))
        A = (q * rng.uniform(1.0, 20.0, n)) @ q.T
        A = (A + A.T) / 2
        scale = 10.0 ** rng.uniform(-8, 8)        # the rule is relative: the scale changes nothing
        A, b = scale * A, scale * rng.standard_normal(n)
        tol = float(10.0 ** rng.uniform(-10, -1))
        max_iter = int(rng.integers(1, 3 * n))
        x, n_iter = ours.conjugate_gradient(A, b, tol=tol, max_iter=max_iter)
        steps = []
        theirs, info = scipy_sparse_linalg.cg(A, b, atol=0.0, maxiter=max_iter, callback=lambda xk: steps.append(1),
                                              **{RTOL: tol})
        np.testing.assert_allclose(x, theirs, rtol=1e-8, atol=1e-10)
        assert n_iter == len(steps)
        if info == 0:       # scipy reports maxiter even when the last update converged; not the other way
            assert np.linalg.norm(b - A @ x) <= tol * np.linalg.norm(b)


def test_lstsq_qr_matches_numpy_lstsq(rng):
    ours = _load("lstsq_qr")
    for _ in range(25):
        n = int(rng.integers(1, 7))
        m = int(rng.integers(n, 13))
        A, b = rng.standard_normal((m, n)), rng.standard_normal(m)
        x, residual = ours.lstsq_qr(A, b)
        theirs, squared, rank, _ = np.linalg.lstsq(A, b, rcond=None)
        assert rank == n
        np.testing.assert_allclose(x, theirs, rtol=1e-9, atol=1e-11)
        if m > n:
            np.testing.assert_allclose(residual ** 2, squared[0], rtol=1e-9, atol=1e-12)
