"""A deque for the queue, dicts for the requests' needs and progress."""
from collections import deque


class Scheduler:
    def __init__(self, token_budget, max_batch):
        self.budget, self.max_batch = token_budget, max_batch
        self._queue = deque()
        self.waiting, self.running = [], []
        self.prompt, self.limit, self.made = {}, {}, {}

    def add(self, request_id, prompt_len, max_new_tokens):
        if not (1 <= prompt_len <= self.budget) or max_new_tokens < 1 or request_id in self.prompt:
            raise ValueError("bad request")
        self.prompt[request_id], self.limit[request_id], self.made[request_id] = prompt_len, max_new_tokens, 0
        self._queue.append(request_id)
        self.waiting = list(self._queue)

    def step(self):
        budget = self.budget
        plan = [[r, 1] for r in self.running]
        budget -= len(plan)
        running = list(self.running)
        while self._queue and len(running) < self.max_batch and self.prompt[self._queue[0]] <= budget:
            r = self._queue.popleft()
            budget -= self.prompt[r]
            running.append(r)
            plan.append([r, self.prompt[r]])
        done = []
        for r, _ in plan:
            self.made[r] += 1
            if self.made[r] >= self.limit[r]:
                done.append(r)
        for r in done:
            running.remove(r)
            del self.prompt[r], self.limit[r], self.made[r]
        self.running, self.waiting = running, list(self._queue)
        return plan, done
