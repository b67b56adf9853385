"""Tuples instead of lists inside, heapq.nsmallest for the ranking, and a max over the finished ones.
"""
import heapq


def beam_search(log_probs, start, *, beam_width, max_len, eos, alpha=1.0):
    V = len(log_probs)
    live, finished = [((), 0.0)], []
    step = 0
    while live and step < max_len:
        step += 1
        candidates = [(seq + (b,), lp + log_probs[seq[-1] if seq else start][b])
                      for seq, lp in live for b in range(V)]
        best = heapq.nsmallest(beam_width, candidates, key=lambda c: (-c[1], c[0]))
        finished += [c for c in best if c[0][-1] == eos]
        live = [c for c in best if c[0][-1] != eos]
    finished += live
    scored = [(lp / len(seq) ** alpha, seq) for seq, lp in finished]
    top = max(score for score, _ in scored)
    seq = min(seq for score, seq in scored if score == top)
    return [int(t) for t in seq], float(top)
