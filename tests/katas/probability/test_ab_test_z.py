"""Hidden tests for probability/ab_test_z: ab_test_z(conversions_a, n_a, conversions_b, n_b)."""
import math


def test_example_by_hand(kata):
    """10/100 vs 20/100: pooled 0.15, se = sqrt(0.15·0.85·0.02) = 0.0504975, z = 1.980295, p = 0.047670."""
    kata.check("ab_test_z", 10, 100, 20, 100, expected=(1.9802950859533488, 0.04767038065616144))


def test_unequal_group_sizes_by_hand(kata):
    """12/150 vs 30/250: pooled 42/400 = 0.105 (not the mean of the rates, 0.1), se = 0.0316607, z = 1.263396."""
    # se = sqrt(0.105 · 0.895 · (1/150 + 1/250)) = sqrt(0.093975 · 0.0106667) = 0.03166070
    # z = (0.12 − 0.08)/0.03166070 = 1.2633959; p = erfc(1.2633959/√2) = 0.2064469
    kata.check("ab_test_z", 12, 150, 30, 250, expected=(1.2633958975454038, 0.20644693775260517))


def test_b_worse_gives_negative_z(kata):
    """65/1000 vs 50/1000: B is worse, z = −1.440793; the two-sided p-value is still 0.149643."""
    # pooled 115/2000 = 0.0575, se = sqrt(0.0575 · 0.9425 · 0.002) = 0.01041093, z = −0.015/0.01041093
    kata.check("ab_test_z", 65, 1000, 50, 1000, expected=(-1.440793230951582, 0.14964310637037267))


def test_one_conversion_by_hand(kata):
    """0/100 vs 1/100: pooled 0.005, se = sqrt(0.005·0.995·0.02) = 0.00997497, z = 1.002509, p = 0.316098."""
    kata.check("ab_test_z", 0, 100, 1, 100, expected=(1.002509414234171, 0.3160976220289126))


def test_equal_rates_give_z_zero(kata):
    """30/200 vs 45/300: both rates are 0.15 (pooled variance > 0), so z = 0 and p = erfc(0) = 1."""
    kata.check("ab_test_z", 30, 200, 45, 300, expected=(0.0, 1.0))


def test_nobody_converted(kata):
    """0/50 vs 0/80: pooled rate 0, zero variance → exactly (0.0, 1.0), floats."""
    kata.check("ab_test_z", 0, 50, 0, 80, expected=(0.0, 1.0), rtol=0.0, atol=0.0)


def test_everybody_converted(kata):
    """50/50 vs 80/80: pooled rate 1, zero variance → exactly (0.0, 1.0), floats."""
    kata.check("ab_test_z", 50, 50, 80, 80, expected=(0.0, 1.0), rtol=0.0, atol=0.0)


def test_matches_reference_on_random_experiments(kata, rng):
    """Random group sizes from 1 to 5000 and random conversion counts."""
    arg_sets = []
    for _ in range(15):
        n_a, n_b = (int(v) for v in rng.integers(1, 5000, size=2))
        rate = rng.uniform(0.01, 0.5)
        c_a = int(rng.binomial(n_a, rate))
        c_b = int(rng.binomial(n_b, min(1.0, rate * rng.uniform(0.7, 1.4))))
        arg_sets.append(((c_a, n_a, c_b, n_b), {}))
    kata.check_each("ab_test_z", arg_sets)


def test_tiny_groups(kata):
    """n_a = n_b = 1: 0/1 vs 1/1 → pooled 0.5, se = sqrt(0.25·2) = 0.7071, z = √2, p = erfc(1) = 0.157299."""
    kata.check("ab_test_z", 0, 1, 1, 1, expected=(math.sqrt(2), math.erfc(1.0)))


def test_large_z_p_value_keeps_its_digits(kata):
    """100/1000 vs 250/1000: z = 8.827348, p = erfc(z/√2) ≈ 1.0719e-18 (1 − erf(z/√2) would round to 0)."""
    # pooled 350/2000 = 0.175, se = sqrt(0.175 · 0.825 · 0.002) = sqrt(0.00028875) = 0.016992645
    # z = 0.15 / 0.016992645 = 8.8273483; erfc(8.8273483 / √2) = erfc(6.2418...) = 1.0718661e-18
    kata.check("ab_test_z", 100, 1000, 250, 1000, expected=(8.827348295047496, 1.0718661311262788e-18),
               rtol=1e-6, atol=0.0)


def test_huge_effect_p_value_stays_a_float(kata):
    """0/10000 vs 5000/10000: z = 81.65 and the p-value underflows to 0.0, still a float."""
    # pooled 0.25, se = sqrt(0.25·0.75·0.0002) = 0.006123724, z = 0.5/0.006123724 = 81.649658
    kata.check("ab_test_z", 0, 10000, 5000, 10000, expected=(81.64965809277261, 0.0))


def test_invalid_counts_raise(kata):
    """ValueError for more conversions than users, a negative count, and an empty group."""
    kata.raises("ValueError", "ab_test_z", 11, 10, 5, 10)
    kata.raises("ValueError", "ab_test_z", 3, 10, -1, 10)
    kata.raises("ValueError", "ab_test_z", 0, 0, 5, 10)


def test_counts_are_checked_before_the_shortcut(kata):
    """Nobody converted gives (0.0, 1.0), but counts are checked before the shortcut: n_a = 0 or c_b > n_b raise ValueError."""
    kata.raises("ValueError", "ab_test_z", 0, 0, 0, 10)
    kata.raises("ValueError", "ab_test_z", 5, 5, 7, 6)
