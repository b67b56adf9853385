"""Hidden tests for generative/classifier_free_guidance: classifier_free_guidance(eps_uncond, eps_cond, guidance_scale, guidance_rescale)."""
import numpy as np

from grader.testing import require

U = np.array([[0.1, -0.3]])
C = np.array([[0.4, 0.2]])          # ε_cond − ε_uncond = (0.3, 0.5)


def test_scale_by_hand(kata):
    """w = 2.5: ε_uncond + 2.5·(ε_cond − ε_uncond) = (0.1 + 0.75, −0.3 + 1.25) = (0.85, 0.95)."""
    kata.check("classifier_free_guidance", U, C, 2.5, expected=np.array([[0.85, 0.95]]))


def test_scale_zero_is_unconditional_and_one_is_conditional(kata):
    """w = 0 gives ε_uncond exactly, w = 1 gives ε_cond exactly (not Ho & Salimans' (1 + w) form)."""
    kata.check("classifier_free_guidance", U, C, 0.0, expected=U)
    kata.check("classifier_free_guidance", U, C, 1.0, expected=C)


def test_scales_between_and_below(kata):
    """w = 0.5 is halfway, (0.25, −0.05); w = −1 extrapolates away from the condition, 2ε_uncond − ε_cond = (−0.2, −0.8)."""
    kata.check("classifier_free_guidance", U, C, 0.5, expected=np.array([[0.25, -0.05]]))
    kata.check("classifier_free_guidance", U, C, -1.0, expected=np.array([[-0.2, -0.8]]))


def test_rescale_by_hand(kata):
    """φ = 0.7, w = 2.5: std(ε_cond) = 0.1, std(ε_cfg) = 0.05, so ε_rescaled = 2·(0.85, 0.95); 0.7·(1.7, 1.9) + 0.3·(0.85, 0.95) = (1.445, 1.615)."""
    kata.check("classifier_free_guidance", U, C, 2.5, 0.7, expected=np.array([[1.445, 1.615]]))


def test_rescale_boundaries(kata):
    """φ = 1 keeps only ε_rescaled = (1.7, 1.9); φ = 0 is plain guidance (0.85, 0.95)."""
    kata.check("classifier_free_guidance", U, C, 2.5, 1.0, expected=np.array([[1.7, 1.9]]))
    kata.check("classifier_free_guidance", U, C, 2.5, 0.0, expected=np.array([[0.85, 0.95]]))


def test_rescale_is_per_sample(kata):
    """Two samples with different spreads: each is rescaled by its own std(ε_cond)/std(ε_cfg), not the batch's."""
    u = np.array([[0.0, 0.0, 0.0], [1.0, -1.0, 0.5]])
    c = np.array([[1.0, -1.0, 0.0], [1.0, -1.0, 0.5]])
    # sample 0: ε_cfg = 3·(1, −1, 0), std ratio 1/3 → ε_rescaled = (1, −1, 0); 0.5·(1, −1, 0) + 0.5·(3, −3, 0) = (2, −2, 0)
    # sample 1: ε_cond = ε_uncond, so ε_cfg = ε_cond and the ratio is 1: unchanged
    kata.check("classifier_free_guidance", u, c, 3.0, 0.5,
               expected=np.array([[2.0, -2.0, 0.0], [1.0, -1.0, 0.5]]))


def test_rescale_keeps_the_mean_in_the_scaling(kata):
    """The rescale multiplies ε_cfg itself (its mean too), as diffusers' rescale_noise_cfg: no centring."""
    u = np.array([[1.0, 1.0, 1.0, 1.0]])
    c = np.array([[2.0, 1.0, 2.0, 1.0]])
    # ε_cfg = (3, 1, 3, 1): std 1; std(ε_cond) = 0.5 → ε_rescaled = (1.5, 0.5, 1.5, 0.5); φ = 1
    kata.check("classifier_free_guidance", u, c, 2.0, 1.0, expected=np.array([[1.5, 0.5, 1.5, 0.5]]))


