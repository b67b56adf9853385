"""Hidden tests for debugging/fix_adamw: adam(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9,
beta2=0.999, eps=1e-8, weight_decay=0.0, max_grad_norm=None)."""
import numpy as np

from grader.functions import Linear, Quadratic, Sphere
from grader.testing import require

IDENTITY_GRAD = Sphere(0.5).grad   # grad(x) = x


def test_constant_gradient_by_hand(kata):
    """Constant gradient (3, −0.5), lr 0.1, defaults otherwise: m̂ = g and v̂ = g² at every step, so each step is ±0.1."""
    g = np.array([3.0, -0.5])
    step = 0.1 * g / (np.abs(g) + 1e-8)
    kata.check("adam", Linear(g).grad, np.array([1.0, 1.0]), n_steps=3, learning_rate=0.1,
               expected=np.array([1.0, 1.0]) - np.arange(4)[:, None] * step)


def test_changing_gradient_by_hand(kata):
    """grad(x) = x from (1, −4), lr 0.1, beta1 0.5, beta2 0.75: two steps worked out one by one."""
    x0 = np.array([1.0, -4.0])
    m1, v1 = 0.5 * x0, 0.25 * x0 ** 2
    x1 = x0 - 0.1 * (m1 / 0.5) / (np.sqrt(v1 / 0.25) + 1e-8)       # (0.9, −3.9)
    m2, v2 = 0.5 * m1 + 0.5 * x1, 0.75 * v1 + 0.25 * x1 ** 2
    x2 = x1 - 0.1 * (m2 / 0.75) / (np.sqrt(v2 / 0.4375) + 1e-8)    # 1 − 0.5², 1 − 0.75²
    kata.check("adam", IDENTITY_GRAD, x0, n_steps=2, learning_rate=0.1, beta1=0.5, beta2=0.75,
               expected=np.array([x0, x1, x2]))


def test_large_eps_by_hand(kata):
    """One step, g = (3, 0), eps = 0.5: the step is lr·g/(|g| + eps) = 0.1·(3/3.5, 0)."""
    kata.check("adam", Linear([3.0, 0.0]).grad, np.array([0.0, 2.0]), n_steps=1, learning_rate=0.1, eps=0.5,
               expected=np.array([[0.0, 2.0], [-0.3 / 3.5, 2.0]]))


def test_tiny_gradients_by_hand(kata):
    """g = (1e−4, −2e−4), default eps 1e−8, one step of lr 0.1: 0.1·g/(|g| + 1e−8), where eps is 1e−4 of |g|, not 0."""
    g = np.array([1e-4, -2e-4])
    kata.check("adam", Linear(g).grad, np.array([1.0, 1.0]), n_steps=1, learning_rate=0.1,
               expected=np.array([[1.0, 1.0], 1.0 - 0.1 * g / (np.abs(g) + 1e-8)]))


def test_weight_decay_by_hand(kata):
    """One step from x = 1, g = 2, lr 0.1, weight decay 0.5: x = 1 − 0.1·(2/(2 + eps) + 0.5·1) = 0.85."""
    kata.check("adam", Linear([2.0]).grad, np.array([1.0]), n_steps=1, learning_rate=0.1, weight_decay=0.5,
               expected=np.array([[1.0], [1.0 - 0.1 * (2 / (2 + 1e-8) + 0.5)]]))


def test_weight_decay_random(kata, rng):
    """Weight decay on random quadratics, beta1 = 0 (several steps)."""
    for _ in range(2):
        f = Quadratic.random(rng, 3)
        kata.check("adam", f.grad, rng.normal(size=3), n_steps=6, learning_rate=0.05, beta1=0.0,
                   weight_decay=float(rng.uniform(0.1, 1.0)))


def test_clipping_by_hand(kata):
    """One step, g = (3, 4) (norm 5) clipped to norm 1 → (0.6, 0.8); eps = 1: the step is 0.1·(0.6/1.6, 0.8/1.8)."""
    kata.check("adam", Linear([3.0, 4.0]).grad, np.array([0.0, 0.0]), n_steps=1, learning_rate=0.1, eps=1.0,
               max_grad_norm=1.0, expected=np.array([[0.0, 0.0], [-0.0375, -0.8 / 18]]))


