"""Outside oracles for recsys: our references against scikit-learn, scipy and numpy.

- item_knn: scikit-learn's cosine_similarity on the item columns (0 for an all-zero column),
  times the shrinkage factor n_ij / (n_ij + shrinkage), diagonal zeroed (the kata's convention).
- mf_sgd: Surprise's SVD (scikit-surprise, biased=True), the library the algorithm is best
  known from, started from the same factors and fed the ratings in its own visiting order.
- als: each row update is scikit-learn's Ridge(alpha=reg, fit_intercept=False) on the observed
  entries, and scipy.linalg.lstsq on the augmented system [Q_O; √reg·I] p ≈ [r_O; 0]; a whole
  run is the same sweeps with Ridge doing every row.
- bpr: the loss with scipy.special.log_expit (scipy's stable log σ), the gradients against
  scipy.optimize.approx_fprime on that scipy loss (finite differences of an independent loss).
- negative_sampling: numpy's Generator.choice(len(p), size=n, p=p) (the statement's draw, done
  by numpy), and scipy.stats.chisquare on 50000 draws against the renormalised p.
- two_tower_logq: the loss through scipy.special.log_softmax on the masked, corrected logits,
  the gradients against scipy.optimize.approx_fprime of that scipy loss.
- topn_metrics: trec_eval itself through pytrec_eval (pytrec-eval-terrier): P_k, recall_k and
  map_cut_k, the lists given as strictly decreasing scores so that trec_eval keeps their order.
"""
import importlib.util

import numpy as np
import pytest

from grader import ROOT

sklearn = pytest.importorskip("sklearn")
from sklearn.linear_model import Ridge  # noqa: E402
from sklearn.metrics.pairwise import cosine_similarity  # noqa: E402
import scipy.linalg  # noqa: E402
import scipy.optimize  # noqa: E402
import scipy.special  # noqa: E402
import scipy.stats  # noqa: E402


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


surprise = pytest.importorskip("surprise")


def _surprise_trainset(users, items, ratings, n_users, n_items):
    """A Surprise Trainset whose inner ids are our indices; all_ratings() yields user 0's
    ratings first (in our order), then user 1's, …: we hand the kata the same order."""
    ur, ir = {u: [] for u in range(n_users)}, {i: [] for i in range(n_items)}
    for u, i, r in zip(users.tolist(), items.tolist(), ratings.tolist()):
        ur[u].append((i, r))
        ir[i].append((u, r))
    return surprise.Trainset(ur, ir, n_users, n_items, len(ratings), (ratings.min(), ratings.max()),
                             {u: u for u in range(n_users)}, {i: i for i in range(n_items)})