def test_constant_samples(kata):
    """std(ε_cfg) = 0 (a constant sample): the ratio is 1, the sample unchanged; std(ε_cond) = 0 alone: ε_rescaled = 0."""
    kata.check("classifier_free_guidance", np.array([[0.5, 0.5]]), np.array([[0.5, 0.5]]), 7.5, 0.7,
               expected=np.array([[0.5, 0.5]]))
    kata.check("classifier_free_guidance", np.array([[0.2, 0.2]]), np.array([[0.7, 0.7]]), 3.0, 0.7,
               expected=np.array([[1.7, 1.7]]))
    # ε_cond = (0.3, 0.3), ε_uncond = (0.1, 0.5), w = 2: ε_cfg = (0.5, 0.1), ratio 0 → 0.3·ε_cfg
    kata.check("classifier_free_guidance", np.array([[0.1, 0.5]]), np.array([[0.3, 0.3]]), 2.0, 0.7,
               expected=np.array([[0.15, 0.03]]))


def test_one_entry_samples(kata):
    """One entry per sample: each sample is constant (std 0 with ddof = 0), so the ratio is 1 and ε = ε_cfg = (2, 4)."""
    # ε_cfg = 0.5 + 3·0.5 = 2, 1 + 3·1 = 4 (with Bessel's correction both stds would be 0/0)
    kata.check("classifier_free_guidance", np.array([[0.5], [1.0]]), np.array([[1.0], [2.0]]), 3.0, 0.7,
               expected=np.array([[2.0], [4.0]]))


def test_constant_samples_are_found_by_their_entries(kata):
    """Seven entries 0.1 and 0.7, w = 7.5: ε_cfg is 4.6 everywhere, so the ratio is 1 (np.std says 8.9e-16, not 0); five entries: 3.95."""
    # 0.1 + 7.5·0.6 = 4.6; np.std(0.7·ones(7)) = 1.1e-16 and np.std of ε_cfg = 8.9e-16 would give a ratio of 0.125
    kata.check("classifier_free_guidance", np.full((1, 7), 0.1), np.full((1, 7), 0.7), 7.5, 0.7,
               expected=np.full((1, 7), 4.6))
    # 0.2 + 7.5·0.5 = 3.95; here np.std(ε_cond) = 0 but np.std(ε_cfg) = 4.4e-16: a ratio of 0 would give 0.3·3.95
    kata.check("classifier_free_guidance", np.full((1, 5), 0.2), np.full((1, 5), 0.7), 7.5, 0.7,
               expected=np.full((1, 5), 3.95))


def test_a_tiny_spread_is_not_a_constant_sample(kata):
    """Entries 0.5 and 0.5 + 2⁻³⁰ (or 2⁻⁵⁰) are not all equal: the ratio is std(ε_cond)/std(ε_cfg) = 0.5, not 1 (no tolerance)."""
    # ε_cfg = (0.5, 0.5 + 2·tiny), every step exact in float64: std(ε_cond) = tiny/2, std(ε_cfg) = tiny;
    # φ = 0.7: ε = (0.7·0.5 + 0.3)·ε_cfg = 0.65·ε_cfg. 2⁻⁵⁰ = 8.9e-16, as small as np.std's rounding on a constant sample
    for tiny in (2.0 ** -30, 2.0 ** -50):
        kata.check("classifier_free_guidance", np.array([[0.5, 0.5]]), np.array([[0.5, 0.5 + tiny]]), 2.0, 0.7,
                   expected=np.array([[0.325, 0.65 * (0.5 + 2 * tiny)]]))


