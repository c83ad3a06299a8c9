"""Runs `storydiff batch` over a JSONL file on a Dask cluster, one process per partition.

usage: dask_batch.py SCHEDULER_FILE INPUT.jsonl BLOCKSIZE NODE BIN
Writes the answers, in input order, to stdout. This is the README's Dask recipe, run by
test/engines/engines.test.ts against a scheduler and two workers it starts on 127.0.0.1.
"""
import subprocess
import sys

import dask.bag as db
from dask.distributed import Client


def main() -> None:
    scheduler_file, path, blocksize, node, storydiff = sys.argv[1:6]

    def run_batch(lines):
        # One `storydiff batch` per partition: its lines in, one answer per line out, same order.
        out = subprocess.run(
            [node, storydiff, "batch", "-"],
            input="".join(line if line.endswith("\n") else line + "\n" for line in lines),
            capture_output=True, encoding="utf-8", check=True, timeout=120,
        ).stdout
        return out.splitlines()

    with Client(scheduler_file=scheduler_file, timeout="30s") as client:
        client.wait_for_workers(2, timeout=60)
        # Partitions of about `blocksize` bytes, cut at line ends; compute() keeps their order.
        bag = db.read_text(path, blocksize=int(blocksize))
        sys.stderr.write(f"dask: {bag.npartitions} partitions\n")
        answers = bag.map_partitions(run_batch).compute()
        sys.stderr.write(f"dask: {len(answers)} answers, {len(client.scheduler_info()['workers'])} workers\n")
    sys.stdout.write("".join(a + "\n" for a in answers))


if __name__ == "__main__":
    main()
