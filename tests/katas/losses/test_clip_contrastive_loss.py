"""Hidden tests for losses/clip_contrastive_loss: clip_loss(...) and clip_loss_grad(...)."""
import numpy as np

from grader.testing import require

S = 0.2689414213699951            # σ(−1)
A2 = np.array([[3.0, 4.0], [1.0, 0.0]])
B2 = np.array([[0.6, 0.8], [0.0, 2.0]])   # normalised: u = [[.6, .8], [1, 0]], v = [[.6, .8], [0, 1]]


def test_orthonormal_pairs_by_hand(kata):
    """a = b = I, τ = 1: logits = I, each row and each column costs log(1 + e^−1) = 0.313262; τ = 0.5 gives log(1 + e^−2)."""
    kata.check("clip_loss", np.eye(2), np.eye(2), 1.0, expected=0.31326168751822286)
    kata.check("clip_loss", np.eye(2), np.eye(2), 0.5, expected=0.12692801104297263)


def test_asymmetric_logits_average_both_directions(kata):
    """Normalised logits [[1, .8], [.6, 0]] (τ = 1): rows and columns differ, the loss is their mean, 0.829936."""
    kata.check("clip_loss", A2, B2, 1.0, expected=0.829935684553802)


def test_normalisation_is_inside_the_loss(kata):
    """normalize=True ignores the norms (2a gives the same loss); normalize=False uses raw dot products."""
    kata.check("clip_loss", 2.0 * np.eye(2), 5.0 * np.eye(2), 1.0, expected=0.31326168751822286)
    # raw logits 10·I: log(1 + e^−10) each way
    kata.check("clip_loss", 2.0 * np.eye(2), 5.0 * np.eye(2), 1.0, False, expected=4.5398899216870535e-05)


def test_single_pair_costs_nothing(kata):
    """N = 1: the only candidate is the right one, loss 0 and gradients 0."""
    a, b = np.array([[0.3, -0.7, 2.0]]), np.array([[1.0, 1.0, 0.1]])
    kata.check("clip_loss", a, b, 0.07, expected=0.0)
    kata.check("clip_loss_grad", a, b, 0.07, expected=(np.zeros((1, 3)), np.zeros((1, 3))))


def test_tiny_temperature_both_signs(kata):
    """τ = 0.001: swapped pairs give logits [[0, 1000], [1000, 0]] and cost 1000; b = −a gives −1000·I, also 1000; a = b costs 0."""
    kata.check("clip_loss", np.eye(2), np.eye(2)[::-1].copy(), 0.001, expected=1000.0)
    kata.check("clip_loss", np.eye(2), -np.eye(2), 0.001, expected=1000.0)
    kata.check("clip_loss", np.eye(2), np.eye(2), 0.001, expected=0.0)
    # G = [[−1, 1], [1, −1]] / 2; dU = G V / τ = −1000 G, dV = Gᵀ U / τ = 1000 G
    g = np.array([[500.0, -500.0], [-500.0, 500.0]])
    da, db = kata.check("clip_loss_grad", np.eye(2), -np.eye(2), 0.001, False, expected=(g, -g)).value
    require(np.all(np.isfinite(da)) and np.all(np.isfinite(db)), "gradients must stay finite for logits in the thousands")


def test_gradient_by_hand_without_normalisation(kata):
    """a = b = I, τ = 1, normalize=False: G = [[−s, s], [s, −s]] / 2 with s = σ(−1); dU = G V = G, dV = Gᵀ U = G."""
    g = np.array([[-S, S], [S, -S]]) / 2
    kata.check("clip_loss_grad", np.eye(2), np.eye(2), 1.0, False, expected=(g, g))


def test_gradient_by_hand_with_normalisation(kata):
    """The same with normalize=True: the radial part is projected out, leaving [[0, s/2], [s/2, 0]] for both."""
    g = np.array([[0.0, S / 2], [S / 2, 0.0]])
    kata.check("clip_loss_grad", np.eye(2), np.eye(2), 1.0, True, expected=(g, g))
    # a row of norm 2 halves its gradient
    kata.check("clip_loss_grad", np.array([[2.0, 0.0], [0.0, 1.0]]), np.eye(2), 1.0, True,
               expected=(np.array([[0.0, S / 4], [S / 2, 0.0]]), g))


def test_validation(kata):
    """ValueError: 1-D arrays, N = 0, D = 0, shapes that differ, τ <= 0, a zero row when normalising."""
    e = np.eye(2)
    cases = []
    for name in ("clip_loss", "clip_loss_grad"):
        cases.append(("ValueError", name, (np.ones(3), np.ones(3)), {}))
        cases.append(("ValueError", name, (np.zeros((0, 2)), np.zeros((0, 2))), {}))
        cases.append(("ValueError", name, (np.zeros((2, 0)), np.zeros((2, 0))), {}))
        cases.append(("ValueError", name, (e, np.ones((3, 2))), {}))
        cases.append(("ValueError", name, (e, e, 0.0), {}))
        cases.append(("ValueError", name, (e, e, -0.07), {}))
        cases.append(("ValueError", name, (np.array([[1.0, 0.0], [0.0, 0.0]]), e), {}))
        cases.append(("ValueError", name, (e, np.array([[0.0, 0.0], [0.0, 1.0]]), 0.07, True), {}))
    kata.raises_each(cases)
    kata.check("clip_loss", np.array([[1.0, 0.0], [0.0, 0.0]]), e, 1.0, False)


def test_matches_reference_on_random_inputs(kata, rng):
    """Random embeddings, N up to 16, D up to 8, τ in {0.01, 0.07, 1}, with and without normalisation."""
    arg_sets = []
    for n, d in ((2, 1), (5, 3), (16, 8)):
        a, b = rng.normal(size=(n, d)), rng.normal(size=(n, d))
        for tau in (0.01, 0.07, 1.0):
            for normalize in (True, False):
                arg_sets.append(((a, b, tau, normalize), {}))
    kata.check_each("clip_loss", arg_sets)
    kata.check_each("clip_loss_grad", arg_sets)


def test_gradients_match_finite_differences(kata, rng):
    """Both gradients equal central differences of the reference loss (τ = 0.5, normalised and not)."""
    a, b = rng.normal(size=(3, 2)), rng.normal(size=(3, 2))
    h = 1e-6
    for normalize in (True, False):
        da, db = kata.call("clip_loss_grad", a, b, 0.5, normalize).value
        for which, grad in ((0, da), (1, db)):
            fd = np.zeros((3, 2))
            for i in range(3):
                for j in range(2):
                    p, m = [a.copy(), b.copy()], [a.copy(), b.copy()]
                    p[which][i, j] += h
                    m[which][i, j] -= h
                    fd[i, j] = (kata.expected("clip_loss", *p, 0.5, normalize) - kata.expected("clip_loss", *m, 0.5, normalize)) / (2 * h)
            require(np.allclose(grad, fd, rtol=1e-5, atol=1e-8),
                    f"the gradient for {'image_emb' if which == 0 else 'text_emb'} (normalize={normalize}) differs from finite differences")
