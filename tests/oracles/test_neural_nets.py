"""Outside oracles for the neural_nets references: scipy and scikit-learn compute the same things.

Plain pytest tests (not hidden tests): each loads OUR REFERENCE from solutions/neural_nets/ and
compares it with the library on 20+ random inputs, with the documented convention differences
applied. PyTorch is not installed here; scikit-learn's MLP follows the same conventions where it
overlaps (mean losses, (fan_in, fan_out) weights, relu'(0) = 0, full-batch SGD).
"""
import importlib.util
import warnings

import numpy as np
import pytest
from scipy import optimize, special, stats
from sklearn import metrics
from sklearn.neural_network import MLPClassifier
from sklearn.neural_network import _base as sk_base

from grader import ROOT


def _load(name):
    path = ROOT / "solutions" / "neural_nets" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"oracle_neural_nets_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


activations = _load("activations")
neuron = _load("sigmoid_neuron_backprop")
softmax_ce = _load("softmax_cross_entropy_grad")
dense = _load("dense_layer")
mlp = _load("mlp_backprop")
init = _load("weight_init")
dropout = _load("dropout")
train = _load("train_mlp")

SEEDS = range(20)


# -- activations: scipy.special and scikit-learn's MLP activations/derivatives ---------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_activations_match_scipy(seed):
    rng = np.random.default_rng(seed)
    x = 6 * rng.standard_normal(50)
    x[:4] = [0.0, -40.0, 40.0, 700.0]
    np.testing.assert_allclose(activations.sigmoid(x), special.expit(x), rtol=1e-12, atol=0)
    # σ(1 − σ) and 1 − tanh² (the stated formulas) lose relative accuracy where they are < 1e-16:
    # the statement asks for relative 1e-6 plus absolute 1e-9, so compare with a small atol there
    np.testing.assert_allclose(activations.sigmoid_grad(x), special.expit(x) * special.expit(-x), rtol=1e-10, atol=1e-15)
    # softplus(x) = −log σ(−x)
    np.testing.assert_allclose(activations.softplus(x), -special.log_expit(-x), rtol=1e-12, atol=0)
    np.testing.assert_allclose(activations.softplus_grad(x), special.expit(x), rtol=1e-12, atol=0)
    np.testing.assert_allclose(activations.gelu(x), x * special.ndtr(x), rtol=1e-12, atol=1e-300)
    np.testing.assert_allclose(activations.gelu_grad(x), special.ndtr(x) + x * stats.norm.pdf(x), rtol=1e-10, atol=1e-300)
    with np.errstate(over="ignore"):
        np.testing.assert_allclose(activations.tanh_grad(x), 1 / np.cosh(x) ** 2, rtol=1e-9, atol=1e-15)
    # the tanh approximation stays within 1e-3 of the exact GELU (its known maximum error is ~4.7e-4)
    assert np.max(np.abs(activations.gelu(x, approximate="tanh") - x * special.ndtr(x))) < 1e-3