def test_std_over_every_axis_but_the_first(kata):
    """A (1, 2, 2) sample: the std is over all four entries (not per row): std(ε_cond) = √0.75, std(ε_cfg) = 1.5, ratio 1/√3."""
    u = np.array([[[0.0, 0.0], [1.0, 1.0]]])
    c = np.array([[[1.0, -1.0], [1.0, 1.0]]])
    # ε_cfg = 2ε_cond − ε_uncond = (2, −2, 1, 1); φ = 1 gives ε_cfg/√3
    r = 1.0 / 3.0 ** 0.5
    kata.check("classifier_free_guidance", u, c, 2.0, 1.0, expected=np.array([[[2 * r, -2 * r], [r, r]]]))


def test_four_axes_and_integer_inputs(kata):
    """(batch, channels, height, width) inputs take the std over the last three axes; integer inputs give float64."""
    u = np.zeros((2, 2, 2, 2), dtype=np.int64)
    c = np.arange(16, dtype=np.int64).reshape(2, 2, 2, 2) % 3
    kata.check("classifier_free_guidance", u, c, 4.0, expected=4.0 * c.astype(np.float64))
    # ε_cfg = 4·ε_cond: the ratio is 1/4, so φ = 1 gives ε_cond back
    kata.check("classifier_free_guidance", u, c, 4.0, 1.0, expected=c.astype(np.float64))


def test_integer_inputs_and_integer_scale(kata):
    """Integer ε and an integer w = 2 still give float64: (1, 2) + 2·(2, 3) = (5.0, 8.0)."""
    kata.check("classifier_free_guidance", np.array([[1, 2]]), np.array([[3, 5]]), 2,
               expected=np.array([[5.0, 8.0]]))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random shapes up to (4, 3, 4, 4), w from −2 to 20, φ in {0, 0.7, 1, random}."""
    arg_sets = []
    for shape in ((1, 5), (3, 7), (2, 3, 8), (4, 3, 4, 4)):
        u, c = rng.normal(0.0, 3.0, size=shape), rng.normal(0.0, 3.0, size=shape)
        for w in (float(rng.uniform(-2.0, 20.0)), 7.5):
            for phi in (0.0, 0.7, 1.0, float(rng.uniform(0, 1))):
                arg_sets.append(((u, c, w, phi), {}))
    kata.check_each("classifier_free_guidance", arg_sets)


def test_rescaled_samples_have_the_conditional_spread(kata, rng):
    """With φ = 1 every sample of the result has exactly the std of its ε_cond."""
    u, c = rng.normal(size=(3, 2, 5)), rng.normal(size=(3, 2, 5))
    got = kata.call("classifier_free_guidance", u, c, 9.0, 1.0).value
    require(np.allclose(got.std(axis=(1, 2)), c.std(axis=(1, 2)), rtol=1e-9),
            f"φ = 1: the result's per-sample std {got.std(axis=(1, 2))} should equal ε_cond's {c.std(axis=(1, 2))}")


def test_empty_batch(kata):
    """A batch of 0 samples gives an empty result of the same shape, with or without rescale."""
    kata.check("classifier_free_guidance", np.zeros((0, 3)), np.zeros((0, 3)), 7.5, expected=np.zeros((0, 3)))
    kata.check("classifier_free_guidance", np.zeros((0, 3)), np.zeros((0, 3)), 7.5, 0.7, expected=np.zeros((0, 3)))


def test_validation(kata):
    """ValueError for shapes that differ, inputs with fewer than 2 axes and guidance_rescale outside [0, 1]."""
    kata.raises_each([
        ("ValueError", "classifier_free_guidance", (np.zeros((2, 3)), np.zeros((2, 4)), 7.5), {}),
        ("ValueError", "classifier_free_guidance", (np.zeros((1, 3)), np.zeros(3), 7.5), {}),
        ("ValueError", "classifier_free_guidance", (np.zeros(3), np.zeros(3), 7.5), {}),
        ("ValueError", "classifier_free_guidance", (U, C, 7.5, -0.1), {}),
        ("ValueError", "classifier_free_guidance", (U, C, 7.5, 1.5), {}),
        ("ValueError", "classifier_free_guidance", (np.zeros((0, 2)), np.zeros((0, 2)), 7.5, 2.0), {}),
    ])
