"""Hidden tests for generative/affine_coupling: AffineCoupling(mask, w_s, b_s, w_t, b_t) with forward and inverse.

Every test is a scenario (grader/objects.py): played on the reference, then on the learner's objects,
observation by observation. Random inputs are drawn outside the scenarios.
"""
import numpy as np

from grader.testing import require

# d = 2, mask (1, 0): dimension 0 passes through, dimension 1 moves. Row 1 of each weight matrix
# multiplies the moved input, which the nets never see (x_m zeroes it): its large entries only
# matter to code that forgets the mask.
MASK = np.array([1.0, 0.0])
W_S = np.array([[0.3, 0.8], [5.0, -5.0]])
B_S = np.array([0.4, -0.2])
W_T = np.array([[0.1, -0.6], [7.0, 7.0]])
B_T = np.array([0.9, 0.25])
X = np.array([[0.5, 2.0], [-1.5, 0.7]])
# row 0: s₁ = tanh(0.5·0.8 − 0.2) = tanh 0.2 = 0.19738, t₁ = 0.5·(−0.6) + 0.25 = −0.05, y₁ = 2·e^0.19738 − 0.05
# row 1: s₁ = tanh(−1.5·0.8 − 0.2) = tanh(−1.4) = −0.88535, t₁ = 0.9 + 0.25 = 1.15, y₁ = 0.7·e^−0.88535 + 1.15
Y = np.array([[0.5, 2.386402340905591], [-1.5, 1.4387983480174542]])
LOG_DET = np.array([0.197375320224904, -0.8853516482022625])


def _layer(world, mask=MASK, w_s=W_S, b_s=B_S, w_t=W_T, b_t=B_T):
    return world.new("AffineCoupling", mask, w_s, b_s, w_t, b_t, as_="layer")


def test_forward_by_hand(kata):
    """mask (1, 0): y₀ = x₀; y₁ = x₁·exp(s₁) + t₁ from the masked input only; log_det = s₁ alone (not s₀ + s₁)."""
    def scenario(world):
        layer = _layer(world)
        y, log_det = world.call(layer, "forward", X)
        return y, log_det
    y, log_det = kata.scenario(scenario)
    require(np.allclose(y, Y, rtol=1e-12, atol=1e-12), f"forward: expected y = {Y.tolist()}, got {np.asarray(y).tolist()}")
    require(np.allclose(log_det, LOG_DET, rtol=1e-12, atol=1e-12),
            f"forward: expected log_det = {LOG_DET.tolist()}, got {np.asarray(log_det).tolist()}")


def test_inverse_by_hand(kata):
    """inverse recomputes s and t from y's passing dimension (y₀ = x₀) and gives x₁ = (y₁ − t₁)·exp(−s₁)."""
    def scenario(world):
        return world.call(_layer(world), "inverse", Y)
    x = kata.scenario(scenario)
    require(np.allclose(x, X, rtol=1e-12, atol=1e-12), f"inverse: expected x = {X.tolist()}, got {np.asarray(x).tolist()}")


def test_the_other_half_and_three_dimensions(kata):
    """mask (0, 1) moves dimension 0 instead; a (1, 0, 1) mask on d = 3 moves the middle one only."""
    w = np.array([[0.5, -1.0, 2.0], [1.5, 0.2, -0.3], [-0.7, 0.9, 0.4]])
    b = np.array([0.1, -0.2, 0.3])
    x3 = np.array([[0.3, -1.2, 2.5], [1.0, 0.0, -0.5]])

    def scenario(world):
        layer = _layer(world, mask=np.array([0.0, 1.0]))
        y, _ = world.call(layer, "forward", X)
        world.call(layer, "inverse", y)
        layer3 = world.new("AffineCoupling", np.array([1.0, 0.0, 1.0]), w, b, -w.T, b[::-1].copy(), as_="layer3")
        y3, _ = world.call(layer3, "forward", x3)
        world.call(layer3, "inverse", y3)
    kata.scenario(scenario)