@pytest.mark.parametrize("seed", SEEDS)
def test_activation_derivatives_match_scikit_learn(seed):
    """scikit-learn's MLP backprop derivatives (written in terms of the output Z), relu'(0) = 0 included."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((5, 6))
    x[0, :3] = 0.0                                   # the kink
    for name, ours in [("relu", activations.relu_grad), ("logistic", activations.sigmoid_grad),
                       ("tanh", activations.tanh_grad)]:
        Z = x.copy()
        sk_base.ACTIVATIONS[name](Z)                 # in place: Z = f(x)
        delta = np.ones_like(x)
        sk_base.DERIVATIVES[name](Z, delta)          # in place: delta = f′(x)
        np.testing.assert_allclose(ours(x), delta, rtol=1e-12, atol=1e-15, err_msg=name)


# -- sigmoid neuron: scikit-learn's mean_squared_error (no ½) and scipy's gradient check -----------

@pytest.mark.parametrize("seed", SEEDS)
def test_sigmoid_neuron_matches_sklearn_mse_and_scipy_gradient(seed):
    rng = np.random.default_rng(seed)
    n, d = int(rng.integers(1, 15)), int(rng.integers(1, 5))
    X, y, w, b = rng.standard_normal((n, d)), rng.uniform(0, 1, n), rng.standard_normal(d), float(rng.standard_normal())
    loss, dw, db = neuron.sigmoid_neuron_backprop(X, y, w, b)
    assert loss == pytest.approx(metrics.mean_squared_error(y, special.expit(X @ w + b)), rel=1e-12)

    def f(theta):
        return metrics.mean_squared_error(y, special.expit(X @ theta[:-1] + theta[-1]))

    theta = np.append(w, b)
    numeric = optimize.approx_fprime(theta, f, 1e-7)   # forward differences: accurate to ~1e-7
    np.testing.assert_allclose(np.append(dw, db), numeric, rtol=1e-4, atol=1e-6)


# -- softmax cross-entropy: scikit-learn's log_loss, scipy's softmax ------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_softmax_cross_entropy_matches_sklearn_and_scipy(seed):
    rng = np.random.default_rng(seed)
    n, c = int(rng.integers(1, 12)), int(rng.integers(2, 7))
    logits, labels = 3 * rng.standard_normal((n, c)), rng.integers(0, c, n)
    loss, grad = softmax_ce.softmax_cross_entropy(logits, labels)
    probs = special.softmax(logits, axis=1)
    assert loss == pytest.approx(metrics.log_loss(labels, probs, labels=np.arange(c)), rel=1e-9)
    assert loss == pytest.approx(-np.mean(special.log_softmax(logits, axis=1)[np.arange(n), labels]), rel=1e-12)
    np.testing.assert_allclose(grad, (probs - np.eye(c)[labels]) / n, rtol=1e-10, atol=1e-15)


def test_softmax_cross_entropy_extreme_logits_match_scipy_log_softmax():
    logits, labels = np.array([[1000.0, 0.0], [-1000.0, -1000.0], [0.0, 745.0]]), np.array([1, 0, 0])
    loss, _ = softmax_ce.softmax_cross_entropy(logits, labels)
    assert loss == pytest.approx(-np.mean(special.log_softmax(logits, axis=1)[np.arange(3), labels]), rel=1e-12)


# -- dense layer: scipy's numerical gradient of a random projection --------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_dense_backward_matches_scipy_gradient(seed):
    rng = np.random.default_rng(seed)
    n, d, h = (int(v) for v in rng.integers(1, 6, 3))
    x, W, b, G = rng.standard_normal((n, d)), rng.standard_normal((d, h)), rng.standard_normal(h), rng.standard_normal((n, h))
    dx, dW, db = dense.dense_backward(G, x, W)
    sizes = [x.size, W.size, b.size]

    def f(theta):
        xs, Ws, bs = np.split(theta, np.cumsum(sizes)[:-1])
        return float(np.sum(dense.dense_forward(xs.reshape(x.shape), Ws.reshape(W.shape), bs) * G))

    numeric = optimize.approx_fprime(np.concatenate([x.ravel(), W.ravel(), b]), f, 1e-6)
    np.testing.assert_allclose(np.concatenate([dx.ravel(), dW.ravel(), db]), numeric, rtol=1e-5, atol=1e-5)


# -- MLP backprop and training: scikit-learn's MLPClassifier with the same weights ---------------

def _sklearn_mlp(X, y, params, learning_rate, n_classes):
    """An MLPClassifier set to our network (relu, softmax output for C ≥ 3, no L2, plain full-batch SGD)."""
    clf = MLPClassifier(hidden_layer_sizes=(params[0].shape[1],), activation="relu", solver="sgd", alpha=0.0,
                        batch_size=X.shape[0], learning_rate="constant", learning_rate_init=learning_rate,
                        momentum=0.0, nesterovs_momentum=False, shuffle=False, random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        clf.partial_fit(X, y, classes=np.arange(n_classes))       # builds the network (one throwaway step)
    W1, b1, W2, b2 = params
    clf.coefs_ = [W1.copy(), W2.copy()]
    clf.intercepts_ = [b1.copy(), b2.copy()]
    return clf


@pytest.mark.parametrize("seed", SEEDS)
def test_mlp_backprop_matches_sklearn_step(seed):
    """One full-batch SGD step of scikit-learn with learning rate 1 moves each parameter by minus our gradient."""
    rng = np.random.default_rng(seed)
    n, d, hidden, c = int(rng.integers(3, 20)), int(rng.integers(1, 5)), int(rng.integers(1, 8)), int(rng.integers(3, 6))
    y = np.concatenate([np.arange(c), rng.integers(0, c, n)])      # every class present at least once
    X = rng.standard_normal((len(y), d))
    params = (rng.standard_normal((d, hidden)), 0.1 * rng.standard_normal(hidden),
              rng.standard_normal((hidden, c)), 0.1 * rng.standard_normal(c))
    X[0] = 0.0
    params[1][0] = 0.0          # h[0, 0] = 0 exactly: relu'(0) = 0 in both (scikit-learn: Z == 0)
    loss, grads = mlp.mlp_backprop(X, y, *params)
    clf = _sklearn_mlp(X, y, params, 1.0, c)
    clf.partial_fit(X, y)
    assert loss == pytest.approx(clf.loss_, rel=1e-9)
    after = [clf.coefs_[0], clf.intercepts_[0], clf.coefs_[1], clf.intercepts_[1]]
    for before, now, grad in zip(params, after, grads):
        np.testing.assert_allclose(before - now, grad, rtol=1e-8, atol=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_train_mlp_loss_curve_matches_sklearn(seed):
    """Our pinned training run and scikit-learn's full-batch SGD from the same start give the same loss curve."""
    rng = np.random.default_rng(seed)
    c, d, hidden = 3, 2, int(rng.integers(3, 10))
    X = rng.standard_normal((30, d))
    y = np.arange(30) % c
    learning_rate, n_steps = float(rng.uniform(0.1, 1.0)), 25
    start, _ = train.train_mlp(X, y, hidden=hidden, learning_rate=learning_rate, n_steps=0, seed=seed)
    params, losses = train.train_mlp(X, y, hidden=hidden, learning_rate=learning_rate, n_steps=n_steps, seed=seed)
    clf = _sklearn_mlp(X, y, start, learning_rate, c)
    sk_losses = []
    for _ in range(n_steps):
        clf.partial_fit(X, y)
        sk_losses.append(clf.loss_)                 # the batch's loss before its update, as ours
    np.testing.assert_allclose(losses, sk_losses, rtol=1e-8)
    np.testing.assert_allclose(params[0], clf.coefs_[0], rtol=1e-7, atol=1e-10)
    np.testing.assert_allclose(params[3], clf.intercepts_[1], rtol=1e-7, atol=1e-10)


