"""Hidden tests for efficiency/loss_scaler: LossScaler with scale, growth_tracker, scale_loss and step.

Every test is a scenario (grader/objects.py): played on the reference, then on the learner's
objects, observation by observation. Random inputs are drawn outside the scenarios.
"""
import numpy as np

INF, NAN = float("inf"), float("nan")


def f(values):
    return np.array(values, dtype=np.float64)


def test_defaults_by_hand(kata):
    """Defaults: scale 65536 and tracker 0; scale_loss(0.7) = 45875.2; grads 65536·[0.5, -0.25] unscale to [0.5, -0.25]."""
    def scenario(world):
        s = world.new("LossScaler", as_="scaler")
        world.get(s, "scale")                                        # 65536.0
        world.get(s, "growth_tracker")                               # 0
        world.call(s, "scale_loss", 0.7)                             # 45875.2
        world.call(s, "step", f([1.0, -2.0]), f([32768.0, -16384.0]), 0.1)   # [0.95, -1.975]
        world.get(s, "growth_tracker")                               # 1
        world.get(s, "scale")                                        # 65536.0 (2000 steps to grow)
    kata.scenario(scenario)


def test_skip_and_back_off_on_inf_and_nan(kata):
    """init 1024: a step with inf, then -inf, then nan is skipped each time (params unchanged), scale 512, 256, 128."""
    def scenario(world):
        s = world.new("LossScaler", init_scale=1024.0, growth_interval=3, as_="scaler")
        p = f([0.3, -0.7])
        world.call(s, "step", p, f([1024.0, 2048.0]), 0.5)         # grads [1, 2]: [-0.2, -1.7]
        world.get(s, "growth_tracker")                               # 1
        world.call(s, "step", p, f([INF, 1.0]), 0.5)                # skipped: [0.3, -0.7]
        world.get(s, "scale")                                        # 512.0
        world.get(s, "growth_tracker")                               # 0
        world.call(s, "step", p, f([1.0, -INF]), 0.5)
        world.get(s, "scale")                                        # 256.0
        world.call(s, "step", p, f([NAN, 0.0]), 0.5)                # nan is an overflow too
        world.get(s, "scale")                                        # 128.0
        world.get(s, "growth_tracker")                               # 0
    kata.scenario(scenario)


def test_growth_counts_successful_steps_in_a_row(kata):
    """interval 3: ok, ok, overflow (count back to 0), ok, ok → no growth yet; the 3rd ok after the overflow doubles the scale."""
    def scenario(world):
        s = world.new("LossScaler", init_scale=16.0, growth_interval=3, as_="scaler")
        p, g = f([1.0]), f([16.0])
        world.call(s, "step", p, g, 1.0)
        world.call(s, "step", p, g, 1.0)
        world.get(s, "growth_tracker")                               # 2
        world.call(s, "step", p, f([INF]), 1.0)                      # back off to 8
        world.get(s, "scale")                                        # 8.0
        world.call(s, "step", p, g, 1.0)                             # grads 16/8 = 2: [-1.0]
        world.call(s, "step", p, g, 1.0)
        world.get(s, "scale")                                        # 8.0, tracker 2
        world.get(s, "growth_tracker")
        world.call(s, "step", p, g, 1.0)                             # 3rd ok: grows AFTER the update
        world.get(s, "scale")                                        # 16.0
        world.get(s, "growth_tracker")                               # 0
    kata.scenario(scenario)


def test_grows_exactly_at_the_interval_then_again(kata):
    """interval 2 from scale 4: steps 1 and 2 ok → 8 after step 2 (not 3); steps 3 and 4 → 16; tracker 1, 0, 1, 0."""
    def scenario(world):
        s = world.new("LossScaler", init_scale=4.0, growth_interval=2, as_="scaler")
        p = f([0.0, 0.0])
        for scaled in ([4.0, -8.0], [8.0, 8.0], [8.0, 0.0], [16.0, -16.0]):
            world.call(s, "step", p, f(scaled), 0.5)                 # grads [1, -2], [2, 2], [1, 0], [2, -2]
            world.get(s, "growth_tracker")
            world.get(s, "scale")
    kata.scenario(scenario)


def test_interval_one_unscales_with_the_old_scale(kata):
    """interval 1: every ok step doubles the scale AFTER the update: scaled grads [8] at scale 8 give grads [1], then [16] at 16 give [1]."""
    def scenario(world):
        s = world.new("LossScaler", init_scale=8.0, growth_interval=1, as_="scaler")
        world.call(s, "step", f([0.0]), f([8.0]), 1.0)               # [-1.0]
        world.get(s, "scale")                                        # 16.0
        world.call(s, "step", f([0.0]), f([16.0]), 1.0)              # [-1.0]
        world.get(s, "scale")                                        # 32.0
        world.get(s, "growth_tracker")                               # 0
    kata.scenario(scenario)


def test_other_factors_and_a_non_dyadic_scale(kata):
    """init 1000, growth ×3, back-off ×0.25, interval 2: 700/1000 = 0.7; 1000 → 3000 → 750; scale_loss(-0.1) = -75."""
    def scenario(world):
        s = world.new("LossScaler", 1000.0, 3.0, 0.25, 2, as_="scaler")
        world.call(s, "scale_loss", -0.3)                            # -300.0
        world.call(s, "step", f([[0.1, 0.2], [0.3, 0.4]]), f([[700.0, -100.0], [0.0, 1e3]]), 0.1)
        world.call(s, "step", f([0.5]), f([300.0]), 0.01)            # 0.5 - 0.003
        world.get(s, "scale")                                        # 3000.0
        world.call(s, "step", f([0.5]), f([-INF]), 0.01)
        world.get(s, "scale")                                        # 750.0
        world.call(s, "scale_loss", -0.1)                            # -75.0
    kata.scenario(scenario)


def test_huge_finite_gradients_are_not_an_overflow(kata):
    """Scaled gradients ±1e300 are finite: the step is applied, the scale stays; a tiny scale after many back-offs has no floor."""
    def scenario(world):
        s = world.new("LossScaler", init_scale=1.0, growth_interval=5, as_="scaler")
        world.call(s, "step", f([0.0, 0.0]), f([1e300, -1e300]), 1e-300)   # [-1, 1]
        world.get(s, "scale")                                        # 1.0
        for _ in range(30):
            world.call(s, "step", f([0.0]), f([NAN]), 1.0)
        world.get(s, "scale")                                        # 2**-30
    kata.scenario(scenario)


def test_random_run_matches_the_reference(kata, rng):
    """A 40-step run with random gradients, about one step in four overflowing (inf or nan)."""
    steps = []
    for _ in range(40):
        grads = rng.standard_normal(3) * 256.0
        if rng.random() < 0.25:
            grads[int(rng.integers(3))] = [INF, -INF, NAN][int(rng.integers(3))]
        steps.append(grads)
    params = rng.standard_normal(3)

    def scenario(world):
        s = world.new("LossScaler", init_scale=256.0, growth_interval=3, as_="scaler")
        for grads in steps:
            world.call(s, "step", params, grads, 0.05)
            world.get(s, "scale")
            world.get(s, "growth_tracker")
    kata.scenario(scenario)