def test_clipping_small_norm_by_hand(kata):
    """g = (3e−6, 4e−6) (norm 5e−6) clipped to norm 1e−6 → (0.6e−6, 0.8e−6), exactly max_grad_norm/‖g‖ (no 1e−6 added to ‖g‖); eps 1e−6, one step."""
    # step = lr·g/(|g| + eps) = 0.1·(0.6/1.6, 0.8/1.8); torch's max_norm/(‖g‖ + 1e−6) = 1/6 would give 0.1·(1/3, 0.4)
    kata.check("adam", Linear([3e-6, 4e-6]).grad, np.array([0.0, 0.0]), n_steps=1, learning_rate=0.1, eps=1e-6,
               max_grad_norm=1e-6, expected=np.array([[0.0, 0.0], [-0.0375, -0.8 / 18]]))


def test_clipping_two_steps_by_hand(kata):
    """grad(x) = x from (3, 4), max_grad_norm 1, lr 1, beta1 0, beta2 ½, eps 0: both gradients rescaled by 1/‖g‖."""
    g1 = np.array([3.0, 4.0]) / 5                          # ‖(3, 4)‖ = 5
    v1 = 0.5 * g1 ** 2
    x1 = np.array([3.0, 4.0]) - g1 / np.sqrt(v1 / 0.5)     # (2, 3)
    g2 = x1 / np.sqrt(13.0)                                # ‖(2, 3)‖ = √13
    v2 = 0.5 * v1 + 0.5 * g2 ** 2
    x2 = x1 - g2 / np.sqrt(v2 / 0.75)
    kata.check("adam", IDENTITY_GRAD, np.array([3.0, 4.0]), n_steps=2, learning_rate=1.0, beta1=0.0, beta2=0.5,
               eps=0.0, max_grad_norm=1.0, expected=np.array([[3.0, 4.0], x1, x2]))


def test_clipping_random(kata, rng):
    """Clipping on random quadratics (some steps clipped, some not), beta1 = 0, eps = 0."""
    for _ in range(2):
        f = Quadratic.random(rng, 3)
        kata.check("adam", f.grad, 3 * rng.normal(size=3), n_steps=8, learning_rate=0.3, beta1=0.0,
                   beta2=0.5, eps=0.0, max_grad_norm=2.0)


def test_gradient_below_the_clip_is_unchanged(kata):
    """grad(x) = x from (3, 4), max_grad_norm 10 (above ‖g‖ = 5, then √13) and 5 (exactly ‖g‖, then above): g is used as it is."""
    # lr 1, beta1 0, beta2 ½, eps 0 (eps plays no part): step 1 is g1/|g1| = (1, 1), x1 = (2, 3);
    # v2 = ¼·(9, 16) + ½·(4, 9) = (4.25, 8.5), v̂2 = v2/0.75 = (17/3, 34/3), x2 = x1 − (2, 3)/√v̂2.
    # Rescaling g to the clip norm when it is shorter changes the ratio of g1 to g2, so x2.
    x2 = np.array([2.0 - 2.0 / np.sqrt(17 / 3), 3.0 - 3.0 / np.sqrt(34 / 3)])
    for limit in (10.0, 5.0):
        kata.check("adam", IDENTITY_GRAD, np.array([3.0, 4.0]), n_steps=2, learning_rate=1.0, beta1=0.0, beta2=0.5,
                   eps=0.0, max_grad_norm=limit, expected=np.array([[3.0, 4.0], [2.0, 3.0], x2]))


def test_momentum_random(kata, rng):
    """Random quadratics, beta1 = 0.9, several steps, no decay, no clipping."""
    for _ in range(2):
        f = Quadratic.random(rng, 4)
        kata.check("adam", f.grad, rng.normal(size=4), n_steps=10, learning_rate=0.1)


def test_zero_steps(kata):
    """n_steps = 0: the trajectory is [x0], float64 even for an integer x0."""
    kata.check("adam", IDENTITY_GRAD, np.array([3, -1]), n_steps=0, expected=np.array([[3.0, -1.0]]))


def test_grad_called_once_per_step(kata):
    """grad is called exactly once per step (5 steps: 5 calls), with clipping and decay on."""
    result = kata.call("adam", IDENTITY_GRAD, np.array([1.0, 2.0]), n_steps=5, learning_rate=0.1,
                       weight_decay=0.1, max_grad_norm=1.0)
    require(result.calls["grad"] == 5, f"grad was called {result.calls['grad']} times in 5 steps; expected 5")