def test_mask_of_ones_is_the_identity(kata):
    """Every dimension passes through: y = x and log_det = 0, whatever the weights."""
    def scenario(world):
        layer = _layer(world, mask=np.ones(2))
        world.call(layer, "forward", X)        # (X, [0, 0])
        world.call(layer, "inverse", X)        # X
    kata.scenario(scenario)


def test_mask_of_zeros_moves_everything_by_constants(kata):
    """Every dimension moves; the nets see only zeros, so s = tanh(b_s) and t = b_t: y = x·exp(tanh b_s) + b_t."""
    def scenario(world):
        layer = _layer(world, mask=np.zeros(2), b_s=np.array([0.3, -0.7]), b_t=np.array([0.1, 0.2]))
        # y = (1·e^tanh0.3 + 0.1, −2·e^tanh(−0.7) + 0.2) = (1.43818, −0.89284); log_det = tanh 0.3 + tanh(−0.7) = −0.31306
        y, log_det = world.call(layer, "forward", np.array([[1.0, -2.0]]))
        world.call(layer, "inverse", y)
        return y, log_det
    y, log_det = kata.scenario(scenario)
    require(np.allclose(y, [[1.438182851190643, -0.8928395530910322]], rtol=1e-12, atol=1e-12)
            and np.allclose(log_det, [-0.3130551646655727], rtol=1e-12, atol=1e-12),
            f"an all-zeros mask: expected y = [[1.43818, −0.89284]] and log_det = [−0.31306], got {y!r}, {log_det!r}")


def test_int_and_bool_masks_work_like_floats(kata):
    """A mask of ints (1, 0) or bools (True, False) means the same as (1.0, 0.0); an int x gives float64 results."""
    def scenario(world):
        world.call(_layer(world, mask=np.array([1, 0])), "forward", X)
        world.call(_layer(world, mask=np.array([True, False])), "forward", X)
        world.call(_layer(world, mask=np.array([True, False])), "inverse", Y)
        world.call(_layer(world, mask=np.array([1, 0])), "forward", np.array([[1, 2], [-3, 0]]))   # int x: float64 results
    kata.scenario(scenario)


def test_inverse_undoes_forward(kata, rng):
    """Random layers (d up to 6, weights up to 5, |x| up to 1000): inverse(forward(x)) = x and forward(inverse(y)) = y to 1e-12."""
    cases = []
    for d, n, scale in ((1, 3, 1.0), (2, 5, 10.0), (4, 8, 1.0), (5, 12, 1000.0), (6, 7, 3.0)):
        mask = (rng.random(d) < 0.5).astype(np.float64)
        weights = [rng.normal(0, 2.0, size=(d, d)).clip(-5, 5), rng.normal(size=d),
                   rng.normal(0, 2.0, size=(d, d)).clip(-5, 5), rng.normal(size=d)]
        cases.append((mask, weights, rng.uniform(-scale, scale, size=(n, d))))

    def scenario(world):
        results = []
        for mask, weights, x in cases:
            layer = world.new("AffineCoupling", mask, *weights, as_="layer")
            y, _ = world.call(layer, "forward", x)
            back = world.call(layer, "inverse", y)
            again, _ = world.call(layer, "forward", world.call(layer, "inverse", x))
            results.append((x, back, again))
        return results

    for x, back, again in kata.scenario(scenario):
        require(np.allclose(back, x, rtol=1e-12, atol=1e-12), "inverse(forward(x)) differs from x by more than 1e-12")
        require(np.allclose(again, x, rtol=1e-12, atol=1e-12), "forward(inverse(y)) differs from y by more than 1e-12")


