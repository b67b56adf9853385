"""Hidden tests for llm/grpo_loss: grpo_loss(...) and grpo_loss_grad(...) with "sequence" and "token" normalisation."""
import numpy as np

from grader.testing import require

# two responses, T = 3; logp − old_logp per token; row 0's last token is padding
DIFF = np.array([[0.3, -0.1, 9.9], [-0.5, 0.3, 0.05]])
OLD = np.array([[-1.0, -2.0, -0.5], [-0.7, -1.3, -2.2]])
LOGP = OLD + DIFF
ADV = np.array([0.7, -0.4])
MASK = np.array([[True, True, False], [True, True, True]])
E = np.exp
# per-token losses by hand (eps 0.2, beta 0):
#  row 0, A = 0.7: ratio e^0.3 = 1.34986 > 1.2 -> clipped, ℓ = −1.2·0.7; ratio e^−0.1 inside -> ℓ = −0.7 e^−0.1
#  row 1, A = −0.4: ratio e^−0.5 = 0.6065 < 0.8 -> clipped, ℓ = 0.8·0.4; e^0.3 -> unclipped 0.4 e^0.3; e^0.05 -> 0.4 e^0.05
L0 = [-0.84, -0.7 * E(-0.1)]
L1 = [0.32, 0.4 * E(0.3), 0.4 * E(0.05)]


def _args(**change):
    args = dict(logp=LOGP, old_logp=OLD, ref_logp=LOGP, advantages=ADV, mask=MASK,
                eps_low=0.2, eps_high=0.2, beta=0.0, loss_type="token")
    args.update(change)
    return args


def _fd(kwargs, h=1e-6):
    """Central differences of the statement's loss with respect to logp (test-side)."""
    def loss(lp):
        ratio = np.exp(lp - kwargs["old_logp"])
        a = kwargs["advantages"][:, None]
        clipped = np.clip(ratio, 1 - kwargs["eps_low"], 1 + kwargs["eps_high"])
        d = kwargs["ref_logp"] - lp
        per = np.where(kwargs["mask"], -np.minimum(ratio * a, clipped * a) + kwargs["beta"] * (np.exp(d) - d - 1), 0.0)
        m = kwargs["mask"]
        if kwargs["loss_type"] == "token":
            return per.sum() / max(m.sum(), 1)
        return np.mean(per.sum(axis=1) / np.maximum(m.sum(axis=1), 1))
    g = np.zeros_like(kwargs["logp"])
    for index in np.ndindex(*g.shape):
        plus, minus = kwargs["logp"].copy(), kwargs["logp"].copy()
        plus[index] += h
        minus[index] -= h
        g[index] = (loss(plus) - loss(minus)) / (2 * h)
    return g


def test_token_level_by_hand(kata):
    """"token": the 5 kept per-token losses summed and divided by 5 (the padded token is ignored)."""
    kata.check("grpo_loss", **_args(), expected=(sum(L0) + sum(L1)) / 5)


def test_sequence_level_by_hand(kata):
    """"sequence": row means (2 tokens, 3 tokens) first, then the mean of the 2 rows."""
    kata.check("grpo_loss", **_args(loss_type="sequence"), expected=(sum(L0) / 2 + sum(L1) / 3) / 2)


def test_gradient_by_hand(kata):
    """Clipped tokens pass 0; the others −ratio·A, times 1/5 ("token") or 1/(2·len) ("sequence")."""
    g = np.array([[0.0, -0.7 * E(-0.1), 0.0], [0.0, 0.4 * E(0.3), 0.4 * E(0.05)]])
    kata.check("grpo_loss_grad", **_args(), expected=g / 5)
    kata.check("grpo_loss_grad", **_args(loss_type="sequence"), expected=g / np.array([[4.0], [6.0]]))


def test_asymmetric_clip_range(kata):
    """eps_high = 0.28 (DAPO's clip-higher): ratio e^0.3 = 1.3499 is clipped at 1.28; e^−0.5 still at 1 − 0.2."""
    expected = (-1.28 * 0.7 + L0[1] + sum(L1)) / 5
    kata.check("grpo_loss", **_args(eps_high=0.28), expected=expected)
    # eps_low = 0.45: ratio e^−0.5 = 0.6065 is now inside [0.55, 1.2], unclipped: ℓ = 0.4 e^−0.5
    expected = (sum(L0) + 0.4 * E(-0.5) + L1[1] + L1[2]) / 5
    kata.check("grpo_loss", **_args(eps_low=0.45), expected=expected)


def test_kl_penalty_k3_by_hand(kata):
    """beta = 0.1, ref_logp − logp = 0.7 at every token: kl = e^0.7 − 0.7 − 1 = 0.31375; ∂kl/∂logp = 1 − e^0.7."""
    kl = E(0.7) - 1.7
    kata.check("grpo_loss", **_args(ref_logp=LOGP + 0.7, beta=0.1),
               expected=(sum(L0) + sum(L1)) / 5 + 0.1 * kl)
    g = np.array([[0.0, -0.7 * E(-0.1), 0.0], [0.0, 0.4 * E(0.3), 0.4 * E(0.05)]]) + 0.1 * (1 - E(0.7))
    g[0, 2] = 0.0
    kata.check("grpo_loss_grad", **_args(ref_logp=LOGP + 0.7, beta=0.1), expected=g / 5)