@pytest.mark.parametrize("seed", range(15))
def test_mf_sgd_matches_surprise_svd(seed):
    """Surprise's SVD (biased, lr_all, reg_all) is the kata's algorithm; its factors start from
    RandomState(seed).normal(0, 0.1) for P then Q, which we pass as P0 and Q0."""
    rng = np.random.default_rng(seed)
    n_users, n_items, k = int(rng.integers(1, 15)), int(rng.integers(1, 15)), int(rng.integers(1, 6))
    m = int(rng.integers(1, 80))
    users, items = rng.integers(0, n_users, m), rng.integers(0, n_items, m)
    ratings = np.round(rng.uniform(1, 5, m), 1)
    order = np.argsort(users, kind="stable")          # Surprise visits ratings user by user
    users, items, ratings = users[order], items[order], ratings[order]
    lr, reg, n_epochs = float(rng.uniform(0.005, 0.05)), float(rng.choice([0.0, 0.02, 0.1])), int(rng.integers(1, 12))
    model = surprise.SVD(n_factors=k, n_epochs=n_epochs, biased=True, init_mean=0.0, init_std_dev=0.1,
                         lr_all=lr, reg_all=reg, random_state=seed)
    model.fit(_surprise_trainset(users, items, ratings, n_users, n_items))
    init = np.random.RandomState(seed)
    P0, Q0 = init.normal(0.0, 0.1, (n_users, k)), init.normal(0.0, 0.1, (n_items, k))
    mu, b_user, b_item, P, Q = _reference("mf_sgd").mf_sgd(users, items, ratings, P0=P0, Q0=Q0,
                                                             learning_rate=lr, reg=reg, n_epochs=n_epochs)
    assert mu == pytest.approx(model.trainset.global_mean, rel=1e-12)
    np.testing.assert_allclose(b_user, model.bu, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(b_item, model.bi, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(P, model.pu, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(Q, model.qi, rtol=1e-9, atol=1e-12)


def _ridge_row(Q, r, observed, reg):
    if not observed.any():
        return np.zeros(Q.shape[1])
    return Ridge(alpha=reg, fit_intercept=False, solver="cholesky").fit(Q[observed], r[observed]).coef_


@pytest.mark.parametrize("seed", range(25))
def test_als_row_update_matches_ridge_and_lstsq(seed):
    rng = np.random.default_rng(300 + seed)
    n, k = int(rng.integers(1, 20)), int(rng.integers(1, 7))
    Q = rng.standard_normal((n, k))
    observed = rng.random(n) < 0.7
    r = np.where(observed, rng.uniform(1, 5, n), np.nan)
    reg = float(10 ** rng.uniform(-3, 2))
    got = _reference("als").als_row_update(Q, r, observed, reg=reg)
    np.testing.assert_allclose(got, _ridge_row(Q, r, observed, reg), rtol=1e-7, atol=1e-10)
    augmented = np.vstack([Q[observed], np.sqrt(reg) * np.eye(k)])
    target = np.concatenate([r[observed], np.zeros(k)])
    np.testing.assert_allclose(got, scipy.linalg.lstsq(augmented, target)[0], rtol=1e-7, atol=1e-10)


@pytest.mark.parametrize("seed", range(10))
def test_als_sweeps_match_ridge_sweeps(seed):
    rng = np.random.default_rng(400 + seed)
    n_users, n_items, k = int(rng.integers(2, 15)), int(rng.integers(2, 15)), int(rng.integers(1, 5))
    observed = rng.random((n_users, n_items)) < 0.5
    R = np.where(observed, rng.uniform(1, 5, (n_users, n_items)), 0.0)
    Q0, reg, n_sweeps = rng.normal(0, 0.5, (n_items, k)), float(rng.choice([0.1, 1.0, 5.0])), int(rng.integers(1, 5))
    P, Q = _reference("als").als(R, observed, Q0, reg=reg, n_sweeps=n_sweeps)
    P_expected, Q_expected = np.zeros((n_users, k)), Q0.copy()
    for _ in range(n_sweeps):
        P_expected = np.array([_ridge_row(Q_expected, R[u], observed[u], reg) for u in range(n_users)])
        Q_expected = np.array([_ridge_row(P_expected, R[:, i], observed[:, i], reg) for i in range(n_items)])
    np.testing.assert_allclose(P, P_expected, rtol=1e-6, atol=1e-9)
    np.testing.assert_allclose(Q, Q_expected, rtol=1e-6, atol=1e-9)


def _scipy_bpr_loss(P, Q, users, pos_items, neg_items, reg):
    x = np.einsum("bk,bk->b", P[users], Q[pos_items] - Q[neg_items])
    return -np.mean(scipy.special.log_expit(x)) + reg / 2 * (np.sum(P ** 2) + np.sum(Q ** 2))


@pytest.mark.parametrize("seed", range(20))
def test_bpr_matches_scipy_log_expit_and_finite_differences(seed):
    rng = np.random.default_rng(500 + seed)
    n_users, n_items, k, B = int(rng.integers(1, 6)), int(rng.integers(1, 6)), int(rng.integers(1, 4)), int(rng.integers(1, 15))
    scale = 30.0 if seed % 4 == 3 else 1.0          # some batches with scores in the hundreds
    P, Q = scale * rng.standard_normal((n_users, k)), scale * rng.standard_normal((n_items, k))
    users, pos, neg = rng.integers(0, n_users, B), rng.integers(0, n_items, B), rng.integers(0, n_items, B)
    reg = float(rng.choice([0.0, 0.05, 1.0]))
    loss, grad_P, grad_Q = _reference("bpr").bpr_loss_and_grads(P, Q, users, pos, neg, reg=reg)
    assert loss == pytest.approx(_scipy_bpr_loss(P, Q, users, pos, neg, reg), rel=1e-12, abs=1e-12)
    if scale == 1.0:
        theta = np.concatenate([P.ravel(), Q.ravel()])

        def f(t):
            return _scipy_bpr_loss(t[:P.size].reshape(P.shape), t[P.size:].reshape(Q.shape), users, pos, neg, reg)
        numeric = scipy.optimize.approx_fprime(theta, f, 1e-7)
        np.testing.assert_allclose(np.concatenate([grad_P.ravel(), grad_Q.ravel()]), numeric, rtol=1e-4, atol=1e-5)


def _smoothed(counts, power, exclude):
    w = np.where(counts > 0, np.where(counts > 0, counts, 1.0) ** power, 0.0)
    w[exclude] = 0.0
    return w / w.sum()


@pytest.mark.parametrize("seed", range(25))
def test_negative_sampling_is_numpy_choice(seed):
    rng = np.random.default_rng(600 + seed)
    n_items = int(rng.integers(1, 60))
    counts = np.floor(10 ** rng.uniform(0, 9, n_items)) * (rng.random(n_items) < 0.8)
    counts[0] = max(counts[0], 1.0)
    exclude = rng.integers(1, n_items, int(rng.integers(0, n_items))) if n_items > 1 else np.zeros(0, dtype=int)
    power, n = float(rng.choice([0.0, 0.5, 0.75, 1.0])), int(rng.integers(0, 500))
    module = _reference("negative_sampling")
    p = _smoothed(counts, power, exclude)
    np.testing.assert_allclose(module.unigram_distribution(counts, power=power), _smoothed(counts, power, []), rtol=1e-12)
    got = module.sample_negatives(counts, n, exclude=exclude, seed=seed, power=power)
    np.testing.assert_array_equal(got, np.random.default_rng(seed).choice(n_items, size=n, p=p))


def test_negative_sampling_passes_a_chi_square_test():
    counts = np.array([120.0, 3.0, 0.0, 45.0, 1.0, 900.0, 17.0, 8.0])
    p = _smoothed(counts, 0.75, [3])
    draws = _reference("negative_sampling").sample_negatives(counts, 50000, exclude=[3], seed=2024)
    observed = np.bincount(draws, minlength=counts.size)
    assert observed[2] == 0 and observed[3] == 0
    keep = p > 0
    assert scipy.stats.chisquare(observed[keep], 50000 * p[keep]).pvalue > 1e-3


def _scipy_in_batch_loss(U, V, ids, log_q, temperature):
    logits = U @ V.T / temperature - log_q[None, :]
    duplicate = (ids[:, None] == ids[None, :]) & ~np.eye(len(ids), dtype=bool)
    return -np.mean(np.diag(scipy.special.log_softmax(np.where(duplicate, -np.inf, logits), axis=1)))


@pytest.mark.parametrize("seed", range(20))
def test_two_tower_matches_scipy_log_softmax_and_finite_differences(seed):
    rng = np.random.default_rng(700 + seed)
    B, d = int(rng.integers(1, 9)), int(rng.integers(1, 5))
    U, V = rng.standard_normal((B, d)), rng.standard_normal((B, d))
    ids, log_q = rng.integers(0, max(2, B), B), np.log(rng.uniform(1e-3, 0.5, B))
    temperature = float(rng.choice([0.1, 0.5, 1.0]))
    loss, grad_U, grad_V = _reference("two_tower_logq").in_batch_softmax_loss(U, V, ids, log_q, temperature=temperature)
    assert loss == pytest.approx(_scipy_in_batch_loss(U, V, ids, log_q, temperature), rel=1e-10, abs=1e-12)

    def f(t):
        return _scipy_in_batch_loss(t[:U.size].reshape(U.shape), t[U.size:].reshape(V.shape), ids, log_q, temperature)
    numeric = scipy.optimize.approx_fprime(np.concatenate([U.ravel(), V.ravel()]), f, 1e-7)
    np.testing.assert_allclose(np.concatenate([grad_U.ravel(), grad_V.ravel()]), numeric, rtol=1e-4, atol=2e-5)


pytrec_eval = pytest.importorskip("pytrec_eval")


@pytest.mark.parametrize("seed", range(25))
def test_topn_metrics_match_trec_eval(seed):
    rng = np.random.default_rng(800 + seed)
    n_items, n_users, k = int(rng.integers(5, 80)), int(rng.integers(1, 30)), int(rng.integers(1, 16))
    lists = [rng.permutation(n_items)[:int(rng.integers(1, min(40, n_items) + 1))].tolist() for _ in range(n_users)]
    wanted = [rng.choice(n_items, size=int(rng.integers(1, min(12, n_items) + 1)), replace=False).tolist()
              for _ in range(n_users)]
    qrels = {f"u{u}": {f"i{i}": 1 for i in wanted[u]} for u in range(n_users)}
    run = {f"u{u}": {f"i{i}": float(len(lists[u]) - r) for r, i in enumerate(lists[u])} for u in range(n_users)}
    scores = pytrec_eval.RelevanceEvaluator(qrels, {f"P.{k}", f"recall.{k}", f"map_cut.{k}"}).evaluate(run)
    expected = [np.mean([scores[f"u{u}"][f"{name}_{k}"] for u in range(n_users)]) for name in ("P", "recall", "map_cut")]
    got = _reference("topn_metrics").topn_metrics(lists, wanted, k=k)
    np.testing.assert_allclose(got, expected, rtol=1e-12, atol=1e-12)