def test_log_det_is_the_log_determinant_of_the_jacobian(kata, rng):
    """log_det equals log |det ∂y/∂x|, the Jacobian taken by central differences of your forward (h = 1e-6)."""
    d, h = 5, 1e-6
    mask = np.array([1.0, 0.0, 0.0, 1.0, 0.0])
    weights = [rng.normal(size=(d, d)), rng.normal(size=d), rng.normal(size=(d, d)), rng.normal(size=d)]
    x = rng.normal(size=(2, d))
    # rows i and d + i of the batch are x ± h·e_i, for each of the two samples
    probes = [np.concatenate([x[k] + h * np.eye(d), x[k] - h * np.eye(d)]) for k in range(2)]

    def scenario(world):
        layer = world.new("AffineCoupling", mask, *weights, as_="layer")
        _, log_det = world.call(layer, "forward", x)
        outputs = [world.call(layer, "forward", p)[0] for p in probes]
        return log_det, outputs

    log_det, outputs = kata.scenario(scenario)
    for k, out in enumerate(outputs):
        jacobian = ((out[:d] - out[d:]) / (2 * h)).T          # column i: ∂y/∂x_i
        sign, logabs = np.linalg.slogdet(jacobian)
        require(sign > 0 and abs(logabs - log_det[k]) <= 1e-6,
                f"sample {k}: log_det is {log_det[k]!r}, but log |det J| from finite differences is {logabs!r}")


def test_empty_batch(kata):
    """n = 0 rows: forward gives a (0, d) y and a (0,) log_det, inverse a (0, d) x."""
    def scenario(world):
        layer = _layer(world)
        world.call(layer, "forward", np.zeros((0, 2)))
        world.call(layer, "inverse", np.zeros((0, 2)))
    kata.scenario(scenario)


def test_large_inputs_and_saturated_scales(kata):
    """|x| = 1000 with large weights: tanh saturates at ±1, nothing overflows, and the inverse still recovers x."""
    def scenario(world):
        layer = _layer(world, w_s=np.array([[5.0, -5.0], [5.0, 5.0]]))
        x = np.array([[1000.0, -1000.0], [-1000.0, 1000.0]])
        y, _ = world.call(layer, "forward", x)     # s₁ = tanh(∓5000 − 0.2) = ∓1
        world.call(layer, "inverse", y)
    kata.scenario(scenario)


def test_methods_do_not_change_the_layer(kata, rng):
    """Calling forward and inverse several times gives the same answers: the layer holds no state beyond its weights."""
    x = rng.normal(size=(3, 2))

    def scenario(world):
        layer = _layer(world)
        world.call(layer, "forward", x)
        world.call(layer, "inverse", x)
        world.call(layer, "forward", x)
        world.call(layer, "inverse", x)
    kata.scenario(scenario)


def test_constructor_validation(kata):
    """ValueError for a mask that is not 1-D, is empty or holds other values than 0 and 1, and for weights of the wrong shape."""
    kata.raises_each([
        ("ValueError", "AffineCoupling", (np.array([[1.0, 0.0]]), W_S, B_S, W_T, B_T), {}),
        ("ValueError", "AffineCoupling", (np.zeros(0), np.zeros((0, 0)), np.zeros(0), np.zeros((0, 0)), np.zeros(0)), {}),
        ("ValueError", "AffineCoupling", (np.array([1.0, 0.5]), W_S, B_S, W_T, B_T), {}),
        ("ValueError", "AffineCoupling", (np.array([1, 2]), W_S, B_S, W_T, B_T), {}),
        ("ValueError", "AffineCoupling", (MASK, np.zeros((2, 3)), B_S, W_T, B_T), {}),
        ("ValueError", "AffineCoupling", (MASK, W_S, np.zeros(3), W_T, B_T), {}),
        ("ValueError", "AffineCoupling", (MASK, W_S, B_S, np.zeros((3, 2)), B_T), {}),
        ("ValueError", "AffineCoupling", (MASK, W_S, B_S, W_T, np.zeros((2, 1))), {}),
    ])


def test_method_validation(kata):
    """ValueError from forward and inverse for an input that is not 2-D or has the wrong number of columns."""
    def scenario(world):
        layer = _layer(world)
        world.raises(layer, "forward", np.array([0.5, 2.0]))
        world.raises(layer, "forward", np.zeros((2, 3)))
        world.raises(layer, "inverse", np.array([0.5, 2.0]))
        world.raises(layer, "inverse", np.zeros((1, 1)))
        world.raises(layer, "inverse", np.zeros((0, 3)))
    kata.scenario(scenario)