def test_empty_row_counts_in_the_sequence_mean(kata):
    """A response with no kept token contributes 0 and still counts: (0 + mean of row 1) / 2; "token" ignores it."""
    mask = np.array([[False, False, False], [True, True, True]])
    kata.check("grpo_loss", **_args(mask=mask, loss_type="sequence"), expected=(0.0 + sum(L1) / 3) / 2)
    kata.check("grpo_loss", **_args(mask=mask), expected=sum(L1) / 3)
    kata.check("grpo_loss_grad", **_args(mask=mask, loss_type="sequence"),
               expected=np.array([[0.0, 0.0, 0.0], [0.0, 0.4 * E(0.3) / 6, 0.4 * E(0.05) / 6]]))


def test_nothing_kept_is_zero(kata):
    """No kept token at all: the loss is 0.0 in both conventions and the gradient is all zeros."""
    mask = np.zeros((2, 3), dtype=bool)
    for loss_type in ("token", "sequence"):
        kata.check("grpo_loss", **_args(mask=mask, loss_type=loss_type), expected=0.0)
        kata.check("grpo_loss_grad", **_args(mask=mask, loss_type=loss_type), expected=np.zeros((2, 3)))


def test_single_token(kata):
    """T = 1, B = 1, ratio e^0.1 inside the range, A = −0.3: ℓ = 0.3 e^0.1 in both conventions."""
    args = _args(logp=np.array([[0.1]]), old_logp=np.array([[0.0]]), ref_logp=np.array([[0.1]]),
                 advantages=np.array([-0.3]), mask=np.array([[True]]))
    kata.check("grpo_loss", **args, expected=0.3 * E(0.1))
    kata.check("grpo_loss", **{**args, "loss_type": "sequence"}, expected=0.3 * E(0.1))
    kata.check("grpo_loss_grad", **args, expected=np.array([[0.3 * E(0.1)]]))


def test_extreme_ratios(kata):
    """logp − old_logp = ±30: positive advantages are capped at 1.2·A; a negative one with ratio e^30 is not."""
    args = _args(logp=np.array([[30.0, -30.0]]), old_logp=np.zeros((1, 2)), ref_logp=np.array([[30.0, -30.0]]),
                 advantages=np.array([0.7]), mask=np.array([[True, True]]))
    kata.check("grpo_loss", **args, expected=(-0.84 - 0.7 * E(-30.0)) / 2)
    args["advantages"] = np.array([-0.7])
    kata.check("grpo_loss", **args, expected=(0.7 * E(30.0) + 0.56) / 2)


def test_masked_out_values_are_ignored_not_multiplied(kata):
    """A masked-out token whose ratio overflows (logp − old_logp = 1000) changes nothing: select, don't multiply by the mask."""
    # kept token: ratio 1.1 inside [0.8, 1.2], A = −1: ℓ = 1.1, ∂ℓ/∂logp = −ratio·A = 1.1 (kl = 0, beta = 0)
    # masked-out token: ratio e^1000 = inf, ℓ = inf: inf · 0 is NaN, np.where(mask, ℓ, 0) is 0
    lp = np.log(np.array([[1.1, 1.0]]))
    args = _args(logp=lp, old_logp=np.array([[0.0, -1000.0]]), ref_logp=lp, advantages=np.array([-1.0]),
                 mask=np.array([[True, False]]))
    for loss_type in ("token", "sequence"):
        kata.check("grpo_loss", **{**args, "loss_type": loss_type}, expected=1.1)
        kata.check("grpo_loss_grad", **{**args, "loss_type": loss_type}, expected=np.array([[1.1, 0.0]]))


def test_gradients_match_finite_differences(kata, rng):
    """The gradient equals central differences of the loss (random, with KL, both conventions, one empty row)."""
    B, T = 4, 5
    old = -rng.uniform(0.5, 3.0, size=(B, T))
    logp = old + rng.uniform(-0.6, 0.6, size=(B, T))
    ref = logp + rng.normal(scale=0.3, size=(B, T))
    mask = rng.random((B, T)) < 0.7
    mask[2] = False
    for loss_type in ("token", "sequence"):
        kwargs = _args(logp=logp, old_logp=old, ref_logp=ref, advantages=rng.normal(size=B), mask=mask,
                       eps_low=0.2, eps_high=0.28, beta=0.04, loss_type=loss_type)
        got = kata.call("grpo_loss_grad", **kwargs).value
        numeric = _fd(kwargs)
        require(np.allclose(got, numeric, rtol=1e-5, atol=1e-8),
                f'loss_type="{loss_type}": the gradient differs from finite differences '
                f"(largest gap {np.max(np.abs(got - numeric)):.3g})")


def test_matches_reference_on_random_inputs(kata, rng):
    """Random batches, B ≤ 4, T ≤ 6, both conventions, with and without KL."""
    arg_sets = []
    for B, T in ((1, 6), (3, 4), (4, 2)):
        old = -rng.uniform(0.5, 3.0, size=(B, T))
        logp = old + rng.uniform(-0.8, 0.8, size=(B, T))
        ref = logp + rng.normal(scale=0.3, size=(B, T))
        mask = rng.random((B, T)) < 0.7
        for loss_type in ("token", "sequence"):
            kwargs = _args(logp=logp, old_logp=old, ref_logp=ref, advantages=rng.normal(size=B), mask=mask,
                           eps_low=0.2, eps_high=0.28, beta=0.04, loss_type=loss_type)
            arg_sets.append(((), kwargs))
    kata.check_each("grpo_loss", arg_sets)
    kata.check_each("grpo_loss_grad", arg_sets)


def test_unknown_loss_type_raises(kata):
    """loss_type must be "sequence" or "token" (TRL's "dr_grpo" is not asked for)."""
    kata.raises("ValueError", "grpo_loss", **_args(loss_type="dr_grpo"))
    kata.raises("ValueError", "grpo_loss_grad", **_args(loss_type="mean"))