# -- weight initialisation: scikit-learn's Glorot bound, scipy's distributions -------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_xavier_uniform_matches_sklearn_distribution(seed):
    rng = np.random.default_rng(seed)
    fan_in, fan_out = (int(v) for v in rng.integers(20, 200, 2))
    ours = init.xavier_uniform(fan_in, fan_out, seed=seed)
    clf = MLPClassifier(activation="relu")
    clf._random_state = np.random.RandomState(seed)
    theirs, _ = clf._init_coef(fan_in, fan_out, np.float64)
    assert ours.shape == theirs.shape == (fan_in, fan_out)
    bound = np.sqrt(6.0 / (fan_in + fan_out))
    assert np.abs(ours).max() <= bound and np.abs(theirs).max() <= bound
    # same distribution: a two-sample KS test at a false-alarm rate of 1e-6 (fixed seeds: deterministic)
    assert stats.ks_2samp(ours.ravel(), theirs.ravel()).pvalue > 1e-6
    assert stats.kstest(ours.ravel(), stats.uniform(-bound, 2 * bound).cdf).pvalue > 1e-6


@pytest.mark.parametrize("seed", SEEDS)
def test_normal_initialisers_match_pytorch_formulas(seed):
    """PyTorch: xavier_normal_ std = gain·√(2/(fan_in + fan_out)); kaiming_normal_(fan_in, relu) std = √2/√fan_in."""
    rng = np.random.default_rng(seed)
    fan_in, fan_out = (int(v) for v in rng.integers(20, 200, 2))
    gain = float(rng.uniform(0.5, 2.0))
    W = init.xavier_normal(fan_in, fan_out, gain=gain, seed=seed)
    assert stats.kstest(W.ravel(), stats.norm(0, gain * np.sqrt(2.0 / (fan_in + fan_out))).cdf).pvalue > 1e-6
    W = init.he_normal(fan_in, fan_out, seed=seed)
    assert stats.kstest(W.ravel(), stats.norm(0, np.sqrt(2.0) / np.sqrt(fan_in)).cdf).pvalue > 1e-6


# -- dropout: the kept count is binomial(n, 1 − p) ------------------------------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_dropout_kept_count_is_binomial(seed):
    rng = np.random.default_rng(seed)
    p = float(rng.uniform(0.05, 0.95))
    out = dropout.dropout(np.ones((100, 100)), p=p, training=True, seed=seed)
    kept = int(np.count_nonzero(out))
    assert stats.binomtest(kept, 10_000, 1 - p).pvalue > 1e-6
    np.testing.assert_allclose(out[out != 0], 1 / (1 - p), rtol=1e-12)


# -- the spirals: two classes, radii (i + 1)/n, separated by half a turn --------------------------

@pytest.mark.parametrize("seed", SEEDS)
def test_spirals_polar_coordinates(seed):
    X, y = train.make_spirals(25, noise=0.0, seed=seed)
    r = np.hypot(X[:, 0], X[:, 1])
    np.testing.assert_allclose(r, np.tile(np.arange(1, 26) / 25, 2), rtol=1e-12)
    np.testing.assert_allclose(X[25:], -X[:25], atol=1e-12)     # class 1 is class 0 turned by π
    assert np.array_equal(y, np.repeat([0, 1], 25))
