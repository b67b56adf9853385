"""A step-by-step simulation with explicit messages (sender, receiver, chunk, payload) delivered after each step."""
import numpy as np


def ring_all_reduce(tensors):
    if len(tensors) < 1:
        raise ValueError("need ranks")
    state = [np.array(t, dtype=np.float64, copy=True) for t in tensors]
    if {s.ndim for s in state} != {1} or len({s.size for s in state}) != 1:
        raise ValueError("bad shapes")
    n = len(state)
    edges = np.cumsum([0] + [len(p) for p in np.array_split(np.arange(state[0].size), n)])
    sl = lambda c: slice(int(edges[c]), int(edges[c + 1]))   # noqa: E731
    sent = np.zeros(n, dtype=np.int64)

    def run_phase(which_chunk, combine):
        for s in range(n - 1):
            messages = []
            for r in range(n):
                c = which_chunk(r, s)
                payload = state[r][sl(c)].copy()
                messages.append(((r + 1) % n, c, payload))
                sent[r] += payload.nbytes
            for dest, c, payload in messages:
                state[dest][sl(c)] = combine(state[dest][sl(c)], payload)

    run_phase(lambda r, s: (r - s) % n, lambda mine, incoming: mine + incoming)
    run_phase(lambda r, s: (r + 1 - s) % n, lambda mine, incoming: incoming)
    return state, sent
