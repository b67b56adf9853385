"""Environments the rl track's hidden tests hand to learner code (the `step` of a gridworld).

Plain picklable objects: they travel to the learner's process and run there, counted like
`grad` (grader/sandbox/). The repr is what a learner reads in a message.
"""
from __future__ import annotations

import numpy as np

UP, RIGHT, DOWN, LEFT = 0, 1, 2, 3
MOVES = {UP: (-1, 0), RIGHT: (0, 1), DOWN: (1, 0), LEFT: (0, -1)}


class GridWorld:
    """A deterministic grid: step(state, action) -> (next_state, reward, done).

    States are cell numbers row·cols + col; actions 0 up, 1 right, 2 down, 3 left. A move off the
    grid leaves the agent where it is. Entering the goal ends the episode with goal_reward;
    entering a pit ends it with pit_reward; any other move gives step_reward.
    """

    def __init__(self, rows: int, cols: int, start: int, goal: int, pits=(), step_reward: float = -1.0,
                 goal_reward: float = 0.0, pit_reward: float = -100.0):
        self.rows, self.cols = int(rows), int(cols)
        self.start, self.goal = int(start), int(goal)
        self.pits = tuple(int(p) for p in pits)
        self.step_reward, self.goal_reward, self.pit_reward = float(step_reward), float(goal_reward), float(pit_reward)

    @property
    def n_states(self) -> int:
        return self.rows * self.cols

    n_actions = 4

    def __call__(self, state, action):
        state, action = int(state), int(action)
        if not 0 <= state < self.n_states:
            raise ValueError(f"state must be a cell number in 0 … {self.n_states - 1}, got {state}")
        if action not in MOVES:
            raise ValueError(f"action must be 0 (up), 1 (right), 2 (down) or 3 (left), got {action}")
        row, col = divmod(state, self.cols)
        d_row, d_col = MOVES[action]
        row, col = row + d_row, col + d_col
        if not (0 <= row < self.rows and 0 <= col < self.cols):
            return state, self.step_reward, False
        following = row * self.cols + col
        if following == self.goal:
            return following, self.goal_reward, True
        if following in self.pits:
            return following, self.pit_reward, True
        return following, self.step_reward, False

    def model(self):
        """(P, R, terminal): the transition model as arrays, the goal and pits absorbing with reward 0."""
        P = np.zeros((self.n_states, 4, self.n_states))
        R = np.zeros((self.n_states, 4))
        terminal = {self.goal, *self.pits}
        for s in range(self.n_states):
            for a in range(4):
                if s in terminal:
                    P[s, a, s] = 1.0
                    continue
                following, reward, _ = self(s, a)
                P[s, a, following] = 1.0
                R[s, a] = reward
        return P, R, sorted(terminal)

    def __repr__(self):
        # short: messages cut a repr at 60 characters
        pits = f" pits={','.join(map(str, self.pits))}({self.pit_reward:+g})" if self.pits else ""
        return (f"grid {self.rows}×{self.cols} s0={self.start} goal={self.goal}({self.goal_reward:+g}){pits} "
                f"step {self.step_reward:+g}")

def cliff(rows: int = 3, cols: int = 5) -> GridWorld:
    """Sutton & Barto's cliff walk, small: start bottom left, goal bottom right, the cells between are pits."""
    bottom = (rows - 1) * cols
    return GridWorld(rows, cols, start=bottom, goal=bottom + cols - 1, pits=range(bottom + 1, bottom + cols - 1))
