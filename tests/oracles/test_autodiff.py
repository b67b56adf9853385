"""Outside oracles for the autodiff references: scipy and scikit-learn compute the same things.

Plain pytest tests (not hidden tests): each loads OUR REFERENCE from solutions/autodiff/ and
compares it with a library on 20+ random inputs, with the documented convention differences
applied. PyTorch is not installed here.
  - dual_numbers: forward-mode derivatives against scipy.differentiate.derivative (adaptive
    finite differences of plain float functions).
  - tensor_autograd + train_with_own_autodiff: scikit-learn's MLPRegressor with plain full-batch
    SGD. Its squared_error loss carries a ½ (loss = mean((pred − y)²) / 2), ours does not (as
    PyTorch's MSELoss): so its loss is half ours and its learning rate must be twice ours for the
    same updates.
  - unbroadcast: no library function (PyTorch's Tensor.sum_to_size is not installed); checked
    as the adjoint of numpy's np.broadcast_to.
"""
import importlib.util
import math
import warnings

import numpy as np
import pytest
from scipy import differentiate
from sklearn.neural_network import MLPRegressor

from grader import ROOT


def _load(name):
    path = ROOT / "solutions" / "autodiff" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"oracle_autodiff_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


unbroadcast = _load("unbroadcast")
dual = _load("dual_numbers")
train = _load("train_with_own_autodiff")

# (a function on Duals, the same function on float arrays)
FUNCTIONS = [
    (lambda x: x * x.sin() + 2 * x, lambda x: x * np.sin(x) + 2 * x),
    (lambda x: (x * x + 1).log() / (x + 3), lambda x: np.log(x * x + 1) / (x + 3)),
    (lambda x: (x.cos() * 0.5).exp() - 1 / (x * x + 2), lambda x: np.exp(np.cos(x) * 0.5) - 1 / (x * x + 2)),
    (lambda x: (x * x + 0.5) ** 1.5 - 3 * x ** 3, lambda x: (x * x + 0.5) ** 1.5 - 3 * x ** 3),
    (lambda x: 2 - (x.sin() * x.exp()) / (x.cos() + 2), lambda x: 2 - (np.sin(x) * np.exp(x)) / (np.cos(x) + 2)),
]


@pytest.mark.parametrize("k", range(len(FUNCTIONS)))
def test_dual_numbers_match_scipy_derivative(k):
    on_duals, on_floats = FUNCTIONS[k]
    rng = np.random.default_rng(k)
    for x in rng.uniform(-1.5, 1.5, size=5):
        ours = dual.derivative(on_duals, float(x))
        theirs = differentiate.derivative(on_floats, float(x)).df
        assert math.isclose(ours, float(theirs), rel_tol=1e-7, abs_tol=1e-9), (k, x, ours, theirs)
        assert math.isclose(on_duals(dual.Dual(float(x), 1.0)).value, float(on_floats(x)), rel_tol=1e-12)


def test_unbroadcast_is_the_adjoint_of_broadcast_to():
    rng = np.random.default_rng(0)
    for _ in range(25):
        grad_shape = tuple(int(n) for n in rng.integers(1, 5, size=int(rng.integers(1, 5))))
        shape = tuple(1 if rng.random() < 0.4 else n for n in grad_shape[int(rng.integers(0, len(grad_shape) + 1)):])
        grad, v = rng.standard_normal(grad_shape), rng.standard_normal(shape)
        result = unbroadcast.unbroadcast(grad, shape)
        assert result.shape == shape
        assert np.isclose(np.sum(np.broadcast_to(v, grad_shape) * grad), np.sum(v * result), rtol=1e-10, atol=1e-12)


def _sklearn_losses(X, y, W1, b1, W2, b2, learning_rate, n_steps):
    """MLPRegressor with plain full-batch SGD from the given weights: the loss before each update."""
    n, h = X.shape[0], W1.shape[1]
    model = MLPRegressor(hidden_layer_sizes=(h,), activation="relu", solver="sgd", alpha=0.0, batch_size=n,
                         learning_rate="constant", learning_rate_init=1e-300, momentum=0.0,
                         nesterovs_momentum=False, shuffle=False)
    losses = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model.partial_fit(X, y.ravel())                 # builds the model (a step of size ~0)
        model.coefs_, model.intercepts_ = [W1.copy(), W2.copy()], [b1.copy(), b2.copy()]
        model._optimizer.learning_rate = 2 * learning_rate   # ½ in sklearn's loss: twice the rate
        for _ in range(n_steps):
            model.partial_fit(X, y.ravel())
            losses.append(2 * model.loss_)             # sklearn's loss is half ours
    return np.array(losses)


def test_train_matches_sklearn_mlp_regressor():
    rng = np.random.default_rng(1)
    for _ in range(20):
        n, d, h = int(rng.integers(1, 7)), int(rng.integers(1, 4)), int(rng.integers(1, 6))
        X, y = rng.standard_normal((n, d)), rng.standard_normal((n, 1))
        W1, b1 = 0.5 * rng.standard_normal((d, h)), 0.1 * rng.standard_normal(h)
        W2, b2 = 0.5 * rng.standard_normal((h, 1)), 0.1 * rng.standard_normal(1)
        learning_rate, n_steps = float(rng.uniform(0.01, 0.1)), int(rng.integers(5, 20))
        ours = train.train(X, y, W1, b1, W2, b2, learning_rate=learning_rate, n_steps=n_steps)
        theirs = _sklearn_losses(X, y, W1, b1, W2, b2, learning_rate, n_steps)
        np.testing.assert_allclose(ours[:n_steps], theirs, rtol=1e-9, atol=1e-12)


def test_train_on_xor_matches_sklearn():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y = np.array([[0.0], [1.0], [1.0], [0.0]])
    W1 = np.array([[0.35, 0.82, 0.33, -1.3], [0.91, 0.45, -0.54, 0.58]])
    W2 = np.array([[0.18], [0.15], [0.01], [0.27]])
    ours = train.train(X, y, W1, np.zeros(4), W2, np.zeros(1), learning_rate=0.1, n_steps=150)
    theirs = _sklearn_losses(X, y, W1, np.zeros(4), W2, np.zeros(1), 0.1, 150)
    np.testing.assert_allclose(ours[:150], theirs, rtol=1e-7, atol=1e-12)
    assert ours[-1] < 0.02
