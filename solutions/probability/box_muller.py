"""Standard normal samples from uniforms: the Box–Muller transform.

Task
    1. box_muller_pairs(u1, u2): turn pairs of uniforms into pairs of independent standard
       normals:
           r = sqrt(−2 · ln(1 − u1))        θ = 2π · u2
           z0 = r · cos θ                   z1 = r · sin θ
       (1 − u1, not u1: uniforms lie in [0, 1), so 1 − u1 is in (0, 1] and the log is finite.)
    2. box_muller(n, *, seed): n standard normals. With m = ceil(n / 2) pairs:
           rng = np.random.default_rng(seed); u = rng.random(2 * m)     (ONE call)
           pair j uses u1 = u[2j], u2 = u[2j + 1]                       (neighbours, interleaved)
           z[2j] = z0 of pair j (the cos one), z[2j + 1] = z1 of pair j (the sin one)
       When n is odd, the last pair's sin value is dropped: return the first n values.

Signature
    box_muller_pairs(u1, u2) -> (z0, z1)
    box_muller(n, *, seed) -> numpy.ndarray

Shapes and types
    u1, u2   float64 arrays of the same shape (m,), entries in [0, 1)
    n        an int ≥ 0
    seed     an int
    returns  box_muller_pairs: a tuple (z0, z1) of two float64 arrays of shape (m,)
             box_muller: a float64 array of shape (n,)

Example
    u1 = 0.75 gives r = sqrt(−2 ln 0.25) = sqrt(4 ln 2) ≈ 1.665109; u2 = 0.125 gives θ = π/4,
    so z0 = z1 = r/√2 ≈ 1.177410. (u1 = 0 gives r = 0, so z0 = z1 = 0.)

    >>> z0, z1 = box_muller_pairs(np.array([0.75]), np.array([0.125]))
    >>> z0.round(6), z1.round(6)
    (array([1.17741]), array([1.17741]))
    >>> box_muller(3, seed=0).round(6)    # u = default_rng(0).random(4): pairs (u[0], u[1]), (u[2], u[3])
    array([-0.176525,  1.412562,  0.287705])

Constraints
    numpy and the standard library only; not rng.normal / rng.standard_normal: the tests compare
    your samples with the reference's bit for bit (within 1e-6 relative), so draw exactly as
    above: one rng.random(2 * m) call and nothing else. n = 0 gives an empty float64 array (no
    draw matters). Return new arrays; inputs are not modified. numpy's own rng.standard_normal
    uses a different algorithm (ziggurat), so its numbers differ from these.
    The hidden tests use at most 30 pairs of uniforms and n ≤ 200001.

Time budget: 15 minutes.
"""
import numpy as np


def box_muller_pairs(u1, u2):
    # BEGIN SOLUTION
    # Complexity: O(m) time, O(m) memory for the outputs (m pairs).
    u1 = np.asarray(u1, dtype=float)
    u2 = np.asarray(u2, dtype=float)
    radius = np.sqrt(-2.0 * np.log(1.0 - u1))   # 1 − u1 > 0: never log(0)
    angle = 2.0 * np.pi * u2
    return radius * np.cos(angle), radius * np.sin(angle)
    # END SOLUTION


def box_muller(n, *, seed):
    # BEGIN SOLUTION
    m = (n + 1) // 2                      # pairs needed: ceil(n / 2)
    rng = np.random.default_rng(seed)
    u = rng.random(2 * m)
    z0, z1 = box_muller_pairs(u[0::2], u[1::2])   # neighbours form a pair
    z = np.empty(2 * m)
    z[0::2] = z0                          # cos value first ...
    z[1::2] = z1                          # ... then sin
    return z[:n].copy()                   # odd n: drop the last sin value
    # END SOLUTION
