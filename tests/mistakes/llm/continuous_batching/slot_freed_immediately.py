"""Finished requests leave before admission, in the same step, so a new request takes their slot at once.

A request finishes by producing this step's token: it leaves at the END of the step, and its slot is free next step.
"""


class Scheduler:
    def __init__(self, token_budget, max_batch):
        self.token_budget, self.max_batch = token_budget, max_batch
        self.waiting, self.running = [], []
        self._requests = {}                 # id -> [prompt_len, max_new_tokens, produced]

    def add(self, request_id, prompt_len, max_new_tokens):
        if prompt_len < 1 or max_new_tokens < 1:
            raise ValueError("prompt_len and max_new_tokens must be at least 1")
        if prompt_len > self.token_budget:
            raise ValueError(f"a prompt of {prompt_len} tokens never fits a budget of {self.token_budget}")
        if request_id in self._requests:
            raise ValueError(f"request {request_id!r} is already queued or running")
        self._requests[request_id] = [prompt_len, max_new_tokens, 0]
        self.waiting.append(request_id)

    def step(self):
        left = self.token_budget
        scheduled = []
        for rid in self.running:                       # 1. decodes, oldest first
            scheduled.append([rid, 1])
            left -= 1
        ending = [r for r, _ in scheduled if self._requests[r][2] + 1 == self._requests[r][1]]
        while self.waiting and len(self.running) - len(ending) < self.max_batch:   # 2. strict FCFS admission
            rid = self.waiting[0]
            need = self._requests[rid][0]
            if need > left:
                break                                  # the head blocks the queue
            self.waiting.pop(0)
            self.running.append(rid)
            scheduled.append([rid, need])
            left -= need
        finished = []
        for rid, _ in scheduled:                       # 3. one output token each
            request = self._requests[rid]
            request[2] += 1
            if request[2] == request[1]:
                finished.append(rid)
        for rid in finished:
            self.running.remove(rid)
            del self._requests[rid]
        return scheduled, finished
